"""Deadlines: a date or time by which something must be done, not an event. Pure.

    "by 2:45 p.m. at the latest", "before noon (ET) on Tuesday, July 23", "until 31 December",
    "no later than Friday, 26 October", "must be down by the rise of the House on Monday"; and the bound the
    other way, "no earlier than 10:30 a.m."
"""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.verbs import DUTY

# (Gated: its alternatives, tried at each of the 40 characters before a mention, cost more than looking for its words;
# most mentions have none of them before them.)
_DEADLINE_BEFORE = Gated(re.compile(
    r"\b(?:by|before|until|till|through|thru|no\s+later\s+than|not\s+later\s+than|latest\s+(?:by|on)|deadline(?:\s+is)?"
    # "will begin no earlier than 10:30 a.m.": a bound on when, as a deadline is, not the time something starts
    r"|no\s+earlier\s+than|not\s+earlier\s+than"
    # "applications received later will only be handled from January 2", "are processed after 5 May": when an office
    # gets to papers again, a bound on when, not a happening
    r"|(?:processed|handled|dealt\s+with|attended\s+to)\s+(?:only\s+)?(?:from|after|as\s+of|starting(?:\s+on)?)"
    r"|closes?\s+(?:on|at)|extended\s+to|cut-?off(?:\s+date)?(?:\s+is)?"
    # "nominations handed in up to 18:00 on 7 December", "applications accepted up to 5 p.m.": papers taken in until
    r"|(?:received|submitted|handed\s+in|filed|lodged|sent\s+in|accepted|registered)\s+(?:\w+\s+){0,2}?up\s+to"
    # "Standard prices end at 5pm", "early-bird pricing ends on 3 May": when an offer's price runs out; "the
    # tariffs now in force run out on March 31", "the contract expires on": when a tariff or an agreement lapses
    r"|(?:prices?|pricing|rates?|fees?|discounts?|offers?|tariffs?|fares?|contracts?|agreements?|licen[cs]es?"
    r"|permits?|leases?|concessions?)\s+(?:[\w-]+\s+){0,3}?(?:ends?|expires?|runs?\s+out|lapses?)\s+(?:on|at)"
    # "the Safer at Home order ... will now expire on July 31", "It was due to expire at 5:00 p.m. on Friday": when an
    # order, a decree or a state of emergency lapses (a rule's end, no happening)
    r"|(?:orders?|decrees?|mandates?|proclamations?|declarations?|emergency|restrictions?|measures?|it|they)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:expires?|lapses?)\s+(?:on|at)"
    r"|(?:due|set|scheduled)\s+to\s+(?:expire|lapse)(?:\s+(?:on|at))?"
    # "EMBARGOED: 00:01 GMT Thursday 15 March", "For release at 10:00 CET on": when a text may be published
    r"|embargo(?:ed)?(?:\s+(?:until|till|to))?|(?:not\s+)?for\s+(?:release|publication|broadcast)(?:\s+(?:before|until|on|at))?"
    # "comments are due Friday, January 15", "written testimony is due on March 6": papers due on a day, a deadline
    # (a traveller "due on Monday" arrives, and is no paper)
    r"|(?:comments|testimony|submissions|applications|entries|nominations|proposals|bids|tenders|forms|responses"
    r"|replies|rsvps?|fees|payments|returns|reports|abstracts|papers|claims|objections)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:is|are)\s+due(?:\s+on)?"
    # "by close of business on 30 March", "before the end of the day on"
    r"|(?:by|before)\s+(?:the\s+)?(?:close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:working\s+)?(?:day|business))"
    r"(?:\s+on)?"
    # "jars with a best-before date of 12 June", "expiry date: 30/06/2026": what a product or paper is good until
    r"|(?:best[- ]before|use[- ]by|sell[- ]by|expiry|expiration)(?:\s+dates?)?(?:\s+(?:of|is|on))?"
    # "its 5.20 per cent. Notes due 7 June 2032", "bonds maturing on 1 March 2030": when a security is repaid
    r"|(?:notes|bonds|debentures|securities|bills)\s+(?:due|maturing)(?:\s+(?:on|in))?"
    # the same in the other languages' words: "bis zum 30.06.2020", "spätestens am 3.5.2031", "tienen plazo hasta el
    # 18 de abril a las 18:00 hrs.", "a más tardar el 5 de mayo", "jusqu'au 12 mars", "au plus tard le 3 juin" (or "ce
    # vendredi 1er mai": the demonstrative before the day)
    r"|bis(?:\s+(?:zum|zur|einschließlich|spätestens))?|spätestens(?:\s+(?:am|bis(?:\s+zum)?))?"
    r"|(?:plazo\s+)?hasta(?:\s+el)?|a\s+m[aá]s\s+tardar(?:\s+el)?|fecha\s+l[ií]mite(?:\s+es)?(?:\s+el)?"
    # ("antes de las 12:00 horas del jueves anterior": papers in before a clock, as "before noon")
    r"|antes(?:\s+de(?:\s+las?)?)?"
    # ("seguirán hasta el próximo 4 de setiembre", "fica aberta até o próximo dia 4": the end of a run, told alone)
    r"|hasta\s+el\s+pr[oó]ximo(?:\s+d[ií]a)?|até\s+(?:o|a)\s+pr[oó]xim[oa](?:\s+dia)?"
    # and the Portuguese "until", as the Spanish "hasta": "serão aceitos até as 18h do dia 25 de outubro", "enviada até
    # o dia 25 de outubro", "até 3 de maio"
    r"|até(?:\s+(?:[àa]s?|ao?|o))?(?:\s+dia)?"
    r"|jusqu['’]\s?(?:au|à)|au\s+plus\s+tard(?:\s+(?:le|ce))?|date\s+limite"
    # and the Catalan: "s'envien fins al 24 de novembre", "com a màxim el 3 de març", "data límit: 5 de maig"
    r"|fins\s+(?:al|a|el)|com\s+a\s+màxim(?:\s+el)?|data\s+límit(?:\s+és)?(?:\s+el)?"
    # and the Italian: "entro il 5 aprile", "entro le 12 di venerdì 4 aprile", "entro e non oltre il", an expiry
    # "scade il prossimo 30 aprile"; the Finnish "viimeistään perjantaina 4.4.2031" (at the latest, on Friday)
    r"|entro(?:\s+e\s+non\s+oltre)?(?:\s+(?:il|la|le|lo|l['’]))?"
    r"(?:\s*(?:ore\s+)?\d{1,2}(?:[.:]\d\d)?\s+(?:di|del|dell['’]))?|non\s+oltre(?:\s+il)?"
    r"|scade(?:\s+il)?(?:\s+prossimo)?|viimeistään(?:\s+\w+na)?"
    # and the Dutch: "tot en met zondag 7 september aanmelden", "t/m 3 mei", "uiterlijk op 1 juni", "tot 12.00 uur"
    r"|tot(?:\s+en\s+met)?|t/m|uiterlijk(?:\s+(?:op|om|tot))?"
    # and the West Slavic "at the latest (by)": "nejpozději do 8:40 hod.", "najneskôr do 15. mája", "najpóźniej do",
    # a weekday between in the genitive: "najneskôr do utorka 8. septembra", "nejpozději do středy 4. 3."
    r"|nejpozději(?:\s+(?:do|dne|v))?(?:\s+(?:pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle))?"
    r"|najneskôr(?:\s+(?:do|dňa|v))?(?:\s+(?:pondelka|utorka|stredy|štvrtka|piatka|soboty|nedele))?"
    r"|najpóźniej(?:\s+(?:do|dnia|w))?(?:\s+(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli))?"
    # and the South Slavic "by" with its weekday in the genitive: "do srijede, 4. ožujka", "do petka 3. maja" (the
    # weekday makes it a limit; "do" alone runs on to a span's end, "od 3. do 5. ožujka")
    r"|do\s+(?:ponedjeljka|ponedeljka|utorka|srijede|srede|četvrtka|petka|subote|nedjelje|nedelje)\s*,?"
    # and the Scandinavian: "senest søndag 5. juni kl. 14:00", "senast måndagen den 14 mars", "senest kl. 11:45"
    r"|sen[ae]st(?:\s+(?:den|d\.|på|kl\.?))?"
    # and a Scandinavian deadline named: "fristen er 28. oktober kl. 14.00", "påmeldingsfristen er", "sista dag är"
    # ("Sista ackrediteringsdag: fredag den 27 maj", "Sista dag för ackreditering är": the last day, of what in one word
    # with it or after "för")
    r"|\w*frist(?:en)?(?:\s+(?:er|är))?|(?:sista|siste|sidste)\s+(?:(?:ackrediterings|anmälnings|anmeldelses|påmeldings|tilmeldings|registrerings|ansöknings"
    r"|søknads|ansøgnings)dag(?:en)?|dag(?:en)?\s+(?:för|for|til)\s+[\w-]+)"
    r"(?:\s+(?:är|er))?"
    # and the South Slavic: "najkasnije do 10. ožujka" (at the latest by), "mora biti formirana do 6. maja", "mora da
    # se formira do" (must be formed by)
    r"|najkasnij?e(?:\s+do)?|mora(?:ju)?\s+(?:da\s+se\s+|biti\s+|se\s+)[\w-]+\s+do"
    # and the Turkish: "en geç 28 Ağustos" (at the latest), "kayıt için son gün 28 Ağustos" (the last day), "son
    # başvuru tarihi 3 Mart" (the closing date of applications)
    # ("son gün" alone only opening its phrase, or after "için": "Fuarın son günü", the fair's last day, is a day of it)
    r"|en\s+geç(?:\s+saat)?|(?:(?<=için\s)|(?<![\w'’]ın\s)(?<![\w'’]in\s)(?<![\w'’]un\s)(?<![\w'’]ün\s)(?<![\w'’]nın\s)"
    r"(?<![\w'’]nin\s)(?<![\w'’]nun\s)(?<![\w'’]nün\s))son\s+gün(?:ü)?"
    r"|son\s+(?:başvuru(?:\s+tarihi)?|kayıt(?:\s+tarihi)?)(?:\s+ise)?"
    r")\s*:?\s*(?:the\s+)?$",
    re.IGNORECASE,
), "by", "before", "til", "thr", "than", "latest", "deadline", "processed", "handled", "dealt", "attended", "close",
    "extended", "cut", "up", "end", "expir", "run", "lapse", "embargo", "release", "publication", "broadcast", "due",
    "bis", "testens", "hasta", "tard", "mite", "xim", "jusqu", "tot", "t/m", "uiterlijk", "nejpozd", "najnesk", "najp",
    "entro", "oltre", "scade", "viimeist", "antes", "fins", "até",
    "senest", "senast", "frist", "sista", "siste", "sidste", "najkasn", "mora", "en geç", "son gün", "son başvuru",
    "son kayıt",
    "jelj", "delj", "utork", "sred", "srijed", "četvrtk", "petk", "subot")  # ("before" is in "best-before", "by" in
