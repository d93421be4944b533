"""Dates that are not events: deadlines, periods, stamps and the other forms a date or time takes in no event. Pure.

Each test is a form of words around a date or time mention, never a sentence:
    deadline   "by 2:45 p.m. at the latest", "before noon (ET) on Tuesday, July 23", "until 31 December",
               "no later than Friday, 26 October"
    period     "the briefings planned for 18-24 August", "the three months ended March 31", "week of November 20"
    stamp      "(published 21 Nov 2030)", "figures as of 31 March 2013"
`deadline` asks the modules of the other kinds too: replaced plans and recesses (parsers/replaced.py), days done
and history (parsers/donedays.py), meetings recorded as held (parsers/recorded.py).
Days a dated sentence tells in the past live in parsers/pastdays.py; births, deaths and "said today" in
parsers/saidtoday.py; page stamps in parsers/stamps.py; a rule's first day, an office's term and the days
participants travel in parsers/standingdays.py; rules of recurrence and empty schedules in parsers/recurring.py;
the day of a birthday or an anniversary set beside its name in parsers/anniversarydays.py.
"""

from __future__ import annotations

import functools
import re

from parsers import (
    anniversarydays,
    asides,
    deadlines,
    documents,
    donedays,
    electoral,
    incidents,
    movedfrom,
    recorded,
    replaced,
    sending,
    standing,
    tallies,
    tense,
    weather,
)
from parsers.dates import Mention
from parsers.datescan import TOMORROWS_GATHERING
from parsers.gate import Gated
from parsers.moment import BEFORE_REACH, joined_end, reach_back
from parsers.verbs import STAMPED

# "(Voranschlagsvergleichsrechnung Stand 31. März 2013)", "figures as of 31 March 2013", "état au 31 mars 2013": the
# day a paper's figures stand at; nothing happens on it. (German "Stand" with its capital: no English stand.)
# So the Chinese "截至", "截止" (up to): "截至2013年8月31日止年度的財務報表", the accounts of the year ended that day.
_AS_OF_BEFORE = re.compile(r"(?:(?-i:\bStand)|\bas\s+(?:of|at)|\b[ée]tat\s+au|\b[àa]\s+jour\s+au|截至|截止)\s*:?\s*$",
                           re.IGNORECASE)
_GERMAN_DAY = re.compile(r"\d{1,2}\.")  # "31. März", "31.03.2013": a day as German writes it


def _as_of(before: str, mention: Mention) -> bool:
    """Is the day the one a paper's figures stand at ("Stand 31. März 2013", "as of 31 March")? German "Stand" only
    before a day written the German way (not "the ceremony for Freedom Stand 10 March 2025")."""
    found = _AS_OF_BEFORE.search(before)
    return found is not None and (not found.group().lstrip().startswith("Stand")
                                  or _GERMAN_DAY.match(mention.text) is not None)


# "vor dem 25. Juli", "nach dem 25. Juli", "seit dem 1. März", "am Folgetag des 25. Juli", "avant le 3 mars",
# "depuis le 3 mars", "le lendemain du 3 mars", Dutch "sinds 1 januari": a time before, after or since a day, not the
# day's event. So the eve of a day, which names the day a thing comes just before: "en vísperas del primero de mayo",
# "la víspera del 1 de mayo", "am Vorabend des 1. Mai", "alla vigilia del 1° maggio", "na véspera do 1.º de Maio";
# and of a thing of that day: "la veille du scrutin du 12 juin", "le lendemain de l'élection du 12 juin".
# (Not a Spanish "vigilia", a vigil, nor "las Vísperas", Vespers: both are held on their day.)
_AROUND_BEFORE = Gated(re.compile(r"(?:\b(?:vor|nach|seit)\s+de[mn]|\bseit|\b(?:Folge|Vor)tag\s+des"
                                  r"|\bTag\s+(?:nach|vor)\s+dem|\b(?:avant|après|depuis)(?:\s+(?:le|l['’]))?"
                                  r"|\b(?:lendemain|veille)(?:\s+(?:d[ue]s?|de\s+la|de\s+l['’])\s*"
                                  r"(?:[^\W\d]+(?:\s+d[ue]s?)?)?)?"
                                  r"|\bsinds|\bsedert"
                                  r"|\b(?:en\s+v[íi]speras|v[íi]spera)(?:\s+del?)?|\bVorabend(?:\s+(?:des|von))?"
                                  r"|\b(?:alla|nella|in)\s+vigilia(?:\s+(?:del?|dell['’]|della))?"
                                  r"|\bv[ée]spera(?:\s+d[oae]s?)?)\s*$",
                                  re.IGNORECASE),
                       "vor", "nach", "seit", "tag", "avant", "après", "depuis", "lendemain", "veille", "sinds",
                       "sedert", "vísper", "visper", "vorabend", "vigilia", "véspera", "vespera")
