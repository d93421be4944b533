"""The years an item's office-holders bound (issue #10): the table's facts hold together, the names count only when
said as in office, and an undated item's year-less days fall in their terms. Each text is our own, read with a
reference date (1 December 2026) outside those terms, so that a guess from the reference date shows."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import officeholders
from parsers.dates import DayPart
from parsers.officeholders_table import HOLDERS_TSV, OFFICES_TSV
from parsers.resolve import year_of_weekdays
from tests.year_texts import REFERENCE, events_of


def _notes(title: str, body: str) -> list[tuple[str, list[str]]]:
    return sorted((e.start.date().isoformat() if isinstance(e.start, dt.datetime) else e.start.isoformat(),
                   [n for n in e.notes if n.startswith("year ")]) for e in events_of(body, title))


def test_every_term_is_of_a_known_office_and_ends_after_it_starts() -> None:
    offices = {line.split("\t")[0] for line in OFFICES_TSV.splitlines() if not line.startswith("\t")}
    for line in HOLDERS_TSV.splitlines():
        office, name, _others, _surnames, start, end = line.split("\t")
        assert office in offices, line
        assert end == "-" or start < end, line
        assert name, line
        assert name == name.strip(), line


def test_the_terms_of_one_office_do_not_overlap() -> None:
    by_office: dict[str, list[tuple[str, str, str]]] = {}
    for line in HOLDERS_TSV.splitlines():
        office, name, _others, _surnames, start, end = line.split("\t")
        by_office.setdefault(office, []).append((start, "9999" if end == "-" else end, name))
    for office, terms in by_office.items():
        terms.sort()
        for (_, end, name), (start, _, successor) in zip(terms, terms[1:], strict=False):
            assert end[:7] <= start[:7], f"{office}: {name} to {end}, {successor} from {start}"


WINDOWS = [
    # (text, the first and last days of the window or None, why)
    ("NATO Secretary General Jens Stoltenberg visits the base.", ("2014-10-01", "2024-10-01"), "title and full name"),
    ("Jens Stoltenberg, NATO Secretary General, visits the base.", ("2014-10-01", "2024-10-01"),
     "a full name with its title in apposition"),
    ("Prime Minister Sunak opens the fair.", ("2022-10-25", "2024-07-05"), "a surname with its title"),
    ("Bundeskanzler Scholz eröffnet die Messe.", ("2021-12-08", "2025-05-06"), "a German title"),
    ("Prime Minister Jens Stoltenberg opens the fair.", ("2005-10-17", "2013-10-16"),
     "the title says which of a person's offices"),
    ("Prime Minister Rishi Sunak meets President Biden.", ("2022-10-25", "2024-07-05"), "the terms intersect"),
    ("Former Prime Minister Tony Blair opens the fair.", None, "a former holder bounds nothing"),
    ("The fair honours the late Prime Minister Shinzo Abe.", None, "nor a late one"),
    ("Then-Prime Minister Sunak spoke.", None, "nor a then-holder"),
    ("Deputy Prime Minister Johnson opens the fair.", None, "another office"),
    ("Vice President Biden opens the fair.", ("2009-01-20", "2017-01-20"), "a vice president holds an office too"),
    ("Sunak opens the fair.", None, "a surname alone, without a title"),
    ("Rishi Sunak opens the fair.", None, "a full name without a title says no office"),
    ("The bridge was opened by Prime Minister Tony Blair.", None, "a clause of history"),
    ("Prime Minister Starmer opens the fair.", None, "an incumbent's term holds the reference date"),
    ("Her Majesty Queen Elizabeth II opens the fair.", ("1952-02-06", "2022-09-08"), "a monarch by regnal name"),
    ("The fair is at the Queen Elizabeth II Conference Centre.", None, "a place named after a holder"),
    ("Prime Minister Sunak meets Chancellor Merkel.", None, "terms that never met say nothing"),
]


@pytest.mark.parametrize(("text", "expected", "why"), WINDOWS, ids=[row[2] for row in WINDOWS])
def test_the_window_of_the_holders_named_in_office(text: str, expected: tuple[str, str] | None, why: str) -> None:
    window = officeholders.window(text, REFERENCE)
    found = None if window is None else (window.spans[0][0].isoformat(), window.spans[-1][1].isoformat())
    assert found == expected, why


def test_a_surname_several_held_bounds_by_all_their_terms() -> None:
    window = officeholders.window("President Bush opens the fair.", REFERENCE)
    assert window is not None
    assert [(a.year, b.year) for a, b in window.spans] == [(1989, 1993), (2001, 2009)]
    assert window.names.startswith("George H. W. Bush, President of the United States from January 1989 to January"
                                   " 1993 or George W. Bush")


ITEMS = [
    # (title, body, expected days, a piece of the note, why)
    ("Visit", "NATO Secretary General Jens Stoltenberg visits the base on Monday 16 January at 10:00.",
     ["2023-01-16"], "the item names Jens Stoltenberg, NATO Secretary General from October 2014 to October 2024: "
     "16 January is a Monday in 2023", "a weekday fitting several years: the latest in his term"),
    ("Visit", "Chancellor Angela Merkel visits the plant on Monday 16 January at 10:00.",
     ["2017-01-16"], "16 January is a Monday in 2017, the latest such year in that time",
     "the latest year in her term, not 2023 nearest the reference"),
    ("Fair", "Prime Minister Sunak opens the fair on 14 March at 10:00.",
     ["2024-03-14"], "the item names Rishi Sunak, UK Prime Minister from October 2022 to July 2024: 14 March is "
     "taken in 2024", "no weekday: the latest such day in the term"),
    ("Fair", "Former Prime Minister Tony Blair opens the fair on 14 March at 10:00.",
     ["2027-03-14"], "it is told as to come", "a former holder leaves the guess alone"),
    ("Fair", "The fair, opening on 14 March at 10:00, honours the late Shinzo Abe.",
     ["2026-03-14"], "some weeks after the reference date", "the late: no one in office"),
    ("Fair", "Sunak opens the fair on 14 March at 10:00.",
     ["2027-03-14"], "it is told as to come", "a surname alone names no office-holder"),
    ("Fair", "Prime Minister Sunak opens the fair on 14 March 2021 at 10:00.",
     ["2021-03-14"], "", "a full date of another year is never overridden"),
]


@pytest.mark.parametrize(("title", "body", "expected", "note", "why"), ITEMS, ids=[row[4] for row in ITEMS])
def test_an_undated_item_takes_a_year_of_the_terms_it_names(title: str, body: str, expected: list[str], note: str,
                                                            why: str) -> None:
    found = _notes(title, body)
    assert [day for day, _ in found] == expected, why
    assert all(note in " ".join(notes) for _, notes in found), (why, found)


def test_year_of_weekdays_prefers_a_year_in_the_window_only_when_asked() -> None:
    monday = [DayPart(16, 1, None, 0)]  # a Monday in 2017, 2023 (and 2028)
    plain = year_of_weekdays(monday, [], REFERENCE)
    window = officeholders.window("NATO Secretary General Jens Stoltenberg", REFERENCE)
    within = year_of_weekdays(monday, [], REFERENCE, window=lambda: window)
    assert plain is not None
    assert within is not None
    assert (plain[0].year, within[0].year) == (2023, 2023)  # 2023 is nearest either way
    window = officeholders.window("Chancellor Angela Merkel", REFERENCE)
    within = year_of_weekdays(monday, [], REFERENCE, window=lambda: window)
    assert within is not None
    assert within[0] == dt.date(2017, 1, 16), within
    assert "Angela Merkel, Chancellor of Germany from November 2005 to December 2021" in within[1]
