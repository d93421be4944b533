"""Two German ordinal days slashed before one month and year: "am 18./19. Mai 2030", the two days of a weekend's
open doors or a festival, a span as "am 23./24.8.2017" is. The sentence splitter took "19." (after "18./") for a
sentence's end, and the span was not found, nor the weekday's clock after it. With no year ("vom 13./14. September")
nothing new is read, as slashed days with no year are a list. Seen in world-hundredthirtythird (a federal
ministry's open days "am 21./22. August 2004"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import sentence_spans

NOTICE = """Museumsnacht im Ministerium

Source: Testministerium

Das Ministerium öffnet am 18./19. Mai 2030 seine Türen für alle Besucher. Am Sonntag ab 11.00 Uhr spricht die
Ministerin mit den Gästen.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="t", reference=dt.date(2030, 5, 1)).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else f"{e.start.isoformat()}..{e.end}" for e in events)


def test_slashed_days_are_one_sentence() -> None:
    text = "Das Ministerium öffnet am 18./19. Mai 2030 seine Türen."
    assert list(sentence_spans(text)) == [(0, len(text))]


def test_the_two_days_are_a_span() -> None:
    assert any(s.startswith("2030-05-18..") for s in _starts(NOTICE))


def test_the_sunday_after_them_has_its_clock() -> None:
    assert "2030-05-19 11:00" in _starts(NOTICE)


def test_without_a_year_nothing_new_is_read() -> None:
    text = NOTICE.replace("am 18./19. Mai 2030", "zum Tag des Museums vom 18./19. Mai").replace("Am Sonntag ab 11.00 "
                                                                                             "Uhr", "Danach")
    assert not any(s.startswith("2030-05-18..") for s in _starts(text))
