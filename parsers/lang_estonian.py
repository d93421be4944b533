"""Estonian days and clocks, read into the same mentions as the English grammar. Pure.

    days      16. novembril · 16. novembril 2021 · 3. märtsi · 09. novembril 2021
    clocks    kell 17 · kell 17.30 · kell 10-12 · algusega kell 9:15

Estonian writes the day as an ordinal number with a full stop, the month after it in the case the sentence needs:
"16. novembril" (on the 16th of November, adessive), "16. novembri" (of, genitive); the nominative ("16. november")
is the other grammars'. It says the time with "kell" and the hour, its minutes after a dot or a colon or none ("kell
17" is five o'clock: the word says it is a clock). "Kell" is a surname in English, so a text is read only when it
holds a word of Estonian.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, gated_mentions, named_day, one_day, parts
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

_STEMS = {"jaanuari": 1, "veebruari": 2, "märtsi": 3, "aprilli": 4, "mai": 5, "juuni": 6, "juuli": 7, "augusti": 8,
          "septembri": 9, "oktoobri": 10, "novembri": 11, "detsembri": 12}
# The genitive ("novembri") and the adessive ("novembril"; "mail" for May)
MONTHS = {**_STEMS, **{stem + "l": number for stem, number in _STEMS.items()}}
_MONTH = rf"(?i:{alternatives(MONTHS)})(?!\w)"
_FORMS = {
    # "16. novembril", "09. novembril 2021": a day, its month, its year
    "d": rf"(?P<dd>{DAY_NUMBER})\.[ \t]*(?P<dm>{_MONTH})(?:[ \t]+(?P<dy>{YEAR_NUMBER})(?!\d))?",
    # "kell 17", "kell 17.30", "kell 10-12": the hour after the word for the clock (a range's end after a dash)
    "t": (rf"(?<!\w)(?i:kell)[ \t]+(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:[ \t]*[-–][ \t]*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?(?!\d|[.,:]\d)"),
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these is read (gate.folded_case writes "?" for "ä").
_HINT_WORDS = ("kell", "jaanuari", "veebruari", "m?rtsi", "aprilli", "juuni", "juuli", "augusti", "septembri",
               "oktoobri", "novembri", "detsembri")
# Words that say the text is Estonian: "ja", "ning" (and), "toimub" (takes place), "algusega", "algab" (starting),
# a sitting, a meeting, a council, a month's day in the adessive ("novembril")
ESTONIAN_WORDS = re.compile(r"(?<!\w)(?i:ja|ning|toimub|toimuvad|algusega|algab|algavad|istung\w*|koosolek\w*"
                       r"|\w*volikogu\w*|(?:jaanuari|veebruari|märtsi|aprilli|juuni|juuli|augusti|septembri|oktoobri"
                       r"|novembri|detsembri)l)(?!\w)")


def estonian_mentions(text: str) -> list[Mention]:
    """The Estonian days and clocks of `text`, in order."""
    return gated_mentions(text, _HINT_WORDS, ESTONIAN_WORDS, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, {**groups, "dw": None}, span)
    return clock_range(int(groups["th"]), int(groups["tm"] or 0), groups, span)


_day = functools.partial(named_day, MONTHS, {})  # a day of this language's words
