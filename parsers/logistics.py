"""Practicalities: accreditation, registration, deadlines, access and the press's own arrival, which are no events."""

from __future__ import annotations

import re

from parsers.gate import Gated

# Not "registered" as what people or bodies are, before them: "registered overseas absentee voters", "registered
# members may vote", "the registered charities": who an event is for or a count is of, not signing up. (A look-behind
# at "registered", holding a look-ahead at the noun within two words after it.)
_REGISTERED_AS_WHO_THEY_ARE = (
    r"(?<!registered(?=\s(?:[a-z-]+\s){0,2}?(?:voters|electors|members|users|residents|citizens|nationals"
    r"|participants|delegates|students|patients|charities|companies|parties|candidates|applicants)\b))"
)

# Practicalities are not events: accreditation, registration, deadlines, access to premises.
LOGISTICS = Gated(re.compile(
    # (Not the book of records a "register" also names: "the register of companies", "the State Register of
    # Voters", "a new national register": a thing a roundtable or an exhibition is about, not signing up.)
    # (not the audience of a briefing: "The Commission will brief accredited media on ...")
    r"\b(?:accreditation|(?<!brief )(?<!briefs )(?<!briefing )(?<!address )(?<!addresses )accredited"
    # (An article alone is not enough: "to publish the register within a month" is a practicality's errand.)
    r"|(?<!new )(?<!national )(?<!state )"
    r"(?<!parish )(?<!public )(?<!electoral )(?<!business )(?<!land )(?<!civil )(?<!central )(?<!trade )"
    # (but "the Texas Register of July 25, 2014", a gazette's dated issue, is as before)
    r"(?<!population )(?<!voter )(?<!voters' )"
    r"register(?!\s+of\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z])(?:ed|ing)?"
    rf"{_REGISTERED_AS_WHO_THEY_ARE}"
    # ("by RSVP only", "by registration only": who may come to the event the clause names, not an errand of its own)
    r"|(?<!\bby )(?<!\bupon )registration|sign(?:s|ed|ing)?[ -]?up|deadline"
    # German registration: "kann man sich erst ab 11 Uhr anmelden", "Anmeldung bis 3. März", "Anmeldungen ab 9 Uhr"
    # (registering at an hour or by a day, not "eine Anmeldung ist erforderlich" beside an invitation: an event)
    r"|sich\s+(?:[\w.:]+\s+){0,8}?anmelden|anmeld(?:en|ung(?:en)?)\s+(?:[\w.]+\s+){0,6}?(?:bis|ab|unter|vom|von)\b"
    r"|no later than|not later than"
    r"|media pass(?:es)?|press pass(?:es)?|press card|(?<!\bby )(?<!\bupon )rsvp|sat(?:ellite)? vans?|security check"
    r"|access to (?:the |nato )?(?:premises|building|site)|access (?:from|as of)|doors open"
    r"|preset time|final access|still photographers|video cameras|camera crews|pool gathers"
    r"|picked up|pick(?:-| )up|opening hours|must\s+collect"
    # "Media arrival: 10:00am", "media set-up from 9.30": when the press should come, not the event's time
    r"|media\s+(?:arrival|set-?up|check-?in)"
    # "Media may set up in the room from 12:30", "available for crews to set up from 9:00", "all equipment must be
    # in place by 12:55": the press's own preparations
    r"|(?:media|crews|cameras|camera\s+operators|photographers|journalists|reporters|broadcasters)\s+"
    r"(?:to|may|can|will\s+be\s+able\s+to|are\s+able\s+to|should)\s+set[ -]?up"
    r"|equipment\s+(?:must|should|needs?\s+to)\s+be\s+(?:in\s+place|pre-?set|set\s+up)"
    # "Media are asked to arrive by 10:15 a.m.", "Reporters should arrive no later than": the press's own time
    r"|(?:media|reporters|journalists|crews|photographers)\s+(?:are|is|should|must|will\s+need\s+to)\s+"
    r"(?:(?:asked|requested|advised|invited|encouraged)\s+)?(?:to\s+)?arrive"
    # ("..., please arrive by 9:15 a.m.": anyone's arrival asked for)
    r"|please\s+(?:plan\s+to\s+)?arrive"
    # "Delegates are requested to collect their badges from July 7", "badge collection opens at 8:00" (a duty or a
    # choice, not "The Scouts will collect their badges from the Chief Scout at a ceremony")
    r"|(?:requested|asked|invited|advised|should|must|can|may)\s+(?:to\s+)?(?:collect|pick\s+up|obtain)\s+"
    r"(?:(?:their|your)\s+)?(?:badges?|credentials)"
    r"|badges?\s+(?:collection|pick-?up|distribution)"
    # "Refreshments will be served", "coffee available from 9:30"; not "a lunch offered by the mayor", an event
    r"|(?:refreshments|coffee|tea|drinks|snacks)\s+(?:(?:will\s+be|is|are|to\s+be)\s+)?(?:served|available|provided)"
    r"|(?:ist|sind|bleibt|bleiben|hat|haben)\b[^.;]{0,60}\bgeschlossen|(?:est|sont|reste|restent)\b[^.;]{0,60}\bfermée?s?"
    # "el registro se hace del 6 hasta el 10 de enero; se cierra a las 23:00", "plazo para postular", "inscrições":
    # Spanish and Portuguese registration and its close (not "registro" alone: "el Registro Civil" is an office)
    # (the registration as what is done, opened or closed, not named beside an event: "com inscrições abertas para
    # expositores" after a fair's day; a close at an hour, not "el congreso se cierra el viernes con un concierto")
    r"|registro\s+(?:de\s+\w+\s+)?(?:se\s+hace|en\s+l[ií]nea|por\s+internet)|registrarse"
    r"|(?<!\bcon\s)(?<!\bcom\s)(?:(?:las?|as?|os)\s+)?(?:inscripci[oó]n(?:es)?|inscriç(?:ão|ões))\s+(?:(?:para|de|del|do|da)\s+"
    r"(?:[\w-]+\s+){0,3}?)?(?:se\s+\w+|est[áa]n?|estar[áa]n?|quedan?|ficam?|ficar[aã]o|v[ãa]o|vai|van|va|abren?"
    r"|cierran?|corren?|podem|pode|pueden|puede|hasta|até|desde|a\s+partir)"
    r"|(?:plazo|prazo)\s+para|se\s+cierra\s+a\s+las|con\s+cierre\s+a\s+las"
    # The press's own access and accreditation in other tongues: "(Acceso de medios desde las 12:00 h.)", "accueil
    # presse à 9h30", "Einlass für Medien ab 10 Uhr", "credenciamento da imprensa"
    r"|acceso\s+(?:de\s+|para\s+)?(?:los\s+|la\s+)?(?:medios|prensa|periodistas|c[áa]maras)"
    r"|acesso\s+(?:da\s+|para\s+a\s+)?(?:imprensa|m[íi]dia)"
    r"|(?:accueil|arriv[ée]e)\s+(?:de\s+la\s+|des\s+)?(?:presse|m[ée]dias|journalistes)"
    r"|einlass\s+(?:f[üu]r\s+)?(?:die\s+)?(?:medien|presse|journalist\w*)"
    # (an accreditation at an hour: "Acreditación de prensa a las 12:00 h."; not "with the same accreditation,
    # the press may also attend the briefing on Sunday", which names an event)
    r"|(?:acreditaci[óo]n|credenciamento|accr[ée]ditation|akkreditierung)(?:\s+[^\s\d]+){0,3}?\s+"
    r"(?:a\s+las|desde\s+las|às|a\s+partir\s+d[ae]s?|à|dès|ab|um)\s+\d\d?)\b"
), "accr", "regist", "sign", "deadline", "later than", "pass", "press card", "rsvp", "sat", "security check",
    "access", "doors open", "preset time", "photographers", "video cameras", "camera crews", "pool gathers", "pick",
    "opening hours", "arriv", "set-up", "setup", "check-in", "checkin", "geschlossen", "ferm", "served", "available",
    "provided", "must collect", "inscri", "plazo", "prazo", "cierr", "acceso", "acredit", "acesso", "credenciamento",
    "accueil", "akkredit", "einlass", "badge", "credentials", "anmeld", "set up", "equipment",
)  # ("accr" holds "accredit"; "arriv" holds "arrival" and "arrive")
