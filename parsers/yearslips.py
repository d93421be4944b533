"""A full date whose weekday its year contradicts, where the weekday fits the year before or after and that day
is near the item's publication date (without one, near its other full dates): the year is a slip of the pen. Pure.

"Monday, 16 January 2022" in a release published on 5 January 2023: 16 January 2022 was a Sunday, 16 January 2023
a Monday, eleven days after the release. Writers carry last year's number into January (and type next year's
in December); a careful reader takes the day the weekday and the release agree on, and says so.
"""

from __future__ import annotations

import datetime as dt

from parsers.dates import DayPart, Mention

_NEAR = dt.timedelta(days=92)  # the mended day lies this near the publication date


def _mended(part: DayPart | None, anchors: list[dt.date]) -> DayPart | None:
    if part is None or part.year is None or part.weekday is None:
        return None
    if part.in_year(part.year) is None or part.weekday_fits(part.year):
        return None
    for year in (part.year + 1, part.year - 1):
        day = part.in_year(year)
        if day is not None and day.weekday() == part.weekday and any(abs(day - anchor) <= _NEAR for anchor in anchors):
            return DayPart(part.day, part.month, year, part.weekday)
    return None


def mend(mentions_of: dict[int, list[Mention]],
         published: dt.date | None) -> tuple[dict[int, list[Mention]], dict[tuple[int, int, int], int]]:
    """The mentions with such slips mended, and the mended days ((year, month, day) -> the year the text said).
    Without a publication date, the item's other full dates that nothing contradicts weigh it the same way
    ("Registration closes on 10 January 2023 ... opens on Monday 16 January 2022")."""
    anchors = [published] if published is not None else _sound_dates(mentions_of)
    if not anchors:
        return mentions_of, {}
    said: dict[tuple[int, int, int], int] = {}
    mended: dict[int, list[Mention]] = {}
    for number, mentions in mentions_of.items():
        kept = []
        for mention in mentions:
            first, last = _mended(mention.first, anchors), _mended(mention.last, anchors)
            for old, new in ((mention.first, first), (mention.last, last)):
                if new is not None and old is not None and old.year is not None and new.year is not None:
                    said[(new.year, new.month, new.day)] = old.year
            kept.append(mention._replace(first=first or mention.first, last=last or mention.last)
                        if first or last else mention)
        mended[number] = kept
    return (mended, said) if said else (mentions_of, {})


def _sound_dates(mentions_of: dict[int, list[Mention]]) -> list[dt.date]:
    """The item's full dates whose weekday, if given, fits."""
    found = []
    for mentions in mentions_of.values():
        for mention in mentions:
            part = mention.first
            if part is None or part.year is None:
                continue
            day = part.in_year(part.year)
            if day is None:
                continue
            if part.weekday is None or part.weekday_fits(part.year):
                found.append(day)
    return found


def note(day: dt.date, slips: dict[tuple[int, int, int], int], published: dt.date | None) -> str:
    """The note for a day mended from a slip, or ""."""
    year = slips.get((day.year, day.month, day.day))
    if year is None:
        return ""
    near = f"near the item's date {published:%d %B %Y}" if published is not None else "near the item's other dates"
    return (f"year {day.year} inferred: the text says {day:%A} {day.day} {day:%B} {year}, a"
            f" {day.replace(year=year):%A}; the weekday falls in {day.year}, {near}")
