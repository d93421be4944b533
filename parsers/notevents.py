"""Dates that are not events: deadlines, replaced dates, days done, history. Pure.

Each test is a form of words around a date or time mention, never a sentence:
    deadline   "by 2:45 p.m. at the latest", "before noon (ET) on Tuesday, July 23", "until 31 December",
               "no later than Friday, 26 October"
    replaced   "first set for Saturday, February 9", "instead of 3 May", "postponed from 12 June"
    done       "came into force on 1 October 2019", "having closed on 31 December"
    history    "On Feb 14 he warned that", "As of Wednesday the country had 178 cases"
Days a dated sentence tells in the past live in parsers/pastdays.py; births, deaths and "said today" in
parsers/saidtoday.py; page stamps in parsers/stamps.py; a rule's first day, an office's term and the days
participants travel in parsers/standingdays.py; rules of recurrence and empty schedules in parsers/recurring.py.
"""

from __future__ import annotations

import functools
import re

from parsers import (
    asides,
    deadlines,
    documents,
    donedays,
    electoral,
    extent,
    incidents,
    movedfrom,
    sending,
    standing,
    tallies,
    tense,
    weather,
)
from parsers.dates import Mention
from parsers.gate import Gated
from parsers.moment import joined_end, reach_back
from parsers.pastdays import FUTURE
from parsers.verbs import MOVED, PLANNED, STAMPED

# "came into force on 1 October 2019", "tested positive for COVID-19 on Aug. 21", "having closed on 31 December":
# a verb in the past right before the date says it is over; "will be closed on", "is closed on" do not.
_DONE_BEFORE = Gated(re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bwill )\b(?:(?:came|entered)\s+into\s+(?:force|effect)"
    r"|took\s+(?:effect|office)|tested\s+positive|(?:had|has|have|having)\s+(?:been\s+)?\w+ed|closed|expired"
    r"|occurred|happened"
    # "lifted off without a hitch on Feb. 1": a flight gone by
    r"|lifted\s+off|took\s+off|touched\s+down|splashed\s+down)"
    r"\s+(?:[\w-]+\s+){0,3}?on\s*$"
    # "took effect at 18:00 on 2 October": so before the time of a happening gone by
    r"|(?<!\bbe )(?<!\bwill )\b(?:(?:came|entered)\s+into\s+(?:force|effect)|took\s+(?:effect|off)|lifted\s+off"
    r"|touched\s+down|splashed\s+down|occurred|happened|expired)(?:\s+at)?\s*$",  # (a time's mention may hold its "at")
    re.IGNORECASE,
), "came", "entered", "took", "tested", "had", "has", "hav", "closed", "expired", "occurred", "happened", "lifted",
    "touched", "splashed")
# "A delegation took part in the 9th World Congress of Chambers in Turin, Italy, on 10 - 12 June 2015", "the mayor
# attended the forum held in Accra on 3 March": a report of having been there, the verb in the past and nothing
# to come between it and the day (not "to be attended by", "will have attended", "attended ... and will return on").
_TOOK_PART_BEFORE = Gated(re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bhave )(?<!\bwill )\b(?:took\s+part|participated|attended)\b"
    r"(?:(?!\b(?:will|shall|would|next|upcoming|coming|to\s+be)\b)[^.;!?\n]){0,90}?(?:\s(?:on|from))?\s*$",
    re.IGNORECASE), "took", "participated", "attended")
# "As we reported to the 19th meeting on Jan. 16, ...": the speaker's own earlier word, and the day it was given.
_AS_SAID_BEFORE = Gated(re.compile(
    r"\bas\s+(?:we|I|you|they|he|she|it)\s+(?:reported|said|noted|announced|explained|stated|mentioned|told\s+\w+)"
    r"\b[^.;:!?]{0,80}?\bon\s*$", re.IGNORECASE), "as ")
# "the talks, which began on 2 March", "the ceasefire agreed on 1 March", "was signed on 4 June": a verb in the
# past (or a participle of one) right before "on DATE", unless "be", "is", "will" ... make it one to come.
_DID_VERBS = ("began", "agreed", "signed", "concluded", "reached", "started", "launched", "issued", "adopted", "opened",
              "ended", "approved", "published", "announced", "decided", "unveiled",
              # "Observers deployed on 4 March will remain until ...": the day a mission set out, gone by
              "deployed")
