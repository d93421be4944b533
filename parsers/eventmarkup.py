"""An event a page declares in schema.org markup (JSON-LD): its name, start and place, as a line of text. Pure.

A concert page shows its day on a line of its own ("Saturday 31 October 2015") and its hour far below ("Doors open:
19:30"); its markup says both at once: {"@type": "MusicEvent", "name": "Elysian Fields", "startDate":
"2015-10-31T19:30:00-0400", "location": {"name": "The Owl Music Parlor", "address": {"addressLocality": "Brooklyn",
"addressRegion": "NY"}}}. Only a start with its clock time and UTC offset is used; a day alone, or a malformed
start, says nothing the text does not.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

from parsers.datewords import MONTH_NAMES

_SCRIPT = re.compile(r"<script\b[^>]*\btype\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
                     re.IGNORECASE | re.DOTALL)
_MARKED_LIMIT = 5  # events: a listing's markup of dozens of events is the listing's, read from its text


def with_marked_events(body: str, page: str) -> str:
    """`body` with a sentence after it for each event the markup of `page` declares with a timed start."""
    return "\n\n".join((body, *marked_events(page, body)))


def marked_events(page: str, body: str | None = None) -> list[str]:
    """A sentence for each event the page's JSON-LD declares with a timed start: "Elysian Fields, The Owl Music
    Parlor, Brooklyn, NY: Saturday, October 31, 2015, at 7:30 p.m. (UTC-04:00)."; given the article's `body`, not
    for an event of another page (_elsewhere)."""
    if "ld+json" not in page:
        return []
    lines: list[str] = []
    own = _own_address(page)
    for block in _SCRIPT.findall(page):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for node in _nodes(data):
            if body is not None and _elsewhere(node, own, body):
                continue
            if (line := _line(node)) is not None and line not in lines:
                lines.append(line)
    return lines if len(lines) <= _MARKED_LIMIT else []


# The page's own address, as its <link rel="canonical"> or its og:url gives it (attributes in either order).
_CANONICAL = re.compile(r"<link\b(?=[^>]*\brel\s*=\s*[\"']?canonical\b)[^>]*\bhref\s*=\s*[\"']([^\"']+)[\"']"
                        r"|<meta\b(?=[^>]*\bproperty\s*=\s*[\"']og:url[\"'])[^>]*\bcontent\s*=\s*[\"']([^\"']+)[\"']",
                        re.IGNORECASE)


def _own_address(page: str) -> str:
    found = _CANONICAL.search(page)
    return _plain_address(found.group(1) or found.group(2)) if found else ""


def _plain_address(address: str) -> str:
    """An address without its scheme, "www.", fragment and closing slash: "kiow.com/events/a-fair"."""
    address = re.sub(r"(?i)^[a-z]+://(?:www\.)?", "", address.strip()).split("#", 1)[0]
    return address.rstrip("/").casefold()


def _elsewhere(node: dict[str, Any], own: str, body: str) -> bool:
    """Is the event another page's? A news story's sidebar ("Upcoming Events", a calendar plugin's list widget)
    declares its events in the story page's markup, each with the address of its own page: an event whose address
    is not the page's, and whose name the article's text does not hold (the widget was cut as furniture), is not
    the page's event. A page that names no address of its own tells nothing: its events are kept."""
    address, name = node.get("url"), node.get("name")
    if not own or not isinstance(address, str) or not address.strip() or not isinstance(name, str):
        return False
    if _plain_address(address) == own:
        return False
    words = " ".join(html.unescape(name).split()).casefold()
    return bool(words) and words not in " ".join(body.split()).casefold()


def _nodes(data: Any) -> list[dict[str, Any]]:
    """Every object of the markup whose type is an event (Event, MusicEvent, SportsEvent, ...)."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            kinds = item.get("@type")
            names = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith("Event") for k in names):
                found.append(item)
            else:
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def _line(node: dict[str, Any]) -> str | None:
    start, name = node.get("startDate"), node.get("name")
    if not isinstance(start, str) or not isinstance(name, str) or "T" not in start:
        return None
    try:
        when = dt.datetime.fromisoformat(re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", start.strip()))
    except ValueError:
        return None
    offset = when.utcoffset()
    if offset is None:
        return None
    minutes = int(offset.total_seconds() // 60)
    label = f"UTC{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"
    hour = when.hour % 12 or 12
    clock = f"{hour}:{when.minute:02} {'a.m.' if when.hour < 12 else 'p.m.'}"
    day = f"{when.strftime('%A')}, {MONTH_NAMES[when.month - 1]} {when.day}, {when.year}"
    where = ", ".join(p for p in _place(node.get("location")) if p)
    return f"{' '.join(name.split())}{', ' + where if where else ''}: {day}, at {clock} ({label})."


def _place(location: Any) -> list[str]:
    if isinstance(location, list):
        location = location[0] if location else None
    if not isinstance(location, dict):
        return []
    address = location.get("address")
    parts = [location.get("name")]
    if isinstance(address, dict):
        parts += [address.get("addressLocality"), address.get("addressRegion")]
    return [" ".join(p.split()) for p in parts if isinstance(p, str)]
