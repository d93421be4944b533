"""Days a dated sentence tells as history: a day before the publication date (or, with none, before the item's
newest full date) in a sentence told in the past ("the crew finished the footbridge on 28 May", "rose indefinitely
on June 9", "the January 5th by-election"), and the day of writing told as done ("made the announcement on
Friday"). Pure. parsers/dating.py asks these questions of each dated sentence; the other dates that are no
events are in parsers/notevents.py.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import documents, extent, tense
from parsers.dates import DayPart, Mention
from parsers.datescan import TOMORROWS_GATHERING
from parsers.datewords import GERMAN_MONTHS, THE_BEFORE
from parsers.fieldnames import alternatives
from parsers.lang_croatian import MONTHS as SOUTH_SLAVIC_MONTHS
from parsers.lang_iberian import MONTHS as IBERIAN_MONTHS
from parsers.lang_korean import korean_past
from parsers.verbs import FRENCH_HELD, GERMAN_REPORTED_PAST

# What is to come: a sentence that tells it is no history, whatever its other dates.
# (", invited by the Government of Brunei": a past participle in an aside, who asked the body to meet there, tells
# nothing to come; "Members are invited to attend" does)
FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|going\s+to|expected|due|scheduled|planned|plans"
                     r"|(?<!,\s)invited|invites)\b", re.IGNORECASE)

ARABIC_PERFECT = (r"(?:و|ف)?(?:قد\s+|كان\s+قد\s+|كانت\s+قد\s+)?"
                   r"(?:عقد|عقدت|انعقد|انعقدت|استقبل|استقبلت|ناقش|ناقشت|افتتح|افتتحت|التقى|التقت|شارك|شاركت|ترأس"
                   r"|ترأست|زار|زارت|وقع|وقعت|بحث|بحثت|اختتم|اختتمت|نظم|نظمت|أقام|أقامت|شهد|شهدت|جرى|جرت|أجرى|أجرت"
                   r"|احتفل|احتفلت|استضاف|استضافت|أطلق|أطلقت|دشن|دشنت|حضر|حضرت)")
# Russian and Ukrainian perfectives of the news ("состоялась", took place; "провели", held; "відбулася"): done, as a
# report tells what was (not the verbs of saying, "сообщили", which may tell what is to come)
_SLAVIC_PAST = (r"(?:состоял(?:ся|ась|ось|ись)|прош[её]л|прошл[аои]|пров[её]л|провел[аи]|подписал[аи]?"
                r"|встретил(?:ся|ась|ись)|обсудил[аи]?|открыл[аи]?|посетил[аи]?|выступил[аи]?|вручил[аи]?|принял[аи]?\s+участие"
                r"|відбу(?:вся|лася|лося|лися)|пров[іе]в|провел[аи]|підписал?[аи]?|зустр[іе]л(?:ися|ася)|зустрівся"
                r"|обговорил[аи]?|відвідал?[аи]?|відвідав|відкрил[аи]|відкрив|взял?[аи]?\s+участь|взяв\s+участь"
                # Polish: "dotarł do Budapesztu w niedzielę 28 listopada" (arrived), "odbyło się 3 marca"
                r"|dotarł[aoy]?|dotarli|przybył[aoy]?|przybyli|przyleciał[aoy]?|przylecieli|odbył[aoy]?\s+się"
                r"|odbyli\s+się|spotkał[aoy]?\s+się|spotkali\s+się|podpisał[aoy]?|podpisali|wzi(?:ął|ęła|ęli)\s+udział"
                r"|otworzył[aoy]?|otworzyli|zakończył[aoy]?\s+się|rozpoczął\s+się|rozpoczęł[aoy]\s+się"
                # a court's past in Polish: "Trybunał Konstytucyjny rozpoznał 23 września 2025 r. pytanie prawne"
                # (heard), "orzekł" (ruled), "rozpatrzył" (examined), "ogłosił wyrok" (delivered its judgment)
                r"|rozpoznał[aoy]?|rozpoznali|rozpatrzył[aoy]?|rozpatrzyli|orzekł[aoy]?|orzekli"
                r"|ogłosił[aoy]?\s+(?:wyrok|orzeczenie|postanowienie))")
# Swedish, Danish and Norwegian preterites of the news: "Regeringen gav den 9 januari 2017 ... nya direktiv" (gave),
# "hölls den", "fandt sted", "besøkte". ("Mødet bliver holdt den", "møtet blir holdt", "skal bli holdt": the Danish and
# Norwegian passive to come has the same participle, "holdt", after "bli(ve)(r)": not the past.)
_NORDIC_PAST = (r"gav|fick|fikk|fik|hölls|höll|(?<!\bbli\s)(?<!\bblir\s)(?<!\bblive\s)(?<!\bbliver\s)holdt|ägde\s+rum"
                r"|fandt\s+sted|fant\s+sted|beslutade|besluttede|besökte|besøgte|besøkte|träffade|undertecknade|vedtog"
                r"|vedtok|antog|godkände")
# A sentence told in the past: what it dates happened before the text was written (German "hat am 5. Mai beschlossen").
# ("will now be held on 23 February", "is to be adopted on": a verb to come, so its participle is no past.)
_PAST = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )"
                   r"\b(?:was|were|had|left|took\s+place|came\s+into\s+force|held|met|visited|attended|signed"
                   r"|arrived|returned|concluded|ended|announced|said|declared|adopted|approved|released|closed"
                   r"|rose|sat|adjourned|voted|elected|sworn\s+in|resigned|won|lost|began|put\s+out|issued"
                   r"|toured|hosted|launched|unveiled|inaugurated|opened|completed|celebrated|marked"
                   r"|followed|drew|attracted|featured|welcomed|ran"
                   r"|hat|haben|hatte|hatten|wurde|wurden"
                   rf"|{_NORDIC_PAST}"  # "Regeringen gav den 9 januari 2017 ... nya direktiv"
                   rf"|{tense.IBERIAN_PRETERITE}"  # "encabezó", "se vieron", "inauguraram"
                   # Arabic perfects of the news ("عقد الوزير يوم الخميس 4 يناير اجتماعاً", the minister held a
                   # meeting on Thursday; "واستقبل", "وقد افتتحت"): done, as Arabic reports what was
                   rf"|{ARABIC_PERFECT}"
                   rf"|{_SLAVIC_PAST}"  # "3 февраля состоялась пресс-конференция", "провели 5 марта"
                   # French passé composé and passive: "a rejeté le", "ont décidé le", "confirmé par la Cour ... le"
                   r"|(?:a|ont|avait|avaient)\s+(?:été\s+)?[a-zà-ü]{3,}é(?:e?s?)|[a-zà-ü]{3,}é(?:e?s?)\s+par"
                   # Romanian perfect and past participles: "a fost semnat ... pe 17 octombrie", "ales pe 28 septembrie"
                   r"|(?-i:a|au)\s+(?:fost|avut|semnat|votat|adoptat|aprobat|anunțat|declarat)|ales|aleasă|aleșii?)\b"
                   r"[^.;]{0,50}$", re.IGNORECASE)
_PAST_REACH = 70  # a regular past ("the crew finished the channel on") and its object before the day
# "It follows the minister's visit to the Kingdom of Saudi Arabia from February 22 to February 23" under a later
# stamp: what an event comes after came before it.
_FOLLOWS = re.compile(r"\b(?:follows|comes\s+after)\b[^.;]{0,90}$", re.IGNORECASE)
# A verb in the past right before a weekday ("published on Friday"); not "to be held on Friday".
_PAST_ACT = re.compile(r"(?<!be )\b(?:published|announced|said|declared|adopted|approved|released|left|met"
                       r"|visited|attended|signed|arrived|returned|flew|landed|travell?ed|put\s+out|issued"
                       # "says a press release the agency received on Sunday": the day a notice came in
                       r"|received"
                       # "It emerged on Wednesday that ...": the day something became known, as British papers say it
                       r"|(?<=\b[Ii]t )emerged"
                       # "the coordinator told a press briefing at the ... auditorium on Friday", "told reporters in
                       # Accra on Friday": the day something was told to the press, its place between
                       r"|told\s+(?:reporters|journalists|newsmen|the\s+(?:media|press)"
                       r"|(?:a|the)\s+(?:press|news|media)\s+(?:briefing|conference))"
                       r"(?:\s+(?:at|in)\s+[^.;:!?,]{1,60}?)?"
                       # "tuvo lugar el martes", "se realizó el lunes", "teve lugar na sexta-feira": took place, in
                       # Spanish and Portuguese
                       r"|tuvo\s+lugar|tuvieron\s+lugar|teve\s+lugar|tiveram\s+lugar|ocurrió|aconteceu|ocorreu"
                       r"|se\s+(?:realizó|realizaron|llevó\s+a\s+cabo|celebró|efectuó))"
                       r"\s+(?:(?!that\b)[\w'’-]+\s+){0,4}?(?:on\s*)?$",
                       re.IGNORECASE)
# (Not "said that on Tuesday the minister opens ...": a weekday in what was said is of what was said.)
# "Executive Order: Preparing ... (November 1, 2013)", "The standoff continues (12.04.2019)": a document
# cited with its date; a past date in parentheses of its own is no event.
_CITED_BEFORE = re.compile(r"\w\s*\(\s*$")
_CITED_AFTER = re.compile(r"^\s*\)")


# "The spokesman said that on Tuesday ...": what follows "said that" is reported, in its own tense.
_REPORTING = re.compile(r"\b(?:said|told\s+\w+|announced|added|noted|stated|confirmed|reported)\s+that\s")


_REPORTED_PAST = re.compile(r"\b(?:was|were|had|did|met|held|gave|took|went|came|spoke|visited|attended|signed"
                            r"|arrived|returned|opened|launched|delivered|addressed|chaired|hosted)\b")


def _past_act_before(sentence: str, mention: Mention) -> bool:
    """A verb in the past before a weekday; after "said that", the tense of what is reported, all of it."""
    before = sentence[: mention.start]
    reported = list(_REPORTING.finditer(before)) if "that" in before else []
    if not reported:
        return bool(_PAST_ACT.search(before))
    clause = sentence[reported[-1].end() :]
    return bool(_PAST_ACT.search(clause) or _REPORTED_PAST.search(clause))


# "the January 5th by-election", "the 3 March vote": a day named as an attribute of what happened on it.
_NOUN_AFTER = re.compile(r"\s*,?\s*[a-z][a-z-]{2,}\b(?<!\bat)(?<!\bin)(?<!\bon)(?<!\band)(?<!\bthe)")


def _named_past(sentence: str, mention: Mention) -> bool:
    return THE_BEFORE.search(sentence, max(0, mention.start - 5), mention.start) is not None \
        and _NOUN_AFTER.match(sentence, mention.end) is not None  # "in the January 5th by-election"


# "la législature, issue des législatives du 20 décembre 2018", "les députés, élus lors du scrutin du 3 mars": in
# French, what came out of a vote named by its day ("issu de", born of; "élu lors de", elected at) and the vote, then
# "du" and the day; that day is the vote's, gone by.
_FRENCH_OUTCOME_OF = re.compile(r"\b(?:issue?s?|élue?s?\s+lors)\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*"
                                r"(?:[\w'’-]+\s+){1,3}?(?:du\s+)?$", re.IGNORECASE)


def _french_outcome_of(sentence: str, mention: Mention) -> bool:
    """Is the day that of the vote something came out of ("issue des législatives du 20 décembre 2018"; the "du" may
    open the day's mention)?"""
    return (mention.text.startswith("du ") or sentence.endswith("du ", 0, mention.start)) \
        and _FRENCH_OUTCOME_OF.search(sentence, max(0, mention.start - 80), mention.start) is not None


# "The House rose indefinitely on June 9", "the panel was held on 3 May", "It was then heard from 11 to 13 September":
# a verb in the past right before the day. (Each alternative opens with its `\b`, which fails at once inside a word, and
# then its look-behinds, which the engine would otherwise run at every position: the same test, in another order.)
_DID_RIGHT_BEFORE = re.compile(
    r"\b(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bwill )(?<!\bto )(?:was|were|rose|sat|adjourned|voted|elected"
    r"|resigned|won|lost|began|met|held|took\s+place|fell"
    # "a report on the suit filed on March 5, 2018": the day a suit, a complaint or a petition was lodged
    r"|filed"
    # "a statement the PCA put out on Wednesday evening, June 29": the day a statement or a paper was issued
    r"|put\s+out|issued"
    # a journey's past: "left the State on Saturday 8th October", "flew to Barbados on", "arrived in Suva on"
    r"|left|departed|arrived|flew|travell?ed|returned)\s+(?:[\w-]+\s+){0,4}?(?:on|in|from)\s+(?:the\s+)?"
    # (the weekday and the part of the day before the date: "on Wednesday evening, June 29")
    r"(?:[a-z]+day\s+(?:morning|afternoon|evening|night)\s*,\s*)?$"
    # "Regeringen gav den 9 januari 2017 ... nya direktiv", "mødet blev holdt den": a Swedish, Danish or Norwegian
    # preterite right before the day ("den", "på", "i" or nothing between)
    rf"|\b(?:{_NORDIC_PAST})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:den|på|i)\s+)?$"
    # "The Chamber held its 133rd Annual General Meeting on May 27": "held" with its owner's gathering after it is
    # the active past (the passive is "was held"), however many words name the gathering
    r"|\b(?<!\bbe )(?<!\bbeen )held\s+(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,6}?(?:on|in|from)\s+(?:the\s+)?$"
    # "was convened in Bandar Seri Begawan from 3 to 7 April", "were held in Port Moresby on": a gathering's passive
    # past, then its place of capitalised words, however long its name, then the day
    r"|\b(?:was|were)\s+(?:convened|held|hosted|organi[sz]ed|staged)\s+in\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,5}"
    r"(?:on|from)\s+(?:the\s+)?$"
    # "the committee heard the public in Regina on September 6 and 7": a hearing's verb, whom it heard and where
    r"|\bheard\s+(?:the\s+)?(?:public|witnesses|evidence|submissions|presenters)\s+(?:in\s+[\w-]+\s+)?on\s+$",
    re.IGNORECASE)


# A day opening its sentence ("On Tuesday, February 18, 2014, the court sentenced him ..."): the main clause's tense.
_OPENS = re.compile(r"\W*(?:[Oo]n\s+)?")
# "The forum, held on 12 June in Lyon, will bring together": a participle in an aside, not a past act.
_ASIDE_BEFORE = re.compile(r",\s*$")
# "the winner of the January 5th by-election": what came of a past day; not "ahead of the 14 March vote".
_OUTCOME_OF = re.compile(r"(?<!ahead )(?<!front )\bof\s+the\s+$")
# (lower-case "may" only: "on May 27" is the month)
_MODAL = re.compile(r"\b(?:[Ww]ould|[Cc]ould|[Cc]an|may|[Mm]ight|[Ss]hould|[Mm]ust)\b")
_DONE_REACH = 80  # characters before a day where its verb in the past and whom or what it names stand
# "The Committee held evidentiary hearings on the company's application for the plant on April 28-29, May 3-4, and May
# 26, 1999": "held" with the several things held (a plural) and what they were about between it and the days, however
# long, in one clause of words: a series told as the background (the active past; not "to be held", "held that";
# not one gathering, "held its 1st Press Forum of the year on Wednesday, January 25", which a report tells)
_HELD_WHAT_ON = re.compile(r"\b(?<!\bbe )(?<!\bbeen )(?<!\bto )(?<!\bwill )held\s+(?!(?:that|up|back|off)\b)"
                           r"(?:[\w'’-]+\s+){0,3}?(?!(?:its|his|this|hers|ours|theirs|yours)\b)[^\W\d][\w'’-]*[^\Ws]s\s+"
                           r"(?:[\w'’.-]+\s+){0,14}?(?:on|from)\s+(?:the\s+)?$", re.IGNORECASE)
_HELD_REACH = 160


# "Honourable Members, on Tuesday 22 August 2023 the House adjourned to ...", "As members will recall, on 3 March the
# Committee met ...": a day opening its clause after an address or a comma, the clause's subject and a verb in the
# past right after it. Only that clause's tense counts: a later clause ("which we were told would be tabled") is
# another's.
# ("That Saturday, 8th October, he flew to Barbados": the day pointed back at, then a pronoun and a past of going.)
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s+)(?:[Oo]n\s+|[Tt]hat\s+)?$")
# "On November 18, Nurlan Abdirov, Chairman of the Commission, received the delegation": a name, its office set off by
# commas, then a past of receiving or meeting
_NAMED_OFFICE_THEN_DONE = (r",\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+[^,;]{3,120},\s+"
                           r"(?:received|welcomed|met|visited|hosted|chaired|attended|signed|addressed|opened|held)")
