"""A list of bare days under a body's standing time, and the lines that break such a list. Pure.

    The Council meets each month, on its last Tuesday, at 9 a.m. ...             the standing time
    2031 Council Meetings                                                        a heading
    January 28, 2031                                                             the days, each alone
    SPECIAL SESSION Wednesday, February 12, 2031 2 pm ...                        a row of its own: skipped
    February 25, 2031
    *August – NO COUNCIL MEETING                                                 no meeting: skipped
    *September 30 – (North Field hangar)                                         a day with a note: kept

Each day of the list is a meeting at the standing time; datelist.py makes the events.
"""

from __future__ import annotations

import re

from parsers import kinds, recurring
from parsers.blocks import HEADING, PARAGRAPH, Block
from parsers.dates import Mention
from parsers.schedule import only_when
from parsers.seriesnouns import PLURALS

_REACH = 12  # blocks above a list: the standing time is told in the lines that introduce it
# "meets", "convenes", "are held", "will be held": a body's meetings, told with a rule of when they recur
_VERB = re.compile(r"\b(?:meets?|convenes?|(?:are|is|will\s+be)\s+held)\b", re.IGNORECASE)
# "Public meetings commence at 11:00 AM in Room 117": the body's meetings in the plural, starting at one time, say
# the time of every meeting of the list below without a rule of recurrence
# (the plural nouns with their article, alone or closing a compound: "mötena", "nämndsammanträdena", "møderne",
# "byrådsmøderne", "møtene")
_NORDIC_MEETINGS = r"\w*(?:mötena|sammanträdena|møderne|møtene)"
_NORDIC_START = r"börjar|startar|hålls|inleds|begynder|starter|holdes|afholdes|begynner|avholdes"
_PLURAL_START = re.compile(rf"\b(?:{PLURALS})\s+(?:will\s+)?(?:commence|begin|start|convene)\b"
                           # "Mötena hålls klockan 13.00", "börjar mötena klockan 18", "Møderne begynder kl. 17": the
                           # meetings of a Swedish, Danish or Norwegian body, in the plural with their article, start or
                           # are held at one time (the verb before or after them)
                           rf"|\b(?:{_NORDIC_MEETINGS})\b[^.\d]{{0,40}}?\b(?:{_NORDIC_START})\b"
                           rf"|\b(?:{_NORDIC_START})\s+(?:{_NORDIC_MEETINGS})\b"
                           # "Les séances du conseil se tiennent à 19 h", "Le Conseil siège ... dès 19 h 30": a French
                           # council's sittings held at one time, or the council sitting from one time on (the verb,
                           # not the noun after an article: "accueilli au siège de la MRC dès 8 h 30", an office's
                           # hours)
                           r"|\bs[ée]ances\b[^.\d]{0,60}?\b(?:d[ée]butent|commencent|se\s+tiennent|se\s+d[ée]roulent"
                           r"|ont\s+lieu)\b|(?<!\b(?:au|le|du)\s)(?<!\b(?:son|ses|les|des)\s)(?<!\bleur\s)"
                           r"\bsi[èe]ge(?:nt)?\b[^.;]{0,80}?\bd[èe]s\b", re.IGNORECASE)
# "*September 20 – (County Airport, West Mifflin)": after the day, only a note in brackets
_NOTE = re.compile(r"^\W*\s*(?:[–—-]\s*)?\([^()]*\)\W*$")
# "NOVEMBER 17, 2022 - TENTATIVE": after the day, only how settled the day is; the day is still one of the list
_SETTLED = re.compile(r"^\W*(?:tentative|proposed|provisional|to\s+be\s+confirmed|tbc)\W*$", re.IGNORECASE)
_NAME_WORDS = 6  # "May 19 Special Public Hearing": a row's own name after its day is short


def standing_time(block: Block, mentions: list[Mention]) -> Mention | None:
    """The one time of a line telling when a body's meetings recur ("meets on the last Tuesday of each
    month at 9 a.m.", "will be held on the 2nd Wednesday of the month at 10:15 a.m."), else None."""
    times = [m for m in mentions if m.kind == "time"]
    if block.kind == HEADING or len(times) != 1 or any(m.kind in ("day", "span") for m in mentions):
        return None
    text = block.text
    if not (_VERB.search(text) and recurring.recurring(text.lower())) and not _PLURAL_START.search(text):
        return None
    return times[0]


def standing_above(blocks: list[Block], at: int, mentions_of: dict[int, list[Mention]]) -> tuple[Block, Mention] | None:
    """The line and standing time told above blocks[at], within the lines that introduce its list; a dated line
    between them (another list, an event) ends the search."""
    for block in reversed(blocks[max(0, at - _REACH) : at]):
        mentions = mentions_of.get(block.number, [])
        time = standing_time(block, mentions)
        if time is not None:
            return block, time
        # (past a row with its own hour, "Séance extraordinaire – Lundi 8 décembre 2025 à 20 h 30", and past the
        # bare days of the year before, "Calendrier 2025" / "Lundi 8 décembre": the body's time is still theirs)
        if any(m.kind in ("day", "span") for m in mentions) and breaks_list(block, mentions) != "skip" \
                and not (block.kind != PARAGRAPH and only_when(block.text, mentions)):
            return None
    return None


def breaks_list(block: Block, mentions: list[Mention]) -> str:
    """How a line inside a list of bare days reads: "note" for a day with a note in brackets (a day of the
    list), "skip" for a line saying there is no meeting or a row with its own time (not a day of the list
    at its standing time), "" for a line that ends the list."""
    days = [m for m in mentions if m.kind == "day"]
    if recurring.negated(block.text) and len(block.text) < 80:
        return "skip"
    if len(days) == 1 and any(m.kind == "time" for m in mentions) and len(block.text) < 200:
        return "skip"
    # ("February 4, 2026 - Wednesday (due to precinct caucuses)": the day's weekday said again, then the note)
    restated = [m for m in mentions if m.kind == "weekday" and m.start >= (days[0].end if days else 0)]
    if len(days) == 1 and len(mentions) == 1 + len(restated):
        rest = block.text[days[0].end :]
        for weekday in reversed(restated):
            at = weekday.start - days[0].end
            rest = rest[:at] + rest[at + len(weekday.text) :]
        if (_NOTE.match(rest) or _SETTLED.match(rest)) and not block.text[: days[0].start].strip(" *•-–"):
            return "note"
        # "May 19 Special Public Hearing" between "June 16" and "May 19": a row naming its own happening after its
        # day, an event of its own (the walk made it); the list goes on past it
        rest = rest.strip(" *•:–—-")
        if not rest and not block.text[: days[0].start].strip(" *•-–"):
            return "note"  # "October 1, 2026*": a day with a footnote's mark ("* at a public housing property")
        if rest and len(rest.split()) <= _NAME_WORDS and not block.text[: days[0].start].strip(" *•-–") \
                and not restated and kinds.classify(rest) != kinds.EVENT:
            return "skip"
    return ""
