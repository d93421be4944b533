"""One press-release web page -> one Article. Pure: the caller fetched the bytes.

Reading goes: decode the bytes (BOM, valid UTF-8, then the declared charset); find the
element holding the article (parsers/mainpart.py: where trafilatura's text is); take its
headline and publication date (parsers/pagemeta.py); grow it to its headline's lead; cut
teasers, furniture and stamps; read what is left in blocks.

The body keeps the page's block structure in the plain-text form the rest of the
parsers read (parsers/blocks.py): paragraphs and headings are separated by a blank
line, list items become "  • text" lines and table rows become lines of their cells,
so a media advisory set as a list or a table still reads as one item a line.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any

import lxml.etree
import lxml.html

from model import Article, ParseError, excerpt_of
from parsers.datedlinks import cut_dated_link_lists
from parsers.dates import find_mentions
from parsers.datewords import MONTHS
from parsers.eventmarkup import with_marked_events
from parsers.listing import (
    FULL_DAY,
    card_line,
    document_links,
    kindred_rows,
    listing_rows,
    meeting_list,
    paper_cells,
    paper_rows,
    with_list,
)
from parsers.mainpart import (
    NOISE_TAGS,
    main_container,
    one_story,
    tag_of,
    with_headline,
    with_programme,
    within_article,
)
from parsers.monthgrid import cell_days, grid_lines, grid_month
from parsers.pagecuts import cut_furniture, cut_notes, cut_related, cut_teasers
from parsers.pagemeta import page_title, postal_place, published_date, publisher
from parsers.pagestamps import cut_stamps_above
from parsers.timeoffsets import label_offsets

_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 section article main body blockquote pre figure figcaption form "
    "dl dt dd address center hr fieldset details summary caption table thead tbody tfoot".split()
)
# The labels of an event page's fields, in English, German and French.
_LABEL = re.compile(
    r"(?i:date|dates|time|times|when|where|location|venue|place|address|hours|start|starts|end|ends|beginn|ende|datum|termin|zeit|uhrzeit"
    r"|wann|wo|ort|veranstaltungsort|heure|horaire|lieu|adresse|quand|o[uù])\s*:?"
)
_LISTS = frozenset({"ul", "ol"})
# Utility classes that lay an inline element out as a block (Bootstrap "d-block", Tailwind "block"):
# "December 14, 2023<span class="d-block">11:30 AM</span>" shows as two lines, not "202311:30".
_BLOCK_CLASS = re.compile(r"(?:^|\s)(?:d-(?:block|flex|grid)|d-[a-z]{2}-block|block|flex|grid)(?:\s|$)")
_WEEKDAYS = frozenset("sun mon tue wed thu fri sat son die mit don fre sam dim lun mar mer jeu ven".split())
_WEEK_DAYS_SHOWN = 5  # weekday names in a header row: a month view (a work week shows five)
_HEADER_REACH = 3  # the grid's table and the two tables around it: where a month view's weekday header may stand
_PICKER_CELL = re.compile(r"(?:[A-Za-z]{3}\.?\s)?\d{1,2}(?:\s[A-Za-z]{3}\.?)?")
_PICKER_DAYS = 5  # numbered cells in a row: a week of a date picker, not a row of figures
# characters: a meeting's card read as one line (name, day, time, place); a notice's card, its posting date over
# sentences, keeps its blocks: the posting date is no part of the sentence below it
_CARD_LINE = 300
_CELL_GAP = "   "  # between table cells: wide enough to read as the gap in "09:15 (CET)   Press conference"
_BREAK = "\x00"  # stands for <br> while text is gathered; NUL never survives _CONTROL below
_DOCUMENT_TAG = re.compile(r"<(?:html|head|body)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # lxml refuses these in text
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*encoding\s*=\s*["']([-\w.:]+)""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses a str that declares an encoding
# '<html xml:lang="de_DE" />': XHTML's self-closing slash on the page's root or body. A browser ignores it on an
# element that is not void and reads the page; libxml2 closes the element there, so the page reads empty (<html/>)
# or its text falls outside <body>.
_SELF_CLOSED_ROOT = re.compile(r"<(html|body)\b([^<>]*?)\s*/>", re.IGNORECASE)
# As browsers do (WHATWG Encoding): pages labelled Latin-1 are written in its Windows superset.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_BROWSER_CHARSETS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}


def html_article(data: bytes, *, url: str, source: str) -> Article:
    """The press release on a page; a page without any text is a ParseError naming `url`.

    A page that reads empty is read again from the tables trafilatura found in it: a page whose article is only a
    table of meetings, in a block whose class sounds like furniture ("events_widget"), under a site's menus.
    """
    text = _SELF_CLOSED_ROOT.sub(r"<\1\2>", _CONTROL.sub("", _XML_DECLARATION.sub("", _decode(data))), count=2)
    article = _article(text, url=url, source=source, cells=False) or _article(text, url=url, source=source, cells=True)
    if article is None:
        raise ParseError(f"no text to read in the page at {url}", source=source, text=excerpt_of(text))
    return article


def _article(text: str, *, url: str, source: str, cells: bool) -> Article | None:
    """The page's article, found from trafilatura's text (with `cells`, from the tables it read), or None when
    nothing is left of the page to read."""
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):  # nothing to make a document of: empty, or only a comment
        root = lxml.html.Element("html")
    published = published_date(text, url)
    label_offsets(root)  # before any cut: a <time>'s instant and shown clock tell the page's UTC offset
    org = _org(root)  # before any cut: the publisher's postal address is in the footer, which is furniture
    page_year = copyright_year(root)  # so is its copyright line
    listing = meeting_list(root)
    container = with_list(_container(root, text, cells=cells), listing)
    title = page_title(root, container, url)
    container = with_programme(one_story(with_headline(container, root, title), title))
    cut_teasers(container, keep=listing[0] if listing else None)
    day = published.isoformat() if published else ""
    cut_furniture(container, day)
    cut_notes(container)
    cut_related(container)
    cut_dated_link_lists(container)  # a press review: each day is a piece's, published about the story
    rows = kindred_rows(container, listing_rows(listing[0])) if listing else frozenset()
    for paper in paper_rows(rows):
        paper.drop_tree()  # a dated link to a meeting's minutes would read as a meeting named "Minutes"
    for cell in paper_cells(rows):
        cell.drop_tree()  # a meeting's documents, named at length, would bury its name and day in a long line
    for link in document_links(rows):
        link.drop_tree()  # "Regular Council Meeting  View Details  Agenda": the meeting's name is the rest
    body = _body(container, title, day, rows)
    if not body:
        return None
    return Article(source=source, title=title or excerpt_of(body.split("\n", 1)[0]),
                   body=with_marked_events(body, text), url=url, published=published, org=org, page_year=page_year)


# "© 2013 FACT", "Copyright © 2009-2013 City of Riverton", "(c) 2021": the page's copyright line and its years.
_COPYRIGHT_YEARS = re.compile(r"(?:©|\(c\)|\b[Cc]opyright\b)[^\n\d]{0,40}?"
                              r"(?P<years>(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)\b")


def copyright_year(root: Any) -> int | None:
    """The last year of the page's last copyright line: the year the page was made (or last renewed)."""
    found = list(_COPYRIGHT_YEARS.finditer(root.text_content() or ""))
    if not found:
        return None
    years = [int(y) if len(y) == 4 else int(found[-1].group("years")[:2] + y)
             for y in re.findall(r"\d{2,4}", found[-1].group("years"))]
    return max(years)


