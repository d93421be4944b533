"""The layouts of schedules and diaries, one table cell a line. Pure.

    09:50 AM                     a start time alone on its line,
    11:45 AM                     its end on the next (or "9 a.m. -" / "11 a.m."),
    Attendance at ...            then what happens,
    One Brennan Circle, ..., VT  and where.

    - Media Lock-Up              a caption over an entry names what happens
    Bank of Canada, 30 Bank St   when the entry's own line says only when.
    7:00 - 10:00 (ET)

    Time (CET)  Meetings  Place  a column heading gives the zone of the times below it.

Here are the tests that tell these lines apart; article.py walks the blocks. Calendars of rows under a
date line are read in calendarrows.py, headings that date the lines below them in dayheading.py.
"""

from __future__ import annotations

import itertools
import re

from parsers.blocks import ITEM, PARAGRAPH, Block, first_of_chunk, numbered, sentence_spans
from parsers.dates import ZONE_LABELS, Mention
from parsers.fieldnames import ABOUT
from parsers.findings import Finding
from parsers.gate import Gated
from parsers.places import find_places
from parsers.reading import VENUE_LINE, Reading, blocks_by_number
from parsers.timefield import day_first

# Lines that describe an entry without saying what happens ("Duration: Maximum 45 minutes").
FIELD = re.compile(
    r"^(?:duration|length|speakers?|moderators?|participants|special guests|contacts?|tel|phone|e-?mail|fax"
    # "Contact Telephone: (09) ...", "Media Contact: ...", "Telephone: ...": how to reach someone, named otherwise
    r"|(?:(?:media|press)\s+)?contacts?(?:\s+(?:telephone|phone|number|e-?mail|details|person))?|telephone|mobile"
    r"|languages?|interpretation|format|notes?|conditions[\w ]*|accreditation|registration|rsvp|dress code"
    # "Webcast: registration on the website", "Dial-in: ...": how to follow the entry, not what happens
    r"|who|when|cost|price|tickets|admission|entry|entrance|fees?|links?|livestream|streaming|webcast|dial-?in|replay|passcode|access\s+code"
    # the people who run it: "Programme Director: Ms T. Nkosi", "Master of Ceremonies: ...", "Facilitator: ..."
    r"|programme\s+director|program\s+director|master\s+of\s+ceremonies|mc|facilitators?|hosts?|hosted\s+by"
    r"|chair(?:ed\s+by)?|chairperson|keynote(?:\s+speaker)?|guest\s+of\s+honou?r|panell?ists)\s*:",
    re.IGNORECASE,
)
# Notes on media coverage between an itinerary's entries ("No media", "Media note:"): no new section.
COVERAGE = re.compile(r"^\W*(?:no\s+media|media\s+notes?|notes?|open\s+coverage|pool(?:ed)?\s+coverage|closed\s+press"
                      r"|photo\s+op(?:portunity)?)\b", re.IGNORECASE)
