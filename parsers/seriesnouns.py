"""The nouns of gatherings held as a series ("all sessions begin at 10:00", "Every meeting starts at 2.00pm",
"Public hearings commence at 11:00 AM"), shared by the rules that give each of a list's days the hour said once for
all of them (joinsbefore.py, datelist.py, listedtimes.py). Pure data."""

from __future__ import annotations

SERIES = ("meeting", "session", "sitting", "hearing", "talk", "lecture", "class", "workshop", "tour", "screening",
          "concert", "briefing")


def _plural(noun: str) -> str:
    return f"{noun}es" if noun.endswith("s") else f"{noun}s"


PLURALS = "|".join(_plural(noun) for noun in SERIES)  # "meetings|sessions|...|classes|..."
ONE_OR_MORE = "|".join(f"{noun}(?:es)?" if noun.endswith("s") else f"{noun}s?" for noun in SERIES)
