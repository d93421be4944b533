"""Slovak and Czech dates and times, read into the same mentions as the English grammar. Pure.

    days     Pondelok 3. marec 2014 · v stredu 17. marca 2021 · 26. februára · ve čtvrtek 5. března 2020
             vo štvrtok (19. 2.) · ve čtvrtek 19. 2. (a weekday over the day and month in figures, as the wires write)
    spans    od 27. do 31. srpna 2018 · 27.–31. augusta · 12. až 14. května · 18. a 19. novembra (days in a row)
    times    o 8.00 h · o 10.00 hod. · od 9.00 do 12.00 hod. · v 10 hodín · v 15:30 hodin · 16.00 hodin
    relative dnes · zajtra · zítra · včera

Both languages put the month after the day's number and its dot, as a heading in the nominative ("3. marec 2014",
"5. březen") and in a sentence in the genitive ("17. marca", "5. března"). dates.find_mentions lays these over the
mentions the other grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import (
    clock_range,
    compile_forms,
    first_of_a_pair,
    hour_opens_a_row,
    named_day,
    one_day,
    parts,
    span_of_openings,
    today_word,
)
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention, day_part

MONTHS = {
    # Slovak, nominative and genitive
    "január": 1, "januára": 1, "február": 2, "februára": 2, "marec": 3, "marca": 3, "apríl": 4, "apríla": 4,
    "máj": 5, "mája": 5, "jún": 6, "júna": 6, "júl": 7, "júla": 7, "august": 8, "augusta": 8,
    "september": 9, "septembra": 9, "október": 10, "októbra": 10, "november": 11, "novembra": 11,
    "december": 12, "decembra": 12,
    # Czech, nominative and genitive
    "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4, "dubna": 4,
    "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7, "července": 7, "srpen": 8, "srpna": 8,
    "září": 9, "říjen": 10, "října": 10, "listopad": 11, "listopadu": 11, "prosinec": 12, "prosince": 12,
}  # fmt: skip
# The weekday as a heading ("Streda 26. február 2014") or after "v", "vo", "ve" ("v stredu 17. marca").
WEEKDAYS = {
    "pondelok": 0, "utorok": 1, "streda": 2, "stredu": 2, "štvrtok": 3, "piatok": 4, "sobota": 5, "sobotu": 5,
    "nedeľa": 6, "nedeľu": 6,
    "pondělí": 0, "úterý": 1, "středa": 2, "středu": 2, "čtvrtek": 3, "pátek": 4, "neděle": 6, "neděli": 6,
}  # fmt: skip
# A day counted from the publication date.
PUBLISHED = {"dnes": 0, "zajtra": 1, "zítra": 1, "včera": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_CLOCK_WORD = r"(?i:h|hod|hodine|hodín|hodin|hodiny)\b\.?"
_FORMS = {
    # "od 27. do 31. srpna 2018", "27.–31. augusta", "12. až 14. května": a span of one month (found before its days)
    "s": (rf"(?:(?i:od)\s+(?P<s1d>{_DAY})\.(?:\s*(?P<s1m>{_MONTH}))?\s+(?i:(?:až\s+)?do|až)\s+"
          rf"|(?P<s4d>{_DAY})\.\s*(?:[-–]|(?i:až)(?!\w))\s*)"
          rf"(?P<s2d>{_DAY})\.\s*(?P<s2m>{_MONTH})(?!\w)(?:\s+(?P<s2y>{YEAR_NUMBER})\b)?"),
    # "18. a 19. novembra", "5., 6. a 7. března 2020": a day joined by "a" (and) to a later day of the month named
    # after the last; days in a row are one span (as "on 18 and 19 November" is), else the first alone
    "a": (rf"(?P<ad>{_DAY})\.(?=(?:\s*,\s*{_DAY}\.)*\s+(?i:a)\s+{_DAY}\.\s*(?P<am>{_MONTH})(?!\w)"
          rf"(?:\s+(?P<ay>{YEAR_NUMBER})(?!\d))?)"),
    # "Pondelok 3. marec 2014", "v stredu 17. marca 2021": a day (the month after its day's number and dot)
    "d": (rf"(?:(?i:v|vo|ve)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\.\s*(?P<dm>{_MONTH})(?!\w)(?:\s+(?P<dy>{YEAR_NUMBER})\b)?"),
    # "vo štvrtok (19. 2.)", "ve čtvrtek 19. 2.": a weekday, then the day and the month in figures, each with its
    # stop, in brackets or not, no year after (the wires' "odletí v stredu (18. 2.)"); the weekday vouches for them
    "n": (rf"(?:(?i:v|vo|ve)\s+)?(?P<nw>{_WEEKDAY})\s*(?P<open>\()?\s*(?P<nd>{_DAY})\.\s*(?P<nm>1[0-2]|0?[1-9])\."
          rf"(?(open)\s*\)|(?!\s*\d))"),
    # "o 8.00 h", "od 9.00 do 12.00 hod.", "v 10 hodín": a clock after "o", "v", "od" and before its word, or with
    # minutes after "o" ("o 10.30" is a time, where "v 10" may be anything)
    "t": (rf"(?:(?i:o|v|vo|ve|od|do)\s+)?(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:do))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?"
          rf"(?:\s*(?P<word>{_CLOCK_WORD}))?(?![\d.,:]?\d)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Words that say the text is Slovak or Czech and not a name or an English month in passing.
_SLOVAK = re.compile(r"(?<!\w)(?i:sa|se|je|sú|bude|budú|budou|jsou|vláda|vlády|zasadne|zasadá|predseda|předseda"
                     r"|ministr|stretne|schôdza"
                     r"|schůze|rokovanie|jednání|zasadnutie|zasedání|uskutoční|uskuteční|proběhne|tlačová|tisková)(?!\w)")


def slovak_mentions(text: str) -> list[Mention]:
    """The Slovak and Czech date and time mentions of `text`, in order (only a text with a letter of theirs and a word
    of theirs is read)."""
    if ((_SLOVAK_LETTERS.search(text) is None and _MONTH_WORD.search(text) is None) or _SLOVAK.search(text) is None) \
            and _DAY_LINE.fullmatch(text) is None:
        return []  # (a sentence may hold no letter of theirs but á, é, í: "Vláda zasadne v stredu 12. marca")
    return [m for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None]


_MONTH_WORD = re.compile(rf"\d\.\s*{_MONTH}(?!\w)")  # "12. marca": a day's number, its stop and a month of theirs
# "10. března", "30. listopadu 2022": a line of a list of days that holds only the day (its weekday before it, its year
# after it, a bullet), which no sentence's words can vouch for; the month's word alone does
_DAY_LINE = re.compile(rf"\s*[•*–-]?\s*(?:{_WEEKDAY},?\s+)?{_DAY}\.\s*{_MONTH}(?:\s+{YEAR_NUMBER})?\s*[.;,]?\s*",
                       re.IGNORECASE)
# Letters Slovak or Czech write in nearly every sentence, and other languages of Latin script seldom together.
_SLOVAK_LETTERS = re.compile(r"[čôľĺŕřěůťďňýČÔĽŘĚŮŤĎŇÝ]")


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "a":
        return first_of_a_pair(_day, match)
    if form == "n":
        day = day_part(groups["nd"], int(groups["nm"]), None, WEEKDAYS[groups["nw"].lower()])
        return Mention("day", *span, first=day) if day else None
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    said = match.group().lower()
    if not groups["word"] and not (groups["tm"] and said.startswith(("o ", "od "))):
        return None  # "v 10" may be a count; a clock says so by its word or by "o 10.30"
    if said[0].isdigit() and not groups["tm"] and not groups["uh"] \
            and not hour_opens_a_row(match):
        # "potrvá 2 hodiny", "2 h" alone are lengths; "o 10 h", "v 16 hodin", "16.00 hodin" are clocks, and so is a
        # programme's row that opens with its hour ("10 hodín – otvorenie konferencie")
        return None
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
