"""What kind of event the words describe, how long such events last, and a short title. Pure.

The kind becomes the event's CATEGORIES and, where the text gives no end,
its estimated length. The title (SUMMARY) names the kind and who takes part:
"Press conference: Secretary General and Prime Minister of North Macedonia".
"""

from __future__ import annotations

import datetime as dt
import re
import string

from model import CEREMONY, CONFERENCE, COURSE, DOORSTEP, LABELS, PRESS_CONFERENCE, SPEECH, SUMMIT, VISIT
from model import EVENT as EVENT  # re-exported: the parsers say kinds.EVENT, kinds.MEETING
from model import MEETING as MEETING
from parsers import placeindex
from parsers.gate import Gated
from parsers.lang_arabic import dateline_end as arabic_dateline_end
from parsers.linklabels import read_more
from parsers.presenttense import in_the_present
from parsers.tense import ASIDE, SOURCE_AFTER, tells_what_is_to_come

# (kind, words, generic). The kind is the one whose words come first in the text;
# generic verbs ("attended", "welcomed", "travel") count as if they came later,
# so "attended the Manama Dialogue" is a conference and "welcomed ... to discuss
# decisions of the Vilnius Summit" a meeting. Meeting words (None) are half-way:
# "At the end of the meeting (+/- 16.15) – Press conference" is a press conference.
# "Juba Conference Room", "the Kenyatta International Conference Centre", "Press Conference Room": a place, no event
_NOT_A_ROOM = r"(?!\s+(?:rooms?|centres?|centers?|halls?|facility|facilities|suites?|building|venue|complex)\b)"
_KIND_WORDS: tuple[tuple[str, str, bool | None], ...] = (
    (PRESS_CONFERENCE, rf"press conferences?{_NOT_A_ROOM}|news conferences?|media conferences?|press briefings?"
                       r"|media briefings?"
                       r"|press points?"
                       r"|joint press|press availability|meets? the (?:press|media)|media availability"
                       r"|sidang (?:media|akhbar)|konferensi pers|jumpa pers", False),  # Malay and Indonesian
    (DOORSTEP, r"doorsteps?|door-step|stakeouts?|press statements?|statements? to the press|media statements?", False),
    # "the Defence Ministerial", "a ministerial meeting"; not the adjective of "a Ministerial Statement" or
    # "Ministerial Advisory Committees", which name no gathering
    (SUMMIT, r"summits?|ministerials?(?! (?:statements?|advisory|committees?|orders?|decisions?|directives?"
             r"|portfolios?|responsibilit|appointments?|posts?)\b)"
             r"|ministers'? meetings?|meetings? of (?:\w+ ){0,4}ministers", False),
    # ("la toma de posesión", "la investidura", "a cerimónia de posse": a swearing-in, in Spanish and Portuguese)
    # ("invigningsceremonin", "prisceremonien": Swedish, Danish and Norwegian ceremonies, often in a compound; "la
    # cérémonie", "la cerimonia": French and Italian ones)
    (CEREMONY, r"ceremon(?:y|ies)|awarded|awards?|medals?|wreath|commemorat\w+|inaugurat\w+|flag-raising"
               r"|swearing-in|ceremonias?|cerim[ôó]nias?|toma de posesi[óo]n|investidura|transmisi[óo]n de mando"
               r"|(?:invignings|öppnings|åbnings|avslutnings|afslutnings|pris)?[cs]eremoni(?:n|en|er)?"
               r"|c[ée]r[ée]monies?|cerimoni[ae]",
     False),
    (SPEECH, r"speech(?:es)?|keynote|lectures?|address(?:es)? (?:to|the)|address to|give an address"
             r"|deliver(?:s|ed)? (?:remarks|an address)|remarks|amanat|ucapan|pidato|perutusan", False),
    (COURSE, r"courses?|exercises?|training|workshops?|drills?", False),
    # ("all-conference teams", "non-conference games": a sports league's word, no gathering)
    # ("an analyst call", "the earnings webcast", "Capital Markets Day": a company's call with its investors, as a
    # conference call is)
    (CONFERENCE, rf"(?<!-)conferences?{_NOT_A_ROOM}|dialogue|forums?|symposi(?:um|a)|seminars?|panel|congress"
                 r"|(?:analyst|analysts'|earnings|investor|results)\s+calls?|webcasts?|teleconferences?"
                 r"|(?:investor|capital\s+markets)\s+days?", False),
    (MEETING, r"meet(?:s|ing|ings)?|met|talks|discussions?|dinner|lunch|breakfast|consultations?|bilateral"
              r"|session|roundtable|round table|sit(?:s|tings?)?|mesyuarat|pertemuan"
              # "Sitzung", "Landtagssitzung", "Plenarsitzungen": a German sitting, alone or in a compound
              r"|\w*sitzung(?:en)?"
              # "jednání bankovní rady", "zasedání vlády", "rokovanie": a Czech or Slovak body's meeting (not
              # "schůze", the numbered sittings of a house's record: "14.schůze Ukončená")
              r"|jednání|zasedání|zasadnutie|zasadnutia|rokovanie|rokovania"
              # "제335회 임시회", "정례회를", "본회의에서": a Korean council's extraordinary or regular session or its
              # plenary, a word of its own or with its particle (not a compound or a noun it qualifies: "본회의장",
              # the chamber; "임시회 회의록", "임시회 결과 보고", its minutes and results)
              r"|[\uac00-\ud7a3]*(?:임시회|정례회|본회의)(?:에서|으로|을|를|이|가|은|는|에|의|와|과|도|로)?"
              r"(?![\uac00-\ud7a3])(?!\s*(?:회의록|속기록|결과|영상|자료|견학|신청|마감))"
              # "los debates presidenciales", "dois debates eleitorais", "el debate entre candidatos": candidates meet
              # to argue (not the English "debate", which a house's business names: "The debate ... resumes")
              r"|debates?\s+(?:presidencial(?:es)?|presidenciais|electorales?|eleitora(?:l|is)|obligatorios?"
              r"|obrigatórios?|entre\s+(?:l[oa]s\s+|os\s+|as\s+)?candidat\w*|de\s+(?:l[oa]s\s+|os\s+|as\s+)?candidat\w*)"
              # "the public hearing on the permits": a body meets to hear; not "hearing aids", "hearing-impaired"
              r"|hearings?(?![- ](?:aids?|loss|impair|test|devices?)\b)", None),  # a house that sits meets
    (MEETING, r"welcome[sd]?|participate[sd]? in|engage[sd]? with|receive[sd]?|hosted|hosts?", True),
    (VISIT, r"visit(?:s|ed|ing)?|travel(?:s|led|ling)?|trip|tour|be in|arrive[sd]? in|arrivals?|attend(?:s|ed)?",
     True),
)
# "Prochaine séance plénière :", "Próxima sesión ordinaria:", "Prossima seduta del Consiglio:": a label line that
# names a French, Spanish, Portuguese or Italian sitting before its colon. Only as a label: in prose these nouns
# ("lors de la séance du 12 mars", "en la sesión de ayer") often tell of a past sitting or a topic.
# (The noun heads the label, after an article or adjective: "Compte rendu de séance :", "Acta de la sesión:", "Resumen
# de la sesión:" name a record of the sitting, often of one gone by.)
_ROMANCE_SITTING_LABEL = re.compile(
    r"^\W*(?:(?!(?:de|del|du|des|di|della|dello|dei|delle|da|do|dos|das|dell|d)\b)[\w'’-]+\s+){0,3}"
    r"(?:s[ée]ances?|r[ée]unions?|sesi[óo]n|sesiones|reuni[óo]n|reuniones|reuni[ãa]o|reuni[õo]es"
    r"|sess[ãa]o|sess[õo]es|sedut[ae]|riunion[ei]|session[ei])\b[^:\d]{0,60}:", re.IGNORECASE)
