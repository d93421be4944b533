"""Bylines and publication stamps of a web page: the day the page was posted, which is no event. Pure."""

from __future__ import annotations

import itertools
import re
from typing import Any

from parsers.dates import MONTHS
from parsers.lang_iberian import MONTHS as IBERIAN_MONTHS
from parsers.mainpart import tag_of

_SPACE = re.compile(r"\s+")
# Bylines and publication stamps: "18-07-2019 - 11:37", "September 10, 2011 at 1:06 PM ET by …".
_STAMP_WORD = re.compile(
    r"(?:^|[-_\s])(?:author|authors|byline|dateline|posted|published|pubdate|timestamp|submitted"
    # ("article__info", "post__date": the BEM way of naming a block's element, with two underscores)
    # ("newsStoryDate", "story-date": a news story's, in camel case too; not "storytime", a library's readings)
    r"|(?:post|entry|news|publish|article|blog)(?:[-_]|__)?(?:story[-_]?)?(?:date|time|info|metas?)"
    r"|story(?:[-_]|__)(?:date|info|metas?))(?:$|[-_\s])",
    re.IGNORECASE,
)
_AUTHOR_WORD = re.compile(r"(?:^|[-_\s])(?:author|authors|byline)(?:$|[-_\s])", re.IGNORECASE)
_META_WORD = re.compile(r"(?:^|[-_\s])metas?(?:$|[-_\s])", re.IGNORECASE)
# An event's "meta" block ("event_meta", "tribe-event-list-meta"): the event's fields, its day among them, not a
# post's stamp, even with no clock time ("13th March 2019 - Wednesday" over a board meeting's name).
_EVENT_META = re.compile(r"(?:^|[-_\s])events?[-_](?:[a-z]+[-_])?metas?(?:$|[-_\s])", re.IGNORECASE)
# A line that says it is the page's stamp: "Posted the September 1, 2017 at 0h00", "Stand: 08.05.2019, 05:02 Uhr".
_STAMP_LINE = re.compile(
    r"(?i:posted|published|last updated|updated|publié|mis à jour|veröffentlicht|aktualisiert|erstellt|stand)"
    r"\b[\s:,]*(?:(?:on|the|am|le|den)\s+){0,2}"
    r"(?:\d|(?i:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[eé][cz]|janv|f[eé]v|avr|juil|ao[uû])\w*\.?\s+\d)"
)
# A clock time, not the day and month of a dotted date ("11.11.2021" is no 11:11).
_CLOCK_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d\d\b(?!\.\d)|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
# Two clock times joined as a start and an end ("8:30 AM - 11 AM", "6:00 pm to 8:00 pm", "4pm to 5.30pm"): hours.
# The start has a colon or a.m./p.m., so that a range of dotted days ("10.11 - 12.11") is no range of hours.
_HOURS = re.compile(r"(?<![\d.:])\d{1,2}(?::\d\d\s?(?:[ap]\.?m\b\.?)?|\s?[ap]\.?m\b\.?)\s*(?:[-–—]|to|until)\s*"
                    r"\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b|(?<=\d\d))", re.IGNORECASE)
# A date in figures and a 24-hour clock time, nothing between but a comma, a dot or "um": a posting's minute.
# A weekday may open it and a dash may stand before the time: "Domingo, Diciembre 6, 2020 - 07:32".
_POSTED_AT = re.compile(r"(?:[^\W\d_]{3,13},\s*)?"
                        r"(?P<day>\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4})"
                        r"\s*(?:[,·|•]|\s[-–]|um|à)?\s*"
                        r"\d{1,2}[:.]\d\d(?:\s*(?:Uhr|h))?(?![\d:.]|\s*[ap]\.?m\b)(?:\s*[-–,|·•]?\s*)",
                        re.IGNORECASE)
