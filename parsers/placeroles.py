"""The role a place plays in its sentence: where something happens ("in Belgrade"), or a topic, a party, an
origin or a speaker's home ("a debate on Mexico", "Croatia v. Serbia", "back from Tokyo", "based in Lagos"). Pure."""

from __future__ import annotations

import re

from parsers.datewords import THE_BEFORE
from parsers.gate import Gated
from parsers.placeindex import CITY, COUNTRY, Place, has_namesakes
from parsers.verbs import RESIDENCE

# "in Belgrade", "to Kosovo", and "– Palacio de Viana" (the venue closing a list line); as French, Spanish and
# Portuguese say "in": "à Paris", "en Madrid", "em Lisboa", "dans Paris".
# ("fly over Port Moresby", "a flypast over Suva": where an aerial display happens is the town it passes over)
# ("Arrives Darwin", "Arrive Hobart": a diary's telegraphic arrival, the town with no "in")
LOCATIVE = re.compile(r"(?:\b(?:in|at|to|from|visit|visits|visited|visiting|near|into|arrives?|arriving"
                      r"|(?:fly|flies|flew|flying|flown|flypast|fly-past|flyover|fly-over)\s+over)\s+(?:the\s+)?"
                      r"|\s[–—-]\s+|(?<!\w)(?:à|en|em|dans)\s+"
                      # "llegó a Uruguay", "viajará a Lima", "chegou ao Recife", "arriva a Roma": a verb of arriving or
                      # travelling, then "to" as Spanish, Portuguese and Italian say it (not "a" alone: an article)
                      # (or of moving there: "se trasladará a Guatemala", "se desplazará a", "deslocar-se-á a")
                      r"|\b(?:lleg|arrib|viaj|cheg|arriv|traslad|desplaz|desloc)"
                      r"(?:a|an|am|ó|ou|aron|aram|ará|arán|arão|ano|ò|erà|eranno)"
                      r"\s+(?:a|al|ao|aos|à|às)\s+)$", re.IGNORECASE)
# The Romance words of a journey ("viaje", "déplacement"), shared by the journey patterns here and in diaryplaces.py;
# and a tour through a town ("Gira de trabajo por Tijuana")
JOURNEY_NOUNS = r"viagem|viaje|deslocação|deslocamento|déplacement|voyage|viaggio"
_TOUR = r"gira(?:\s+de\s+trabajo)?"
# "Viagem a Manaus", "Viaje a Hermosillo", "Déplacement au Havre", "Reise nach Kiel" opening a diary's line: a journey's
# word, then "to" as other tongues say it (not "Rueda de prensa tras el viaje a Lima": a journey told in passing)
_JOURNEY_OPENING = re.compile(rf"\W*(?:(?:{JOURNEY_NOUNS}|visita|reise|besuch)\s+(?:a|à|ao|para|au|aux|nach|in)"
                              rf"|{_TOUR}\s+(?:por|a|en))\s+", re.IGNORECASE)
# "including East Jerusalem", "concerning Mexico", "Croatia v. Serbia": a place in the name or topic of
# something, not where it happens.
# ("la persecución contra Milagro", "manifestation contre Lyon", "Protest gegen Minden": "against" in other tongues;
# a person's name that is also a town's, after it, is the side of a quarrel, not where anything happens)
_TOPIC_BEFORE = re.compile(r"(?:\b(?:including|concerning|regarding|about|against|versus|vs?\.|vs|v"
                           r"|contra|contre|gegen|contro)\s+(?:the\s+)?)$")
# "Interview about the trip to Maputo", "questions regarding the Minister's visit to Japan", "ahead of the visit to
# Oslo": the town a journey talked about goes to, not where the talking is (not "on": "is on an official visit to
# Canada" and "goes on to an official visit to New Zealand" are there)
_JOURNEY_TOPIC = re.compile(r"\b(?:about|regarding|concerning|ahead\s+of)\s+(?:the|a|an|his|her|their|its|this|next"
                            r"|upcoming|coming|planned|forthcoming|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:trip|visit|journey|travel|mission|tour)\s+to\s+$", re.IGNORECASE)
