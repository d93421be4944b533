"""How long an event lasts when a sentence gives its start and its end in two parts. Pure.

    two verbs   "the session opens on 3 June and should close on 28 June", "is scheduled to commence on
                14 May and to conclude on 1 June", "summoned for 3 June, is likely to rise on 7 June",
                "will start on 8 May and come to an end on 7 June"
A day after a verb of starting and a later day after a verb of ending, in one sentence, are the first and
last days of one event: a span, not two single days (and the end is no deadline).

    a trip      "is leaving for an official visit to India on 1 April ... before returning to Kathmandu on
                3 April", "leaves for Ulaanbaatar on Sunday ... He comes back Tuesday."
A day of leaving and a later day of coming back, in later sentences of one item, are the first and last days
of the trip.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.datematch import LISTED_DAY
from parsers.dates import DayPart, Mention
from parsers.findings import Finding
from parsers.gate import Gated

# "ends with the summit of the leaders on", "closes with a gala on": what closes a run, then its day (the act is an
# event of its own too: _ENDED_BY_AN_ACT)
_ENDS_WITH = r"(?:(?:close|end|conclude)(?:s|es)?|closing|ending|concluding)\s+with\s+(?:[\w'’-]+\s+){1,7}?on"

# "opens on", "to meet on", "commence on", "begins its annual review on", "summoned for", "sits from": the first
# day. Only the verbs of group `begin` say, on their own, that more days follow ("meets on 22 April" is one day's).
_START_BEFORE = re.compile(
    r"\b(?:(?P<begin>begin|start|commence|open|launch|(?:beginn|start|commenc|open)ing(?=\s+on\b)"
    # "opened on 20 October and runs until 30 November": a run under way, its first day gone by
    r"|began|started|commenced|opened)|meet|convene|sit|resume"
    r"|reconvene|(?:be\s+)?held|take\s+place)(?:s|es)?\b(?:\s+[\w'’.:-]+){0,5}?\s+(?:on|from)\s*(?:the\s+)?$"
    r"|\b(?:summoned|called|convened)\s+(?:for|on)\s*(?:the\s+)?$"
    # ("ouvrira le", "s'ouvre le", "se inaugurará el", "abrirá el", "aprirà il", "sarà inaugurata il": the French,
    # Spanish, Italian and Portuguese verbs of opening, right before the day or its article)
    r"|\b(?:s['’])?(?:ouvr(?:e|ent|ira|iront)|début(?:e|ent|era|eront)|commencer(?:a|ont)"
    r"|(?:se\s+)?inaugur(?:a|an|ará|arán|e|era)|abr(?:e|en|irá|irán)|comenzará|comienza|apr(?:e|ono|irà|iranno)"
    r"|inizi(?:a|ano|erà)|(?:sera|seront|será|serán|sarà|saranno)\s+inaugurad?t?[aeoé]e?s?)"
    r"(?:\s+(?:le|el|il|lo|o|a))?\s*$",
    re.IGNORECASE)
# "should close on", "is set to end on", "is likely to rise on", "and conclude on", "come to an end on",
# A length said before the last day: "for two weeks", "pendant 14 jours", "durante dos semanas", "per due settimane"
_LENGTH = (r"(?:for|pendant|durant|durante|por|per)\s+(?:[\w-]+\s+){1,2}?"
           r"(?:days|weeks|months|jours|semaines|mois|días|semanas|meses|giorni|settimane|mesi|dias)")
_UNTIL = r"(?:until|till|jusqu['’]\s?(?:au|à|a)|hasta(?:\s+el)?|fino\s+al?|até(?:\s+(?:ao?|o))?(?:\s+dia)?)"
_STAYS = (r"(?:(?:rester|demeurer)(?:a|ont)|reste|restent|demeure|sera|seront|permanecer(?:á|án)|permanece|estará"
          r"|seguirá|rester(?:à|anno)|resta|rimarr(?:à|anno)|rimane|sarà|ficar(?:á|ão)|fica)\s+(?:ouverte?s?|visibles?"
          r"|accessibles?|abiert[ao]s?|expuest[ao]s?|apert[ao]|visitabil[ei]|allestit[ao]|abert[ao]s?|patente)"
          r"|(?:se\s+)?prolonger(?:a|ont)|durer(?:a|ont)|(?:se\s+)?prolongar(?:á|án)|durar(?:á|án)|proseguir(?:à|anno)"
          r"|durer(?:à|anno)|prosseguir(?:á|ão)")
# "runs until", "continues till", "..., which ends on Wednesday, March 18", "ending on": the last day.
_END_BEFORE = Gated(re.compile(
    r"\b(?:(?:(?:close|end|conclude|rise|finish|adjourn|wind\s+up|come\s+to\s+an\s+end)(?:s|es)?"
    r"|closing|ending|concluding)(?:\s+sine\s+die)?\s+(?:on|by)?"
    r"|(?:runs?|continues?|lasts?|go(?:es)?\s+on|carr(?:y|ies)\s+on)\s+(?:until|till|to|through)"
    # "remains open until February 28, 2025", "is on view until 30 June": an exhibition's last day
    r"|(?:remains?|stays?)\s+open\s+(?:until|till|through)|(?:is|are|will\s+be)\s+on\s+(?:view|show|display)\s+"
    r"(?:until|till|through)"
    # "The show runs at the Nasrec centre in Johannesburg until October 31", "runs across the country until": where
    # it runs, then its last day
    r"|(?:runs?|continues?|lasts?)\s+(?:at|in|on|across|throughout|around)\s+(?:[\w'’.,-]+\s+){1,7}?"
    r"(?:until|till|through)"
    # "a four-day conference that ends with the summit of the leaders on Apr 8", "closes with a gala on Saturday": what
    # closes it, then its last day
    rf"|{_ENDS_WITH}"
    # "sits from 10 a.m. on Wednesday until the adjournment on Friday": the sitting's last day
    r"|(?:until|till)\s+(?:the\s+)?(?:adjournment|close|end|rise)(?:\s+of\s+(?:the\s+)?\w+)?\s+on"
    # "for two weeks, until", "pendant 14 jours, jusqu'au", "durante dos semanas, hasta el", "per due settimane,
    # fino al": how long, then the last day
    rf"|{_LENGTH},?\s+{_UNTIL}"
    # "restera ouverte jusqu'au", "permanecerá abierta hasta el", "resterà aperta fino al", "ficará aberta até":
    # the French, Spanish, Italian and Portuguese verbs of staying open or going on, then the last day
    rf"|(?:{_STAYS})(?:\s+{_LENGTH},?)?\s+{_UNTIL}"
    r")\s*(?:the\s+)?$",
    re.IGNORECASE), "clos", "end ", "ends ", "ending", "conclud", "rise", "finish", "adjourn", "wind", "until",
    "till", "through", "run to", "runs to", "last to", "lasts to", "continue to", "continues to", "on to", "jusqu",
    "hasta", "fino a", "até")
# "Nominations for the award open on 10 May and close on 25 June", "The consultation runs from ... until ...":
# a window for sending something in, not an event held from its first day to its last.
_WINDOW = re.compile(r"\b(?:nominations?|applications?|consultations?|registrations?|submissions?|entries|enrol+ments?"
                     r"|calls?\s+for|bids|tenders?|proposals|the\s+call)\b", re.IGNORECASE)
_REACH = 60  # characters before a day where its verb stands
LONGEST = dt.timedelta(days=120)  # a session, a festival, a series of briefings: a few months at most
# "opens on December 16 and runs until June 30, 2020": a show told to run on (an exhibition) may last half a year or
# more; told with these words, its two days are still one run.
_RUNS_ON = re.compile(r"\b(?:runs?|continues?|(?:remains?|stays?)\s+open|on\s+(?:view|show|display))\s+(?:until|till"
                      r"|through)\s*(?:the\s+)?$", re.IGNORECASE)
_LONGEST_RUN = dt.timedelta(days=366)


# "opened on 20 October and runs until 30 November": a run begun, told to go on; its first day gone by is no history
_GOES_ON = re.compile(r"\b(?:runs?|continues?|lasts?|goes\s+on|ends|closes|concludes|will\s+(?:run|continue|last"
                      r"|end|close|conclude))\b", re.IGNORECASE)


def still_running(mention: Mention) -> bool:
    """Is the mention a span whose end is told in the present or future ("opened on D1 and runs until D2")?"""
    return mention.kind == "span" and _GOES_ON.search(mention.text) is not None


def _said_before(sentence: str, mention: Mention) -> str:
    """The words before a mention where its verb stands, with the "on" a weekday's mention holds ("on Friday")."""
    before = " ".join(sentence[max(0, mention.start - _REACH) : mention.start].split()) + " "
    return before + "on" if mention.text[:3].lower() == "on " else before


