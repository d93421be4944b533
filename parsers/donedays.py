"""Days something was done on, told in the past: no event on them. Pure.

    done       "came into force on 1 October 2019", "was signed on 4 June", "The committee, set up on 4 April 2025,"
    took part  "took part in the congress in Turin on 10 - 12 June 2015", "as we reported on Jan. 16"
    history    "On Feb 14 he warned that", "On Wednesday, Parliament adopted", "since Aug. 15"
    romance    "le bureau ayant rendu son avis le 11 décembre", "la ley firmada el 1 de julio", "il decreto approvato
               il 4 aprile": a participle of a deed done, or a clause of "having done", right before the day (not
               "sera signé le", "será aprobada el", the deed to come)
The other dates that are no events are told apart in parsers/notevents.py, which asks these.
"""

from __future__ import annotations

import re

from parsers import extent, tense
from parsers.blocks import sentence_around
from parsers.dates import Mention
from parsers.gate import Gated
from parsers.moment import BEFORE_REACH, joined_end
from parsers.pastdays import FRENCH_FUTURE, FUTURE

_REACH = BEFORE_REACH
_TOOK_PART_REACH = 100  # "took part in the 9th World Congress of Chambers in Turin, Italy, on 10 - 12 June 2015"

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
# "gained independence on 24 October 1964", "became a sovereign republic on": a state's birth; "The Committee last met
# on 12 February 2021": the sitting before. History, whatever the item's own date.
_BECAME_BEFORE = Gated(re.compile(
    r"(?<!\bbe )(?<!\bwill )\b(?:(?:gained|attained|achieved|won|regained|declared|proclaimed|obtained)\s+"
    r"(?:its\s+|their\s+)?independence|became|(?:last|previously|first)\s+(?:met|sat|convened|gathered))"
    r"\s+(?:[\w-]+\s+){0,3}?on\s*$", re.IGNORECASE), "independence", "became", "met", "sat", "convened", "gathered")
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
                           # ("founded in Port of Spain on": the place of the deed, a name of a few words)
                           r"\s+(?:in\s+(?-i:[A-Z][\w-]*(?:\s+(?:of|de|la|du)\s+|\s+)?){1,3}\s*|in\s+[\w-]+\s+)?on\s*"
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


def done_on(text: str, mention: Mention) -> bool:
    """Is `mention` a day something was done on, a verb in the past or its participle right before it ("was signed on
    4 June", "The committee, set up on 4 April 2025, will ...", "gained independence on 24 October 1964"), or a German
    sentence of a deed in the past passive ("Gegründet wurde das Institut am 9. August 1951")?"""
    before = text[max(0, mention.start - _REACH) : mention.start]
    return _BECAME_BEFORE.search(before) is not None or _done_on(before, mention) or _german_deed(text, mention)


# "Gegründet wurde das Institut am 9. August 1951", "Am 9. August 1951 wurde das Institut in München gegründet", "Das
# Abkommen wurde am 4. Juni 2019 unterzeichnet": the past passive ("wurde", "wurden") of a founding, a signing, an
# opening or an election in the date's sentence; the deed was done that day (its future is "wird ... gegründet").
_GERMAN_DEEDS = r"(?:gegründet|unterzeichnet|eröffnet|eingeweiht|errichtet|beschlossen|verabschiedet|gewählt)"
_GERMAN_DEED = re.compile(rf"\bwurden?\b(?:[^.;!?]|(?<=\d)\.){{0,120}}?\b{_GERMAN_DEEDS}\b"  # ("am 12. Juni")
                          rf"|\b{_GERMAN_DEEDS}\s+wurden?\b", re.IGNORECASE)


def _german_deed(text: str, mention: Mention) -> bool:
    """Does the German sentence of `mention` tell a deed done in the past passive, before or after the date?"""
    if "wurde" not in text or mention.first is None or mention.first.year is None:
        return False
    start, end = sentence_around(text, mention.start)
    return _GERMAN_DEED.search(text, start, end) is not None


