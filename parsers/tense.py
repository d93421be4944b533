"""The tense a sentence is told in: of the past ("As of Wednesday the country had"), or of what is to come
("X will speak on Thursday, the ministry said"); and whether a bare weekday names the day of the news. Pure."""

from __future__ import annotations

import functools
import re
import sys

from parsers.blocks import sentence_around
from parsers.dates import Mention
from parsers.gate import Gated
from parsers.lang_estonian import ESTONIAN_WORDS
from parsers.lang_korean import korean_past
from parsers.verbs import SAID, SAYING, TOLD

# "As of Wednesday the country had", "On Tuesday the minister said": a sentence told in the past; unless it
# also tells of what is to come ("said he will").
# Spanish and Portuguese preterites: "inauguró", "visitaron", "se vieron", "fueron", "visitou", "assinaram" (in lower
# case: "Zhou" is a name). Matched in lower case only, whatever flags the pattern it joins has.
# (and the irregular ones news tells most: "se hizo el anuncio", "hubo acuerdo", "tuvo lugar", "houve reunião"; not
# "dijo"/"disse", whose clause may tell what is to come; and "dio a conocer", "dio inicio", "deu início": gave, whose
# preterite has no ending of its own; so have the compounds of "tener"/"ter": "mantuvo una reunión", "obteve")
# ("una reunió", "de la votació": a Catalan noun in -ió after an article or preposition no Spanish verb follows, not a
# Spanish preterite like "se reunió")
# Every use puts `\b` after it: a preterite by its ending is then a word ending in "ó", "n", "u" or "m", which the
# look-ahead finds first, so the engine runs the seven look-behinds and reads the word for each ending only at such a
# word, not at every word start (it tried them at each word of every sentence asked: a sixth of _PAST_TENSE's cost).
IBERIAN_PRETERITE = (r"(?-i:(?=[a-zà-ú]*?[óunm]\b)(?:[a-zà-ú]+ieron"
                     r"|(?<!\buna )(?<!\baquesta )(?<!\bde la )(?<!\ba la )(?<!\bamb la )(?<!\bper la )(?<!\bsobre la )"
                     r"[a-zà-ú]{2,}(?:ó|aron|eron|ou|aram|eram|iram))"
                     r"|hizo|hubo|(?:man|sos|ob|con|re|de)?tuvo|estuvo|fez|houve|(?:man|ob|con|re|de)?teve|esteve|dio|deu)")
# Each alternative opens with its word where it can, its look-behinds after it ("made(?<!\bbe made)", the same test):
# the engine then skips an alternative whose first letter is not there, where it would run every look-behind first
# at each word start; a group of words behind the same look-behinds is guarded by a look-ahead of their first letters.
# (Two thirds of the cost of every sentence's search; the look-ahead of IBERIAN_PRETERITE spares most of the rest.)
# (not "held", "made" here: "the fair, held this year", "to be made")
_ACTS = ("approved|voted|elected|decided|agreed|adopted|rejected|signed|passed|reported|confirmed|released|published"
         "|unveiled|launched|won|defeated|drew")
_CHANGES = ("rose|fell|grew|climbed|dropped|increased|decreased|declined|jumped|soared|surged|dipped|plunged|slipped"
            "|doubled|tripled|halved")


def _first_letter(words: str) -> str:
    """A look-ahead of the first letters of `words` (alternatives of plain lower-case words)."""
    return "(?=[" + "".join(sorted({word[0] for word in words.split("|")})) + "])"


