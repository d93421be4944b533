"""Swedish, Danish and Norwegian weekdays said alone, and hours after the word for the clock, read into the same
mentions as the English grammar. Pure.

    weekdays  Torsdag kommer ministeren · torsdag morgen møder de · på fredag · nästa tisdag · kommende mandag
    clocks    klockan 10 · kl. 15 · klokken 14 · kl. 10-12 · klockan 13.30

A weekday said alone is the next such day after the day in context, as "on Thursday" is in English: a release
stamped on a Wednesday says "Torsdag ..." for the morrow. Not a weekday of a rule ("hver torsdag", "varje
tisdag", "om torsdagen": every Thursday, on Thursdays) nor one gone by ("i torsdags", "i torsdag" in Norwegian,
"sidste fredag", "förra måndagen"). A weekday before its date ("torsdag 27. januar", "torsdagen den 15 maj") is
parsers.lang's day. An hour after "klockan", "klokken", "klokka" or "kl." is a clock with its minutes or without
("klockan 10" is ten o'clock: the word says it is one). dates.find_mentions lays these over the mentions the other
grammars found in the same text.
"""

from __future__ import annotations

import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, gated_mentions, parts
from parsers.mentions import HOUR_NUMBER, Mention

WEEKDAYS = {
    "mandag": 0, "mandagen": 0, "måndag": 0, "måndagen": 0, "tirsdag": 1, "tirsdagen": 1, "tisdag": 1,
    "tisdagen": 1, "onsdag": 2, "onsdagen": 2, "torsdag": 3, "torsdagen": 3, "fredag": 4, "fredagen": 4,
    "lørdag": 5, "lørdagen": 5, "lördag": 5, "lördagen": 5, "søndag": 6, "søndagen": 6, "söndag": 6, "söndagen": 6,
}  # fmt: skip
# The words before a weekday that make it a rule's or a past one ("hver", "varje", "om", "i", "sidste", "förra").
_NOT_AFTER = ("hver", "hvar", "varje", "varannan", "annenhver", "hveranden", "alle", "alla", "om", "i", "sidste",
              "siste", "forrige", "förra", "förrförra", "seneste", "senaste")
_BEFORE = "".join(rf"(?<!\b{word}\s)" for word in _NOT_AFTER)
# "Fredag underskrev ministeren aftalen", "Torsdag mødtes ministeren med ...": a weekday before a verb in the past
# tells what was done, a day gone by (weak pasts by their endings, "besøgte", "talade", "mødte"; the strong ones named)
_NOT_BEFORE_A_PAST = (r"(?!\s+(?:[a-zæøåäö]+(?:ede|ade|dde|dte|gte|kte|ste|tte)|mødtes|møttes|möttes|träffades"
                      r"|underskrev|undertecknade|skrev|var|blev|ble|fik|fikk|fick|holdt|höll|gav|tog|tok|kom|sa|sade"
                      r"|sagde|gik|gikk|gick)\b)")