# "Pada Senin (29/1/2024) telah digelar rapat persiapan", "Mesyuarat itu telah berlangsung pada 3 Mei": Indonesian and
# Malay tell a gathering held with "telah" (or "sudah") before a verb of holding it (digelar, diadakan, dilaksanakan,
# ...) or "berlangsung", "selesai"; the day of its sentence is history. Not any other deed done, whose day may be to
# come: a plan made ("telah dijadwalkan"), an announcement or invitation of what is to come ("telah diumumkan, yaitu
# pada 20 Maret", "Media telah diundang ke sidang media pada 20 Mac"), a window opened ("telah dibuka ... hingga");
# nor a sentence that tells what is to come ("akan", "bakal").
_MALAY_DONE = re.compile(r"\b(?:telah|sudah)\s+(?:(?:sukses|berhasil|pun)\s+)?"
                         r"(?:di(?:gelar|adakan|laksanakan|selenggarakan|langsungkan|rasmikan|resmikan)"
                         r"|berlangsung|selesai)\b", re.IGNORECASE)
_MALAY_TO_COME = re.compile(r"\b(?:akan|bakal)\b", re.IGNORECASE)


def _malay_deed(sentence: str) -> bool:
    """Does the Indonesian or Malay `sentence` tell a deed done ("telah digelar"), and nothing to come?"""
    return ("telah" in sentence or "sudah" in sentence) and _MALAY_DONE.search(sentence) is not None \
        and _MALAY_TO_COME.search(sentence) is None


def _done_on(before: str, mention: Mention) -> bool:
    if extent.still_running(mention):
        return False
    if mention.text[:3].lower() == "on ":
        before += " on"  # a weekday's mention holds its "on"
    found = _DID_ON.search(before)
    return found is not None and found.group(1).lower() not in _TO_COME


# "the results of the elections held on Sunday": a participle after its noun, a thing done, in a sentence of no
# future (not "to be held on", "is held on", "Hearings held on 9 June will be open", "also held in Rome on")
_HELD_ON = re.compile(r"\b([\w'’]+)\s+held\s+(?:in\s+[\w-]+\s+)?on\s*$", re.IGNORECASE)
_NOT_DONE_BEFORE_HELD = frozenset({*_TO_COME, "also", "then", "now", "again", "jointly", "first"})


def _held_on(sentence: str, before: str, mention: Mention) -> bool:
    if mention.text[:3].lower() == "on ":
        before += " on"
    found = _HELD_ON.search(before)
    return found is not None and found.group(1).lower() not in _NOT_DONE_BEFORE_HELD \
        and FUTURE.search(sentence) is None and not extent.still_running(mention)


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
# "Lundi, l'Élysée a rendu public son agenda", "Le 3 mai, les ministres ont adopté": a French passé composé after the
# opening moment (not "la réunion a lieu", which is the present: "lieu" is no participle).
# ("Mercredi soir, le ministre était en compagnie de", "Mardi, la ministre s'est rendue à Lyon", "Jeudi matin, les
# élus se sont réunis": the part of the day after the weekday, the imparfait of "être" and the passé composé of a
# reflexive verb tell the past too; not "était attendu", "était prévue": a plan told from the past.)
# (the verb of the sentence's own clause, not of a relative one: "la réunion qui était fixée au mercredi se tiendra")
_HISTORY_AFTER_FR = re.compile(
    r"\s*(?:(?:soir|matin|après-midi|midi)(?!\w))?\s*,?\s*(?:(?!(?:qui|que|qu['’]|où|dont)\b)[\w.'’-]+\s+){0,7}?"
    r"(?:(?:a|ont|avait|avaient|(?:s['’]|se\s+)(?:est|sont|était|étaient))\s+"
    r"(?:(?:déjà|aussi|également|ensuite|enfin)\s+)?"
    r"(?:été\s+)?(?:[a-zàâçèéêëîïôûùü]{2,}(?:é|ée|és|ées)|rendue?s?|reçue?s?|tenue?s?|prise?s?|mise?s?|faite?s?"
    r"|dite?s?|ouverte?s?|écrite?s?|conclue?s?|remise?s?|soumise?s?|vue?s?|réunie?s?)"
    r"|étai(?:t|ent)(?!\s+(?:attendue?s?|prévue?s?|programmée?s?|annoncée?s?|convoquée?s?)(?!\w)))(?!\w)")
