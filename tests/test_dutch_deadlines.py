"""Dutch deadlines (issue #10, "Not events"): "tot en met zondag 7 september aanmelden", "t/m 3 april", "uiterlijk
op 1 juni" bound when something must be done, as "by" and "until" do in English and "bis zum" in German; a time told
beside the event's own day must not go to the deadline's. Seen in a municipality's notice of an information evening
(world-fiftyninth, Gemeente Echt-Susteren); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _said(body: str) -> list[str]:
    text = f"Bericht van de gemeente\n\nSource: Gemeente Oosterveld\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" if e.timezone else f"{e.start:%Y-%m-%d}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("deadline", [
    "U kunt zich tot en met vrijdag 3 april 2026 aanmelden via het formulier.",
    "Aanmelden kan t/m 3 april 2026 bij de balie.",
    "Meld u uiterlijk op 3 april 2026 aan bij het secretariaat.",
    "Aanmelden kan tot 3 april 2026.",
])
def test_the_deadline_is_no_event_and_keeps_no_time(deadline: str) -> None:
    body = ("Op dinsdag 7 april 2026 houdt de gemeente een bijeenkomst over het nieuwe dorpsplein.\n\n"
            f"De avond begint om 19.30 uur in het dorpshuis. {deadline}")
    assert _said(body) == ["2026-04-07 19:30"]


def test_a_span_from_one_day_to_another_stays_a_span() -> None:
    body = "De tentoonstelling is van 3 tot en met 12 mei 2026 te zien in het museum aan de Markt."
    events = extract(f"Expositie\n\nSource: Gemeente Oosterveld\n\n{body}\n", source="test",
                     reference=_REFERENCE).events
    assert [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}") for e in events] == [("2026-05-03", "2026-05-13")]