_PAST_TENSE = re.compile(r"\b(?:was|were|had|said|told|warned|announced|added|noted|stated|did|went|met|gave"
                         r"|took|began|came|became|spoke|wrote"
                         # "the envoy called on the minister this afternoon": paid a call (not "was called on to", nor
                         # a meeting "called on Monday")
                         r"|called(?<!\bbe called)(?<!\bis called)(?<!\bwas called)(?<!\bwere called)(?<!\bbeen called)"
                         r"(?=\s+on\s+(?:H\.\s?E\.|His\s|Her\s|the\s|[A-Z][a-z]+\s+[A-Z]))"
                         # "made the announcement on Friday"; not "to be made", "has been made" (told as to come)
                         r"|made(?<!\bbe made)(?<!\bbeen made)"
                         # "voters approved ... on Tuesday"; not an adjective ("the newly elected council")
                         rf"|{_first_letter(_ACTS)}(?<!the )(?<!\ba )(?<!\ban )(?<!ly )(?<!its )(?<!their )(?:{_ACTS})"
                         # a result: "Kestrel beat Harbourside 24-17 on Saturday" (not "hope to beat")
                         r"|beat(?<!to beat)(?<!will beat)(?<!can beat)"
                         # "The mayor held a media availability on Tuesday": held with its object, active past (not
                         # "to be held the week of", "the fair, held this year")
                         r"|held(?<!\bbe held)(?<!\bbeen held)(?<!\bis held)(?<!\bare held)(?<!\bwas held)"
                         r"(?<!\bwere held)"
                         r"(?=\s+(?:a|an|its|their|his|her|talks)\s"
                         # "UNRCCA held the Fifth Expert Forum in Ashgabat on 10 December 2022" (not "the forum, held
                         # the day before", "to be held the week of": a participle and its time)
                         r"|\s+the\s+(?!(?:week|day|days|month|year|weekend|morning|afternoon|evening|following|next"
                         r"|first|last|same|previous|other)\b))"
                         # a figure's change: "the number of cases rose to 15 on Sunday", "exports fell by 3 percent"
                         # (not "will rise to", "is expected to fall by": those say "rise" and "fall")
                         rf"|{_first_letter(_CHANGES)}(?<!\bbe )(?<!\bbeen )(?:{_CHANGES})"
                         r"(?=\s+(?:to|from|by)\s+(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?[\d$€£])"
                         rf"|\b{IBERIAN_PRETERITE})\b")
# "the minister opened the bridge": a regular past after its subject, before its object; not a perfect or passive
# ("has opened", "is opened"), a clause ("who registered the"), a name ("an event called the Fair") nor a plan
# ("scheduled the vote for Monday"). Read only in a sentence that tells nothing to come ("welcomed the decision and
# will visit on Friday" is to come).
_REGULAR_PAST = re.compile(r"(?<=\w )(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bhas )(?<!\bhave )(?<!\bwill )"
                           r"(?<!\bto )(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bthe )(?<!\ba )(?<!\ban )"
                           r"(?!(?:called|named|entitled|titled|dubbed|scheduled|rescheduled|planned|arranged|organi[sz]ed"
                           r"|postponed|moved|delayed|fixed|booked|convened|invited)\b)"
                           # ("danced in a qualifying round", "performed at the gala": the verb, then where)
                           # ("banned all forms of gatherings", "visited every county": a quantifier opens the object)
                           r"[a-z]{2,}[a-df-z]ed(?=\s+(?:(?:in|at|with)\s+)?(?:the|a|an|his|her|its|their|our|all|every"
                           r"|each|both)\s"
                           r"|\s+(?:him|them)\b)")
# ("said he would travel on Friday": a future told from the past, not history; "would have" is past.)
# ("is expected to give its ruling on Thursday", "are likely to meet": what is to come, as "is due to" is)
_FUTURE_TENSE = re.compile(r"\b(?:will|shall|to be|is due|are due|going to|is set|are set|plans? to"
                           r"|(?:is|are)\s+(?:expected|likely)\s+to"
                           r"|would(?!\s+have\b)"
                           # ("començarà", "es reunirà": the Catalan future writes its accent the other way)
                           r"|\w+rán?|\w+rà|vai|vão)\b",  # "se realizará", "vai inaugurar"
                           re.IGNORECASE)

# "The committee meets on 2 March", "The next sitting is scheduled for 2 March": a plan told in the present, which
# a release tells of days to come (a day gone by is told in the past: "met", "was held").
_PLANNED = re.compile(r"\b(?:(?:is|are)\s+(?:scheduled|planned|slated|set|expected|due)\s+(?:for|to|on)\b"
                      r"|takes?\s+place|(?:is|are)\s+held|"
                      # "The memorial service is on the morning of 6 October": said to be on a day, as planned
                      r"(?:is|are)\s+on\s+(?=\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                      r"|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the\s+(?:morning|afternoon"
                      r"|evening|night)\s+of\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
                      r"|(?:meets|convenes|sits|gathers)\s+(?:again\s+)?on"
                      # "The authority holds a town hall on 20 November": a gathering set up, told in the present
                      r"|(?:holds|hosts|organi[sz]es|stages|convenes)\s+(?:a|an|its|the|their)\s)\b",
                      re.IGNORECASE)

# "The festival runs from 3 to 5 October", "The Minister visits Fiji on 6 October": what is to happen, told in the
# present by a release, as its plans are.
_PRESENT_EVENT = re.compile(r"\b(?:runs|opens|starts|begins|kicks\s+off|returns|culminates|resumes|travels|visits"
                            r"|tours|attends|addresses|launches|unveils|celebrates|welcomes|gathers|goes\s+ahead)\b",
                            re.IGNORECASE)
# "... and has run daily ever since": the present perfect tells of what began before the item was written.
_SINCE_THEN = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|run|begun|\w+ed)\b|\bever\s+since\b",
                         re.IGNORECASE)

