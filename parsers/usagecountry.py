"""The country whose way of writing dates and times a text follows, when nothing else says where its events are,
and no zone was chosen for the text. Pure.

"Tuesday, March 4, 2025, at 11:00 a.m.": the month before the day, a comma before the year, and the 12-hour clock
with its "a.m." are how the United States writes (its federal agencies name no town in most advisories). A reader of
such a text with no place in it takes Washington's clock before a European calendar's default.
"""

from __future__ import annotations

import re

from model import Article
from parsers.findings import Finding
from parsers.placeindex import lookup
from parsers.places import Place

# (English names only, not datewords' months of every language: the usage asked about is the United States's)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# "March 4, 2025", "Mar. 4, 2025": the month first, a comma before the year
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,\s+(?:19|20)\d\d\b")
# "11:00 a.m.", "2 p.m.": the 12-hour clock with its dotted letters
_DOTTED_MERIDIEM = re.compile(r"\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap]\.m\.")


def usage_country(text: str) -> Place | None:
    """The United States, where the text writes month-first dates and the dotted 12-hour clock; else None."""
    if "m." not in text or _DOTTED_MERIDIEM.search(text) is None or _MONTH_FIRST.search(text) is None:
        return None
    return lookup("United States")


def place_by_usage(findings: list[Finding], article: Article) -> None:
    """Put the timed findings that have no place and no area in the country whose usage the item's text follows, if
    any (only where no zone was chosen for the text: a source's own zone outranks how it writes)."""
    unplaced = [f for f in findings if f.time is not None and f.place is None and f.area is None and not f.zone_label]
    if unplaced and (country := usage_country(f"{article.title}\n{article.body}")) is not None:
        for finding in unplaced:
            finding.area = country