_PENALTY = {False: 0, None: 25, True: 40}  # characters: how much later the words of each tier count


def _combined(generic: bool | None) -> re.Pattern[str]:
    """One alternation per tier: its leftmost match is the earliest kind word; at one place, the most specific."""
    branches = (f"(?P<k{n}>{words})" for n, (_, words, tier) in enumerate(_KIND_WORDS) if tier is generic)
    # Lower-case words against lower-cased text: IGNORECASE would stop the engine skipping ahead.
    return re.compile(rf"\b(?:{'|'.join(branches)})\b")


_TIERS = tuple((_combined(tier), _PENALTY[tier]) for tier in (False, None, True))

# How long an event of each kind usually lasts, when the text gives only its start.
DEFAULT_DURATION: dict[str, dt.timedelta] = {
    PRESS_CONFERENCE: dt.timedelta(minutes=45),
    DOORSTEP: dt.timedelta(minutes=15),
    SPEECH: dt.timedelta(minutes=30),
    MEETING: dt.timedelta(hours=1),
    VISIT: dt.timedelta(hours=2),
    SUMMIT: dt.timedelta(hours=4),
    CONFERENCE: dt.timedelta(hours=2),
    COURSE: dt.timedelta(hours=4),
    CEREMONY: dt.timedelta(hours=1),
    EVENT: dt.timedelta(hours=1),
}
_SUMMARY_LIMIT = 110
_KIND_PHRASE_WORDS = 3
# "by A with B", "by A and B" (B a name: "on security and defence" is no second party).
_BY_WITH = re.compile(r"\bby\s+(?P<by>.+?)(?:\s+(?:with\s+|and\s+(?=(?:the\s+)?[A-Z]))(?P<with>.+?))?\s*$")
_APPOSITION = re.compile(r",\s+(?:Mr|Ms|Mrs|Dr|Prof|H\.E\.|Admiral|General|Ambassador)\.?\s+[^,]{2,40},")
# ("Thereafter, he lays the foundation stone": the sequence word that a removed "at around 4 PM" stood after)
# ("Later Life Forum" keeps its "Later": that word and "after that" only before their comma)
_LEADING_CONNECTOR = re.compile(r"^(?:(?:and|then|also|thereafter|afterwards|subsequently)\b\s*,?"
                                r"|(?:later|after\s+that)\s*,)\s*", re.IGNORECASE)