# "The committee, set up on 4 April 2025, will ...", "The treaty, signed on 12 June 2019, will be reviewed on ...": the
# day a body was made or an act done, named in an aside (not "The report, published on Monday, will be presented": a
# paper may yet come out)
_MADE_VERBS = ("set up", "established", "founded", "formed", "constituted", "appointed", "elected", "adopted", "signed",
               "agreed", "approved", "concluded", "ratified", "enacted")
# ("were issued on 8 and 10 July": the list's last day, its first bare before it, as the verb's too)
_DID_ON = Gated(re.compile(rf"\b([\w'’]+)(?:\s+(?:\w+ly\s+)?(?:{'|'.join(_DID_VERBS)})|,\s+(?:{'|'.join(_MADE_VERBS)}))"
                           r"\s+(?:in\s+[\w-]+\s+)?on\s*"
                           r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s*,\s*|\s+and\s+|\s*&\s*))*$",
                           re.IGNORECASE), *_DID_VERBS, *_MADE_VERBS)
_TO_COME = frozenset({"be", "is", "are", "been", "being", "will", "shall", "to", "would", "should", "may", "might",
                      "must", "can", "could", "get", "gets"})
# "the Regulations, made by the Licensing Board on 16 June", "the Order, made by the Ministry on 2 May": a paper (rules,
# an order, a notice) that a body made on a day gone by, as a motion cites it; its date, no event.
_MADE_BY_ON = Gated(re.compile(r"\b([\w'’]+),?\s+(?:\w+ly\s+)?(?:(?<=regulations )|(?<=regulations, )|(?<=rules )"
                               r"|(?<=rules, )|(?<=order )|(?<=order, )|(?<=notice )|(?<=notice, ))made\s+by"
                               # (the body's name: no word of a verb to come, "made by the Board will be debated on")
                               r"\s+(?:the\s+)?(?:(?!(?:" + "|".join(sorted(_TO_COME)) + r")\b)[\w&'’-]+\s+){1,6}?"
                               r"on\s*$",
                               re.IGNORECASE), "made")


# "(Voranschlagsvergleichsrechnung Stand 31. März 2013)", "figures as of 31 March 2013", "état au 31 mars 2013": the
# day a paper's figures stand at; nothing happens on it. (German "Stand" with its capital: no English stand.)
_AS_OF_BEFORE = re.compile(r"(?:(?-i:\bStand)|\bas\s+(?:of|at)|\b[ée]tat\s+au|\b[àa]\s+jour\s+au)\s*:?\s*$",
                           re.IGNORECASE)
_GERMAN_DAY = re.compile(r"\d{1,2}\.")  # "31. März", "31.03.2013": a day as German writes it


def _as_of(before: str, mention: Mention) -> bool:
    """Is the day the one a paper's figures stand at ("Stand 31. März 2013", "as of 31 March")? German "Stand" only
    before a day written the German way (not "the ceremony for Freedom Stand 10 March 2025")."""
    found = _AS_OF_BEFORE.search(before)
    return found is not None and (not found.group().lstrip().startswith("Stand")
                                  or _GERMAN_DAY.match(mention.text) is not None)


def done_on(text: str, mention: Mention) -> bool:
    """Is `mention` a day something was done on, a verb in the past or its participle right before it ("was signed on
    4 June", "The committee, set up on 4 April 2025, will ...")?"""
    return _done_on(text[max(0, mention.start - _REACH) : mention.start], mention)


def _done_on(before: str, mention: Mention) -> bool:
    if extent.still_running(mention):
        return False
    if mention.text[:3].lower() == "on ":
        before += " on"  # a weekday's mention holds its "on"
    found = _DID_ON.search(before)
    return found is not None and found.group(1).lower() not in _TO_COME


def _made_on(before: str, mention: Mention) -> bool:
    """A paper's day: made by a body on it (`before`: the words before the day, the body's name and the paper's
    with them)."""
    if extent.still_running(mention):
        return False
    found = _MADE_BY_ON.search(before + " on" if mention.text[:3].lower() == "on " else before)
    return found is not None and found.group(1).lower() not in _TO_COME