_JOURNEY_REACH = 60
# "Santos vs Saprissa (7 pm)": "vs" is often written without its full stop.
_TOPIC_AFTER = re.compile(r"\s+(?:v|vs?\.|vs|versus)\s")
# "a debate on Mexico", "a statement on Ukraine": a country after "on" is what is talked about.
_ABOUT = re.compile(r"\bon\s+(?:the\s+)?$")
# "back from Tokyo", "delegates from Lyon": where someone comes from, not where the event is (unlike
# "departs from Brasília" or "live from Brussels", which happen there).
_ORIGIN = Gated(re.compile(r"\b(?:back|return(?:s|ed|ing)?|arriv(?:es|ed|ing)|com(?:es|ing)|came|travel(?:l?ing|s|l?ed)"
                           r"|delegat(?:es|ions?)|visitors|guests|students|experts|officials|representatives|ministers"
                           r"|leaders|participants|members|colleagues|counterparts?"
                           # "the first flight from Doha lands at Cape Town International": where it set out from
                           r"|flights?|services?|passengers|planes?|aircraft"
                           # "eight artists from Mexico, Argentina and Cuba", "runners from Kenya": who, not where
                           r"|artists|performers|musicians|dancers|singers|writers|authors|speakers|filmmakers"
                           r"|photographers|designers|chefs|scholars|researchers|athletes|players|runners|teams)"
                           r"\s+from\s+(?:the\s+)?$",
                           re.IGNORECASE), "from")  # tried for every place named: the gate spares most
# "departs London on Sunday for Kigali", "left for Accra", "heads for the coast": the place after "for", told after a
# verb of setting out, is where the traveller goes, so where what follows happens (the town left is not)
# (the verbs only: not "the head of the delegation for Kenya", nor "leave room for Japan in the talks")
_FOR_DESTINATION = re.compile(r"\b(?:(?:[Ll]eav(?:e|es|ing)|[Ll]eft)(?=\s+(?:[A-Z]|for\b|on\b|at\b|in\b|early\b"
                              r"|later\b|today\b|tomorrow\b|tonight\b|this\b|the\s+(?:country|capital|city|island)\b))"
                              r"|[Dd]epart(?:s|ed|ing)?|[Hh]ead(?:s|ed|ing)|[Bb]ound|[Ss]et(?:s|ting)?\s+(?:off|out))\b"
                              r"[^.;:!?\n]{0,60}?\b[Ff]or\s+(?:the\s+)?$")
# "0900      Depart Canberra", "10:15 - Leave Perth": an itinerary's row of setting out happens in the town left.
_ROW_DEPARTS = re.compile(r"[\s\d:.hH–—-]*(?:[AaPp]\.?\s?[Mm]\.?)?[\s:–—-]*(?i:depart|departs|leave|leaves)\s+")
_FOR_REACH = 80  # characters before the place where its verb of setting out may stand
# "the visiting US Under Secretary", "a visiting Kenya delegation": the visitor's home, not the place visited
# ("visiting Kenya next week" is the place visited).
_VISITOR = re.compile(r"\b(?:the|a|an|our|its|their)\s+visiting\s+$", re.IGNORECASE)
# "the University of San Carlos Museum": a house named after a town of several countries' names (San Carlos of
# Venezuela, Chile, Uruguay ...) says nothing sure of where it stands (not "the University of Nairobi": one town).
_HOUSE_OF = re.compile(r"\b(?:University|College|Institute|Museum|Academy|School|Library|Cathedral)\s+of\s+"
                       r"(?:the\s+)?$")
# "junto a la catedral de San Salvador", "l'église de Saint-Denis", "la chiesa di San Marco": a church named after its
# saint, whose name a town shares, is no town (El Salvador's capital, here); so are a palace, a school, a hospital or
# a fort so named ("el Palacio de San Carlos" in Bogotá, "el Colegio de San Ignacio", "the Fort of São Jorge")
_CHURCH_OF = re.compile(r"\b(?i:catedral|iglesia|igreja|bas[ií]lica|parroquia|par[óo]quia|cath[ée]drale|[ée]glise"
                        r"|cattedrale|chiesa|kathedrale|kirche|church|chapel|capilla|capela|chapelle|cappella"
                        r"|palacio|pal[áa]cio|palais|palazzo|palace|colegio|col[ée]gio|coll[èe]ge|college|convento"
                        r"|convent|monasterio|mosteiro|monast[eè]re|hospital|h[ôo]pital|ospedale|fuerte|forte|fort"
                        r"|castillo|castelo|castello|ch[âa]teau|castle|teatro|th[ée][âa]tre|theatre)\s+"
                        r"(?:de|di|do|da|del|of|du)\s+$")