# "Subject: News briefing at 1145 TODAY", "Re: Fwd: Hearing moved": a forwarded mail's header labels, not the title.
_MAIL_LABEL = re.compile(r"^(?:(?:Subject|Re|Fwd?|Betreff|Objet|Asunto|Assunto)\s*:\s*)+", re.IGNORECASE)
# "*NOTE: The Plan Commission meeting will be held in Room 1103", "Please note: the Board meets ...", "Hinweis: Der
# Gemeinderat tagt ...", "Good news: the exhibition opens ...", "Endlich: Am 22. November öffnet ...": a notice's label
# or lead-in before the sentence it flags, not part of the title, nor a heading's colon (itinerary.statement). (With its
# colon only: "Note that the Board meets" is a sentence of its own.)
NOTICE_LABEL = re.compile(r"^[*\s]*(?:(?:please\s+)?note|n\.\s?b\.?|important|reminder|attention|update"
                          r"|(?:good|great)\s+news|news|new|finally|hinweis|achtung|wichtig|aktuell|neu|endlich"
                          r"|remarque|avis|nouveau|enfin|nota|aviso|atención|avviso)\s*[:!]\s*(?=\S)", re.IGNORECASE)
# "MOSCOW (UrduPoint News / Sputnik -) NATO ...", "RIYADH, Saudi Arabia, /PRNewswire/ -- The ...":
# a news agency's dateline, not part of the title.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'’,-]{2,40}\s*\([^()]*\)\s*(?:--?|[–—])?\s*"  # ("PHOENIX (...) --")
                            r"|^[A-Z][A-Za-z .'’,-]{2,60}?\s*/[\w .&-]{2,30}/\s*[–—-]*\s*")
# "LJUBLJANA - Parliament ...", "JAKARTA, Indonesia - The Minister ...", "Lucknow, December 30: The ...",
# "BEIJING, Oct. 17 (Xinhua) -- ...", "New Delhi [India], Dec 17 (ANI): ...": a town (the gazetteer knows it),
# its region or country, a date, an agency,
# then a dash or a colon: the dateline that opens a story, not part of its title.
_CITY_DATELINE = re.compile(
    r"^(?P<city>[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,2})(?:\s*\[[A-Z][\w .]{1,30}\])?"  # "New Delhi [India]"
    # ("Saint Kitts and Nevis", "Trinidad and Tobago"; "[Press Secretary, PMO]": the office that filed it)
    r"(?:\s*,\s*[A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*){0,2}){0,2}"
    # ("Port-au-Prince, le 12 février 2025 –", "Tegucigalpa, 3 de marzo de 2025 –": a French or Spanish date)
    r"(?P<date>\s*,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:(?:le|el)\s+)?\d{1,2}(?:st|nd|rd|th|er|º)?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?|(?:de\s+)?[a-zéû]{3,9}(?:\s+de)?))"
    r"(?:,?\s*\d{4}\.?)?)?\s*(?:\([^()]{1,40}\)|/[\w .&-]{2,30}/|\[[^][]{1,40}\])?"  # ("16 March 2012. –")
    r"\s*(?:—|–|--?|:)\s+(?=[A-Z\d]|[a-z]+s\b)")


def _without_dateline(text: str) -> str:
    if (opened := arabic_dateline_end(text)) > 0:
        return text[opened:]  # "الرياض 25 رجب 1445 هـ واس - ..."
    # (A dateline ends in a dash or a colon: a text without one is spared the pattern's backtracking.)
    match = _CITY_DATELINE.match(text) if "-" in text or ":" in text or "–" in text or "—" in text else None
    if match is None:
        return text
    towns = match.group("city").replace("/", " / ").split(" / ")
    # "PUTRAJAYA, 24 May 2025 —": a town in capitals and a date are a dateline, though the gazetteer knows no such town
    if match.group("date") and match.group("city").isupper():
        return text[match.end():]
    # (Each word capitalised as well as title-cased: title() writes "St. John'S".)
    return text[match.end():] if all(placeindex.lookup(town) or placeindex.lookup(town.title())
                                     or placeindex.lookup(string.capwords(town)) or placeindex.with_state_comma(town)
                                     for town in towns) else text


