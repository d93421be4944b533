"""Thai dates and times, read into the same mentions as the English grammar. Pure.

    days     20 กันยายน · วันที่ 20 กันยายน 2566 · 20 ก.ย. 66 · วันที่ 20 กันยายน พ.ศ. 2566 · 20 กันยายน ค.ศ. 2023
    spans    วันที่ 20-23 กันยายน · ระหว่างวันที่ 20 - 23 กันยายน 2566
    times    เวลา 10.00 น. · 14:30 น.
    past     เมื่อวันที่ 18 กันยายน · เมื่อบ่ายวันที่ 18 กันยายน ("when", told of a day gone by: no mention)

Thai writes the day's number before the month's name (or its abbreviation with stops, "ก.ย."), the year after it in
the Buddhist era (2566 is 2023) unless "ค.ศ." says the common era, and an hour as "10.00 น." ("นาฬิกา"). Words are not
spaced, so the forms look for the numbers and names themselves. dates.find_mentions lays these mentions over those
the other grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, parts
from parsers.mentions import DAY_NUMBER, Mention, day_part, ordered_span

MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6, "กรกฎาคม": 7,
    "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9,
    "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}  # fmt: skip
_MONTH = f"(?:{alternatives(MONTHS)})"
_DAY = DAY_NUMBER
# The year after the month: the Buddhist era's ("2566", "พ.ศ. 2566", the short "66" after an abbreviated month) or the
# common era's after "ค.ศ." ("ค.ศ. 2023").
_YEAR = r"(?:\s*(?:(?P<{0}ce>ค\.ศ\.)\s*(?P<{0}y>(?:19|20)\d\d)|(?:พ\.ศ\.\s*)?(?P<{0}b>25\d\d)))?(?!\d)"
_DATE_WORD = r"(?:(?:ระหว่าง|ตั้งแต่)?\s*วันที่\s*)?"  # "วันที่" (the day), "ระหว่างวันที่" (between), "ตั้งแต่วันที่" (from)
_FORMS = {
    # "วันที่ 20-23 กันยายน 2566": two days of one month (found before its days)
    "s": rf"{_DATE_WORD}(?P<s1>{_DAY})\s*[-–]\s*(?P<s2>{_DAY})\s*(?P<sm>{_MONTH}){_YEAR.format('s')}",
    # "วันที่ 20 กันยายน 2566", "20 ก.ย.": a day
    "d": rf"{_DATE_WORD}(?P<dd>{_DAY})\s*(?P<dm>{_MONTH}){_YEAR.format('d')}",
    # "เวลา 10.00 น.", "14:30 น.": an hour and its minutes before "น." (of the clock)
    "t": r"(?:เวลา\s*)?(?P<th>[01]?\d|2[0-3])[.:](?P<tm>[0-5]\d)\s*(?:น\.|นาฬิกา)",
}
GRAMMAR = compile_forms(_FORMS)
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# "เมื่อวันที่ 18 กันยายน", "เมื่อบ่ายวันที่ 18": "when" with a part of the day, the way Thai news dates what was done
_PAST_BEFORE = re.compile(r"เมื่อ(?:บ่าย|เช้า|เย็น|ค่ำ|คืน|ช่วง\S{0,6})?\s*(?:วันที่)?\s*$")
_PAST_REACH = 20
_BUDDHIST_ERA = 543
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_mentions(text: str) -> list[Mention]:
    """The Thai date and time mentions of `text`, in order (only a text in Thai script is read)."""
    if _THAI.search(text) is None:
        return []
    # ("๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๖", "เวลา ๐๙:๓๐ น.": an official text's Thai digits, read as the figures they are; one
    # character for one, so every mention keeps its place in the text)
    return [m for match in GRAMMAR.finditer(text.translate(_THAI_DIGITS)) if (m := _mention(match)) is not None]


def _year(groups: dict[str, str | None], form: str) -> str | None:
    """The year in the common era, from the Buddhist era's where the text counts in it."""
    if groups.get(f"{form}y"):
        return groups[f"{form}y"]
    buddhist = groups.get(f"{form}b")
    return str(int(buddhist) - _BUDDHIST_ERA) if buddhist else None


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form != "t" and _PAST_BEFORE.search(match.string, max(0, match.start() - _PAST_REACH), match.start()):
        return None  # a day gone by, told after "เมื่อ"
    if form == "s":
        month, year = MONTHS[groups["sm"]], _year(groups, "s")
        return ordered_span(span, day_part(groups["s1"], month, year, None), day_part(groups["s2"], month, year, None))
    if form == "d":
        day = day_part(groups["dd"], MONTHS[groups["dm"]], _year(groups, "d"), None)
        return Mention("day", *span, first=day) if day else None
    return Mention("time", *span, time=dt.time(int(groups["th"]), int(groups["tm"])))