# "On 3 January the Chair circulated a list", "that on Thursday 17 May the authorities had reported a case": the
# clause after the date tells what was done then, when the sentence says nothing of the future.
# (Not across a relative clause's opening: "holds its session on 6 October, closing a year in which Mauritius chaired
# the organisation" tells of something else in the past.)
_DONE_AFTER = re.compile(r"^(?:(?!\b(?:which|who|whom|whose|where)\b)[^.;:]){0,80}?"
                         # ("From Monday 6 March to Friday 10 March we visited five schools": a count for object)
                         # ("published, in the Annex, its schedule": an aside between the verb and its object)
                         r"\b(?:had\s+(?:been\s+)?\w+(?:ed|en)|\w+ed(?:\s*,[^,.;]{1,40},)?\s+(?:a|an|the|its|their|his|her|our"
                         r"|two|three|four"
                         r"|five|six|seven|eight|nine|ten|\d+)\s"
                         # "The fair on May 24 drew 3,000 visitors": what a day gone by brought in, counted
                         r"|(?:drew|attracted|welcomed|brought\s+in)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?\d)",
                         re.IGNORECASE)
# "On Feb 14 he warned that", "On Tuesday, the Minister Jane Roe said", "As of Wednesday the country had 178 cases":
# a date opening a sentence whose subject then acts in the past. The verb must be followed by what a verb takes
# (an object, "that", a number), so "the newly elected president takes office" stays an event.
# ("Earlier on Monday, the President met": an opening "earlier", "also", "separately" too)
# ("This Monday at 10am, the minister opened": "this" or "last" before a weekday opens it too.)
# ("At a ceremony on Friday, 28 October, the Assembly gave its prize", "During a visit to Riga on 3 May, the minister
# signed": the occasion it happened at may open the sentence before its date.)
_OPENING_DATE = re.compile(r"^\W*(?:\w+\s*:\s*)?(?:(?:earlier|also|separately)\s*,?\s*)?"
                           r"(?:(?:at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){1,4}?)?"
                           r"(?:on\s+|as\s+of\s+|this\s+(?:past\s+)?|last\s+)?$", re.IGNORECASE)