# "C'est le 16 juillet 2013 que le Secrétaire général l'a nommé", "C'est en effet le 9 janvier qu'ils ont signé": a
# French cleft that puts the day first and tells the deed after it, in the passé composé (not "C'est le 20 juin que se
# tiendra la réunion", a deed to come). The subject may have its apposition ("que M. Ban, Secrétaire général, a
# nommé"); the auxiliary may carry its object ("l'a nommé", "les a reçus").
_CLEFT_BEFORE = re.compile(r"\b[Cc]['’]est\s+(?:(?:en\s+effet|donc|ainsi|bien|précisément)\s+)?"
                           r"(?:(?:le|la|en|au|à)\s*)?$")
_CLEFT_AFTER = re.compile(
    r"\s*,?\s*(?:qu['’]|que\s+)(?:(?!(?:qui|que|qu['’]|où|dont|(?:le|la|les|au|aux|du|des)?quel(?:le)?s?"
    # (nor a verb in the future: "que se tiendra la réunion à laquelle ont été invités", a deed to come)
    r"|[\w'’-]*(?:ra|ront))\b)[\w.'’-]+,?\s+){0,10}?"
    r"(?:[lmtsnj]['’]|(?:les|leur|lui)\s+)?(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|également|officiellement)\s+)?"
    r"(?:été\s+)?(?:[a-zàâçèéêëîïôûùü]{2,}(?:é|ée|és|ées)|rendue?s?|reçue?s?|tenue?s?|prise?s?|mise?s?|faite?s?"
    r"|conclue?s?|remise?s?|soumise?s?|réunie?s?)(?!\w)")


# "Ce n'est que le 28 octobre que l'expertise a établi ...", "Ce n'est qu'au 3 mai que ...": the cleft of lateness (not
# until that day), the deed after it in the passé composé as above; or, the day without its year, in the present of a
# narration ("Ce n'est que le 28 octobre que l'expertise établit la cause"): a story tells the day something was
# at last found or done. A late day still to come is told in the future ("ce n'est que le 12 mars que le musée
# rouvrira", "ne sera connu"), or with a plan's word ("prévu", "attendu", "doit"): an event.
_LATE_CLEFT_BEFORE = re.compile(r"\b[Cc]e\s+n['’](?:est|était)\s+(?:(?:donc|ainsi|finalement|pourtant)\s+)?"
                                r"(?:que\s+|qu['’])(?:(?:le|la|en|au|à)\s*)?$")
_LATE_CLEFT_THAT = re.compile(r"\s*,?\s*(?:qu['’]|que\s+)")
# (pastdays.FRENCH_FUTURE reads the third persons; a release also says "nous rouvrirons", "vous pourrez")
_LATE_CLEFT_TO_COME = re.compile(r"\b[a-zà-ü]{2,}(?:rons|rez)\b|\b(?:va|vont|doit|doivent)\b"
                                 r"|\b(?:prévue?s?|attendue?s?|programmée?s?|annoncée?s?)\b")
_LATE_CLEFT_REACH = 160  # the clause after the cleft's "que", to its end


def _cleft_done(sentence: str, start: int, after_end: int, mention: Mention | None = None) -> bool:
    """Is the day from `start` to `after_end` the one a French cleft puts first, a deed done told after it?"""
    if _CLEFT_BEFORE.search(sentence, max(0, start - _REACH), start) is not None:
        return _CLEFT_AFTER.match(sentence, after_end) is not None
    if _LATE_CLEFT_BEFORE.search(sentence, max(0, start - _REACH), start) is None:
        return False
    if _CLEFT_AFTER.match(sentence, after_end) is not None:
        return True
    that = _LATE_CLEFT_THAT.match(sentence, after_end)
    return that is not None and mention is not None and mention.first is not None and mention.first.year is None \
        and not _to_come(sentence[that.end() : that.end() + _LATE_CLEFT_REACH])


