"""Closures of places and services, not events: "will close the two test sites on 28 February", "die Teststellen
am 28. Februar schliessen", "fermera ses guichets le 28 février". Pure.

The day a facility shuts is a change of what is open, like the day a rule starts (parsers/standingdays.py,
state_start); nobody gathers for it. The test is a form of words in the mention's clause: a verb of closing and a
noun of a place or service, with no gathering named ("will close the conference on 3 May" is a closing session).
"""

from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.deadlines import PROGRAMME_CLOSING
from parsers.gate import Gated

# A verb of closing, in English, German, French, Spanish, Portuguese and Italian; "closes on"/"closes at" alone (a
# registration, a call) is a deadline, read in parsers/deadlines.py.
_CLOSING = Gated(re.compile(
    r"(?i:\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?(?:\s+down)?|schlie(?:ß|ss)(?:en|t)|geschlossen|schlie(?:ß|ss)ung"
    r"|einstell(?:en|t)|eingestellt|ferm(?:er|era|eront|e|ent|é|és|ée|ées|eture)|cerrar(?:á|án)?|cierr(?:e|a|an)"
    r"|cerrad[oa]s?|fechad[oa]s?|encerrad[oa]s?|chius[oaie])\b)"),
    "clos", "shut", "schlie", "geschlossen", "einstell", "eingestellt", "ferm", "cerr", "cier", "fech", "encerr",
    "chius")
# A place or service that opens and shuts: "sites", "Impforte", "Teststellen", "guichets", "oficinas".
_FACILITY = re.compile(
    r"(?i:\b(?:sites?|centres?|centers?|offices?|stations?|branch(?:es)?|facilit(?:y|ies)|clinics?|hubs?|stores?"
    r"|shops?|desks?|counters?|libraries|library|pools?|roads?|bridges?|borders?|crossings?|lanes?"
    r"|walk-in|drive-through|points?\s+of\s+\w+|embass(?:y|ies)|consulates?|museums?|galler(?:y|ies)|archives?"
    r"|parks?|zoos?|halls?)\b"
    r"|\b\w*(?:orte?|stellen?|zentren|zentrum|b[üu]ros?|filialen?|schalter|grenzen?|stra(?:ß|ss)en?"
    r"|br[üu]cken?|b[äa]der|[äa]mter|praxen|angebote?)\b"
    r"|\b(?:guichets?|bureaux|fronti[èe]res?|antennes?|centros?|sedes?|oficinas?|fronteras?)\b"
    # roads and their stretches: "el tramo ... permanecerá cerrado desde las 11:00", "la rue sera fermée de 8h à 18h"
    r"|\b(?:calles?|avenidas?|vías|tramos?|carreteras?|carriles?|puentes?|autopistas?|rues?|ponts?|voies?"
    r"|autoroutes?|ruas?|estradas?|pontes?|strade|strada)\b)")
# A school is left out: a summer school, a "Winterschule", is a course that runs from a day to a day.
# An opening in the sentence makes the closing the end of what opened: "opens on 10 May and closes on 25 June".
_OPENING = re.compile(r"(?i:\b(?:open(?:s|ed|ing)?|er[öo]ffne\w*|[öo]ffne\w*|ouvr\w*|abr(?:e|en|ir[áa]n?)"
                      r"|inaugur\w*)\b)")
# A gathering in the clause makes "close" its closing session: "the minister will close the forum on 3 May".
_GATHERING = re.compile(
    r"(?i:\b(?:met|meets?)\b|\b(?:conference|congress|summit|forum|meeting|session|sitting|debate|festival|fair|exhibition|assembly"
    r"|ceremony|marathon|race|parade|procession|concert|match|konferenz|kongress|gipfel|tagung|sitzung|messe|ausstellung|versammlung|festakt|lauf|rennen|umzug|konzert|conf[ée]rence"
    r"|congr[èe]s|sommet|s[ée]ance|salon|exposition|assembl[ée]e|conferencia|congreso|cumbre|sesi[óo]n|feria|d[ée]fil[ée]|course|desfile|carrera)\w*)")
# A clause ends at a comma too: "met on 16 October, since the border was closed" is a meeting.
# A closing for an occasion is that occasion's: "The office will be closed on 6 April for the visit of the President".
_BECAUSE = r"because\s+of|due\s+to|owing\s+to|wegen|en\s+raison\s+d|debido\s+a"  # (a reason's words, also below)
_FOR_AN_OCCASION = re.compile(rf"(?i:\b(?:for\s+(?:the|a|an|its|their)|{_BECAUSE}|anl[äa]sslich"
                              r"|pour\s+(?:la|le|les|l[’'])|con\s+motivo\s+de)\b)")
