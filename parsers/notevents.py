"""Dates that are not events: deadlines, replaced dates, births and deaths, a "today" that only says when
something was said. Pure.

Each test is a form of words around a date or time mention, never a sentence:
    deadline   "by 2:45 p.m. at the latest", "before noon (ET) on Tuesday, July 23", "until 31 December",
               "no later than Friday, 26 October"
    replaced   "first set for Saturday, February 9", "instead of 3 May", "postponed from 12 June"
    done       "came into force on 1 October 2019", "having closed on 31 December"
    life       "was born on 5 July 1946", "died on Monday 8th April, 2013"
    said today "said today that", "The Cabinet today adopted"
    rule       "Starting from 21 July, ... at 14:15 (instead of 13:45)", "as of 1 March", "from 3 June onwards"
    history    "On Feb 14 he warned that", "As of Wednesday the country had 178 cases"
    stamp      "03/03/14 11:00" alone on a line
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.dates import Mention
from parsers.gate import Gated

_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|latest\s+(?:by|on)|deadline(?:\s+is)?"
    r"|closes?\s+(?:on|at)|extended\s+to|cut-?off(?:\s+date)?(?:\s+is)?)\s*:?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "came into force on 1 October 2019", "tested positive for COVID-19 on Aug. 21", "having closed on 31 December":
# a verb in the past right before the date says it is over; "will be closed on", "is closed on" do not.
_DONE_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bwill )\b(?:came\s+into\s+(?:force|effect)"
    r"|took\s+(?:effect|office)|tested\s+positive|(?:had|has|have|having)\s+(?:been\s+)?\w+ed|closed|expired|occurred|happened)"
    r"\s+(?:[\w-]+\s+){0,3}?on\s*$",
    re.IGNORECASE,
)
# "On 3 January the Chair circulated a list", "that on Thursday 17 May the authorities had reported a case": the
# clause after the date tells what was done then, when the sentence says nothing of the future.
_DONE_AFTER = re.compile(r"^[^.;:]{0,80}?\b(?:had\s+(?:been\s+)?\w+(?:ed|en)|\w+ed\s+(?:a|an|the|its|their|his|her)\s)",
                         re.IGNORECASE)
# "On Feb 14 he warned that", "On Tuesday, the Minister Jane Roe said", "As of Wednesday the country had 178 cases":
# a date opening a sentence whose subject then acts in the past. The verb must be followed by what a verb takes
# (an object, "that", a number), so "the newly elected president takes office" stays an event.
_OPENING_DATE = re.compile(r"^\W*(?:\w+\s*:\s*)?(?:on\s+|as\s+of\s+)?$", re.IGNORECASE)
_HISTORY_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s*,?\s*(?:[\w.'’-]+\s+){0,7}?(?:[a-z]{3,}ed|said|had|was|were|met|held|gave|made"
    r"|told|spoke|wrote|took|went|came|saw|sent|began|won|lost|left|became)(?=\s+(?:that|a|an|the|his|her|its"
    r"|their|our|to|with|on|in|about|for|it|he|she|they|we|\d)\b|\s*[,.;]|\s*$)")
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|going\s+to|expected|due|scheduled|planned|plans"
                     r"|invited|invites)\b", re.IGNORECASE)
# "since Aug. 15": history; "after January 20, 2017, materials will ...": the start of a state, no event.
_SINCE_BEFORE = re.compile(r"\b(?:since|ever since|after)\s*$", re.IGNORECASE)
# "vor dem 25. Juli", "nach dem 25. Juli", "seit dem 1. März", "am Folgetag des 25. Juli", "avant le 3 mars",
# "depuis le 3 mars", "le lendemain du 3 mars": a time before, after or since a day, not the day's event.
_AROUND_BEFORE = re.compile(r"(?:\b(?:vor|nach|seit)\s+de[mn]|\bseit|\b(?:Folge|Vor)tag\s+des"
                            r"|\bTag\s+(?:nach|vor)\s+dem|\b(?:avant|après|depuis)(?:\s+(?:le|l['’]))?"
                            r"|\b(?:lendemain|veille)(?:\s+du)?)\s*$", re.IGNORECASE)
# "Präsidialdekret vom 22. September", "in der Nacht vom 25. Juli": a German "vom" with one day (no "bis")
# dates a thing or a time already past; what is to come is "am 22. September".
_CITED_VOM = re.compile(r"[Vv]om\s")
# "Approval of June 14th, 2019 ... meeting minutes", "minutes of the May 5 meeting": an agenda's
# item about a meeting already held.
_MINUTES_BEFORE = re.compile(r"\b(?:approv(?:e|al|ing)\s+(?:of\s+)?(?:the\s+)?|minutes\s+(?:of|from)\s+(?:the\s+)?)$",
                             re.IGNORECASE)
# "G. Approval of the Minutes", "Genehmigung des Protokolls": the list under it names meetings held.
MINUTES_HEADING = Gated(re.compile(r"\b(?:approv\w*|adopt\w*|minutes)\s+(?:of\s+)?(?:the\s+)?"
                             r"(?:minutes|previous\s+meetings?)\b|\bGenehmigung\s+(?:des|der)\s+Protokoll|\bapprobation\s+du\s+procès-verbal",
                                        re.IGNORECASE), "minutes", "previous", "protokoll", "procès-verbal")
_NAMES_HISTORY = re.compile(r"^\s*(?:terror\s+)?(?:attacks?|bombings?|massacre|anschläge?n?|attentats?)\b",
                            re.IGNORECASE)  # "the September 11th attacks": a name, not a day to come
_AT_THE_LATEST = re.compile(r"^\s*,?\s*at\s+the\s+latest\b", re.IGNORECASE)
_REPLACED_BEFORE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|(?:originally|first|initially|previously)\s+(?:\w+\s+)?"
    r"(?:set|scheduled|planned|announced|due)(?:\s+to\s+(?:run|be\s+held|take\s+place)(?:\s+(?:on|in))?|\s+(?:for|on|from|in))|postponed\s+from|moved\s+from|brought\s+forward\s+from)"
    r"\s*$",
    re.IGNORECASE,
)
# "the briefings planned for 18-24 August", "their public schedules for Monday, September 30–Sunday, October 6":
# the period a schedule covers.
_PERIOD_BEFORE = re.compile(
    r"\b(?:schedules?|diar(?:y|ies)|agendas?|programmes?|itinerar(?:y|ies)|briefings|calendars?|daybook)"
    r"(?:(?:\s+[\w.]+){0,2}\s+(?:for|of|covering)\s*(?:the\s+(?:coming\s+)?(?:week|period)\s*,?\s*(?:of\s+|from\s+)?)?"
    r"|(?:\s+[\w.]+){0,12}\s*,|\s*[:–—-]?)\s*$",
    re.IGNORECASE,
)
# A sentence told in the past: what it dates happened before the text was written.
_PAST = re.compile(r"\b(?:was|were|had|left|took\s+place|came\s+into\s+force|held|met|visited|attended|signed"
                   r"|arrived|returned|concluded|ended|announced|said|declared|adopted|approved|released|closed)\b"
                   r"[^.;]{0,50}$", re.IGNORECASE)
# A verb in the past right before a weekday ("published on Friday"); not "to be held on Friday".
_PAST_ACT = re.compile(r"(?<!be )\b(?:published|announced|said|declared|adopted|approved|released|left|met"
                       r"|visited|attended|signed|arrived|returned)\s+(?:(?!that\b)\w+\s+){0,3}?(?:on\s*)?$",
                       re.IGNORECASE)
# (Not "said that on Tuesday the minister opens ...": a weekday in what was said is of what was said.)
# "Executive Order: Preparing ... (November 1, 2013)", "The standoff continues (12.04.2019)": a document
# cited with its date; a past date in parentheses of its own is no event.
_CITED_BEFORE = re.compile(r"\w\s*\(\s*$")
_CITED_AFTER = re.compile(r"^\s*\)")
# Matched against lower-cased text (IGNORECASE would keep the regex engine from skipping ahead).
_LIFE = Gated(re.compile(r"\b(?:was|were)\s+born\b|\b(?:died|passed\s+away|was\s+killed|was\s+assassinated)\b"),
              "born", "died", "passed", "killed", "assassinated")
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|stated|declared|noted|confirmed|told\s+\w+)\s*[,:]?\s*[\"“]?\s*$",
                          re.IGNORECASE)
# "The Cabinet today adopted", "Today I set out": what the author did or does as they write.
# "Today Dr. Jane Roe (D-Springfield) introduced": the subject's name may stand between.
_PAST_AFTER = re.compile(r"^\s*,?\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|\([^()]{1,40}\))\s+){0,6}"
                         r"(?:\w+ed|said|held|made|met|gave|took|sent|wrote|began|won|paid|I|we)\b")
# Words that join two mentions of one moment: "noon (ET) on Tuesday", "10:00, Monday".
_JOIN = re.compile(r"^\s*(?:,|on|at|of)?\s*,?\s*$", re.IGNORECASE)
_REACH = 40  # characters before a mention where its preposition stands
_PERIOD_REACH = 100  # "Schedules of Gov. Spencer J. Cox and Lt. Gov. Deidre Henderson, July 29-Aug. 2"


# "is at the airport by 7.15 p.m.", "arrives in the city by noon": when someone is somewhere, in an itinerary;
# "must be at the gate by 9:00", "are asked to reply by Friday" stay deadlines.
_THERE_BY = re.compile(r"\b(?:is|are|arrives?|reach(?:es)?|gets?\s+(?:to|back)|returns?|lands?|is\s+back)\b[^,;.]{0,30}"
                       r"\bby\s*$", re.IGNORECASE)
_MUST = re.compile(r"\b(?:must|should|need|needs|have\s+to|has\s+to|asked|required|requested|expected|invited)\b",
                   re.IGNORECASE)


def _itinerary_by(before: str) -> bool:
    return _THERE_BY.search(before) is not None and _MUST.search(before) is None


def _reach_back(sentence: str, mention: Mention, mentions: list[Mention]) -> int:
    """Where the words about `mention` begin: before a mention of the same moment joined to it."""
    start = mention.start
    for other in reversed(mentions):
        if other.end <= start and _JOIN.match(sentence[other.end : start]):
            start = other.start
    return start


def deadline(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A date or time by which something must be done, or a date that another replaced."""
    start = _reach_back(sentence, mention, mentions)
    before = sentence[max(0, start - _REACH) : start]
    after_end = max((m.end for m in mentions if m.start >= mention.start and _JOIN.match(
        sentence[mention.end : m.start])), default=mention.end)
    return bool((_DEADLINE_BEFORE.search(before) and not (mention.kind == "time" and _itinerary_by(before)))
                or _REPLACED_BEFORE.search(before)
                or _PERIOD_BEFORE.search(sentence[max(0, start - _PERIOD_REACH) : start])
                or _SINCE_BEFORE.search(before) or _DONE_BEFORE.search(before)
                or (mention.first is not None and _DONE_AFTER.match(sentence[after_end:]) is not None
                    and not _FUTURE.search(sentence))  # "On Wednesday, Parliament adopted": news of the day
                or _history_after(sentence, mention, start, after_end)
                or _AT_THE_LATEST.match(sentence[after_end:])
                or _MINUTES_BEFORE.search(before) or _NAMES_HISTORY.match(sentence[mention.end :])
                or _AROUND_BEFORE.search(before) is not None
                or (mention.kind == "day" and _CITED_VOM.match(mention.text) is not None))