def _to_come(clause: str) -> bool:
    """Does the clause after a cleft's "que" tell what is still to come (a future, a plan's word)?"""
    return FRENCH_FUTURE.search(clause) is not None or _LATE_CLEFT_TO_COME.search(clause) is not None


# "since Aug. 15", "Since the 1st of January 2019": history; "after January 20, 2017, materials will ...": the start
# of a state, no event.
_SINCE_BEFORE = Gated(re.compile(r"\b(?:since(?:\s+the)?|ever since|after)\s*$"
                                 r"|\bago\s*,?\s*(?:on|in)?\s*$", re.IGNORECASE),  # "a year ago, on 20 May 2029"
                      "since", "after", "ago")


def opens_history(text: str, mentions: list[Mention]) -> bool:
    """A paragraph that opens with a clock time and a day, then tells what was done ("At 3 p.m. on Tuesday, the
    council voted to ..."): prose about the past, not a list line whose time dates an entry."""
    if not mentions:
        return False
    first = mentions[0]
    return _history_after(text, first, first.start, joined_end(text, first, mentions), mentions)


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
    if _POLISH_MONTH.search(mention.text) or _POLISH_WEEKDAY.match(mention.text):  # Polish: a past verb next
        return _HISTORY_AFTER_PL.match(sentence, after_end) is not None
    if _RUSSIAN_MONTH.search(mention.text):  # Russian: a past verb in the next few words, and none to come
        return _HISTORY_AFTER_RU.match(sentence, after_end) is not None \
            and _RUSSIAN_TO_COME.search(sentence, after_end) is None
    found = _HISTORY_AFTER.match(sentence, after_end) or _HISTORY_AFTER_IB.match(sentence, after_end) \
        or _HISTORY_AFTER_FR.match(sentence, after_end)
    return found is not None and not FUTURE.search(sentence, 0, found.end())


# "Am 23. September ließen die Parteien verlauten", "Am 3. Mai wurde der Rat gewählt": an opening German date
# and a verb in the past ("hat geöffnet" may be a state to come, so not "hat").
_HISTORY_AFTER_DE = re.compile(r"\s*,?\s*(?:hatte|hatten|war|waren|wurde|wurden|ließ|ließen|gab|gaben|kam|kamen"
                               r"|nahm|nahmen|trat|traten|fand|fanden|sprach|sprachen|[a-zäöüß]{3,}te|[a-zäöüß]{3,}ten)\b")


# "16 maja szef MON ogłosił program", "3 marca rada przyjęła uchwałę": an opening Polish date and a verb in the past
# (its ending -ł, -ła, -ło, -li, -ły; not the nouns "udział", "dział", "poseł", "kościół", "stół" of that ending).
_POLISH_MONTH = re.compile(r"(?i:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
                           r"|listopada|grudnia)")
# ("W piątek minister podpisał umowę": a Polish weekday after "w" or "we", lang_polish.py)
_POLISH_WEEKDAY = re.compile(r"(?i:we?)\s")
_HISTORY_AFTER_PL = re.compile(r"\s*,?\s*(?:[\w.'’-]+\s+){0,3}?(?!(?i:udział|dział|poseł|kościół|stół)\b)"
                               r"[a-ząćęłńóśźż]{3,}(?:ł|ła|ło|li|ły)\b")


# "La convocatoria salió pasadas las 16:30 horas de este lunes 15 de enero", "el ministro firmó el lunes 3 el
# decreto": a Spanish or Portuguese preterite right before the moment (an "after" or "before" word and articles
# between) tells a deed done then; not a verb whose object is the day it sets ("fijó el 5 de mayo", "aplazó al
# martes", "convocou o dia 5": a day to come), nor "para el", which no article list here lets through.
_IB_DONE_BEFORE = re.compile(
    rf"(?<!\w)(?P<verb>{tense.IBERIAN_PRETERITE})\s+(?:(?i:pasadas?|passadas?|poco\s+(?:antes|después)\s+de|antes\s+de"
    r"|después\s+de|depois\s+de|hacia|cerca\s+de)\s+)?(?:(?i:el|la|las|los|o|a|as|os|no|na|nos|nas|en|em|este|esta"
    r"|al|ao|à|às|del|do|da)\s+)*$")