_HISTORY_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s*,?\s*(?:[\w.'’-]+\s+){0,7}?(?:[a-z]{3,}ed|said|had|was|were|met|held|gave|made"
    r"|told|spoke|wrote|took|went|came|saw|sent|began|won|lost|left|became)(?=\s+(?:that|a|an|the|his|her|its"
    r"|their|our|to|with|on|in|about|for|it|he|she|they|we|\d)\b|\s*[,.;]|\s*$)")
# "A las 7 de este lunes, el gremio resolvió un paro": a Spanish or Portuguese preterite after the opening moment.
_HISTORY_AFTER_IB = re.compile(rf"\s*,?\s*(?:[\w.'’-]+\s+){{0,7}}?{tense.IBERIAN_PRETERITE}\b")
# "since Aug. 15": history; "after January 20, 2017, materials will ...": the start of a state, no event.
_SINCE_BEFORE = Gated(re.compile(r"\b(?:since|ever since|after)\s*$"
                                 r"|\bago\s*,?\s*(?:on|in)?\s*$", re.IGNORECASE),  # "a year ago, on 20 May 2029"
                      "since", "after", "ago")
# "vor dem 25. Juli", "nach dem 25. Juli", "seit dem 1. März", "am Folgetag des 25. Juli", "avant le 3 mars",
# "depuis le 3 mars", "le lendemain du 3 mars": a time before, after or since a day, not the day's event.
_AROUND_BEFORE = Gated(re.compile(r"(?:\b(?:vor|nach|seit)\s+de[mn]|\bseit|\b(?:Folge|Vor)tag\s+des"
                                  r"|\bTag\s+(?:nach|vor)\s+dem|\b(?:avant|après|depuis)(?:\s+(?:le|l['’]))?"
                                  r"|\b(?:lendemain|veille)(?:\s+du)?)\s*$", re.IGNORECASE),
                       "vor", "nach", "seit", "tag", "avant", "après", "depuis", "lendemain", "veille")
# "Meeting notice, week of November 20", "Week beginning Monday 7 August", "w/c 20 November", "semaine du 20
# novembre", "Woche vom 20. November", "semana del 20 de noviembre": the day names a week, what happens in it is said
# day by day; the day itself holds no event.
_WEEK_OF_BEFORE = Gated(re.compile(r"(?:\bweek\s+(?:of|beginning|commencing|starting)(?:\s+on)?|\bw/c|\bw\.c\."
                                   r"|\bsemaine\s+du|\bWoche\s+vom|\bsemana\s+del?|\bsettimana\s+del?)\s*(?:the\s+)?$",
                                   re.IGNORECASE), "week", "w/c", "w.c.", "semaine", "woche", "semana", "settimana")
# "Präsidialdekret vom 22. September", "in der Nacht vom 25. Juli": a German "vom" with one day (no "bis")
# dates a thing or a time already past; what is to come is "am 22. September".
_CITED_VOM = re.compile(r"[Vv]om\s")
# "Approval of June 14th, 2019 ... meeting minutes", "minutes of the May 5 meeting": an agenda's
# item about a meeting already held.
# (And in the other languages: "procès-verbal de la réunion du", "verbale della seduta del", "notulen van de
# vergadering van".)
_MINUTES_BEFORE = Gated(re.compile(r"\b(?:approv(?:e|al|ing)\s+(?:of\s+)?(?:the\s+)?|minutes\s+(?:of|from)\s+"
                                   r"(?:the\s+)?|procès-verba(?:l|ux)\s+(?:de\s+la|des)\s+(?:réunion|séance)s?"
                                   r"(?:\s+(?:du|des))?\s*|verbal[ei]\s+(?:della|delle)\s+sedut[ae]\s+(?:del|dei)\s*"
                                   r"|notulen\s+van\s+de\s+vergadering(?:en)?\s+van\s*)$", re.IGNORECASE),
                        "approv", "minutes", "procès-verba", "verbal", "notulen")
# "Minutes of the Regular Meetings of September 29, 2031, and October 6, 2031, and of the Special Session of the Board
# of October 4, 2031": the meetings an agenda's minutes record, each day of the list held already.
# (The meeting's own name may follow it, "of the Board of Supervisors"; not a verb: "the minutes of yesterday's
# meeting come out on 18 December" tells when minutes are published.)
# (Not across a clause of another happening: "approve the minutes of its last meeting and hold a public hearing on")
_OTHER_CLAUSE = r"\b(?:and|then)\s+(?:then\s+)?(?:hold|host|convene|meet|conduct|begin|open)s?\b"
_MINUTES_OF_MEETINGS = Gated(re.compile(
    rf"\b[Mm]inutes\s+(?:of|from)\s+(?:(?!{_OTHER_CLAUSE})[^.;:]){{0,160}}?\b(?:[Mm]eetings?|[Ss]essions?|[Ss]ittings?"
    r"|[Hh]earings?)"
    r"(?:\s+of\s+the(?:\s+(?:of\s+)?[A-Z][\w'’-]*){1,4})?\s+(?:of|on|held\s+on)\s+$"
    r"|\b[Mm]inutes\s+(?:of|from)\s+[^.;:]{0,160}?\d{4}\s*,?\s*(?:and|&)\s+$"), "inutes")
_MINUTES_REACH = 250  # characters before a day where the minutes that list it are named
# "a near-verbatim transcript of today's noon briefing", "Readout of the 3 May call": the text records an event
# already held; its day and time are the record's, nothing to come.
_RECORD_BEFORE = Gated(re.compile(r"\b(?:transcript|readout|verbatim\s+record)s?\s+of\s+(?:the\s+|an?\s+)?"
                                  r"(?:\w+day['’]s\s+)?$", re.IGNORECASE), "transcript", "readout", "verbatim")
# "welcome to our press briefing this morning, March 26", "welcome to today's news conference, Thursday 4 July": a
# host's greeting spoken at the event; the text is its transcript, the day the record's (not "welcome to attend").
_WELCOME_BEFORE = Gated(re.compile(
    r"\bwelcome\s+(?:(?:you|everyone|all)\s+)?to\s+(?:our|this|today['’]s|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:briefing|press\s+(?:conference|briefing)|news\s+conference|session|meeting|webinar|hearing)\s*"
    r"(?:(?:this|today)\s+(?:morning|afternoon|evening)|today|tonight)?\s*[,(]?\s*(?:on\s+)?$",
    re.IGNORECASE), "welcome")
# "G. Approval of the Minutes", "Genehmigung des Protokolls": the list under it names meetings held.
MINUTES_HEADING = Gated(re.compile(r"\b(?:approv\w*|adopt\w*|minutes)\s+(?:of\s+)?(?:the\s+)?"
                             r"(?:minutes|previous\s+meetings?)\b|\bGenehmigung\s+(?:des|der)\s+Protokoll|\bapprobation\s+du\s+procès-verbal",
                                        re.IGNORECASE), "minutes", "previous", "protokoll", "procès-verbal")
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


# "sednica zakazana za sutra pomera se za ponedeljak", "sjednica zakazana za četvrtak odgođena je": in Serbian,
# Croatian and Bosnian, the day a sitting was set for, in a sentence that moves or puts it off (the new day follows
# "pomera se za", "odgođena za", not "zakazana za").
_SET_FOR_BEFORE = Gated(re.compile(r"\b(?:zakazan[aoi]?|planiran[aoi]?|predviđen[aoi]?)\s+za\s*$", re.IGNORECASE),
                        "zakazan", "planiran", "predvi")
_PUT_OFF = re.compile(r"\b(?:pomera|pomjera|pomeren\w*|pomjeren\w*|odlaže|odlaž\w+|odložen\w*|odgođen\w*"
                      r"|odgađa\w*|prebačen\w*)\b", re.IGNORECASE)
# "No plenary sittings are held in Easter week, 14-20 April", "there will be no sittings from 3 to 7 March", "in der
# Osterwoche finden keine Plenarsitzungen statt", Finnish "14.-20.4. ei pidetä täysistuntoja": a period without
# sittings (a recess) is no event. (A single day told off, "there will be no briefing on Friday", stays a cancelled
# event, findings.py.)
# Where one clause ends and another begins: "; ", ", and", ", but", Serbian and Croatian ", a", ", ali", ", dok"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|a|ali|no|dok)\s", re.IGNORECASE)


def _in_its_clause(found: re.Match[str] | None, sentence: str, mention: Mention) -> bool:
    """Is the words found in the mention's own clause ("no sittings are held from 3 to 7 March"; not "... from 10 to
    14 March in Vienna, and there will be no sessions on the Wednesday", nor "the sitting set for Thursday is held,
    a odgođena je samo konferencija")?"""
    if found is None:
        return False
    low, high = min(found.start(), mention.start), max(found.end(), mention.end)
    return _CLAUSE_BREAK.search(sentence, low, high) is None


_NO_SITTINGS = Gated(re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:sittings?|sessions?|meetings?|hearings?)\s+(?:are|is|will\s+be)\s+(?:held|scheduled)\b"
    r"|\bthere\s+(?:will\s+be|are)\s+no\s+(?:[\w-]+\s+)?(?:sittings|sessions|meetings|hearings)\b"
    r"|\b(?:finden|gibt\s+es)\s+keine\s+(?:\w+\s+)?\w*sitzungen\b"
    r"|\bei\s+(?:pidetä|järjestetä)\b|\bpas\s+de\s+séances?\b|\bnon\s+(?:ci\s+sono|si\s+tengono)\s+sedute\b",
    re.IGNORECASE), "no ", "keine", "ei ", "pas de", "non ")