def told_as_last_day(sentence: str, mention: Mention) -> bool:
    """Is `mention` said as a last day ("(concludes on Tuesday, 30 May)", "runs until 4 June")?"""
    return _END_BEFORE.could_match(sentence) and _verb_before(_END_BEFORE, sentence, mention) is not None


def _verb_before(pattern: re.Pattern[str] | Gated, sentence: str, mention: Mention) -> re.Match[str] | None:
    return pattern.search(_said_before(sentence, mention))


def year_note(span: Mention) -> str | None:
    """"opens on 3 June and closes on 28 June 2030": the note that the first day's year is the last day's."""
    first, last = span.first, span.last
    if span.kind != "span" or first is None or last is None or first.year is None or first.year != last.year \
            or span.text.count(str(first.year)) != 1 or not _END_BEFORE.could_match(span.text):
        return None
    return f"year {first.year} of {first.day} {dt.date(2000, first.month, 1):%B} taken from the last day the text gives"


def days_apart(first: DayPart, last: DayPart) -> dt.timedelta | None:
    """How long from `first` to `last` (each in the year given, or the other's), None when not after it."""
    year = first.year or last.year or 2000  # a leap year, so 29 February stands
    try:
        start = dt.date(year, first.month, first.day)
        end = dt.date(last.year or year, last.month, last.day)
        if end < start and last.year is None:
            end = end.replace(year=end.year + 1)  # "30 December ... 2 January"
        elif end < start and first.year is None:
            start = start.replace(year=start.year - 1)  # "December 16 ... June 30, 2020": the year before the end's
    except ValueError:
        return None
    return end - start if end > start else None


