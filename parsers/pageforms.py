"""Page elements known by their text whatever their markup: "add to calendar" rows and breadcrumb trails.
Pure: an lxml element in, a yes or no out. Furniture is cut by parsers/pagecuts.py.
"""

from __future__ import annotations

import re
from typing import Any

_SPACE = re.compile(r"\s+")
# Words of an "add to calendar" row, in English, German and French.
_CALENDAR_LINKS = re.compile(
    r"(?:\W*(?i:add(?: to)?(?: my)?(?: calendar)?|google(?: calendar)?|i-?cal(?:endar)?(?: export)?|outlook(?:\.com)?"
    r"|yahoo!?(?: calendar)?|office ?365|apple(?: calendar)?|export(?: event)?|download|\.?ics(?: file)?"
    r"|(?:zum |in den )?kalender(?: hinzuf[üu]gen| exportieren| eintragen)?|exportieren"
    r"|ajouter(?: [àa] (?:mon |votre )?(?:agenda|calendrier))?|calendrier)\W*)+"
)
_CALENDAR_LINKS_LIMIT = 120  # characters: a row of links, not a paragraph that mentions a calendar
_TRAIL_STEP = re.compile(r"\s[>»›→]\s")
_TRAIL_STEPS = 2  # "Home > News > Title": two steps down from the home page
# "[iv] The party's chairman said ...", "[12] Interview, 3 March": a note's marker opens its paragraph.
_NOTE_MARKER = re.compile(r"\s*\[(?:\d{1,3}|[ivxlc]{1,6})\]\s", re.IGNORECASE)
_NOTE_TAGS = frozenset({"p", "li", "div", "dd"})
_LINK_OR_HEADING = frozenset({"a", "h2", "h3", "h4", "h5", "h6"})
_TRAIL_LIMIT = 200  # characters: a trail is a line, not a paragraph
_NOTE_OPENING = 16  # characters read to find a note's marker
_RAW_FACTOR = 4  # a short text's markup may hold this many characters of white space and text per character


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


def _opening(element: Any, size: int) -> str:
    """The first `size` characters or so of the element's text, read no further (pages nest deep)."""
    pieces: list[str] = []
    length = 0
    for piece in element.itertext():
        pieces.append(piece)
        length += len(piece)
        if length >= size:
            break
    return "".join(pieces)


def _short_text(element: Any, limit: int) -> str:
    """The element's text, white space collapsed, or '' when it is longer than `limit` characters."""
    raw = _opening(element, _RAW_FACTOR * limit + 1)  # indented markup: allow for its white space
    if len(raw) > _RAW_FACTOR * limit:
        return ""
    text = _SPACE.sub(" ", raw).strip()
    return text if len(text) <= limit else ""


def is_calendar_links(element: Any, linked: bool = True) -> bool:
    """An "add to calendar" row ("+ Google Calendar + iCal Export", "Add to: Outlook, iCal"): links to the
    event, not the event; the line under a date line would otherwise name it."""
    if linked and _tag(element) != "a" and element.find("a") is None:
        return False  # a row of links holds its links (a cheap test before reading the text)
    text = _short_text(element, _CALENDAR_LINKS_LIMIT)
    return bool(text) and _calendar_links_text(text)


def is_trail(element: Any) -> bool:
    """A breadcrumb trail ("Home > News > This article", "Accueil » Actualités » ..."): where the page sits in
    the site, whatever the markup calls it; its last step repeats the headline, with its date."""
    if element.find("a") is None:
        return False
    return _trail_text(_short_text(element, _TRAIL_LIMIT))


def is_note(element: Any) -> bool:
    """A footnote or endnote: a paragraph opening with its marker ("[iv] ...", "[12] ..."). It cites and
    comments; the days it names are the sources', not events. A marker inside a sentence is a citation."""
    if _tag(element) not in _NOTE_TAGS or (element.text or "").lstrip()[:1] not in ("", "["):
        return False  # (a cheap test first: the paragraph's own text opens with the marker, or a child does)
    return _NOTE_MARKER.match(_opening(element, _NOTE_OPENING) + " ") is not None


def is_chrome(element: Any) -> bool:
    """Any of the above: an "add to calendar" row, a breadcrumb trail or a note (links read once)."""
    if is_note(element):
        return True
    if element.find("a") is None:
        # A link, or the heading of a row of them ("Add to:" over Outlook, iCal, Google).
        return _tag(element) in _LINK_OR_HEADING and is_calendar_links(element, linked=False)
    text = _short_text(element, _TRAIL_LIMIT)
    if not text:
        return False
    return len(text) <= _CALENDAR_LINKS_LIMIT and _calendar_links_text(text) or _trail_text(text)


def _calendar_links_text(text: str) -> bool:
    return _CALENDAR_LINKS.fullmatch(text) is not None


def _trail_text(text: str) -> bool:
    # "Home > News > Title"; a sentence comparing "5 > 4 > 3" is prose.
    return len(_TRAIL_STEP.findall(text)) >= _TRAIL_STEPS and not text.endswith((".", "!", "?"))
