"""Bulgarian and Serbian (Cyrillic) dates and times, read into the same mentions as the English grammar. Pure.

    days     5 септември 2025 · 5 Септември, 2025 · в петък, 5 септември · 18. март 2024. · понедељак, 18. марта
    times    в 9:00 часа · от 14.00 ч. · в 11 часа · от 10 до 12 часа · у 11 часова · у 10 сати
    relative днес · утре · вчера · данас · сутра · јуче

The month follows the day's number (Serbian puts a dot after it); a year may follow, after a comma, with "г." or a
dot. A clock says it is one by the word after it ("часа", "ч.", "часова", "сати"). dates.find_mentions lays these
over the mentions the other grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, hour_opens_a_row, named_day, one_day, parts, today_word
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    # Bulgarian
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Serbian, nominative and genitive
    "јануар": 1, "јануара": 1, "фебруар": 2, "фебруара": 2, "марта": 3, "априла": 4, "мај": 5, "маја": 5,
    "јун": 6, "јуна": 6, "јул": 7, "јула": 7, "августа": 8, "септембар": 9, "септембра": 9, "октобар": 10,
    "октобра": 10, "новембар": 11, "новембра": 11, "децембар": 12, "децембра": 12,
}  # fmt: skip
WEEKDAYS = {
    "понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5, "неделя": 6,
    "понедељак": 0, "уторак": 1, "среда": 2, "среду": 2, "четвртак": 3, "субота": 5, "суботу": 5, "недеља": 6,
    "недељу": 6,
}  # fmt: skip
PUBLISHED = {"днес": 0, "утре": 1, "вчера": -1, "данас": 0, "сутра": 1, "јуче": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_CLOCK_WORD = r"(?i:часа|часът|часова|час|ч\.|сати|сат)"
_FORMS = {
    # "в петък, 5 септември 2025 г.", "5 Септември, 2025", "понедељак, 18. март": a day
    "d": (rf"(?:(?i:в|във|на|у)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\.?\s*(?P<dm>{_MONTH})(?!\w)(?:,?\s+(?P<dy>{YEAR_NUMBER})(?:\s*(?i:г)\.|\.|\b))?"),
    # "в 9:00 часа", "от 10 до 12 часа", "у 11 часова": a clock before the word that says it is one
    "t": (rf"(?:(?i:в|от|у|од|около)\s+)?(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:до))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?"
          rf"\s*{_CLOCK_WORD}(?!\w)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def cyrillic_mentions(text: str) -> list[Mention]:
    """The Bulgarian and Serbian (Cyrillic) date and time mentions of `text`, in order (only a text written in
    Cyrillic is read)."""
    if _CYRILLIC.search(text) is None:
        return []
    return [m for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None]


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    if match.group()[0].isdigit() and not groups["tm"] and not groups["uh"] \
            and not hour_opens_a_row(match):
        # "ще продължи 3 часа", "на всеки 2 часа": a length or a rule; "в 11 часа", "14.00 ч." are clocks, and so is
        # a programme's row that opens with its hour ("10 часа – откриване")
        return None
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