def two_part_spans(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a start day and a later end day said with their own verbs joined into one span; a
    window for sending something in ("nominations open on D1 and close on D2") gives neither day."""
    if len(mentions) < 2 or not (_END_BEFORE.could_match(sentence) or _RETURNS_BEFORE.could_match(sentence)):
        return mentions
    window = _WINDOW.search(sentence[: mentions[0].start]) is not None
    out: list[Mention] = []
    for mention in mentions:
        start = next((m for m in reversed(out) if m.kind == "day"), None)
        if mention.kind == "day" and start is not None and out[-1] is not start \
                and all(m.kind == "time" for m in out[out.index(start) + 1 :]) \
                and _verb_before(_END_BEFORE, sentence, mention) and _verb_before(_START_BEFORE, sentence, start) \
                and start.first is not None and mention.first is not None \
                and (apart := days_apart(start.first, mention.first)) is not None and apart <= LONGEST \
                and not window:
            # "opening on Friday, 25 October at 14h00 and closing on Monday, 28 October": the close of what opened
            # at that hour, no event of its own (its day would take the opening's hour).
            continue
        if mention.kind == "day" and out and out[-1].kind == "weekday" and _a_trip(sentence, out[-1], mention) \
                and (leaving := _weekday_before(out[-1], mention)) is not None:
            # "will travel to Lebanon on Saturday ..., returning on Monday 4 December": the Saturday before it
            out[-1] = Mention("span", out[-1].start, mention.end, sentence[out[-1].start : mention.end], leaving,
                              mention.first)
            continue
        if mention.kind == "day" and start is not None and mention.first is not None \
                and start.first is not None and out[-1] is start and _a_trip(sentence, start, mention):
            apart = days_apart(start.first, mention.first)
            if apart is not None and apart.days <= _TRIP_LONGEST:
                out[-1] = Mention("span", start.start, mention.end, sentence[start.start : mention.end],
                                  start.first, mention.first)
                continue
        if mention.kind == "day" and start is not None and mention.first is not None \
                and start.first is not None and out[-1] is start \
                and _verb_before(_END_BEFORE, sentence, mention) and _verb_before(_START_BEFORE, sentence, start):
            apart = days_apart(start.first, mention.first)
            if apart is not None and window:  # nominations open and close: no event on either day
                out.pop()
                continue
            longest = _LONGEST_RUN if _verb_before(_RUNS_ON, sentence, mention) else LONGEST
            if apart is not None and apart <= longest:
                first = start.first
                if first.year is None and mention.first.year is not None and apart.days < 366:
                    # the first day in the last day's year, or the year before when it falls later in the year
                    earlier = (first.month, first.day) < (mention.first.month, mention.first.day)
                    first = DayPart(first.day, first.month, mention.first.year - (not earlier), first.weekday)
                out[-1] = Mention("span", start.start, mention.end, sentence[start.start : mention.end], first,
                                  mention.first)
                continue
        out.append(mention)
    return out


# A verb of lasting in the future and its count of days: English, Russian, Spanish and Portuguese, French
_LASTS = (r"(?:will\s+last|is\s+to\s+last|продлится|продлятся|продолжится|продолжатся|будет\s+длиться|durará|durarán"
          r"|durera|dureront)\s+(?:for\s+|в\s+течение\s+)?"
          r"(?P<v>two|three|four|five|six|seven|[2-7]|два|две|три|четыре|пять|шесть|семь|dos|tres|cuatro|cinco|seis"
          r"|siete|dois|duas|três|quatro|deux|trois|quatre|cinq|sept)\s+"
          r"(?:days|дня|дней|días|dias|jours)\b")


# After a semicolon, the length of what was just told by a pronoun or no subject ("; it will last three days", "; durará
# dos días"), not of another thing by its name ("; the strike will last three days")
_ITS_LENGTH = re.compile(r"\s*(?:(?:it|он|она|оно|они|il|elle)\s+)?", re.IGNORECASE)


# "for a two-day official visit", "to begin a three-day working visit", "Copom's two-day meeting": how many days
# the event the sentence dates lasts.
# ("will be in Ghana for three days from 14 November": the count after "for")
# ("over three days", not "delays of over three days")
_COUNT = r"two|three|four|five|six|seven|[2-7]"
_COUNTED_NOUNS = (r"(?:visit|meeting|session|summit|conference|trip|tour|talks|mission|forum|retreat|workshop|congress"
                  r"|seminar|symposium|sitting|programme|program|swing|stay|dialogue|dialog|festival|fair|exhibition"
                  r"|expo|course|training|consultation|event|celebration)s?")
# Up to a fortnight for what runs its days in one place ("a ten-day festival", "a 10-day special programme"); not for
# a journey, whose count is told loosely ("left today ... for a nine-day visit" and back on the tenth day), its return
# day told elsewhere (parsers/journey.py).
_LONG_COUNT = r"eight|nine|ten|eleven|twelve|thirteen|fourteen|[89]|1[0-4]"
_LONG_COUNTED_NOUNS = (r"(?:programme|program|festival|fair|exhibition|expo|course|training|celebration|workshop"
                       r"|seminar|symposium|conference|congress)s?")
_COUNT_OF_DAYS = (rf"(?P<n>{_COUNT})[- ]day\s+(?:[\w'’-]+\s+){{0,2}}?{_COUNTED_NOUNS}"
                  rf"|(?P<l>{_LONG_COUNT})[- ]day\s+(?:[\w'’-]+\s+){{0,2}}?{_LONG_COUNTED_NOUNS}"
                  rf"|(?:for|(?<!\bof\s)over)\s+(?P<m>{_COUNT})\s+days")
_COUNTED = Gated(re.compile(
    rf"\b(?:{_COUNT_OF_DAYS}"
    # ("kwa ziara ya kikazi ya siku mbili": a Swahili visit "of two days", the count after its noun)
    r"|(?:ziara|mkutano|kikao|warsha|safari)\s+(?:[\w'’-]+\s+){0,3}?ya\s+siku\s+(?P<s>mbili|tatu|nne|tano|sita|saba|[2-7]))\b"
    # ("为期5天", "為期兩天": Chinese "a period of 5 days", the count after the day; no word boundaries in Han text)
    r"|[为為]期\s*(?P<z>[2-9]|1[0-4]|[两兩二三四五六七八九十]|十[一二三四])\s*[天日]"
    # ("will last three days", "продлится три дня", "durará dos días", "durera trois jours": a verb of lasting to come
    # and its count of days, which may close the day's sentence after a semicolon: "; it will last three days")
    rf"|{_LASTS}",
    re.IGNORECASE), "-day", " day ", " days", "siku ", "为期", "為期", "продл", "продолж", "durar", "durer")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7,
            "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
            "十一": 11, "十二": 12, "十三": 13, "十四": 14,
            "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
            "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "dois": 2, "duas": 2, "três": 3,
            "quatro": 4, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
# "a three-day programme starting from Nov 22", "held over three days starting from": a count of days right before
# "starting from" says that the day it names is the first of a happening, not the day a standing rule begins.
_COUNT_JUST_BEFORE = re.compile(rf"\b(?:{_COUNT_OF_DAYS})\s*,?\s*$", re.IGNORECASE)


def counted_just_before(text: str) -> bool:
    """Does `text` end on a count of days ("a three-day programme", "over three days")?"""
    return _COUNT_JUST_BEFORE.search(text[-80:]) is not None
# "Following last month's two-day summit", "after the previous three-day session": an event told before, not the
# one the sentence dates.
_TOLD_BEFORE = re.compile(r"\b(?:last|previous|past|recent|following|after)\b[\w\s'’-]{0,25}$", re.IGNORECASE)
# "speaks on 12 February to graduates of a three-day course", "attends the closing of the three-day fair", "a press
# conference about the two-day festival": the counted event is what the dated one is of or about, not itself.
# ("on a two-day visit" is the visit's own count)
_TOPIC_BEFORE = re.compile(r"\b(?:of|about|regarding|concerning)\s+"
                           r"(?:(?:the|a|an|this|that|its|their|his|her)\s+)?$", re.IGNORECASE)
# "arrives in Kisumu on 30 May for a three-day visit", "lands in the capital on 3 June, opening ...": the arrival is
# a moment of its own (a welcome, a ceremony) beside the visit as a whole.
ARRIVAL = re.compile(r"\b(?:arriv(?:e|es|ing|al)|lands?|landing)\b", re.IGNORECASE)
_COUNT_REACH = 80  # characters between the day and its "two-day visit"


# "a four-day conference that ends with the summit of the leaders on Apr 8", "closes with a gala on Saturday": the act
# that closes the counted run is an event of its own on that day, beside the run.
_ENDED_BY_AN_ACT = re.compile(rf"\b{_ENDS_WITH}\s*(?:the\s+)?$", re.IGNORECASE)


def ended_by_an_act(sentence: str, anchor: Mention) -> bool:
    """Is `anchor` the day of the act a counted run is said to end with ("ends with the summit ... on Apr 8")?"""
    return _verb_before(_ENDED_BY_AN_ACT, sentence, anchor) is not None


def counted_days(sentence: str, anchor: Mention) -> tuple[int, bool] | None:
    """How many days the dated event lasts ("on Friday, 4 June, for a two-day visit"), and whether `anchor` is
    its last day: the count stands in the day's clause, after it or right before it with no comma between
    (", which ends on DATE" goes back to it)."""
    ends = _verb_before(_END_BEFORE, sentence, anchor) is not None
    for found in _COUNTED.pattern.finditer(sentence) if _COUNTED.could_match(sentence) else ():
        if found.start() >= anchor.end:
            between = sentence[anchor.end : found.start()]
            if len(between) > _COUNT_REACH or ": " in between or ";" in between and not (
                    found.group("v") and _ITS_LENGTH.fullmatch(between.rsplit(";", 1)[1])):
                continue
        elif found.end() > anchor.start or ("," in sentence[found.end() : anchor.start] and not ends) \
                or _TOLD_BEFORE.search(sentence[max(0, found.start() - 40) : found.start()]):
            continue
        if (found.group("n") or found.group("l")) \
                and _TOPIC_BEFORE.search(sentence, max(0, found.start() - 20), found.start()):
            continue
        count = next(said for said in found.group("n", "l", "m", "s", "z", "v") if said).lower()
        return _NUMBERS.get(count) or int(count), ends
    return None


# "Premier flies to India today ... The five-day trip takes him to New Delhi, Hyderabad and Mumbai.": a sentence
# with no day of its own that opens on the count of the event just told ("The", "This", "Her", not "A") gives its
# length.
# So does its first clause naming "the Agency's two-day high-level meeting" as its object ("Luxembourg chairs the
# Agency's two-day high-level meeting, which ..."): the meeting just dated, by its definite article or owner.
_COUNT_OPENS = re.compile(
    r"^(?:the|this|his|her|their|its)\s+(?P<n>two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:visit|trip|tour|mission|stay|swing)\b"
    r"|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:chairs|hosts|leads|opens)\s+(?:the|this|its)\s+(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?P<o>two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:meeting|session|summit|conference|council|forum)\b"
    # "Over its three days he will call at ...", "During his two days there the minister will ...": the days of
    # what was just told, its own by the possessive, counted as its span (not "Over the three days", which may be
    # the days of a larger event the one just told opens)
    r"|^(?:over|during|across)\s+(?:its|his|her|their)\s+(?P<p>two|three|four|five|six|seven|[2-7])\s+days\b"
    # "It will last three days.", "Он продлится три дня.", "Durará dos días.": the length of what was just told, by a
    # pronoun or none (not "The strike will last three days": another thing, by its own name)
    rf"|^(?:(?:it|он|она|оно|они|il|elle)\s+)?{_LASTS}",
    re.IGNORECASE)


def length_told_after(sentence: str, told: Finding) -> None:
    """A sentence opening on the count of days of the one-day event just told ("The five-day trip ...") stretches it."""
    found = _COUNT_OPENS.match(sentence.lstrip())
    if found is not None and told.time is None and told.first == told.last:
        count = (found.group("n") or found.group("o") or found.group("p") or found.group("v")).lower()
        stretch(told, _NUMBERS.get(count) or int(count), False)


def stretch(finding: Finding, days: int, ends: bool) -> None:
    """The finding of the event's one day said becomes the whole event, with a note of the inference."""
    if ends:
        finding.first = finding.last - dt.timedelta(days=days - 1)
    else:
        finding.last = finding.first + dt.timedelta(days=days - 1)
    finding.time = finding.until = None
    # (an inference, not a problem of the text: its note opens as the resolver's do, so no problem is reported)
    finding.notes = (*finding.notes, f"date span inferred: the text gives {days} days: the event runs from "
                                     f"{finding.first:%d %B} to {finding.last:%d %B %Y}")


def _started(finding: Finding) -> bool:
    """Was the finding's one day said after a verb of starting ("begins its annual review on April 22")?"""
    at = finding.text.find(finding.as_published) if finding.as_published else -1
    if at <= 0:
        return False
    said = _START_BEFORE.search(" ".join(finding.text[max(0, at - _REACH) : at].split()) + " ")
    return said is not None and said.group("begin") is not None


def may_end(sentence: str) -> bool:
    """Could the sentence give the last day of something ("runs until", "closes on")? A quick look by its words."""
    return _END_BEFORE.could_match(sentence)


def end_said_later(sentence: str, mentions: list[Mention], findings: list[Finding]) -> tuple[Finding, Mention] | None:
    """"... begins its review on April 22." ... "The briefings run until May 29.": a sentence that gives only
    the last day of what an earlier sentence started; the earlier event (the last of the item's) and that day."""
    last = mentions[0].first if len(mentions) == 1 and mentions[0].kind == "day" else None
    if not findings or last is None:
        return None
    end = mentions[0]
    if not _END_BEFORE.could_match(sentence) or not _verb_before(_END_BEFORE, sentence, end):
        return None
    # ("Starting on Monday (January 4), ... activities before Culture Day on January 8.": the sentence's started
    # event, not a later day it names)
    told = [f for f in findings if f.text == findings[-1].text]
    started = next((f for f in told if f.first == f.last and f.time is None and _started(f)), findings[-1])
    if started.first != started.last or started.time is not None or not _started(started):
        return None
    year = last.year or started.first.year
    try:
        day = dt.date(year, last.month, last.day)
    except ValueError:
        return None
    return (started, end) if dt.timedelta(0) < day - started.first <= LONGEST else None


# "is leaving for an official visit to India on", "leaves for Ulaanbaatar on", "departs for Lima on": the day
# a trip begins. "returning to Kathmandu on", "comes back Tuesday", "will return home on": the day it ends.
_LEAVES_BEFORE = re.compile(r"\b(?:leav(?:e|es|ing)|depart(?:s|ing)?|set(?:s|ting)?\s+off)\s+for\b"
                            r"(?:\s+[\w'’-]+){0,6}?\s+on\s*(?:the\s+)?$"
                            # "will travel to Santiago on", "flies to Nairobi on": the journey there
                            r"|\b(?:travel(?:s|l?ing)?|fl(?:y|ies|ying))\s+to\b(?:\s+[\w'’-]+){0,6}?\s+on\s*(?:the\s+)?$"
                            # "left Ghana today, Thursday, March 28, for a nine-day visit": the country left, then
                            # the day
                            r"|\b(?:leaves|left|departs|departed)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:today,?\s+|on\s+)$"
                            # the Spanish and Portuguese future: "saldrá el domingo", "viajará a Oslo el", "partirá
                            # rumo a Lisboa no" (the weekday's mention holds its article)
                            r"|\b(?:saldr|partir|viajar)á(?:\s+(?:hacia|rumbo\s+a|rumo\s+a|para|a)(?:\s+[\w'’-]+){1,3}?)?"
                            r"\s+(?:(?:el|este|no|neste|na|nesta)\s+)?$",
                            re.IGNORECASE)
# ("returning on the night of Thursday 11 December": the day's part before it)
_RETURNS_BEFORE = Gated(re.compile(
    r"\b(?:return(?:s|ing)?|(?:come|comes|coming|fl(?:y|ies|ying)|be)\s+back)(?:\s+(?:home|to\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?))?\s+(?:on\s*)?(?:the\s+(?:(?:night|evening|morning|afternoon)\s+of\s+(?:the\s+)?)?)?$"
    # the Spanish and Portuguese future: "volverá el jueves", "regresará la noche del jueves", "regressará na noite de"
    r"|\b(?i:volver|regresar|regressar|retornar|voltar)á(?:\s+(?:a|al|para)(?:\s+[\w'’-]+){1,3}?)?"
    r"\s+(?:(?:el|no|na|(?:la|en\s+la)\s+(?:noche|tarde|mañana)\s+del?|(?:na|à)\s+(?:noite|tarde|manhã)\s+de)\s+)?$"),
    "return", "back", "volverá", "regres", "retornará", "voltará")
_TRIP_LONGEST = 31  # days: a trip abroad lasts a few weeks at most


def _weekday_before(leaving: Mention, back: Mention) -> DayPart | None:
    """The day of a weekday said for setting out on a trip whose day of coming back is dated: the last such weekday
    before it. Counting back needs the weekday of the day of return, given or known from its year."""
    end = back.first
    if leaving.weekday is None or leaving.offset or end is None:
        return None
    end_weekday = end.weekday
    if end_weekday is None and end.year is not None and (date := end.in_year(end.year)) is not None:
        end_weekday = date.weekday()
    if end_weekday is None:
        return None
    anchor = end.in_year(end.year or 2001)
    if anchor is None:
        return None
    day = anchor - dt.timedelta(days=(end_weekday - leaving.weekday) % 7 or 7)
    if end.year is None and day.month == 2 and anchor.month == 3:
        return None  # back over the end of February, only the year tells the day
    return DayPart(day.day, day.month, day.year if end.year else None, leaving.weekday)


def _a_trip(sentence: str, leaving: Mention, back: Mention) -> bool:
    """"leaves for Santiago on 8 January, returning on 10 January": a day of setting out and, in the same sentence,
    the day of coming back."""
    return _RETURNS_BEFORE.could_match(sentence) and _verb_before(_RETURNS_BEFORE, sentence, back) is not None \
        and _verb_before(_LEAVES_BEFORE, sentence, leaving) is not None


def return_said_later(sentence: str, mentions: list[Mention],
                      findings: list[Finding]) -> tuple[Finding, dt.date, Mention] | None:
    """A sentence that gives the day someone comes back from the trip an earlier sentence of the item set out
    on: that trip (one day, untimed, said after a verb of leaving) and its last day."""
    if not _RETURNS_BEFORE.could_match(sentence):
        return None
    trip = next((f for f in reversed(findings) if f.first == f.last and f.time is None and _left(f)), None)
    if trip is None:
        return None
    back = next((m for m in mentions if m.kind in ("day", "weekday") and _traveller_returns(sentence, m, trip)), None)
    if back is None:
        return None
    if back.kind == "weekday" and back.weekday is not None:
        day = trip.first + dt.timedelta(days=(back.weekday - trip.first.weekday()) % 7 or 7)
    else:
        part = back.first
        try:
            day = dt.date(part.year or trip.first.year, part.month, part.day) if part is not None else trip.first
        except ValueError:
            return None
    return (trip, day, back) if 0 < (day - trip.first).days <= _TRIP_LONGEST else None


# "before returning", "He comes back", "Park comes back": the one who set out (a pronoun, a word of the name the
# trip's sentence gives, or the participle whose subject is the sentence's); not "Imports ... will return on".
_SUBJECT = re.compile(r"([\w'’-]+)\s+(?:(?:will|is|are|to|expected|due|set|also|then|be|shall)\s+)*$")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "delegation"})


