"""Cutting what is not the article out of its container: furniture, stamps, teasers of other articles,
notes and lists of related articles. Pure: lxml elements are changed in place, nothing else."""

from __future__ import annotations

import re
from typing import Any

from parsers.linklabels import read_more
from parsers.mainpart import is_furniture, tag_of
from parsers.monthgrid import holds_timed_month
from parsers.pageforms import is_chrome
from parsers.pagestamps import is_stamp, kicker_days_rise, kicker_stamp, teaser_row

_SPACE = re.compile(r"\s+")
_TEXT_NOISE = ("script", "style", "noscript", "template")  # elements whose text no reader sees
_LINK_TAIL = r"\s*[»›>…→.]*"  # the marks after a teaser link's words ("Read more »", "Learn more ›")
_READ_MORE = re.compile(
    rf"(?i:{read_more()}|read the full (?:story|release|article)|more|full story|mehr|en savoir plus)" + _LINK_TAIL
)
# "Mehr erfahren", "Learn more", "Find out more": a listing's teaser links where several stand together; a single one
# is an event page's button (to register, to the organiser) and cuts nothing.
_LEARN_MORE = re.compile(r"(?i:mehr erfahren|erfahren sie mehr|learn more|find out more)" + _LINK_TAIL)
_CLOCK = re.compile(r"(?i)\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:[ap]\.?m\b|uhr\b|h\b)?|\s*[ap]\.?m\b|\s*uhr\b)")
_TEASER_LIMIT = 1500  # characters: a teaser is a few lines, not an article
# The heading of an article's notes: sources cited with the days they were read ("[13.10.2021]"), not events.
_NOTES_HEADING = re.compile(
    r"(?i:anmerkungen|fu(?:ß|ss)noten|einzelnachweise|quellen(?:angaben)?|literatur(?:verzeichnis)?|footnotes"
    r"|endnotes|references|sources|bibliography|bibliographie|r[ée]f[ée]rences|notes et r[ée]f[ée]rences)\s*:?"
)
_SECTION_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The heading of a list of other articles or other events ("More Events at Main", "Weitere Veranstaltungen"):
# their teasers and cards tell of other pages' events and days.
RELATED_HEADING = re.compile(
    r"(?i:related|read (?:also|more|next)|see also|more (?:news|stories|articles|events|from)|(?:latest|recent|other) "
    r"(?:news|articles|posts|stories|releases|events)|(?:weitere|andere) (?:veranstaltungen|termine)"
    r"|autres [ée]v[ée]nements|you (?:may|might) also like|(?:[àa] )?lire aussi|voir aussi"
    r"|derniers articles|articles? r[ée]cents|sur le m[êe]me (?:th[èe]me|sujet)|dans la m[êe]me rubrique"
    r"|weitere (?:artikel|meldungen|nachrichten|beitr[äa]ge|news)|das k[öo]nnte sie auch interessieren"
    r"|auch interessant|mehr zum thema|neueste (?:beitr[äa]ge|artikel|meldungen)|[äa]hnliche (?:artikel|beitr[äa]ge)"
    # ("Weiterführende Links", "Further links", "Liens utiles": a list of other pages, each under its own date)
    r"|weiterf[üu]hrende links|further (?:links|reading)|useful links|liens (?:utiles|connexes)"
    # ("aktuell auf taz.de", "More on example.com": the site's other stories, named by its host)
    r"|(?:aktuell|mehr|neu|more|latest|also) (?:auf|on) [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
    # A department's page with a block "Press Releases" beside its events: other pages, their titles' days past.
    r"|(?:press|news|media) releases\s*$"
    # Spanish and Portuguese: "Minuto a Minuto", "Últimas noticias", "Te puede interesar", "Leia também"
    r"|minuto a minuto|[úu]ltimas (?:noticias|not[íi]cias)|m[áa]s noticias|noticias relacionadas"
    r"|(?:tambi[ée]n )?(?:te|le) puede interesar|lo m[áa]s (?:le[íi]do|visto)|vea tambi[ée]n|leia tamb[ée]m"
    r"|veja tamb[ée]m"
    r"|mais lidas|recomendad[oa]s?\s*$|recomendamos"
    # An event site's box of recommendations ("Similar artists with upcoming concerts", "Ähnliche Veranstaltungen",
    # "Événements similaires"): other acts' dates beside the page's own event, not its own.
    r"|similar (?:artists|events|concerts|shows|acts|performers)|[äa]hnliche (?:veranstaltungen|termine|events)"
    r"|(?:[ée]v[ée]nements|concerts|spectacles) similaires|(?:eventos|conciertos) similares"
    # A record's history of its own changes headed alone ("Historie" / "09.02.2022 Neuer Status: Abgeschlossen",
    # "Page history", "Versionsgeschichte"): the days the record changed, no events.
    r"|(?:page |status |revision |version |change |änderungs|versions)?(?:historie|history|historique|historial"
    r"|geschichte)\s*$)\b"
)

# A block's heading labelling it paid for ("SmartAsset  Paid Partner", "Sponsored Content", "Anzeige"): its links
# and teasers are advertisements, whatever they say of "today".
# The label alone, or after a brand of a word or two ("CNN Paid Partner", "LedgerWisePaid Partner" run together); not
# a heading about advertising ("Public meeting on outdoor advertisement").
_PAID_HEADING = re.compile(
    r"^\W*(?:[\w&.'’-]+\s+){0,2}[\w&.'’-]*?(?i:(?:paid\s+(?:partner|content|post)|sponsored(?:\s+(?:content|links?|stories|posts?))?|promoted\s+"
    r"(?:content|stories|links?)|partner\s+content|advertisement|anzeige|gesponsert|publicit[ée]"
    r"|contenu\s+sponsoris[ée])\s*$)"
)
_PAID_LABEL = 80  # characters: a block's heading with the label, not a sentence about advertising


