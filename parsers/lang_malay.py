"""Malay and Indonesian dates and times, read into the same mentions as the English grammar. Pure.

    days     4 Januari 2026 · Isnin, 5 Januari 2026 · hari Rabu, 17 Ogos · 3 Maret 2025 · Selasa (4/3)
    spans    26 hingga 28 November 2018 · dari 2 sampai 4 Disember · 16 sampai dengan 18 November 2019
             31 Januari hingga 1 Februari 2024
    weekdays pada hari Isnin · esok Isnin · besok Senin
    relative hari ini · esok · besok · lusa · semalam · kemarin
    times    11.30 pagi · pukul 9 malam · pada 3 petang · pukul 14.00 WIB · jam 10.00

dates.find_mentions lays them over the mentions the other grammars found in the same text, the longer
reading of the same words winning ("11.30 pagi" is one time, not the English grammar's "11.30").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, gated_mentions, named_day, one_day, parts, span_of_openings
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention, day_part

MONTHS = {
    "januari": 1, "februari": 2, "mac": 3, "maret": 3, "april": 4, "mei": 5, "jun": 6, "juni": 6, "julai": 7,
    "juli": 7, "ogos": 8, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "disember": 12,
    "desember": 12,
}  # fmt: skip
WEEKDAYS = {
    "isnin": 0, "senin": 0, "selasa": 1, "rabu": 2, "khamis": 3, "kamis": 3, "jumaat": 4, "jumat": 4,
    "sabtu": 5, "ahad": 6,
}  # fmt: skip
# Days counted from the publication date: today, tomorrow, the day after, yesterday.
# Days counted from the day the text speaks of: the next day, the day after, the day before.
FROM_CONTEXT = {"keesokan harinya": 1, "keesokan hari": 1, "keesokan paginya": 1, "esok harinya": 1,
                "hari berikutnya": 1, "sehari kemudian": 1, "sehari setelahnya": 1, "sehari sesudahnya": 1,
                "sehari sebelumnya": -1}
PUBLISHED = {"hari ini": 0, "esok": 1, "besok": 1, "lusa": 2, "semalam": -1, "kelmarin": -1, "kemarin": -1}
# The part of the day after an hour: whether it is before or after noon ("3 petang" is 15:00).
_PARTS = {"pagi": "am", "tengah hari": "noon", "tengahari": "noon", "petang": "pm", "sore": "pm", "malam": "night"}
_ZONES = "WIB|WITA|WIT|MYT"


_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
_FORMS = {
    # "26 hingga 28 November 2018", "dari 2 sampai 4 Disember": a span (found before its days)
    # (Indonesian also joins the days with "sampai dengan", "s.d." or "s/d": "16 sampai dengan 18 November 2019")
    # ("31 Januari hingga 1 Februari 2024": the first day with its own month, across the turn of a month; "31 Januari
    # 2024 hingga 1 Februari 2024", and its own year)
    "s": (rf"(?:(?i:dari|pada)\s+)?(?P<s1d>{_DAY})(?:\s+(?P<s1m>{_MONTH})(?:\s+(?P<s1y>{_YEAR}))?)?\s*"
          rf"(?:-|–|(?i:hingga|sehingga|sampai\s+dengan|sampai|s\.\s?d\.|s/d))"
          rf"\s*(?P<s2d>{_DAY})"
          rf"\s+(?P<s2m>{_MONTH})\b(?:\s+(?P<s2y>{_YEAR})\b)?"),
    # "Isnin, 5 Januari 2026", "hari Rabu, 17 Ogos", "4 Januari 2026"
    # ("Sabtu tanggal 2 Desember 2023": Indonesian may put the word for date between the weekday and its day)
    "d": (rf"(?:(?:(?i:pada)\s+)?(?:(?i:hari)\s+)?(?P<dw>{_WEEKDAY}),?\s+(?:(?i:tanggal|tgl\.?)\s+)?)?"
          rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})\b"
          rf"(?:\s+(?P<dy>{_YEAR})\b)?"),
    # "Selasa (4/3)": the Indonesian press's weekday and, in brackets, its day and month, day first, with no year
    # (the year is the weekday's to settle; "Kamis (21/8/2025)", with its year, is the numeric grammar's). The
    # mention is the bracket's date, so that "ujar ..., Kamis (3/7)" stays the day of a saying (saidtoday).
    # ("pada Sabtu (7/10)": after the word that makes a weekday a day, read here, not as a bare weekday)
    # ("pada Selasa, (28/5)": a comma may part the weekday from its bracket)
    "b": (rf"(?:(?i:pada|hari)\s+(?:(?i:hari)\s+)?)?(?P<bw>{_WEEKDAY})"
          rf",?\s*\(\s*(?P<bd>{_DAY})/(?P<bm>1[0-2]|0?[1-9])\s*\)"),
    # "pada hari Isnin", "esok Isnin": a weekday after a word that makes it a day (a bare "Rabu" may be a name)
    "w": rf"(?i:pada|hari|esok|besok)\s+(?:(?i:hari)\s+)?(?P<ww>{_WEEKDAY})\b",
    # "11.30 pagi", "pukul 9 malam", "pukul 14.00 WIB", "jam 10.00": a clock with its part of the day, its zone or
    # the word for o'clock
    # ("terbang 5 jam 10 menit": hours and minutes of a length, after a number and before "menit", no clock)
    "t": (rf"(?:(?P<lead>(?i:pukul|jam))\s+)?(?P<th>[01]?\d|2[0-3])(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?!\s+(?i:menit|minit)\b)(?:\s+(?P<tp>(?i:{alternatives(_PARTS)}))\b|\s+(?P<tz>{_ZONES})\b|(?<=\d)(?=[\s,.;)]|$))"),
    # "keesokan harinya", "hari berikutnya", "sehari sebelumnya": a day counted from the day in context, not from the
    # publication date (found before "esok" alone, which is)
    "x": rf"(?P<xr>(?i:{alternatives(FROM_CONTEXT)}))\b",
    # "hari ini", "esok", "besok": a day counted from the publication date
    "p": rf"(?P<pub>(?i:{alternatives(PUBLISHED)}))\b",
}
GRAMMAR = compile_forms(_FORMS)
# A verb of saying before "hari ini" in its sentence ("kata Loke ... di sini hari ini"): the day it was said.
# ("yang bercakap kepada pemberita di Seri Negeri hari ini", "memberitahu wartawan ... hari ini": spoke, told the
# press; "kepada pemberita", "kepada wartawan": to the reporters, whoever spoke)
_SAID = re.compile(r"\b(?i:kata|katanya|berkata|ujar|ujarnya|jelasnya|menurutnya|ucapnya|bercakap|memberitahu"
                   r"|kepada\s+(?:para\s+)?(?:pemberita|wartawan))\b[^.!?]*$")
_SAID_REACH = 100  # characters before "hari ini" where its verb of saying stands
# A word of what is to come at the verb of saying or after it ("akan bercakap kepada pemberita hari ini", "sidang media
# kepada wartawan akan diadakan hari ini"): a talk to the press still to be given, today its day.
_TO_COME = re.compile(r"\b(?i:akan|bakal|dijadual|dijadualkan|dijangka)\b")
# Only a text with one of these words is read: most texts are English and pay a few substring searches.
_HINT_WORDS = ("januari", "februari", "maret", " mac ", " jun ", "julai", "ogos", "agustus", "disember", "desember",
               "pukul", "pada ", "esok", "besok", "lusa", "semalam", "kelmarin", "kemarin", "isnin", "senin", "selasa",
               "rabu", "khamis", "kamis", "jumaat", "jumat", "sabtu", "ahad", " pagi", "petang", "malam", "tengah",
               " sore", "hari ini", " mei ", "berikutnya", "sehari")


def malay_mentions(text: str) -> list[Mention]:
    """The Malay and Indonesian date and time mentions of `text`, in order."""
    # Words of ASCII letters: looked for in the text folded to ASCII, one byte a character, which the clock words'
    # gate (spokenclock) asks for next.
    return [m for found in gated_mentions(text, _HINT_WORDS, None, GRAMMAR, _mentions) for m in found]


def _mentions(match: re.Match[str]) -> tuple[Mention, ...] | None:
    """The mention of a match, or the two days of a span that is none (across the turn of a year, or of two years)."""
    if match.lastgroup == "f_s" and match.group("s1m"):
        _, groups, span = parts(match)
        across = span_of_openings(_day, groups, span) if groups["s1y"] in (None, groups["s2y"]) else None
        if across is None:  # "30 Disember hingga 3 Januari": across the turn of a year, read as its two days (as
            # mentions.ordered_span has it), each its own mention: the span's match took both from the form "d"
            return tuple(m for m in (_day_of(match, "s1d", "s1m", "s1y"), _day_of(match, "s2d", "s2m", "s2y")) if m)
        return (across,)
    mention = _mention(match)
    return (mention,) if mention is not None else None


def _day_of(match: re.Match[str], day: str, month: str, year: str) -> Mention | None:
    """The day of a span's groups `day`, `month` and `year`, a mention of its own."""
    end = match.end(year) if match.group(year) else match.end(month)
    groups = {"dd": match.group(day), "dm": match.group(month), "dy": match.group(year), "dw": None}
    return one_day(_day, groups, (match.start(day), end, match.string[match.start(day) : end]))


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "b":
        if _restated(match.string, match.start(), int(groups["bd"]), int(groups["bm"])):
            return None  # "Sawahlunto, 3 Juli 2025 — ..., Kamis (3/7), ...": the dateline's day told again
        day = day_part(groups["bd"], int(groups["bm"]), None, WEEKDAYS[groups["bw"].lower()])
        start, end = match.start("bd"), match.end("bm")
        return Mention("day", start, end, match.string[start:end], first=day) if day else None
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    if form == "x":
        return Mention("relative", *span, offset=FROM_CONTEXT[" ".join(groups["xr"].lower().split())])
    if form == "p":
        said = " ".join(groups["pub"].lower().split())
        if groups["pub"][0].isupper() and said not in ("esok", "besok", "hari ini"):
            return None  # "Semalam" inside a sentence: a name, not yesterday
        if said == "hari ini" and _said_before(match.string, match.start()):
            return None  # "..., kata Loke ketika berucap di sini hari ini": the day of the saying, not of the news
        return Mention("published", *span, offset=PUBLISHED[said])
    return _time(match, groups, span)