# "In collaboration with the Centre in Bucharest, NATO held ...": the title starts at the subject.
# "The spokesman said that (on Tuesday) evening the Minister gives ...": the title is what was reported.
# ("Notice is hereby given that the City Council will meet ...": a legal notice's formula, the same)
_REPORTED_LEAD = re.compile(r"^[^,;:]{0,60}?\b(?:said|says|announced|added|noted|stated|confirmed|reported"
                            r"|(?:is|are)\s+(?:hereby\s+)?given)\s+that\s+"
                            r"(?:(?:morning|afternoon|evening|night)\s+)?(?=\S)")
# Lower case: left by a date ("On Wednesday morning the ..."); "On the evening of (9 October), the ...".
_PART_OF_DAY_LEAD = re.compile(r"^(?:(?:[Oo]n|[Ii]n|[Dd]uring)\s+the\s+(?:morning|afternoon|evening|night)\s+of\b"
                               r"|(?:morning|afternoon|evening|night)\b)[\s,]*(?=\S)")
# "Registration is open for the seminar ...", "Sign up for the workshop ...", "Join the webinar ...", "Media wishing to
# attend the briefing ...": a call to come, before what it is to come to (the title).
_CALL_TO_COME = re.compile(r"^(?:(?:registration|booking|enrol?ment)\s+(?:is\s+)?(?:now\s+)?open\s+for"
                           r"|(?:please\s+)?(?:register|sign\s+up|book|join\s+us)(?:\s+now)?\s+(?:for|to)"
                           r"|(?:please\s+)?join|(?:journalists|media|reporters)\s+(?:wishing|who\s+wish|wanting)"
                           r"\s+to\s+(?:attend|cover|join))\s+(?=(?:the|a|an|our|this|next)\s)", re.IGNORECASE)
_INTRODUCTORY = re.compile(r"^(?:In|With|At|During|After|Following|Together with|On behalf of|As part of|Under)\b"
                           r"[^,]{3,100},\s+(?=[A-Z])")


# "The World Summit on the Information Society Forum will hold a virtual press briefing": what is held, given or
# hosted is the event; a kind word in the name of the one who holds it ("Summit", "Forum") is not.
_HOLDS = Gated(re.compile(r"\b(?:hold|holds|holding|host|hosts|hosting|give|gives|giving|convene|convenes)\s+"
                          r"(?:a|an|its|their|his|her|the)\s+"),
               "hold", "host", "giv", "convene")
_HELD_REACH = 30  # characters after the article where the held kind's words must begin


def classify(text: str, generic: bool = True) -> str:
    """The kind of event `text` describes: the kind whose words come first (ties: most specific), or the kind
    of what the sentence holds ("will hold a virtual press briefing").

    Without `generic`, only words that name a kind of event count, not verbs such as "welcomes" or "visits"."""
    best, best_at = EVENT, len(text) + 100
    lowered = text.lower()
    held = _HOLDS.search(lowered)
    if held is not None:
        # ("a virtual press briefing": up to a few words between; the slice keeps the kind's words whole)
        found = _TIERS[0][0].search(lowered[held.end() : held.end() + 2 * _HELD_REACH])
        if found is not None and found.start() <= _HELD_REACH:
            return _KIND_WORDS[int((found.lastgroup or "k0")[1:])][0]
    for pattern, penalty in _TIERS if generic else _TIERS[:2]:
        found = pattern.search(lowered, 0, max(0, best_at - penalty))
        if found is not None and found.start() + penalty < best_at:
            best, best_at = _KIND_WORDS[int((found.lastgroup or "k0")[1:])][0], found.start() + penalty
    return best


def labels_a_sitting(sentence: str) -> bool:
    """Does the line open with a label that names a sitting in a Romance language ("Prochaine séance : lundi
    23 juillet")? With no verb, only its noun tells that something happens, as "Next sitting:" does in English."""
    return _ROMANCE_SITTING_LABEL.match(sentence) is not None


def default_duration(kind: str) -> dt.timedelta:
    return DEFAULT_DURATION.get(kind, DEFAULT_DURATION[EVENT])