# Spanish and Portuguese "said" (which _PAST_TENSE leaves out: "dijo que viajará el lunes" is to come), then the
# day within its clause with no "que" between: the day something was said.
_SAID_THEN_DAY = re.compile(r"\b(?:dijo|dijeron|disse|disseram)\b(?![^.;:!?]*\bque\b)[^.;:!?]{0,60}$", re.IGNORECASE)
_SAYING = frozenset({"said", "told", "warned", "announced", "added", "noted", "stated", "confirmed", "reported"})
# ", a statement said.", ", the ministry announced on Monday.": who said it, after what it said, closing the sentence
# (gated by its words: asked of every sentence told in the past or not)
SOURCE_AFTER = Gated(re.compile(rf",\s*(?:according\s+to\s+[^,.;]{{2,60}}|(?:[\w'’-]+\s+){{1,5}}?(?:{SAID}|noted)"
                                r"(?:\s+(?:on|this|last)\s+\w+)?)\s*[.!]?\s*$"),
                     "according", "noted", *(verb for verb in SAYING if verb not in TOLD))


# Words one of which every match of _FUTURE_TENSE holds, in lower case. A search that finds none tries `\b` and
# the words at every position (700 instructions a character); the words are first looked for in the lower-cased
# text. Outside three letters (?i) and lower() read apart (ı, ſ, İ: then the pattern alone), the answer is the
# pattern's own (tests/test_fast_patterns.py).
_FUTURE_WORDS = ("will", "would", "shall", "to be", "is due", "are due", "going to", "is set", "are set", "plan",
                 "expected", "likely",
                 "rá", "rà", "vai", "vão")
_ODD_CASES = ("ı", "ſ", "İ")


def future_marker(text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """_FUTURE_TENSE's first match in text[pos:endpos], found where one of its words stands."""
    part = text[pos:endpos]
    lowered = part.lower()
    for word in _FUTURE_WORDS:
        if word in lowered:
            return _FUTURE_TENSE.search(text, pos, endpos)
    if any(odd in part for odd in _ODD_CASES):
        return _FUTURE_TENSE.search(text, pos, endpos)
    return None


def tells_what_is_to_come(text: str) -> bool:
    """Does the text hold a marker of what is to come ("will", "is due", "said he would")?"""
    return future_marker(text) is not None


def told_as_to_come(sentence: str) -> bool:
    """Is the sentence told wholly of what is to come: a marker of it or a plan told in the present, and no verb of
    the past outside its asides ("The board, which met in Accra, will meet again on 14 January")?"""
    return (future_marker(sentence) is not None or _PLANNED.search(sentence) is not None) \
        and _PAST_TENSE.search(without_asides(sentence)) is None


def told_in_the_present(sentence: str, keep: int = -1) -> bool:
    """Is the sentence told in the present of what happens ("The exhibition opens on 6 October"), no verb of the
    past outside the asides that do not hold position `keep` (the day's: "The show, which opened on 6 October, runs
    until ..." tells that day as gone) and no present perfect?"""
    return _PRESENT_EVENT.search(sentence) is not None and _SINCE_THEN.search(sentence) is None \
        and _PAST_TENSE.search(without_asides(sentence, keep)) is None


# "The board, which met in Accra, will meet ...", "As announced last week, the festival runs ...", "The fair,
# postponed from May, opens ...", "Having met in Accra, the board will ...": a clause set off by commas that tells
# something else in the past, not the tense of what the sentence dates.
ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\s[^,;()]{1,80},"
                    r"|,\s*(?!(?:and|but|or)\b)[a-z]{3,}ed\s(?:in|on|at|by|for|from|last|earlier)\b[^,;()]{0,60},"
                    r"|^\s*(?:As\s+(?:announced|reported|agreed|planned|decided|stated|said)|Having\s+\w+)\b[^,;()]{0,60},")


def without_asides(sentence: str, keep: int = -1) -> str:
    """The sentence with its asides told apart ("which met in Accra,") blanked, all but one holding `keep`."""
    if "," not in sentence:
        return sentence
    return ASIDE.sub(lambda m: m.group() if m.start() <= keep < m.end() else " " * len(m.group()), sentence)


_CLAUSE_STOP = re.compile(r"[.;]")