_STAMP_WORDS = 4  # words besides the date in a stamp line: a category or kicker ("02.02.2022 Women's team")
# A teaser's stamp: its day (in figures, or "gestern", "yesterday" as a news list dates its newest items), then two or
# more labels of a word or two, each after a middle dot or bullet: "27.01.2022 · Männer · HBL2", "gestern · Männer ·
# EURO". The labels are the story's section and league; an event's badge gives its hours or names what is held.
_KICKER_STAMP = re.compile(
    r"(?:(?P<day>\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
    r"|(?i:gestern|vorgestern|heute|yesterday|today|hier|aujourd['’]hui|ayer|hoy|ieri|oggi|gisteren|vandaag))"
    r"(?:[ \t]*[·•][ \t]*[^\W\d][\w'’.&-]*(?:[ \t][\w'’.&-]+)?){2,3}")
# An event's start or end by its markup: hCalendar "dtstart", or a field named so ("field--name-field-start-date",
# "event-date", "date_end"); a stamp is named for its posting, never for a start.
EVENT_DATE_WORD = re.compile(r"(?:^|\s)(?:dtstart|dtend)(?:$|\s)"
                              r"|(?:^|[-_\s])(?:(?:start|end|event)[-_]?(?:date|time)s?|date[-_]?(?:start|end))(?:$|[-_\s])"
                              # "fsStartTime", "calEventDate": the same names in camel case, after a prefix
                              r"|(?-i:[a-z](?:Start|End|Event)(?:Date|Time)s?)(?:$|[-_\s])",
                              re.IGNORECASE)
_FIELD_DEPTH = 3  # ancestors of a date that may name the field it fills
_EVENT_PROPS = frozenset({"startdate", "enddate", "doortime"})
_STAMP_LIMIT = 200  # characters: a stamp is a line (with its categories), not a paragraph


def _text_of(element: Any) -> str:
    """An element's text with its runs of white space made one space."""
    return _SPACE.sub(" ", element.text_content()).strip()


def is_stamp(element: Any, published: str) -> bool:
    """A byline or publication stamp: a short element marked as one, or holding a <time> of the publication day."""
    text = _text_of(element)
    if len(text) > _STAMP_LIMIT:
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if _event_field(element) or (element.get("itemprop") or "").lower() in _EVENT_PROPS or _holds_event_prop(element):
        return False  # an event's start or end (hCalendar "dtstart", even when also classed "published")
    if _marked_range(element):
        return False  # "<time datetime=...>Fri, Jul 4 2025, 11am</time> - <time datetime=...>3pm</time>": its hours
    if EVENT_DATE_LABEL.search(_label_before(element)) or EVENT_DATE_LABEL.search(_column_heading(element)):
        # "<b>Seminar Date:</b> <span>Tue, 28/05/2019 - 12:00</span>": the field of an event's day; so is a cell
        # under the column heading "Seminar Date" of a table of seminars, the first of which is no stamp
        return False
    if _STAMP_WORD.search(names) or _STAMP_LINE.match(text.lstrip("[( ")) or _beside_author(element):
        return True
    if _META_WORD.search(names) and not _CLOCK_TIME.search(text) and not _EVENT_META.search(names):
        return True  # a post's "meta" line; an event's "meta" fields give its time, and stay
    if published and stamped_at(text, published):
        return True
    if _KICKER_STAMP.fullmatch(text):
        return True  # a teaser's day and its section labels (pages-p53, handball-world.news)
    if posted_minute(text) or _opening_minute(element, text):
        return True
    if _HOURS.search(text):
        return False  # "<time>Wednesday, June 10 • 8:30 AM - 11 AM</time>": an event's hours; a stamp gives one minute
    times = [element] if tag_of(element) == "time" else element.findall(".//time")
    if len(_CLOCK_TIME.findall(_SPACE.sub(" ", " ".join(_text_beside(element, times))))) >= 2:
        return False  # an event's header: its day badge beside its hours "4:00 pm - 5:00 pm", which no stamp gives
    # An event's own start and end (schema.org startDate/endDate) are the event, whatever day it was posted.
    return bool(published) and any((t.get("datetime") or "").startswith(published)
                                   and (t.get("itemprop") or "").lower() not in _EVENT_PROPS
                                   and not _event_field(t) for t in times)