def item_summary(kind: str, text: str) -> str:
    """Title of a listed item: "Joint press conference by A with B" -> "Press conference: A and B"."""
    clause = text.strip().rstrip(".;:")
    if clause.startswith("/") and (other := _LEFT_SLASHED_CLOCK.match(clause)):
        # "10:00-11:00 EST / 16:00-17:00 CET: Online briefing": the row's times on another clock, then what it is
        clause = clause[other.end() :].lstrip(" :;,–—-") or clause
    clause = _LEFT_BARS.sub(", ", clause).strip(" ,") if "|" in clause else clause  # a row's cells: "Forum | Hall"
    clause = _LEFT_JAPANESE_OPENING.sub("", clause) if clause[:1] in _JAPANESE_OPENERS else clause
    parts = _BY_WITH.search(clause)
    # Only where the words before "by" name no more than the kind ("Joint press conference"),
    # else "Address to the Assembly by ..." would lose where it is given.
    if kind != EVENT and parts and parts.group("with") and len(clause[: parts.start()].split()) <= _KIND_PHRASE_WORDS:
        people = (_bare(parts.group("by")), _bare(parts.group("with")))
        return _limit(f"{LABELS[kind]}: {' and '.join(people)}")
    bare = _capital(_bare(in_the_present(clause)))
    if kind == EVENT or LABELS[kind].lower() in " ".join(bare.lower().split()[:4]):
        return _limit(bare)  # "Doorstep by Josep Borrell" says its kind already
    return _limit(f"{LABELS[kind]}: {bare}")


# What taking the date and time out of a sentence can leave behind: "Starting, the decisions come out
# (instead of 13:45)", "to take part,, in the launch", "at Seetammadhara , where", "The fair opens on".
# ("On 12th January, at around 10:30 AM, the Prime Minister ...": "At around," left; "Thereafter, at around, he ...")
_LEFT_OPENING = re.compile(r"^(?:(?:thereafter|then|afterwards|later)\s*,\s*)?"
                           r"(?:starting|beginning|effective|as\s+of|with\s+effect|from|on"
                           r"|at(?:\s+(?:around|about|approximately))?|by|around|about|approximately)\s*[,:]\s*(?=\w)",
                           re.IGNORECASE)
# ("7月9日午前10時から、東京で ...": the Japanese "from" and "at" a clock leaves before the comma that ends it)
# (and the wave dash of a start whose end is left open: "09:00~衆・総務委員会" less its clock)
_LEFT_JAPANESE_OPENING = re.compile(r"^(?:(?:から|より|に|頃)?[、，]|[~～〜])\s*")
_JAPANESE_OPENERS = "かよに頃、，~～〜"
_LEFT_ASIDE = re.compile(r"\s*\((?:\s*(?:instead\s+of|rather\s+than|formerly|previously|until\s+now|to|from|at|or)\b"
                         r"[^()]*?\d[^()]*|[^()\w]*)\)", re.IGNORECASE)
# ("Media call: 9.45am Wednesday 13 May, Parliament House": a label's colon left before the place's comma, as a
# row's semicolon is in "Panel of the chiefs; 9 December, 10:00, Assembly Hall";
# "is scheduled for 2 p.m. Monday, in Courtroom 4B": a preposition left before a comma.)
# ("Municipio A – hora 10 – Teatro" without its time: "Municipio A – – Teatro", one dash of the two stays)
_LEFT_COMMAS = re.compile(r"\s*,(?:\s*,)+|\s+(?=[,;:.)])|[:;](?=\s*,)|\s+(?:for|to)(?=,)|(?<=[–—])\s+[–—](?=\s)"
                          r"|(?<=\s-)\s+-(?=\s)"  # ("Town hall - - City Hall": hyphens spaced as dashes, too)
                          r"|\s+[–—](?=,)")  # ("Point de presse — (jeudi 5 décembre à 14h30), salle": the dash too)
_LEFT_PAIRS = (",,", ", ,", " ,", " ;", " :", " .", " )", ":,", ": ,", ";,", "; ,", " for,", " to,", "– –", "— —",
               " - - ", "—,", "–,")
# "The press conference is" (on Thursday at 10:30), "The fair opens on": words that wait for a date at the end.
_DANGLING = frozenset({"on", "at", "from", "by", "between", "and", "until", "till", "to", "of", "in", "is", "are",
                       "as of", "will be", "for", "set for", "scheduled for", "planned for", "has been", "have been",
                       "respectively", "set", "scheduled", "planned",  # ("is set": a date whose "for" went with it)
                       "around"})  # ("expected at around": its time went)
# "Questions are (on Thursday), after which ...": a copula its date left before a comma, where the clause ends
# (a new clause follows), or where the place follows ("The seminar is (on 5 March, 9h-12h), in Lyon"); "What is new
# is, above all, the market" keeps its copula, whose complement follows.
_LEFT_COPULA = re.compile(r"\s+(?:is|are)(?=,\s*(?:after|before|following|followed|when|where|while|which|whereupon"
                          r"|and|then|with|in|at)\b)")
