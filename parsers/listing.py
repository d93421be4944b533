"""Where a page that LISTS meetings keeps its list. Pure: a parsed tree in, an element out.

A board's or council's meetings page is a table, a list or a run of cards with a date in
every row. trafilatura reads such a page for its prose (the paragraph on how to join a
meeting, the note on where PDFs open) and drops the rows, which hold little prose. The
list is found by its shape instead: an element whose children (rows, items, cards) each
give a date. When the container found for the prose misses a list with more dated rows
than the container holds dates, the list (with its headings) is the article.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.mainpart import NOISE_TAGS, is_furniture, tag_of
from parsers.pagecuts import RELATED_HEADING

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t|tember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
    r"|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre"
)
# A day of a month: "March 19", "19 March", "8/1/2022", "2024-01-11", "17.12.2024". A month and year
# alone ("June 2026", a calendar's month menu) is not a meeting's day.
_DAY = re.compile(
    rf"(?i:\b(?:{_MONTHS})\s+\d{{1,2}}(?!\d)|(?<!\d)\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:{_MONTHS})\b)"
    r"|(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?![\d/])|\b\d{4}-\d\d-\d\d\b|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b"
)
# A class telling where on the page a block sits (the page's frame), not what kind of block it is.
_PLACE_WORD = re.compile(r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|sidebar|side-?bar|footer|header|breadcrumbs?)"
                         r"(?:$|[-_\s])", re.IGNORECASE)
_FRAME_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption"})
_BUILDING_BLOCK = re.compile(r"(?:^|[-_\s])widgets?(?:$|[-_\s])", re.IGNORECASE)
# A calendar badge opening a card: "Apr 8", "8 Apr", "Thu Apr 8".
_BADGE = re.compile(rf"(?i:(?:[a-z]{{3}}\.?\s+)?(?:(?:{_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b\s+)")
# A day in full, with its year: "4/8/2031", "April 8, 2031", "2031-04-08", "8.4.2031".
FULL_DAY = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\b\d{1,2},?\s+\d{4}\b|\b\d{4}-\d\d-\d\d\b|\d{1,2}\.\d{1,2}\.\d{4}")
_MIN_ROWS = 3  # dated rows that make a list of meetings; two dates are a notice's "from ... to"
_MANY_ROWS = 6  # dated rows that outweigh an article's own day or two
_ROW_TEXT = 300  # characters: a meeting's row (name, day, time, place, documents), not a teaser's paragraph
# characters: a meeting's card with its clock time and a note on it; a block of a news page (a section of
# headlines, teasers and a podcast player's "00:00 / 34:53") runs longer, and its times are no meeting's
_CARD_TEXT = 1500
# A clock of the 24 hours told with a word or letter instead of a colon: "11.15 Uhr", "9 Uhr", "18h30", "14 h 30".
_WORDED_CLOCK = r"\b(\d{1,2})(?:[.:](\d\d))?\s*uhr\b|\b(\d{1,2})\s?h\s?(\d\d)\b"
_CLOCK = re.compile(rf"(?i:\b\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\b|\b\d{{1,2}}:\d\d\b|\bnoon\b|{_WORDED_CLOCK})")
# A clock with its hour and minutes: "6:00 PM", "5 p.m.", "14:30", "noon", "11.15 Uhr", "18h30".
_CLOCK_PARTS = re.compile(
    rf"(?i:\b(\d{{1,2}})(?::(\d\d))?\s*[ap]\.?m\b|\b(\d{{1,2}}):(\d\d)\b|\bnoon\b|{_WORDED_CLOCK})")
# What a row may hold besides its meeting's name: weekdays, years and numbers, and the labels of its links to
# documents ("June 11, 2024 Agenda", "Minutes (PDF)", "View Details"). A row holding nothing else names no
# meeting: it is a link to a day's archive ("Saturday, April 20") or to a document.
_NO_NAME = re.compile(
    r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?"
    r"|\b(?:agendas?|minutes|packets?|pdf|docx?|video|audio|recording|view|details?|download|read|more|link"
    r"|summary|notes?|approved|draft|amended|revised|updated?|posted|and|of|the"
    # and the page's furniture: a row naming only "Upcoming Meetings", "Print", "RSS" or "Full calendar" is a
    # control of the page, not a meeting
    r"|print|rss|feed|subscribe|share|e-?mail|calendars?|full|upcoming|events|meetings|back|next|previous|prev"
    r"|watch|listen|live-?stream(?:ing)?|stream(?:ing)?|webcast|youtube"
    r"|home|menu|search|skip|add|export|ical|ics|google|outlook|today|month|week|list|facebook|twitter)\b"
    r"|[ap]\.?m\b\.?)"
)
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# A gathering named in a row. Rows giving neither a clock time nor such a word are a list of dated posts
# (a blog's "recent posts", a news ticker "[ 27 January 2031 ] Headline Category"), not of meetings.
_GATHERING = re.compile(
    r"(?i:meeting|session|hearing|board|council|committee|commission|conference|workshop|assembly|forum"
    r"|retreat|summit|sitzung|versammlung|tagung|ausschuss|rat\b|réunion|séance|conseil|comité|assemblée)")
_ARTICLE_TEXT = 1200  # characters: an article's text, not a meetings page's note on its documents or rules
_DIGIT = re.compile(r"\d")
_LIST_TEXT = 200_000  # characters: an element this large is the whole page, not a list in it
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_GROWTH = 600  # characters of headings and intro a list may gather around it ("2023 Meetings", "Meets at 6:30 p.m.")


def dated_rows(element: Any) -> int:
    """How many of `element`'s children (or, for a table, its rows) give a day of a month; 0 when they give
    fewer than three different days (an event page's blocks "March 30, 1:15 pm", "Programme, Friday, March 30"
    tell one day, a list of meetings many)."""
    rows = [row for row in element if isinstance(row.tag, str) and tag_of(row) not in NOISE_TAGS]
    if len(rows) < _MIN_ROWS:
        return 0
    # Rows of one kind (all <tr>, <li> or <div>): a page's headline, stamp and text side by side are no list.
    # Text pieces joined with a space: cells glued ("Board3/2/20315:30 PM") would hide the day.
    texts = [(tag_of(row), " ".join(" ".join(row.itertext()).split())) for row in rows]
    dated = [(tag, text) for tag, text in texts if _is_dated_row(text)]
    tags = [tag for tag, _ in dated]
    kind = max(set(tags), key=tags.count, default="")
    texts_of_kind = [text for tag, text in dated if tag == kind]
    days = {_day_of(text) for text in texts_of_kind}
    if not _tells_times(texts_of_kind) \
            and 2 * sum(1 for text in texts_of_kind if _GATHERING.search(text)) < len(texts_of_kind):
        return 0  # dated posts, not meetings: no row says when in the day, and few name a gathering
    return tags.count(kind) if len(days) >= _MIN_ROWS else 0


def _tells_times(texts: list[str]) -> bool:
    """Do the rows' clocks tell when in the day? Meetings are set on the five minutes ("6:00 PM", "9:30", "noon");
    clocks mostly between them are a post's stamp ("10:32 AM") or a video's length ("7:55", "14:51", "0:33")."""
    clocks = [found for text in texts for found in _CLOCK_PARTS.finditer(text)]
    return 2 * sum(1 for found in clocks if _on_the_five(found)) > len(clocks)


def _on_the_five(found: re.Match[str]) -> bool:
    """A clock of the day on the five minutes: "5 p.m.", "6:30 PM", "14:45", "00:00" (a one-digit hour 0 is a
    length: "0:33")."""
    if found.group(1):
        return 1 <= int(found.group(1)) <= 12 and int(found.group(2) or 0) % 5 == 0
    if found.group(3):
        hour = found.group(3)
        return (hour == "00" or 1 <= int(hour) <= 23) and int(found.group(4)) % 5 == 0
    for hour_group in (5, 7):  # "11.15 Uhr", "18h30": the 24 hours
        if found.group(hour_group):
            return int(found.group(hour_group)) <= 23 and int(found.group(hour_group + 1) or 0) % 5 == 0
    return True  # noon


def _day_of(text: str) -> str:
    """A row's first day as written, its case and spaces aside: the key that tells two rows' days apart."""
    found = _DAY.search(text)
    return " ".join(found.group().lower().split()) if found else ""


def _is_dated_row(text: str) -> bool:
    """A row giving a day, short as a meeting's row is, or with its clock time, and naming something: a news
    teaser "(Sep 2, 2015) The Administration is expanding ..." is a paragraph with a date in it."""
    return bool(_DAY.search(text)) and (len(text) <= _ROW_TEXT or (len(text) <= _CARD_TEXT
                                                                   and bool(_CLOCK.search(text)))) \
        and _names_something(text)


def _names_something(text: str) -> bool:
    """Does a dated row name something besides its day, time and document links ("Regular Council Meeting",
    "Library Services Center")? "Saturday, April 20" and "June 11, 2024 Agenda 6-11-2024" do not."""
    return bool(_NAME_WORD.search(_NO_NAME.sub(" ", _DAY.sub(" ", text))))


def card_line(line: str) -> str:
    """A card's line without its calendar badge ("Apr 8 Finance Committee – 4/8/2031 9:00 a.m."): the badge
    repeats the day the card gives in full, and would stand between that day and its time."""
    badge = _BADGE.match(line)
    return line[badge.end() :] if badge and FULL_DAY.search(line, badge.end()) else line


def listing_rows(listing: Any) -> frozenset[Any]:
    """The rows of a list of meetings that give a day: each is read as one line."""
    rows = [row for row in listing if isinstance(row.tag, str) and tag_of(row) not in NOISE_TAGS
            and _is_dated_row(" ".join(" ".join(row.itertext()).split()))]
    kinds = [tag_of(row) for row in rows]
    kind = max(set(kinds), key=kinds.count, default="")
    return frozenset(row for row in rows if tag_of(row) == kind)


def kindred_rows(container: Any, rows: frozenset[Any]) -> frozenset[Any]:
    """The rows, with the dated rows of the same tag and class elsewhere in `container`: a portal's "Past
    Meetings" set out as its "Upcoming Meetings" list, under it, is a list of the same meetings' rows."""
    classes = {(tag_of(row), row.get("class")) for row in rows if row.get("class")}
    if not classes:
        return rows
    more = [e for e in container.iter() if isinstance(e.tag, str) and e not in rows
            and (tag_of(e), e.get("class")) in classes
            and _is_dated_row(" ".join(" ".join(e.itertext()).split()))]
    return rows | frozenset(more) if more else rows