# ... but a holiday is no occasion anyone gathers for: "our offices stay shut for the federal holiday on Monday"
_HOLIDAY_NOUNS = r"holidays?|Feiertag\w*|jour\s+férié|feriado"  # (also of the holiday given as a reason, below)
_HOLIDAY = re.compile(r"(?i:\b(?:(?:public|bank|federal|national|official)\s+holiday|Eid(?:-|\s+)?\w*"
                      rf"|Christmas|Easter|New\s+Year|Thanksgiving|Labou?r\s+Day|{_HOLIDAY_NOUNS})\b)")

_CLAUSE_END = re.compile(r"[.;!?,](?:\s|$)|\n")


# Trading hours: "US equity markets will close early, at 1:00 p.m. ET, on Friday, November 29, and will be closed on
# Thursday, November 28", "trading ends early at 1 p.m.": a market's hours and holidays, not events.
_MARKET_HOURS = re.compile(
    r"(?i:\b(?:markets?|exchanges?|trading)\b[^.;]{0,60}?\b(?:clos(?:e|es|ing)\s+early|ends?\s+early"
    r"|(?:will\s+be|are|is|remains?|remain)\s+closed|early\s+close|shortened\s+(?:trading\s+)?(?:session|day)"
    r"|half[- ]day\s+(?:of\s+)?trading))")


# A holiday an office keeps: "City Hall observes the Columbus Day Holiday on October 13", "the county observes the
# Memorial Day holiday on May 26", "in observance of Veterans Day": its doors are shut that day, nobody gathers.
_OBSERVES = Gated(re.compile(r"(?i:\bobserv(?:e|es|ed|ing|ance\s+of)\b)"), "observ")
_KEEPER = re.compile(r"(?i:\b(?:(?:city|town|village)\s+hall|county|city|town|government|courts?|council)\b)")
_NAMED_HOLIDAY = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Day|Holiday)\b")


def keeps_a_holiday(sentence: str, mention: Mention) -> bool:
    """Is `mention` the day an office, a court or a town hall keeps a holiday, by the words of its clause?"""
    if not _OBSERVES.could_match(sentence) or not _OBSERVES.pattern.search(sentence):
        return False
    clause = _clause(sentence, mention)
    return _OBSERVES.pattern.search(clause) is not None \
        and (_HOLIDAY.search(clause) is not None or _NAMED_HOLIDAY.search(clause) is not None) \
        and (_FACILITY.search(clause) is not None or _KEEPER.search(clause) is not None) \
        and _GATHERING.search(clause) is None


# A day declared a holiday: "the Cabinet declared Sunday, September 15th a public holiday", "Cabinet has approved
# Monday 14 July as a public holiday": a day off by decree, which nobody gathers for (the celebrations told beside it
# keep their own days).
_DECLARED_BEFORE = re.compile(r"(?i:\b(?:declar|proclaim|designat|approv|gazett|decree)\w*\b[^.;]{0,30}$)")
_A_HOLIDAY_AFTER = re.compile(r"(?i:\W*(?:as\s+)?(?:an?\s+)?(?:public|bank|federal|national|official|special|general)"
                              r"\s+holiday\b)")


# (Not a happening set on a holiday: "approved plans for a parade on Monday 14 July, a public holiday", "a picnic
# for Monday 6 October, a national holiday, at 10 a.m.": the decree names no gathering and no clock time.)
_ON_THE_HOLIDAY = re.compile(r"(?i:\b(?:picnic|gala|reception|fireworks|party|parties|celebrations?)\b"
                             r"|\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{1,2}[:.]\d\d\b)")
_DECREE_REACH = 60  # characters before the day in which its decree is told


def declares_a_holiday(sentence: str, mention: Mention) -> bool:
    """Is `mention` a day the sentence declares a holiday ("declared Sunday, September 15th a public holiday")?"""
    # (the clause of the decree: "Meeting for its weekly session, the Cabinet declared Sunday ..." names no gathering)
    before = sentence[max(0, mention.start - _DECREE_REACH) : mention.start].rsplit(",", 1)[-1]
    after = sentence[mention.end :].split(";", 1)[0]  # (its clause: "...; the celebrations begin on ...")
    return _A_HOLIDAY_AFTER.match(sentence, mention.end) is not None \
        and _DECLARED_BEFORE.search(before) is not None and _GATHERING.search(before) is None \
        and _ON_THE_HOLIDAY.search(before) is None and _ON_THE_HOLIDAY.search(after) is None