_SAINT_NAME = re.compile(r"(?:San|Santa|Santo|São|Saint|Sainte|St\.?|Sankt)[\s-]")
# "the war in Ukraine", "la guerra in Ucraina", "der Krieg in der Ukraine", "the conflict in Sudan": a place of strife
# a speaker talks about, not where the meeting that talks about it is (a congress's page names it beside its town);
# so is "the situation in Haiti", a committee's or council's item of business.
_STRIFE = Gated(re.compile(r"(?i:\b(?:wars?|conflicts?|crisis|crises|fighting|violence|invasion|occupation|hostilities"
                           r"|situation|situación|situação"
                           r"|guerra|conflitto|crisi|guerre|conflit|krieg|konflikt|krise|conflicto)"
                           r"\s+(?:in|en|nel|nella|im|in\s+der|au|dans)\s+(?:the\s+|la\s+|l['’])?)$"),
                "war", "conflict", "cris", "fight", "violence", "invasion", "occupation", "hostilities", "situa",
                "guerr", "conflit", "krieg", "konflikt", "krise")
# "a journalist based in Los Angeles", "born in Lagos": where a speaker lives or works, told in a biography, is
# not where the event is.
# ("né à Benin City", "il vit et travaille à Graz", "nacida en Rosario", "nascido em Luanda", "geboren in Wien", "lebt
# und arbeitet in Köln", "nata a Napoli": a speaker's biography in French, Spanish, Portuguese, German and Italian)
_RESIDENCE = Gated(re.compile(r"\b(?:"
                              + "|".join(rf"(?:{'|'.join(words)})\s+{place}" for words, place in RESIDENCE) + ")"
                              # (and the country after that town: "né à Benin City (Nigeria)", "à Graz, en Autriche")
                              r"(?-i:[A-Z][\w'’.-]*(?:[ \t-][A-Z][\w'’.-]*){0,3}"
                              r"[ \t]*(?:\([ \t]*|,[ \t]*(?:(?:en|in|au|aux|em|no|na|nel|im)[ \t]+)?))?$",
                              re.IGNORECASE),
                   "based", "born", "raised", "liv", "resid", "grew", "headquartered", "né", "vit", "bas", "nacid",
                   "viv", "radicad", "nascid", "geboren", "lebt", "wohnt", "aufgewachsen", "nat")
_RESIDENCE_REACH = 70  # characters before a place where a biography's words and its town may stand
# (not the reflexive "se vit à Montréal", "si vive a Palermo", nor the call "¡Vive en Madrid ...!": an event is lived
# there; nor a town followed by an article and a word, the thing lived there, "vive en Ciudad de México la Noche de
# Museos": a biography's town ends its phrase, or gives a day, "né à Lagos le 3 mars 1970")
_LIVED_AFTER = re.compile(r"[ \t]+(?:la|el|los|las|les|le|il|lo|gli|der|die|das|the)[ \t]+(?!\d)\w", re.IGNORECASE)
# "journalists based in Brussels are invited to a briefing": the press of a town, invited, meets in that town.
_PRESS_BASED_IN = re.compile(r"\b(?:journalists|reporters|correspondents|press|media)\s+based\s+in\s+(?:the\s+)?$",
                             re.IGNORECASE)
_INVITED = re.compile(r"\binvit(?:ed|es?|ation)\b", re.IGNORECASE)
# (not when they are asked to follow it from afar, or the text says where it is held: "invited to follow by videolink
# the press conference, held in Washington")
_FOLLOWED_FROM_AFAR = re.compile(r"\b(?:video\s?link|webcast|web\s?stream|live\s?stream|online|remotely|follow"
                                 r"|held\s+in|takes\s+place\s+in)\b", re.IGNORECASE)