# "Starting from 21 July, the decisions come out at 14:15", "as of 1 January", "with effect from Monday",
# "from 3 June onwards": the day a standing rule or state begins; the times that go with it are the rule's.
_STATE_BEFORE = re.compile(r"\b(?:starting\s+(?:from|as\s+of)|as\s+(?:of|from)|with\s+effect\s+(?:from|as\s+of)"
                           r"|effective\s+(?:from|as\s+of)?|from)\s*$", re.IGNORECASE)
_ONWARDS_AFTER = re.compile(r"^\s*(?:onwards?\b|on\s*(?:[,.;]|$))", re.IGNORECASE)
def state_start(sentence: str, mention: Mention) -> bool:
    """The day a standing rule begins ("Starting from 21 July", "as of Monday", "from 3 June onwards")."""
    if mention.kind not in ("day", "weekday"):
        return False
    before = sentence[max(0, mention.start - _REACH) : mention.start]
    found = _STATE_BEFORE.search(before)
    if found is None:
        return False
    plain_from = found.group().strip().lower() == "from"
    return not plain_from or _ONWARDS_AFTER.match(sentence[mention.end :]) is not None


def _history_after(sentence: str, mention: Mention, start: int, after_end: int) -> bool:
    """A date opening a sentence told in the past ("On Feb 14 he warned that ..."): history."""
    if mention.kind not in ("day", "weekday", "span") or start > _REACH or not _OPENING_DATE.match(sentence[:start]):
        return False
    if mention.first is not None and mention.first.year is not None:
        return False  # "On March 5, 2013, the office announced": a dated record, which feeds keep as one
    if mention.text[:3] in ("Am ", "am "):  # German: the verb comes right after the opening date
        return _HISTORY_AFTER_DE.match(sentence, after_end) is not None
    found = _HISTORY_AFTER.match(sentence, after_end)
    return found is not None and not _FUTURE.search(sentence, 0, found.end())