# "Meeting notice, week of November 20", "Week beginning Monday 7 August", "w/c 20 November", "semaine du 20
# novembre", "Woche vom 20. November", "semana del 20 de noviembre": the day names a week, what happens in it is said
# day by day; the day itself holds no event.
_WEEK_OF_BEFORE = Gated(re.compile(r"(?:\bweek\s+(?:of|beginning|commencing|starting)(?:\s+on)?|\bw/c|\bw\.c\."
                                   r"|\bsemaine\s+du|\bWoche\s+vom|\bsemana\s+del?|\bsettimana\s+del?)\s*(?:the\s+)?$",
                                   re.IGNORECASE), "week", "w/c", "w.c.", "semaine", "woche", "semana", "settimana")


# "published the council's public events for the week of May 10 - 14", "its agenda for the week of 7 - 11 June": the
# span of a listing (what it holds is told entry by entry), not an event's; not "is scheduled for the week of", which
# an event's verb governs.
_LISTING_FOR_A_WEEK = re.compile(r"\b(?:events|schedules?|agendas?|programmes?|programs?|calendars?|plans"
                                 r"|itinerar(?:y|ies)|engagements|appointments)\s+for\s+(?:the\s+)?week\s+of\s*$",
                                 re.IGNORECASE)


_LEAD_OF_A_WEEK = re.compile(r"(?:[^\W\d][\w'’.-]*\s+){1,8}(?:for|in|during)\s+(?:the\s+|this\s+)?")
_HELD_PREPOSITION_OF_A_WEEK = re.compile(r"(?:vom|du|del|de|of)\s+", re.IGNORECASE)


def week_line(text: str, mentions: list[Mention]) -> Mention | None:
    """The day of a line that only names a week ("Week of May 26", "w/c 20 November", "Semaine du 2 juin"): the week
    the weekday rows under it fall in."""
    if len(mentions) != 1 or mentions[0].kind != "day" or mentions[0].first is None \
            or text[mentions[0].end :].strip(" .:;,–—-"):
        return None
    # (a mention may hold the week's preposition: "Woche vom 2. Juni")
    held = _HELD_PREPOSITION_OF_A_WEEK.match(mentions[0].text)
    head = text[: mentions[0].start].lstrip(" -–—•*#") + (held.group() if held else "")
    week = _WEEK_OF_BEFORE.search(head)  # (its gate skips the lines with none of its words)
    # ("The Speaker's programme for the week beginning Monday, 14th August 2023:": a line that names the week its
    # rows fill, after a few words that say whose they are)
    return mentions[0] if week is not None and (week.start() == 0 or _LEAD_OF_A_WEEK.fullmatch(head, 0, week.start()))\
        else None


# "Präsidialdekret vom 22. September", "in der Nacht vom 25. Juli": a German "vom" with one day (no "bis")
# dates a thing or a time already past; what is to come is "am 22. September".
_CITED_VOM = re.compile(r"[Vv]om\s")
_NAMES_HISTORY = re.compile(r"^\s*(?:terror\s+)?(?:attacks?|bombings?|massacre|anschläge?n?|attentats?)\b",
                            re.IGNORECASE)  # "the September 11th attacks": a name, not a day to come
# "[iv] The party leader said on 3 November ...", "[12] See the report of ...": a footnote, which explains or cites;
# "Related: Board meeting of 3 February", "Read more: ...": a link to another page.
_FOOTNOTE = re.compile(r"\s*\[(?:\d{1,3}|[ivxlc]{1,6})\]\s|\W*(?:related(?:\s+(?:news|articles?|content|links?))?"
                       r"|see\s+also|read\s+more|more\s+news|previous(?:\s+(?:article|item|post))?"
                       r"|next(?:\s+(?:article|item|post))?)\s*[:|»›]", re.IGNORECASE)