# "on February 3rd @ 7PM": the "at" of a time taken out; before a name it says where ("Book talk @ The Hub") and
# stays, as "at".
# "Webinar starts (15:00 GMT)": the same moment on another clock, in brackets, left by its time.
# "Launch takes place (Beijing time)", "(local time)": the clock's name in brackets, left after its date
_LEFT_CLOCK_ASIDE = re.compile(r"\s*\([^()]{0,12}(?:\d{1,2}[:.]\d\d|\d{4}\s*(?:GMT|UTC)\b)[^()]{0,20}\)"
                               r"|\s*\((?:[A-Z][\w.’'-]*\s+){1,2}(?:[Ss]tandard\s+)?[Tt]ime\)|\s*\([Ll]ocal(?:\s+time)?\)")
# "Akira, Friday, September 23, 7:30 p.m. ET | Packard Campus" without its date: "Akira, | Packard Campus"; "Club
# night: Thu 5 Jun | 18:00 | Town Hall": a card's cell bars, with what the dates left beside them, read as one comma
_LEFT_BARS = re.compile(r"\s*(?:[,;:]\s*)*\|(?:\s*[|,;:])*\s*")
# "8:00 a.m. CT / 9:00 a.m. ET", "10:00-11:00 EST / 16:00-17:00 CET", "15:00 Geneva time / 9:00 New York time": the
# same time (or hours) on another clock after a slash, left when the first was taken out.
_SLASHED_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[AaPp]\.?\s?[Mm]\.?\s*)?"
# ("10.00am - 11.30am (Fiji time) / 8.00am - 9.30am (AEST)": the clock's name may stand in brackets)
_LEFT_SLASHED_CLOCK = re.compile(rf"(?:^|\s*)/\s*{_SLASHED_CLOCK}(?:[-–]\s*{_SLASHED_CLOCK})?\(?"
                                 r"(?:[A-Z]{2,5}|[Ll]ocal\s+time|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+time"
                                 # ("9:00 a.m. Pacific / 12:00 p.m. Eastern": a North American clock's name alone)
                                 r"|(?:Eastern|Central|Mountain|Pacific)(?!\s[A-Z]))\b\.?\)?")
_CLOCK_NAME_IN_BRACKETS = re.compile(r"\(\s*[A-Z]{2,5}\s*\)")  # "(WST)" left of the first clock's hours
_LEFT_AT_SIGN = re.compile(r"\s+@(?=(?P<name>\s+[A-Z])?)(?=\s|$)")
_LEFT_POSSESSIVE = re.compile(r"^['’]s\s+")  # "Wednesday's questions are on education": "'s questions ..."
# A clause cut at the next time or at a comma inside a short aside: "follows (", "the tournament (seniors"
# (a long one lost its closing bracket with a date: "MOSCOW (Agency - 5 May) NATO ...", and stays).
_LEFT_OPEN = re.compile(r"\s*\([^()]{0,30}$")
# An aside whose opening bracket went with the sentence's start: "Flying time: 2 hours) (Time change) The aircraft".
_LEFT_CLOSE = re.compile(r"^[^()]*\)(?:\([^()]*\)|[\s,;:–—-])*(?=\w)")


# "Arrival and doorstep by the High Representative: +/- 08:30": the mark of an approximate time, left by it
_LEFT_ABOUT_MARK = re.compile(r"(?:^|\s*[:,]?\s+)(?:\+/-?|±)(?=\s|$)")


# "meets at 8:00 a.m. or upon final adjournment in Room E1.036": a chamber's other start, said after the clock
_LEFT_ADJOURNMENT = re.compile(r"\s*,?\s*\b(?:or|and)\s+(?:upon|on|at|after)\s+(?:the\s+)?(?:final\s+)?adjournment"
                               r"(?:\s+of\s+the\s+(?:\w+\s+){0,2}?(?:House|Senate|Assembly|Council|session))?,?",
                               re.IGNORECASE)