# "use-by", "tard" in "tardar")
# "must be down by the rise of the House on Monday", "are due before the close of the sitting on": a body's
# moment by which something must be done; without a "must" it is when something happens ("speaks before the
# opening of the summit on Monday at 9:00").
_BY_THE_MOMENT = re.compile(r"\b(?:by|before)\s+the\s+(?:rise|close|end|start|opening)\s+of\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,2}[\w-]+(?:\s+on)?\s*$", re.IGNORECASE)
# "is due to meet before the start of the summit" tells a plan, not a duty; "due by" does.
_OBLIGED = re.compile(rf"\b(?:{DUTY}|deadline|due(?!\s+to\b))\b", re.IGNORECASE)
# "postponed until 19 March", "put off till Monday": the new day of a moved event, no deadline.
_MOVED_UNTIL = re.compile(r"\b(?:postponed|put\s+off|deferred|delayed|pushed\s+back|put\s+back|adjourned|adjourns?)\s+"
                          r"(?:\w+\s+){0,2}?(?:until|till)\s*$", re.IGNORECASE)
# "is at the airport by 7.15 p.m.", "arrives in the city by noon": when someone is somewhere, in an itinerary;
# "must be at the gate by 9:00", "are asked to reply by Friday" stay deadlines.
_THERE_BY = re.compile(r"\b(?:is|are|arrives?|reach(?:es)?|gets?\s+(?:to|back)|returns?|lands?|is\s+back)\b[^,;.]{0,30}"
                       r"\bby\s*$", re.IGNORECASE)