# "Am 23. September ließen die Parteien verlauten", "Am 3. Mai wurde der Rat gewählt": an opening German date
# and a verb in the past ("hat geöffnet" may be a state to come, so not "hat").
_HISTORY_AFTER_DE = re.compile(r"\s*,?\s*(?:hatte|hatten|war|waren|wurde|wurden|ließ|ließen|gab|gaben|kam|kamen"
                               r"|nahm|nahmen|trat|traten|fand|fanden|sprach|sprachen|[a-zäöüß]{3,}te|[a-zäöüß]{3,}ten)\b")


# "03/03/14 11:00" alone on a line: a page's stamp, its date in a form the grammar does not read as a day.
_STAMP = re.compile(r"^\W*\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d\d)?\s*,?\s*$")


def stamp(sentence: str, mention: Mention) -> bool:
    """A time right after a numeric date, with no words on the line: when the page was made, not an event."""
    return (mention.kind == "time" and mention.start <= _REACH and _STAMP.match(sentence[: mention.start]) is not None
            and not sentence[mention.end :].strip(" .|"))


def past_before(sentence: str, mention: Mention | None, published: dt.date | None, day: dt.date) -> bool:
    """A dated sentence in the past tense about a day before the publication date: history, not an event."""
    if mention is not None and mention.first is None and _PAST_ACT.search(sentence[: mention.start]):
        return True  # "published on Friday their schedules": a weekday after a verb in the past
    if mention is None or published is None or mention.first is None:
        return False
    cited = _CITED_BEFORE.search(sentence[: mention.start]) and _CITED_AFTER.match(sentence[mention.end :])
    if not cited and not _PAST.search(sentence[: mention.start]):  # a verb in the past shortly before the date
        return False
    part = mention.first
    try:
        when = dt.date(part.year or published.year, part.month, part.day)
    except ValueError:
        return False
    if part.year is None and when > published:
        when = when.replace(year=published.year - 1) if (when - published).days > 180 else when
    return when < published


