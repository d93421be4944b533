"""Where a web page's article is, and what inside it is page furniture. Pure: a parsed tree in, elements out.

trafilatura finds the text a reader reads as the article, and is good at it on real
sites; but it drops short lines presscal needs (a centred "THURSDAY, JANUARY 13, 2022
AT 9:00 A.M.", the date headings of a schedule, a teaser lead) and flattens tables.
So its text is used only to *locate* the article: the deepest element of the page that
holds most of that text is the container, and the container is then read block by block
by parsers/html.py with its headings, lists and tables intact. Furniture (navigation,
sidebars, related lists, page histories, share and cookie blocks) is known by what the
markup says it is: its tag, role, class or id (`is_furniture`); pagecuts.py cuts it, and
the stamps pagestamps.py knows, out of the container.
"""

from __future__ import annotations

import re
from typing import Any

_MIN_LINE = 20  # shorter lines of trafilatura's text ("Share", "Menu") tell nothing about where the article is
_SNIPPET = 40  # characters of a line looked up in the page's text
_HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4"})
_GROWTH = 1500  # characters a container may gain besides doubling, to take in its headline
_MAJORITY = 0.7  # the container holds this share of the located text
_PARAGRAPH = 120  # characters: a line of trafilatura's text this long is a paragraph of prose, no menu item
_PARAGRAPHS = 3  # such paragraphs under one element: an article, whatever its class's words sound like
# Markup that is never the article (noscript/template hold markup, not prose; form controls, not prose).
NOISE_TAGS = frozenset(
    "script style noscript template iframe svg button select input textarea label option canvas object".split()
)
# A photo's caption describes the photo (often a past event: "… at London Stadium, August 6, 2017").
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
# A class or id naming furniture: a whole word of it, between the start/end and "-" or "_".
_FURNITURE_WORD = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|sidebar|side-?bar|related|latest|recent"
    r"|popular|more-?news|also|share|sharing|social|cookies?|consent|gdpr|survey|feedback|history"
    r"|page-?history|changelog|change-?notes|footer|comments?|widgets?|tags?|tag-?cloud|promo|newsletter"
    # readers' comments in other languages ("comentarios_lectores", "commentaires", "kommentare", "commenti")
    r"|comentarios?|coment[áa]rios?|commentaires?|kommentare?|commenti|reacties"
    r"|subscribe|pagination|pager|skip|modal|popup|toolbar|accessibility|a11y|search(?![-_]?results?)|login|advert|ads?"
    # "print" is a print button or a print-only copy; "fine-print", "small-print" is small text the page shows
    r"|(?<!fine-)(?<!fine_)(?<!small-)(?<!small_)print|rating|photo-of-the-day|rail|trending|most-?read|most-?viewed|recommended|more-?from|more-?posts?"
    r"|in-this-section"
    r"|revisions?|revision-history|caption|wp-caption-text|image-credits?|photo-credits?|copyright|byline-share|post-navigation|you-?may-?also-?like"
    # A language switcher ("español", "Deutsch"): a link to the page in another language, not a caption.
    r"|lang-?(?:selector|switch(?:er)?|menu|links?|picker|chooser)|language-?(?:selector|switch(?:er)?|menu|links?|picker|chooser)"
    # Text for screen readers only ("Event Navigation" over a calendar's previous/next links): no reader sees it.
    r"|visually-?hidden|sr-only|screen-?reader-?(?:text|only)?|element-invisible"
    # An audio or video player's controls and readouts ("Play / pause  0:00 / 0:00", "Duration 4:22"): a
    # position in a recording, not a clock time.
    r"|player|playlist|(?:audio|video|media)-?(?:player|controls?|length|duration|time)"
    # A post's footer of metadata ("This entry was posted on ... and is filed under ..."): not the article.
    r"|(?:post|entry)-?meta-?data)(?:$|[-_\s])",
    re.IGNORECASE,
)
# Readers' comments named by a German compound, inside a longer name as often as alone ("ModulLesermeinungenFooter",
# "leserkommentare", "Leserbriefe"): their headlines and posting minutes ("11. April 2011, 11:59") are no article's.
_READERS_WORD = re.compile(r"leser(?:meinung|kommentar|brief|stimme)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def tag_of(element: Any) -> str:
    """The element's tag without a namespace or prefix ('{http://www.w3.org/1999/xhtml}p', 'html:p' -> 'p')."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # a comment or processing instruction
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def main_container(root: Any, located_text: str, *, cells: bool = False) -> Any | None:
    """The deepest element holding most of `located_text` (trafilatura's reading of the page), or None.

    With `cells`, only the rows of the tables trafilatura read count, found by their cells: it writes a row in
    Markdown ("| Meeting - Board | 01/07/2025 4:00 PM |"), bars the page never holds.
    """
    owners, flat = _text_index(root)
    weights: dict[Any, int] = {}
    paragraphs: dict[Any, int] = {}  # long lines of prose each element holds
    lines = _table_cells(located_text) if cells else located_text.splitlines()
    total = _weigh(lines, owners, flat, weights, paragraphs)
    if not total:
        return None
    holding = [e for e, w in weights.items() if w >= _MAJORITY * total]
    if not holding:
        return None
    deepest = max(holding, key=_depth)
    if not is_furniture(deepest):
        return _with_lead(deepest, lines, owners, flat)
    if paragraphs.get(deepest, 0) >= _PARAGRAPHS and _furniture_by_name_only(deepest):
        # "cuerpo-ad" (a Spanish site's article body, "ad" a word of its class): paragraphs of prose under a class
        # that only sounds like furniture are the article; markup that says so (<nav>, role=menu) is believed.
        return deepest
    # trafilatura read a menu (a page with little prose), or mis-nested markup put the article inside one:
    # the article is the <article> or <main> in it that holds most of the text, else not in it at all.
    inner = [e for e in weights if tag_of(e) in ("article", "main") and deepest in e.iterancestors()]
    return max(inner, key=lambda e: (weights[e], _depth(e)), default=None)


def _with_lead(container: Any, lines: list[str], owners: Any, flat: str) -> Any:
    """The container grown to a near ancestor holding a paragraph of prose trafilatura read outside it.

    A lead set apart from the body ("<div class=textblock><p><strong>Before the conference on 31 October ...")
    beside a block holding the photo and the rest of the text is a minority of the located text, so the
    deepest majority holder is the rest only. The container grows to hold it when the ancestor they share is
    not much more than the container (a page's sidebar, or its other stories, would double it).
    """
    size = len(_SPACE.sub("", container.text_content()))
    grown = container
    start = _start_of(grown, owners)
    for line in lines:
        if len(line.strip()) < _PARAGRAPH:
            continue
        at = flat.find(_SPACE.sub(" ", line).strip()[:_SNIPPET])
        if at < 0:
            continue
        owner = owners[_owner_index(owners, at)][1]
        if owner is grown or grown in owner.iterancestors() or at >= start:
            continue  # (a lead comes before the body: text after it is the page's next block)
        around = {owner, *owner.iterancestors()}
        common = next((a for a in grown.iterancestors() if a in around), None)
        if common is None or tag_of(common) in ("html", "body"):
            continue
        between = [owner, *(a for a in owner.iterancestors() if common in a.iterancestors())]
        if any(is_furniture(e) or tag_of(e) in _HEADLINE_TAGS or tag_of(e) == "header" for e in between):
            continue  # (a headline and its header are taken in by with_headline, or are another story's)
        # (no headline's allowance here: a short body beside a page's list of news would take in the list)
        if len(_SPACE.sub("", common.text_content())) <= 2 * size:
            grown = common
            start = _start_of(grown, owners)
    return grown


def _start_of(element: Any, owners: Any) -> int:
    """Where the element's text starts in the page's flat text (its first owned piece), or the end of the text."""
    inside = {element, *element.iterdescendants()}
    end = owners[-1][0] + 1 if owners else 0
    return next((at for at, owner in owners if owner in inside), end)


def _weigh(lines: list[str], owners: Any, flat: str, weights: dict[Any, int], paragraphs: dict[Any, int]) -> int:
    """Add to `weights` each element's characters of the located `lines` it holds (to `paragraphs` its long lines
    of prose); the located characters in all."""
    total = 0
    for line in lines:
        snippet = _SPACE.sub(" ", line).strip()[:_SNIPPET]
        if len(snippet) < _MIN_LINE:
            continue
        at = flat.find(snippet)
        if at < 0:
            continue
        owner = owners[_owner_index(owners, at)][1]
        total += len(snippet)
        long = len(line.strip()) >= _PARAGRAPH
        for element in (owner, *owner.iterancestors()):
            weights[element] = weights.get(element, 0) + len(snippet)
            paragraphs[element] = paragraphs.get(element, 0) + long
    return total


def _table_cells(located_text: str) -> list[str]:
    """The cells of the Markdown table rows among trafilatura's lines."""
    return [cell for line in located_text.splitlines() if line.lstrip().startswith("|")
            for cell in line.strip().strip("|").split("|") if cell.strip()]


def _furniture_by_name_only(element: Any) -> bool:
    """Is the element furniture only by a word of its class or id, not by its tag, role or hiding?"""
    if tag_of(element) in _FURNITURE_TAGS or (element.get("role") or "").lower() in _FURNITURE_ROLES:
        return False
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.get("hidden") is None and element.get("aria-hidden") != "true" \
        and "display:none" not in style and "visibility:hidden" not in style


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
        if unseen(element):
            # a hidden copy of the article located first would become the container: the shown text is the
            # article, and a hidden block is cut from the container anyway (is_furniture)
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
    if tag == "a" and _SHOW_MORE.fullmatch(" ".join(element.text_content().split())) is not None:
        return True  # "Show fewer dates": the list's toggle, a control
    if unseen(element):
        return True
    if tag in ("article", "main") or tag in _TABLE_PARTS:
        # The page's own article ("post tag-gas-leak category-news entry"): its classes name its topics. A table's
        # row or cell ("meeting_widget_item", "mobile_hide") is part of its table, which says itself what it is.
        return False
    if hidden_by_class(element.get("class") or ""):
        return True
    if empty_image_slot(element.get("class") or "") and not any(tag_of(h) in _HEADLINE_TAGS
                                                                 for h in element.iterdescendants()):
        # (a banner "without image", "page-hero has-no-image", still holds the page's headline: it is no slot)
        return True
    names = _BUILDER_BLOCK.sub(" ", f"{element.get('class') or ''} {element.get('id') or ''}")
    return bool(names.strip()) and (bool(_FURNITURE_WORD.search(names)) or _READERS_WORD.search(names) is not None)


# A picture's slot by its class ("page__featured-image", "post-thumbnail", "hero-image") and a class saying the slot is
# empty ("empty", "is-empty", "no-image"): what it holds is the theme's prompt to its editor ("Add a featured image to
# this page"), no text of the page.
_IMAGE_SLOT = re.compile(r"(?:^|[-_])(?:featured-?image|image|img|thumbnail|thumb|photo|picture|hero)(?:$|[-_])",
                         re.IGNORECASE)
_EMPTY_MARK = re.compile(r"(?:is-|has-)?(?:empty|no-?image|no-?thumbnail|placeholder)", re.IGNORECASE)


def empty_image_slot(classes: str) -> bool:
    """Do the classes mark an empty picture slot: one naming the slot, another saying it is empty?"""
    names = classes.split()
    return any(_EMPTY_MARK.fullmatch(n) for n in names) and any(_IMAGE_SLOT.search(n) for n in names)


def unseen(element: Any) -> bool:
    """Is the element hidden by its own markup (the `hidden` attribute, aria-hidden, an inline display:none or
    visibility:hidden), and not a list item a "Show more dates" toggle reveals? What it holds no reader sees: a
    template, or a machine copy of what the page shows (a schema.org NewsArticle block whose articleBody lacks the
    lead the shown article opens with)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return not (tag_of(element) == "li" and _shown_on_request(element))
    return False


# A link or button that shows the rest of a list ("Show more dates", "Show fewer dates", "Show all", "View more")
_SHOW_MORE = re.compile(r"\b(?:show|view|see)\s+(?:more|fewer|less|all)\b(?:\s+(?:dates|events|meetings))?",
                        re.IGNORECASE)
_TOGGLE_REACH = 3  # ancestors of a list item, up to the block its toggle stands beside


def _shown_on_request(item: Any) -> bool:
    """Is the hidden list item one of a list that a "Show more dates" toggle beside it reveals (the dates a reader
    gets by asking, not a template or a copy for another screen)?"""
    node = item.getparent()
    for _ in range(_TOGGLE_REACH):
        if node is None:
            return False
        for sibling in (node.getprevious(), node.getnext()):
            if sibling is not None and isinstance(sibling.tag, str) and tag_of(sibling) in ("a", "button") \
                    and _SHOW_MORE.search(sibling.text_content()):
                return True
        node = node.getparent()
    return False


# "elementor-widget", "elementor-widget-container", "elementor-widget-text-editor": every block of a page built with
# Elementor, the article's heading and paragraphs too, is its "widget"; the rest of the name says what the block is
# ("elementor-widget-nav-menu" is a menu, "elementor-widget-share-buttons" sharing).
_BUILDER_BLOCK = re.compile(r"\belementor-widget(?=$|[-_\s])", re.IGNORECASE)


# A class that hides its element on every screen ("hidden", "ai1ec-hidden", "is-hidden"); not "overflow-hidden"
# (it clips), nor "hidden-xs" (small screens only).
_HIDING_CLASS = re.compile(r"(?:[a-z0-9]+-)?hidden", re.IGNORECASE)
_NOT_HIDING = ("overflow-", "visibility-", "text-")


def hidden_by_class(classes: str) -> bool:
    """Whether a class hides the element everywhere: what it holds is a machine copy of what the page shows
    ("2022-11-15T00:00:00-05:00" beside "November 14, 2022 all-day": an all-day event's exclusive end). Not when
    another class shows it on some screens ("hidden md:block")."""
    names = classes.split()
    if any(":" in name for name in names):
        return False
    return any(_HIDING_CLASS.fullmatch(name) and not name.lower().startswith(_NOT_HIDING) for name in names)


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


def one_story(container: Any, title: str) -> Any:
    """Of several stories in the container, each an <article> with its own <h1> (a news site's endless scroll
    appends the next ones below the page's story), the one whose headline is the page's title."""
    if not title:
        return container
    stories = [a for a in container.iterdescendants() if tag_of(a) == "article" and _has_h1(a)]
    stories = [a for a in stories if not any(s in stories for s in a.iterancestors())]
    if len(stories) < 2:
        return container
    mine = [a for a in stories if any(tag_of(h) == "h1" and title in _SPACE.sub(" ", h.text_content())
                                      for h in a.iter())]
    return mine[0] if len(mine) == 1 else container


def _has_h1(element: Any) -> bool:
    return any(tag_of(h) == "h1" for h in element.iterdescendants())


# A section headed only by a word for a day's programme ("Tagesablauf", "Programme", "Schedule"): an event page's
# timetable, laid out beside its description. (Not "Agenda", which many sites head their calendar of coming events
# with, nor "Horaires"/"Horario", often opening hours.)
_PROGRAMME_HEADING = re.compile(
    r"(?:the\s+)?(?:programm?e?|program|schedule|timetable|time\s?table|itinerary|order\s+of\s+(?:events|the\s+day)"
    r"|tagesablauf|ablauf|zeitplan|tagesordnung|d[ée]roulement|programa|cronograma)\s*:?",
    re.IGNORECASE)
# A meetings page's table of the body's coming meetings above the archive of its past ones ("Upcoming Meetings" over
# "Archived Videos" / "Council Meetings 2024"): the page's own meetings, however deep in the archive's tabs
# trafilatura's text sits.
_COMING_MEETINGS = re.compile(
    r"(?:upcoming|next|future|forthcoming)\s+(?:(?:and\s+in\s+progress\s+)?meetings|hearings|sessions)"
    r"|(?:kommende|n[äa]chste)\s+sitzungen|prochaines\s+(?:s[ée]ances|r[ée]unions)\s*:?",
    re.IGNORECASE)
_COMING_REACH = 4  # levels above the container where such a table may stand
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d\d(?!\d)|(?<!\d)\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)


def with_programme(container: Any) -> Any:
    """The container with the programme sections laid out beside it.

    A page builder puts an event page's parts in sections side by side (a description, the companies, a
    "Tagesablauf" of times); trafilatura keeps the section of prose. A sibling section headed by a word for the
    programme alone, and giving clock times, is the article's too: it is moved to the container's end.
    """
    parent = container.getparent()
    if parent is None or tag_of(parent) == "html":
        return container
    for sibling in list(parent):
        if sibling is container or not isinstance(sibling.tag, str) or tag_of(sibling) in NOISE_TAGS \
                or is_furniture(sibling):
            continue
        heading = next((h for h in sibling.iter() if tag_of(h) in _HEADLINE_TAGS), None)
        if heading is None or not _PROGRAMME_HEADING.fullmatch(_SPACE.sub(" ", heading.text_content()).strip()):
            continue
        if _CLOCK.search(sibling.text_content()):
            container.append(sibling)  # (moved: lxml takes it out of the parent)
    return with_coming_meetings(container)


def with_coming_meetings(container: Any) -> Any:
    """The container with the table of coming meetings that stands beside it or beside one of its few ancestors: a
    section headed "Upcoming Meetings" giving clock times, moved to the container's end."""
    level = container
    for _ in range(_COMING_REACH):
        parent = level.getparent()
        if parent is None or tag_of(parent) in ("html", "body"):
            break
        for sibling in list(parent):
            if sibling is level or not isinstance(sibling.tag, str) or tag_of(sibling) in NOISE_TAGS \
                    or is_furniture(sibling):
                continue
            heading = next((h for h in sibling.iter() if tag_of(h) in _HEADLINE_TAGS), None)
            if heading is not None and _COMING_MEETINGS.fullmatch(_SPACE.sub(" ", heading.text_content()).strip()) \
                    and _CLOCK.search(sibling.text_content()):
                container.append(sibling)  # (moved: lxml takes it out of the parent)
        level = parent
    return container

