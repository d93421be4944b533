"""Publication stamps in forms the date grammar does not read as days: a year of two digits ("Release date:
3/14/19", "Published 14/03/19", "Stand: 14.03.19"), a numeric date that may run either way in an item that
does not say which ("Posted 11/08/2018": its year is sure), a bare day and posting minute ("22/09/14 07:44"), a
month cut short and written small ("08 abr 2024 , 16:14") and an ISO timestamp ("2019-03-12T09:14:00Z"). Pure.

In running text "14/03/19" may be a score, a reference or a fraction; after a word that says when the item
was published, alone on its line, it is the item's day. A timestamp alone on its line is a feed's or a
page's stamp (its "+01:00" is no clock time).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.datematch import days_in
from parsers.datewords import STAMP_LABELS_ABROAD

_SHORT_STAMP = re.compile(
    r"^\W*(?i:(?:release|publication|issue)\s+date|date(?:\s+of\s+(?:release|publication|issue))?"
    r"|(?:last\s+)?(?:posted|published|updated|modified|issued|released|revised)(?:\s+on)?"
    rf"|stand|datum|date\s+de\s+publication|fecha(?:\s+de\s+publicación)?|{STAMP_LABELS_ABROAD})"
    r"\s*:?\s*(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)"
    r"(?:\s*,?\s*(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:[aApP]\.?[mM]\.?|Uhr))?)?\W*$"
)

# "2019-03-12T09:14:00Z", "Published: 2019-03-12T09:14:00+01:00" alone on a line.
_ISO_STAMP = re.compile(
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:?\s*)?(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?\W*$"
)
# "22/09/14 07:44" alone on its line, no word before it: a posting's day and minute (an odd minute: events are set
# at round ones, a text is posted at any), as a news page prints it over its story.
_BARE_STAMP = re.compile(r"^\W*(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d\d)\s*,?\s*"
                         r"(?:[01]?\d|2[0-3])[:.h][0-5](?P<unit>\d)\W*$")
# "09/11/05" alone on the first line of an item, no word, no minute: a press office's day stamp over its notice
# (below the first line the same figures may be a reference or a score)
_HEAD_STAMP = re.compile(r"^\W*(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d\d)\W*$")
_LAST_CENTURY = 70  # two-digit years from here on are of the 1900s
# "08 abr 2024 , 16:14", "15 set. 2023 10:42" alone on its line: a Spanish or Portuguese news site's stamp, the
# month cut to its first letters and written small (a form the grammar reads in no language)
_SHORT_MONTHS = {
    "ene": 1, "jan": 1, "feb": 2, "fev": 2, "mar": 3, "abr": 4, "may": 5, "mai": 5, "jun": 6, "jul": 7, "ago": 8,
    "sep": 9, "sept": 9, "set": 9, "oct": 10, "out": 10, "nov": 11, "dic": 12, "dez": 12,
}  # fmt: skip
_MONTH_STAMP = re.compile(r"^\W*(?P<day>[0-3]?\d)\s+(?P<month>[a-z]{3,4})\.?\s*,?\s*(?P<year>(?:19|20)\d\d)"
                          r"(?:\s*,?\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d)?\W*$")


def unread_stamp(text: str, numeric_order: str, first_line: bool = False, year_first: bool = False) -> dt.date | None:
    """The day of a line that only stamps the item: with a two-digit year ("Published 14/03/19", 2000 + the year),
    as a numeric date the grammar left unread ("Posted 11/08/2018") or as an ISO timestamp ("2019-03-12T09:14:00Z").
    Its order is the item's ("3/14/19" in a US release); one that reads one way only says it; else day first.
    On the item's `first_line` the figures may stand alone ("09/11/05"); an apostrophe before them marks the year
    written first ("'22.08.11", as Korean and Japanese sites stamp an item), as does an item that writes such dates
    `year_first` ("11.08.22" atop a notice in Korean: 22 August 2011)."""
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return None
    iso = _ISO_STAMP.match(text.strip()) if "T" in text else None
    if iso is not None:
        year, month, day = int(iso.group("year")), int(iso.group("month")), int(iso.group("day"))
        return dt.date(year, month, day) if 1 <= month <= 12 and 1 <= day <= days_in(month, year) else None
    if (short := _MONTH_STAMP.match(text.strip())) is not None:
        return _short_month_day(short)
    found = _SHORT_STAMP.match(text.strip())
    if found is None and (bare := _BARE_STAMP.match(text.strip())) is not None and bare.group("unit") not in "05":
        found = bare
    if found is None and first_line:
        found = _HEAD_STAMP.match(text.strip())
    if found is None:
        return None
    a, b, year = int(found.group("a")), int(found.group("b")), int(found.group("year"))
    marked = found.start("a") > 0 and found.string[found.start("a") - 1] in "'’"
    if len(found.group("year")) == 2 and (marked or year_first):
        a, year = year, a  # "'22.08.11": the apostrophe marks a year of two figures, written first (year, month, day)
        numeric_order = "ymd"
    if year < 100:
        year += 1900 if year >= _LAST_CENTURY else 2000  # "3/14/98": of the last century
    # A number over 12 is the day, whatever the order; else the item's order tells ("3/14/19" in a US release).
    month_first = numeric_order != "ymd" \
        and (b > 12 or (a <= 12 and numeric_order == "mdy" and found.group("sep") == "/"))
    day, month = (b, a) if month_first else (a, b)  # (year first: the day is last, `a` since the swap)
    if not 1 <= month <= 12 or not 1 <= day <= days_in(month, year):
        return None
    return dt.date(year, month, day)


def _short_month_day(found: re.Match[str]) -> dt.date | None:
    """The day of "08 abr 2024": its month by the first letters Spanish and Portuguese cut it to."""
    month = _SHORT_MONTHS.get(found.group("month"))
    day, year = int(found.group("day")), int(found.group("year"))
    return dt.date(year, month, day) if month is not None and 1 <= day <= days_in(month, year) else None