def regular_past_near_end(text: str, reach: int) -> bool:
    """Is a regular past after its subject ("the crew finished the channel") in the last `reach` characters of
    `text`, within its clause?"""
    tail = _CLAUSE_STOP.split(text[-reach:])[-1]
    return _REGULAR_PAST.search(tail) is not None


def told_as_history(clause: str) -> bool:
    """Is the clause told wholly in the past: a verb of the past ("drew", "thanked the staff"), and no marker of
    what is to come?"""
    return (_PAST_TENSE.search(clause) is not None or _REGULAR_PAST.search(clause) is not None) \
        and future_marker(clause) is None


def names_the_news_day(text: str, mention: Mention, wire: bool) -> bool:
    """May a bare weekday name the day of a date in its paragraph (`resolve.paired_weekdays`)? A wire's day is
    the day the news was made: a weekday told in the past or present ("said on Tuesday", "On Tuesday a doctor
    examines him") names it, one of what is to come does not. Any other date is of what is to come: a weekday
    told in the past does not name it."""
    past = told_in_the_past(text, mention)
    if not wire:
        return not past
    at = text.find(mention.text)
    if _SAID_ON.search(text, max(0, at - _SAID_REACH), at):
        return True  # "X will travel next week, his ministry said Thursday": the day of the saying is the news day
    start, end = sentence_around(text, at)
    return past or future_marker(text, start, end) is None


# A verb of saying in the past right before a weekday: "said Thursday", "announced on Friday", "told reporters on
# Monday". (Searched only in the few letters before the weekday.)
_SAID_ON = re.compile(rf"\b(?:{SAID}|(?:{'|'.join(TOLD)}) (?:reporters|journalists|the press|[A-Z]\w+))(?: on)? ?$")
_SAID_REACH = len("told journalists on ")


# "last Friday", "this past Monday"; not "the last Friday of the month", a rule.
GONE_BY = re.compile(r"(?<!\bthe )\b(?:last|this\s+past)\s+$", re.IGNORECASE)
# The same word after the weekday, as the Romance languages put it: "el lunes pasado", "o sábado passado", "sabato
# scorso", "samedi dernier" (not "pasado mañana", the day after tomorrow).
_GONE_AFTER = re.compile(r"\s+(?:pasado(?!\s+mañana)|passado|scors[oa]|derni(?:er|ère))\b", re.IGNORECASE)


def weekday_gone_by(text: str, start: int, end: int) -> bool:
    """Is the weekday at text[start:end] marked as the last one gone by ("last Friday", "el lunes pasado")?"""
    return GONE_BY.search(text, max(0, start - 12), start) is not None or _GONE_AFTER.match(text, end) is not None


def told_in_the_past(text: str, mention: Mention) -> bool:
    """Is the sentence of `mention` told in the past ("As of Wednesday the country had", "On Tuesday X said
    that ... will")? Its first marker of tense tells: "X will speak on Thursday, the ministry said" is to come; unless
    a later clause before it tells what is to come ("met in Tamale and will meet again on 14 January").
    `text` may hold the sentence before it too, which says what: only the mention's own sentence counts."""
    return _told_in_the_past(text, mention.text, mention.kind == "weekday")


# Asked again of the same sentence and mention by several rules: the answer depends on the text, the mention's text and
# whether it is a weekday only, and the last ones are remembered.
@functools.lru_cache(maxsize=128)
def _told_in_the_past(text: str, said: str, weekday: bool) -> bool:
    at = text.find(said)
    if at >= 0 and weekday and weekday_gone_by(text, at, at + len(said)) \
            or at >= 0 and GONE_BY.search(text, max(0, at - 12), at):
        return True  # "last Friday", "this past Monday", "el lunes pasado": the weekday before, whatever the verb
    if at >= 0:
        start, end = sentence_around(text, at)
        text, at = without_asides(text[start:end], at - start), at - start
    if at > 0 and _SAID_THEN_DAY.search(text, 0, at) is not None and future_marker(text, 0, at) is None:
        return True  # "dijo el ministro este lunes", "disse o ministro nesta segunda-feira": the day of the saying
    if korean_past(text) or turkish_past(text):
        return True
    if "," in text and (source := SOURCE_AFTER.search(text)) is not None and at < source.start():
        text = text[: source.start()]  # "X holds a meeting on Wednesday, a statement said.": what it said is to come
    past = _PAST_TENSE.search(text)
    that = text.rfind(" that ", past.end(), at) if past is not None and at > past.end() else -1
    if that < 0 and past is not None and past.group() in _SAYING and future_marker(text, past.end(), at):
        that = past.end()  # "He said he would travel to Kampala on Friday": what was said, without a "that"
    if that >= 0:
        # "X said (on Monday) that on Tuesday evening Y gives the lecture": the weekday is in what was said,
        # and the tense of what was said counts.
        text, at = text[that:], at - that
        past = _PAST_TENSE.search(text)
    if at > 0 and _to_come_after_the_past(text, at):
        return False  # "The council met in Tamale and will meet again on 14 January": the tense nearest the day
    future = future_marker(text)
    if past is None and future is None:
        past = _REGULAR_PAST.search(text)
    return past is not None and (future is None or past.start() < future.start())