# "(published 21 Nov 2030)", "Updated 15:30, 30-Dec-2030", "Last updated: Monday": a page's or story's stamp,
# whatever the line around it (an address, a headline before a colon); not the verb of a sentence ("the
# resolution will be posted at 2.30 pm on October 4" is when the decision comes out).
_FILED_BEFORE = re.compile(r"(?:^|[\s(|:])(?<!,\s)(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
                           r"(?<!\bto )(?<!\bget )(?<!\bgets )"
                           rf"(?:{STAMPED})(?:\s+(?:on|am|le|el))?\s*:?\s*$",
                           re.IGNORECASE)




def filed(text: str, mention: Mention) -> bool:
    """The date of a stamp ("(published 21 Nov 2030)", "Updated 15:30, 30-Dec-2030"): when a page was made."""
    return _FILED_BEFORE.search(text, max(0, mention.start - _REACH), mention.start) is not None


# "the briefings planned for 18-24 August", "their public schedules for Monday, September 30–Sunday, October 6":
# the period a schedule covers.
_PERIOD_BEFORE = Gated(re.compile(
    # (not a programme something opens or closes: "a prayer opens the programme today, Friday 26 September")
    r"(?<!opens the )(?<!open the )(?<!closes the )(?<!close the )(?<!begins the )(?<!starts the )(?<!ends the )"
    r"\b(?:schedules?|diar(?:y|ies)|agendas?|programmes?|itinerar(?:y|ies)|briefings|calendars?|daybook)"
    r"(?:(?:\s+[\w.]+){0,2}\s+(?:for|of|covering)\s*(?:the\s+(?:coming\s+)?(?:week|period)\s*,?\s*(?:of\s+|from\s+)?)?"
    r"|(?:\s+[\w.]+){0,12}\s*,|\s*[:–—-]?)\s*$",
    re.IGNORECASE,
), "schedule", "diar", "agenda", "programme", "itinerar", "briefings", "calendar", "daybook")
# "results for the year to 30 June 2019", "the three months ended March 31", "the quarter ending 30 September", "in
# the week to 30 January": the last day of a reporting period, of which results are told, not a day something happens.
# ("the Clerk's report for 1 July – 30 September 2023", "accounts for the period 1 April to 31 March": the period a
# report covers.) Not how far a day moved: "postponed by a week to 16 June".
_ACCOUNTS_BEFORE = Gated(re.compile(
    r"(?<!\bby a )(?<!\bby one )(?<!\bby two )(?<!\bby three )(?<!\bby four )"
    r"\b(?:year|quarter|half|half-year|months|period|week|weeks|month)\s+(?:to|ended|ending)\s*$"
    r"|\b(?:reports?|accounts|statements?|figures|statistics|returns)\s+for\s+(?:the\s+period\s+(?:of\s+|from\s+)?)?$"
    # "October Term 2022 (October 3, 2022, through October 1, 2023)", "Fiscal Year 2024 (October 1, 2023 - September
    # 30, 2024)": the days that bound a named period, in brackets after its name, not a day something happens
    r"|\b(?:term|(?:fiscal|financial|tax|budget|school|academic)\s+year|fy)\s*(?:\d{2,4}(?:\s*[-–/]\s*\d{2,4})?)?"
    r"\s*\(\s*$",
    re.IGNORECASE), "year", "quarter", "half", "month", "period", "week", "report", "accounts", "statement", "figures",
    "statistics", "returns", "term", "fy")
# "arguments from 2004 to October 21, 2014", "recordings held from 1998 until 3 March 2030": the last day of a period
# that opens with a bare year, years long (an archive's, a series', a record's), not a day something happens on.
_FROM_A_YEAR_TO = re.compile(r"\b(?:from|since)\s+(?:19|20)\d\d\s+(?:to|until|till|through|thru)\s*$", re.IGNORECASE)
_REACH = BEFORE_REACH
_PERIOD_REACH = 100  # "Schedules of Gov. Spencer J. Cox and Lt. Gov. Deidre Henderson, July 29-Aug. 2"


_HELD_PREPOSITION = re.compile(r"(?:at|on|à)\b", re.IGNORECASE)
# "n°38 du 29 mars 2017", "No. 38 of 29 March 2017": the word that ties a number to its day, when the mention holds it
_TIE_HELD = re.compile(r"(?:du|del|of|vom|dated)\s+", re.IGNORECASE)


