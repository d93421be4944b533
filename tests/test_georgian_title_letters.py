"""A title in Georgian keeps its first letter: Georgian's capitals (Mtavruli) are for text set all in capitals, and a
title that opened with one ("Ლიეტუვის") read wrongly (the w114 helper, session 44). Titles in cased scripts still open
with a capital. The text is ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_a_georgian_title_keeps_its_letters() -> None:
    text = ("განცხადება\n\nSource: სამინისტრო\n\n"
            "ლიეტუვის რესპუბლიკის საგარეო საქმეთა მინისტრი 2026 წლის 14-16 ოქტომბერს ოფიციალური ვიზიტით ესტუმრება.\n")
    summaries = [e.summary for e in extract(text, source="test", reference=dt.date(2026, 1, 10)).events]
    assert summaries
    # (Mkhedruli, the letters Georgian is written in, run from U+10D0; Mtavruli from U+1C90)
    assert all("\u10d0" <= s.split(": ", 1)[-1][:1] <= "\u10ff" for s in summaries)