_SETS_A_DAY = ("fij", "program", "convoc", "agend", "establec", "defin", "marc", "señal", "fix", "design", "anunci",
               "previ", "cit", "aplaz", "pospus", "traslad", "adelant", "cambi", "mov", "reprogram", "posterg",
               "transfer", "propus", "propôs", "elig", "escolh", "reserv", "decret")
# "acordó el 20 de marzo como fecha de la sesión", "confirmou o dia 5 como data da audiência": the moment named as the
# date of something, the object the verb sets, whatever the verb (a day to come).
_IB_SET_AS = re.compile(r"\s*,?\s*(?i:como\s+(?:(?:la|a|el|o)\s+)?(?:fecha|data|d[ií]a|jornada))\b")
# "los diputados que el domingo 14 de enero no tomaron posesión": a relative clause that tells, after its moment, a
# deed in the Spanish or Portuguese preterite ("que el lunes 3 se reunió", "que no dia 5 assinaram").
_IB_THAT_BEFORE = re.compile(r"\bque\s+(?:(?:el|la|los|las|o|a|no|na|en|em|este|esta)\s+)?$")
_IB_DONE_AFTER = re.compile(rf"\s*,?\s*(?:(?:no|ya|se|nunca|não|já|lo|la|le|les)\s+){{0,2}}{tense.IBERIAN_PRETERITE}\b")


# "M. Moussa aura accompli au 31 décembre 2024 deux mandats", "d'ici le 30 juin, le comité aura rendu son rapport":
# the French future perfect with "au" or "d'ici" before its day tells a state reached by then (a term served, a
# deadline met), no happening on the day. ("aura lieu" is the simple future of taking place: "lieu" is no participle.)
_PARTICIPLE_FR = r"(?!lieu\b)[a-zàâçèéêëîïôûùü]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte)"
_BY_THEN_BEFORE = re.compile(rf"\baur(?:a|ont)\s+(?:(?:déjà|ainsi|alors|donc|bien)\s+)?{_PARTICIPLE_FR}\s+"
                             r"(?:au|d['’]ici\s+(?:au|le|la|à))\s*$", re.IGNORECASE)
_BY_THEN_OPENS = re.compile(r"\b(?:[Dd]['’]ici|[Aa]u)\s+(?:(?:le|la|au|à)\s+)?$")
_BY_THEN_AFTER = re.compile(rf"\s*,?\s*(?:[\w.'’-]+\s+){{0,6}}?aur(?:a|ont)\s+(?:(?:déjà|ainsi|alors|donc|bien)\s+)?"
                            rf"{_PARTICIPLE_FR}\b", re.IGNORECASE)


def _by_then(sentence: str, start: int, after_end: int) -> bool:
    """Is the day from `start` to `after_end` one a French future perfect says a state is reached by ("aura accompli
    au 31 décembre", "d'ici le 30 juin, le comité aura rendu")?"""
    before = sentence[max(0, start - 60) : start]
    return _BY_THEN_BEFORE.search(before) is not None \
        or (_BY_THEN_OPENS.search(before) is not None and _BY_THEN_AFTER.match(sentence, after_end) is not None)


def _iberian_done(sentence: str, start: int, after_end: int) -> bool:
    """Is the moment from `start` to `after_end` one a Spanish or Portuguese preterite tells as done: right after
    the verb ("salió pasadas las 16:30 horas"), or in a clause of "que" whose verb follows it ("que el domingo 14 no
    tomaron posesión")?"""
    before = sentence[max(0, start - 60) : start]  # (the verb and a few short words: no farther back)
    done = _IB_DONE_BEFORE.search(before)
    if done is not None and not done.group("verb").lower().startswith(_SETS_A_DAY) \
            and _IB_SET_AS.match(sentence, after_end) is None:
        return True
    return _IB_THAT_BEFORE.search(before) is not None and _IB_DONE_AFTER.match(sentence, after_end) is not None