def paper_rows(rows: frozenset[Any]) -> list[Any]:
    """The items of a documents cell inside a meeting's row of a list of meetings ("Jan 16, 2018 Minutes"),
    read as lines of their own after the row, that give a day, no time, and name nothing but documents:
    papers of the row's meeting, never a meeting. (A row of the list itself naming only "Agenda" beside
    its day and time is a meeting whose name is the list's heading: it stays.)"""
    return [item for row in rows for item in row.iterdescendants("li")
            if _DAY.search(text := " ".join(" ".join(item.itertext()).split()))
            and not _CLOCK.search(text) and not _names_something(text) and _dated_beside(row, text)]


def _dated_beside(row: Any, item_text: str) -> bool:
    """Does the row give a day besides its item's? A row's only day ("13th March 2019 - Wednesday" in the list of
    an event's fields, its name below) is the meeting's, not a document's."""
    text = " ".join(" ".join(row.itertext()).split())
    return bool(_DAY.search(text.replace(item_text, " ", 1)))


def document_links(rows: frozenset[Any]) -> list[Any]:
    """The links of the list's rows that name only documents or the page's furniture ("Agenda", "Minutes",
    "Packet", "View Details", "Print"): the row's meeting is named by its other words, never by these."""
    links = [link for row in rows for link in row.iterdescendants("a")]
    return [link for link in links if (text := " ".join(link.text_content().split()))
            and not _DAY.search(text) and not _names_something(text)]


