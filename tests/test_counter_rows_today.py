"""A visitor counter's rows: "Heute 29", "Gestern 21", "Woche 29", "Monat 220", "Total 77776".

A dog club's page of dates (page set p55, hundeverein-querfurt.de, a Joomla site) has a "Besucher" box in its left
column, a table of the visits of today, yesterday, the week, the month and all time. Its "Heute" and "Gestern"
were read as days said from the day of writing and became two all-day events named "Besucher". A day word
followed by nothing but a whole number to the end of its line is a counter's label, in German, French or Dutch;
"heute um 19 Uhr" or "Heute, 12. März" stay days. The texts are ours.
"""

from __future__ import annotations

import datetime as dt

import parsers

_REFERENCE = dt.date(2016, 3, 1)


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in parsers.extract(text, source="x", reference=_REFERENCE).events)


def _page(counter: str, news: str) -> str:
    return f"Hundesportverein e.V.\n\n10. März 2016\n\nBesucher\n\n{counter}\n\nTermine\n\n{news}\n"


_GERMAN = "Heute   29\nGestern   21\nWoche   29\nMonat   220\nTotal   77776"
_FRENCH = "Visiteurs\nAujourd'hui   12\nHier   40\nTotal   1.204"


def test_a_german_counter_makes_no_day() -> None:
    # Without the rule: "Heute" and "Gestern" became 2016-03-10 and 2016-03-09.
    assert _days(_page(_GERMAN, "Der Verein wächst.")) == []


def test_a_german_counter_beside_a_meeting() -> None:
    news = "Die Mitgliederversammlung findet am 18. März 2016 um 19 Uhr im Vereinsheim statt."
    assert _days(_page(_GERMAN, news)) == ["2016-03-18"]


def test_a_french_counter_makes_no_day() -> None:
    assert _days(_page(_FRENCH, "Le club grandit.")) == []


def test_today_with_its_clock_is_still_a_day() -> None:
    news = "Heute um 19 Uhr tagt die Mitgliederversammlung im Vereinsheim."
    assert _days(_page("Woche   29", news)) == ["2016-03-10"]
