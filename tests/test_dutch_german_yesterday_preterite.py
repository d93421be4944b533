"""A Dutch or German sentence opening with "yesterday" and its clock, its finite verb a preterite right after them
("Gisteren om 10.00 uur opende de minister ...", "Gestern um 10 Uhr eröffnete ..."), tells the day gone by: no event,
where its clock had been put on the day of publication. "Vandaag om 10.00 uur opent ..." (today, the present) stays
an event. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _starts(sentence: str) -> list[str]:
    text = f"Nieuws van de gemeente\n\n3 maart 2027\n\n{sentence}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="t", reference=dt.date(2027, 3, 3)).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("sentence", [
    "Gisteren om 10.00 uur opende de wethouder het nieuwe zwembad in Zwolle.",
    "Gisteren, om 14.30 uur, sprak de burgemeester de gemeenteraad toe in Zwolle.",
    "Gestern um 10 Uhr eröffnete die Stadträtin das neue Hallenbad in Köln.",
])
def test_yesterday_told_in_the_preterite_is_no_event(sentence: str) -> None:
    assert _starts(sentence) == []


def test_today_in_the_present_stays_an_event() -> None:
    assert _starts("Vandaag om 10.00 uur opent de wethouder het nieuwe zwembad in Zwolle.") == ["2027-03-03 10:00"]