def of_a_life(sentence: str) -> bool:
    """A birth or a death: history, however recent (`sentence` lower-cased)."""
    return bool(_LIFE.search(sentence))


# "as strong today as it was", "as high school is today", "But today, the cost is": today as
# "nowadays", set against the past; not the day of anything.
_NOWADAYS_BEFORE = re.compile(r"(?:\b(?:is|are|am)|^\W*but)\s*$", re.IGNORECASE)
_NOWADAYS_AFTER = re.compile(r"^\s*as\b")
# "vor denen das Land heute steht", "Heute präsentiert sich das Viertel renoviert", "signifie aujourd'hui":
# "heute", "aujourd'hui" with a verb of being or standing, set against the past: nowadays.
_NOWADAYS_VERBS = (r"(?:ist|sind|steht|stehen|gilt|gelten|bleibt|bleiben|lebt|leben|existiert|existieren"
                   r"|(?:präsentiert|präsentieren|zeigt|zeigen)\s+sich|gibt\s+es|signifie|signifient|est|sont|reste"
                   r"|restent|demeure|demeurent|vit|vivent|existe|existent)")
_NOWADAYS_VERB_BEFORE = re.compile(rf"\b{_NOWADAYS_VERBS}\s*$")
_NOWADAYS_VERB_AFTER = re.compile(rf"^\s*(?:noch\s+|encore\s+)?{_NOWADAYS_VERBS}\b")


