"""An event card's icon names read as its field names. Pure.

    calendar_today 10 April 2019        ->  Date: 10 April 2019
    location_onUN House, Thimphu        ->  Location: UN House, Thimphu
    schedule 10:00 - 12:00              (left: a common word)

Event pages draw each field of a card with an icon of the Material Icons font, whose glyphs are ligatures of their
names; a page copied as text keeps the name ("calendar_today", "location_on") at the head of the field's line, often
run into the value. The names with an underscore are no words of prose, so such a name at a line's head is the
field's label: it is written as the field name the card readers know (daycard.py, reading.VENUE_LINE). The text
around is kept as it was; only the label's characters change.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article

# The icon's name and the field it labels: the card's day, or its place.
_FIELDS = {"calendar_today": "Date", "calendar_month": "Date", "event_available": "Date", "date_range": "Dates",
           "location_on": "Location", "location_city": "Location", "place_outlined": "Location"}
_ICON = re.compile(rf"^[ \t]*(?P<icon>{'|'.join(_FIELDS)})[ \t]*(?=\S)", re.MULTILINE)


def with_icon_fields(text: str) -> str:
    """`text` with each icon name at a line's head written as its field's name; itself when it has none."""
    if "_" not in text or _ICON.search(text) is None:
        return text
    return _ICON.sub(lambda m: f"{_FIELDS[m.group('icon')]}: ", text)


def article_with_icon_fields(article: Article) -> Article:
    """`article` with its body's icon names read as field names; itself when it has none."""
    body = with_icon_fields(article.body)
    return article if body is article.body else dataclasses.replace(article, body=body)