_SUBJECT_THEN_PAST = re.compile(
    r"(?:\s+(?:the|this|our|its|their)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:adjourned|met|sat|rose|resolved|voted|decided|agreed|approved|adopted|passed|received|heard|visited"
    r"|held|was|were|had)"
    r"|,?\s+(?:he|she|they|we)\s+(?:flew|left|travell?ed|departed|arrived|returned|visited|met|attended|was|were)"
    # "On Friday April 9, the Tanzanian government suspended ... flights": a governing body named by its common noun
    # (its country's adjective before it) and an act of governing in the past
    r"|,\s+the\s+(?:[A-Z][\w'’-]*\s+){0,2}(?i:government|ministry|cabinet|council|committee|authorities|police"
    r"|parliament|assembly|board)\s+(?:suspended|banned|closed|lifted|imposed|ordered|announced|approved|adopted"
    r"|decided|declared|introduced|extended|issued|launched|signed|reopened)"
    rf"|{_NAMED_OFFICE_THEN_DONE})"
    r"\b(?![^,;]*\b(?:will|shall|would|could|may|might|to\s+be)\b)")
_NAMED_OFFICE_DONE = re.compile(rf"(?:{_NAMED_OFFICE_THEN_DONE})\b")


def opens_a_past_clause(sentence: str, mention: Mention) -> bool:
    """Does the day open its clause, told in the past right after it ("..., on 3 March the Committee met ...")?"""
    return _CLAUSE_OPENING.search(sentence, 0, mention.start) is not None \
        and _SUBJECT_THEN_PAST.match(sentence, mention.end) is not None