def _org(root: Any) -> str:
    """The publisher and, when the page gives a postal address, its town: "Riverside Parks District in
    Springfield, IL" (the address, not a town in the name, says where the publisher is)."""
    name, town = publisher(root), postal_place(root)
    return f"{name} in {town}" if name and town else name or town


def _container(root: Any, text: str, *, cells: bool = False) -> Any:
    """The element holding the article: where trafilatura's text is, else <article>, <main> or <body>."""
    import trafilatura  # imported when a page is read: it takes a while to load

    if not _DOCUMENT_TAG.search(text):
        # A fragment (no <html>, <head> or <body>: the piece a calendar widget sends) has no page around its
        # content to cut: read it whole, not the one entry of it trafilatura keeps.
        return next(root.iter("body"), root)
    located = trafilatura.extract(text, include_tables=True, include_comments=False, favor_recall=True,
                                  with_metadata=False, deduplicate=False) or ""
    container = main_container(root, located, cells=cells)
    if container is not None:
        container = within_article(container)
    if container is None:
        # "never `a or b`" with lxml elements: their truth is "has children"
        container = _largest(root.iter("article"))
    if container is None:
        container = next(root.iter("main"), None)
    if container is None:
        container = next(root.iter("body"), root)
    return container


def _largest(elements: Any) -> Any:
    """The element with the most text among `elements`, or None."""
    return max(elements, key=lambda a: len(a.text_content()), default=None)


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed item's summary), in the same blocks as a page's body."""
    try:
        root = lxml.html.fragment_fromstring(_CONTROL.sub("", markup), create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _collapse(markup)
    return _blocks(root)


def _decode(data: bytes) -> str:
    """The page's text: a byte-order mark wins, then valid UTF-8, then the meta charset, then windows-1252 for bytes
    with no UTF-8 in them; bad bytes become U+FFFD.

    Bytes that read as UTF-8 are UTF-8 whatever the page declares (text in a single-byte
    charset almost never forms valid multi-byte sequences), which rescues pages whose
    declaration is missing, late or wrong.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4096]) or _XML_ENCODING.match(data[:200])  # XHTML may declare it only there
    # Undeclared, not UTF-8 and without one well-formed UTF-8 sequence: a browser reads such bytes as windows-1252
    # ("Educaci\xf3n" is "Educación"); a page of UTF-8 with a stray bad byte stays UTF-8, that byte replaced.
    name = match.group(1).decode("ascii", "replace").lower() if match \
        else "utf-8" if _UTF8_SEQUENCE.search(data) else "cp1252"
    try:
        # A UTF-16 label on a page without a BOM is a mislabel: the bytes matched the ASCII regex.
        name = "utf-8" if codecs.lookup(name).name.startswith("utf-16") else _BROWSER_CHARSETS.get(name, name)
    except LookupError:
        name = "utf-8"
    return data.decode(name, errors="replace")