_FORMS = {
    # "Torsdag kommer ...", "på fredag", "nästa tisdag", "kommende mandag": the weekday ahead (not before its date:
    # "torsdag 27. januar", "torsdagen den 15 maj", "fredag, 5.")
    "w": (rf"(?i:{_BEFORE}(?:(?:nu\s+på|på|næste|nästa|neste|kommende|kommande|førstkommende|førstkommande)\s+)?"
          rf"(?P<ww>{alternatives(WEEKDAYS)})(?!\w)(?!\s*,?\s*(?:den\s+)?\d){_NOT_BEFORE_A_PAST})"),
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these is read: the ASCII ends of the weekdays' names (gate.folded_case writes "?" for "å").
_HINT_WORDS = ("ndag", "sdag", "fredag", "rdag")


# "klockan 10", "kl. 15", "klokken 14", "kl. 10-12", "klockan 13.30": the hour after the word for the clock (a range's
# end after a dash), its minutes after a dot or a colon or none
_CLOCKS = compile_forms({
    "t": (rf"(?<!\w)(?i:klockan|klokken|klokka|kl\.?)[ \t]*(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:[ \t]*[-–][ \t]*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?(?!\d|[.,:]\d)"),
})
# Words that say the text is Swedish, Danish or Norwegian ("Kl. 5" is a German school's class too).
_NORDIC = re.compile(r"(?<!\w)(?i:och|inte|också|på|för|får|ikke|ikkje|også|efter|etter|hålls|holdes|afholdes"
                     r"|därefter|deretter|lagting\w*|riksdag\w*|storting\w*|folketing\w*)(?!\w)")


# "i morgen", "i morgon": tomorrow; "i overmorgen", "i övermorgon": the day after; "i dag", "idag": today; "i aften",
# "i kveld", "i kväll": this evening; "i går", "igår": yesterday (Danish and Norwegian, Swedish), counted from the
# day the text was published as "tomorrow" is. (Not "i dagene", "i dags": other words; not "i morges", "i morse":
# this morning gone by. Icelandic's "á morgun" is parsers.lang_icelandic's.)
PUBLISHED = {
    "i morgen": 1, "i morgon": 1, "i overmorgen": 2, "i övermorgon": 2, "i dag": 0, "idag": 0, "i aften": 0,
    "i kveld": 0, "i kväll": 0, "i går": -1, "igår": -1,
}  # fmt: skip
# (in small letters or opening a sentence, not in capitals: "IDAG" is an institute's initials)
_RELATIVE_WORDS = "|".join(spelled.replace(" ", r"[ \t]+") for word in sorted(PUBLISHED, key=len, reverse=True)
                           for spelled in (word, word[0].upper() + word[1:]))
_RELATIVE = compile_forms({"p": rf"(?<!\w)(?P<pub>{_RELATIVE_WORDS})(?!\w)"})
_RELATIVE_HINTS = ("morg", "dag", "aften", "kveld", "kv?ll", "g?r")


def nordic_mentions(text: str) -> list[Mention]:
    """The Swedish, Danish and Norwegian weekdays said alone, clocks after their word and the Nordic words for today
    and tomorrow in `text`, in order."""
    weekdays = gated_mentions(text, _HINT_WORDS, None, GRAMMAR, _mention)
    relative = gated_mentions(text, _RELATIVE_HINTS, None, _RELATIVE, _published)
    # ("i morgen kl. 10": the word for tomorrow says the text is Nordic, as "på" or "också" do)
    clocks = gated_mentions(text, ("kl",), None if relative else _NORDIC, _CLOCKS, _clock)
    found = weekdays + clocks + relative
    return sorted(found, key=lambda m: m.start) if clocks or relative else weekdays


# Today's and yesterday's words, which news tells what was done by ("la i dag fram", "har frem til i dag ledet")
_TOLD_MOSTLY_OF_THE_PAST = frozenset({"i dag", "idag", "i går", "igår"})
# "i dag kl. 10", "idag klockan 14": a clock right after today's word; "skal", "ska", "vil", "kommer att": a verb of
# what is to come in its sentence
_CLOCK_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:kl\.?|klokken|klockan|klokka)[ \t]*\d")
_TO_COME = re.compile(r"(?<!\w)(?i:skal|skall|ska|vil|kommer[ \t]+(?:att|til[ \t]+at|til[ \t]+å))(?!\w)")


def _published(match: re.Match[str]) -> Mention | None:
    _, groups, span = parts(match)
    word = " ".join(groups["pub"].lower().split())
    offset = PUBLISHED[word]
    if word in _TOLD_MOSTLY_OF_THE_PAST and not _said_of_what_comes(match.string, match.start(), match.end()):
        return None  # "Regjeringen la i dag fram forslaget": what was done today, no day of an event
    return Mention("published", *span, offset=offset)


def _said_of_what_comes(text: str, start: int, end: int) -> bool:
    """Is today's word followed by a clock, or in a sentence with a verb of what is to come?"""
    if _CLOCK_AFTER.match(text, end):
        return True
    first = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    last = min((at for at in (text.find(stop, end) for stop in ".!?\n") if at >= 0), default=len(text))
    return _TO_COME.search(text, first, last) is not None


def _clock(match: re.Match[str]) -> Mention | None:
    _, groups, span = parts(match)
    return clock_range(int(groups["th"]), int(groups["tm"] or 0), groups, span)


def _mention(match: re.Match[str]) -> Mention | None:
    _, groups, span = parts(match)
    return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