# "Time (CET)", "Times (Brussels time)": the heading of a column of times names their zone. ("Time" first, the word's
# start checked behind it: the engine skips to the literal word, where "\bTime" is tried at every position; the same
# matches.)
TIME_COLUMN = Gated(re.compile(
    r"Time(?<!\wTime)s?\s*\(\s*(?P<label>[A-Z]{2,5}(?:/[A-Z]{3,5})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Tt]ime|[Ll]ocal(?:\s+time)?)\s*\)"
), "time")
# "(CET)" alone on the line under a time: the time's zone label.
ZONE_ONLY = re.compile(
    rf"^\(?\s*(?:{ZONE_LABELS}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,3}}\s+[Tt]ime|[Ll]ocal\s+time)\s*\)?$"
)
# "Local Event Time:" with the time on the next line: the entry's time where it happens.
LOCAL_TIME = re.compile(r"^\W*local(?:\s+event)?\s+time\s*:?\s*$", re.IGNORECASE)
# Words of a venue: a line after an entry that holds one says where the entry happens.
_VENUE_WORDS = re.compile(
    r"\b(?:Hall|Room|Building|Street|St\.|Avenue|Ave\.|Square|Centre|Center|House|Palace|Castle|Steps|Rotunda"
    r"|Auditorium|Theatre|Theater|Hotel|Office|College|University|Library|Foyer|Capitol|Parliament|Headquarters"
    r"|Museum|Stadium|Arena|Park|Plaza|Residence|Embassy|Chamber|Court|Airport|School|Abbey|Chapel|Cathedral"
    r"|Church|Ballroom|Pavilion|Terminal|Base"
    # (rooms and grounds of a town's events: "Council Chambers", "Rose Garden", "The Old Mill", "Fairgrounds")
    r"|Chambers|Gardens?|Gallery|Galleries|Inn|Tavern|Pub|Fairgrounds|Grounds|Depot|Pier|Wharf|Quay|Marina"
    r"|Lodge|Campus|Hospital|Clinic|Mill"
    # (a library's or a bank's branch by its name: "Bob Harkins Branch", "Central Branch"; a name before it, not
    # "Branch managers present ...")
    r"|(?<=\w )(?<![Ee]xecutive )(?<![Ll]egislative )(?<![Jj]udicial )(?<![Ss]pecial )Branch"
    # (and in French, German and Spanish: "Maison des associations", "Espace Rameau", "Salle des fêtes", "Stadthalle",
    # "Sala de conciertos")
    r"|Maison|Espace|Salle|Théâtre|Cinéma|Gymnase|Stade|Musée|Médiathèque|Bibliothèque|Mairie|Hôtel\s+de\s+[Vv]ille"
    r"|Église|Chapelle|Galerie|Palais|Halle|Amphithéâtre"
    r"|Stadthalle|Festhalle|Saal|Festsaal|Sitzungssaal|Rathaus|Bürgerhaus|Gemeindehaus|Kirche|Aula|Hörsaal"
    r"|Sala|Salón|Auditorio|Teatro|Museo|Biblioteca|Ayuntamiento|Palacio|Iglesia|Polideportivo|Pabellón)\b"
)
# The label a sitting's notice puts over its business ("Orders of the Day" / "Briefing on ..."): the line under it
# says what the sitting takes up.
_AGENDA_LABELS = frozenset({"agenda", "orders of the day", "order of the day", "order of business", "items of business",
                            "agenda items", "business", "ordre du jour", "tagesordnung", "orden del día",
                            "orden del dia", "ordine del giorno", "ordem do dia", "pauta"})
_GENERIC_CAPTIONS = frozenset({"time", "times", "date", "dates", "when", "hour", "hours", "timing", "schedule",
                               "programme", "program", "details", "event details", "meeting details",
                               "event information", "meeting information", *_AGENDA_LABELS})
# The other column headings of a table given one cell a line ("Time" / "Place" / "Event"): no entry's name.
_COLUMN_HEADINGS = frozenset({"place", "venue", "location", "where", "event", "events", "what", "description"})
# A listing page's heading over its cards ("Upcoming events" / "Winter lecture" / date / venue): no card's name.
_LISTING_HEADINGS = frozenset({"upcoming events", "upcoming", "coming up", "what's on", "what’s on", "whats on",
                               "calendar", "events calendar", "event calendar", "news and events", "upcoming meetings",
                               "meetings", "future events", "forthcoming events", "all events", "diary"})
# The kind of document over its heading ("NOTICE OF MEETING" / "Standing Committee on Finance"): no entry's name.
_DOCUMENT_KINDS = frozenset({"notice of meeting", "meeting notice", "notice of public meeting", "public notice",
                             "notice", "media advisory", "press release", "news release", "for immediate release",
                             "media alert"})