def paper_cells(rows: frozenset[Any]) -> list[Any]:
    """The cells of a table of meetings after the one giving the row's day that hold only links and no day or
    time: the meeting's documents ("Agenda", "2031 03-02 CC MIN", "Item 5.1 - Written Comment"), not its name."""
    papers = []
    for row in rows:
        cells = [cell for cell in row if tag_of(cell) in ("td", "th")]
        dated = next((n for n, cell in enumerate(cells) if _DAY.search(cell.text_content())), len(cells))
        papers += [cell for cell in cells[dated + 1 :] if _only_links(cell)]
    return papers


def _only_links(cell: Any) -> bool:
    """Does the cell hold links and no other words, and no day or time?"""
    text = " ".join(cell.text_content().split())
    linked = "".join("".join(link.text_content().split()) for link in cell.iter("a"))
    return bool(linked) and len(linked) == len("".join(text.split())) and not _DAY.search(text) \
        and not _CLOCK.search(text)


def meeting_list(root: Any) -> tuple[Any, int] | None:
    """The element of the page with the most dated rows (at least three) outside furniture, and that count."""
    best: tuple[Any, int] | None = None
    numbered = _numbered(root)
    for element in _content(root):
        if sum(1 for row in element if row in numbered) < _MIN_ROWS:
            continue  # every day is written with a digit: fewer than three children holding one date no list
        count = dated_rows(element)
        if count >= _MIN_ROWS and (best is None or count > best[1]):
            best = (element, count)
    return best