# "Le lundi 24 octobre 2011, les Agences ... ont célébré ensemble ...": a day opening its sentence, then its
# subject and a French passé composé in the same clause, denied or not ("n'a pas cillé", "n'ont jamais été reçus"
# are as past as "a cillé"); no verb of the sentence in the future ("aura lieu", "se tiendra", "célébreront").
# (within its own clause: not in a relative clause, "où elle a été invitée", which tells of something before)
# The participles a report tells most that do not end in "-é" ("ont atterri", "a reçu", "ont tenu", "a pris part").
_FRENCH_OTHER_PARTICIPLES = (r"(?:re)?çue?s?|(?:ob|sou|re)?tenue?s?|accueillie?s?|réunie?s?|ouverte?s?|prise?s?"
                             r"|faite?s?|(?:re)?mise?s?|atterri|conclue?s?|élue?s?|rendue?s?|entendue?s?|répondu"
                             r"|offerte?s?|franchi|fini|choisie?s?|atteint|rejoint")
# A character of a clause: no stop ends it, but a clock's ("à 23h35", "a las 11:35 p.m.", "à 10.30") may stand in it.
_IN_CLAUSE = r"(?:[^.;:!?]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\b)|(?<=\b[ap]\.m)\.)"
# (the subject may come after a long aside: "Le mercredi 12 novembre 2025, à l'occasion du BAMEX 25 (Salon international
# de la Défense et de la Sécurité de Bamako), le ministre des Affaires étrangères ..., Abdoulaye Diop, a tenu")
_FRENCH_REACH = 260
# A relative clause closed by its comma is an aside of the subject's, not the day's clause: "Le 30 avril, malgré la
# condamnation d'un fournisseur qu'il accuse de fraude, le conseil n'a pas changé d'avis" (a verb inside it, "où elle
# a été invitée", is still not the day's).
# The second word of a denial, between the auxiliary and its participle ("n'a pas", "n'ont jamais", "n'est plus").
_FRENCH_NOT = r"pas|jamais|plus|guère|point"
_FRENCH_RELATIVE_ASIDE = r"\b(?:qui\b|que\b|qu['’]|où\b|dont\b)[^.;:!?,]{0,160},"
_FRENCH_REPORT_AFTER = re.compile(rf"(?:\s*à\s+\d{{1,2}}\s*[h:.]\s*\d{{0,2}})?\s*,\s*"
                                  rf"(?:{_FRENCH_RELATIVE_ASIDE}|(?!\b(?:qui|que|qu['’]|où|dont)\b){_IN_CLAUSE})"
                                  rf"{{0,{_FRENCH_REACH}}}?"
                                  rf"\b(?:(?:a|ont|avait|avaient)\s+(?:(?:été|ensemble|déjà|{_FRENCH_NOT})\s+){{0,2}}"
                                  rf"(?:[a-zà-ü]{{3,}}é(?:e?s?)|{_FRENCH_OTHER_PARTICIPLES})"
                                  # a going told with "être": "les délégations sont arrivées", "il est reparti"
                                  rf"|(?:est|sont|était|étaient)\s+(?:(?:{_FRENCH_NOT})\s+)?(?:re)?(?:arrivée?s?|partie?s?|venue?s?|rentrée?s?"
                                  r"|allée?s?|descendue?s?))\b")
