"""Croatian (and Slovenian) dates and times, read into the same mentions as the English grammar. Pure.

    days     15. rujna 2025. · 17. rujna · u srijedu, 17. rujna · petak, 3. listopada 2025. · 21. maja
    spans    od 6. do 10. listopada · od ponedjeljka 8. do petka 12. prosinca · 6. – 10. listopada 2025.
    times    u 15 sati · u 10.30 sati · od 9 do 13 sati · u 18,30 h · u 11 časova
    relative danas · sutra · sjutra · jučer · juče

The month is the genitive a date puts after its day's number (and its dot): "rujna" of "rujan", "studenoga" or
"studenog" of "studeni"; Bosnian, Montenegrin and Serbian (Latin script) write the same dates with the Latin months'
genitives, "21. maja", "3. septembra", or, in Serbian, their nominatives, "18. mart", and "sjutra" (ijekavian) or
"sutra" for tomorrow; Serbian says its hours in "časova" ("u 11 časova"). Slovenian writes its dates the same way
with months of its own, nominative or genitive ("19. junij 2023", "v ponedeljek, 19. junija"), and its hours "ob 10.
uri" or "ob 9.30 uri".
dates.find_mentions lays these over the mentions the other grammars found in the same text, the longer reading of the
same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import (
    clock_range,
    compile_forms,
    gated_mentions,
    named_day,
    one_day,
    parts,
    span_of_openings,
    today_word,
)
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7,
    "kolovoza": 8, "rujna": 9, "listopada": 10, "studenoga": 11, "studenog": 11, "prosinca": 12,
    # the Latin months of Bosnian, Montenegrin and Serbian ("21. maja"), after a day's number and dot only
    "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "maja": 5, "juna": 6, "jula": 7, "avgusta": 8,
    "augusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
    # and the Serbian nominatives a date writes as often ("ponedeljak, 18. mart"), after a day's number and dot only
    "januar": 1, "februar": 2, "mart": 3, "april": 4, "maj": 5, "jun": 6, "jul": 7, "avgust": 8, "septembar": 9,
    "oktobar": 10, "novembar": 11, "decembar": 12,
    # Slovenian, nominative and genitive (the others are spelled as above), after a day's number and dot only
    "januarja": 1, "februarja": 2, "marec": 3, "marca": 3, "junij": 6, "junija": 6, "julij": 7, "julija": 7,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
# The weekday as a date's heading ("srijeda, 17. rujna") or after "u" ("u srijedu, 17. rujna").
WEEKDAYS = {
    "ponedjeljak": 0, "utorak": 1, "srijeda": 2, "srijedu": 2, "četvrtak": 3, "petak": 4, "subota": 5,
    "subotu": 5, "nedjelja": 6, "nedjelju": 6, "ponedeljak": 0, "sreda": 2, "sredu": 2, "nedelja": 6, "nedelju": 6,
    # Slovenian (after "v" where it says "on": "v ponedeljek", "v sredo", "v soboto")
    "ponedeljek": 0, "torek": 1, "sredo": 2, "četrtek": 3, "petek": 4, "soboto": 5, "nedeljo": 6,
}  # fmt: skip
# The weekday in the genitive that a span names after "od" and "do" ("od ponedjeljka 8. do petka 12. prosinca"), also
# as typed without its háček ("od cetvrtka 6. do subote 8.")
_GENITIVE_WEEKDAY = r"(?i:ponedjeljka|ponedeljka|utorka|srijede|srede|[čc]etvrtka|petka|subote|nedjelje|nedelje)"
# A day counted from the publication date ("sjutra, 21. maja": the next day).
PUBLISHED = {"danas": 0, "sutra": 1, "sjutra": 1, "jučer": -1, "juče": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
# (the year's own dot, "2025.", belongs to the date)
_YEAR = rf"{YEAR_NUMBER}\.?"
_FORMS = {
    # "od 6. do 10. listopada", "od ponedjeljka 8. do petka 12. prosinca", "6. – 10. listopada 2025.": a span (found
    # before its days)
    "s": (rf"(?:(?i:od)\s+(?:{_GENITIVE_WEEKDAY},?\s+)?(?P<s1d>{_DAY})\.(?:\s*(?P<s1m>{_MONTH}))?,?\s+(?i:do)\s+"
          rf"(?:{_GENITIVE_WEEKDAY},?\s+)?|(?P<s4d>{_DAY})\.\s*[-–]\s*)"
          rf"(?P<s2d>{_DAY})\.\s*(?P<s2m>{_MONTH})\b(?:\s+(?P<s2y>{YEAR_NUMBER})\b\.?)?"),
    # "15. rujna 2025.", "u srijedu, 17. rujna": a day (the month after its day's number and dot)
    "d": (rf"(?:(?i:u|v)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\.\s*(?P<dm>{_MONTH})\b(?:\s+(?P<dy>{YEAR_NUMBER})\b\.?)?"),
    # "u 15 sati", "od 9 do 13 sati", "u 18,30 h", Slovenian "ob 10. uri": a clock before the word that says it is one
    "t": (rf"(?:(?i:u|od|ob)\s+)(?P<th>{HOUR_NUMBER})(?:[.:,](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:do))\s*(?P<uh>{HOUR_NUMBER})(?:[.:,](?P<um>[0-5]\d))?)?"
          r"\.?\s+(?i:sati|sat|časova|časa|čas|h|uri)\b"),
    # "danas", "sutra", "sjutra", "jučer": a day counted from the publication date
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read: most texts are not Croatian and pay a few substring searches. (ASCII
# parts of the months: the gate's folded text keeps ASCII letters only; "ujka" of "ožujka", "sije" of "siječnja".)
_HINT_WORDS = ("rujna", "listopada", "studeno", "prosinca", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
               "sije", "velja", "ujka", "januara", "februara", "marta", "aprila", "maja", "juna", "jula", "gusta",
               "septembra", "oktobra", "novembra", "decembra", "sutra", "danas", "mart", "septembar", "oktobar",
               "novembar", "decembar", "avgust", "asova", "junij", "julij", "marec", "marca", "januarja", "februarja")
# Words that say the text is Croatian (or a language close to it) and not a name in passing.
_CROATIAN = re.compile(r"(?<!\w)(?i:će|je|su|biti|biće|održat\w*|održava\w*|održan\w*|godine|sati|časova|sjednic\w*"
                       r"|sednic\w*|zastupni\w*|poslani\w*|bo|bodo|bosta|uri|leta)(?!\w)")


def croatian_mentions(text: str) -> list[Mention]:
    """The Croatian date and time mentions of `text`, in order."""
    return gated_mentions(text, _HINT_WORDS, _CROATIAN, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        # (a capital after a comma is a name too: "the daily Danas")
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    hour, minute = int(groups["th"] or 0), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
