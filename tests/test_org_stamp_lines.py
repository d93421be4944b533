"""A post's stamp in a list of posts: a line holding only a date and the name of the organisation that publishes
the item ("12.03.2019, Hessische Staatskanzlei", "Hessische Staatskanzlei 12.03.2019") is the day the note was
posted, not an event; the note's own words are read under it, the stamp still dating them ("Morgen, am 13. März")
(issue #10, "Not events"). Seen in world-ninetyeighth (a state chancellery's five bullet stamps became five day
events titled by the chancellery); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}", e.summary)
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("stamp", ["12.03.2019, Hessische Staatskanzlei", "Hessische Staatskanzlei 12.03.2019",
                                   "Hessische Staatskanzlei | 12.03.2019"])
def test_stamp_over_a_note_is_no_event(stamp: str) -> None:
    text = ("Pressemitteilungen\n\nSource: Hessische Staatskanzlei\n\nPressemitteilungen\n\n"
            f"  • {stamp}\n    Ministerpräsident besucht Werkstatt in Fulda\n"
            "    Morgen, am 13. März, besucht der Ministerpräsident eine Lehrwerkstatt in Fulda.\n")
    days = [day for day, _ in _events(text)]
    assert days == ["2019-03-13"]


def test_the_stamp_dates_a_time_below_it() -> None:
    text = ("Pressemitteilungen\n\nSource: Hessische Staatskanzlei\n\nPressemitteilungen\n\n"
            "  • 05.11.2019, Hessische Staatskanzlei\n    Empfang für Ehrenamtliche\n"
            "    Am kommenden Freitag, 8. November, um 18 Uhr empfängt der Ministerpräsident Ehrenamtliche.\n")
    assert [day for day, _ in _events(text)] == ["2019-11-08 18:00"]


def test_a_date_beside_another_name_stands() -> None:
    # (a row of a day and a place or a meeting is a day of the list, not the publisher's stamp)
    text = ("Termine\n\nSource: Hessische Staatskanzlei\n\nTermine\n\n"
            "  • 12.03.2019, Kabinettssitzung in Wiesbaden\n  • 19.03.2019, Kabinettssitzung in Kassel\n")
    assert [day for day, _ in _events(text)] == ["2019-03-12", "2019-03-19"]
