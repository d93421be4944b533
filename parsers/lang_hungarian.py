"""Hungarian dates and times, read into the same mentions as the English grammar. Pure.

    days     2023. szeptember 15. · szeptember 15-én · 2023. szeptember 15-én, pénteken · szept. 15.
    times    11 órakor · 10:30-kor · 10.30 órától · 9 és 12 óra között · 14 óra
    relative ma · holnap · tegnap (not read: "ma" is a word of too many languages)

The year comes first, with a full stop, then the month and the day, which takes a full stop or a case ending after a
hyphen ("15-én": on the 15th, "15-ig": until, "15-től": from). A clock takes "óra" or "órakor" after it, or a case
ending after a hyphen ("10:30-kor": at).
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, named_day, one_day, parts
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7, "augusztus": 8,
    "szeptember": 9, "október": 10, "november": 11, "december": 12,
    "jan.": 1, "febr.": 2, "márc.": 3, "ápr.": 4, "máj.": 5, "jún.": 6, "júl.": 7, "aug.": 8, "szept.": 9,
    "okt.": 10, "nov.": 11, "dec.": 12,
}  # fmt: skip
WEEKDAYS = {
    "hétfő": 0, "hétfőn": 0, "kedd": 1, "kedden": 1, "szerda": 2, "szerdán": 2, "csütörtök": 3, "csütörtökön": 3,
    "péntek": 4, "pénteken": 4, "szombat": 5, "szombaton": 5, "vasárnap": 6,
}  # fmt: skip

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_DAY_END = r"(?:-(?:án|én|jén|ján|ától|étől|tól|től|ig|a|e|i|ai|ei|je|ja)(?!\w)|\.(?!\d))"
_FORMS = {
    # "2023. szeptember 15-én, pénteken", "szeptember 15.": a day (year, month, day; the weekday after, or before)
    "d": (rf"(?:(?P<dw>{_WEEKDAY}),?\s+)?(?:(?P<dy>{YEAR_NUMBER})\.\s*)?(?P<dm>{_MONTH})(?:(?<!\.)\.)?\s*(?P<dd>{_DAY})"
          rf"{_DAY_END}(?:,?\s+(?P<dw2>{_WEEKDAY})(?!\w))?"),
    # "11 órakor", "10:30-kor", "9 és 12 óra között", "10.30 órától": a clock
    "t": (rf"(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:és))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?"
          rf"(?:\s*(?P<word>(?i:órakor|órától|óráig|óra|órai))(?!\w)|-(?P<case>kor|tól|től|ig)(?!\w))"),
}
GRAMMAR = compile_forms(_FORMS)
# Letters Hungarian writes in nearly every sentence (ő, ű), or its words.
_HUNGARIAN = re.compile(r"[őűŐŰ]|(?<!\w)(?i:és|az|egy|lesz|óra|órakor|között|miniszter|ülés|ülése|ülését|ülésén"
                        r"|napján|bizottság)(?!\w)")


def hungarian_mentions(text: str) -> list[Mention]:
    """The Hungarian date and time mentions of `text`, in order (only a text with Hungarian words is read)."""
    if _HUNGARIAN.search(text) is None:
        return []
    return [m for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None]


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        groups = {**groups, "dw": groups["dw"] or groups["dw2"]}
        return one_day(_day, groups, span)
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
