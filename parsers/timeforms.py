"""Clock times written in ways every reader knows but a rule of deadlines would drop. Pure.

"The ministry will hold its briefing ... by 12noon", "the governor will arrive at the harbour by 11am on Friday":
in much of the English-speaking world "by" before the clock of an announced event says when it happens, as "at"
does; so does a programme's row that names its item ("1.Church Service by 8am"). A task to be done by then ("submit
by 11am", "must register by noon") stays a deadline.
"""

from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.reading import Reading, resolve_part
from parsers.relativedays import relative_day
from parsers.verbs import DUTY, SAID, SAYING

_BY = re.compile(r"\bby\s*$", re.IGNORECASE)
# The sentence announces something that happens: a future or scheduled verb of an event before the "by".
_HAPPENS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|billed|slated)\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:hold|host|meet|brief|address|open|launch|begin|start|commence|convene|arrive|gather|flag\s+off|take\s+place"
    r"|be\s+held|sit|kick\s+off|unveil|inaugurate|visit|tour|lead|chair|speak|attend)\b"
    r"|\b(?:holds|takes\s+place|is\s+scheduled|are\s+scheduled)\b"
    # a programme's present: "the dinner is held ... by 7.00 p.m.", "the President broadcasts to the nation by 7 a.m."
    r"|\b(?:(?:is|are)\s+held|opens|begins|starts|commences|convenes|broadcasts)\b"
    # an itinerary's present: "reaches Lagos airport by 7.15 p.m. on Friday", "is at the palace by noon"
    r"|\b(?:arrives|reaches|lands|returns|(?:is|are)\s+(?:at|in|back))\b"
    # a ceremony's act: "cuts the tape by 12noon", "the ribbon will be cut by 10am", "commissions the bridge by noon"
    r"|\b(?:cuts?|cutting)\s+the\s+(?:tape|ribbon)\b|\b(?:will|shall)\s+be\s+cut\b"
    r"|\b(?:commissions|unveils|inaugurates|declares\s+open)\b",
    re.IGNORECASE,
)
# What a reader must do by then: a deadline, whatever else the sentence says.
_TASK = re.compile(
    rf"\b(?:{DUTY}|invited\s+to\s+(?:submit|register|send)"
    r"|submit\w*|submissions?|regist\w+|appl(?:y|ies|ications?)|lodge\w*|fil(?:e|ed|ing)|repl(?:y|ies)|rsvp"
    r"|confirm\w*|deadline|accredit\w*|deliver\w*|complete\w*|pay|paid|payment|closes?|closing|sent|send"
    # ("Comments by 5pm", "Abstracts by noon": papers handed in by then, a row of a call's timetable)
    r"|comments|nominations?|abstracts?|entries|proposals?|papers|bids|tenders?|responses|forms|returns|claims)\b",
    re.IGNORECASE,
)
# A programme's row that names its item and gives the clock after "by", with no verb ("1.Church Service by 8am",
# "2. Reception by 1pm"): the item's name in capitals, after the row's number.
_ROW_WORD = r"(?-i:[A-Z][\w'’-]*)"
_ROW_NAME = re.compile(rf"\W*(?:\d{{1,2}}\s*[.)]\s*)?{_ROW_WORD}"
                       rf"(?:\s+(?:(?:of|the|and|&)\s+)?{_ROW_WORD}){{0,4}}\s+by\s*", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r".*(?:;|\s(?:and|but|while|with|then)\s)", re.IGNORECASE | re.DOTALL)
_JOINED = re.compile(r"^\s*,?\s*(?:on|of)?\s*,?\s*$", re.IGNORECASE)  # "11am on Friday": one moment


