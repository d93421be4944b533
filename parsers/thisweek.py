"""The weekdays an item names as of its own week ("tours this Saturday"). Pure.

A later bare "on Saturday" in the item is that Saturday, though a sentence between named another day ("Patient
care begins on June 2."): reading.relative_day asks here.
"""

from __future__ import annotations

import re

_THIS_WEEKDAY = re.compile(r"\b[Tt]his\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBERS = {name: n for n, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                              "Sunday"))}


def this_week_days(text: str) -> frozenset[int]:
    """The weekday numbers (Monday 0) the text says with "this" ("this Saturday": 5)."""
    if "his " not in text:
        return frozenset()
    return frozenset(_NUMBERS[m.group(1)] for m in _THIS_WEEKDAY.finditer(text))
