"""Georgian dates, read into the same mentions as the English grammar. Pure.

    days     27 აპრილს · 2021 წლის 27 აპრილს · 3 მაისი · ოთხშაბათი, ნოემბერი 20, 2024
    spans    27-29 აპრილს · 2021 წლის 27-29 აპრილს

The month follows the day's number, in the nominative ("აპრილი"), the dative that says "on" ("აპრილს") or the
genitive ("აპრილის"); the year comes first, in the genitive ("2021 წლის", of the year 2021). dates.find_mentions
lays these over the mentions the other grammars found in the same text.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, named_day, one_day, parts, script_mentions, span_of_openings
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention

_STEMS = ("იანვარ", "თებერვალ", "მარტ", "აპრილ", "მაის", "ივნის", "ივლის", "აგვისტო", "სექტემბერ", "ოქტომბერ",
          "ნოემბერ", "დეკემბერ")
# Each month's nominative ("აპრილი"), dative ("აპრილს") and genitive ("აპრილის"); "აგვისტო" ends in a vowel of its
# own (nominative "აგვისტო", dative and genitive "აგვისტოს").
MONTHS = {stem + ending: number for number, stem in enumerate(_STEMS, 1)
          for ending in (("", "ს") if stem.endswith("ო") else ("ი", "ს", "ის"))}
# (the genitive drops the last syllable's vowel of the months in -არ, -ალ and -ერ: "იანვრის", "თებერვლის",
# "ოქტომბრის", the council "of 10 October", not "ოქტომბერის")
MONTHS |= {stem[:-2] + stem[-1] + "ის": number for number, stem in enumerate(_STEMS, 1)
           if stem.endswith(("არ", "ალ", "ერ"))}
_MONTH = rf"(?:{alternatives(MONTHS)})"
_DAY = DAY_NUMBER
# The days of the week, Monday first and 0 ("ორშაბათი", the day after Sunday, "კვირა"), in the nominative.
WEEKDAYS = {name: number for number, name in enumerate(
    ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"))}
_WEEKDAY = rf"(?:{alternatives(WEEKDAYS)})"


def _year(group: str) -> str:
    """The year a date may open with, in the genitive ("2021 წლის"), in the group named `group`."""
    return rf"(?:(?P<{group}>{YEAR_NUMBER})\s+წლის\s+)?"


_FORMS = {
    # "2021 წლის 27-29 აპრილს": a span of days of one month (found before its days)
    "s": (_year("s2y") + rf"(?P<s4d>{_DAY})\s*[-–]\s*(?P<s2d>{_DAY})\s+(?P<s2m>{_MONTH})(?![\u10d0-\u10ff])"),
    # "2021 წლის 27 აპრილს", "3 მაისი": a day
    "d": (_year("dy") + rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})(?![\u10d0-\u10ff])"),
    # "ოთხშაბათი, ნოემბერი 20, 2024", "ნოემბერი 20, 2024": the month in the nominative first, then the day and,
    # after a comma, the year, as news sites date a page (the English "Wednesday, November 20, 2024" in Georgian
    # words); only with its year ("ნოემბერი 20" alone is no such stamp)
    "f": (rf"(?:(?P<fw>{_WEEKDAY}),?\s+)?(?<![\u10d0-\u10ff])(?P<fm>{_MONTH})\s+(?P<fd>{_DAY}),\s*"
          rf"(?P<fy>{YEAR_NUMBER})(?!\d)"),
}
GRAMMAR = compile_forms(_FORMS)
_GEORGIAN = re.compile(r"[\u10d0-\u10ff]")


def georgian_mentions(text: str) -> list[Mention]:
    """The Georgian date mentions of `text`, in order (only a text in the Georgian script is read)."""
    return script_mentions(text, _GEORGIAN, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, groups, span)
    if form == "f":
        return one_day(_day, {"dd": groups["fd"], "dm": groups["fm"], "dy": groups["fy"], "dw": groups["fw"]}, span)
    return one_day(_day, {**groups, "dw": None}, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
