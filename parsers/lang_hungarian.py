"""Hungarian dates and times, read into the same mentions as the English grammar. Pure.

    days     2023. szeptember 15. · szeptember 15-én · 2023. szeptember 15-én, pénteken · szept. 15.
    spans    május 2-től 5-ig
    times    11 órakor · 10:30-kor · 10.30 órától · 10 órától 12 óráig · 14 óra 30 perckor
    relative ma · holnap · tegnap (not read: "ma" is a word of too many languages)

The year comes first, with a full stop, then the month and the day, which takes a full stop or a case ending after a
hyphen ("15-én": on the 15th, "15-ig": until, "15-től": from). A clock takes "óra" or "órakor" after it, or a case
ending after a hyphen ("10:30-kor": at).
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.gate import holds_any
from parsers.langgrammar import clock_range, compile_forms, named_day, one_day, parts, script_mentions, span_of_openings
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
# a day's ending: a full stop, or a case after a hyphen ("15-én": on the 15th, "15-től": from; "15-ig", until, is an
# end, no day of its own)
_DAY_END = r"(?:-(?P<case>án|én|jén|ján|ától|étől|tól|től|ig|a|e|i|ai|ei|je|ja)(?!\w)|\.(?!\d))"
_FORMS = {
    # "május 2-től 5-ig", "2026. május 2-től 5-ig": a span of days of one month
    "s": (rf"(?:(?P<s2y>{YEAR_NUMBER})\.\s*)?(?P<s2m>{_MONTH})(?:(?<!\.)\.)?\s*(?P<s1d>{_DAY})-(?:tól|től|ától|étől)"
          rf"\s+(?P<s2d>{_DAY})-ig(?!\w)"),
    # "2023. szeptember 15-én, pénteken", "szeptember 15.": a day (year, month, day; the weekday after, or before)
    "d": (rf"(?:(?P<dw>{_WEEKDAY}),?\s+)?(?:(?P<dy>{YEAR_NUMBER})\.\s*)?(?P<dm>{_MONTH})(?:(?<!\.)\.)?\s*(?P<dd>{_DAY})"
          rf"{_DAY_END}(?:,?\s+(?P<dw2>{_WEEKDAY})(?!\w))?"),
    # "11 órakor", "10:30-kor", "10 órától 12 óráig", "14 óra 30 perckor", "10.30-tól": a clock (a bare "2 óra" is
    # as often two hours; "18-tól" a count's start)
    "t": (rf"(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?P<word>(?i:órakor|órától|óráig|órai))(?!\w)"
          rf"|\s+(?i:óra)\s+(?P<pm>[0-5]?\d)\s+(?i:perckor|perctől|perc)(?!\w)"
          rf"|-(?P<kor>kor)(?!\w)|(?<=\d[.:]\d\d)-(?:tól|től|ig)(?!\w))"
          rf"(?:(?:\s*(?:[-–]|(?i:és))\s*|(?<=órától)\s+)(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?(?:\s*(?i:óráig|óra))?)?"),
}
GRAMMAR = compile_forms(_FORMS)
# Letters Hungarian writes in nearly every sentence (ő, ű), or its words.
_HUNGARIAN = re.compile(r"[őűŐŰ]|(?<!\w)(?:és|egy|lesz|között|miniszter|ülés|ülése|ülését|ülésén|napján|bizottság"
                        r"|rendezvény|tart|kerül|sor|órakor|órától|tájékoztató|sajtótájékoztató|találkozó)(?!\w)")


# What every match of _HUNGARIAN holds, as written (it reads no case but its own): a text without any is not searched.
# The search tries each position of a text and fails on nearly every one; these are a few substring scans (a third of
# the texts hold one, "start" or "sponsor" among them, and are searched).
_HUNGARIAN_NEEDLES = ("ő", "ű", "Ő", "Ű", "és", "egy", "lesz", "között", "miniszter", "ülés", "napján", "bizottság",
                      "rendezvény", "tart", "kerül", "sor", "órakor", "órától", "tájékoztató", "találkozó")


def hungarian_mentions(text: str) -> list[Mention]:
    """The Hungarian date and time mentions of `text`, in order (only a text with Hungarian words is read)."""
    if not holds_any(text, _HUNGARIAN_NEEDLES):
        return []
    return script_mentions(text, _HUNGARIAN, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, {**groups, "s1m": None, "s4d": None}, span)
    if form == "d":
        if groups["case"] == "ig":
            return None  # "október 10-ig": until then, a bound, no day of its own
        return one_day(_day, {**groups, "dw": groups["dw"] or groups["dw2"]}, span)
    hour, minute = int(groups["th"]), int(groups["tm"] or groups["pm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