def _body(container: Any, title: str, published: str, rows: frozenset[Any] = frozenset()) -> str:
    """The container's text in blocks, without the title (the Article's own field, as in a bundle) and the
    publication stamps above it."""
    for heading in [e for e in container.iter() if tag_of(e) in ("h1", "h2", "h3")]:
        if title and title in _collapse(heading.text_content().replace("\xad", "")):  # with a kicker or byline
            cut_stamps_above(container, heading, published)
            heading.drop_tree()
            break
    return _blocks(container, rows)


def _blocks(container: Any, rows: frozenset[Any] = frozenset()) -> str:
    chunks: list[tuple[bool, list[str]]] = []  # (lines of a list or table?, the lines)
    pending: list[str] = []
    try:
        _walk(container, chunks, pending, rows)
    finally:
        _month_grid_table.cache_clear()  # (its tables are this page's: none is kept alive past it)
    _flush(chunks, pending)
    return "\n\n".join("\n".join(lines) for _, lines in _labelled(chunks))


def _labelled(chunks: list[tuple[bool, list[str]]]) -> list[tuple[bool, list[str]]]:
    """An event page's fields set as a label block and a value block ("Date" / "Feb 01 2024") become one line
    ("Date: Feb 01 2024"), as a release writes them."""
    out: list[tuple[bool, list[str]]] = []
    for chunk in chunks:
        if out and len(out[-1][1]) == 1 and _LABEL.fullmatch(out[-1][1][0]) and chunk[1]:
            label = out.pop()[1][0].rstrip(": ")
            out.append((chunk[0], [f"{label}: {chunk[1][0]}", *chunk[1][1:]]))
        else:
            out.append(chunk)
    return out


