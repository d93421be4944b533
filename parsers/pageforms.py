"""Page elements known by their text whatever their markup: "add to calendar" rows and breadcrumb trails.
Pure: an lxml element in, a yes or no out. Furniture is cut by parsers/mainpart.py.
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
_TRAIL_LIMIT = 200  # characters: a trail is a line, not a paragraph


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


def is_calendar_links(element: Any) -> bool:
    """An "add to calendar" row ("+ Google Calendar + iCal Export", "Add to: Outlook, iCal"): links to the
    event, not the event; the line under a date line would otherwise name it."""
    if _tag(element) != "a" and not any(_tag(child) == "a" for child in element):
        return False  # a row of links holds its links (a cheap test before reading the text)
    text = _SPACE.sub(" ", element.text_content()).strip()
    return bool(text) and len(text) <= _CALENDAR_LINKS_LIMIT and _CALENDAR_LINKS.fullmatch(text) is not None


def is_trail(element: Any) -> bool:
    """A breadcrumb trail ("Home > News > This article", "Accueil » Actualités » ..."): where the page sits in
    the site, whatever the markup calls it; its last step repeats the headline, with its date."""
    if not any(_tag(child) == "a" for child in element):
        return False
    text = _SPACE.sub(" ", element.text_content()).strip()
    return len(text) <= _TRAIL_LIMIT and len(_TRAIL_STEP.findall(text)) >= _TRAIL_STEPS \
        and not text.endswith((".", "!", "?"))  # a sentence comparing "5 > 4 > 3" is prose


def is_note(element: Any) -> bool:
    """A footnote or endnote: a paragraph opening with its marker ("[iv] ...", "[12] ..."). It cites and
    comments; the days it names are the sources', not events. A marker inside a sentence is a citation."""
    if _tag(element) not in _NOTE_TAGS:
        return False
    opening = (element.text or "") + "".join(child.text_content() + (child.tail or "") for child in element[:2]
                                             if isinstance(child.tag, str))  # not a comment
    return _NOTE_MARKER.match(opening[:40] + " ") is not None