def _traveller_returns(sentence: str, mention: Mention, trip: Finding) -> bool:
    """Is the day one the traveller comes back on ("before returning to Lima on", "He comes back Tuesday")?"""
    before = _said_before(sentence, mention)
    verb = _RETURNS_BEFORE.search(before)
    if verb is None:
        return False
    if verb.group().lower().startswith(("returning", "coming", "flying")):
        return True
    subject = _SUBJECT.search(before[: verb.start()])
    if subject is None:
        return False
    word = subject.group(1)
    left = trip.text[: max(trip.text.find(trip.as_published), 0)]
    return word.lower() in _PRONOUNS or (word[:1].isupper() and re.search(rf"\b{re.escape(word)}\b", left) is not None)


def _left(finding: Finding) -> bool:
    """Was the finding's one day said after a verb of leaving for somewhere ("leaves for Ulaanbaatar on Sunday")?"""
    at = finding.text.find(finding.as_published) if finding.as_published else -1
    if at <= 0:
        return False
    before = " ".join(finding.text[max(0, at - _REACH) : at].split()) + " "
    return _LEAVES_BEFORE.search(before + "on" if finding.as_published[:3].lower() == "on " else before) is not None


def back_on(finding: Finding, last: dt.date, said: Mention) -> None:
    """The trip runs to the day of coming back."""
    finding.last = last
    finding.as_published = f"{finding.as_published} … {said.text}"
    finding.notes = (*finding.notes, f"its last day, {last:%d %B %Y}, the day of coming back, is given in a later "
                                     f"sentence")