# "The office had earlier announced that the House was expected to sit again on Tuesday, 3 June": a plan told in
# the past perfect, as the past of the past, is one that later news replaced; not when the sentence says what
# will be ("had said that the House will sit").
_SUPERSEDED = Gated(re.compile(
    r"\bhad\s+(?:\w+ly\s+|earlier\s+|first\s+)?(?:announced|said|stated|indicated|set|scheduled|planned|fixed)\b"
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:expected|due|scheduled|set|planned|slated|to)\b[^.;]{0,60}$", re.IGNORECASE),
    "had")
# "The crew were first due to fly to the station on February 26", "the ceremony was originally scheduled to open the
# season on 3 May": the plan told in the past with its first, set-aside day, whatever it was to do (the replacing
# day is told apart).
_WAS_FIRST_DUE = Gated(re.compile(
    # (the plan's own words up to its day: not past a comma or a word of the new plan, "was originally scheduled to take
    # place in Geneva, will now open in Vienna on 3 May", "was originally due last week and is now set for 3 May")
    rf"\b(?:was|were)\s+(?:originally|first|initially|previously)\s+(?:{PLANNED}|expected)\s+to\b"
    r"(?:(?!\b(?:now|will|is|are|instead|but|then)\b)[^.;:!?,]){0,80}?"
    r"\b(?:on|for|in)\s*$", re.IGNORECASE), "originally", "first", "initially", "previously")