# How a sitting may be followed, on a line under its room ("Televised", "In camera", "Webcast"): no entry's name.
_ACCESS_NOTES = frozenset({"in camera", "televised", "webcast", "webcasted", "livestreamed", "live streamed",
                           "audio only", "audio webcast", "video webcast", "broadcast live", "hybrid",
                           "hybrid meeting", "in person", "in-person", "virtual", "open session", "closed session",
                           "closed to the public", "open to the public", "public", "huis clos", "à huis clos",
                           "en direct", "öffentlich", "nicht öffentlich", "nichtöffentlich"})
_NOT_CAPTIONS = _GENERIC_CAPTIONS | _COLUMN_HEADINGS | _LISTING_HEADINGS | _DOCUMENT_KINDS | _ACCESS_NOTES \
    | frozenset(ABOUT)
# "Indicative programme", "Provisional agenda", "Draft schedule": a generic caption, qualified, names no entry either.
_QUALIFIED = re.compile(r"^(?:indicative|provisional|draft|preliminary|tentative|detailed|full|official|revised"
                        r"|updated|final)\s+")
# "Back to Calendar", "‹ Return to events", "View all meetings": a link back to the listing, above an event's details.
_BACK_LINK = re.compile(r"^\W*(?:back\s+to|return\s+to|(?:view|see)\s+all)\b", re.IGNORECASE)
# "Previous Repeat", "« Prev   Next »", "Previous | Next": a calendar's links to its other events, a line of nothing
# else under an event's day (not "Next Steps Workshop": a word of them opening a name).
PAGER_LINKS = re.compile(r"^\W*(?:(?:previous|prev|next|repeat|older|newer)\W*)+$", re.IGNORECASE)
# "Type your e-mail above to sign up for harbour news": a form's prompt, above an event's fields.
_PROMPT = re.compile(r"\b(?:sign\s+up\s+(?:for|to)|subscribe\s+to|enter\s+your\s+e-?mail)\b", re.IGNORECASE)
CAPTION_WORDS = 14
NEXT_LINE_LIMIT = 200  # a time's description on the next line is one short line
ENTRY_LENGTH = 160  # characters of a line that names an entry
_PLACE_SHARE = 0.6  # a line this much filled by place names is a place heading
# ... and in Spanish, Portuguese, French, Italian, German and Dutch press offices' cards: "Actividad: Entrega de ... /
# Hora: 2:00 p.m. / Lugar: ...", "Evento:", "Atividade:", "Activité :", "Veranstaltung:".
WHAT_LABEL = re.compile(r"^(?:what|event|title|subject|item|actividad|evento|atividade|activit[ée]|[ée]v[ée]nement"
                        r"|attivit[àa]|veranstaltung|aktivit[äa]t|activiteit|evenement)\s*:\s*", re.IGNORECASE)