def extend_to(finding: Finding, end: Mention) -> None:
    """The earlier event runs to the day the later sentence gives."""
    last = end.first
    if last is None:
        return
    finding.last = dt.date(last.year or finding.first.year, last.month, last.day)
    finding.as_published = f"{finding.as_published} … {end.text}"
    finding.notes = (*finding.notes, f"its last day, {finding.last:%d %B %Y}, is given in a later sentence")


_OPENING_AT = re.compile(r"\b(?:open\w*|start\w*|begin\w*|kicks?\s+off)\s+(?:at\s+)?$", re.IGNORECASE)
_EACH_DAY = re.compile(r"\b(?:each|every)\s+(?:day|morning|afternoon|evening)\b|\bdaily\b", re.IGNORECASE)


def later_days_of_a_list(anchor: Mention | None, sentence: str, time: Mention) -> tuple[list[Mention], str]:
    """"The Board meets on 15 and 16 October at 09:30", "hearings on 12, 13 and 14 May at 10am": days that follow
    each other, listed and joined by "and", with one time are a sitting at that time on each; the days after the
    first as mentions of their own. A time told as the opening's ("on 8, 9 and 10 June, opening at 10:00") is taken
    for each day too, as a reader planning a visit takes it: the note returned says so, unless the sentence says it
    opens then each day."""
    if anchor is None or anchor.kind != "span" or anchor.first is None or anchor.last is None \
            or not listed_and(anchor.text):
        return [], ""
    note = ""
    if _OPENING_AT.search(sentence, max(0, time.start - 20), time.start) and not _EACH_DAY.search(sentence):
        note = f"time {time.text.strip()} inferred: the sentence gives it once for the days it lists, as their opening"
    first, last = anchor.first, anchor.last
    # (days in figures, "12, 13 and 14 May", or in words, "Tuesday, Wednesday and Thursday")
    named = len(LISTED_DAY.findall(anchor.text)) or len(_LIST_ITEM.findall(anchor.text))
    if first.month != last.month or named != last.day - first.day + 1:
        return [anchor._replace(kind="day", first=last, last=None)], note  # two days ("15 October and 16 October")
    year = last.year if last.year is not None else first.year
    return [anchor._replace(kind="day", first=DayPart(day, last.month, year, None), last=None)
            for day in range(first.day + 1, last.day + 1)], note