_ROW_TEXT = 300  # characters: a teaser's row is its stamp and a headline, not a section of the page
_FIGURES = re.compile(r"(\d+)[./-](\d+)[./-](\d+)")


def _figures_day(shown: str) -> tuple[int, int, int]:
    """(year, month, day) of "27.01.2022", "2022-01-27" or "27/01/22" (day first, as such lists write it)."""
    first, second, third = (int(part) for part in _FIGURES.findall(shown)[0])
    year, month, day = (first, second, third) if first > 31 else (third, second, first)
    return (year + 2000 if year < 100 else year, month, day)


def kicker_days_rise(container: Any) -> bool:
    """Do the days of the rows' "day · label · label" badges rise down the page ("14.03.2031 · Konzert · Stadthalle",
    "21.03.2031 · Lesung · Stadtbibliothek")? A listing of events to come runs so; a news list's teaser stamps run
    from the newest back, or say "gestern", and are stamps (is_stamp)."""
    days: list[tuple[int, int, int]] = []
    for element in container.iterdescendants():
        if not isinstance(element.tag, str) or len(element):
            continue
        found = _KICKER_STAMP.fullmatch(_text_of(element))
        if found is None:
            continue
        if found.group("day") is None:
            return False
        days.append(_figures_day(found.group("day")))
    return len(days) >= 2 and all(a < b for a, b in itertools.pairwise(days))


def kicker_stamp(element: Any) -> bool:
    """Is the element's text a teaser's "day · label · label" badge?"""
    return _KICKER_STAMP.fullmatch(_text_of(element)) is not None


def teaser_row(element: Any) -> Any:
    """The row a teaser's stamp opens ("27.01.2022 · Männer · HBL2" beside the linked headline of another story): its
    nearest ancestor holding a link, when that is a short row with no other stamp; else the stamp itself. The headline
    is another page's, whatever day it names ("Bekanntgabe der Preisträger bei Online-Gala am 21. Februar")."""
    text = _text_of(element)
    if not _KICKER_STAMP.fullmatch(text):
        return element
    for ancestor in element.iterancestors():
        if len(_text_of(ancestor)) > _ROW_TEXT:
            return element
        if any(tag_of(a) == "a" for a in ancestor.iterdescendants()):
            stamps = sum(1 for e in ancestor.iterdescendants() if isinstance(e.tag, str) and not len(e)
                         and _KICKER_STAMP.fullmatch(_text_of(e)))
            links = sum(1 for a in ancestor.iterdescendants() if tag_of(a) == "a")
            return ancestor if stamps == 1 and links == 1 else element
    return element


# A label naming the field of an event's day, closing the text before a date: "Seminar Date:", "Event date and
# time:", "Date of the meeting:". A page's stamp is labelled for its posting ("Posted:", "Date:"), never so.
EVENT_DATE_LABEL = re.compile(
    r"(?i:\b(?:seminar|lecture|talk|event|meeting|hearing|workshop|webinar|session|course|class|concert|performance"
    r"|show|conference|colloquium|symposium|screening|exhibition|tour|match|game)s?\s+(?:date|day|time)s?"
    r"(?:\s*(?:and|&)\s*time)?|\bdate\s+of\s+(?:the\s+)?(?:seminar|lecture|talk|event|meeting|hearing|workshop"
    r"|webinar|session|conference))\s*:?\s*$")
_LABEL_REACH = 60  # characters before a date that may hold its label


def _label_before(element: Any) -> str:
    """The text just before `element` in its parent: the previous sibling's text and tail, or the parent's own
    text when `element` comes first."""
    before = element.getprevious()
    if before is None:
        parent = element.getparent()
        text = (parent.text or "") if parent is not None else ""
    else:
        text = (before.text_content() if isinstance(before.tag, str) else "") + (before.tail or "")
    return _SPACE.sub(" ", text).replace("\xa0", " ")[-_LABEL_REACH:]


_CELL_DEPTH = 3  # ancestors of a date that may be its table cell
_HEADER_ROWS = 3  # the rows at a table's top among which its row of header cells stands