# "The airport had said the first arrival, which ..., would be the flight from Singapore at 6.40 am; it ran late":
# what was said before would happen, at the sentence's last day or time (not "would take place on Thursday, but it
# was moved to Friday at 6 pm", whose new day comes after).
_SAID_IT_WOULD = Gated(re.compile(
    r"\bhad\s+(?:\w+ly\s+|earlier\s+|first\s+)?(?:announced|said|stated|indicated|planned|expected)\b"
    r"[^.;]{0,120}?\bwould\b(?:(?!\b(?:but|moved|now|instead|postponed|rescheduled|changed)\b)[^.;]){0,60}$",
    re.IGNORECASE), "had")
_WILL = re.compile(r"\b(?:will|shall|as\s+planned|go(?:es)?\s+ahead|(?:is|are|remains?)\s+(?:confirmed|unchanged)"
                   r"|still)\b", re.IGNORECASE)  # the plan stands: "goes ahead as planned", "is confirmed"


def filed(text: str, mention: Mention) -> bool:
    """The date of a stamp ("(published 21 Nov 2030)", "Updated 15:30, 30-Dec-2030"): when a page was made."""
    return _FILED_BEFORE.search(text, max(0, mention.start - _REACH), mention.start) is not None


_REPLACED_BEFORE = Gated(re.compile(
    r"\b(?:instead\s+of|rather\s+than|(?:originally|first|initially|previously)\s+(?:\w+\s+)?"
    rf"(?:{PLANNED})(?:\s+to\s+(?:run|be\s+held|take\s+place)(?:\s+(?:on|in))?|\s+(?:for|on|from|in))|postponed\s+from|moved\s+from|brought\s+forward\s+from"
    # "Planned at first for Thursday, November 10": the plan, its adverb after the verb
    rf"|(?:{PLANNED})\s+(?:at\s+first|originally|initially)\s+(?:for|on|in)"
    # "it had been set for November 11": the plan the news replaced, told in the past perfect
    rf"|\bhad\s+been\s+(?:{PLANNED}|called)\s+(?:for|on)"
    # "was moved to 19 March from 12 March": the day it was moved from, after the new one
    rf"|(?:{MOVED})\b[^.;]{{0,60}}?\bfrom"
    # "on 6 May, not 7 May", "(and not on Tuesday 7 May as announced)": the day set aside
    r"|(?:[,(;]|\band|\bbut)\s*(?:and\s+)?not\s+(?:on|for|at)?)"
    r"(?:\s+(?:next\s+|this\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(?)?"  # "next Saturday (Dec. 10)"
    r"(?:\s+(?:next|this|last))?"  # the same where the weekday opens the date ("next" + "Saturday (Dec. 10)")
    # "not at the customary 12 p.m.", "instead of the present 7:00 am": the time or day set aside, so described
    r"(?:\s+the\s+(?:usual|customary|normal|regular|present|current|previous|earlier|original|traditional))?"
    r"\s*$",
    re.IGNORECASE,
), "instead", "rather", "originally", "first", "initially", "previously", "postponed", "moved", "brought",
   "rescheduled", "put", "pushed", "delayed", "shifted", "not", "had")
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
_REACH = 40  # characters before a mention where its preposition stands
_PERIOD_REACH = 100  # "Schedules of Gov. Spencer J. Cox and Lt. Gov. Deidre Henderson, July 29-Aug. 2"