def _walk(element: Any, chunks: list[tuple[bool, list[str]]], pending: list[str],
          rows: frozenset[Any] = frozenset()) -> None:
    """Append `element`'s blocks to `chunks`; inline text gathers in `pending` until a block ends it."""
    tag = tag_of(element)
    if tag in NOISE_TAGS or not tag:  # comments and processing instructions have no str tag
        return
    if element in rows and tag not in ("li", "tr", "p") and _blocks_inside(element) >= 2 \
            and len(_collapse(element.text_content())) <= _CARD_LINE:
        # A card of a list of meetings ("Apr" / "8" / "Finance Committee – 4/8/2031" / "9:00 a.m."): one line,
        # as a table's row is, so that its day, time and name read together.
        _flush(chunks, pending)
        inside: list[Any] = []
        line = card_line(_collapse(_inline(element, inside)))
        if chunks and chunks[-1][0]:
            chunks[-1][1].append(line)
        else:
            chunks.append((True, [line]))
        for inner in inside:
            _walk(inner, chunks, [], rows)
        return
    if tag == "table" and (columns := _day_columns(element)):
        _flush(chunks, pending)
        chunks.extend((True, lines) for lines in columns)
        return
    if tag == "tr" and _layout_row(element):
        # A page laid out in a table: the cell holding the page's sections is read as blocks, not as one line.
        _flush(chunks, pending)
        for cell in element:
            _walk(cell, chunks, pending, rows)
            pending.append(cell.tail or "")
        _flush(chunks, pending)
        return
    if tag in ("li", "tr"):
        _flush(chunks, pending)
        nested: list[Any] = []
        if tag == "li":
            # "<li><b>Next meeting</b><br>5 December<br>13:00 Finances</li>": each line of the item is a line.
            lines = ["  • " + (card_line(_collapse(part)) if rows else _collapse(part))
                     for part in _inline(element, nested, breaks=True).split(_BREAK)]
        elif _in_month_grid(element):
            # A month view: each day's cell holds its events, and one cell may hold two; a week's row is no line.
            numbered = _grid_lines(element)
            lines = [line for cell in element if tag_of(cell) in ("td", "th")
                     for line in (_events_of(cell) or numbered.get(cell, []))]
        else:
            # A table inside a cell (a page laid out in a table, a grid of meetings in one of its cells) is
            # read after the row, as a list inside an item is: it is no part of the row's line.
            cells = [_collapse(_inline(cell, nested)) for cell in element if tag_of(cell) in ("td", "th")]
            lines = [] if _picker_week(cells) else [_CELL_GAP.join(cell for cell in cells if cell)]
        for line in (line for line in lines if line.strip(" •")):
            if chunks and chunks[-1][0]:
                chunks[-1][1].append(line)  # the next line of an open list or table
            else:
                chunks.append((True, [line]))
        for sublist in nested:  # a list inside an item: its lines follow the item's
            _walk(sublist, chunks, [], rows)
        return
    block = tag in _BLOCKS or tag in _LISTS or _styled_block(element)
    if block:
        _flush(chunks, pending)
    pending.append(_BREAK if tag == "br" else element.text or "")
    for child in element:
        if _glued(child):
            pending.append(" ")
        _walk(child, chunks, pending, rows)
        pending.append(child.tail or "")
    if block:
        _flush(chunks, pending)


_LAYOUT_BLOCKS = 10  # block elements in one cell: the sections of a page, not a cell of a table's row
_LAYOUT_TEXT = _CARD_LINE  # characters: longer than a card or a row read as one line


def _layout_row(row: Any) -> bool:
    """A row of a table that lays a page out: one of its cells holds many blocks and much text (a portal's
    lists of meetings, each meeting a block of its own, in the cell right of the menu). The text is counted
    without its white space: a scheduler's day cell indented in a dozen empty blocks is one short line."""
    return any(tag_of(cell) in ("td", "th") and _blocks_inside(cell) >= _LAYOUT_BLOCKS
               and len(_collapse(cell.text_content())) > _LAYOUT_TEXT for cell in row)


def _picker_week(cells: list[str]) -> bool:
    """A week of a date picker: cells holding only a day's number, the month's first day with the month's
    name ("2 Feb   3   4   5   6"). It is the page's control for choosing a day, and dates nothing."""
    shown = [cell for cell in cells if cell]
    return len(shown) >= _PICKER_DAYS and all(_PICKER_CELL.fullmatch(cell) for cell in shown)


def _in_month_grid(row: Any) -> bool:
    """A row of a calendar's month view: its table has a header row of weekdays ("Sun Mon Tue ..."), or the table
    around it has, in a table of its own above the grid (a scheduler widget draws its weekday header and its
    weeks as two tables inside a third)."""
    table = next((a for a in row.iterancestors() if tag_of(a) == "table"), None)
    return table is not None and _month_grid_table(table)