def _said_before(text: str, at: int) -> bool:
    """Is the "hari ini" at `at` the day of a saying told before it in its sentence, not of a talk to come?"""
    saying = _SAID.search(text, max(0, at - _SAID_REACH), at)
    if saying is None:
        return False
    verb = _TO_COME.search(text, max(0, saying.start() - len("dijadualkan ")), at)
    return verb is None


def _time(match: re.Match[str], groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention | None:
    """"11.30 pagi", "pukul 9 malam", "pukul 14.00 WIB": a clock time; None where the text does not say which
    half of the day it is (a bare "9") or it is no clock at all (a number)."""
    hour, minute = int(groups["th"] or 0), int(groups["tm"] or 0)
    part = _PARTS.get(" ".join((groups["tp"] or "").lower().split()), "")
    if not (part or groups["tz"] or groups["lead"]):
        return None  # "2026" or "11.30" alone: the English grammar reads what it can
    if not part and not groups["tm"] and hour < 7:
        return None  # "pukul 5": morning or evening, the text does not say
    afternoon = part == "pm" and hour < 12 or part == "noon" and hour < 11  # "3 petang", "1 tengah hari"
    if afternoon or (part == "night" and 6 <= hour < 12):  # "8 malam"
        hour += 12
    elif part in ("am", "night") and hour == 12:
        hour = 0
    return Mention("time", *span, time=dt.time(hour, minute), zone=groups["tz"] or "")


_DAY_AND_MONTH = re.compile(rf"\b(?P<d>{_DAY})\s+(?P<m>{_MONTH})\b")


def _restated(text: str, at: int, day: int, month: int) -> bool:
    """Does the line before `at` give that day of that month in words ("3 Juli 2025"), a dateline's day that the
    bracket after a weekday only repeats?"""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return any(int(m.group("d")) == day and MONTHS[m.group("m").lower()] == month
               for m in _DAY_AND_MONTH.finditer(line))


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