# "first fixed for 16 February and 2 March", "instead of 3, 4 or 5 May": the days listed after the first
# share its words.
_LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*$", re.IGNORECASE)


def _head_of_list(sentence: str, start: int, mentions: list[Mention]) -> int:
    """Where the words about a list of days begin: before its first day, when the mention at `start` ends it."""
    for other in reversed(mentions):
        if other.end <= start and other.kind == "day" and _LISTED.match(sentence, other.end, start):
            start = other.start
    return start


_HELD_PREPOSITION = re.compile(r"(?:at|on)\b", re.IGNORECASE)


# '"Suppose television moves a game from Saturday to Sunday: we would then ...', "If, for example, the match went to
# the Tuesday, we would ...": days of a case imagined to explain a rule, not a plan.
# (Not "Imagine a night of jazz on Friday ... you could win": copy that sells a real evening.)
_HYPOTHETICAL = re.compile(r"^\W*(?:suppose|supposing|(?:if|for\s+example|for\s+instance)\s*,?\s*"
                           r"(?:for\s+example|for\s+instance|if)\b)[^.]{0,300}?\bwould\b", re.IGNORECASE)
# "so that both are never at home on the same day", "the board never meets on a Sunday": a rule denied, no day.
# (Within the clause: "Never before seen on stage, the show opens on Friday" opens a real night.)
_NEVER_BEFORE = re.compile(r"\bnever\b[^.;:!?,]{0,60}$", re.IGNORECASE)


