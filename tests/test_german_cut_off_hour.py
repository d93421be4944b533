"""The hour after a German or French cut-off day, "bis Freitag, 17. Januar 2025, 12.00 Uhr" (issue #10, "Not
events"): the German grammar drops the day as a cut-off and its hour with it, but the English grammar reads the same
clock ("12.00") and it was left over, an event at noon on the day in context. Seen in world-seventyninth (a State
Chancellery's notice, "spätestens bis Freitag, 17. Januar 2025, 12.00 Uhr", to register for a press shuttle); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 12, 5)


def _hours(text: str) -> list[int]:
    return [e.start.hour for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_registration_deadline_with_its_hour_is_no_event() -> None:
    text = ("Terminhinweis\n\nSource: Staatskanzlei des Landes Nirgendwo\n\nAm Dienstag, 4. März 2025, besucht die "
            "Ministerpräsidentin das Hafenamt.\n14.30 Uhr: | Rundgang durch das Hafenamt, Kiel |\n\n"
            "Bitte melden Sie sich bis Montag, 3. März 2025, 10:00 Uhr an.\n")
    assert _hours(text) == [14]


def test_the_cut_off_hour_leaves_no_mention() -> None:
    assert [m.kind for m in find_mentions("Anmeldung bis zum 3. März 2025, 10.00 Uhr.")] == []


def test_an_hour_after_a_day_that_is_no_cut_off_stays() -> None:
    assert [m.kind for m in find_mentions("Am 3. März 2025, 10.00 Uhr, beginnt die Sitzung.")] == ["day", "time"]


def test_an_hour_past_the_stop_after_a_cut_off_day_opens_a_row() -> None:
    # (found by review) "bis 5. Juni." closes its sentence: "12.00 Uhr Eröffnung" is the programme's first row
    found = find_mentions("Anmeldung bis 5. Juni. 12.00 Uhr Eröffnung, 14.00 Uhr Podium.")
    assert [m.text for m in found if m.kind == "time"] == ["12.00 Uhr", "14.00 Uhr"]
