"""A programme listed one row a line, each row its name, a dash and then its full date ("Park Up: Spring Series 1/3 –
Friday 10 October 2025") reads as the rows that give the date first ("Friday 10 October 2025: Park Up"): one event a
row on that day (world-sixtieth 9: a city's activation programme of thirteen such rows, none read). A weekday in a
row's name ("Super Cycle Sunday") is a word of the name. One such line alone is left as it was. Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(title: str, source: str, body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="example",
                     reference=dt.date(2031, 1, 10), default_zone="Europe/Brussels").events
    return sorted((e.start.strftime("%Y-%m-%d"), e.summary) for e in events if e.all_day)


def test_a_library_season_of_talks() -> None:
    body = """Our spring season of talks:

Meet the Author: Dara Quinn – Tuesday 4 March 2031
Family History Workshop – Saturday 15 March 2031
Poetry by the Fire – Thursday 27 March 2031"""
    days = _days("Spring at the library", "Riverside Public Library", body)
    assert [d for d, _ in days] == ["2031-03-04", "2031-03-15", "2031-03-27"]
    assert any("Family History Workshop" in s for _, s in days)


def test_a_club_fixture_list_with_em_dashes() -> None:
    body = """Our home fixtures this season:

Harbour Rovers v Millbank United — 12 April 2031
Harbour Rovers v Eastfield Athletic — 26 April 2031"""
    days = _days("Fixtures announced", "Harbour Rovers Football Club", body)
    assert [d for d, _ in days] == ["2031-04-12", "2031-04-26"]


def test_a_weekday_in_a_row_name() -> None:
    body = """The summer programme:

Super Cycle Sunday – 14 September 2031
Friday Night Lights Market – Friday 3 October 2031"""
    days = _days("Summer in the city", "City of Port Wren", body)
    assert [d for d, _ in days] == ["2031-09-14", "2031-10-03"]


def test_one_such_line_alone_is_not_a_list() -> None:
    body = """Entries for the photography prize are welcome from all residents.

Closing date for entries – Friday 14 March 2031"""
    assert _days("Photography prize", "Town of Millbrook", body) == []


def test_each_event_keeps_its_row_as_the_page_wrote_it() -> None:
    # The rows are read date first, but the sentence an event came from is the row as written, name first.
    body = "Meet the Author: Dara Quinn – Tuesday 4 March 2031\nFamily History Workshop – Saturday 15 March 2031"
    events = extract(ITEM.format(title="Spring at the library", source="Riverside Public Library", body=body),
                     source="example", reference=dt.date(2031, 1, 10)).events
    assert sorted(e.sentence for e in events) == ["Family History Workshop – Saturday 15 March 2031",
                                                     "Meet the Author: Dara Quinn – Tuesday 4 March 2031"]


def test_a_list_of_news_headlines_or_key_dates_is_no_programme() -> None:
    # (review) A "Latest news" list, dated name first, tells what was done; key dates tell a call's steps.
    news = """Latest news

Council adopts budget – 26 February 2031
Mayor opens new library – 27 February 2031
Road closures for the festival – 28 February 2031
The library reopened – Monday 3 March 2031
Storytime returns – Friday 14 March 2031"""
    assert _days("City news", "Riverside Borough Council", news) == []
    steps = """Key dates

Closing date for entries – Friday 14 March 2031
Shortlist announced – Friday 28 March 2031
Awards ceremony – Friday 25 April 2031"""
    assert [d for d, _ in _days("Young writers' award", "Riverside Arts Trust", steps)] == ["2031-04-25"]