# "will report after the market closes on Wednesday, Feb. 4": what happens after a close happens on its day.
_AFTER_A_CLOSE = re.compile(r"\bafter\s+(?:the\s+)?(?:[\w-]+\s+){0,3}closes?\s+(?:on|at)\s*$", re.IGNORECASE)
# ("Written comments are due by 5 p.m.": "due" is a duty, unlike "due to" a plan or "due in Accra" an arrival)
_MUST = re.compile(rf"\b(?:{DUTY}|need|needs|expected|invited|due(?!\s+(?:to|in|at|back|out)\b))\b", re.IGNORECASE)


# "The Prime Minister should land at the airport by 2:30 pm", "is expected to arrive in the city by noon": when a
# traveller is due, an itinerary's forecast; "Guests should arrive by 6 pm", "media are expected to be there by" stay
# duties.
_DUE_THERE_BY = re.compile(r"\b(?:should|(?:is|are)\s+expected\s+to)\s+(?:land|arrive|reach|touch\s+down)\b"
                           r"[^,;.]{0,30}\bby\s*$", re.IGNORECASE)
_ATTENDING = re.compile(r"\b(?:guests|media|journalists|reporters|participants|delegates|attendees|visitors|applicants"
                        r"|invitees|members|students|parents|you|everyone|all)\b", re.IGNORECASE)


# "Bids are due at the clerk's office by 2 p.m.", "Forms are due in Accra by": papers due somewhere are a deadline,
# where a traveller due in a town ("The minister is due in Accra by 7 p.m.") arrives.
_PAPERS_DUE = re.compile(r"\b(?:bids|tenders|offers|quotes|quotations|forms|applications|entries|submissions"
                         r"|nominations|proposals|comments|payments|returns|papers|documents|reports|responses|replies"
                         r"|rsvps?|fees|claims|objections|abstracts|ballots)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|were)\s+"
                         r"due\s+(?:in|at)\b", re.IGNORECASE)


_RELATIVE_OPEN = re.compile(r"\b(?:who|whom|which|that)\b[^,;:]*$", re.IGNORECASE)