def _numbered(root: Any) -> set[Any]:
    """The elements whose text holds a digit somewhere: found once for the page, not once per candidate list."""
    found: set[Any] = set()
    for element in root.iter():
        for holder, text in ((element, element.text), (element.getparent(), element.tail)):
            if text and _DIGIT.search(text):
                while holder is not None and holder not in found:  # up to the first ancestor marked already
                    found.add(holder)
                    holder = holder.getparent()
    return found


def _content(root: Any) -> Any:
    """The page's elements that can hold a list: not noise, not furniture, nor inside either."""
    stack = [root]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or tag_of(element) in NOISE_TAGS or tag_of(element) == "head":
            continue
        if element is not root and _around_the_page(element):
            continue
        if len(element) >= _MIN_ROWS:
            yield element
        stack.extend(reversed(element))


def _around_the_page(element: Any) -> bool:
    """Furniture (parsers/mainpart.py), but for a block classed only as a "widget": a calendar module holding
    the meetings is the page's content, unless its tag or class says it sits in the page's frame."""
    if not is_furniture(element):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    framed = tag_of(element) in _FRAME_TAGS or _PLACE_WORD.search(names) or element.get("role") \
        or element.get("hidden") is not None or element.get("aria-hidden") == "true"
    return bool(framed) or not _BUILDING_BLOCK.search(names)


def with_list(container: Any, found: tuple[Any, int] | None) -> Any:
    """The container, or the page's meeting list `found` (by meeting_list) when the container misses it and
    holds fewer dates, or holds it only inside furniture that reading would cut."""
    if found is None:
        return container
    listing, rows = found
    path = [listing, *listing.iterancestors()]
    if container in path and not any(is_furniture(e) for e in path[: path.index(container)]):
        return container  # the list is in the article already
    inside = container in path  # the container's own days and times, not the list's in it
    days = len(_DAY.findall(container.text_content())) - (len(_DAY.findall(listing.text_content())) if inside else 0)
    clocks = len(_CLOCK.findall(container.text_content())) \
        - (len(_CLOCK.findall(listing.text_content())) if inside else 0)
    if (days or clocks) and not inside and _headed_as_others(listing, container):
        # An event's page beside cards headed "More Events at Main" or "Weitere Veranstaltungen": however many,
        # they are other events, as a "Related articles" list is other stories.
        return container
    if days and (rows < _MANY_ROWS or rows <= 2 * days):
        # An event's page holding its own day, beside a few "more events" cards: the event is the article.
        return container
    if not inside and len(" ".join(container.text_content().split())) > _ARTICLE_TEXT:
        # A release or a story (no day in its text) beside a list of meetings elsewhere on the page (a sidebar's
        # "Upcoming meetings"): the article is the story. A meetings page's own prose is a note of a few lines.
        return container
    if rows < _MANY_ROWS and clocks:
        # An event's page giving its time ("Doors open at 7 pm") and its day in a form not read here, beside
        # a few "more events" cards: a short list wins only over prose that tells no day and no time (a note
        # on opening documents), as a meetings page's is.
        return container
    return _grown(listing)


def _headed_as_others(listing: Any, container: Any) -> bool:
    """Is the list headed as other events or articles? Its heading is the last one before it in the largest
    block around it that does not hold the container (its section of the page)."""
    scope = listing
    for ancestor in listing.iterancestors():
        if container in ancestor.iterdescendants() or tag_of(ancestor) in ("body", "html"):
            break
        scope = ancestor
    heading = None
    for element in scope.iter():
        if element is listing:
            break
        if tag_of(element) in _HEADINGS:
            heading = element
    return heading is not None and bool(RELATED_HEADING.match(" ".join(heading.text_content().split())))


def _grown(listing: Any) -> Any:
    """The list with the headings and lines just around it: up while an ancestor adds little text."""
    size = len(" ".join(listing.text_content().split()))
    current = listing
    while (parent := current.getparent()) is not None and tag_of(parent) not in ("body", "html") \
            and not is_furniture(parent):
        grown = len(" ".join(parent.text_content().split()))
        if grown > size + _GROWTH or grown > _LIST_TEXT:
            break
        current = parent
    return current