def deadline(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A date or time by which something must be done, or a date that another replaced."""
    if _no_day_of_events(sentence):
        return True
    start = reach_back(sentence, mention, mentions)
    before = sentence[max(0, start - _REACH) : start]
    if mention.kind == "day" and _replaced_list(sentence, start, mentions):
        return True
    after_end = joined_end(sentence, mention, mentions)
    # "close at 5pm on Friday": the time's mention holds its "at", which the deadline's words end with
    opening = _HELD_PREPOSITION.match(sentence, start)
    before_period = sentence[max(0, start - _PERIOD_REACH) : start]
    # "due in Accra by 7 p.m. on Friday": the words before the moment are read as of its first mention, the time
    kind = next((m.kind for m in mentions if m.start == start), mention.kind)
    return bool(deadlines.by_then(sentence, before, kind, sentence[after_end : after_end + _REACH])
                or (opening is not None and deadlines.by_then(sentence, before + opening.group(), kind))
                or _REPLACED_BEFORE.search(before)
                or (_SET_FOR_BEFORE.search(before) and _in_its_clause(_PUT_OFF.search(sentence), sentence, mention))
                or (mention.kind == "span" and _in_its_clause(_NO_SITTINGS.search(sentence), sentence, mention))
                or (_SUPERSEDED.search(sentence, max(0, start - 3 * _REACH), start) and not _WILL.search(sentence))
                or _WAS_FIRST_DUE.search(sentence, max(0, start - 3 * _REACH), start)
                or (_SAID_IT_WOULD.search(sentence, max(0, start - 5 * _REACH), start) and not _WILL.search(sentence)
                    and all(m.start <= mention.start for m in mentions))
                or deadlines.bounds_a_period(before_period, sentence[after_end : after_end + _REACH])
                or mention.kind != "time" and _PERIOD_BEFORE.search(before_period)  # (a period is days, not a clock)
                or mention.kind != "time" and deadlines.opens_or_closes_a_window(before_period)
                or _ACCOUNTS_BEFORE.search(sentence[max(0, mention.start - _REACH) : mention.start])
                or _SINCE_BEFORE.search(before) or _DONE_BEFORE.search(before) or _done_on(before, mention)
                or donedays.done_before(before)  # "ayant rendu son avis le 11 décembre", "abierto el 1 de julio"
                or _made_on(sentence[max(0, start - 2 * _REACH) : start], mention)
                or _TOOK_PART_BEFORE.search(before_period) is not None
                or _AS_SAID_BEFORE.search(sentence[max(0, start - 2 * _REACH) : start]) is not None
                or (mention.first is not None and _DONE_AFTER.match(sentence[after_end:]) is not None
                    and not FUTURE.search(sentence))  # "On Wednesday, Parliament adopted": news of the day
                or _history_after(sentence, mention, start, after_end, mentions)
                or _last_weekday(sentence, start, after_end, mentions)
                or deadlines.at_the_latest(sentence, after_end)
                or _MINUTES_BEFORE.search(before) or _RECORD_BEFORE.search(before)
                or _MINUTES_OF_MEETINGS.search(sentence[max(0, start - _MINUTES_REACH) : start])
                or _WELCOME_BEFORE.search(sentence[max(0, start - 2 * _REACH) : start])
                or _NAMES_HISTORY.match(sentence[mention.end :])
                or documents.named(sentence, before, after_end)
                or _AROUND_BEFORE.search(before) is not None or _FILED_BEFORE.search(before) is not None
                or (mention.kind == "day" and _as_of(before, mention))
                or asides.no_happening(before + (opening.group() if opening is not None else ""))
                or tallies.counted_to(before, mention.kind)
                or (mention.kind == "span" and tallies.counted_over(sentence, start))
                or standing.hours_of_a_rule(sentence, start)
                or incidents.incident(sentence, start)
                or (mention.kind == "time" and movedfrom.time_set_aside(sentence, start, mention.end))
                or (mention.kind in ("day", "span") and movedfrom.day_set_aside(sentence, start, mention.end, mentions))
                or (mention.kind == "day" and _CITED_VOM.match(mention.text) is not None)
                or (mention.kind == "day" and _WEEK_OF_BEFORE.search(before) is not None)
                or documents.published_then(sentence, start, after_end)
                or electoral.timetable_step(sentence, start)
                or sending.sent_then(sentence, start)
                or (mention.kind in ("relative", "weekday") and _NEVER_BEFORE.search(before) is not None))


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


def opens_history(text: str, mentions: list[Mention]) -> bool:
    """A paragraph that opens with a clock time and a day, then tells what was done ("At 3 p.m. on Tuesday, the
    council voted to ..."): prose about the past, not a list line whose time dates an entry."""
    if not mentions:
        return False
    first = mentions[0]
    return _history_after(text, first, first.start, joined_end(text, first, mentions), mentions)


def _replaced_list(sentence: str, start: int, mentions: list[Mention]) -> bool:
    """A day listed after a day another replaced ("first fixed for 16 February and 2 March"): replaced too."""
    head = _head_of_list(sentence, start, mentions)
    return head < start and _REPLACED_BEFORE.search(sentence[max(0, head - _REACH) : head]) is not None


def _history_after(sentence: str, mention: Mention, start: int, after_end: int, mentions: list[Mention]) -> bool:
    """A date opening a sentence told in the past ("On Feb 14 he warned that ..."): history; so is the clock
    time joined to it ("On Tuesday at 3 p.m. the council voted"), which would otherwise date the day in context."""
    joined = [m for m in mentions if start <= m.start < max(after_end, mention.end)]  # "At 3 p.m. on Tuesday"
    mention = next((m for m in joined if m.kind in ("day", "weekday", "span")), mention)
    if mention.kind not in ("day", "weekday", "span") or start > _REACH or not _OPENING_DATE.match(sentence[:start]):
        return False
    if mention.first is not None and mention.first.year is not None:
        return False  # "On March 5, 2013, the office announced": a dated record, which feeds keep as one
    if mention.text[:3] in ("Am ", "am "):  # German: the verb comes right after the opening date
        return _HISTORY_AFTER_DE.match(sentence, after_end) is not None
    found = _HISTORY_AFTER.match(sentence, after_end) or _HISTORY_AFTER_IB.match(sentence, after_end)
    return found is not None and not FUTURE.search(sentence, 0, found.end())


# "Am 23. September ließen die Parteien verlauten", "Am 3. Mai wurde der Rat gewählt": an opening German date
# and a verb in the past ("hat geöffnet" may be a state to come, so not "hat").
_HISTORY_AFTER_DE = re.compile(r"\s*,?\s*(?:hatte|hatten|war|waren|wurde|wurden|ließ|ließen|gab|gaben|kam|kamen"
                               r"|nahm|nahmen|trat|traten|fand|fanden|sprach|sprachen|[a-zäöüß]{3,}te|[a-zäöüß]{3,}ten)\b")