def _itinerary_by(sentence: str, before: str) -> bool:
    if _THERE_BY.search(before) is None:
        return False
    end = sentence.find(before)
    head = sentence[: end + len(before)] if end >= 0 else before  # who is due: the whole clause up to the time
    papers = _PAPERS_DUE.search(head)
    if papers is not None and _RELATIVE_OPEN.search(head, 0, papers.start()) is None:
        return False  # (not the papers of a relative clause: "the officials who drafted the reports are due in Accra")
    return _MUST.search(before) is None or _DUE_THERE_BY.search(before) is not None \
        and _ATTENDING.search(head) is None


# "Applications are open from 2 to 27 February", "the report covers the period from 1 July to 31 December": a window
# in which something may be done, or a period a text reports on, bounded like a deadline; nobody gathers.
# What a window is for: applications, votes, bids (both patterns below read the same list).
_WINDOW_SUBJECT = r"applications?|registrations?|nominations?|submissions?|entries|bids|proposals|voting"
_WINDOW_BOUNDED = rf"{_WINDOW_SUBJECT}|consultation|survey"  # what opens and closes on a key date's row
_WINDOW_BEFORE = re.compile(
    rf"\b(?:(?:{_WINDOW_SUBJECT}|tickets"
    r"|the\s+(?:call|consultation|survey|poll|window|portal|register))\s+(?:is|are|will\s+be|remains?|stays?)\s+open"
    r"|cover(?:s|ing|ed)?\s+the\s+(?:reporting\s+)?period|for\s+the\s+reporting\s+period"
    # "Free tickets are released from 1st July", "general tickets are available from 3 March": a sale's first day
    r"|tickets\s+(?:are|will\s+be|were|go|went)\s+(?:(?:released|available|on\s+sale|put\s+on\s+sale)"
    r"(?:\s+(?:online|to\s+the\s+public|to\s+members))?)"
    # "Returns may be filed from 1 March until 31 October", "Proposals can be submitted between ...": a window in
    # which papers are handed in, no happening
    r"|(?:may|can|must|should|will)\s+be\s+(?:filed|submitted|lodged|handed\s+in|sent\s+in|registered)"
    r"(?:\s+(?:online|electronically|in\s+person|by\s+post))?)"
    r"\s+(?:from|between|until|till|through|of)?\s*$", re.IGNORECASE)
# "Bookings will open on 5 May at 5pm", "les réservations ouvriront le 5 mai", "las inscripciones se abrirán el", "as
# inscrições abrem em", "le prenotazioni si apriranno il": the day a booking opens, a window's first bound (a day's: not
# a programme's "Registration opens at 8.30", the desk at the event itself)
# What opens for a while and then closes: bookings, registration, applications
_BOOKING_NOUNS = (r"bookings?|reservations?|registrations?|applications?|enrol?ments?|sign-?ups?|ticket\s+sales?"
                  r"|réservations?|inscriptions?|candidatures?|billetterie|reservas|inscripciones|inscrições|candidaturas"
                  r"|prenotazioni|iscrizioni|candidature")
_BOOKINGS_OPEN = Gated(re.compile(
    rf"\b(?:{_BOOKING_NOUNS})\s+(?:s['’]|se\s+|si\s+)?"
    r"(?:(?:will\s+)?(?:re)?open(?:s)?(?:\s+online)?|ouvr(?:ent|iront|ira|e)|seront\s+ouvertes|sont\s+ouvertes"
    r"|abr(?:en|irán|irá|em|irão|e)|estarán\s+abiertas|estarão\s+abertas|apr(?:ono|iranno|irà|e)|saranno\s+aperte)"
    r"\s+(?:on|from|le|à\s+partir\s+du|dès\s+le|el|a\s+partir\s+del|desde\s+el|em|a\s+partir\s+de|il|dal"
    r"|a\s+partire\s+dal"
    # "les réservations ouvriront ce vendredi 7 mars", "bookings open this Friday": the coming weekday named as this
    r"|(?:on\s+)?this|ce|este|esta|nesta|neste|questo|questa)?\s*$", re.IGNORECASE),
    "open", "ouvr", "ouvert", "abr", "abiert", "abert", "apr", "apert")
# Registration, which may open at the venue on the day itself ("Les inscriptions s'ouvrent le mardi 11 mai à 8h30 à
# l'accueil du Palais": the desk of the event), and the clock after its day that says so
_REGISTRATION = re.compile(r"\b(?:registrations?|enrol?ments?|sign-?ups?|inscriptions?|inscripciones|inscrições"
                           r"|iscrizioni)\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:at|à|a\s+las|às|alle|um|dès)\s+\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m)",
                          re.IGNORECASE)


def _bookings_open(sentence: str, before: str) -> bool:
    """Do the words before a day say bookings open then (not a registration desk opening at a clock that day)?"""
    if _BOOKINGS_OPEN.search(before) is None:
        return False
    at = sentence.find(before)
    return not (_REGISTRATION.search(before) and at >= 0 and _CLOCK_AFTER.match(sentence, at + len(before)))