# (Arabic writes "and" glued to the day, "21 و22"; after "بين", between, it joins a span's ends: "بين 20 و30 مارس";
# Russian, Bulgarian and Serbian "и", Ukrainian "і" and "та", Polish "i" and "oraz" join a pair of days: "5 и 6 мая",
# "24 i 25 czerwca")
LISTED_AND = re.compile(r"\s(?:and|&|и|і|та|i|oraz)\s|(?<!بين\s\d)(?<!بين\s\d\d)\sو\s*(?=\d)")
# French, Spanish, Portuguese, Italian, German and Dutch join a pair so too: "lundi 18 et mardi 19 septembre", "el 14 y
# el 15 de abril", "am 14. und 15. April", "il 14 e 15 aprile"; not the ends of a span opened by "between" ("entre el 3
# y el 9 de mayo", "zwischen dem 3. und 9. Mai": all the days between), nor Dutch "tot en met" (up to and including)
_LISTED_AND_ELSEWHERE = re.compile(r"^(?!.*(?i:\b(?:entre|zwischen|tra|fra|tussen)\b))"
                                   r".*\s(?:et|y|und|e|ed|en(?!\s+met\b))\s", re.DOTALL)


def listed_and(span: str) -> bool:
    """Are the span's words two days (or more) joined by "and", each a day of its own, rather than a run from the
    first to the last?"""
    return bool(LISTED_AND.search(span) or _LISTED_AND_ELSEWHERE.search(span))


# A list's item between its joints: "on Tuesday", "Wednesday", "and Thursday"
_LIST_ITEM = re.compile(r"[^\s,&]+(?:\s+(?!and\b)[^\s,&]+)*?(?=\s*(?:,|&|\band\b|$))")