# A day said to be a holiday: "Thursday, 5 September, is a United Nations holiday", "Monday 14 July will be a public
# holiday": no one's meeting, whatever the sentence sets on the days beside it.
# (Not a holiday given for an occasion: "Tuesday, September 13, is a public holiday, so that the President-elect can be
# sworn in" is the day of the swearing-in.)
_IS_A_HOLIDAY_AFTER = re.compile(r"(?i:\W*(?:is|will\s+be|being)\s+(?:an?\s+)?(?:[\w.-]+\s+){0,3}holiday\b"
                                 r"(?!\s*,?\s*(?:so\s+that|to\s+allow|to\s+let|to\s+mark|to\s+celebrate|for|in\s+honou?r"
                                 r"|because|as|when|on\s+which)\b))")


def is_a_holiday(sentence: str, mention: Mention) -> bool:
    """Is `mention` a day the sentence says is a holiday ("Thursday, 5 September, is a United Nations holiday")?"""
    return "oliday" in sentence and _IS_A_HOLIDAY_AFTER.match(sentence, mention.end) is not None


# Shut for a holiday: "the General Assembly is closed on Monday" for Martin Luther King Day, "Town Hall is closed
# Friday, July 4, for Independence Day": a state of being shut on a holiday, whoever is shut (a legislature too,
# whose name is a gathering's); "closed to the public", "a closed session", "closed-door" are gatherings.
_SHUT = re.compile(r"(?i:\b(?:is|are|be|been|stays?|remains?)\s+(?:\w+\s+)?closed\b(?!-|\s+(?:to\b|sessions?\b"
                   r"|doors?\b|meetings?\b|hearings?\b)))")


def shut_for_a_holiday(sentence: str, mention: Mention) -> bool:
    """Is `mention` a day something is shut for a holiday the sentence names?"""
    if "losed" not in sentence and "LOSED" not in sentence:
        return False
    clause = _clause(sentence, mention)
    shut = _SHUT.search(clause)
    at = sentence.find(clause)
    if shut is None and _REASON_OPENS.match(clause) is not None:
        # "The Embassy will be closed from Monday 14 August to Tuesday 15 August, as Tuesday 15 August is Assumption
        # Day": the day in the clause that gives the reason is the holiday the place is shut for
        shut, at = _SHUT.search(sentence, 0, at), 0
    # ("Main Street will be closed on March 8 for the St. Patrick's Day Parade, which starts at 11 a.m.": a gathering
    # named after the closing is what the day is for)
    return shut is not None and _OPENING.search(sentence) is None \
        and (_HOLIDAY.search(sentence) is not None or _NAMED_HOLIDAY.search(sentence) is not None) \
        and _GATHERING.search(sentence, at + shut.start()) is None


# A clause that gives a reason: "as Tuesday 15 August is Assumption Day", "since Monday is a bank holiday", "da der
# 3. Oktober ein Feiertag ist", "car le lundi est férié", "ya que el lunes es feriado".
_REASON_OPENS = re.compile(r"\s*(?i:as|since|because|da|weil|car|puisque|porque|ya\s+que|pois|poiché|perché)\b")


# A place's hours on a day: "the Cashier's Office is open 8:30am-11:30am on Friday, December 22nd", "the library
# will be open from 10 a.m. to 2 p.m. on Saturday": when a counter serves, not a gathering ("the exhibition is open
# from 10:00" is one; "will be opened by the mayor" is an opening).
# "City Offices close early, by 1pm, on Friday, December 22nd and Friday, December 29th": a short day, the same.
# (a clock after "open", not a day: "the fan park is open from 16 to 21 February, 08h00 to 16h00" gives its days)
_OPEN_HOURS = Gated(re.compile(r"(?i:\b(?:is|are|be|stays?|remains?)\s+open\s+(?:from\s+|between\s+)?"
                               r"\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m\b|\s+(?:to|and|until|-|–)\s+\d{1,2}\s*[ap]\.?m\b)"
                               r"|\bclos(?:e|es|ing)\s+early\b)"), "open", "clos")


def open_for_hours(sentence: str) -> bool:
    """Does the sentence give a place's or service's hours on a day, or its early closing?"""
    return _OPEN_HOURS.search(sentence) is not None and _FACILITY.search(sentence) is not None \
        and _GATHERING.search(sentence) is None


# A holiday given as the reason for a change: "because of the public holiday on Tuesday 9 June, the briefing is on
# Wednesday", "owing to the bank holiday on Monday", "en raison du jour férié du lundi 8 juin": the day the holiday is,
# not the event's (which the sentence gives too).
_HOLIDAY_AS_REASON = re.compile(
    rf"(?i:\b(?:{_BECAUSE}|on\s+account\s+of|in\s+view\s+of|à\s+cause\s+d|a\s+causa\s+d)[\w’']*\s+"
    r"(?:(?:the|le|la|l’|l'|el|des|du|dem)\s*)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_HOLIDAY_NOUNS}|férié|festivo)\s+"
    r"(?:(?:on|of|am|du|del|de|le)\s+)?(?:the\s+)?$)")