# "The consultation period will begin on, Friday April 22, 2022 and end on Friday May 6, 2022, at 4:00 p.m.", "the
# comment period will open on 1 June and will close on 30 June": a regulator's period for views, both its bounds (read
# over a longer reach than a deadline's words, as the first bound stands between the period and the second)
_PERIOD_BOUND = re.compile(
    r"\b(?:consultation|comment|objection|submission)s?\s+period\s+(?:[^.;]{0,50}?\band\s+)?(?:will\s+)?"
    r"(?:begins?|starts?|commences?|opens?|ends?|closes?|expires?)(?:\s+on)?\s*,?\s*$", re.IGNORECASE)


# The words right after a deadline that make its day a meeting's too: "Comments are due Tuesday, April 15, when the
# board meets at 6 p.m.". After a period's bound, also a gathering that opens it: "... will begin on Monday 2 June 2031
# with a public meeting at 7 p.m." (not after a deadline: "register by 5 May at the event's website").
_YEAR_AFTER = r"^[\s,]*(?:(?:19|20)\d\d\s*,?\s*)?"
_WHEN_IT_MEETS = re.compile(rf"{_YEAR_AFTER}when\s+(?:[\w'’-]+\s+){{1,4}}?(?:meets?|holds?|convenes?|gathers?|sits?"
                            r"|hears?)\b", re.IGNORECASE)
_WITH_A_GATHERING = re.compile(rf"{_YEAR_AFTER}(?:with|by\s+holding|at)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}"
                               r"(?:meeting|hearing|launch|event|workshop|session|forum|open\s+house)", re.IGNORECASE)


def bounds_a_period(before: str, after: str = "") -> bool:
    """Do the words `before` a day (up to a sentence's reach) make it a bound of a period for comments or views, and
    not the day of a gathering that opens or closes it (`after`: the words after the day)?"""
    return _PERIOD_BOUND.search(before) is not None and _WITH_A_GATHERING.match(after) is None \
        and _WHEN_IT_MEETS.match(after) is None


# "Applications for the grant programme open on 2 February and close on 15 March": the days that bound a window
# ("Registration opens at 8:30 am" at a conference is the hour its doors open, and stays).
# ("Consultation closes: 14 July 2025": a key date's row, its label before a colon or a dash; a close needs neither:
# "The consultation closes 30/01/2026")
_WINDOW_DAY_BEFORE = re.compile(
    rf"\b(?:{_WINDOW_BOUNDED})(?:\s+(?:for|to|of)"
    r"(?:\s+[\w'’-]+){1,6}?)?\s+(?:(?:(?:will\s+)?(?:open|close)s?|opened|closed)(?:\s+on\s+|\s*[:–—-]\s*)"
    r"|(?:will\s+)?close[sd]?\s+"
    # "Applications for the 2026 Young Diplomats Programme are open from 5 March to 10 April": the window's days
    r"|(?:is|are|will\s+be|remains?|stays?)\s+open\s+(?:(?:from|between)\s+)?)$",
    re.IGNORECASE)
# "9 June – Applications open", "4 July: Consultation closes": a row whose words are only a window's bound
# (and with its noun first, as a selection's timeline writes it: "2 Mar  Launch of the call for candidates", "Opening of
# applications", "Close of the call for proposals")
_WINDOW_ROW = re.compile(rf"^\W*(?:the\s+)?(?:(?:{_WINDOW_BOUNDED}|call\s+for\s+[\w-]+)"
                         r"\s+(?:(?:will\s+)?(?:open|close)s?|opening|closing)"
                         r"|(?:launch|opening|start|close|closing|end)\s+of\s+(?:the\s+)?"
                         rf"(?:{_WINDOW_BOUNDED}|call\s+for\s+[\w-]+))\W*$", re.IGNORECASE)


# "The day closes at 3:00pm at the National Stadium, where ...": a day's programme closes with a last happening at a
# place, at a time, not with a deadline ("the day closes at 6 pm" alone is its end, and stays no event).
# The words that say a day's programme closes (closures.py reads them too, to tell such a close from a hall shut).
PROGRAMME_CLOSING = r"\bthe\s+(?:day|evening|programme|program|celebrations?|festivities)\s+(?:closes|ends|concludes)"
_PROGRAMME_CLOSES = re.compile(PROGRAMME_CLOSING + r"\s+at\s*$", re.IGNORECASE)
_AT_A_PLACE = re.compile(r"\b(?:closes|ends|concludes)\s+at\s+[\w:. ]{1,12}?\s+(?:at|in)\s+the\s+[A-Z]")


