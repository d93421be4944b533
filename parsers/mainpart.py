"""Where a web page's article is, and what inside it is page furniture. Pure: a parsed tree in, elements out.

trafilatura finds the text a reader reads as the article, and is good at it on real
sites; but it drops short lines presscal needs (a centred "THURSDAY, JANUARY 13, 2022
AT 9:00 A.M.", the date headings of a schedule, a teaser lead) and flattens tables.
So its text is used only to *locate* the article: the deepest element of the page that
holds most of that text is the container, and the container is then read block by block
by parsers/html.py with its headings, lists and tables intact. Inside the container,
furniture (navigation, sidebars, related lists, page histories, share and cookie
blocks) is cut out by what the markup says it is: its tag, role, class or id.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import MONTHS
from parsers.pageforms import is_chrome

_MIN_LINE = 20  # shorter lines of trafilatura's text ("Share", "Menu") tell nothing about where the article is
_SNIPPET = 40  # characters of a line looked up in the page's text
_HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4"})
_GROWTH = 1500  # characters a container may gain besides doubling, to take in its headline
_MAJORITY = 0.7  # the container holds this share of the located text
# Markup that is never the article (noscript/template hold markup, not prose; form controls, not prose).
NOISE_TAGS = frozenset(
    "script style noscript template iframe svg button select input textarea label option canvas object".split()
)
_TEXT_NOISE = ("script", "style", "noscript", "template")  # elements whose text no reader sees
# A photo's caption describes the photo (often a past event: "… at London Stadium, August 6, 2017").
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
# A class or id naming furniture: a whole word of it, between the start/end and "-" or "_".
_FURNITURE_WORD = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|sidebar|side-?bar|related|latest|recent"
    r"|popular|more-?news|also|share|sharing|social|cookies?|consent|gdpr|survey|feedback|history"
    r"|page-?history|changelog|change-?notes|footer|comments?|widgets?|tags?|tag-?cloud|promo|newsletter"
    r"|subscribe|pagination|pager|skip|modal|popup|toolbar|accessibility|a11y|search|login|advert|ads?"
    r"|print|rating|photo-of-the-day|rail|trending|most-?read|most-?viewed|recommended|more-?from|in-this-section"
    r"|revisions?|revision-history|caption|wp-caption-text|image-credits?|photo-credits?|copyright|byline-share|post-navigation|you-?may-?also-?like"
    # Text for screen readers only ("Event Navigation" over a calendar's previous/next links): no reader sees it.
    r"|visually-?hidden|sr-only|screen-?reader-?(?:text|only)?|element-invisible"
    # A post's footer of metadata ("This entry was posted on ... and is filed under ..."): not the article.
    r"|(?:post|entry)-?meta-?data)(?:$|[-_\s])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
# Bylines and publication stamps: "18-07-2019 - 11:37", "September 10, 2011 at 1:06 PM ET by …".
_STAMP_WORD = re.compile(
    r"(?:^|[-_\s])(?:author|authors|byline|dateline|posted|published|pubdate|timestamp|submitted"
    r"|(?:post|entry|news|publish|article|blog)[-_]?(?:date|time|info|metas?))(?:$|[-_\s])",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"(?i:continue reading|read more|read the full (?:story|release|article)|more|full story|weiterlesen|mehr"
    r"|mehr lesen|lire la suite|en savoir plus)\s*[»›>…→.]*"
)
_TEASER_LIMIT = 1500  # characters: a teaser is a few lines, not an article
_META_WORD = re.compile(r"(?:^|[-_\s])metas?(?:$|[-_\s])", re.IGNORECASE)
# A line that says it is the page's stamp: "Posted the September 1, 2017 at 0h00", "Stand: 08.05.2019, 05:02 Uhr".
_STAMP_LINE = re.compile(
    r"(?i:posted|published|last updated|updated|publié|mis à jour|veröffentlicht|aktualisiert|erstellt|stand)"
    r"\b[\s:,]*(?:(?:on|the|am|le|den)\s+){0,2}"
    r"(?:\d|(?i:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[eé][cz]|janv|f[eé]v|avr|juil|ao[uû])\w*\.?\s+\d)"
)
# A clock time, not the day and month of a dotted date ("11.11.2021" is no 11:11).
_CLOCK_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d\d\b(?!\.\d)|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
# A date in figures and a 24-hour clock time, nothing between but a comma, a dot or "um": a posting's minute.
_POSTED_AT = re.compile(r"(?P<day>\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4})"
                        r"\s*(?:[,·|•]|um|à)?\s*"
                        r"\d{1,2}[:.]\d\d(?:\s*(?:Uhr|h))?(?![\d:.]|\s*[ap]\.?m\b)(?:\s*[-–,|·•]?\s*)",
                        re.IGNORECASE)
_STAMP_WORDS = 4  # words besides the date in a stamp line: a category or kicker ("02.02.2022 Women's team")
# The heading of an article's notes: sources cited with the days they were read ("[13.10.2021]"), not events.
_NOTES_HEADING = re.compile(
    r"(?i:anmerkungen|fu(?:ß|ss)noten|einzelnachweise|quellen(?:angaben)?|literatur(?:verzeichnis)?|footnotes"
    r"|endnotes|references|sources|bibliography|bibliographie|r[ée]f[ée]rences|notes et r[ée]f[ée]rences)\s*:?"
)
_SECTION_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The heading of a list of other articles: their teasers tell of other pages' events and days.
_RELATED_HEADING = re.compile(
    r"(?i:related|read (?:also|more|next)|see also|more (?:news|stories|articles|from)|(?:latest|recent|other) "
    r"(?:news|articles|posts|stories|releases)|you (?:may|might) also like|(?:[àa] )?lire aussi|voir aussi"
    r"|derniers articles|articles? r[ée]cents|sur le m[êe]me (?:th[èe]me|sujet)|dans la m[êe]me rubrique"
    r"|weitere (?:artikel|meldungen|nachrichten|beitr[äa]ge|news)|das k[öo]nnte sie auch interessieren"
    r"|auch interessant|mehr zum thema|neueste (?:beitr[äa]ge|artikel|meldungen)|[äa]hnliche (?:artikel|beitr[äa]ge))\b"
)
_EVENT_DATE_WORD = re.compile(r"(?:^|\s)(?:dtstart|dtend)(?:$|\s)", re.IGNORECASE)
_EVENT_PROPS = frozenset({"startdate", "enddate", "doortime"})
_STAMP_LIMIT = 200  # characters: a stamp is a line (with its categories), not a paragraph


def tag_of(element: Any) -> str:
    """The element's tag without a namespace or prefix ('{http://www.w3.org/1999/xhtml}p', 'html:p' -> 'p')."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # a comment or processing instruction
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def main_container(root: Any, located_text: str) -> Any | None:
    """The deepest element holding most of `located_text` (trafilatura's reading of the page), or None."""
    owners, flat = _text_index(root)
    weights: dict[Any, int] = {}
    total = 0
    for line in located_text.splitlines():
        snippet = _SPACE.sub(" ", line).strip()[:_SNIPPET]
        if len(snippet) < _MIN_LINE:
            continue
        at = flat.find(snippet)
        if at < 0:
            continue
        owner = owners[_owner_index(owners, at)][1]
        total += len(snippet)
        for element in (owner, *owner.iterancestors()):
            weights[element] = weights.get(element, 0) + len(snippet)
    if not total:
        return None
    holding = [e for e, w in weights.items() if w >= _MAJORITY * total]
    if not holding:
        return None
    deepest = max(holding, key=_depth)
    if not is_furniture(deepest):
        return deepest
    # trafilatura read a menu (a page with little prose), or mis-nested markup put the article inside one:
    # the article is the <article> or <main> in it that holds most of the text, else not in it at all.
    inner = [e for e in weights if tag_of(e) in ("article", "main") and deepest in e.iterancestors()]
    return max(inner, key=lambda e: (weights[e], _depth(e)), default=None)


def with_headline(container: Any, root: Any, title: str) -> Any:
    """The container grown to hold the article's headline, when the headline stands just outside it.

    What lies between an article's headline and its body (a date line, a lead, a centred
    "THURSDAY, JANUARY 13, 2022 AT 9:00 A.M.") is the article too. The container grows only
    to a near ancestor: one holding far more text is the page, not the article.
    """
    if not title:
        return container
    heading = next((h for h in root.iter() if tag_of(h) in _HEADLINE_TAGS
                    and title in _SPACE.sub(" ", h.text_content().replace("\xad", ""))), None)
    if heading is None or container in heading.iterancestors() or heading is container:
        return container
    ancestors = set(heading.iterancestors())
    common = next((a for a in container.iterancestors() if a in ancestors), None)
    if common is None or tag_of(common) in ("html", "body"):
        return container
    size = len(_SPACE.sub("", container.text_content()))
    return common if len(_SPACE.sub("", common.text_content())) <= 2 * size + _GROWTH else container


def _depth(element: Any) -> int:
    return sum(1 for _ in element.iterancestors())


def _text_index(root: Any) -> tuple[list[tuple[int, Any]], str]:
    """The page's visible text as one whitespace-collapsed string, with where each element's own text starts."""
    owners: list[tuple[int, Any]] = []
    parts: list[str] = []
    length = 0

    def add(text: str | None, owner: Any) -> None:
        nonlocal length
        if text and text.strip():
            piece = _SPACE.sub(" ", text)
            if parts and parts[-1].endswith(" ") and piece.startswith(" "):
                piece = piece[1:]
            owners.append((length, owner))
            parts.append(piece)
            length += len(piece)

    def walk(element: Any) -> None:
        if tag_of(element) in NOISE_TAGS or tag_of(element) == "head":  # <title> repeats the headline, unseen
            return
        if isinstance(element.tag, str):
            add(element.text, element)
            for child in element:
                walk(child)
                add(child.tail, element)

    walk(root)
    return owners, "".join(parts)


def _owner_index(owners: list[tuple[int, Any]], at: int) -> int:
    low, high = 0, len(owners) - 1
    while low < high:  # the last owner whose text starts at or before `at`
        middle = (low + high + 1) // 2
        if owners[middle][0] <= at:
            low = middle
        else:
            high = middle - 1
    return low


def is_furniture(element: Any) -> bool:
    """Navigation, sidebars, related lists, page histories, share/cookie/survey blocks, by their markup."""
    tag = tag_of(element)
    if tag in _FURNITURE_TAGS:
        # An article's own <header> holds its headline and date; a page's <header> is the site's banner.
        return not (tag == "header" and any(tag_of(a) in ("article", "main") for a in element.iterancestors()))
    if (element.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if tag in ("article", "main"):
        # The page's own article ("post tag-gas-leak category-news entry"): its classes name its topics.
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and bool(_FURNITURE_WORD.search(names))


def is_stamp(element: Any, published: str) -> bool:
    """A byline or publication stamp: a short element marked as one, or holding a <time> of the publication day."""
    text = _SPACE.sub(" ", element.text_content()).strip()
    if len(text) > _STAMP_LIMIT:
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if _EVENT_DATE_WORD.search(names) or (element.get("itemprop") or "").lower() in _EVENT_PROPS:
        return False  # an event's start or end (hCalendar "dtstart", even when also classed "published")
    if _STAMP_WORD.search(names) or _STAMP_LINE.match(text.lstrip("[( ")):
        return True
    if _META_WORD.search(names) and not _CLOCK_TIME.search(text):
        return True  # a post's "meta" line; an event's "meta" fields give its time, and stay
    if published and stamped_at(text, published):
        return True
    times = [element] if tag_of(element) == "time" else element.findall(".//time")
    # An event's own start and end (schema.org startDate/endDate) are the event, whatever day it was posted.
    return bool(published) and any((t.get("datetime") or "").startswith(published)
                                   and (t.get("itemprop") or "").lower() not in _EVENT_PROPS for t in times)


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


_NAMED_DAY = re.compile(r"(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2}),?\s(?P<year>\d{4})")


def _named_day(shown: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "March 17, 2031" / "Mar. 17 2031", None for any other form."""
    found = _NAMED_DAY.fullmatch(shown)
    month = MONTHS.get(found.group("month").lower()) if found else None
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


def cut_teasers(container: Any) -> None:
    """Remove the teasers of a listing inside `container`: the block around each "Continue reading" link.

    A teaser stands for another page's article; its "today" and "yesterday" are that article's.
    The block is the largest around the link that holds no other such link and is short.
    """
    links = [a for a in container.iter("a") if _READ_MORE.fullmatch(_SPACE.sub(" ", a.text_content()).strip())]
    holders = [set(link.iterancestors()) for link in links]
    blocks = []  # all found before any is cut: cutting changes the ancestors of the others
    for number, link in enumerate(links):
        block = None
        for ancestor in link.iterancestors():
            if ancestor is container or len(_SPACE.sub("", ancestor.text_content())) > _TEASER_LIMIT:
                break
            if any(ancestor in held for other, held in enumerate(holders) if other != number):
                break
            block = ancestor
        if block is not None:
            blocks.append(block)
    for block in blocks:
        if block.getparent() is not None:
            block.drop_tree()


def cut_furniture(container: Any, published: str = "") -> None:
    """Remove the furniture inside `container` (never the container itself), keeping each cut element's tail;
    also bylines and stamps of the publication day `published` (ISO): the article's date, not an event.

    An element holding most of the container's text is the article, whatever its class says
    ("content has-sidebar"): it stays.
    """
    whole = visible_size(container)
    doomed = [e for e in container.iterdescendants() if isinstance(e.tag, str)
              and (is_furniture(e) or is_stamp(e, published) or is_chrome(e))]
    dropped: set[Any] = set()
    for element in doomed:
        if any(a in dropped for a in element.iterancestors()):
            continue
        if visible_size(element) <= 0.5 * whole:
            element.drop_tree()
            dropped.add(element)


def visible_size(element: Any) -> int:
    """Characters of text a reader sees in `element`, white space aside: a share button's script or a
    style sheet in the article is not text ("events_widget" holding a meeting beside a long script)."""
    size = len(_SPACE.sub("", element.text_content()))
    hidden = sum(len(_SPACE.sub("", noise.text_content())) for noise in element.iter(*_TEXT_NOISE)
                 if not _inside_noise(noise, element))  # a script in a <noscript> is hidden once
    return size - hidden


def _inside_noise(noise: Any, within: Any) -> bool:
    """Is `noise` inside another unseen element, below `within`?"""
    for ancestor in noise.iterancestors():
        if ancestor is within:
            return False
        if tag_of(ancestor) in _TEXT_NOISE:
            return True
    return False


def cut_notes(container: Any) -> None:
    """Remove the notes of an article: a heading "Footnotes", "Quellen", "Anmerkungen" ... and what follows it
    up to the next heading. Notes cite sources and the days they were read; they announce nothing."""
    for heading in [e for e in container.iter() if tag_of(e) in _SECTION_TAGS]:
        if heading.getparent() is None or not _NOTES_HEADING.fullmatch(_SPACE.sub(" ", heading.text_content()).strip()):
            continue
        label = heading  # up through wrappers holding nothing but the heading (an accordion's toggle)
        while (parent := label.getparent()) is not None and parent is not container \
                and _SPACE.sub("", parent.text_content()) == _SPACE.sub("", heading.text_content()):
            label = parent
        doomed = [label]
        for sibling in label.itersiblings():
            if tag_of(sibling) in _SECTION_TAGS or any(tag_of(e) in _SECTION_TAGS for e in sibling.iterdescendants()):
                break
            doomed.append(sibling)
        for element in doomed:
            element.drop_tree()


def cut_related(container: Any) -> None:
    """Remove lists of other articles headed as such ("Related", "Derniers articles de la thématique ...",
    "Weitere Meldungen"): the heading's own block when it is a small part of the container, else the
    heading and what follows it up to the next heading of its rank or higher."""
    whole = len(_SPACE.sub("", container.text_content()))
    for heading in [e for e in container.iter() if tag_of(e) in _SECTION_TAGS]:
        if heading.getparent() is None or not _RELATED_HEADING.match(_SPACE.sub(" ", heading.text_content()).strip()):
            continue
        own = _SPACE.sub("", heading.text_content())
        block = heading
        while (parent := block.getparent()) is not None and parent is not container \
                and _SPACE.sub("", parent.text_content()) == own:
            block = parent
        parent = block.getparent()
        if parent is not None and parent is not container and len(_SPACE.sub("", parent.text_content())) <= 0.5 * whole:
            parent.drop_tree()
            continue
        doomed = [block]
        for sibling in block.itersiblings():
            if tag_of(sibling) in _SECTION_TAGS and tag_of(sibling) <= tag_of(heading):
                break
            doomed.append(sibling)
        for element in doomed:
            element.drop_tree()


def within_article(container: Any) -> Any:
    """The nearest <article> or <main> around the container, when it is not much more than the container.

    Page builders lay an article out in sections side by side; trafilatura keeps the section of
    prose and drops the next one of short headings ("Friday, January 17", "Friday, July 18"),
    which is the schedule. The page's own <article> says where the article ends.
    """
    outer = next((a for a in container.iterancestors() if tag_of(a) in ("article", "main")), None)
    if outer is None:
        return container
    size = len(_SPACE.sub("", container.text_content()))
    return outer if len(_SPACE.sub("", outer.text_content())) <= 2 * size + _GROWTH else container
