"""A post's heading that ends with the day it was posted ("Nordic Seismology Seminar in Iceland - 11.8.2016"), or
the item's own title said again under that day alone on the line above ("dimanche 20 juin 2010" / "Cérémonies
d'hommage au Général Bigeard"), over a text that dates what it tells on a later day ("... hosts the 47th Nordic
Seismology Seminar on 11-13 October 2016"): the heading's day is the post's, not the event's. Pure."""

from __future__ import annotations

import re

from parsers.findings import Finding

# "TITLE - 11.8.2016", "TITLE – 3 September 2016", "TITLE | 2016-08-11": a line of a title, a dash or a bar and its
# date, no full stop in the title.
_DATED_HEADING = re.compile(r"(?P<title>[^.\n]{3,120}?)\s+[-–—|]\s+(?P<day>[^\n]{6,30}?)\s*")
_WORD = re.compile(r"[^\W\d_]{3,}")
_SHARED = 0.5  # share of the title's words a later event names


def drop_posted_headings(findings: list[Finding], title: str = "") -> list[Finding]:
    """The findings without those of a dated heading whose event the item dates later, in other words. `title`: the
    item's title, which a post may say again under its day."""
    out = []
    for finding in findings:
        named = _posted_title(finding, title)
        if finding.time is None and finding.first == finding.last and named \
                and any(_told_later(named, finding, other) for other in findings):
            continue
        out.append(finding)
    return out


def _posted_title(finding: Finding, title: str) -> str:
    """The title of a heading dated on its line ("TITLE - 11.8.2016"), or the item's title alone under its day (the
    day not in the finding's text); '' for any other finding."""
    text = finding.text.strip()
    heading = _DATED_HEADING.fullmatch(text)
    if heading is not None and heading.group("day") == finding.as_published.strip():
        return heading.group("title")
    day = finding.as_published.strip()
    if title and day and day not in text and text.casefold() == title.strip().casefold():
        return text
    return ""


def _told_later(title: str, heading: Finding, other: Finding) -> bool:
    """Does `other`, on a later day, tell the thing `title` names (most of its words)?"""
    if other is heading or other.first <= heading.first or _DATED_HEADING.fullmatch(other.text.strip()):
        return False  # (a list of dated lines, "Board meeting - 11.8.2016" / "Board meeting - 15.9.2016": each its own)
    if _ANOTHER.search(other.text) is not None:
        return False  # "A second public hearing on the Bill follows on 17 March": another of them, not the same
    words = {w.lower() for w in _WORD.findall(title)}
    told = {w.lower() for w in _WORD.findall(other.text)}
    return len(words) >= 2 and len(words & told) / len(words) >= _SHARED


_ANOTHER = re.compile(r"\b(?:second|third|fourth|fifth|next|further|another|follow-up|zweite|weitere|nächste|deuxième"
                      r"|prochaine?|autre|segund[ao]|próxim[ao]|otr[ao])\b", re.IGNORECASE)