def _card_text(link: Any) -> str:
    """The text of the card a link ends: its parent's, or its grandparent's where the parent holds little more."""
    parent = link.getparent()
    if parent is None:
        return ""
    text = str(parent.text_content())
    grand = parent.getparent()
    return str(grand.text_content()) if len(text) < _CARD_TEXT and grand is not None else text


_CARD_TEXT = 40  # characters: a link's parent with no more than this is only the link's wrapper


def cut_teasers(container: Any, keep: Any = None) -> None:
    """Remove the teasers of a listing inside `container`: the block around each "Continue reading" link, and around
    each "Mehr erfahren" or "Learn more" link where there are several.

    A teaser stands for another page's article; its "today" and "yesterday" are that article's.
    The block is the largest around the link that holds no other such link and is short. The
    rows of a list of meetings (`keep`, parsers/listing.py) are no teasers, "Read more" or not: each
    gives its meeting's day and time.
    """
    shown = [a for a in container.iter("a") if not _in_template(a)]
    links = [a for a in shown if _READ_MORE.fullmatch(_SPACE.sub(" ", a.text_content()).strip())
             and (keep is None or keep not in a.iterancestors())]
    learn = [a for a in shown if _LEARN_MORE.fullmatch(_SPACE.sub(" ", a.text_content()).strip())
             and (keep is None or keep not in a.iterancestors())]
    if len(learn) > 1:
        # (a card that gives an hour, "from 9am", "von 13 bis 19 Uhr", is an event's own: it stays)
        links += [link for link in learn if not _CLOCK.search(_card_text(link))]
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


def _in_template(link: Any) -> bool:
    """Is the link markup no reader sees: inside a <template>, <noscript> or <script> (a newsletter form's "Learn
    More" kept for after signing up)? It marks no teaser; a block grown around it would take in the article its form
    stands in (pages-p52, portsmouth.co.uk: two such forms around a story of four short paragraphs)."""
    return any(tag_of(a) in _TEXT_NOISE for a in link.iterancestors())


def cut_furniture(container: Any, published: str = "") -> None:
    """Remove the furniture inside `container` (never the container itself), keeping each cut element's tail;
    also bylines and stamps of the publication day `published` (ISO): the article's date, not an event.

    An element holding most of the container's text is the article, whatever its class says
    ("content has-sidebar"): it stays.
    """
    whole = visible_size(container)
    listing = kicker_days_rise(container)  # ("14.03.2031 · Konzert · Stadthalle" over later days: events to come)
    doomed = [teaser_row(e) for e in container.iterdescendants() if isinstance(e.tag, str)
              and ((is_furniture(e) and not _calendar_content(e))
                   or is_stamp(e, published) and not (listing and kicker_stamp(e)) or is_chrome(e))]
    dropped: set[Any] = set()
    for element in doomed:
        if element in dropped or any(a in dropped for a in element.iterancestors()):
            continue
        if visible_size(element) <= 0.5 * whole:
            element.drop_tree()
            dropped.add(element)


_FRAME = frozenset({"nav", "aside", "header", "footer"})


def _calendar_content(element: Any) -> bool:
    """A block classed as furniture ("content_area calendar_widget") that is a calendar page's month view of timed
    meetings, outside the page's frame: the page's content, not a sidebar (parsers/monthgrid.py)."""
    if tag_of(element) in _FRAME or any(tag_of(a) in _FRAME for a in element.iterancestors()):
        return False
    return holds_timed_month(element)


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


def _paid(label: str) -> bool:
    return len(label) <= _PAID_LABEL and _PAID_HEADING.search(label) is not None


# A block of files headed as such: "Documents", "Related Documents", "Resolutions & Related Documents", "Downloads",
# "Dokumente", "Unterlagen", "Documents connexes". The days in its links name the files (a notice, a resolution, a
# meeting's agenda), not events of the page's own.
_DOCUMENTS_HEADING = re.compile(
    r"(?i:(?:[\w'’-]+\s*&\s*|[\w'’-]+\s+(?:and|und|et|y)\s+)?"
    r"(?:(?:related|supporting|meeting|additional|other|associated)\s+)?"
    r"(?:documents|attachments|dokumente|unterlagen|downloads?|anh[äa]nge|documentos|documenti)"
    r"(?:\s+(?:connexes|associ[ée]s|relacionados|correlati))?\s*:?)")


def cut_related(container: Any) -> None:
    """Remove lists of other articles headed as such ("Related", "Derniers articles de la thématique ...",
    "Weitere Meldungen"), as paid for ("Paid Partner", "Sponsored") or as files ("Related Documents"): the heading's
    own block when it is a small part of the container, else the heading and what follows it up to the next heading
    of its rank or higher."""
    whole = len(_SPACE.sub("", container.text_content()))
    for heading in [e for e in container.iter() if tag_of(e) in _SECTION_TAGS]:
        label = _SPACE.sub(" ", heading.text_content()).strip()
        if heading.getparent() is None or not (RELATED_HEADING.match(label) or _paid(label)
                                               or _DOCUMENTS_HEADING.fullmatch(label)):
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
            if tag_of(sibling) == "p" and any(tag_of(e) in ("ul", "ol") for e in doomed):
                break  # the story again after a list of links set in its flow ("Auch interessant" and two teasers)
            doomed.append(sibling)
        for element in doomed:
            element.drop_tree()