# '"Suppose television moves a game from Saturday to Sunday: we would then ...', "If, for example, the match went to
# the Tuesday, we would ...": days of a case imagined to explain a rule, not a plan.
# (Not "Imagine a night of jazz on Friday ... you could win": copy that sells a real evening.)
_HYPOTHETICAL = re.compile(r"^\W*(?:suppose|supposing|(?:if|for\s+example|for\s+instance)\s*,?\s*"
                           r"(?:for\s+example|for\s+instance|if)\b)[^.]{0,300}?\bwould\b", re.IGNORECASE)
# "so that both are never at home on the same day", "the board never meets on a Sunday": a rule denied, no day.
# (Within the clause: "Never before seen on stage, the show opens on Friday" opens a real night.)
_NEVER_BEFORE = re.compile(r"\bnever\b[^.;:!?,]{0,60}$", re.IGNORECASE)
# "I'm not saying it has to be tomorrow", "No estoy diciendo que sea mañana", "Juan no sabe si le operarán mañana",
# "Je ne dis pas que ce soit demain", "Ojalá sea mañana": a relative day or a weekday in a clause that a denied or
# doubted saying, thinking or knowing, or a wish, governs: a day talked of, not one set (seen in pages-p54, a
# patient's complaint quoted in a Spanish news story). Within the clause, as "never": not "We don't know the
# speakers yet, but the hearing is tomorrow".
_DENIED_BEFORE = re.compile(
    r"(?:(?:\bnot|n't)\s+(?:(?:be\s+)?saying|say|know(?:ing)?|sure|think(?:ing)?|believe|claim(?:ing)?)\b"
    r"|\bno\s+(?:(?:estoy|estamos|está|están)\s+diciendo|digo|dice|decimos|dicen|sé|sabe|sabemos|saben|creo|cree"
    r"|creemos|pienso|piensa)\b|\bojal[áa]\b"
    r"|\bne\s+(?:dis|dit|disons|disent|sais|sait|savons|savent|crois|croit|croyons|pense|pensons|pensent)\s+pas\b"
    r"|\bnon\s+(?:dico|dice|diciamo|so|sa|sappiamo|sanno|credo|crede|penso|pensa)\b"
    r"|\bnão\s+(?:digo|diz|dizemos|(?:estou|está)\s+dizendo|sei|sabe|sabemos|sabem|acho|acha|creio)\b"
    r"|\b(?:weiß|weiss|wissen|sage|sagen|glaube|glauben)\s+(?:\w+\s+)?nicht,?\s+(?:ob|dass)\b)"
    r"[^.;:!?,]{0,60}$", re.IGNORECASE)


# "at 1 p.m. on Monday", "at 1 p.m. on Monday, 16 March": a clock, then its day after "on"
_ON_AFTER_CLOCK = re.compile(r"[^,;]*?\bon\s+[^,;]*$", re.IGNORECASE)


def _clock_then_on(sentence: str, start: int, day: Mention) -> bool:
    """Does "on" stand between a clock at `start` and its day ("at 1 p.m. on Monday", "... on Monday, 3 March")?"""
    return day.text[:3].lower() == "on " or _ON_AFTER_CLOCK.match(sentence, start, day.start) is not None