# A French day ("Le lundi 24 octobre 2011"): the report is read in French texts only ("a communiqué" is English too).
_FRENCH_DAY = re.compile(r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
                         r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
# (also asked by donedays, of the clause after a French cleft of lateness)
FRENCH_FUTURE = re.compile(r"\b[a-zà-ü]{2,}(?:ra|ront|rait|raient)\b|\b(?:va|vont)\s+[a-zà-ü]+(?:er|ir|re)\b")


# "3 февраля в пресс-центре состоялась пресс-конференция": a Russian or Ukrainian day opening its sentence, a
# perfective of the news after it in its clause; no verb of the sentence to come ("состоится", "пройдет", "буде")
_SLAVIC_REPORT_AFTER = re.compile(rf"[^.;:!?]{{0,120}}?\b{_SLAVIC_PAST}\b", re.IGNORECASE)
_SLAVIC_FUTURE = re.compile(r"\b(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|откроется|начн[её]тся|проведет"
                            r"|проведут|відбудеться|відбудуться|пройде|буде|будуть|відкриється|розпочнеться)\b",
                            re.IGNORECASE)


def _opens_a_slavic_report(sentence: str, mention: Mention) -> bool:
    """Does the day open its sentence, a Russian or Ukrainian perfective of the news after it telling what was done?"""
    return not sentence[: mention.start].strip(" \t\"«“") \
        and _SLAVIC_REPORT_AFTER.match(sentence, mention.end) is not None and _SLAVIC_FUTURE.search(sentence) is None


def opens_a_french_report(sentence: str, mention: Mention) -> bool:
    """Does the day open its sentence, a French passé composé after its subject telling what was done then?"""
    return not sentence[: mention.start].strip(" \t\"«“") and _FRENCH_DAY.search(mention.text) is not None \
        and _FRENCH_REPORT_AFTER.match(sentence, mention.end) is not None and FRENCH_FUTURE.search(sentence) is None


# "Einen Tag vor dem Feiertag, am 2. Oktober 2018, baten die Botschafter zum Lunchempfang", "Am 3. Mai 2019 eröffnete
# der Minister die Messe": a German day in the sentence's opening phrase (a few words and a comma before it at most),
# then the finite verb German puts second, in the preterite (a strong one news tells, or a weak one in -ete); nothing
# of the sentence to come ("wird", "werden", "soll", "findet ... statt"). (Not "vertreten", "verbieten": presents.)
_GERMAN_MONTH = re.compile(f"(?i:{GERMAN_MONTHS})")  # a German month named in the day: "2. Oktober 2018"
_GERMAN_OPENING = re.compile(r"\W*(?:[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,5}\s*,\s*)?(?:(?i:am)\s+)?")
_GERMAN_PRETERITE_AFTER = re.compile(rf"\s*,?\s*(?:{'|'.join(GERMAN_REPORTED_PAST)}"
                                     r"|(?!(?:vertreten|betreten|verbieten|anbieten|eintreten|auftreten)\b)"
                                     r"[a-zäöüß]{3,}eten?)\b")
_GERMAN_FUTURE = re.compile(r"\b(?:wird|werden|soll|sollen|findet|finden|beginnt|startet)\b")


def opens_a_german_report(sentence: str, mention: Mention) -> bool:
    """Does a German day open its sentence (after a short phrase at most), a preterite right after it telling what was
    done then?"""
    return mention.kind in ("day", "span") and _GERMAN_MONTH.search(mention.text) is not None \
        and _GERMAN_OPENING.fullmatch(sentence, 0, mention.start) is not None \
        and _GERMAN_PRETERITE_AFTER.match(sentence, mention.end) is not None \
        and _GERMAN_FUTURE.search(sentence) is None


# "la Société civile ... a tenu à Dakar, à l'hôtel Good Rade, du mercredi 18 au jeudi 19 septembre 2019, un atelier":
# a French passé composé of holding a gathering right before the day, only its place between them; no verb of the
# sentence to come. (Not the participles of a plan, "a fixé au 3 mai", "a prévu le 5 mai": the day is still to come.)
_FRENCH_HELD = "|".join(f"{participle}e?s?" for participle in FRENCH_HELD)
_PLACE_PART = r"(?:à|au|aux|en|dans|chez|sur)\b[^.;:!?,]{0,60}"
# (Each part between them, up to a comma, opens with a preposition of place: "à Dakar, à l'hôtel Good Rade, ". A part
# that does not is another clause: "qui a accueilli en 2024 10 000 visiteurs, ouvre ses portes le 14 mars".)
# (And a passive passé composé of any verb but a plan's or a call's: "Celui-ci a été présenté à Beaune le 15 novembre",
# "ont été signés à Paris le 3 mai"; not "a été reporté au 3 mai", "a été convoqué le 5 mai", "a été fixée au".)
_FRENCH_PLANNED = (r"report|repouss|fix|prévu|programm|planifi|avanc|décal|déplac|ajourn|convoqu|invit|appel|attendu"
                   r"|retenu|choisi|arrêt|annonc|organis|renvoy|modifi|maintenu|confirm")
_FRENCH_PASSIVE = rf"(?:a|ont|avait|avaient)\s+été\s+(?!(?:{_FRENCH_PLANNED}))[a-zà-ü]{{2,}}(?:é|i|u|s|t)e?s?\b"
_FRENCH_HELD_BEFORE = re.compile(rf"\b(?:(?:a|ont|avait|avaient)\s+(?:{_FRENCH_HELD})|{_FRENCH_PASSIVE})"
                                 rf"(?:,?\s+{_PLACE_PART}(?:,\s*{_PLACE_PART})*)?\s*,?\s*(?:le\s+)?$")
_FRENCH_HELD_REACH = 130


def french_held_before(sentence: str, mention: Mention) -> bool:
    """Does a French passé composé of holding a gathering ("a tenu à Dakar, ...") stand right before the day?"""
    return mention.kind in ("day", "span") and _FRENCH_DAY.search(mention.text) is not None \
        and _FRENCH_HELD_BEFORE.search(sentence, max(0, mention.start - _FRENCH_HELD_REACH),
                                       mention.start) is not None \
        and FRENCH_FUTURE.search(_clause(sentence, mention)) is None


def _clause(sentence: str, mention: Mention) -> str:
    """The part of `sentence` between the semicolons around `mention` ("Celui-ci a été présenté le 15 novembre ;
    l'OIV fêtera donc l'événement": the future after the semicolon is another clause's)."""
    end = sentence.find(";", mention.end)
    return sentence[sentence.rfind(";", 0, mention.start) + 1 : end if end >= 0 else len(sentence)]


# "El 3 de marzo de 2031 se reunió la Comisión ...", "Em 3 de março, a comissão aprovou ...": a Spanish or Portuguese
# day opening its sentence, then a preterite in its clause (after the day, as these languages tell a report); no verb
# of the sentence to come ("se reunirá", "va a votar")
_IBERIAN_OPENING = re.compile(r"\W*(?:(?i:el|en\s+el|o|em|no|na|a)\s+)?$")
_IBERIAN_DAY = re.compile(rf"(?i:{alternatives(IBERIAN_MONTHS)})")
_IBERIAN_REPORT_AFTER = re.compile(rf"\s*,?\s*(?:(?!\b(?:que|cuando|quando|donde|onde)\b){_IN_CLAUSE}){{0,80}}?"
                                   rf"\b(?:se\s+)?(?:{tense.IBERIAN_PRETERITE})\b")
_IBERIAN_FUTURE = re.compile(r"\b[a-zà-ú]{3,}(?:rá|rán|remos)\b|\b(?:va|van|vai|vão)\s+a?\s*[a-zà-ú]+(?:ar|er|ir)\b")


def _opens_an_iberian_report(sentence: str, mention: Mention) -> bool:
    """Does the day open its sentence, a Spanish or Portuguese preterite after it telling what was done then?"""
    return _IBERIAN_OPENING.fullmatch(sentence, 0, mention.start) is not None \
        and _IBERIAN_DAY.search(mention.text) is not None \
        and _IBERIAN_REPORT_AFTER.match(sentence, mention.end) is not None and _IBERIAN_FUTURE.search(sentence) is None


def past_before_newest(sentence: str, mention: Mention | None, newest: dt.date | None) -> bool:
    """With no publication date: a day told in the past right before it ("rose indefinitely on June 9"), or named
    as the attribute of what happened then ("the January 5th by-election"), before the item's newest full date.
    A sentence telling of what is to come ("will bring together") is no history, whatever its other dates."""
    if mention is None or newest is None or mention.first is None or mention.kind not in ("day", "span"):
        return False
    before = sentence[max(0, mention.start - _DONE_REACH) : mention.start]
    # (a span's own "from" ("It was then heard from 11 to 13 September") stands in the mention)
    own = "from " if sentence.startswith(("from ", "From "), mention.start) else ""
    before += own
    did = _DID_RIGHT_BEFORE.search(before)
    if did is None and "held" in sentence:
        wider = sentence[max(0, mention.start - _HELD_REACH) : mention.start] + own
        if (held := _HELD_WHAT_ON.search(wider)) is not None:
            did, before = held, wider  # (what was held, and what about, may be long)
    if did is not None and _ASIDE_BEFORE.search(before, 0, did.start()) and not did.group().lower().startswith(
            ("heard", "left", "departed", "arrived", "flew", "travel")):
        # (an aside's participle, "The forum, held on 12 June"; "heard the public" has an object, and a going is no
        # passive ("The Prime Minister, Dr. Roe, left the State on ..."): a finite verb after its subject's aside)
        did = None
    if did is None and _OPENS.fullmatch(sentence, 0, mention.start) and tense.told_in_the_past(sentence, mention):
        did = _OPENS.fullmatch(sentence, 0, mention.start)  # "On Tuesday, February 18, 2014, the court sentenced him"
    if _french_outcome_of(sentence, mention):
        return _before(mention, newest)  # "issue des législatives du 20 décembre 2018": the vote's day, gone by
    named = _named_past(sentence, mention)
    if did is None and not named and opens_a_past_clause(sentence, mention):
        return _before(mention, newest)  # its own clause's tense, whatever a later clause's modal says
    # The tests of a few characters first: the searches of the whole sentence run only where they decide.
    if did is None and not named or _MODAL.search(sentence) \
            or (future := FUTURE.search(sentence)) is not None and not _past_said_after(sentence, future, did, before,
                                                                                        mention):
        return False
    # A named day is history when the sentence tells something past, or what came of that day.
    named = named and (
        tense.told_in_the_past(sentence, mention) or _OUTCOME_OF.search(sentence, 0, mention.start) is not None)
    if did is None and not named:
        return False
    return _before(mention, newest)


# "will move that this House, noting that the Day fell on 15 November", "congratulates the team, which won the cup on
# 3 March": a clause of its own after what is to come, whose verb in the past is the day's
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who)\b")
_RELATIVE_RIGHT_BEFORE = re.compile(r",\s*(?:which|who)\s+$")


