"""Latvian releases (issue #10, "any organisation"): a day written as an ordinal with the month in the case the
sentence needs ("15.septembrī", on the 15th; "2024. gada 3. maijā"; "līdz 20.oktobrim", until), a span "no 3. līdz
5.martam" or "3.-5.martā", and the clock after "plkst." (o'clock), whose full stop ends no sentence. "līdz 14.maija
plkst. 12.00" alone is a deadline, no event. Seen in world-hundredtwentyeighth (a defence ministry's notice of a
visit: the visit's span and its press briefing's clock were not read); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 12, 6)


def _events(text: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in events)


@pytest.mark.parametrize(("text", "day"), [
    ("Sēde notiks 15.septembrī Saeimas namā.", (9, 15, None)),
    ("Konference notiks 2024. gada 3. maijā, piektdien, Rīgā.", (5, 3, 2024)),
    ("Ministre ceturtdien, 12. decembrī, tiksies ar vēstnieku.", (12, 12, None)),
])
def test_days(text: str, day: tuple[int, int, int | None]) -> None:
    found = [m for m in find_mentions(text) if m.kind == "day"]
    assert len(found) == 1
    first = found[0].first
    assert first is not None
    assert (first.month, first.day, first.year) == day


@pytest.mark.parametrize("text", ["Delegācija Latvijā uzturēsies no 3. līdz 5.martam.",
                                  "Mācības notiks 3.-5.martā Ādažu bāzē."])
def test_spans(text: str) -> None:
    found = [m for m in find_mentions(text) if m.kind == "span"]
    assert len(found) == 1
    assert found[0].first is not None
    assert found[0].last is not None
    assert (found[0].first.day, found[0].last.day, found[0].last.month) == (3, 5, 3)


def test_a_briefing_at_its_clock_in_riga_and_no_event_of_its_deadline() -> None:
    text = ("Ministrs tiksies ar kolēģi\n\nSource: Ministrija\n\n12.05.2026\n\n"
            "Aizsardzības ministrs 14.maijā Rīgā tiksies ar Igaunijas kolēģi.\n\n"
            "Preses konference notiks 14.maijā plkst. 15:30. Žurnālistus lūdzam pieteikties līdz 14.maija plkst. "
            "12.00.\n")
    assert "2026-05-14 15:30 +0300" in _events(text)
    assert not any(e.startswith("2026-05-14 12:00") for e in _events(text))


def test_a_visit_of_two_days() -> None:
    text = ("Vizīte\n\nSource: Ministrija\n\n2.03.2026\n\n"
            "No 3. līdz 5.martam Latvijā viesosies Polijas aizsardzības ministrs.\n")
    spans = [(e.start, e.end) for e in extract(text, source="test", reference=_REFERENCE).events]
    assert (dt.date(2026, 3, 3), dt.date(2026, 3, 6)) in spans  # the last day, 5 March, inclusive
