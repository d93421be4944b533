"""Lines that only say when: a field's label before a date ("WHEN: Wednesday, ..."), a line of only a day and an
hour ("Monday, January 20, 2031 - 6:00pm"), a line that opens with its day and time. Pure; merge.py asks them
whether two findings at one moment are one happening.
"""

from __future__ import annotations

import re

from parsers.findings import Finding

_WHEN_LEAD = 8  # characters before a line's date when it opens the line ("This ", "On ")
_LABEL_WORDS = 3  # words of a label before its colon ("Date and time:"); more make a sentence
_WORDS = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_]{3,}")

# Words of a line's day and its frame, not of what happens (merge.py also keeps them out of a sentence's names).
CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                            "february", "march", "april", "june", "july", "august", "september", "october",
                            "november", "december", "under", "this", "there", "then", "after", "before", "during"})


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def labelled(finding: Finding) -> bool:
    """Does the finding's line open with a field's label ("WHEN: Wednesday, ...", also after the caption put before
    it: "Annual Session: WHEN: ...")? It says when of what a part above names."""
    parts = finding.text.split(": ", 2)[:-1]
    return any("\n" not in label and 0 < len(_WORDS.findall(label)) <= _LABEL_WORDS for label in parts)


def bare_when(finding: Finding) -> bool:
    """Is the finding's text only its day and time ("Monday, January 20, 2031 - 6:00pm"), no word besides?"""
    said = _words(finding.text)
    calendar = _words(finding.as_published) | CALENDAR_WORDS | {"may"}
    return bool(said) and "\n" not in finding.text.strip() and said <= calendar


def when_line(finding: Finding) -> bool:
    """"This Sunday, May 16, 2-4 p.m.": a line that opens with its day and time and names no kind, as the WHEN
    of an advisory does; the time of the event its text names elsewhere. So is a line whose date follows a short
    label and its colon ("WHEN:   Thursday, ...", "Live broadcast: Wednesday, 29 November, 1 pm")."""
    first = finding.as_published.split()[0] if finding.as_published.strip() else ""
    at = finding.text.find(first) if first else -1
    if at > _WHEN_LEAD:
        label = finding.text[:at].rstrip()
        return label.endswith(":") and "\n" not in label and len(_WORDS.findall(label)) <= _LABEL_WORDS
    return at >= 0 and not first[:1].isdigit()