_CLOCK_IN = re.compile(r"\d{1,2}[:.h]\d\d|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_VENUE_WORDS_MAX = 7  # "St. George's Chapel, Windsor Castle": a venue set apart is a few words
_VENUE_LENGTH = 150
_LEADER = re.compile(r"^[\s,;:–—-]*\.?\s*$")  # (a full stop may close a list's last line: "• November 8.")
DAY_LINE = 60  # characters of a line that says only a day


def bare(text: str, mentions: list[Mention]) -> str:
    """The text of a line without its date and time mentions: what else it says."""
    out, at = [], 0
    for mention in mentions:
        out.append(text[at : mention.start])
        at = mention.end
    out.append(text[at:])
    return "".join(out)


def only_when(text: str, mentions: list[Mention]) -> bool:
    """A line that says only when ("11:45 AM", "9 a.m. -", "Wednesday, May 7 09:50 AM")."""
    return bool(mentions) and bool(_LEADER.match(bare(text, mentions)))


def end_time_line(text: str, mentions: list[Mention]) -> bool:
    """A line with one time and nothing else: the end of the entry whose start is on the line before."""
    return len(mentions) == 1 and mentions[0].kind == "time" and mentions[0].until is None and only_when(text, mentions)


def date_under_time(text: str, mentions: list[Mention], following: Block | None) -> bool:
    """A time alone on its line, then a line with only its day ("10:00 - 10:15 a.m." / "Tuesday, July 3"), then
    what happens: the advisory wrote the time above the date. Not when the line after the day has a date or a
    time of its own (the day heads the next entries), nor when it is a field ("Contact: ...")."""
    if len(mentions) != 1 or mentions[0].kind != "day" or mentions[0].first is None \
            or not only_when(text, mentions) or len(text) > DAY_LINE:
        return False
    if following is None or following.kind == PARAGRAPH and len(following.text) > ENTRY_LENGTH:
        return False
    after = following.text.strip()
    return bool(after) and not any(ch.isdigit() for ch in after[:12]) and not FIELD.match(after) \
        and not generic(after) and not COVERAGE.match(after)


# "Monday 8 June: ", "Tuesday - ": a day that opens a line, then the separator before what happens that day.
_DAY_OPENING = re.compile(r"^\W{0,3}$")
_DAY_SEPARATOR = re.compile(r"\s*(?::|[-–—]\s)\s*(?=[A-Za-z])")
_TOLD = re.compile(r"(?:at|from|by|until|till)\s", re.IGNORECASE)  # a mention's own opening word
_TOLD_BEFORE = re.compile(r"\b(?:at|from|by|until|till|starting|begins?|starts?)\s+$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\s*(?:,\s*)?or\s+", re.IGNORECASE)


def day_then_told(text: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """A row that opens with its day alone, then a dash or colon and who or what ("Tuesday 29/9 – Ms Ana Duarte"):
    the day's words and what they hold, as a day line over its description. None for any other line."""
    if len(mentions) != 1 or mentions[0].kind != "day" or not _DAY_OPENING.match(text[: mentions[0].start]):
        return None
    separator = _DAY_SEPARATOR.match(text, mentions[0].end)
    if separator is None:
        return None
    return text[: mentions[0].end], text[separator.end():].strip()


# "Dewsbury – ": a short first cell (a town) and a dash before a row's day
_LEAD_CELL = re.compile(r"^\W{0,3}[^\W\d][^\d–—:;,.]{0,40}?\s+[-–—]\s+$")
_LEAD_WORDS = 4


def cell_day_then_told(text: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """A row of cells set apart by dashes, a short first cell before its day ("Dewsbury – Tuesday 8 August –
    Dewsbury Library, WF12 8EQ"): the cell and day's words, and what follows. None for any other line."""
    if len(mentions) != 1 or mentions[0].kind != "day":
        return None
    lead = text[: mentions[0].start]
    if not _LEAD_CELL.match(lead) or len(lead.split()) > _LEAD_WORDS + 1:
        return None
    separator = _DAY_SEPARATOR.match(text, mentions[0].end)
    if separator is None:
        return None
    return text[: mentions[0].end], text[separator.end():].strip()


def day_then_venue(text: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """A row of a table pasted a row a line that opens with its day and then names only a venue, with no separator
    ("6 November 2018 Palmerston North Convention Centre"): the day's words and the venue. None for any other."""
    if len(mentions) != 1 or mentions[0].kind != "day" or not _DAY_OPENING.match(text[: mentions[0].start]):
        return None
    rest = text[mentions[0].end :].strip()
    return (text[: mentions[0].end], rest) if rest and venue_between(rest) else None


def day_then_sentences(text: str, mentions: list[Mention]) -> bool:
    """A programme line that opens with its day and tells in sentences what happens then, clocks inside them
    ("Monday 8 June: The minister meets the chamber at 10:00, then ... at 13:00."): read as prose of that day."""
    if len(mentions) < 2 or mentions[0].kind not in ("day", "weekday") \
            or not _DAY_OPENING.match(text[: mentions[0].start]):
        return False
    separator = _DAY_SEPARATOR.match(text, mentions[0].end)
    if separator is None or mentions[1].start < separator.end():
        return False
    times = [m for m in mentions[1:] if m.kind == "time"]
    # Sentences tell a clock after a preposition ("at 10:00"); "Board meeting, 5 p.m. or 7 p.m." is a row
    # giving two possible times, neither of them the meeting's.
    return any(_TOLD.match(m.text) or _TOLD_BEFORE.search(text, max(0, m.start - 12), m.start) for m in times) \
        and not any(_ALTERNATIVE.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(times)) \
        and not any(m.kind in ("day", "span") for m in mentions[1:])


def time_over_date(block: Block, mentions: list[Mention], mentions_of: dict[int, list[Mention]],
                   context: Reading, numeric_order: str) -> tuple[Block, list[Mention]] | None:
    """"10:00 - 10:15 a.m." over "Tuesday, July 3, 2018" over what happens: the advisory wrote the time above
    its day. The two lines are read as one, the day first."""
    if not mentions or any(m.kind != "time" for m in mentions) or not only_when(block.text, mentions):
        return None
    below = numbered(context.blocks, block.number + 1, block.number + 2)
    if not below or below[0].number != block.number + 1 or below[0].chunk != block.chunk:
        return None
    day = below[0]
    if not date_under_time(day.text, mentions_of.get(day.number, []), below[1] if len(below) > 1 else None):
        return None
    return day_first(block, day, numeric_order)


def joined_range(start_line: str, end_line: str) -> str:
    """'9 a.m. -' and '11 a.m.' -> '9 a.m. - 11 a.m.'; '09:50 AM' and '11:45 AM' -> '09:50 AM – 11:45 AM'."""
    joiner = " " if start_line.rstrip().endswith(("-", "–", "—")) else " – "
    return f"{start_line.rstrip()}{joiner}{end_line.strip()}"


# "Canouan Health Centre, tel. 458-8305", "Stubbs Polyclinic (458- 0743)": a place's telephone after its name
_PHONE_TAIL = re.compile(r"(?:,\s*(?:tel|phone|ph)\.?:?\s*|\s*\(\s*(?:tel\.?:?\s*)?)\+?\d[\d .-]{5,}\d\)?\s*$",
                         re.IGNORECASE)


def caption(text: str) -> str:
    """The line as a caption of the entry below it ("- Lock-Up"), or '' when it cannot be one (a telephone number
    after a name is no part of it)."""
    if "-" in text or " " in text:
        text = _PHONE_TAIL.sub("", text) if text[-1:].isdigit() or text.endswith(")") else text
    if WHAT_LABEL.match(text):
        text = text.rstrip(" .")  # "WHAT: The mayor signs the bill.": a field's sentence names its entry all the same
    words = text.split()
    # ("Event: the "100,000 jobs by 2030" campaign is launched (with partners)": a line its label says names the entry
    # may run longer and hold figures, so long as it holds no clock of its own)
    labelled = WHAT_LABEL.match(text) is not None and len(text) <= ENTRY_LENGTH and _CLOCK_IN.search(text) is None
    if not words or not labelled and (len(words) > CAPTION_WORDS or any(ch.isdigit() for ch in text)) \
            or text.rstrip()[-1] in ".:;,":
        return ""
    if text.strip(" -–—:«»‹›<>←→").lower() in _NOT_CAPTIONS or qualified_generic(text) or COVERAGE.match(text) \
            or FIELD.match(text) or _BACK_LINK.match(text) or PAGER_LINKS.match(text) or _PROMPT.search(text):
        return ""  # "- Time", "Note: All times local", "Contact: ...", "« All Events" name no entry
    if sum(m.end - m.start for m in find_places(text)) >= _PLACE_SHARE * len(text.strip()):
        return ""  # "Kosovo", "London, United Kingdom": a place heading, not a name of an entry
    return WHAT_LABEL.sub("", text.strip(" -–—"))  # "What: Press Conference - Launch of ..."


def listing_heading(text: str) -> bool:
    """Does the line head a listing page's cards ("Upcoming Events", "What's on", "Calendar")? It names no entry."""
    return text.strip(" -–—:«»‹›<>←→").lower() in _LISTING_HEADINGS


def names_what(text: str) -> bool:
    """A "WHAT: ..." field: it says what the entry below it is."""
    return bool(WHAT_LABEL.match(text))


def venue_after(text: str) -> bool:
    """A short line under an entry that says where it is ("Cedar Creek Room, Vermont State House, ...")."""
    if len(text) > _VENUE_LENGTH or text.rstrip().endswith((".", ":", "!", "?")) or FIELD.match(text):
        return False
    return bool(_VENUE_WORDS.search(text) or find_places(text))


def venue_between(text: str) -> bool:
    """A venue set apart by blank lines under an entry ("Buckingham Palace"): venue words, and not a place
    heading ("Kosovo", "London, United Kingdom"), which heads the entries below it instead."""
    if len(text) > _VENUE_LENGTH or text.rstrip().endswith((".", ":", "!", "?")) or FIELD.match(text):
        return False
    words = list(_VENUE_WORDS.finditer(text))
    if not words or len(text.split()) > _VENUE_WORDS_MAX:
        return False
    places = find_places(text)
    # "Westminster Abbey": a venue word beside the place name makes a venue of it.
    return any(not any(p.start <= word.start() < p.end for p in places) for word in words)


# "Visit to the University of Cyprus", "Meeting with the staff of the Central Library": an act and its object, which
# may name a venue, say what happens
_ACT_OPENS = re.compile(r"\W*(?:visits?|tour|meeting|talks|opening|inauguration|lecture|address|speech|call|audience"
                        r"|reception|lunch|dinner|breakfast|briefing|signing|launch|presentation|interview|discussion"
                        r"|departure|arrival|wreath[- ]laying)\s+(?:to|of|with|at|on|by|for|from|in)\b", re.IGNORECASE)


def venue_cell(text: str, mentions: list[Mention], caption_text: str) -> bool:
    """A venue alone on the line under a time with no caption above ("12:00 pm" / "Press Briefing Room, S-237" /
    "Noon Briefing ..."): a table's place column, one cell a line; the line after it says what happens."""
    return not mentions and not caption_text and not VENUE_LINE.match(text) and venue_between(text) \
        and _ACT_OPENS.match(text) is None


def same_time(start: list[Mention], mentions: list[Mention]) -> bool:
    """Does the line only repeat the time of the entry above in words ("12:00 pm" / ... / "Noon Briefing")?"""
    times = {m.time for m in start if m.kind == "time"}
    return bool(mentions) and all(m.kind == "time" and m.time in times for m in mentions)


# A body that sits ("Third Committee", "Security Council", "Plenary"), named by a heading over its rows
# (blockmemory.py, prose.py)
BODY = re.compile(r"\b(?:(?:Sub)?[Cc]ommittee|Council|Commission|Assembly|Board|Panel|Working Group|Court|Tribunal"
                  r"|Senate|Plenary|Bureau|Caucus|Cabinet)s?\b")


# The field's name a card may set before its venue ("Venue: Concert Hall, 7:30 pm", "Event:Great Hall, ...") and the
# door's and the show's hours after it ("doors open at 6.30pm, show commences at 7.30pm"): the card's line still
# gives only where and when.
_VENUE_LABEL = re.compile(r"^\s*(?:event|venue|location|where|place|ort|lieu|lugar)\s*:\s*", re.IGNORECASE)
_DOORS_AND_SHOW = re.compile(r"\b(?:doors?\s+open(?:s|ing)?|(?:the\s+)?(?:show|performance|concert|event)\s+"
                             r"(?:commences|starts|begins))(?:\s+at)?\b", re.IGNORECASE)


def card_line(block: Block, mentions: list[Mention], context: Reading) -> tuple[Block, list[Mention]] | None:
    """A card's line under its date that gives only a venue and a time ("Hall Auditorium, 7:30 pm"): the
    card's first line names the entry ('"A Lecture Title"' / 'with ...' / date / venue and time)."""
    if block.kind != ITEM or context.dated_line != block.number - 1 or not 1 <= len(mentions) <= 2 \
            or any(m.kind != "time" for m in mentions) \
            or not venue_between(_DOORS_AND_SHOW.sub(" ", _VENUE_LABEL.sub("", bare(block.text, mentions)))
                                 .strip(" ,;:–—-")):
        return None
    first = first_of_chunk(context.blocks, block.chunk)
    if first is None or first.number >= block.number - 1:
        return None
    return _titled_by(first, block, mentions)


# The word that may stand between a row's place and its clock at the line's end ("..., piazza Duomo 10, ore 17.30")
_CLOCK_WORD_ENDS = re.compile(r"[\s,;:–—-]*(?:\b(?:ore|alle|at|à|a las|às|um|kl\.?|klockan|hora|heure|hrs?)\b)?"
                              r"[\s,;:–—-]*$", re.IGNORECASE)
_NAME_WORDS = 24  # the most words of the name line over such a row


def place_then_time_under_name(block: Block, mentions: list[Mention],
                               context: Reading) -> tuple[Block, list[Mention]] | None:
    """A line that gives only a place and then, at its end, a time ("Firenze, Teatro la Pergola, via della Pergola 12,
    ore 15.00"), right under a line of its chunk that names what happens and gives no date, time or field ("Stati
    Generali dello Spettacolo dal vivo"): a daily agenda's entry, named by the line above."""
    if len(mentions) != 1 or mentions[0].kind != "time" or block.text[mentions[0].end :].strip(" .;") \
            or (above := blocks_by_number(context).get(block.number - 1)) is None or above.chunk != block.chunk \
            or (context.mentions_of or {}).get(above.number):
        return None
    place = _CLOCK_WORD_ENDS.sub("", block.text[: mentions[0].start])
    if not place or not (address(place) or venue_between(place)):
        return None
    name = above.text.strip(" -–—•*")
    if not 1 < len(name.split()) <= _NAME_WORDS or name.endswith((".", ":", ";", ",")) or FIELD.match(name) \
            or venue_between(name) or _CLOCK_IN.search(name):
        return None
    shift = len(name) + 2
    moved = [m._replace(start=m.start + shift, end=m.end + shift) for m in mentions]
    return Block(block.kind, f"{name}, {block.text}", block.number, block.chunk), moved


def _titled_by(first: Block, block: Block, mentions: list[Mention]) -> tuple[Block, list[Mention]] | None:
    """`block` opened with the caption of the card's first line, its mentions moved along ("Talk title, 7:30 pm")."""
    title = caption(first.text.strip(" \"“”'"))
    if not title:
        return None
    shift = len(title) + 2
    moved = [m._replace(start=m.start + shift, end=m.end + shift) for m in mentions]
    return Block(block.kind, f"{title}, {block.text}", block.number, block.chunk), moved


def card_row(block: Block, mentions: list[Mention], context: Reading) -> tuple[Block, list[Mention]] | None:
    """A card's row of cells that gives only its date, time and venue ("Monday, April 15 2019 | 5:00 PM | West Hall,
    Room 9"), under its title and a line of who speaks: the card's first line names the entry."""
    if " | " not in block.text or len(mentions) != 2 or {m.kind for m in mentions} != {"day", "time"} \
            or mentions[0].kind != "day" or mentions[0].start > _ROW_DATE_AT:
        return None
    cells = [cell.strip() for cell in bare(block.text, mentions).split("|")]
    rest = [cell for cell in cells if cell.strip(" ,;:–—-")]
    if len(rest) != 1 or not (venue_between(rest[0]) or names_a_room(rest[0])):
        return None
    first = first_of_chunk(context.blocks, block.chunk)
    if first is None or first.number >= block.number \
            or any(" | " in b.text for b in numbered(context.blocks, first.number, block.number - 1)):
        return None
    return _titled_by(first, block, mentions)


_ROOM = re.compile(r"\b(?:Room|Hall|Auditorium|Theat(?:re|er)|Institute|Centre|Center|Building|School|Library"
                   r"|Gallery|Chamber|Salon|Suite|Lounge|Studio)\b")
_ROW_DATE_AT = 3  # characters: the row's date opens it


def names_a_room(text: str) -> bool:
    """A cell naming a room or building of a campus ("Issam Fares Institute (IFI)", "Room 904")."""
    return len(text.split()) <= CAPTION_WORDS and _ROOM.search(text) is not None


def locate(found: Finding, where: str) -> None:
    """The entry takes the venue of its row ("Press Briefing Room, S-237") as its location."""
    found.location = f"{found.location}, {where}" if found.location else where
    found.text = f"{found.text} {where}"


def generic(text: str) -> bool:
    """A field name alone on its line ("- Time", "Date:"): the next line is its value."""
    name = text.strip(" -–—:*")
    return len(name) <= _LONGEST_CAPTION and name.lower() in _GENERIC_CAPTIONS


def qualified_generic(text: str) -> bool:
    """A generic heading qualified ("Indicative programme", "Provisional agenda"): it names no entry either."""
    name = text.strip(" -–—:*")
    return len(name) <= _LONGEST_QUALIFIED and _QUALIFIED.sub("", name.lower()) in _GENERIC_CAPTIONS


def agenda_label(text: str) -> bool:
    """A sitting's agenda label alone on its line ("Orders of the Day", "Agenda:", "Tagesordnung")."""
    name = text.strip(" -–—:*")
    return len(name) <= _LONGEST_CAPTION and name.lower() in _AGENDA_LABELS


# No character lowers to nothing, so a line longer than the longest caption is none: it is not lowered (most lines
# asked are paragraphs, and lowering a text beyond ASCII costs several times its copy).
_LONGEST_CAPTION = max(len(caption) for caption in _GENERIC_CAPTIONS)  # (the agenda labels among them)
_LONGEST_QUALIFIED = _LONGEST_CAPTION + len("preliminary ")


def address(text: str) -> bool:
    """A line that gives a street address or a venue ("Bank of Canada, 30 Bank Street Ottawa, ON K1A 0G9")."""
    if len(text) > _VENUE_LENGTH or FIELD.match(text):
        return False  # ("Media contact: press office, +254 20 ...": digits after a comma, a number to call)
    # ("Preliminary results, financial year 2023", "Results 2023, with the Annual Report": the year a report covers,
    # in a financial calendar's row, is no house number)
    numbers = _REPORTED_YEAR.sub("", text) if "20" in text or "19" in text else text
    return "," in text and any(ch.isdigit() for ch in numbers) or venue_between(text)


_REPORTED_YEAR = re.compile(r"\b(?:results|report|accounts|statements|(?:financial|fiscal|business)\s+year)\s+"
                            r"(?:19|20)\d\d\b", re.IGNORECASE)


def times_told_later(text: str, mentions: list[Mention]) -> bool:
    """A paragraph that opens with a time and gives another in a later sentence ("From noon the President receives
    his counterparts. ... at 1:15 pm the leaders speak to the press."): prose, each sentence its own, not a list's
    row whose later sentences only describe it."""
    if len(mentions) < 2 or "." not in text or not text.lstrip()[:1].isalpha():
        return False  # ("8:00 PM – Great Hall - ...": a row opening with its time, its sentences all about it)
    first_end = next(sentence_spans(text), (0, len(text)))[1]
    return any(m.kind == "time" and m.start >= first_end for m in mentions[1:])


def when_alone(text: str, mentions: list[Mention]) -> bool:
    """A paragraph of only a day and a time ("Saturday, 24 September 2016, 7:30 p.m."), over the paragraph that says
    what happens then: a list's line, read as its rows are."""
    return any(m.kind == "time" for m in mentions) and any(m.kind == "day" for m in mentions) \
        and only_when(text, mentions)