# "GENEVA – Ghana, Chile and Norway come before the panel": the dash closes a dateline in capitals that opens the
# line; the first word after it opens the story, a place so named is no more where things happen than elsewhere.
_AFTER_DATELINE_DASH = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}[ \t]+[–—-][ \t]+$")
# "6:00 p.m. – Libertad basada en Seguridad – en el Centro de Convenciones": a capital after the dash that a word in
# lower case follows opens a caption, no town (Libertad in the Philippines); not "– Geneva and online"
_DASH_BEFORE = re.compile(r"\s[–—-]\s+$")
_PHRASE_GOES_ON = re.compile(r"[ \t]+(?!(?:and|or|at|in|on|y|o|en|et|ou|à|und|oder|im|e|em)\b)[a-zà-ÿ]")
# "(Urgewald – Germany)", "(Port Arthur – US)": a place closing a bracket names a speaker's home or group, not a venue.
_AFFILIATION = re.compile(r"\s*\)")
# "Malcolm BRUCE (United Kingdom, LDR)", "Anna NOWAK (Poland, EPP/CD)": a member's country and political group in
# brackets after the name, as parliamentary assemblies list their speakers; whose, not where.
_MEMBER_BEFORE = re.compile(r"[A-Z][\w'’-]+\s*\(\s*$")
_GROUP_AFTER = re.compile(r"\s*,\s*[A-Z][A-Za-z/-]{1,9}\s*\)")
# "The Dubai talks", "the Glasgow summit": a town before a gathering's name says where that gathering is.
# "Agenda of the Growers Congress, Toronto", "Programme, 16 March 2023, Vienna": a town closing a heading line
# after a comma is where the lines under it happen, when the line names a schedule or gives a day (not a speaker's
# employer: "Anna Example, reporter at The Daily Courier, London").
_AFTER_COMMA = re.compile(r",\s*$")
_SCHEDULE_LINE = re.compile(r"\d|\b(?:agenda|programm?e?|schedule|itinerary|diary|calendar|events|meetings|hearings"
                            r"|sessions|visit|termine|tagesordnung|programa|calendario)\b", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t]*[:.]?[ \t]*(?:\n|$)")
_GATHERING = re.compile(r"\s+(?:talks|summit|conference|negotiations|meeting|ministerial|forum|congress)\b",
                        re.IGNORECASE)


# "Paisley Diocesan Mass", "the Leeds Municipal Parade": a town, the adjective of its own body (its diocese, parish,
# council), then a thing that happens: held by that body, in that town (as "the Diocese of Paisley" is Paisley's).
# (Not where the thing goes or is held elsewhere: "the Paisley Diocesan Pilgrimage to Rome", "... Synod in Glasgow".)
_OWN_BODYS_EVENT = re.compile(r"[ \t]+(?:Diocesan|Archdiocesan|Parish|Parochial|Municipal|Civic)[ \t]+"
                              r"(?:Mass|Synod|Pilgrimage|Procession|Vigil|Service|Celebration|Festival|Parade|Fair"
                              r"|Assembly|Conference|Congress|Day|Gala|Concert)\b(?![ \t]+(?:to|in|at)[ \t]+[A-Z])")
# "the Amora Hotel Jamison Sydney", "the Savoy Hotel": a town's name right before "Hotel" is the hotel's name (a
# hotel named after a town mostly stands elsewhere); where it stands is said apart.
_HOTEL_AFTER = re.compile(r"[ \t]+(?:Hotel|Inn|Resort|Suites|Lodge)\b")
# "la Mesa se reunirá", "la Victoria del equipo": a capital after a small article of Spanish, French or Italian is a
# noun of that language, not an English-speaking land's town of that one-word name (Mesa, Arizona; Victoria, BC).
# ("la Ciudad de México" is the town: a Spanish name takes its article so.)
_SMALL_ARTICLE = re.compile(r"(?<![\w'’])(?:la|el|los|las|le|les|il|lo|gli)\s+$")
_ENGLISH_SPEAKING = frozenset({"US", "CA", "GB", "AU", "NZ", "IE"})


_TITLE_LENGTH = 80  # characters from a title's opening quote to a place within it


def in_quoted_title(text: str, start: int) -> bool:
    """Does a quotation opened earlier on the line and not yet closed hold `start`? A place in the quoted name of an
    exhibition, a book or a play ("« De Paris à Pékin »", "“Road to Lagos”", "„Von Wien nach Rom“") is what it is
    about, not where anything happens. Guillemets and curly quotes only: straight quotes open and close alike."""
    line = text[text.rfind("\n", 0, start) + 1 : start]  # the line up to the place
    if not line or not any(mark in line for mark in "«“„"):
        return False
    open_ = line.count("«") > line.count("»") or line.count("„") > line.count("“") \
        or "„" not in line and line.count("“") > line.count("”")
    if not open_:
        return False
    # Speech is quoted too: a quotation that opens its line or follows a colon or a comma ("a déclaré : « Je serai
    # à Lyon jeudi »", a paragraph of a quote), or runs long, is someone's words, and their places are places.
    opening = max(line.rfind(mark) for mark in "«“„")
    return bool(line[:opening].strip()) and not line[:opening].rstrip().endswith((":", ",")) \
        and len(line) - opening <= _TITLE_LENGTH


