"""An hour after the Swedish, Danish or Norwegian word for the clock, with its minutes or without: "klockan 10",
"kl. 15", "klokken 14", "kl. 10-12" (issue #10, "Layout": times in a sentence): ten o'clock, the word says it is a
clock. Seen in world-ninetyfifth (a Nordic assembly's opening day told as "ett plenum klockan 10", "klockan 12 följer
en gudstjänst", "Ännu ett plenum hålls klockan 15:": only the day was read); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _spans(text: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}-{e.end:%H:%M}" for e in events if isinstance(e.start, dt.datetime))


def test_swedish_bare_hours() -> None:
    text = ("Fullmäktige sammanträder\n\nSource: Regionfullmäktige i Uppsala\n\n"
            "Tisdagen den 10 mars 2026 sammanträder regionfullmäktige i Uppsala. Mötet börjar klockan 9 i "
            "plenisalen, och klockan 14: frågestund med regionrådet. Kvällen avslutas med en mottagning kl. 18.30.\n")
    assert [s[:16] for s in _spans(text)] == ["2026-03-10 09:00", "2026-03-10 14:00", "2026-03-10 18:30"]


def test_danish_hour_range() -> None:
    text = ("Åbent møde i regionsrådet\n\nSource: Region Midtjylland\n\n"
            "Onsdag den 11. marts 2026 holdes et åbent møde i regionsrådet i Viborg kl. 10-12, og borgerne kan "
            "også stille spørgsmål.\n")
    assert _spans(text) == ["2026-03-11 10:00-12:00"]


def test_norwegian_klokken() -> None:
    text = ("Fylkestinget møtes\n\nSource: Vestland fylkeskommune\n\n"
            "Fylkestinget møtes torsdag 12. mars 2026 klokken 11 i Bergen, og det er også åpent for publikum.\n")
    assert [s[:16] for s in _spans(text)] == ["2026-03-12 11:00"]


def test_a_german_class_is_no_clock() -> None:
    # "Kl. 5" in a German text is a school's class: no Nordic word, no clock read.
    text = ("Projektwoche\n\nSource: Gymnasium Musterstadt\n\n"
            "Am Dienstag, 10. März 2026, stellt die Kl. 5 ihre Arbeiten in der Aula vor.\n")
    assert _spans(text) == []