def _tidy(text: str) -> str:
    """The title without what the removed date and time words left dangling."""
    text = _LEFT_ADJOURNMENT.sub("", text) if "djournment" in text else text
    text = _LEFT_ABOUT_MARK.sub("", text) if "+/" in text or "±" in text else text
    # (the other clock after a slash first, its name in brackets with it: "/ 4:30 a.m. (New York time)")
    text = _LEFT_SLASHED_CLOCK.sub("", text) if "/" in text else text
    text = _LEFT_CLOCK_ASIDE.sub("", _LEFT_ASIDE.sub("", text)) if "(" in text else text
    if "(" in text or ")" in text:
        text = _LEFT_CLOSE.sub("", _LEFT_OPEN.sub("", text)) or text
    if any(pair in text for pair in _LEFT_PAIRS):
        text = _LEFT_COMMAS.sub(lambda m: "," if "," in m.group() else "", text)
    text = _LEFT_BARS.sub(", ", text) if "|" in text else text
    text = _LEFT_AT_SIGN.sub(lambda m: " at" if m.group("name") else "", text) if "@" in text else text
    text = _LEFT_OPENING.sub("", _LEFT_POSSESSIVE.sub("", text))
    text = _LEFT_JAPANESE_OPENING.sub("", text) if text[:1] in _JAPANESE_OPENERS else text
    text = _LEFT_COPULA.sub("", text) if " is," in text or " are," in text else text
    tidy = text.strip(" ,;:.")
    while tidy:
        words = tidy.rsplit(None, 2)
        last = " ".join(words[-2:]).lower() if len(words) > 2 and " ".join(words[-2:]).lower() in _DANGLING else \
            words[-1].lower()
        if last not in _DANGLING or len(words) < 2:
            break
        tidy = tidy[: len(tidy) - len(last)].rstrip(" ,;:")
    return tidy or text


def other_clock_only(text: str) -> bool:
    """Is the text only the same time on another clock ("/ 9:00 a.m. ET"), left of a line of times?"""
    left = _LEFT_CLOCK_ASIDE.sub("", _LEFT_SLASHED_CLOCK.sub("", text)) if "/" in text else text
    return left != text and not _CLOCK_NAME_IN_BRACKETS.sub("", left).strip(" ,;:.-–—")


def sentence_summary(kind: str, clause: str) -> str:
    """Title of a narrative event from its sentence with the date words removed."""
    # ("Board meeting - 11.8.2016": the dash its date left at the end goes too)
    # ("3 October, 10:00 – The delegations arrive": the dash its time left at the start goes too)
    # ("The board, which met in Accra, meets again": an aside that tells something else goes too; not one that holds
    # the date, "who will open the fair on 3 May", whose words are the event's)
    text = " ".join(clause.split())
    text = " ".join(ASIDE.sub(_past_aside_dropped, text).split()) if "," in text else text
    text = _tidy(_APPOSITION.sub("", text).strip(" ,;:.،؛。，、").rstrip(" -–—|,;:،؛。，、")).lstrip(" –—|")
    text = _INTRODUCTORY.sub("", _LEADING_CONNECTOR.sub("", _without_dateline(_WIRE_DATELINE.sub("", text))))
    text = NOTICE_LABEL.sub("", _MAIL_LABEL.sub("", text))
    text = _REPORTED_LEAD.sub("", text) if "that" in text else text
    text = SOURCE_AFTER.sub("", text) if "," in text else text  # "..., a statement said": who said it
    text = _PART_OF_DAY_LEAD.sub("", text)  # "(On Wednesday) morning the Minister opens ..."
    text = _CALL_TO_COME.sub("", text)
    text = in_the_present(text)
    return _limit(f"{LABELS.get(kind, 'Event')}: {_capital(_bare(text))}")


# A title that only says the event runs: "Visit: Visit runs", "Meeting: Session takes place", "Event: It is held"
_ONLY_ITS_RUNNING = re.compile(
    r"^[\w ]+:\s+(?:(?:the\s+)?(?:visit|trip|tour|meeting|session|conference|summit|event|programme|program|forum"
    r"|ceremony|exhibition|festival|it))\s+(?:runs|takes\s+place|is\s+held|lasts|continues|is\s+scheduled"
    r"|is\s+planned)$", re.IGNORECASE)  # (not "opens", "ends": "Conference opens" names a moment of it)


def only_its_running(summary: str) -> bool:
    """Does the title only say that the event runs ("Visit: Visit runs"), naming no one and nothing?"""
    return _ONLY_ITS_RUNNING.match(summary) is not None


def _past_aside_dropped(aside: re.Match[str]) -> str:
    return aside.group() if tells_what_is_to_come(aside.group()) or any(c.isdigit() for c in aside.group()) else " "


_LEADING_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
# "1. Wilaya of Oran", "2) Opening ceremony", "1.2 This circular": the number of a list's row or a section, which
# belongs to the list, not to the name. (A point and one digit only before a capital: "12.30 Lunch" is a clock. Not
# before a short word of capitals: "1. FC Köln", "1. FSV Mainz", a club's name with its German ordinal.)
_LIST_NUMBER = re.compile(r"(?:\d{1,2}[.)][\s,]+(?=[^\W\d_])(?![A-Z]{2,4}\s)|\d{1,2}\.\d\.?\s+(?=[A-Z]))")