def _past_said_after(sentence: str, future: re.Match[str], did: re.Match[str] | None, before: str,
                     mention: Mention) -> bool:
    """Is the verb in the past right before the day in a clause that opens after the sentence's future?"""
    if did is None:
        return False
    at = mention.start - len(before) + did.start()
    if _RELATIVE_RIGHT_BEFORE.search(sentence, 0, at):
        return True  # "The committee, which met on 3 March, will meet again on 28 March"
    return future.end() <= at and _CLAUSE_OPENER.search(sentence, future.end(), at) is not None \
        and FUTURE.search(sentence, at) is None


def _before(mention: Mention, newest: dt.date) -> bool:
    part = mention.first
    if part is None:
        return False
    try:
        return dt.date(part.year or newest.year, part.month, part.day) < newest
    except ValueError:
        return False


# A day marked as gone by, whatever the tense and whatever the stamp: Spanish "del pasado 14 de marzo", "el 12 de
# octubre (próximo) pasado", Portuguese "no passado dia 6 de setembro", Italian "lo scorso 6 settembre", French "le 6
# septembre dernier", Dutch "12 februari jl.", English "on 6 September last." and, as American news writes it, "the
# pope announced it last Oct. 10" (not "el próximo 13 de enero", "le 6 septembre prochain": to come).
_GONE_BEFORE = re.compile(r"\b(?:pasado|passado|scors[oa])\s+(?:dia\s+)?$", re.IGNORECASE)
# (English "last" so only before a day with no year, not "the last": "first 10 March 2026, last 14 March 2026" and
# "the first on 10 March, the last on 14 March" name the ends of a run, its last day to come.)
_LAST_BEFORE = re.compile(r"(?<!\bthe\s)\blast\s+$", re.IGNORECASE)
_FIRST_BEFORE = re.compile(r"\bfirst\b", re.IGNORECASE)
# (And "on December 25 last year", "le 3 mars de l'année dernière", "el 5 de mayo del año pasado": a day of the year
# before the text's, gone by however it is told.)
_GONE_AFTER = re.compile(r"\s*(?:(?:próximo\s+)?pasado|passado|derni(?:er|ère)|last(?=\s*(?:[,.;:)]|$))"
                         r"|,?\s*(?:of\s+)?last\s+year(?!['’]s)|(?:de\s+)?l'année\s+dernière|(?:de\s+)?l'an\s+dernier"
                         r"|del\s+año\s+pasado|do\s+ano\s+passado|(?:des\s+)?letzten\s+Jahres|jongstleden)\b"
                         # (Dutch "jl.", jongstleden: "(de Volkskrant, 12 februari jl.)", "de brief van 3 maart jl.")
                         r"|\s*j\.?l\.", re.IGNORECASE)