def said_today(sentence: str, mention: Mention) -> bool:
    """"said today", "The Cabinet today adopted": the day something was said or done, not an event."""
    before = sentence[max(0, mention.start - _REACH) : mention.start]
    return bool(_SAID_BEFORE.search(before) or _PAST_AFTER.match(sentence[mention.end :])
                or (mention.offset == 0 and (_NOWADAYS_BEFORE.search(before)
                                             or _NOWADAYS_AFTER.match(sentence[mention.end :])))
                or (mention.offset == 0 and mention.text[:1] in "HhAa"  # "heute", "aujourd'hui"
                    and (_NOWADAYS_VERB_BEFORE.search(before) is not None
                         or _NOWADAYS_VERB_AFTER.match(sentence[mention.end :]) is not None)))


_NEGATED = re.compile(
    r"^\W*(?:no|nothing|none)\b|\b(?:will not be held|not take place|no (?:public )?(?:events?|meetings?))\b",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """"No public meetings", "Nothing public on the schedule", "Question Time will not be held"."""
    return bool(_NEGATED.search(text))


_WEEKDAY_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_RECURRING = Gated(re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|quarter|morning|evening|" + _WEEKDAY_NAMES + r")\b"
    r"|\busually\b|\bregularly\b|\b(?:once|twice|three times)\s+a\s+(?:week|month|year)\b"
    r"|\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+" + _WEEKDAY_NAMES
    + r"\s+of\s+(?:each|every|the)\s+month\b|\b(?:weekly|monthly|fortnightly)\s+(?:on|at)\b"
    # "täglich 9.30 bis 17.30 Uhr", "jeden Montag", "werktags", "tous les jours", "chaque mardi"
    r"|\b(?:täglich|werktags|jede[nrs]?\s+(?:tag|woche|monat|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag)|(?:tous|toutes)\s+les\s+(?:jours|semaines|lundis|mardis|mercredis|jeudis|vendredis"
    r"|samedis|dimanches)|chaque\s+(?:jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b"
), "every", "each", "usually", "regularly", "once", "twice", "three times", "month", "weekly", "fortnightly",
    "täglich", "werktags", "jede", "tous", "toutes", "chaque")


# Opening hours: a span of weekdays right before a span of hours ("Monday to Friday: 8am to 6pm",
# "Mo-Fr 9.00-17.00 Uhr"), as contact blocks and helplines give them; a week's rule, not an event.
_DAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)[a-zäéè]*\.?"
_CLOCK = r"\d{1,2}(?:[:.h]\d\d)?(?:\s*(?:[ap]\.?\s?m\.?|h\b|uhr))?"
_OPENING_HOURS = re.compile(
    rf"\b{_DAY_NAME}\s*(?:-|–|to|through|bis|au|à)\s*{_DAY_NAME}\s*[:,]?\s*(?:from\s+|von\s+|de\s+)?"
    rf"{_CLOCK}\s*(?:-|–|to|until|bis|à)\s*{_CLOCK}(?!\d|\s*[a-zäéû]{{3}})"
)  # matched against lower-cased text


# A day kept every year: "ist seit 1996 Gedenktag", "has been designated as a National Day of Service".
_OBSERVED = Gated(re.compile(r"\b(?:ist|is|wurde|was)\b.{0,40}?\b(?:gedenktag|feiertag)\b"
                       r"|\b(?:designated|proclaimed|declared)\s+(?:as\s+)?(?:an?\s+|the\s+)?"
                       r"(?:\w+\s+){0,3}day\b"), "gedenktag", "feiertag", "designated", "proclaimed", "declared")


def recurring(sentence: str) -> bool:
    """A rule of recurrence ("usually on the 4th Tuesday", "every third Wednesday", opening hours):
    no one day's event (`sentence` lower-cased)."""
    return bool(_RECURRING.search(sentence) or _OPENING_HOURS.search(sentence) or _OBSERVED.search(sentence))