# A link's label that ends the card before ("... Council Chambers. Read More | 18 Mar Town Council Meeting ..."): a
# list of cards read as one run of text puts it at the head of the next card's words, never part of its title.
_LINK_LABEL_LEAD = re.compile(
    # labels no title opens with
    rf"(?i:{read_more()})\s*[»›>…→:.|]*\s+(?=\S)"
    # labels a title may open with ("More Information Session", "Learn More Fair"): only written as a link's label,
    # in lower case after its first word, or closed by a mark
    r"|(?:[Ll]earn\s+more|[Mm]ore\s+info(?:rmation)?|[Mm]ore\s+details|[Ee]n\s+savoir\s+plus|[Mm]ehr\s+erfahren"
    r"|[Ss]aber\s+m[aá]s|[Vv]er\s+m[aá]s)\s*[»›>…→:.|]*\s+(?!(?i:about|on|über|sur|sobre)\b)(?=\S)"
    r"|(?i:learn\s+more|more\s+info(?:rmation)?|more\s+details|en\s+savoir\s+plus|mehr\s+erfahren|saber\s+m[aá]s"
    r"|ver\s+m[aá]s)\s*[»›>…→:.|]+\s+(?=\S)")  # ("Learn More About Medicare Day" is a title)


# A date or time field's label whose value was taken out of the title ("Committee Meetings Time: Location: City Hall"):
# right before the next field's label. (Not a label joined to another, "TIME & DATE: PLACE:", nor one with words
# left after it, "When: (local time; GMT+3)", which says the row names nothing of its own.)
# ("Save the Date: Community Forum: ...": a phrase's noun, not a field's label)
_EMPTY_FIELD = re.compile(r"(?<![\w&/])(?<![&/] )(?<!\band )(?<!\bthe )(?<!\bThe )(?:date|dates|time|times|when|hours"
                          r"|datum|zeit|uhrzeit|wann|heure|horaire|quand|fecha|hora)\s*:\s*(?=[^\W\d_][\w'’-]*(?:\s[\w'’-]+)?\s*:)",
                          re.IGNORECASE)


def _bare(phrase: str) -> str:
    """Without a leading article, a link's label or an emptied time label: 'the Secretary General' -> 'Secretary
    General', 'Read More Town Council Meeting' -> 'Town Council Meeting', 'Board Time: Location: Hall' -> 'Board
    Location: Hall'."""
    phrase = phrase.strip(" ,;:.")
    label = _LINK_LABEL_LEAD.match(phrase)
    phrase = phrase[label.end() :] if label else phrase
    phrase = " ".join(_EMPTY_FIELD.sub("", phrase).split()).strip(" ,;:.") if ":" in phrase else phrase
    number = _LIST_NUMBER.match(phrase) if phrase[:1].isdigit() else None
    phrase = phrase[number.end() :] if number else phrase
    article = _LEADING_ARTICLE.match(phrase)
    return phrase[article.end() :] if article else phrase


def _capital(text: str) -> str:
    # (Georgian's capitals, Mtavruli, are for text set all in capitals, never a sentence's first letter)
    if "\u10d0" <= text[:1] <= "\u10ff":
        return text
    return text[:1].upper() + text[1:]


def _limit(text: str) -> str:
    if len(text) <= _SUMMARY_LIMIT:
        return text
    cut = text[: _SUMMARY_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


# A sentence that leaves its event unnamed: its subject is "it" or left out, as Spanish does ("Será este sábado
# 7 de mayo desde las 6:00": "it will be this Saturday"). The item's title names the event.
_SUBJECTLESS = re.compile(
    r"\s*(?:Será|Serán|Se\s+(?:realizará|realizarán|llevará\s+a\s+cabo|celebrará|hará)|Tendrá\s+lugar"
    r"|It\s+(?:will\s+(?:be|take\s+place|start|begin|run)|takes\s+place|starts|begins|runs)"
    r"|(?:Sie|Er|Es|Diese[rs]?)\s+(?:findet|beginnt|startet)|(?:Elle|Il)\s+(?:aura\s+lieu|se\s+tiendra|débutera))\b"
    # "In diesem Jahr ist es soweit", "Dann ist es endlich so weit", Dutch "Dan is het weer zover": "the time has
    # come", the whole of what is left, a few words of when before it
    r"|(?i:\s*(?:[^\W\d]+\s+){0,4}?(?:ist\s+es|es\s+ist|is\s+het|het\s+is)\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:so\s*weit|zover)\s*[.!]?\s*$)")


def subjectless(said: str) -> bool:
    """Does a sentence, its date and time taken out, open without naming its event ("Será desde las ...")?"""
    return _SUBJECTLESS.match(said) is not None