def _column_heading(element: Any) -> str:
    """The heading of the table column whose cell holds `element` ("Seminar Date" over "28/05/2019 - 12:00"), from
    the table's row of header cells; '' when `element` is in no such column."""
    cell = element
    for _ in range(_CELL_DEPTH):
        if cell is None or tag_of(cell) in ("td", "th"):
            break
        cell = cell.getparent()
    row = cell.getparent() if cell is not None and tag_of(cell) == "td" else None
    if row is None or tag_of(row) != "tr":
        return ""
    at = [c for c in row if tag_of(c) in ("td", "th")].index(cell)
    table = next((a for a in row.iterancestors() if tag_of(a) == "table"), None)
    if table is None:
        return ""
    # (the header is among the table's first rows: looking further, for each date of a long table without one, was
    # quadratic in its rows)
    header = next((r for r in itertools.islice(table.iter("tr"), _HEADER_ROWS) if any(tag_of(c) == "th" for c in r)),
                  None)
    cells = [c for c in header if tag_of(c) in ("td", "th")] if header is not None else []
    return _text_of(cells[at]) if at < len(cells) else ""


def _beside_author(element: Any) -> bool:
    """A <time> beside the author's name ("<span class="metainfo__author">…</span> <time>19.10.2019, 05:00
    Uhr</time>"): the byline's date, even a day off the declared one (the print edition's day)."""
    parent = element.getparent() if tag_of(element) == "time" else None
    return parent is not None and any(
        other is not element and isinstance(other.tag, str)
        and (_AUTHOR_WORD.search(f"{other.get('class') or ''} {other.get('id') or ''}")
             or (other.get("itemprop") or other.get("rel") or "").lower() == "author")
        for other in parent)


# What stands between the start and the end of a range: "11am - 3pm", "10:00 to 12:00", "10 bis 12 Uhr"
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to|until|bis|à|au|a|hasta)\s*")


def _marked_range(element: Any) -> bool:
    """Does `element` hold a range marked up as two <time>s, start and end, each with its machine instant (Drupal's
    smart dates, event calendars)? Those are an event's hours: a stamp gives the one minute it was posted."""
    times = [element] if tag_of(element) == "time" else element.findall(".//time")
    if tag_of(element) == "time" and (before := element.getprevious()) is not None and tag_of(before) == "time":
        times.insert(0, before)  # the range's end, "3pm", alone
    for start in times:
        end = start.getnext()
        if end is not None and tag_of(end) == "time" and start.get("datetime") and end.get("datetime") \
                and start.get("datetime") != end.get("datetime") and _RANGE_JOIN.fullmatch(start.tail or " "):
            return True
    return False


def _holds_event_prop(element: Any) -> bool:
    """Does `element` hold schema.org's startDate or endDate of an event (a <meta itemprop="startDate"> beside the
    day it shows, "13. Mai 2012 11:00")? Then the day is the event's, even when the page is dated by it."""
    return any((e.get("itemprop") or "").lower() in _EVENT_PROPS for e in element.iterdescendants()
               if isinstance(e.tag, str))


def _event_field(element: Any) -> bool:
    """Is `element`, or the field it sits in, named as an event's start or end?"""
    for depth, owner in enumerate((element, *element.iterancestors())):
        if depth > _FIELD_DEPTH:
            return False
        if EVENT_DATE_WORD.search(f"{owner.get('class') or ''} {owner.get('id') or ''}"):
            return True
    return False


# A clock time and nothing else: "16:45", "9.30 Uhr".
_BARE_TIME = re.compile(r"\d{1,2}[:.]\d\d(?:\s?(?:Uhr|h))?")


def _opening_minute(element: Any, text: str) -> bool:
    """A <time> of a clock time alone, with no machine date, opening a standfirst ("<p><time>16:45</time> The
    congress will be held ...") : the minute the story was posted. An event's time in markup carries its
    datetime, stands beside its day, or sits in a row of a listing (li, td)."""
    if tag_of(element) != "time" or element.get("datetime") or not _BARE_TIME.fullmatch(text):
        return False
    parent = element.getparent()
    if parent is None or tag_of(parent) in ("li", "td", "dd", "dt", "tr"):
        return False
    return not (parent.text or "").strip() and element.getprevious() is None