# "Thursday 25th May: Inaugural Lecture by 10:00am", "Special Polo Tournament at the Minna Polo Ground by 4:00pm", "A
# Luncheon at the Centre follows by 2:00pm": a programme's entry, an event's title (and its place) with no verb of duty,
# where "by" gives the hour it is held (West African usage); "Applications by 5pm", "Media must register by" stay.
_TITLE_BY = re.compile(
    r"(?:^|[:;–—]|\bthen)\s*(?!(?i:" + _WINDOW_SUBJECT
    + r"|rsvps?|replies|responses|comments|forms|payments?|tickets?|fees?)\b)"
    r"(?:(?:a|an|the)\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|&))*"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][^;:.!?]{0,80}?)?,?"
    r"(?:\s+(?:follows|starts|begins|opens|commences|holds|is\s+held|takes\s+place))?\s+by\s*$")


def _title_by(sentence: str, before: str) -> bool:
    """Is "by" before a time a programme entry's hour? The whole sentence up to it is read, as a title runs long."""
    end = sentence.find(before)
    head = sentence[: end + len(before)] if end >= 0 else before
    return _TITLE_BY.search(head) is not None and _MUST.search(head) is None


# The Japanese and Chinese deadline named just before its day or hour: "質問・質疑通告期限 13時" (the deadline for
# notice of questions), "提出締切 5月7日", "報名截止日期:3月1日", and with the Japanese topic's particle
# between, "応募の締切は4月18日" (the deadline is 18 April).
_CJK_DEADLINE = r"(?:期限|締切|締め切り|〆切|截止(?:日期|時間|时间)?)"
_DEADLINE_NAMED_BEFORE = re.compile(rf"{_CJK_DEADLINE}\s*(?:[:：]|は)?\s*$")


# (the same as a row's only words, its hour after it or taken out: "質問通告期限 13時", "請願の提出締切"; not a row of
# a sitting that names a deadline after it, "本会議 開議10時 質問通告期限": no other cell, hour or clause before it)
_DEADLINE_NAMED_ROW = re.compile(rf"\W*[^\s\d、。,.]*{_CJK_DEADLINE}\W*"
                                 r"(?:(?:午前|午後|上午|下午)?\d{1,2}\s*[時时](?:\s*\d{1,2}\s*分)?\W*)?$")


# A register's or an enrolment's bound said by its verb right before its day, in a row's clause after what happens:
# "Registro de Impugnaciones: abre 25/06/2024, cierra 01/07/2024 a las 17:00", "Inscripciones: abren 01/07/2024,
# cierran 26/07/2024": when papers may be handed in
_BOUND_NAMED_BEFORE = re.compile(r"\b(?:abren?|cierran?)(?:\s+el)?\s*:?\s*$", re.IGNORECASE)


# "Inscripciones: abren 01/07/2024, cierran 26/07/2024 a las 14:00": both bounds of a window, said by their verbs
# after what they open (not "La muestra abre el 3 de mayo y cierra el 30 de junio", an exhibition's run)
_BOTH_BOUNDS = re.compile(rf"\b(?:{_BOOKING_NOUNS})\b[^.;]{{0,40}}?\babren?\b[^.;]{{1,60}}?\bcierran?\b",
                          re.IGNORECASE)


def bound_named_before(before: str) -> bool:
    """Do the words `before` a day end with a window's bound said as its verb or noun ("cierra ", "abren ")?"""
    return _BOUND_NAMED_BEFORE.search(before) is not None


# A Chinese or Japanese window of registration or application named before its bounds, in the same clause: "登記期間
# 自今天下午2時至" (the registration period, from today 2 p.m. to ...), "報名時間：", "受付期間は": its opening and its
# close are no happenings
_WINDOW_NAMED_BEFORE = re.compile(r"(?:登記|登记|報名|报名|申請|申请|受付|申込|申し込み)(?:期間|期间|時間|时间|日期)"
                                  r"[^。；;，,、!?！？]{0,30}$"
                                  # (its close after the verb: "開放登記至10月3日", registration open until 3 October)
                                  r"|(?:登記|登记|報名|报名|申請|申请)\s*(?:至|到|截至)\s*$")


def named_before(before: str) -> bool:
    """Do the words `before` a day or an hour end with a Japanese or Chinese deadline's name ("通告期限 "), or with a
    window of registration's ("登記期間自")?"""
    return _DEADLINE_NAMED_BEFORE.search(before) is not None or _WINDOW_NAMED_BEFORE.search(before) is not None


