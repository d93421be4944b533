"""The month a programme's title names alone ("Abril en la Biblioteca", "April at the Library", "Agenda de mayo",
"Juni im Museum"): the month its days given by their number alone ("el día 3", "on the 14th") are in, though the item
was written the month before. Pure."""

from __future__ import annotations

import datetime as dt
import functools
import re

from parsers.yearclues import month_numbers

# The month opens the title, or closes a programme's word ("Agenda de mayo", "Programme for June"), with no day beside
# it; after it, a preposition of place or a colon ("March for Science" is no month).
_BEFORE = (r"^(?:(?:agenda|programa|programme|program|programm|calendario|calendar|events?|veranstaltungen|eventos)"
           r"\s+(?:de|del|of|for|im|in|d['’]|di)?\s*)?")
_AFTER = r"(?=\s*(?:[:–—-]|$)|\s+(?:at|in|en|a|à|au|im|bei|auf|al|na|no|em|nella|alla|del|de)\s)"
_AHEAD_MONTHS = 2  # how far ahead of its writing a programme's month may be


@functools.lru_cache(maxsize=64)
def titled_month(title: str, written: dt.date | None) -> dt.date | None:
    """The first day of the month the title names alone, when it is the month written in or one of the next two."""
    names, titled = _titled()
    found = titled.match(title.strip()) if written is not None else None
    if found is None or written is None:
        return None
    month = names[found.group("month").lower()]
    year = written.year + (month < written.month)
    ahead = (year - written.year) * 12 + month - written.month
    return dt.date(year, month, 1) if 0 <= ahead <= _AHEAD_MONTHS else None


@functools.cache
def _titled() -> tuple[dict[str, int], re.Pattern[str]]:
    """The month names (of every language the grammar reads, but the short forms) and the title's pattern, made at the
    first title asked of: the other languages' readers are not imported at start-up for it."""
    names = {name: number for name, number in month_numbers().items() if len(name) > 3}
    months = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return names, re.compile(rf"{_BEFORE}(?P<month>{months}){_AFTER}", re.IGNORECASE)