_REASON_REACH = 80  # characters before the day in which the holiday given as a reason is named
_HOLIDAY_WORDS = ("oliday", "férié", "eiertag", "feriado", "festivo")
# "that day", "the same day": a sentence that sets its event on the holiday itself
_THAT_DAY = re.compile(r"(?i:\b(?:that|the\s+same)\s+day\b|\bce\s+jour-là\b|\bese\s+(?:mismo\s+)?d[íi]a\b"
                       r"|\ban\s+diesem\s+tag\b)")


def holiday_as_reason(sentence: str, mention: Mention) -> bool:
    """Is `mention` the day of a holiday the sentence gives as the reason for a change?"""
    if not any(word in sentence for word in _HOLIDAY_WORDS):
        return False  # most sentences: a cheap test first
    # ("Because of the holiday on Monday 8 March, the museum opens at 10:00 that day for the visit": the event's day)
    return _HOLIDAY_AS_REASON.search(sentence, max(0, mention.start - _REASON_REACH), mention.start) is not None \
        and _THAT_DAY.search(sentence) is None


def closes_a_place(sentence: str, mention: Mention) -> bool:
    """Is `mention` the day or time a place or service closes, by the words of its clause? (A reopening stays an
    event: "The mayor will reopen the county library at 10 a.m. Saturday".) A holiday an office keeps is one, and
    so are a place's hours on a day."""
    if keeps_a_holiday(sentence, mention) or shut_for_a_holiday(sentence, mention) \
            or declares_a_holiday(sentence, mention) or is_a_holiday(sentence, mention) or open_for_hours(sentence) \
            or holiday_as_reason(sentence, mention):
        return True
    if not _CLOSING.search(sentence) and "early" not in sentence:
        return False  # most sentences: a cheap test first
    if _MARKET_HOURS.search(sentence) is not None:
        return True  # a market's early close or closed day: its hours, anywhere in the sentence
    if not _CLOSING.search(sentence):
        return False
    clause = _clause(sentence, mention)
    if _OPENING.search(sentence) is not None:
        return False
    occasion = _FOR_AN_OCCASION.search(clause)
    if _PROGRAMME_CLOSES.search(clause):
        return False  # "The evening closes at 10 pm at the Grand Hall with a dinner": its last happening
    if _FOR_A_GATHERING.match(sentence, sentence.find(clause) + len(clause)):
        return False  # "City Hall is closed Monday, March 10, for the Commonwealth Day ceremony": the ceremony's day
    return (_CLOSING.search(clause) is not None and _FACILITY.search(clause) is not None
            and _GATHERING.search(clause) is None and (occasion is None or _HOLIDAY.search(clause) is not None))


_PROGRAMME_CLOSES = re.compile(rf"(?i:{PROGRAMME_CLOSING}\b)")
# The occasion told after the closed day's commas: ", for the Commonwealth Day ceremony, which ...".
_FOR_A_GATHERING = re.compile(r"\s*,\s*(?i:for\s+(?:the|a|an|its))\s+[^,;.]{0,40}?" + _GATHERING.pattern)


# A day joined right after the one before ("closed Thursday, November 27, and Friday, November 28"): the clause is
# the sentence's up to it, since the commas inside the dates would cut it off from its verb. A clause of its own
# after the "and" ("and City Hall observes ... on October 13") keeps its own words.
_JOINED = re.compile(r"(?i:\s*(?:and|or|&|as\s+well\s+as)\s+(?:on\s+)?)")


def _clause(sentence: str, mention: Mention) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, mention.start)), default=0)
    if (joined := _JOINED.match(sentence, start)) is not None and joined.end() == mention.start:
        start = 0
    after = _CLAUSE_END.search(sentence, mention.end)
    return sentence[start : after.start() if after else len(sentence)]


# An office's open or shut day as a list line gives it, its words all that follow the day: "4月2日(日)〜4月4日(火)
# 休館", "4月1日(土) 開館", "1月5日(月)〜 以後平常どおり" (from then on as usual), "Monday 25 December – Closed".
_OFFICE_DAY = re.compile(r"(?:休館|休馆|閉館|闭馆|開館|开馆|休業|休业|閉庁|開庁|休庁|(?:以後|以降)?(?:平常|通常)どおり"
                         r"|(?i:closed|geschlossen|ferm[ée]e?|cerrad[oa]|fechad[oa]|chius[oa]))")


def office_day(what: str) -> bool:
    """Is `what`, the words of a list line after its day, only the word that an office is open or shut that day?"""
    return _OFFICE_DAY.fullmatch(what.strip(" \t.:;,–—-〜～~")) is not None
