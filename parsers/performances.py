"""A short dated line captioned by a performance ("Premiere: Saturday 05. Sep. 2020", "World Premiere: Friday 09. Apr.
2021", "Opening night: 3 May"): the performance on that day, an event, not a line that only says which day. Pure."""

from __future__ import annotations

import re

# The caption opens the line and a colon or a dash closes it: a field of a season's list, not words of a sentence.
_CAPTION = re.compile(
    r"^\W*(?:(?:world|european|national|australian|uk|us|north\s+american)\s+)?"
    r"(?:premi[eè]res?|uraufführung|erstaufführung|opening\s+night|gala|concerts?|recitals?|screenings?)"
    r"\s*(?::|[–—-](?=\s))",
    re.IGNORECASE,
)


def performance_caption(line: str) -> bool:
    """Does the line open with a performance's caption ("Premiere:", "World Premiere:", "Concert -")?"""
    return _CAPTION.match(line) is not None


def of_the_work(clause: str, caption: str) -> str:
    """The performance named by the work captioned above it: "Premiere" under "Boris Godunov | Modest P. Mussorgski"
    is "Premiere of Boris Godunov | Modest P. Mussorgski" (the blurb between them tells the story, not the event)."""
    return f"{clause.strip(' :–—-')} of {caption.strip()}"


# "The Truth of a New Year's Eve | Johannes Harneit", "Tosca | Giacomo Puccini": a work, a bar, its maker's name.
_WORK_AND_MAKER = re.compile(r"[^|\n]{2,80}?\s\|\s(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’ß-]*")


def work_and_maker(line: str) -> bool:
    """Is the line a work's title and its maker's name, split by a bar? It names the entry below it, over a section's
    heading above it ("opera stabile")."""
    return _WORK_AND_MAKER.fullmatch(line.strip()) is not None