def _text_beside(element: Any, times: list[Any]) -> list[str]:
    """The pieces of `element`'s text outside its <time> elements."""
    inside = {id(t) for t in times}
    pieces: list[str] = []

    def walk(node: Any) -> None:
        if id(node) not in inside:
            pieces.append(node.text or "")
            for child in node:
                walk(child)
        if node is not element:
            pieces.append(node.tail or "")

    walk(element)
    return pieces


def numeric_stamp(text: str, published: str) -> bool:
    """A line giving the publication day `published` (ISO) in figures and at most a few words, no time:
    "02.02.2022 A-Team", "2022-02-02 | News"."""
    if not published or len(text) > _STAMP_LIMIT or _CLOCK_TIME.search(text):
        return False
    year, month, day = (int(part) for part in published.split("-"))
    forms = (published, f"{day:02}.{month:02}.{year}", f"{day}.{month}.{year}", f"{month:02}/{day:02}/{year}",
             f"{month}/{day}/{year}", f"{day:02}/{month:02}/{year}")
    words = _SPACE.sub(" ", text).strip().split(" ")
    return any(form in words for form in forms) and len(words) <= 1 + _STAMP_WORDS


def stamped_at(text: str, published: str) -> bool:
    """A line opening with the publication day in figures and the minute of posting, and a label at most:
    "24.01.2022 11:38 Kategorie: News", "02.02.2022 · 11:14". An event's line has a range, a.m./p.m. or a
    label before its date ("Date: 09/20/2031 10:30 AM - 12:00 PM"), and stays."""
    match = _POSTED_AT.match(text.strip())
    if match is None or len(text) > _STAMP_LIMIT or len(_CLOCK_TIME.findall(text)) > 1:
        return False
    year, month, day = (int(part) for part in published.split("-"))
    shown = match.group("day")
    forms = (published, f"{day:02}.{month:02}.{year}", f"{day}.{month}.{year}", f"{day:02}/{month:02}/{year}",
             # Month first, as US and Philippine pages write it: "03/17/2031 11:38", "March 17, 2031 · 11:38".
             f"{month:02}/{day:02}/{year}", f"{month}/{day}/{year}")
    return (shown in forms or _named_day(shown) == (year, month, day)) \
        and len(text[match.end() :].split()) <= _STAMP_WORDS


def posted_minute(text: str) -> bool:
    """A line of nothing but a date in figures and a clock time off the five minutes, whatever the day:
    "29.09.2017 14:32" over a social post or a teaser. Meetings are set on the five minutes ("14:30"); the
    minute a post went out is any minute."""
    match = _POSTED_AT.fullmatch(text.strip())
    clock = _CLOCK_TIME.findall(text[match.start("day") + len(match.group("day")) :]) if match else []
    return len(clock) == 1 and int(re.split(r"[:.]", clock[0])[1][:2]) % 5 != 0


_NAMED_DAY = re.compile(r"(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2}),?\s(?P<year>\d{4})")


def _named_day(shown: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "March 17, 2031" / "Mar. 17 2031", None for any other form."""
    found = _NAMED_DAY.fullmatch(shown)
    month = (MONTHS.get(found.group("month").lower()) or IBERIAN_MONTHS.get(found.group("month").lower())) \
        if found else None
    if found is None or month is None:
        return None
    return int(found.group("year")), month, int(found.group("day"))


def cut_stamps_above(container: Any, heading: Any, published: str) -> None:
    """Remove publication stamps set above the article's `heading`: a date in figures with a kicker.

    An event page gives its own date below its headline; the date line above a news headline,
    where no time is given, is the day the page was published.
    """
    doomed = []
    for element in container.iter():
        if element is heading:
            break
        if isinstance(element.tag, str) and heading not in element.iterdescendants() \
                and numeric_stamp(element.text_content(), published):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None and not any(a in doomed for a in element.iterancestors()):
            element.drop_tree()
