"""A day counted back ("The day before", "the previous day") in a sentence that tells, in the past, what someone
said or announced: when it was said, not an event; a clock time with no day in a clause told in the past: when
something happened; and a day in a clause telling who took part in or missed something
("Applicants who missed the workshop of 10 June 2010 are welcome"): that happening is past; and a day in a photo's
caption ("(Photo: the minister at a summit in Mombasa, January 13, 2020.)"): when the picture was taken. Pure.

"The day before, the chief announced a restructuring of the department" under a release of 22 July: what was said
on the 21st. ("Yesterday ..." and a weekday told so are read elsewhere; a past meeting on such a day is left.)
"""

from __future__ import annotations

import re

from parsers.mentions import Mention
from parsers.tense import tells_what_is_to_come, told_in_the_past
from parsers.verbs import SAID, SAYING

_SAID = re.compile(r"\b(?:" + "|".join(SAYING) + r"|named|appointed|unveiled|released|published)\b")


def said_then(sentence: str, mention: Mention) -> bool:
    """A day before the day in context, in a sentence whose act is one of saying, told in the past."""
    return mention.kind == "relative" and mention.offset < 0 and _SAID.search(sentence) is not None \
        and not tells_what_is_to_come(sentence)


# "who missed the workshop of 10 June 2010", "those who attended the meeting on 3 May": the clause, up to the day.
_TOOK_PART = re.compile(r"\b(?:who|that)\s+(?:missed|attended|joined|took\s+part\s+in|participated\s+in)\b"
                        r"[^.;:!?]{0,80}$")


# "the consensus reached when he met leaders of the community on Friday, July 26": a clause of "when", its subject
# and a verb in the past, up to the day (not "when they meet", "when it is held").
_WHEN_DONE = re.compile(r"\bwhen\s+(?:he|she|they|we|I|it|the\s+[\w-]+)\s+(?:met|held|visited|signed|spoke|gave|took"
                        r"|went|came|sat|won|[a-z]{3,}ed)\b[^.;:!?]{0,120}$")


def attended_then(sentence: str, mention: Mention) -> bool:
    """A day in a clause telling, in the past, who took part in or missed what happened on it, or what was done
    when it happened."""
    if mention.kind not in ("day", "span"):
        return False
    start = max(0, mention.start - 160)
    return _TOOK_PART.search(sentence, max(0, mention.start - 120), mention.start) is not None \
        or "when " in sentence and _WHEN_DONE.search(sentence, start, mention.start) is not None


# "(Photo: PS Kibicho at a summit in Mombasa, January 13, 2020.)", "(File photo: ...)": a caption in brackets, up to
# the day; what a picture shows was, not is to come.
_CAPTION = re.compile(r"\((?:File\s+)?(?:[Pp]hoto|[Pp]icture|[Ii]mage)(?:\s+credit)?\s*:[^()]{0,160}$")


# "Serge Ekué at the bank's office in Paris, 18 October 2023. © Yves Forestier for JA": a photographer's credit
# closing the line marks a caption; its day is when the picture was taken.
_CREDIT_CLOSES = re.compile(r"©\s*(?![12]\d{3}\b)[A-Z][\w.'’-]*(?:[ \t]+[\w.'’/-]+){0,5}[ \t]*$")


# "Jean-Marc Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure. AFP)", "Merkel, am 27. Oktober 2012 in
# Berlin (Foto: dpa)": a caption's form, who, a comma, the day, where at most, then the credit in brackets, the word
# for a photo and names or an agency (as French, German and English papers print it).
_BRACKET_CREDIT_CLOSES = re.compile(r"\((?:(?:[Cc]r[ée]dits?\s+)?[Pp]hotos?|[Ff]otos?|[Bb]ild|[Pp]icture|[Ii]mage)\s*:?"
                                    r"\s*(?:(?-i:[A-Z])[\w.'’-]*|dpa|epa|afp|ap)(?:[ \t/]+(?:(?-i:[A-Z])[\w.'’-]*|dpa"
                                    r"|epa|afp|ap)){0,5}\s*(?:\)[ \t.]*)?$")
_WHO_THEN_DAY = re.compile(r"[^,()]{2,60},\s*(?:le|am|on|el|il|em)?\s*$", re.IGNORECASE)
_PLACE_AT_MOST = re.compile(r"[\s,]*(?:(?:à|au|aux|en|in|im|at|near|bei|a|em|no|na)\s+[^\s,()\d][^\s,()]*"
                            r"(?:[ \t-]+[^\s,()\d][^\s,()]*){0,3})?"
                            r"[\s,.]*", re.IGNORECASE)


def in_caption(sentence: str, mention: Mention) -> bool:
    """A day in a photo's caption: in brackets after "Photo:", or on a line closed by the photographer's credit
    or in brackets, as a caption's who, day and place are ("Name, le 27 octobre 2012 à Toulouse (Photo X. AFP)")."""
    if "©" in sentence and (credit := _CREDIT_CLOSES.search(sentence)) is not None and mention.end <= credit.start():
        return True
    if "(" in sentence and (credit := _BRACKET_CREDIT_CLOSES.search(sentence)) is not None \
            and mention.end <= credit.start() and _WHO_THEN_DAY.fullmatch(sentence, 0, mention.start) is not None \
            and _PLACE_AT_MOST.fullmatch(sentence, mention.end, credit.start()) is not None:
        return True
    return ("hoto" in sentence or "icture" in sentence or "mage" in sentence) \
        and _CAPTION.search(sentence, max(0, mention.start - 170), mention.start) is not None


# What someone said or alleged, before the clause it reports: "His brother said (that)", "The men alleged that".
_REPORTED = re.compile(r"\b(?:" + SAID + r"|alleged|claimed|recalled|recounted|testified)\b(?:\s+that\b)?")


def time_gone_by(sentence: str, time: Mention) -> bool:
    """A clock time with no day, in a clause told in the past ("The men alleged that around 23:00hrs they heard a
    shot", "Firefighters arrived at the scene at 4.10 a.m."): the hour something happened, which a report tells, not
    an event (its day would only be the page's). The saying that reports the clause is not its tense: "The ministry
    said the meeting starts at 10 a.m." is to come."""
    cut = max((m.end() for m in _REPORTED.finditer(sentence, 0, max(time.start, 0))), default=0)
    clause = sentence[cut:]
    if _ANNOUNCED.search(sentence, cut, max(time.start, cut)):
        return False  # "has called a news conference for 2 p.m. and has said little else": a time announced
    return (told_in_the_past(clause, time) or _NARRATED.search(clause) is not None) \
        and not tells_what_is_to_come(clause)


# Past forms of a story's verbs that are no other form ("saw", "heard"; not "left", "hit", "shot", "led": adjectives,
# nouns or presents too), which the tense's regular "-ed" does not catch.
_NARRATED = re.compile(r"\b(?:saw|heard|found|fled|fell|ran|caught|threw|drove|flew|woke|broke|stole)\b")


# "has called a news conference for 2 p.m.", "have set the vote for 11:00": a present perfect, or "for" right before
# the time, before it in its clause: the hour announced for what comes.
_ANNOUNCED = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|set|put)\b|\bfor\s+(?:about\s+)?$")
