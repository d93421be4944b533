"""A programme's row that only tells its end ("7pm – End", "11:00 a.m." / "The ceremony ends, approximately.",
"Approximate end of ceremony"): when the day's programme is over, not an event of its own. Pure."""

from __future__ import annotations

import re

from parsers.findings import Finding

_ABOUT = r"(?:approximately|approx\.?|about|around|roughly|estimated)"
# The row's words, with its kind's prefix gone: an end alone ("End", "Close", "Approximate end of ceremony"), or a
# word or two then a verb of ending ("The ceremony ends, approximately", "Programme ends"; not "Media centre
# closes", a room's hours).
_END_ONLY = re.compile(
    rf"(?:(?:the|an?|approximate|{_ABOUT})\s+)*"
    r"(?:(?:end|close|finish)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"|(?:[\w-]+\s+){1,2}(?:ends|finishes|concludes))"
    rf"(?:\s*,?\s*\(?{_ABOUT}\)?)?\s*[.!]?",
    re.IGNORECASE,
)


# The row's clock before its words ("7pm – ", "11:00 a.m. "), and a line's bullet.
_ROW_CLOCK = re.compile(r"^[\W_]*(?:\d{1,2}(?:[:.h]\s?\d\d)?\s*(?:[AaPp]\.?\s?[Mm]\.?|h(?:rs)?\b)?\s*[–—:|-]?\s*)?")


def _tells_only_an_end(finding: Finding) -> bool:
    """Do the row's words, its clock aside, tell only an end (its whole text, not a summary cut short: "9:00 pm
    Meeting ends. 3-minute motorcade to the residence" tells a departure too)?"""
    said = finding.summary.split(":", 1)[-1].strip()
    row = _ROW_CLOCK.sub("", finding.text.strip(), count=1)
    return finding.time is not None and _END_ONLY.fullmatch(said) is not None and _END_ONLY.fullmatch(row) is not None


def drop_end_rows(findings: list[Finding]) -> None:
    """Drop each timed row that only tells the end of what an earlier timed row of its day began."""
    kept: list[Finding] = []
    for finding in findings:
        begun = any(f.first == finding.first and f.time is not None and finding.time is not None
                    and f.time < finding.time for f in kept)
        if not (begun and _tells_only_an_end(finding)):
            kept.append(finding)
    findings[:] = kept