# "partija koje su 4. oktobra učestvovale", "sastanak koji je 3. marta održao": a Bosnian, Croatian, Montenegrin or
# Serbian perfect around the day, its auxiliary ("je", "su", "smo") right before it and its l-participle ("učestvovale",
# "održao") right after: done, whatever the stamp. (Not "Sjednica je 4. oktobra u Podgorici": the copula of a day to
# come, no participle after it.)
_SOUTH_SLAVIC_AUXILIARY = re.compile(r"(?<!\w)(?:je|su|smo|ste|sam|si)\s+$")
_SOUTH_SLAVIC_PARTICIPLE = re.compile(r"\s+[a-zčćžšđ]{3,}(?:ao|eo|io|uo|la|le|li|lo)\b")
_SOUTH_SLAVIC_MONTH = re.compile(rf"(?i:{alternatives(SOUTH_SLAVIC_MONTHS)})")


def marked_gone_by(sentence: str, mention: Mention) -> bool:
    """A named day with a word of its own that says it is past ("el pasado 14 de marzo", "le 6 septembre dernier"), or
    told inside a South Slavic perfect ("koje su 4. oktobra učestvovale")."""
    return mention.kind in ("day", "span") and mention.first is not None \
        and (_GONE_BEFORE.search(sentence, max(0, mention.start - 16), mention.start) is not None
             or mention.first.year is None and _LAST_BEFORE.search(sentence, max(0, mention.start - 16),
                                                                    mention.start) is not None
             and _FIRST_BEFORE.search(sentence, 0, mention.start) is None
             or _GONE_AFTER.match(sentence, mention.end) is not None
             or _SOUTH_SLAVIC_AUXILIARY.search(sentence, max(0, mention.start - 5), mention.start) is not None
             and _SOUTH_SLAVIC_PARTICIPLE.match(sentence, mention.end) is not None
             and _SOUTH_SLAVIC_MONTH.search(mention.text) is not None)


def past_of_no_year(sentence: str, mention: Mention) -> bool:
    """In an item with no publication date and no full date: a day without a year in a sentence told wholly in the
    past ("the French Ambassador held a reception at the Palácio de Santos on July 14th", "Morocco's National Day was
    celebrated on the 30th of July") is a day gone by, told as history, with nothing to count its year from."""
    return mention.first is not None and mention.first.year is None and mention.kind in ("day", "span") \
        and tense.told_in_the_past(sentence, mention) and not tense.tells_what_is_to_come(sentence) \
        and _MODAL.search(sentence) is None