# "The President is due back home on 9 September.", "returns home on Friday.": the end of a journey, when the traveller
# is home again, no event of the trip (not a homecoming told with its place: "return home on Saturday, Oct. 27, at the
# Sedona armory" is a ceremony)
_NOTHING_AFTER = re.compile(r"[\s.!)\]]*$")
_BACK_HOME = re.compile(r"\b(?:return(?:s|ing)?|(?:is|are|be|due|comes?|coming|fl(?:y|ies|ying))\s+(?:due\s+)?back)"
                        r"\s+home\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


def deadline(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A date or time by which something must be done, or a date that another replaced."""
    if _no_day_of_events(sentence):
        return True
    if mention.kind == "published" and mention.offset > 0 and TOMORROWS_GATHERING.match(sentence, mention.start):
        return False  # "landed before tomorrow's official opening": the day of the gathering, not a time limit
    start = reach_back(sentence, mention, mentions)
    before = sentence[max(0, start - _REACH) : start]
    after_end = joined_end(sentence, mention, mentions)
    # "close at 5pm on Friday": the time's mention holds its "at", which the deadline's words end with
    opening = _HELD_PREPOSITION.match(sentence, start)
    before_period = sentence[max(0, start - _PERIOD_REACH) : start]
    # "due in Accra by 7 p.m. on Friday": the words before the moment are read as of its first mention, the time
    kind = next((m.kind for m in mentions if m.start == start), mention.kind)
    return bool(deadlines.by_then(sentence, before, kind, sentence[after_end : after_end + _REACH])
                or (opening is not None and deadlines.by_then(sentence, before + opening.group(), kind))
                or replaced.replaced(sentence, mention, start, before, mentions)
                or deadlines.bounds_a_period(before_period, sentence[after_end : after_end + _REACH])
                # (a period is days, not a clock; nor the day of a clock told first: "brief them on the programme at
                # 1 p.m. on Monday")
                or mention.kind != "time" and not (kind == "time" and _clock_then_on(sentence, start, mention))
                and _PERIOD_BEFORE.search(before_period)
                or mention.kind != "time" and deadlines.opens_or_closes_a_window(before_period)
                or _ACCOUNTS_BEFORE.search(sentence[max(0, mention.start - _REACH) : mention.start])
                or mention.kind == "day" and _FROM_A_YEAR_TO.search(sentence, max(0, start - 40), start) is not None
                or donedays.told_done(sentence, mention, start, after_end, mentions)
                or _last_weekday(sentence, start, after_end, mentions)
                or deadlines.at_the_latest(sentence, after_end)
                or recorded.recorded(sentence, start, before)
                or _NAMES_HISTORY.match(sentence[mention.end :])
                # ("paru au BALO n°38 du 29 mars 2017": the mention holds the "du" that ties the paper's number to
                # its day)
                or documents.named(sentence, before + (tie.group() if (tie := _TIE_HELD.match(sentence, start))
                                                       else ""), after_end)
                or _AROUND_BEFORE.search(before) is not None or _FILED_BEFORE.search(before) is not None
                # ("la veille du 1er mai": the eve's words read as a day of their own, which the day joins)
                or (mention.kind == "day" and start < mention.start
                    and _AROUND_BEFORE.search(sentence, max(0, mention.start - _REACH), mention.start) is not None)
                or (mention.kind == "day" and _as_of(before, mention))
                or asides.no_happening(before + (opening.group() if opening is not None else ""))
                or tallies.counted_to(before, mention.kind)
                or (mention.kind in ("day", "span") and tallies.reaches_a_level(before))
                or (mention.kind == "span" and tallies.counted_over(sentence, start))
                or standing.hours_of_a_rule(sentence, start)
                or incidents.incident(sentence, start)
                or (mention.kind == "time" and movedfrom.time_set_aside(sentence, start, mention.end))
                or (mention.kind in ("day", "span") and movedfrom.day_set_aside(sentence, start, mention.end, mentions))
                or (mention.kind == "day" and _CITED_VOM.match(mention.text) is not None)
                or (mention.kind == "day" and _WEEK_OF_BEFORE.search(before) is not None)
                or (mention.kind == "span" and _LISTING_FOR_A_WEEK.search(before) is not None)
                or (mention.kind == "day" and anniversarydays.anniversary_day(sentence, start, after_end, mentions))
                or (mention.kind == "day" and anniversarydays.anniversary_falls(sentence, start, after_end, mentions))
                or (mention.kind == "day"
                    and anniversarydays.observance_day(sentence, start, after_end, mentions, mention))
                or documents.published_then(sentence, start, after_end)
                or electoral.timetable_step(sentence, start)
                or sending.sent_then(sentence, start)
                or (mention.kind in ("relative", "weekday") and _NEVER_BEFORE.search(before) is not None)
                or (mention.kind in ("published", "relative", "weekday") and _DENIED_BEFORE.search(before) is not None)
                or (mention.kind != "time" and _BACK_HOME.search(before) is not None
                    and _NOTHING_AFTER.match(sentence, after_end) is not None))


# deadline is asked of each mention of a sentence, two or three in many; its tests that read the sentence alone are
# asked once a sentence (the last few remembered: the answers are the tests' own).
@functools.lru_cache(maxsize=8)
def _no_day_of_events(sentence: str) -> bool:
    """A sentence none of whose days or times is an event's: a footnote or a link, the weather, a case imagined."""
    return (_FOOTNOTE.match(sentence) is not None or weather.weather(sentence)
            or _HYPOTHETICAL.match(sentence) is not None)


def _last_weekday(sentence: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """A weekday gone by among the mentions of one moment, those between `start` and `end` (moment.same_moment's,
    its bounds as deadline found them)."""
    return any(m.kind == "weekday" and start <= m.start and m.end <= end
               and tense.weekday_gone_by(sentence, m.start, m.end) for m in mentions)