def clock_by(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Is `mention` the clock of an announced event written after "by" ("will hold ... by 12noon"), or the day
    joined to such a clock ("by 11am on Friday 7 March")?"""
    time = mention
    if mention.kind != "time":
        time = next((m for m in reversed(mentions) if m.kind == "time" and m.end <= mention.start
                     and _JOINED.match(sentence[m.end : mention.start])), mention)
    if time.kind != "time" or not _BY.search(sentence, max(0, time.start - 6), time.start):
        return False
    # The verb must be the clause's that ends at "by": "polls will open at 7 a.m. and results are expected by
    # 11 p.m." announces no event at 11 p.m.
    opening = _CLAUSE_OPENING.match(sentence, 0, time.start)
    clause = sentence[opening.end() if opening else 0 : time.start]
    return (_HAPPENS.search(clause) is not None or _ROW_NAME.fullmatch(clause) is not None) \
        and _TASK.search(sentence) is None


# "said on May 3, 2026 that", "announced on Tuesday that": the day someone spoke, not the day of what they spoke of.
_SAID_ON = re.compile(rf"\b(?:{'|'.join(SAYING)})\s+(?:\w+\s+){{0,2}}?on\s*$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*,?\s*(?:that\b|it\s+(?:will|would|is|plans)\b)", re.IGNORECASE)
# The same in French, Spanish and German: "nous annonce le lundi 22 avril que ...", "anunció el 3 de mayo que ...",
# "teilte am 3. Mai mit, dass ...". A day between the verb and its "que"/"dass" is when the words were said.
_SAID_ON_ELSEWHERE = re.compile(
    r"\b(?:annonce|annoncé|annonçait|annoncent|déclare|déclaré|affirme|affirmé|indique|indiqué|explique|expliqué"
    r"|anuncia|anunció|anunciaron|afirmó|declaró|informó|dijo|señaló|explicó"
    r"|kündigte|erklärte|teilte|sagte|betonte|gab)\s+(?:\w+\s+){0,2}?(?:le|el|am)?\s*$", re.IGNORECASE)
_THAT_ELSEWHERE = re.compile(r"\s*,?\s*(?:que\b|qu['’]|(?:an|mit|bekannt)?\s*,?\s*dass\b)", re.IGNORECASE)


# "..., the agency said in a social media post on Friday.": the channel of the words, then the day, ending the
# sentence after what was said.
_SAID_IN_ON = re.compile(
    # (not "will be announced in the Assembly on Tuesday": what is to be said there is the event)
    r"(?<!\bbe )(?<!\bbeing )\b(?:said|announced|stated|confirmed|revealed|reported|disclosed|declared|wrote"
    r"|explained)\s+(?:in|via|through)\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:on\s*)?$",
    # (a weekday's mention holds its "on")
    re.IGNORECASE,
)
# "..., says a press release the agency received on Sunday.": the paper that told it, and the day it came (not "said
# the letter will be signed on Friday": a signing to come).
_PAPER_OF_ON = re.compile(
    r"\b(?:says?|said|according\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|release|note"
    r"|communiqu[eé]|letter|notice|bulletin)\s+(?:(?!will\b|shall\b|would\b|to\b|is\b|are\b|be\b)[\w'’-]+\s+){0,4}?"
    r"(?:received|issued|released|sent|published"
    r"|signed|dated)\s+(?:\w+\s+){0,2}?(?:on\s*)?$", re.IGNORECASE)
# "..., confirmou a estatal no começo da noite desta terça-feira, 5.", "..., informó la empresa este lunes.": a
# Portuguese or Spanish verb of making known, in the past, after what was made known, its subject and a part of the day
# at most before the weekday of "this" week that ends the sentence: the day of the telling. The verb opens a clause
# after a comma, as a telling put after what it tells does; "A empresa anunciou uma entrevista nesta sexta-feira" has
# its subject first and what it made known after: that weekday may be the event's.
_MADE_KNOWN_THEN = re.compile(r",\s*(?:confirm|inform|anunci|comunic|afirm|declar)(?:ou|aram|ó|aron)\b"
                              r"(?![^.;:!?]*\bque\b)[^.;:!?\d]{0,50}$", re.IGNORECASE)
_THIS_WEEKDAY = re.compile(r"(?:desta|nesta|deste|neste|este|esta)\s", re.IGNORECASE)
# "announced it at an online briefing on Tuesday, 1 February.": a sentence that only tells when something was said.
_SAID_AT = re.compile(r"\b(?:said|announced|told\s+\w+|stated|confirmed|revealed|disclosed|declared)"
                      r"(?:\s+(?!that\b)[\w'’-]+){0,6}\s+on\s*$", re.IGNORECASE)
_SENTENCE_ENDS = re.compile(r"\s*[.;]?\s*$")
# "Speaking on 30 September, the Minister said ...", "Addressing reporters at a briefing on Friday, she said ...":
# a participle of speaking opens the sentence with the day it was done, and the sentence tells what was said.
_SPEAKING_OPENS = re.compile(r"^\W*(?:Speaking|Addressing|Writing|Commenting|Responding|Talking)\b[^,.;]{0,60}?"
                             r"\s(?:on|at)\s*$")
_COMMA_THEN_SAID = re.compile(rf"\s*,[^.;]{{0,80}}?\b(?:{SAID})\b", re.IGNORECASE)


def day_of_saying(sentence: str, mention: Mention, mentions: list[Mention], undated: bool = False) -> bool:
    """A day after a verb of saying, before what was said ("The council said on May 3, 2026 that it will hold a
    town hall on Saturday at 2 p.m."), or after it at the sentence's end ("..., the service said in a post on
    Friday."): the day the words were spoken; the event is the other day, read from it.
    In an item with no date of its own (`undated`), a year-less day that ends a sentence telling only that
    something was said ("The spokesman announced it at a briefing on Tuesday, 1 February.") is that day too."""
    if mention.kind not in ("day", "weekday"):
        return False
    if _SPEAKING_OPENS.match(sentence, 0, mention.start) and _COMMA_THEN_SAID.match(sentence, mention.end):
        return True
    ends_the_sentence = not sentence[mention.end :].strip(" .\"”'’")
    if (_SAID_IN_ON.search(sentence, max(0, mention.start - 60), mention.start)
            or _PAPER_OF_ON.search(sentence, max(0, mention.start - 100), mention.start)) and ends_the_sentence:
        return True
    if _THIS_WEEKDAY.match(mention.text) is not None and ends_the_sentence \
            and _MADE_KNOWN_THEN.search(sentence, max(0, mention.start - 80), mention.start) is not None:
        return True
    if undated and mention.first is not None and mention.first.year is None and mention is mentions[-1] \
            and _SENTENCE_ENDS.match(sentence, mention.end) and _SAID_AT.search(sentence, 0, mention.start):
        return True
    if _SAID_ON_ELSEWHERE.search(sentence, max(0, mention.start - 40), mention.start) \
            and _THAT_ELSEWHERE.match(sentence, mention.end):
        return True
    if not _SAID_ON.search(sentence, max(0, mention.start - 40), mention.start):
        return False
    later = [m for m in mentions if m.start >= mention.end]
    return bool(later) and _THAT_AFTER.match(sentence, mention.end) is not None


def without_days_of_saying(sentence: str, mentions: list[Mention], context: Reading) -> list[Mention]:
    """The mentions less the day of saying; that day becomes the day in context, as a dateline's would, so that
    "on Saturday" after it is the Saturday that follows it."""
    kept = []
    for mention in mentions:
        if not day_of_saying(sentence, mention, mentions, undated=context.published is None):
            kept.append(mention)
        elif mention.first is not None:
            context.day, context.anchored = resolve_part(mention.first, context)[0], True
        else:
            context.day, context.anchored = relative_day(mention, context, sentence), True
    return kept
