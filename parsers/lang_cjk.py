"""Chinese and Japanese dates and times, read into the same mentions as the English grammar. Pure.

    days     2024年5月15日 · 5月15日（星期三） · 5月15日(水) · 令和6年5月15日 · 5月15日至17日
    times    下午3时 · 上午10时30分 · 晚上8点半 · 午後3時 · 15時30分 · 上午9时至11时

Both write a day as its month's number and "月", then its day's number and "日" (Chinese also "号"), the year before
them with "年" (Japanese may count it in the emperor's era, 令和 from 2019, 平成 from 1989); an hour as its number
and "时"/"時"/"点", after the part of the day ("上午", "午前": before noon; "下午", "午後", "晚上": after it). A
weekday may follow in brackets, "（星期三）" or "(水)". dates.find_mentions lays these mentions over those the other
grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.langgrammar import compile_forms, parts
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention, day_part, ordered_span

_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = DAY_NUMBER
# The year: its figures, or the era and the year of it ("令和6年": the sixth year of Reiwa, 2024)
_YEAR = rf"(?:(?P<{{0}}y>{YEAR_NUMBER})|(?P<{{0}}e>令和|平成)(?P<{{0}}n>元|\d{{{{1,2}}}}))\s*年\s*"
_ERAS = {"令和": 2018, "平成": 1988}  # the year before the era's first
# A weekday in brackets after the day: Chinese "（星期三）", "(周三)", Japanese "（水）", "(水曜日)"
_WEEKDAY = (r"(?:\s*[（(]\s*(?:(?:星期|礼拜|周|週)(?P<{0}c>[一二三四五六日天])|(?P<{0}j>[月火水木金土日])(?:曜日?)?)"
            r"\s*[）)])?")
_CHINESE_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_JAPANESE_WEEKDAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
_DAY_END = r"\s*[日号號](?!本)"  # (not "日本", Japan, after a figure: "5月日本")
_TO = r"\s*(?:至|到|～|〜|~|-|－|—)\s*"
_FORMS = {
    # "5月15日至17日", "2024年5月15日至17日": two days of one month (found before its days)
    "s": (rf"(?:{_YEAR.format('s')})?(?P<sm>{_MONTH})\s*月\s*(?P<s1>{_DAY}){_DAY_END}{_TO}(?P<s2>{_DAY}){_DAY_END}"),
    # "2024年5月15日", "5月15日（星期三）", "令和6年5月15日(水)": a day
    "d": (rf"(?:{_YEAR.format('d')})?(?P<dm>{_MONTH})\s*月\s*(?P<dd>{_DAY}){_DAY_END}{_WEEKDAY.format('d')}"),
    # "下午3时", "上午10时30分", "晚上8点半", "午後3時", "15時30分", "上午9时至11时": an hour, after noon when the part
    # of the day says so
    "t": (r"(?:(?P<tp>上午|下午|晚上|中午|早上|凌晨|傍晚|午前|午後|夜)\s*)?(?P<th>[01]?\d|2[0-3])\s*[时時点點]"
          r"(?:\s*(?P<tm>[0-5]?\d)\s*分|(?P<half>半))?"
          r"(?:\s*(?:至|到|～|〜|~|-|－)\s*(?P<uh>[01]?\d|2[0-3])\s*[时時点點](?:\s*(?P<um>[0-5]?\d)\s*分)?)?"),
}
# (no form begins right after a figure or a date's mark; CJK letters before one are the sentence's own words)
GRAMMAR = compile_forms(_FORMS, not_after=r"\d/.:-")
_AFTER_NOON = {"下午", "晚上", "傍晚", "午後", "夜"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def cjk_mentions(text: str) -> list[Mention]:
    """The Chinese and Japanese date and time mentions of `text`, in order (only a text with a day's or an hour's
    character is read)."""
    if not any(mark in text for mark in "月时時点點") or _CJK.search(text) is None:
        return []
    return [m for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None]


def _year(groups: dict[str, str], form: str) -> str | None:
    """The year of a day's form as figures: "2024", or the era's year counted from its first ("令和6年" -> "2024")."""
    if groups[f"{form}y"]:
        return groups[f"{form}y"]
    era = groups[f"{form}e"]
    if not era:
        return None
    count = groups[f"{form}n"]
    return str(_ERAS[era] + (1 if count == "元" else int(count)))


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        month, year = int(groups["sm"]), _year(groups, "s")
        return ordered_span(span, day_part(groups["s1"], month, year, None), day_part(groups["s2"], month, year, None))
    if form == "d":
        weekday = _CHINESE_WEEKDAYS.get(groups["dc"]) if groups["dc"] else _JAPANESE_WEEKDAYS.get(groups["dj"] or "")
        day = day_part(groups["dd"], int(groups["dm"]), _year(groups, "d"), weekday)
        return Mention("day", *span, first=day) if day else None
    hour = int(groups["th"])
    after_noon = groups["tp"] in _AFTER_NOON
    if after_noon and hour < 12:
        hour += 12
    minutes = 30 if groups["half"] else int(groups["tm"] or 0)
    until = None
    if groups["uh"]:
        end = int(groups["uh"])
        until = dt.time(end + 12 if after_noon and end < 12 else end, int(groups["um"] or 0))
        if until <= dt.time(hour, minutes):
            until = None  # not a range of one day's clock
    return Mention("time", *span, time=dt.time(hour, minutes), until=until)