# A Turkish sentence ends in its verb too: "... toplantı yapıldı.", "... gerçekleştirdiler.", "... sağlanamamıştır."
# The past is "-dı" (and its kin by vowel harmony and a hard consonant before it), with a person's ending, or the
# reported "-mış", with its "-tır"; not the future "yapılacaktır", the present "-yor", nor "-dir" (is).
# (Its "t" stands only after a hard consonant, "yaptı", "gitti", its "d" after any other sound, "toplandı", "açıkladı":
# "toplantı" (a meeting) and "ziyareti" (its visit) are nouns.)
_TURKISH_PAST_END = re.compile(r"(?:(?:(?<=[çfhkpsşt])t|(?<![çfhkpsşt])d)[ıiuü](?:m|n|k|n[ıiuü]z|l[ae]r)?"
                               r"|m[ıiuü]ş(?:[dt][ıiuü]r)?)[.!]?[\s\"”’)]*$")
_TURKISH_LETTERS = re.compile(r"[ıİğĞşŞ]")


def turkish_past(sentence: str) -> bool:
    """Does a Turkish sentence end in a verb of the past?"""
    return _TURKISH_LETTERS.search(sentence) is not None and _TURKISH_PAST_END.search(sentence) is not None


# An Estonian sentence told in the past: the past of the verbs news tells what was done by ("hakkasid kehtima",
# began to apply; "toimus", took place; "registreeris", registered; "valiti", was elected), each a word of its own
# (not "toimub", takes place, nor "algab", begins: what is to come, which _ESTONIAN_TO_COME finds).
_ESTONIAN_PAST = re.compile(r"(?<!\w)(?:toimus|toimusid|algas|algasid|hakkas|hakkasid|lõppes|lõppesid"
                            r"|kogunes|kogunesid|kohtus|kohtusid|registreeris|registreerisid|registreeriti|kinnitas"
                            r"|kinnitasid|kinnitati|otsustas|otsustasid|otsustati|valis|valisid|valiti|kuulutati"
                            r"|teatas|teatasid|allkirjastas|allkirjastati)(?!\w)")

# "otsustas, et istung toimub 16. novembril": a verb of what is to come beside the past one tells of a day ahead
_ESTONIAN_TO_COME = re.compile(r"(?<!\w)(?:toimub|toimuvad|algab|algavad|tuleb|tulevad|peetakse|kogunetakse|kogunevad"
                               r"|koguneb)(?!\w)")


def estonian_past(sentence: str) -> bool:
    """Does an Estonian sentence tell what was done (a verb of the past)? Only a sentence with a word of Estonian is
    asked: "algas" is Spanish and Portuguese for seaweed ("la feria de las algas se celebra el 5 de junio")."""
    return _ESTONIAN_PAST.search(sentence) is not None and _ESTONIAN_TO_COME.search(sentence) is None \
        and ESTONIAN_WORDS.search(sentence) is not None


def _to_come_after_the_past(text: str, at: int) -> bool:
    """Is the last verb of the past before `at` followed, in a later clause, by a marker of what is to come ("The
    council met in Tamale and will meet again on")?"""
    starts = [past.start() for past in _PAST_TENSE.finditer(text, 0, at)]
    return bool(starts) and future_in_a_later_clause(text, starts[-1], at)


# Where a clause ends and another begins: "met in Tamale and will meet", "It was agreed that it would meet".
_CLAUSE_JOINT = re.compile(r",|;|\b(?:and|but|that|while|whereas|so)\b")


def future_in_a_later_clause(text: str, past: int, at: int) -> bool:
    """Does a clause after the verb of the past at `past` tell what is to come, before `at` ("met in Tamale and will
    meet again on")? "was to be held on", "was scheduled to be held on", "had been expected to": a plan told in the
    past, one clause, no future."""
    future = future_marker(text, past, at)
    return future is not None and _CLAUSE_JOINT.search(text, past, future.start()) is not None
