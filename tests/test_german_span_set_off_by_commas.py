"""A German span whose days carry their weekdays, set off by commas before "bis" ("Mittwoch, 11. Juni, bis
Donnerstag, 12. Juni"): both days, as "vom 11. bis 12. Juni" is; it was read as the first day alone. Items in our own
words."""

from __future__ import annotations

from parsers.dates import find_mentions

from .conftest import listed


def test_the_span_is_read_whole() -> None:
    spans = [m for m in find_mentions("Mittwoch, 11. Juni, bis Donnerstag, 12. Juni") if m.kind == "span"]
    assert [(m.first.day, m.last.day) for m in spans if m.first and m.last] == [(11, 12)]


def test_a_conference_of_two_days() -> None:
    text = """Wochenvorschau

Source: Ein Ministerium

Berlin, 6. Juni 2031

Die Ministerin nimmt von Mittwoch, 11. Juni, bis Donnerstag, 12. Juni an der Konferenz der Minister in Wien teil.
"""
    assert listed(text) == ["2031-06-11..2031-06-12"]


def test_a_clock_after_a_comma_is_no_span() -> None:
    """'am 11. Juni, bis 12 Uhr': a day and the hour something lasts until, not a span of days."""
    assert not [m for m in find_mentions("Die Ausstellung ist am 11. Juni, bis 12 Uhr geöffnet.") if m.kind == "span"]


def test_a_deadline_after_a_comma_is_no_span() -> None:
    """'am Mittwoch, 11. Juni, bis 30. Juni können Stellungnahmen eingereicht werden': the opening's day, then a
    deadline; only a weekday after 'bis' makes the two a span."""
    text = "Die Ministerin eröffnet die Konsultation am Mittwoch, 11. Juni, bis 30. Juni können Stellungnahmen " \
           "eingereicht werden."
    assert not [m for m in find_mentions(text) if m.kind == "span"]