def by_then(sentence: str, before: str, kind: str, after: str = "") -> bool:
    """Do the words `before` a mention of `kind` (in `sentence`) make it a deadline (or a window's bound)? Not when
    the words `after` it say that a body meets that day."""
    if kind == "time" and _PROGRAMME_CLOSES.search(before) and _AT_A_PLACE.search(sentence):
        return False
    if _WHEN_IT_MEETS.match(after):
        return False
    if kind == "time" and before.endswith("by ") and _title_by(sentence, before):
        return False
    return bool((_DEADLINE_BEFORE.search(before) and not (kind == "time" and _itinerary_by(sentence, before))
                 and not _MOVED_UNTIL.search(before) and not _AFTER_A_CLOSE.search(before))
                or (_BY_THE_MOMENT.search(before) and _OBLIGED.search(sentence))
                or _WINDOW_BEFORE.search(before) or kind != "time" and _bookings_open(sentence, before)
                or _ONLY_FROM.search(before) is not None and _PERMITTED.search(sentence) is not None
                or _RULE_PERIOD_BEFORE.search(before) is not None
                or named_before(before)
                or bound_named_before(before) and _BOTH_BOUNDS.search(sentence) is not None)


# "10 July 2013: Notices of acceptance sent", "Final program released: June 1", "20 May – Shortlist announced": a key
# date's row that says only what is made known that day, a step of a call or an award, where nobody gathers
_MADE_KNOWN_ROW = re.compile(
    r"^\W*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:published|released|announced|sent(?:\s+out)?|notified|posted|issued"
    r"|made\s+public|(?:sent|e-?mailed)\s+to\s+(?:authors|applicants|candidates|nominees))\W*$", re.IGNORECASE)


# "se publican los resultados de la PAES", "publicação da lista de aprovados", "publication des résultats",
# "Bekanntgabe der Ergebnisse": the same step where the verb or its noun comes first, as Spanish, Portuguese, French
# and German put it, of results or lists, and nothing more (not "se publica el libro", a book that may be launched at
# an event, nor "se anuncian los ganadores en la ceremonia de clausura, a las 19:00 horas", the ceremony)
_MADE_KNOWN_ABROAD = re.compile(
    r"^\W*(?:se\s+(?:publica|publican|anuncia|anuncian|dan?\s+a\s+conocer|divulga|divulgam|informa|informan)"
    r"|(?:publicaci[oó]n|publicação|divulgação|publication|veröffentlichung|bekanntgabe)\s+(?:de|del|da|do|das|dos|des"
    r"|der|du)\b)\s+(?:(?:los|las|la|el|os|as|a|o|les|l'|die)\s*)?(?:resultados?|listas?|listes?|n[oó]minas?|notas"
    r"|calificaciones|puntajes|seleccionados|admitidos|aprovados|ganadores|vencedores|résultats|lauréats|admis"
    r"|ergebnisse|gewinner|preisträger)\b[^,;\d]*$", re.IGNORECASE)  # (the row ends with what is made known)


def window_row(words: str) -> bool:
    """Are a dated row's words (its date left out) only the day a window of applications opens or closes, or the day
    a step of it is made known ("Program published", "se publican los resultados")?"""
    return _WINDOW_ROW.match(words) is not None or _MADE_KNOWN_ROW.match(words) is not None \
        or _MADE_KNOWN_ABROAD.match(words) is not None or _DEADLINE_NAMED_ROW.fullmatch(words) is not None


def opens_or_closes_a_window(before: str) -> bool:
    """Do the words `before` a day make it the day a window of applications opens or closes on?"""
    return _WINDOW_DAY_BEFORE.search(before) is not None


# A table row's caption over (or beside) its date that names a deadline or a record date, not a happening:
# "Last day for written questions", "Closing date for entries", "Record date", "Entitlement to vote fixed at",
# "Proxy forms must be received by".
_ROW_DEADLINE = re.compile(
    r"^\W*(?:(?:last|final|closing)\s+(?:day|date)\b|deadlines?\b|cut-?off\b|clos(?:e|es|ing)\s+(?:for|of)\b"
    r"|(?:record|ex-?dividend|ex-?date|payment)\s+date\b|(?:determination\s+of\s+)?entitlement\s+to\s+vote\b"
    r"|.*\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\W*$)",
    re.IGNORECASE,
)


def row_deadline(caption: str) -> bool:
    """Does a row's caption name a deadline or a record date ("Proxy Forms must be received by")?"""
    return _ROW_DEADLINE.match(caption) is not None


# (and the Finnish postposition "by", after the day and its clock: "10.6.2031 klo 16.00 mennessä")
# (and the Chinese and Japanese "before" and "by" after a clock: "上午10時30分以前", "10時までに"; and the Chinese "on
# or before" after a day: "於2月23日或之前收到通知", notified on or before 23 February)
_AT_THE_LATEST = re.compile(r"^\s*,?\s*(?:at\s+the\s+latest\b|(?:klo\s+\d{1,2}(?:[.:]\d\d)?\s+)?mennessä\b"
                            r"|或?(?:以前|之前)|前(?![往进進])|までに)", re.IGNORECASE)
# The Turkish "until" after a clock in the dative: "28 Ağustos Pazartesi günü saat 18.00'e kadar", "17.00’ye kadar";
# not a range's end, its start in the ablative just before ("saat 10.00’dan 17.00’ye kadar": from 10 to 17).
_TURKISH_UNTIL = re.compile(r"^(?:['’]y?[ae]\b)?\s*(?:günü\s*,?\s*)?(?:saat\s+\d{1,2}[.:]\d\d['’]y?[ae]\s+)?kadar\b",
                            re.IGNORECASE)
