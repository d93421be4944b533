"""A sentence with its date and time words taken out: what is left names the event. Pure."""
from __future__ import annotations

import operator
import re

from parsers.dates import Mention

# ("entre las 06:00 y las 16:00", "entre hoje e 5 de outubro": the Spanish and Portuguese "and", with its article;
# "am 14. und 21. September", "les 14 et 21", "il 14 e il 21", "op 14 en 21": the German, French, Italian, Dutch)
_LISTED = re.compile(r"\s*(?:,|and|&|or|und|et|en|(?:y|e)(?:\s+(?:las|los|el|il|as|os|o|a))?)?\s*", re.IGNORECASE)
# The preposition that ends the words before a date ("on", "on the evening of"); searched only in the last
# letters, where it can be.
# ("on the 27th of January": the article goes with the preposition; "planned for 24-25 January", "next Wednesday";
# "será el 10 de febrero a las 10:00", "le 10 février", "am 10. Februar", "no dia 10")
_LAST_PREPOSITION = re.compile(r"\b(?:(?:on|in|during|over)\s+the\s+(?:morning|afternoon|evening|night)\s+of"
                               r"|(?:(?:over|during|on|in|for)\s+)?the\s+(?:weekend|week)\s+of"  # "over the weekend of"
                               r"|(?:on|from|by|between|during|for)(?:\s+the)?|at|in|next|(?:this\s+)?coming|this"
                               r"|later|earlier"
                               r"|el(?:\s+d[ií]a)?|a\s+las|le|am|um|no\s+dia|entre(?:\s+(?:las|los|el|as|os|o|a))?)$"
                               r"|(?<!\w)(?:à|às)$"
                               # "من 20 ... حتى 22 مارس", "يومي 3 و10 جوان", "في", "خلال": Arabic's from, until, on, in
                               r"|(?<!\w)(?:من|حتى|إلى|الى|في|يومي|بتاريخ|خلال)$"
                               r"|(?<!\S)@$",  # "6 Oct 2022 @ 10:00", "Lecture @ 7pm": the at sign of event listings
                               re.IGNORECASE)
_PREPOSITION_REACH = len("during the afternoon of")
# "at approximately 12.30", "around 10:00": a time's hedge goes with it (not "talks about 14 February plans")
_HEDGE = re.compile(r"\b(?:(?:at\s+)?(?:about|around|approximately|approx\.|roughly)|starting|beginning)$",
                    re.IGNORECASE)  # ("continues on 12 October, starting at 9.30am": the start's word too)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:)])")
_mark = operator.itemgetter(1)  # a match's punctuation mark
# ("Day 1 (Monday, 9 February): Arrival": a bracket the date closed, left open before the colon)
_EMPTY_LEAD_OR_BRACKETS = re.compile(r"^[\s,;:()]+|\(\s*[^\w\s]*\s*\)|\s*\((?=\s*[:;,])")


# The Spanish and Portuguese "of" between a time and its day: "a las 11 de este martes", "às 9h do dia 5".
_OF_THE_DAY = re.compile(r"\s*(?:de|del|do|da)(?:\s+d[ií]a)?\s*", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,\s*")
_CLOSING_COMMA = re.compile(r"\s*,")
_ONWARDS = re.compile(r"[ \t]+onwards?\b", re.IGNORECASE)
# "마지막 날에는", "6월 7일에", "오후 2시부터": the Korean particle glued to a day or a time goes with it
_KOREAN_PARTICLE = re.compile(r"(?:에는|에서는|에서|에도|에|부터는|부터|까지는|까지|의|은|는)(?=[\s,.]|$)")
_PART_OF_DAY_AFTER = re.compile(r"[ \t]+(?:morning|afternoon|evening|night|week(?![ \t]+(?:of|in|on)\b))\b")
# An auxiliary before a date set off by commas: "will, on Friday, open", "will tomorrow, Wednesday, open".
_AUXILIARY_BEFORE = re.compile(r"\b(?:will|shall|would|should|is\s+to|are\s+to)\s*,?\s*$", re.IGNORECASE)
# "ready for Thursday's by-elections": a day in the possessive leaves "the" before what it owned, not a stray "'s".
_POSSESSIVE_AFTER = re.compile(r"['’]s(?=\s+\w)")


def without_dates(sentence: str, mentions: list[Mention]) -> str:
    """The sentence with its date and time words (and the preposition before them) taken out.

    A date set off by commas after an auxiliary goes with its commas, so that the verb's words stay together:
    "will, on Friday, open" and "will tomorrow, Wednesday, open" are "will open"."""
    out, at = [], 0
    aside = False  # the dates just taken out follow an auxiliary: the comma after them closes their aside
    last_kind = ""
    for mention in mentions:
        if at > mention.start:
            at = mention.start  # a part of the day taken with the mention before is this one's
        before = sentence[at : mention.start]
        stripped = before.rstrip()
        if mention.kind != "time" and (owned := _POSSESSIVE_AFTER.match(sentence, mention.end)) is not None:
            out.append(before + "the")
            at, last_kind, aside = owned.end(), mention.kind, False
            continue
        preposition = _LAST_PREPOSITION.search(stripped, max(0, len(stripped) - _PREPOSITION_REACH))
        if preposition is None and mention.kind == "time":
            preposition = _HEDGE.search(stripped, max(0, len(stripped) - _PREPOSITION_REACH))
        if preposition is not None:
            before = stripped[: preposition.start()]
        if aside and _APPOSED.fullmatch(before) and "time" not in (last_kind, mention.kind):
            before = ""  # "tomorrow, Wednesday": one day said twice (not "9 December, 10:00, Hall")
        elif at and _LISTED.fullmatch(before):
            before = ""  # "on 14 February and 19 June": the "and" between two dates goes with them
        elif last_kind == "time" and _OF_THE_DAY.fullmatch(before):
            before = ""  # "a las 11 de este martes", "às 10h de sexta-feira": the day's "de" goes with the clock's
        elif _AUXILIARY_BEFORE.search(before, max(0, len(before) - 16)):
            before, aside = before.rstrip().removesuffix(",") + " ", True
        else:
            aside = False
        out.append(before)
        at, last_kind = mention.end, mention.kind
        if (part := _PART_OF_DAY_AFTER.match(sentence, at)) is not None and mention.kind != "time":
            at = part.end()  # "on Monday evening", "Tomorrow morning": the part of the day goes with its day
        elif (onwards := _ONWARDS.match(sentence, at)) is not None and mention.kind == "time":
            at = onwards.end()  # "at 10.00 am onwards": the open end goes with its start
        elif (particle := _KOREAN_PARTICLE.match(sentence, at)) is not None and at and "\uac00" <= sentence[at - 1] \
                <= "\ud7a3":
            at = particle.end()
    if aside and (closing := _CLOSING_COMMA.match(sentence, at)) is not None:
        at = closing.end()
    out.append(sentence[at:])
    # (a function, not the template r"\1": a template sends each call through the re module's Python code)
    text = _SPACE_BEFORE_PUNCTUATION.sub(_mark, "".join(out))
    return _EMPTY_LEAD_OR_BRACKETS.sub("", text).strip()
