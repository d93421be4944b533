"""An undated day's programme dated by the heading of the day after it. Pure.

A chief minister's "today" in a page that carries no date, its rows, then "Next Day (November 9, Sunday):" and the
next day's rows: the first day is the one before the heading's, so "today" is written as that day ("Saturday,
November 8"), and the rows under it take it as they take any day their lead names. Only for an item with no date
of its own (a dated item's "today" is its date), and a heading with its month and day.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article
from parsers.datewords import MONTH_NAMES, WEEKDAY_NAMES

_MONTH = "|".join(MONTH_NAMES)
_WEEKDAY = "|".join(WEEKDAY_NAMES)
# "Next Day (November 9, Sunday):", "Following day - Sunday, November 9", "Next day: 9 November (Sunday)"
_NEXT_DAY = re.compile(
    rf"^[ \t]*(?i:next|following)[ \t]+(?i:day)[ \t]*[(:,–—-][ \t]*\(?[ \t]*(?:(?P<w1>{_WEEKDAY}),?[ \t]+)?"
    rf"(?:(?P<m1>{_MONTH})[ \t]+(?P<d1>[12]\d|3[01]|0?[1-9])|(?P<d2>[12]\d|3[01]|0?[1-9])[ \t]+(?P<m2>{_MONTH}))"
    rf"(?:[ \t]*[,(][ \t]*(?P<w2>{_WEEKDAY}))?[ \t]*\)?[ \t]*\)?[ \t]*:?[ \t]*$",
    re.MULTILINE)
_TODAY = re.compile(r"\btoday\b")


def date_today_by_the_next_day(article: Article) -> Article:
    """`article` with its "today" written as the day before its "Next Day (date)" heading; itself when it has a date
    of its own, no such heading, or no "today" before it."""
    if article.published is not None or "ext" not in article.body and "ollowing" not in article.body:
        return article
    heading = _NEXT_DAY.search(article.body)
    if heading is None or not _TODAY.search(article.body, 0, heading.start()):
        return article
    day = int(heading["d1"] or heading["d2"])
    month = heading["m1"] or heading["m2"]
    weekday = heading["w1"] or heading["w2"]
    if day == 1:
        return article  # (the month's last day before it would need the year, which the heading does not give)
    before = f"{month} {day - 1}"
    if weekday:
        before = f"{WEEKDAY_NAMES[(WEEKDAY_NAMES.index(weekday) - 1) % 7]}, {before}"
    lead = _TODAY.sub(f"on {before}", article.body[: heading.start()])
    return dataclasses.replace(article, body=lead + article.body[heading.start() :])