_FROM_A_CLOCK = re.compile(r"\d['’][dt][ae]n\b")
_FROM_REACH = 30  # the characters before the end of the mention where a range's start would be


# The German "period" of a rule (Frist, Sperrfrist, Antragsfrist, Schonzeit) named as ending or starting on the day just
# told: "Am 01. Februar endet für alle Landwirte die allgemeine Sperrfrist", "am 1. März beginnt die Schonzeit": when a
# rule's closed season runs out, not a happening
# (the period is what ends or begins, its article before it: not "die Sprechstunde zur Antragsfrist", a gathering)
_RULE_PERIOD_AFTER = re.compile(r"^\s*,?\s*(?:endet|enden|beginnt|beginnen|läuft|laufen)\b[^.;:!?]{0,60}?"
                                r"\b(?:die|der|eine)\s+(?:(?-i:[a-zäöüß]+)\s+){0,2}"
                                r"(?:\w*frist(?:en)?|\w*schonzeit(?:en)?)\b", re.IGNORECASE)
# (the same named before the day: "Sperrfristende 01. Februar", "Ende der Sperrfrist: 1. Februar", "Fristablauf am")
_RULE_PERIOD_BEFORE = re.compile(r"\b(?:\w*frist(?:en)?(?:ende|ablauf|beginn)|(?:ende|ablauf|beginn)\s+(?:der|einer)\s+"
                                 r"\w*frist)\s*:?\s*(?:(?:ist\s+)?(?:am|der|zum)\s+)?$", re.IGNORECASE)
# ("dürfen ... erst ab dem 16. Februar ausgebracht werden": allowed only from that day, German "no earlier than")
_ONLY_FROM = re.compile(r"\berst\s+(?:ab|nach)(?:\s+(?:dem|der))?\s*$", re.IGNORECASE)
# (a permission's words: "dürfen ... erst ab dem 16. März ausgebracht werden"; "öffnet erst ab dem 16. Februar" opens)
_PERMITTED = re.compile(r"\b(?:dürfen|darf|erlaubt|zulässig|gestattet|genehmigt|untersagt|verboten)\b", re.IGNORECASE)


# The Japanese end of a measure's period moved: "期間が7月11日まで延長されました", "7月11日まで延びました"
# ("until", then extended, postponed or continued): the day a rule runs to, not a happening.
_EXTENDED_UNTIL = re.compile(r"^\s*まで(?:の間)?\s*[、,]?\s*(?:延長|延び|延期|継続|期間を?延長)")


# The Chinese list or result made known right after its day and hour: "10月7日下午2時上網公布中籤名單" (put online the
# list of those drawn), "公布錄取結果": a step of a draw or a call, where nobody gathers
_MADE_KNOWN_AFTER = re.compile(r"^\s*(?:在|於|于)?\s*(?:上網|上网|網上|网上|官網|官网|網站|网站)?\s*"
                               r"(?:公布|公佈|發布|发布|公告|揭曉|揭晓)[^。；;，,!?]{0,10}?(?:名單|名单|結果|结果|榜單|榜单)")

# A Chinese registration opened at its hour: "今天下午2時起開放登記至10月3日" (registration open from 2 p.m. today to 3
# October), "上午9時開始報名"
_WINDOW_OPENS_AFTER = re.compile(r"^\s*(?:起|開始|开始)\s*(?:開放|开放|受理)?\s*(?:線上|线上|網路|网络)?\s*"
                                 r"(?:登記|登记|報名|报名|申請|申请)")


def at_the_latest(sentence: str, after_end: int) -> bool:
    """"by 2:45 p.m. at the latest", "klo 16.00 mennessä", "18.00'e kadar", "10時30分以前": the words right after the
    mention (from `after_end`) make it a deadline; so does a rule's period said to end or begin then ("endet ... die
    Sperrfrist")."""
    if _AT_THE_LATEST.match(sentence[after_end:]) is not None:
        return True
    if _RULE_PERIOD_AFTER.match(sentence[after_end:]) is not None:
        return True
    if _MADE_KNOWN_AFTER.match(sentence[after_end:]) is not None or _WINDOW_OPENS_AFTER.match(sentence[after_end:]):
        return True  # ("下午2時上網公布中籤名單", "下午2時起開放登記": a list made known, a registration opened)
    if "まで" in sentence[after_end : after_end + 4] and _EXTENDED_UNTIL.match(sentence[after_end:]) is not None:
        return True  # ("7月11日まで延長されました": a measure's period extended to that day)
    return "kadar" in sentence and _TURKISH_UNTIL.match(sentence[after_end:]) is not None \
        and _FROM_A_CLOCK.search(sentence, max(0, after_end - _FROM_REACH), after_end) is None