# A Turkish verb to come ("düzenlenecek", "yapılacaktır", "gerçekleştirilecek"), or its participle before a saying
# ("yapılacağını duyurdu", "başlayacağını açıkladı": said it will be held): the sentence tells no report.
_TURKISH_TO_COME = re.compile(r"[ae]c[ae](?:k(?:t[ıi]r|l[ae]r)?\b|ğ)", re.IGNORECASE)


def past_report(sentence: str, mention: Mention) -> bool:
    """A day (with or without its year) in a sentence told in the past of a language whose past the verb's ending or
    word says alone: Turkish ("... 11 Aralık 2023 günü saat 19:00'da ... bir resepsiyon düzenledi.", no verb of the
    sentence to come) or Estonian ("volitused hakkasid kehtima 10. novembril 2021"): a day gone by."""
    turkish = tense.turkish_past(sentence) and _TURKISH_TO_COME.search(sentence) is None
    return mention.kind in ("day", "span") and (turkish or tense.estonian_past(sentence))


def past_of_stamp(sentence: str, mention: Mention, published: dt.date) -> bool:
    """A day without a year a little before the publication date, in a sentence told wholly in the past ("Some of
    them danced in a qualifying round at Universal Studios on Sept. 11." under a stamp of 26 September): a day gone
    by, as `past_of_no_year` reads one in an item with no stamp."""
    if mention.first is None or mention.first.year is not None or mention.kind not in ("day", "span"):
        return False
    try:
        when = dt.date(published.year, mention.first.month, mention.first.day)
    except ValueError:
        return False
    return 0 < (published - when).days <= _RECENT_DAYS and past_of_no_year(sentence, mention)


_RECENT_DAYS = 90  # a yearless day this little before the stamp is of the stamp's year, not of the next


def _cited_paper(sentence: str, mention: Mention) -> bool:
    return mention.kind == "day" and mention.first is not None and mention.first.year is None \
        and documents.cited_by_owner(sentence, mention.start, mention.end) and FUTURE.search(sentence) is None


def past_before(sentence: str, mention: Mention | None, published: dt.date | None, day: dt.date) -> bool:
    """A dated sentence in the past tense about a day before the publication date: history, not an event."""
    if mention is not None and extent.still_running(mention):
        return False  # "opened on 20 October and runs until 30 November": under way, not history
    if mention is not None and mention.kind == "published" and mention.offset > 0 \
            and TOMORROWS_GATHERING.match(sentence, mention.start) is not None:
        return False  # "has arrived ahead of tomorrow's official opening": the day of a gathering still to come
    if mention is not None and mention.first is None and _past_act_before(sentence, mention):
        return True  # "published on Friday their schedules": a weekday after a verb in the past
    if mention is not None and _done_the_day_published(sentence, mention, published):
        return True
    if mention is not None and _same_day_done(sentence, mention, published, day):
        return True
    if mention is not None and _done_today(sentence, mention):
        return True
    if mention is not None and _cited_paper(sentence, mention):
        return True
    if mention is None or published is None or mention.first is None:
        return False
    if _already_done(sentence, mention, published):
        return True
    cited = _CITED_BEFORE.search(sentence[: mention.start]) and _CITED_AFTER.match(sentence[mention.end :])
    named = _named_past(sentence, mention) or _french_outcome_of(sentence, mention)
    # ("The board, which met in Accra, will meet again on 14 January": the past of an aside is not the day's)
    before = tense.without_asides(sentence, mention.start)[: mention.start]
    if not cited and not named and not _past_verb_last(before) and not _FOLLOWS.search(before) \
            and not tense.regular_past_near_end(before, _PAST_REACH) \
            and not opens_a_past_clause(sentence, mention) and not opens_a_french_report(sentence, mention) \
            and not _opens_an_iberian_report(sentence, mention) and not _opens_a_slavic_report(sentence, mention):
        return False  # (a verb in the past before it, or "follows", or the day opening a clause in the past)
    part = mention.first
    try:
        when = dt.date(part.year or published.year, part.month, part.day)
    except ValueError:
        return False
    if part.year is None and when > published:
        when = when.replace(year=published.year - 1) if (when - published).days > 180 else when
    # ("On November 18, ..., received the delegation" under a stamp of that day: a report of the day of writing; not
    # "On May 14, they were expected to sign at 15:00", which a morning's report may announce)
    return when < published or when == published and opens_a_past_clause(sentence, mention) \
        and _NAMED_OFFICE_DONE.match(sentence, mention.end) is not None


# "The stalls were already set up behind the main building on Monday, August 5", "the hall had already been booked
# on 2 May": "already" after a past or perfect auxiliary, in the day's clause, tells it done (by the stamp's day at the
# latest; "has already been scheduled for 3 June" names a day to come, after the stamp).
_ALREADY_BEFORE = re.compile(r"\b(?:was|were|had|has|have)\s+already\s+(?:been\s+)?[a-z]+\b"
                             r"(?:(?!\b(?:will|shall|would|to\s+be)\b)[^.;:!?])*$", re.IGNORECASE)
_ALREADY_REACH = 120  # the auxiliary, "already", the verb and its object and place before the day


def _already_done(sentence: str, mention: Mention, published: dt.date) -> bool:
    """Is the day told done with "already" ("were already set up ... on Monday, August 5"), on or before the stamp?"""
    part = mention.first
    if part is None or "already" not in sentence[max(0, mention.start - _ALREADY_REACH) : mention.start]:
        return False
    # ("already booked for Tuesday, March 2" under a stamp of Monday 9 March 2026: the Tuesday of 2027, to come)
    year = published.year + 1 if _weekday_fits_the_coming_year_only(part, published.year) else published.year
    try:
        when = dt.date(part.year or year, part.month, part.day)
    except ValueError:
        return False
    return when <= published and _ALREADY_BEFORE.search(
        sentence, max(0, mention.start - _ALREADY_REACH), mention.start) is not None


def _weekday_fits_the_coming_year_only(part: DayPart, year: int) -> bool:
    """Is a year-less day's weekday that of its day in the year after `year`, and not of its day in `year`?"""
    return part.year is None and part.weekday is not None and not part.weekday_fits(year) \
        and part.weekday_fits(year + 1)