# "2 апреля Москва и Минск отметили годовщину", "3 марта депутаты собрались в Минске": an opening Russian date and a
# verb in the past, its plural ending (-али, -или, -ели ..., "-лись" reflexive) or a reflexive singular ("состоялся",
# "собралась"); not the singular -ал, -ла of nouns ("финал", "канала", "начала"), nor the nouns "недели", "модели",
# "детали", "цели" of the plural's ending.
_RUSSIAN_MONTH = re.compile(r"(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)")
_HISTORY_AFTER_RU = re.compile(r"\s*,?\s*(?:[\w.'’«»-]+\s+){0,4}?(?!(?i:недели|модели|детали|цели|артели|дуэли)\b)"
                               r"[а-яё]{2,}(?:(?:а|я|и|е|ы|у)ли(?:сь)?|(?:а|я|и|е|ы|о)(?:лся|лась|лось))\b")
# A Russian verb of the present or future after the day ("15 мая медали вручат", "отели города примут", "будут",
# "состоится"): the day's deed is to come, and a plural noun in -ли before it ("медали", "отели", "панели") was no
# past verb. (A noun in -ут, -ат, "институт", "депутат", keeps the day too: the reading it had before.)
_RUSSIAN_TO_COME = re.compile(r"(?<![а-яё])(?:[а-яё]{2,}(?:ут|ют|ат|ят)(?:ся)?|будет|будут|состоится|пройд[её]т"
                              r"|начн[её]тся)(?![а-яё])")

# (Not "ouvert", "abierto", "aperto": also the adjective "open", "Porte Aperte il 20 settembre", "restera ouverte le".)
_ROMANCE_DONE = ("rendu", "signé", "adopté", "approuvé", "conclu", "publié", "annoncé", "décidé", "lancé", "créé",
                 "entamé", "achevé", "firmad", "aprobad", "adoptad", "publicad", "anunciad", "iniciad", "suscrit",
                 "concluid", "assinad", "aprovad", "firmat", "approvat", "adottat", "pubblicat", "avviat")
# The participle's endings of gender and number ("signée", "signés", "aprobada", "firmados", "approvati").
_ENDING = r"(?:e|es|s|a|as|o|os|i)?"
_PARTICIPLE = rf"\b(?:{'|'.join(_ROMANCE_DONE)}){_ENDING}"
_HAVING = r"\b(?:ayant|habiendo|tendo|avendo)\s+(?:été\s+|sido\s+|stato\s+)?[^\W\d]+(?:\s+[\w'’]+){0,3}?"
_ROMANCE_DONE_BEFORE = Gated(re.compile(rf"(?:{_PARTICIPLE}|{_HAVING})\s+(?:(?:le|el|em|no|il|lo|au|al)\s*)?$",
                                        re.IGNORECASE), *_ROMANCE_DONE, "ayant", "habiendo", "tendo", "avendo")
# "sera signé le", "será aprobada el", "deve essere approvato il": the deed to come.
# ("L'accord va être signé le", "sera officiellement signé le", "verrà firmato il", "van a ser firmados el": other
# futures, and an adverb or two between)
_ROMANCE_TO_COME = re.compile(
    r"\b(?:sera|seront|serait|seraient|doit\s+être|doivent\s+être|va\s+être|vont\s+être|será|serán|sería"
    r"|va\s+a\s+ser|van\s+a\s+ser|debe\s+ser|deben\s+ser|sarà|saranno|verrà|verranno|deve\s+essere"
    r"|devono\s+essere|vai\s+ser|vão\s+ser|deverá\s+ser|será\s+ser)\s+(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*"
    r"(?:(?:le|el|em|no|il|lo)\s*)?$", re.IGNORECASE)