@functools.cache
def _month_grid_table(table: Any) -> bool:
    """Is `table` a calendar's month view (`_in_month_grid`)? Asked once a table, not once a row: the weekday header
    is looked for among all the rows of the tables around it, which for each of a long table's rows was quadratic."""
    tables = [table, *(a for a in table.iterancestors() if tag_of(a) == "table")]
    head = next((r for r in tables[0].iter() if tag_of(r) == "tr"), None)
    if head is not None and _weekday_row(head):
        return True
    # (there, only with the month it shows found: its rows are otherwise read as a table's rows, as before)
    return any(_weekday_row(r) for outer in tables[1:_HEADER_REACH] for r in outer.iter()
               if tag_of(r) == "tr" and tables[0] not in r.iterancestors() and r not in tables[0].iterancestors()) \
        and grid_month(tables[0]) is not None


def _weekday_row(row: Any) -> bool:
    """A row of weekday names, one a cell ("Mon   Tue   Wed   Thu   Fri")."""
    names = [_collapse(cell.text_content()).lower()[:3] for cell in row if tag_of(cell) in ("td", "th")]
    return sum(name in _WEEKDAYS for name in names) >= _WEEK_DAYS_SHOWN


def _grid_lines(row: Any) -> dict[Any, list[str]]:
    """The lines of each numbered cell of the month view `row` is in, when a "Month YYYY" heading names it."""
    table = next((a for a in row.iterancestors() if tag_of(a) == "table"), None)
    month = grid_month(table) if table is not None else None
    if table is None or month is None:
        return {}
    cells = [cell for r in table.iter() if tag_of(r) == "tr" and _own_row(r, table)
             for cell in r if tag_of(cell) == "td"]
    return grid_lines(cell_days(cells, month))


def _events_of(cell: Any) -> list[str]:
    """The lines of a month view's day cell: one per element holding one day and time, the day's number
    alone dropped (each event names its day)."""
    text = _collapse(_inline(cell, []))
    if len(FULL_DAY.findall(text)) <= 1:
        return [text] if FULL_DAY.search(text) else []
    return [line for child in cell if isinstance(child.tag, str) for line in _events_of(child)]


def _blocks_inside(element: Any) -> int:
    """How many block elements `element` holds: a card is made of blocks, a paragraph of lines."""
    return sum(1 for e in element.iterdescendants() if tag_of(e) in _BLOCKS or _styled_block(e))


def _day_columns(table: Any) -> list[list[str]]:
    """A schedule with a column per day, read one day at a time: the day's line, then "time   what" lines.

    Its first row names a day in every cell after the first ("", "Monday 3 June", "Tuesday 4 June");
    the rows below give a time in their first cell. Any other table gives [] and is read row by row.
    """
    rows = [[_collapse(_inline(cell, [])) for cell in row if tag_of(cell) in ("td", "th")]
            for row in table.iter() if tag_of(row) == "tr" and _own_row(row, table)]
    if len(rows) < 2 or len(rows[0]) < 3:
        return []
    days = rows[0][1:]
    if not all(any(m.kind == "day" for m in find_mentions(day)) for day in days):
        return []
    columns = []
    for number, day in enumerate(days, 1):
        lines = [day] + [f"{row[0]}{_CELL_GAP}{row[number]}" for row in rows[1:]
                         if len(row) > number and row[0] and row[number]]
        columns.append(lines)
    return columns


def _own_row(row: Any, table: Any) -> bool:
    """A row of `table` itself, not of a table nested in one of its cells."""
    return next((a for a in row.iterancestors() if tag_of(a) == "table"), None) is table


def _inline(element: Any, nested: list[Any], breaks: bool = False) -> str:
    """The text of `element` on one line (with `breaks`, a <br> is kept as _BREAK); lists and tables inside it
    go to `nested` instead."""
    parts = [element.text or ""]
    for child in element:
        tag = tag_of(child)
        if (tag in _LISTS and not _one_item(child)) or tag == "table":
            nested.append(child)
        elif tag == "br" and breaks:
            parts.append(_BREAK)
        elif tag and tag not in NOISE_TAGS:
            # <p>a</p><p>b</p> in a cell is "a b"
            gap = " " if tag in _BLOCKS or tag == "br" or _styled_block(child) or _glued(child) else ""
            parts += [gap, _inline(child, nested, breaks), gap]
        parts.append(child.tail or "")
    return "".join(parts)


