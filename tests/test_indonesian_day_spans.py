"""Indonesian spans of days joined by "sampai dengan", "s.d." or "s/d", "16 sampai dengan 18 November 2019" (issue
#10, "Dates": the Indonesian press writes "until and including" in full or abbreviated): one event from the first day
to the last, as "16 hingga 18 November 2019" is, not the last day alone. Seen in world-ninetysixth (a defence
ministers' meeting in Bangkok "tanggal 16 sampai dengan 18 November 2019" was put on the 18th only); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}")
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if not isinstance(e.start, dt.datetime))


def test_sampai_dengan_in_full() -> None:
    text = ("Rapat koordinasi pertahanan\n\nSource: Kementerian Pertahanan\n\n"
            "JAKARTA - Rapat koordinasi pertahanan wilayah akan berlangsung tanggal 9 sampai dengan 11 Maret 2026 "
            "di Surabaya.\n")
    assert _days(text) == [("2026-03-09", "2026-03-12")]


def test_abbreviated_sd() -> None:
    text = ("Latihan gabungan\n\nSource: Kementerian Pertahanan\n\n"
            "Latihan gabungan digelar 20 s.d. 24 April 2026 di Natuna.\n\n"
            "Pameran alutsista dibuka 2 s/d 4 Mei 2026 di Jakarta.\n")
    assert _days(text) == [("2026-04-20", "2026-04-25"), ("2026-05-02", "2026-05-05")]