# "a commencé", "a pris fin", "s'est achevée", "a été levée": a sitting's beginning or end told in the French past
_BEGUN_OR_ENDED = (r"\b(?:a|ont|avait|avaient)\s+(?:commencé|débuté|pris\s+fin|été\s+(?:levée?s?|close?s?|clôturée?s?))"
                   r"|\b(?:s['’]est|se\s+sont|s['’]était)\s+(?:achevée?s?|terminée?s?|close?s?|clôturée?s?)")
# "La réunion publique du 12 mars a commencé à 18h et a pris fin à 21h", "La séance du 12 mars, ouverte à 18h, s'est
# achevée à 21h": the day and hours of a sitting, its beginning or end told after them in the French past (not in a
# clause of "qui": "le festival, qui a débuté le 1er mars, se termine le 12 mars"), a report
# (what has begun may be the lead-up to the day's event, not the event: "Les inscriptions pour l'atelier du 14 mars à
# 10h ont commencé", "Les préparatifs du concert du 14 mars ont débuté")
_LEAD_UP_BEFORE = re.compile(r"\b(?:inscriptions?|préparatifs|préparations?|travaux|ventes?|préventes?|billetterie"
                             r"|réservations?|candidatures?|répétitions?|accréditations?)\b[^.;:!?]{0,70}$",
                             re.IGNORECASE)
_BEGUN_OR_ENDED_AFTER = re.compile(rf"^(?:(?!\bqui\b)[^.;:!?]){{0,120}}?(?:{_BEGUN_OR_ENDED})", re.IGNORECASE)
# A word each match of _BEGUN_OR_ENDED holds: the words after a day are matched only where one is (seldom: the
# pattern tries its look-ahead at each of up to 120 characters after every day asked of)
_BEGUN_OR_ENDED_WORDS = ("commencé", "débuté", "pris", "été", "achevé", "terminé", "clos", "clôturé")
_BEGUN_OR_ENDED_GATE = Gated(_BEGUN_OR_ENDED_AFTER, *_BEGUN_OR_ENDED_WORDS)


# "La 13ème séance s'est tenue ce mardi 26 septembre", "le Conseil a eu lieu le", "les ministres se sont réunis au
# palais le", "la seduta si è svolta il": a sitting held, told in the French, Italian, Spanish or Portuguese past, a
# few words before its day (the future is "se tiendra", "aura lieu", "si terrà", "se reunirá").
_ROMANCE_HELD_BEFORE = Gated(re.compile(
    r"(?:\b(?:s['’]est|se\s+sont|s['’]était|s['’]étaient)\s+(?:tenue?s?|déroulée?s?|réunie?s?)"
    r"|\b(?:a|ont|avait|avaient)\s+eu\s+lieu"
    # ("la séance, ouverte à 18h, a pris fin à", "s'est achevée à": a sitting's beginning or end, told as done)
    rf"|{_BEGUN_OR_ENDED}"
    r"|\bsi\s+(?:è|sono|era|erano)\s+(?:tenut[oaie]|svolt[oaie]|riunit[oaie])|\b(?:ha|hanno)\s+avuto\s+luogo"
    r"|\bebbe\s+luogo"
    # ("La Junta se reunió en Lima el", "Reunida en sesión extraordinaria el", "A Assembleia reuniu-se em Brasília no
    # dia": a body met, told in the Spanish or Portuguese past, or a participle of its meeting opening the sentence)
    r"|\bse\s+(?:reunió|reunieron)|\b(?:reuniu-se|reuniram-se|se\s+reuniu|se\s+reuniram)"
    r"|(?<![^\n.;])\s*(?i:reunid[oa]s?)\s+(?:en|em))(?:\s+[\w'’]+){0,6}?\s*$", re.IGNORECASE),
    # (a word of each form: its participle, "lieu", "luogo", the Spanish and Portuguese "reuni-")
    "tenu", "déroulé", "réuni", "lieu", *_BEGUN_OR_ENDED_WORDS, "svolt", "riunit", "luogo", "reuni")