def set_out_for(text: str, start: int) -> bool:
    """Is the place at `start` where a traveller sets out for ("departs London on Sunday for Kigali")?"""
    before = text[max(0, start - 20) : start]
    return before.endswith(("for ", "the ")) and _FOR_DESTINATION.search(text, max(0, start - _FOR_REACH),
                                                                         start) is not None


# "will travel to", "flies on to", "returns to", "departs Denver en route to Phoenix": the verb of a journey right
# before the town it goes to
# (and the journey as a row says it: "Travel to Ottawa", "Déplacement à Toulon", "Viaje a Lima", "Reise nach Kiel")
_TRAVELS_TO = re.compile(r"\b(?:(?:travel(?:s|led|ling)?|fl(?:y|ies|ying|ew)|return(?:s|ed|ing)?|proceed(?:s|ed|ing)?"
                         r"|head(?:s|ed|ing)?)\s+(?:on\s+|back\s+)?to|(?:trip|journey)\s+to|en\s+route\s+to"
                         rf"|(?:{JOURNEY_NOUNS})\s+(?:à|au|aux|a|al|para|in)"
                         rf"|{_TOUR}\s+(?:por|a)"
                         r"|reise\s+nach)\s+(?:the\s+)?$", re.IGNORECASE)
_TRAVELS_REACH = 30


def travels_to(text: str, start: int) -> bool:
    """Is the place at `start` where a traveller goes ("will travel to Ottawa", "then flies on to Doha")?"""
    return _TRAVELS_TO.search(text, max(0, start - _TRAVELS_REACH), start) is not None


def role(text: str, start: int, end: int, place: Place) -> tuple[bool, bool]:
    """(locative, topical): is the place named as where something happens, or as what or whence it is?"""
    before = text[max(0, start - 20) : start]
    if in_quoted_title(text, start):
        return False, True
    if _PRESS_BASED_IN.search(text, max(0, start - 40), start) is not None and _INVITED.search(text) is not None \
            and _FOLLOWED_FROM_AFAR.search(text) is None:
        return True, False  # "journalists based in Brussels are invited to a briefing": it is held there
    # "– Australia v England": a side of a match or a case is no venue, even where a venue could stand.
    if _TOPIC_AFTER.match(text, end) or _ORIGIN.search(before) \
            or _RESIDENCE.search(text[max(0, start - _RESIDENCE_REACH) : start]) \
            and _LIVED_AFTER.match(text, end) is None \
            or place.kind == COUNTRY and _ABOUT.search(before) or _HOTEL_AFTER.match(text, end) \
            or _VISITOR.search(before) or _STRIFE.search(before) \
            or _JOURNEY_TOPIC.search(text, max(0, start - _JOURNEY_REACH), start) \
            or place.kind == CITY and _HOUSE_OF.search(before) and has_namesakes(place) \
            or place.kind == CITY and _CHURCH_OF.search(before) and _SAINT_NAME.match(place.name) \
            or place.kind == CITY and place.country in _ENGLISH_SPEAKING and " " not in text[start:end].strip() \
            and _SMALL_ARTICLE.search(before) \
            or _DASH_BEFORE.search(before) and _PHRASE_GOES_ON.match(text, end) \
            or place.kind == COUNTRY and _MEMBER_BEFORE.search(before) and _GROUP_AFTER.match(text, end):
        return False, True
    line_start = text.rfind("\n", 0, start) + 1
    journey = _JOURNEY_OPENING.fullmatch(text, line_start, start) is not None \
        or _ROW_DEPARTS.fullmatch(text, line_start, start) is not None
    locative = (journey or set_out_for(text, start) or bool(LOCATIVE.search(before))) \
        and not _AFFILIATION.match(text, end) \
        and not (before.rstrip().endswith(("–", "—", "-"))
                 and _AFTER_DATELINE_DASH.search(text, max(0, start - 60), start) is not None) \
        or place.kind == CITY and _GATHERING.match(text, end) is not None and THE_BEFORE.search(before) is not None \
        or place.kind == CITY and _OWN_BODYS_EVENT.match(text, end) is not None \
        or place.kind == CITY and _AFTER_COMMA.search(before) is not None and _LINE_END.match(text, end) is not None \
        and _SCHEDULE_LINE.search(text, text.rfind("\n", 0, start) + 1, start) is not None
    return locative, not locative and bool(_TOPIC_BEFORE.search(before))