# What a number runs on into when it is written in an element of its own: an ordinal's letters ("19<sup>th</sup>",
# "1<span>er</span>"), nothing else.
_ORDINAL_TAIL = re.compile(r"(?:st|nd|rd|th|er|re|e|ème|o|a|º|ª|\.)(?![^\W\d_])", re.IGNORECASE)


def _glued(child: Any) -> bool:
    """Does `child` start with a number right against its previous sibling element's word or number, nothing
    between ("<span>March</span><span>19</span><span>10:00 AM</span>": a date badge's parts, laid out apart by its
    style), or start with a word right against that sibling's number, or a capitalised word right against its stop,
    or a field's label right against its word or number (a card's next field)? Then the two are apart. A sub- or
    superscript ("CO<sub>2</sub>", "19<sup>th</sup>") and an ordinal's letters continue what they follow."""
    previous = child.getprevious()
    if previous is None or previous.tail or not isinstance(previous.tag, str) or not isinstance(child.tag, str) \
            or {tag_of(child), tag_of(previous)} & {"sub", "sup"} or tag_of(previous) in NOISE_TAGS:
        return False
    left, right = previous.text_content(), child.text_content()
    if not left or not right:
        return False
    return (left[-1].isalnum() and right[0].isdigit()) \
        or (left[-1].isdigit() and right[0].isalpha() and not _ORDINAL_TAIL.match(right)) \
        or (left[-1] in _FIELD_END and right[:2].istitle() and right[1:2].isalpha()) \
        or (left[-1].isalnum() and _FIELD_LABEL.match(right) is not None) \
        or (left[-1].isalnum() and right[:2].istitle() and right[1:2].isalpha() and not _name_part(left))


# A field of a card right against the one before it ("Time: Monday, 7:00-9:00 PM</span><span>Location: City Hall",
# "Committee Meetings</strong><span>Time: ..."): a capitalised word after a word, a number or a stop starts a field
# of its own, as the page's style shows it; run together, "PMLocation" hid the meridiem.
_FIELD_END = frozenset(".,;:!?)")
# ... and a field's label ("Location:", "Time:") right against any word.
# ... or a capitalised word right against an element that holds more than a short word ("11 Mar" / "Finance
# Committee"); a short word alone is a name's first part ("Mc" / "Donald", "You" / "Tube", "Mac" / "Arthur").
_NAME_PART = re.compile(r"\s*([^\W\d_]{1,3})\s*")


def _name_part(text: str) -> bool:
    """Is `text` a short word alone, not a month's ("Mar" in a date badge)?"""
    short = _NAME_PART.fullmatch(text)
    return short is not None and short.group(1).lower() not in MONTHS
_FIELD_LABEL = re.compile(r"[A-Z][^\W\d_]*(?:[ /&][^\W\d_]+){0,2}\s?:")


def _one_item(listing: Any) -> bool:
    """Is the list one item of a card's fields ("<ul><li>13th March 2019 - Wednesday</li></ul>" beside the meeting's
    name): read in the card's line, as a field, not after it as a list of its own."""
    return sum(1 for child in listing if tag_of(child) == "li") == 1


def _styled_block(element: Any) -> bool:
    """An inline element its class lays out as a block."""
    names = element.get("class")
    return bool(names) and bool(_BLOCK_CLASS.search(names))


def _flush(chunks: list[tuple[bool, list[str]]], pending: list[str]) -> None:
    """End the paragraph gathered in `pending`; each <br> in it starts a line of its own."""
    lines = [line for line in (_collapse(part) for part in "".join(pending).split(_BREAK)) if line]
    pending.clear()
    if lines:
        chunks.append((False, lines))


def _collapse(text: str) -> str:
    return " ".join(text.replace("\xad", "").split())  # soft hyphens ("Er\xadin\xadne\xadrung") are invisible