# "Die Konferenz ist am 13. Februar 2031 in Bonn zusammengetreten", "Am 4. Mai hat in Wien die Sitzung
# stattgefunden", "Der Rat hat am 2. März getagt": a sitting held, told in the German perfect (its auxiliary, then
# the day, then the participle of meeting that closes the clause; or the day, then both); the future is "findet ...
# statt", "wird ... tagen", "tritt ... zusammen".
# (a German day's stop, "13. Februar", is no sentence's end; a comma is a clause's: in "Die nächste Sitzung ist am 13.
# Februar, nachdem die letzte im Mai stattgefunden hat", "ist" is no auxiliary of "stattgefunden")
_GERMAN_HELD = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren)\b(?:[^.,;:!?\n]|(?<=\d)\.){0,160}?"
                          r"\b(?:stattgefunden|getagt|zusammengetreten|zusammengekommen|abgehalten|gesessen)\b")

_HELD_NEEDLES = ("statt", "getagt", "zusammen", "abgehalten", "gesessen")  # in every match of _GERMAN_HELD
_CLAUSE_STOP = re.compile(r"[,;:!?\n]|(?<!\d)\.")


def german_held(sentence: str, start: int) -> bool:
    """Is the day at `start` that of a sitting the sentence tells in the German perfect as held (`_GERMAN_HELD`), the
    day between the auxiliary and the participle, or before both?"""
    if not any(needle in sentence for needle in _HELD_NEEDLES):
        return False
    if FUTURE.search(sentence) is not None:
        return False
    # (a day before both is the sitting's only in their clause: "Am 4. Mai hat ... stattgefunden", not "ist für den
    # 13. Februar angesetzt; sie hatte zuletzt 2024 getagt")
    return any(found.start() <= start < found.end()
               or start < found.start() and _CLAUSE_STOP.search(sentence, start, found.start()) is None
               for found in _GERMAN_HELD.finditer(sentence))


def romance_done_before(before: str) -> bool:
    """Do the words `before` a day end with a deed done that dates it ("ayant rendu son avis le", "firmada el"), or
    a sitting held ("s'est tenue ce")?"""
    return (_ROMANCE_DONE_BEFORE.search(before) is not None or _ROMANCE_HELD_BEFORE.search(before) is not None) \
        and _ROMANCE_TO_COME.search(before) is None


def told_done(sentence: str, mention: Mention, start: int, after_end: int, mentions: list[Mention]) -> bool:
    """Is the moment from `start` to `after_end` (the mention and those joined to it) one something was done at, told
    in the past before or after it?"""
    before = sentence[max(0, start - _REACH) : start]
    return bool(_SINCE_BEFORE.search(before) or _DONE_BEFORE.search(before) or _BECAME_BEFORE.search(before)
                or _done_on(before, mention)
                or ("held" in before and _held_on(sentence, before, mention))
                or romance_done_before(before)  # "ayant rendu son avis le 11 décembre", "firmada el 1 de julio"
                or _iberian_done(sentence, start, after_end)  # "salió pasadas las 16:30 horas de este lunes"
                or ("aur" in sentence and _by_then(sentence, start, after_end))  # "aura accompli au 31 décembre"
                or _made_on(sentence[max(0, start - 2 * _REACH) : start], mention)
                or _TOOK_PART_BEFORE.search(sentence[max(0, start - _TOOK_PART_REACH) : start]) is not None
                or _AS_SAID_BEFORE.search(sentence[max(0, start - 2 * _REACH) : start]) is not None
                or (mention.first is not None and _DONE_AFTER.match(sentence[after_end:]) is not None
                    and not FUTURE.search(sentence))  # "On Wednesday, Parliament adopted": news of the day
                or _history_after(sentence, mention, start, after_end, mentions)
                or ("est" in sentence[max(0, start - _REACH) : start]
                    and _cleft_done(sentence, start, after_end, mention))
                or german_held(sentence, start)
                or _malay_deed(sentence)  # "Pada Senin (29/1/2024) ... telah digelar rapat"
                or (_BEGUN_OR_ENDED_GATE.could_match(sentence)
                    and _BEGUN_OR_ENDED_AFTER.match(sentence[start:]) is not None and not FUTURE.search(sentence)
                    and not _LEAD_UP_BEFORE.search(sentence, max(0, start - 80), start)))