def _past_verb_last(before: str) -> bool:
    """Is a verb of the past the last marker of tense before the day ("met ... on", not "met ... and will meet on")?"""
    past = _PAST.search(before)  # (the verb and the words after it, up to the day)
    return past is not None and not tense.future_in_a_later_clause(before, past.start(), len(before))


# "... were at the ceremony in Cork today Friday, 3rd of July 2020, at 12pm": a full date that "today" names is the
# day of writing.
_TODAY_BEFORE = re.compile(r"\b(?i:today)\s*,?\s*$")


def _done_today(sentence: str, mention: Mention) -> bool:
    """A full date named as "today" in a sentence told wholly in the past: what was done the day the text was
    written, as "made the announcement on Friday" under that Friday's stamp, even with no stamp."""
    return mention.kind == "day" and mention.first is not None and mention.first.year is not None \
        and _TODAY_BEFORE.search(sentence, max(0, mention.start - 12), mention.start) is not None \
        and tense.told_in_the_past(sentence, mention) and not tense.tells_what_is_to_come(sentence) \
        and _MODAL.search(sentence) is None


# "Today (March 04, 2022) the spokesperson gave ...": the date of writing in brackets after the "today" that opens it.
_TODAY_IN_BRACKETS = re.compile(r"\W*(?i:today|this\s+(?:morning|afternoon|evening))\s*\(\s*")


# "Kathmandu 31 August: On Sunday, 31 August, the club ... held a mock session": the day of writing opening a
# sentence (after its dateline's town, if any) that tells what was done: a report of the day, no event.
_OPENS_AFTER_A_TOWN = re.compile(r"\W*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},?\s+"
                                 r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s*[:–—-]\s*)?)?(?:[Oo]n\s+)?")


# Verbs of a gathering held or a thing done, in a finite past ("held", "opened", "gave").
_DONE_VERBS = r"held|hosted|organi[sz]ed|staged|opened|launched|celebrated|marked|gave|delivered"
# (what was done, in a finite past, and nothing told in the present: "briefs the media as the month is launched")
_DONE_AFTER = re.compile(rf"\b(?:{_DONE_VERBS}|met|visited|took\s+place)\b")
_NOW_AFTER = re.compile(r"\b(?:is|are|will|shall|holds|hosts|opens|launches|gives|meets|visits|takes)\b", re.IGNORECASE)
# "The Bank held its annual meeting today, in Athens": "today" right after what was done and its object, in the
# clause of that verb: a report of the day of writing, as "Today the spokesperson gave the briefing" is.
_DONE_THEN_TODAY = re.compile(rf"\b(?:{_DONE_VERBS})\s+(?:its|their|his|her|the|a|an)\s[^,.;:!?()]{{0,60}}$")


def _the_day_itself(mention: Mention, published: dt.date) -> bool:
    part = mention.first
    return part is not None and part.year in (None, published.year) \
        and (part.month, part.day) == (published.month, published.day)


def _same_day_done(sentence: str, mention: Mention, published: dt.date | None, day: dt.date) -> bool:
    """"The same day the ministers were received by the President" after "Today the ministers met": a sentence
    opening with the day in context, which is the day of writing, told in the past, is what was done that day, as
    "Today ... met" is; unless it also tells what is to come."""
    return mention.kind == "relative" and not mention.offset and published is not None and day == published \
        and _OPENS.fullmatch(sentence, 0, mention.start) is not None \
        and tense.told_in_the_past(sentence, mention) and not tense.tells_what_is_to_come(sentence)


def _done_the_day_published(sentence: str, mention: Mention, published: dt.date | None) -> bool:
    """"X made the announcement on Friday" in an item published that Friday: a weekday told in the past that is
    the day of writing names what was done as the text was written, not an event; unless the sentence also tells
    what is to come ("said on Friday he will travel")."""
    if published is None:
        return False
    # ("Today (March 04, 2022) the spokesperson gave the briefing": "today" opening a sentence told in the past, the
    # same; not "reached Kolkata today, ... since he took office", told in passing)
    that_day = mention.kind == "weekday" and mention.weekday == published.weekday() and not mention.offset \
        or mention.kind == "published" and not mention.offset and _OPENS.fullmatch(sentence, 0, mention.start) \
        or mention.kind == "published" and not mention.offset \
        and _DONE_THEN_TODAY.search(sentence, max(0, mention.start - 90), mention.start) is not None \
        or mention.kind == "day" and _TODAY_IN_BRACKETS.fullmatch(sentence, 0, mention.start) is not None \
        or mention.kind == "day" and _the_day_itself(mention, published) \
        and _OPENS_AFTER_A_TOWN.fullmatch(sentence, 0, mention.start) is not None \
        and _DONE_AFTER.search(sentence, mention.end) is not None \
        and _NOW_AFTER.search(sentence, mention.end) is None \
        or mention.kind == "day" and _the_day_itself(mention, published) and korean_past(sentence)
    # ("창원해양경찰서가 9월 15일(목) 오전 10시 ... 기념행사를 열었다고 밝혔다" under that day's stamp: a
    # Korean sentence whose quoted verb is of the past tells what was done the day it was written, wherever its day
    # stands)
    written = mention.kind == "weekday" and mention.weekday == published.weekday() and not mention.offset \
        or mention.kind == "day" and _the_day_itself(mention, published)
    if written and _GERMAN_SAID.search(sentence) and not _GERMAN_TO_COME.search(sentence):
        return True  # "Das hat der Bischof am Freitag, 19. November, mitgeteilt": German tells it in the perfect
    return that_day and tense.told_in_the_past(sentence, mention) and not tense.tells_what_is_to_come(sentence)


# "hat ... am Freitag, 19. November, ... mitgeteilt", "haben ... erklärt": a saying in the German perfect (its
# participle at the end; a day's dot does not end the sentence)
_GERMAN_SAID = re.compile(r"\b(?:hat|haben)\b(?:[^.;!?]|(?<=\d)\.){0,160}?\b(?:mitgeteilt|erklärt|gesagt|betont"
                          r"|bekannt\s?gegeben|berichtet|informiert|angekündigt|bestätigt)\b")
_GERMAN_TO_COME = re.compile(r"\b(?:wird|werden|soll|sollen)\b")
