"""Bulgarian, Serbian, Russian and Ukrainian (Cyrillic) dates and times, read into the same mentions as the English
grammar. Pure.

    days     5 септември 2025 · 5 Септември, 2025 · в петък, 5 септември · 18. март 2024. · понедељак, 18. марта
    pairs    25 и 29 апреля · 3 і 10 березня (each a day of the month named after the second)
    spans    15–16 сентября · с 15 по 16 сентября 2025 года · від 3 до 5 березня · од 3. до 5. марта
             в пятницу, 15 сентября 2023 года · у п'ятницю, 15 вересня 2023 року
    times    в 9:00 часа · от 14.00 ч. · в 11 часа · от 10 до 12 часа · у 11 часова · у 10 сати · в 11:00
             с 15:35 до 15:55 · о 10:00 · з 10:00 до 12:00 · в 11 часов · о 10 годині
    relative днес · утре · вчера · данас · сутра · јуче · сегодня · завтра · сьогодні · вчора

The month follows the day's number (Serbian puts a dot after it); a year may follow, after a comma, with "г." or a
dot. A clock says it is one by the word after it ("часа", "ч.", "часова", "сати"). dates.find_mentions lays these
over the mentions the other grammars found in the same text, the longer reading of the same words winning.
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
    script_mentions,
    today_word,
    two_days_of_a_month,
)
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    # Bulgarian
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Serbian, nominative and genitive
    "јануар": 1, "јануара": 1, "фебруар": 2, "фебруара": 2, "марта": 3, "априла": 4, "мај": 5, "маја": 5,
    "јун": 6, "јуна": 6, "јул": 7, "јула": 7, "августа": 8, "септембар": 9, "септембра": 9, "октобар": 10,
    "октобра": 10, "новембар": 11, "новембра": 11, "децембар": 12, "децембра": 12,
    # Russian, genitive and nominative
    "января": 1, "февраля": 2, "апреля": 4, "мая": 5, "мае": 5, "июня": 6, "июля": 7, "сентября": 9, "октября": 10,
    "ноября": 11, "декабря": 12, "январь": 1, "февраль": 2, "апрель": 4, "июнь": 6, "июль": 7, "сентябрь": 9,
    "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # Ukrainian, genitive and nominative
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12, "січень": 1, "лютий": 2, "березень": 3, "квітень": 4,
    "травень": 5, "червень": 6, "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11,
    "грудень": 12,
}  # fmt: skip
WEEKDAYS = {
    "понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5, "неделя": 6,
    "понедељак": 0, "уторак": 1, "среда": 2, "среду": 2, "четвртак": 3, "субота": 5, "суботу": 5, "недеља": 6,
    "недељу": 6,
    # Russian and Ukrainian, said alone and after "в", "у" ("в пятницу", "у п'ятницю")
    "понедельник": 0, "четверг": 3, "пятница": 4, "пятницу": 4, "суббота": 5, "субботу": 5, "воскресенье": 6,
    "понеділок": 0, "вівторок": 1, "середа": 2, "середу": 2, "четвер": 3, "п'ятниця": 4, "п'ятницю": 4,
    "п’ятниця": 4, "п’ятницю": 4, "неділя": 6, "неділю": 6,
}  # fmt: skip
PUBLISHED = {"днес": 0, "утре": 1, "вчера": -1, "данас": 0, "сутра": 1, "јуче": -1, "сегодня": 0, "завтра": 1,
             "сьогодні": 0, "вчора": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
# The year before the day in Uzbek and Kazakh, with the word for year ("2020 йил 24 март", "2020 йилнинг 24 марти",
# "2024 жылғы 5 сентябрь"): the Russian months, which the Cyrillic Uzbek writes too, follow it.
_YEAR_FIRST = rf"(?:(?P<dy0>{YEAR_NUMBER})(?:\s*-\s*|\s+)(?i:йилнинг|йили|йил|жылғы|жылы|жылдын)\s+)"
_CLOCK_WORD = r"(?i:часа|часът|часова|часов|час|ч\.|сати|сат|годині|години|год\.)"
_FORMS = {
    # "15–16 сентября", "с 15 по 16 сентября 2025 года", "від 3 до 5 березня", "од 3. до 5. марта": two days of a month
    # (not after "№": "Заседание № 3 — 15 марта" is the third sitting, on 15 March)
    "s": (rf"(?<!№)(?<!№\s)(?:(?i:с|со|від|з|од|от)\s+)?"
          rf"(?P<s1d>{_DAY})\.?\s*(?:[-–—]|(?i:по|до))\s*(?P<s2d>{_DAY})\.?\s*"
          rf"(?P<s2m>{_MONTH})(?!\w)(?:,?\s+(?P<s2y>{YEAR_NUMBER})(?:\s*(?i:г|р)\.|\s+(?i:года|году|року)(?!\w)|\.|\b))?"),
    # "25 и 29 апреля", "3 і 10 березня", "5 и 12. марта": a day joined by "and" to a later day of a month is a day of
    # that month (read alone: the later day, with its month, is read after it)
    # (not a number after "№", "приказ № 5 и 6 мая", as the span's form refuses it)
    "a": (rf"(?<!№)(?<!№\s)(?P<ad>{_DAY})\.?(?=(?:\s*,\s*{_DAY}\.?)*\s+(?i:и|і|та)\s+{_DAY}\.?\s*(?P<am>{_MONTH})(?!\w)"
          rf"(?:,?\s+(?P<ay>{YEAR_NUMBER})(?!\d))?)"),
    # "в петък, 5 септември 2025 г.", "5 Септември, 2025", "понедељак, 18. март": a day
    # ("2020 йил 24 март", the Uzbek and Kazakh year before the day, with its word for year: "йил", "жылғы")
    "d": (rf"(?:(?i:в|във|во|на|у)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?{_YEAR_FIRST}?"
          rf"(?P<dd>{_DAY})\.?\s*(?P<dm>{_MONTH})(?!\w)(?:,?\s+(?P<dy>{YEAR_NUMBER})(?:\s*(?i:г|р)\.|\s+(?i:года|году|року)(?!\w)|\.|\b))?"),
    # "в 9:00 часа", "от 10 до 12 часа", "у 11 часова": a clock before the word that says it is one
    # ("в 11:00", "с 15:35 до 15:55", "о 10:00": a clock with its minutes after a preposition needs no word)
    "t": (rf"(?P<at>(?i:в|во|от|у|од|около|с|со|о|об|з|від)\s+)?(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:до))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?"
          rf"(?:\s*(?P<word>{_CLOCK_WORD})(?!\w))?(?![\d.,:]?\d)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def cyrillic_mentions(text: str) -> list[Mention]:
    """The Bulgarian and Serbian (Cyrillic) date and time mentions of `text`, in order (only a text written in
    Cyrillic is read)."""
    return script_mentions(text, _CYRILLIC, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return two_days_of_a_month(_day, groups, span)
    if form == "d":
        return one_day(_day, {**groups, "dy": groups["dy"] or groups["dy0"]}, span)
    if form == "a":
        return first_of_a_pair(_day, match)
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    if not groups["word"] and not (groups["at"] and groups["tm"]):
        return None  # "в 2023", "у 5": a number; "в 11:00", "в 11 часов" are clocks
    if match.group()[0].isdigit() and not groups["tm"] and not groups["uh"] \
            and not hour_opens_a_row(match):
        # "ще продължи 3 часа", "на всеки 2 часа": a length or a rule; "в 11 часа", "14.00 ч." are clocks, and so is
        # a programme's row that opens with its hour ("10 часа – откриване")
        return None
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

