"""A run of two dotted days and months ("od 15.09 do 30.09", "from 15.09 to 30.09", "от 15.09 до 30.09"): a span of
days, not a range of clocks. Pure.

Alone, "15.09" reads as a clock, nine minutes past three in the afternoon. With a second such number that no clock
can be ("30.09": there is no hour 30), the two are a day and a month each, the first day to the last.
"""

from __future__ import annotations

import re

from parsers.digitscan import matches_at
from parsers.mentions import DayPart, Mention

# Two day.month numbers joined as a run, in the languages that write days so (a stop may close each).
_RUN = re.compile(r"(?<![\d.:,/])(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.?"
                  r"\s*(?:[-–—]|\b(?:to|until|till|do|až\s+do|до|по|bis|au|al|a|tot)\b)\s*"
                  # (no year after it: "vom 30.8.-2.9.2031" is a dated span the grammar reads whole)
                  r"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)(?!\.?\d|:)\.?")
_LAST_HOUR = 24
_LEAP = 2024  # a year that has every day of the calendar


def with_dotted_day_ranges(text: str, mentions: list[Mention], digits: list[int] | None = None) -> list[Mention]:
    """`mentions` with each run of two dotted days, one of which no clock can be, read as the span of those days
    (the clocks read in its place left out). `digits`: where the text's digits stand (digitscan.digit_positions), if
    found already; a run opens with one, and is tried only there."""
    if "." not in text:
        return mentions
    spans = [span for run in matches_at(_RUN, text, digits) if (span := _span(run)) is not None]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(s.start <= m.start < s.end or m.start <= s.start < m.end for s in spans)]
    return sorted([*kept, *spans], key=lambda m: m.start)


def _span(run: re.Match[str]) -> Mention | None:
    d1, m1, d2, m2 = (int(run.group(name)) for name in ("d1", "m1", "d2", "m2"))
    if max(d1, d2) <= _LAST_HOUR or not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (m2, d2) <= (m1, d1):
        return None  # ("10.30 - 11.45": two clocks, as they may well be)
    first, last = DayPart(d1, m1, None), DayPart(d2, m2, None)
    if first.in_year(_LEAP) is None or last.in_year(_LEAP) is None:
        return None  # ("31.09": no such day in any year)
    return Mention("span", run.start(), run.end(), run.group(), first=first, last=last)
