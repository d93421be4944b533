"""Chinese dates and times, read into the same mentions as the English grammar. Pure.

    days     3月16日 · 2026年3月16日 · 3月16號 · 3月16至18日 · 4月8日至4月11日 · 3月16日から18日まで · 6月14日（木） ·
             6月14日 木曜 (Japanese weekdays) ·
             22日(月曜日) (a day of the month not named, made one by its weekday, as a schedule's later rows write it) ·
             7月12日(星期五) · 7月12日(周五) (Chinese weekdays) · 平成27年9月1日 · 令和元年5月1日 (Japanese era years) ·
             民國113年5月9日 · 111年10月11日 (Taiwan's years of the Republic) · 本(3)月16日 (this month)
    numeric  5/7(水) · 2025/5/7(水) · 5/8（木）· 7/12(周五) (a slashed month and day with its weekday in brackets, as
             Japanese and Chinese schedules write them: the month first, the weekday telling the year)
    relative 今日 · 今天 · 今晚 · 明天 · 昨天 (the item's date, the day after or before it)
    bare     於16日 · 18、19日 (a day or days of the month alone, after a word that sets a day to come or in a list:
             dayheading puts them in the month of the item's day, or the next month where that day has passed, as
             "on the 14th"; "12日出席" alone, told of the past, is not read)
    times    上午9時 · 下午2時30分 · 下午3點半 · 14時 · 午後3時00分 (Japanese) · 09:00~ (a clock opening a span
             whose end is left open, glued to the words around it: "5/8(木)09:00~衆・総務委員会10:00~参・内閣委員会")

Chinese writes a day as its month's number and "月", its day's number and "日" (or "號", "号"), and an hour as its
number and "時" ("时", "點", "点") after the part of the day ("上午", before noon; "下午", "晚上", after noon).
"18、19日" lists two days with one "日": each is a day of its own. dates.find_mentions lays these mentions over those
the other grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from parsers.langgrammar import compile_forms, parts
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention, day_part, ordered_span

_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = DAY_NUMBER
_DAY_WORD = r"[日號号]"
# (Japanese news agencies also join the two days with a box-drawing line or a long dash: "1月28─29日", "10月31—11月1日";
# a full-width hyphen likewise: "3月14－15日")
_TO = r"\s*(?:至|到|~|～|-|–|─|—|－)\s*"
# After a day: not a length or a count of days ("3日間", "5日遊", "7日內"); after an hour: not a span of hours.
_DAY_END = rf"{_DAY_WORD}(?![間间遊游內内])"
# The Japanese weekdays' first characters ("木曜日", "木曜", "（木）"), Monday first.
_JA_WEEKDAYS = "月火水木金土日"  # Monday first, as Python counts weekdays
_JA_WEEKDAY = f"[{_JA_WEEKDAYS}]"
# Between a day and its weekday in a table: spaces or a cell's bar ("6月14日 | 木曜"; a table pasted one cell a line
# has its weekday cell joined to its day's by weekdaycells).
_CELL = r"[ \t]*[|｜]?[ \t]*"
# A Japanese weekday in brackets may carry a mark of a public holiday or of a substitute holiday after a middle dot
# ("（月・祝）", "(土・祝)", "（月・休）"), as Japanese calendars write a holiday: the day is still that weekday.
_HOLIDAY_MARK = r"(?:[ \t]*[・･·][ \t]*(?:祝日?|休日?|振休))?"
_BRACKETED_WEEKDAY = (r"[（(][ \t]*(?:[月火水木金土日](?:曜日?)?" + _HOLIDAY_MARK
                      + r"|(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])[ \t]*[)）]")
# Japan's era years: the era's name, its year's number ("元", its first) and "年"; the era's first year in the
# Gregorian calendar ("平成27年" is 2015).
ERA_FIRST_YEARS = {"昭和": 1926, "平成": 1989, "令和": 2019}
_ERA = "|".join(ERA_FIRST_YEARS)
# Taiwan's years of the Republic ("民國113年", "中華民國111年", or the number alone before a month, "111年10月11日",
# as Taiwanese letters write it): the Republic's first year is 1912. Kept apart from Japan's eras, which tell a country.
_ROC_BEFORE_FIRST = 1911
_ROC = r"(?:中華)?民國"
# (a year of two figures, "97年9月16日", is the Republic's too (2008), in a Taiwanese text: one with characters only
# traditional Chinese writes and no kana; a Japanese text's "97年" is no year of the Republic, nor a simplified one's)
_TRADITIONAL_ONLY = re.compile(r"[國發說這們將點關與會對還應]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _taiwanese(text: str) -> bool:
    """Is `text` written in traditional Chinese with no Japanese kana (a Taiwanese text, whose years of two figures
    are the Republic's)?"""
    return _TRADITIONAL_ONLY.search(text) is not None and _KANA.search(text) is None


def _year(g: str) -> str:
    """A year before a month: Gregorian ("2026年") or of a Japanese era ("平成27年"), in groups named `g`..."""
    return (rf"(?:(?P<{g}y>{YEAR_NUMBER})|(?P<{g}e>{_ERA})\s*(?P<{g}n>元|[1-9]\d?)"
            rf"|{_ROC}\s*(?P<{g}r>元|[1-9]\d{{0,2}})|(?<![\d.])(?P<{g}b>1[0-4]\d|(?P<{g}k>[1-9]\d)))\s*年\s*")


_FORMS = {
    # "4月8日至4月11日", "3月30日至4月2日", "2018年4月8日至4月11日": two days each with its month (found before its
    # days), as a run across a month's end, or one month named twice, is written (each may have its weekday after it)
    # (the first day's "日" may be left out, as a news agency writes a run across a month's end: "10月31─11月1日")
    # (or, as Japanese says it, from the first day to the last: "4月29日から5月4日まで"; not a count of days from it,
    # "から5月4日以降")
    "r": rf"(?:{_year('w')})?(?P<wm>{_MONTH})\s*月\s*(?P<w1>{_DAY})\s*(?:{_DAY_WORD})?(?:\s*{_BRACKETED_WEEKDAY})?"
         rf"(?:{_TO}|\s*から\s*)"
         rf"(?:{_year('q')})?(?P<qm>{_MONTH})\s*月\s*(?P<q1>{_DAY})\s*{_DAY_END}(?![後后前目以])"
         rf"(?:\s*{_BRACKETED_WEEKDAY})?",
    # "3月16至18日", "2026年3月16日至18日": two days of one month (found before its days)
    # (each day may have its weekday in brackets: "2026年3月16日(月)～18日(水)")
    # (or, as Japanese says it, from the first day to the last, each with its weekday unbracketed: "9月9日金曜日から11日
    # 日曜日まで", "3月16日から18日まで"; not a count of days from the first: "9月9日から10日後", "から3日以内")
    "s": rf"(?:{_year('s')})?(?P<sm>{_MONTH})\s*月\s*(?P<s1>{_DAY})\s*(?:{_DAY_WORD})?"
         rf"(?:\s*(?:{_BRACKETED_WEEKDAY}|{_JA_WEEKDAY}曜日?))?(?:{_TO}|\s*から\s*)(?P<s2>{_DAY}){_DAY_END}(?![後后前目以])"
         rf"(?:\s*(?:{_BRACKETED_WEEKDAY}|(?<=日){_JA_WEEKDAY}曜日?))?",
    # "3月16日", "2026年3月16日": a day; with the weekday after it as Japanese writes one ("6月14日（木）",
    # "6月14日 木曜", a table's "6月14日 | 木曜") or Chinese does ("7月12日(星期五)", "（周五）"), which tells the
    # year a yearless day falls in
    # (and "本(2)月18日", this month, its number in brackets, as Taiwan's ministries write a day of the month they
    # publish in)
    "d": (rf"(?:{_year('d')}|(?P<dt>本\s*[（(])\s*)?(?P<dm>{_MONTH})(?(dt)\s*[)）])\s*月\s*(?P<dd>{_DAY})\s*{_DAY_END}"
          rf"(?:{_CELL}[（(]?[ \t]*(?P<dw>{_JA_WEEKDAY})曜日?[ \t]*[)）]?"
          rf"|[ \t]*[（(][ \t]*(?P<dv>{_JA_WEEKDAY}){_HOLIDAY_MARK}[ \t]*[)）]"
          rf"|[ \t]*[（(][ \t]*(?:星期|周|週|禮拜|礼拜)(?P<dc>[一二三四五六日天])[ \t]*[)）]"
          # ("2014年4月30日星期三": the weekday glued to the day, unbracketed, as a Hong Kong agenda heads its sitting;
          # not "周", the week as often as its day)
          rf"|[ \t]*(?:星期|週|禮拜|礼拜)(?P<du>[一二三四五六日天]))?"),
    # "22日(月曜日)", "22日 | 月曜日": a day of a month not named, in a Japanese schedule's rows under a row that
    # names its month; its weekday makes it a day ("22日" alone is not one)
    "w": rf"(?P<wd>{_DAY})\s*{_DAY_END}(?:{_CELL}[（(]?[ \t]*(?P<ww>{_JA_WEEKDAY})曜日?[ \t]*[)）]?"
         rf"|[ \t]*[（(][ \t]*(?P<wv>{_JA_WEEKDAY}){_HOLIDAY_MARK}[ \t]*[)）])",
    # "5/7(水)", "2025/5/7(水)", "7/12(周五)": a slashed day of a Japanese or Chinese schedule, month first; the
    # bracketed weekday tells it is one and which year it falls in
    "n": rf"(?:(?P<ny>{YEAR_NUMBER})/)?(?P<nm>{_MONTH})/(?P<nd>{_DAY})[ \t]*[（(][ \t]*"
         rf"(?:(?P<nw>{_JA_WEEKDAY})(?:曜日?)?{_HOLIDAY_MARK}"
         rf"|(?:星期|周|週|禮拜|礼拜)(?P<nc>[一二三四五六日天]))[ \t]*[)）]",
    # "09:00~衆議院", "委員会10:00~参議院": a clock with a wave dash after it (a start whose end is left open), which
    # a Japanese schedule glues to the names before and after it
    # (after its part of the day, "上午9:30", or right after its day, "5月21日9:30", a clock wherever it stands)
    "c": (r"(?:(?P<cp>午前|午後|上午|下午|中午|晚上|早上)\s*|(?P<ca>(?<=[日号號)）])))?"
          r"(?P<ch>[01]?\d|2[0-3]):(?P<cm>[0-5]\d)(?(cp)|(?(ca)|(?=[ \t]*[~～〜])))"),
    # "18、19日", "9月21、22日": the first of days listed with one "日" after the last (its month before it, if named)
    "l": rf"(?:{_year('l')})?(?:(?P<lm>{_MONTH})\s*月\s*)?(?P<ld>{_DAY})(?=、\s*{_DAY}\s*{_DAY_END})",
    # "於16日", "將16日", "至18日", "、19日": a day of a month not named, after a word that sets a day to come or a
    # list's mark (a day told of the past, "12日出席 ...", stands bare: it is left unread)
    "o": rf"(?<=[於于將将至到在、])(?P<od>{_DAY})\s*{_DAY_END}",
    # "今日", "今天", "今晚", "明天", "昨天": the day of the item's date, or the day after or before it (as Japanese
    # writes them too: "今日", "明日"); not "今日頭條", a name
    # (nor 明日香, Asuka, a place)
    "p": r"(?P<pub>今日|今天|今晚|今早|明天|明日(?!香)|明晚|昨天|昨日|昨晚)(?![頭头])",
    # "上午9時", "下午2時30分", "下午3點半", "14時": an hour, after noon when "下午", "晚上" or "傍晚" says so
    # (and as Japanese writes them: "午前10時", "午後3時00分")
    "t": (r"(?:(?P<tp>上午|下午|中午|晚上|晚間|晚间|傍晚|早上|清晨|凌晨|午前|午後)\s*)?"
          r"(?P<th>[01]?\d|2[0-3])\s*[時时點点]"
          # ("上午11時正": eleven sharp)
          r"(?:\s*(?P<tm>[0-5]?\d)\s*分|(?P<half>半)|正)?(?![間间候])"),
}
# (a form may begin right after a Han character, as Chinese writes no spaces: "預定於16日"; not inside a number;
# after a colon only where the colon follows no digit, so a field's "时间:6月21日" is read and a clock's "10:30" is not)
GRAMMAR = compile_forms(_FORMS, not_after=r"\dA-Za-z/.-", not_after_text=r"\d:")
_CHINESE_WEEKDAYS = "一二三四五六日天"  # Sunday is "星期日" or "星期天"
_AFTER_NOON = {"下午", "晚上", "晚間", "晚间", "傍晚", "午後"}
HAN = re.compile(r"[\u4e00-\u9fff]")  # a Han character (prose.py counts words by them)
_WORDS = ("日", "號", "号", "時", "时", "點", "点", "今天", "今晚", "今早", "明天", "明晚", "昨天", "昨晚")
# A schedule's marks that need no day's or hour's word: a clock before a wave dash, a weekday in brackets.
_SCHEDULE_MARK = re.compile(rf"\d[ \t]*[~～〜]|{_BRACKETED_WEEKDAY}")
_PUBLISHED = {"今": 0, "明": 1, "昨": -1}  # a relative day's first character: today, tomorrow, yesterday
# What says a sentence tells what is to come (Chinese marks no tense): "將"/"将" (will; not "會", a meeting too),
# "擬"/"拟", "預計"/"预计", "預定"/"预定" (is to), "計劃"/"计划" (plans), "準備"/"准备", or a clock's hour ("下午3时",
# "10時"), as a programme gives one.
# ("将" only before a verb or a word of time and place: "将一批货物移交" hands over what was seized, a deed told)
_TO_COME = re.compile(r"[將将](?=[于於在会會要赴到出参參主举舉召前访訪同与與就进進启啓发發率陪见見])|[擬拟]"
                      r"|預[計定]|预[计定]|計劃|计划|準備|准备|\d\s*[時时點点]")
_SENTENCE_END = "。！？!?\n"


def chinese_mentions(text: str) -> list[Mention]:
    """The Chinese date and time mentions of `text`, in order (only a text with Han characters and a day's or an
    hour's word is read)."""
    if HAN.search(text) is None or not (any(word in text for word in _WORDS) or _SCHEDULE_MARK.search(text)):
        return []
    found: list[Mention] = []
    for match in GRAMMAR.finditer(text):
        if (mention := _mention(match)) is not None:
            found.append(mention)
        elif match.lastgroup == "f_r":
            found += _days_of_a_run_across_a_year(match)
        elif match.lastgroup == "f_s":
            # "9月29日から2日まで" (to 2 October): no span of one month; its first day, as it was read before
            found += [m for part in GRAMMAR.finditer(text, match.start(), match.start("s2"))
                      if (m := _mention(part)) is not None]
    return _two_days_as_a_span(text, found)


def _days_of_a_run_across_a_year(match: re.Match[str]) -> list[Mention]:
    """"12月30日至1月2日": a run of days each with its month that no span of one year holds, read as its two days (as
    before the run was read), each half of the match alone."""
    second = min(match.start(g) for g in ("qy", "qe", "qr", "qb", "qm") if match.start(g) >= 0)
    return [mention for start, end in ((match.start(), second), (second, match.end()))
            for part in GRAMMAR.finditer(match.string, start, end) if (mention := _mention(part)) is not None]


# "と3日(日)", "和3日", "及3日": a second day of the month of the day before it, listed after it, the last of the list
# (a longer list, "5月7日(火)、8日(水)、9日(木)", and "、" lists are read as runs elsewhere)
_LISTED_DAY = re.compile(rf"[ \t]*(?:と|和|及)[ \t]*(?P<day>{_DAY})[ \t]*{_DAY_END}"
                         rf"(?:[ \t]*[（(][ \t]*(?:(?P<ja>{_JA_WEEKDAY})(?:曜日?)?"
                         rf"|(?:星期|周|週|禮拜|礼拜)(?P<zh>[一二三四五六日天]))[ \t]*[)）])?"
                         rf"(?![ \t]*(?:、|と|和|及|,|，)[ \t]*\d)")


def _two_days_as_a_span(text: str, mentions: list[Mention]) -> list[Mention]:
    """"9月21、22日": a day and the next, listed, are one run of two days (as "21 and 22 September" is); "6月2日(土)と
    3日(日)", "6月2日和3日": two days of the month, each read."""
    merged: list[Mention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if before is not None and before.kind == "day" and before.first is not None and mention.kind == "monthday" \
                and mention.offset == before.first.day + 1 and text[before.end : mention.start].strip() == "、":
            year = str(before.first.year) if before.first.year is not None else None
            last = day_part(str(mention.offset), before.first.month, year, None)
            span = ordered_span((before.start, mention.end, text[before.start : mention.end]), before.first, last)
            if span is not None:
                merged[-1] = span
                continue
        merged.append(mention)
    return _days_listed(text, merged)


def _days_listed(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each day with its month followed by a day listed after it ("6月2日(土)と3日(日)") read with it (what else was
    read inside the list is left out)."""
    out: list[Mention] = []
    end = -1
    for mention in mentions:
        if mention.start < end:
            continue
        listed = _listed_day(text, mention) if mention.kind == "day" else None
        if listed is None:
            out.append(mention)
            continue
        out += listed[0]
        end = listed[1]
    return out


def _listed_day(text: str, before: Mention) -> tuple[list[Mention], int] | None:
    """"6月2日(土)と3日(日)", "6月2日和9日": the day listed right after a day with its month, a day of that month, each
    day of its own (a sentence's list of days, as "on 2 and 3 June" is: each merges with its day's timed rows below);
    None when no day is listed so."""
    found = _LISTED_DAY.match(text, before.end)
    first = before.first
    if found is None or first is None or int(found.group("day")) <= first.day:
        return None
    year = str(first.year) if first.year is not None else None
    day = day_part(found.group("day"), first.month, year, _weekday(found.group("ja"), found.group("zh")))
    if day is None:
        return None
    return [before, Mention("day", found.start("day"), found.end(), text[found.start("day") : found.end()],
                            first=day)], found.end()


# A weekday after a span's day: "日(金)", "日金曜日", "日（星期五）": it tells the year a yearless span falls in.
_SPAN_WEEKDAY = re.compile(r"[（(][ \t]*(?P<ja>[月火水木金土日])|(?<=日)(?P<glued>[月火水木金土日])曜"
                           r"|(?:星期|周|週|禮拜|礼拜)(?P<zh>[一二三四五六日天])")


def _span_weekday(text: str) -> int | None:
    found = _SPAN_WEEKDAY.search(text)
    if found is None:
        return None
    return _weekday(found.group("ja") or found.group("glued"), found.group("zh"))


def _weekday(japanese: str | None, chinese: str | None) -> int | None:
    """The weekday a Japanese one ("金") or the character after a Chinese "星期" ("五") names, Monday 0; both "日"
    and "天" after "星期" are Sunday."""
    if japanese:
        return _JA_WEEKDAYS.index(japanese)
    return min(_CHINESE_WEEKDAYS.index(chinese), 6) if chinese else None


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "r":
        first_year, last_year = _gregorian(groups, "w", match.string), _gregorian(groups, "q", match.string)
        if last_year is not None and first_year not in (None, last_year):
            return None  # "2026年12月30日至2027年1月2日": across a year's end, read as its two days
        year = first_year or last_year
        # (each day's weekday in brackets tells the year a yearless span falls in: "10月20日(水)から10月30日(土)まで")
        second = min(match.start(g) for g in ("qy", "qe", "qr", "qb", "qm") if match.start(g) >= 0)
        between, after = match.string[match.end("w1") : second], match.string[match.end("q1") : match.end()]
        return ordered_span(span, day_part(groups["w1"], int(groups["wm"]), year, _span_weekday(between)),
                            day_part(groups["q1"], int(groups["qm"]), year, _span_weekday(after)))
    if form == "s":
        month, year = int(groups["sm"]), _gregorian(groups, "s", match.string)
        between, after = match.string[match.end("s1") : match.start("s2")], match.string[match.end("s2") : match.end()]
        return ordered_span(span, day_part(groups["s1"], month, year, _span_weekday(between)),
                            day_part(groups["s2"], month, year, _span_weekday(after)))
    if form == "d":
        weekday = _weekday(groups["dw"] or groups["dv"], groups["dc"] or groups["du"])
        day = day_part(groups["dd"], int(groups["dm"]), _gregorian(groups, "d", match.string), weekday)
        return Mention("day", *span, first=day) if day else None
    if form == "w":
        number = int(groups["wd"])
        said = groups["ww"] or groups["wv"]
        return Mention("weekday", *span, weekday=_JA_WEEKDAYS.index(said), offset=number) if 1 <= number <= 31 else None
    if form == "n":
        weekday = _weekday(groups["nw"], groups["nc"])
        day = day_part(groups["nd"], int(groups["nm"]), groups["ny"], weekday)
        return Mention("day", *span, first=day) if day else None
    if form == "c":
        return Mention("time", *span, time=dt.time(_on_the_clock(int(groups["ch"]), groups["cp"]), int(groups["cm"])))
    if form == "p":
        # "立法院今日通過 ...": what was done today, told of the past, no day of an event; tomorrow ("明天在北京开幕")
        # is to come by itself
        if not _tomorrow(match) and not _to_come(match.string, match.start(), match.end()):
            return None
        return Mention("published", *span, offset=_PUBLISHED[groups["pub"][0]])
    if form == "l" and groups["lm"]:
        day = day_part(groups["ld"], int(groups["lm"]), _gregorian(groups, "l", match.string), None)
        return Mention("day", *span, first=day) if day else None
    if form in ("l", "o"):
        number = int(groups["ld"] or groups["od"])
        return Mention("monthday", *span, offset=number) if 1 <= number <= 31 else None
    hour = _on_the_clock(int(groups["th"]), groups["tp"])
    minutes = 30 if groups["half"] else int(groups["tm"] or 0)
    return Mention("time", *span, time=dt.time(hour, minutes))


def _on_the_clock(hour: int, part: str | None) -> int:
    """`hour` said after `part` of the day on the 24-hour clock: "中午" (at noon) is 11 and 12 before noon, 1 and 2
    after it ("中午1:30" is 13:30)."""
    if part in _AFTER_NOON and hour < 12 or part == "中午" and hour < 11:
        return hour + 12
    return hour


# Characters that make a word with a "明" after them ("说明", explain; "声明", statement; "证明", "表明", "文明"):
# "说明天然气供应" explains the gas supply, and "明天" there may be no tomorrow.
_BEFORE_MING = frozenset("说說声聲表证證透光鲜鮮文清发發英聪聰分简簡严嚴阐闡申查指注标標载載写寫讲講黎昌开開高精失照")


def _tomorrow(match: re.Match[str]) -> bool:
    """Is the relative day `match` found tomorrow, "明天", not the end of a word in "明" ("说明天然气")?"""
    return match.group("pub")[0] == "明" and (match.start() == 0 or match.string[match.start() - 1] not in _BEFORE_MING)


def _gregorian(groups: dict[str, Any], g: str, text: str = "") -> str | None:
    """The year the groups named `g`... give, an era's year turned Gregorian ("平成27" is "2015"); a year of two
    figures is the Republic's in a Taiwanese `text` only, and no year elsewhere."""
    if groups.get(f"{g}k") is not None and not _taiwanese(text):
        return None
    republic = groups.get(f"{g}r") or groups.get(f"{g}b")
    if republic is not None:
        return str(_ROC_BEFORE_FIRST + (1 if republic == "元" else int(republic)))
    era, number = groups.get(f"{g}e"), groups.get(f"{g}n")
    if era is None or number is None:
        return groups.get(f"{g}y")
    return str(ERA_FIRST_YEARS[era] + (0 if number == "元" else int(number) - 1))


# A Japanese sentence that ends in a verb not of the past: "開催します。", "開催する。", "行われる。", "開催予定です。".
_JAPANESE_COMING_END = re.compile(r"(?:ます|する|される|れる|予定(?:です)?)[。．]?[\s」』\"”’)）]*$")


def tells_what_is_to_come(sentence: str) -> bool:
    """Does a Chinese or Japanese sentence say that what it tells is to come ("论坛将于 ... 举行。",
    "... に開催します。")? It is an action then, however few its characters."""
    return HAN.search(sentence) is not None and (_JAPANESE_COMING_END.search(sentence) is not None
                                                 or _TO_COME.search(sentence) is not None)


def _to_come(text: str, start: int, end: int) -> bool:
    """Does the sentence around text[start:end] tell what is to come?"""
    first = max(text.rfind(mark, 0, start) for mark in _SENTENCE_END) + 1
    ends = [at for mark in _SENTENCE_END if (at := text.find(mark, end)) >= 0]
    return _TO_COME.search(text, first, min(ends, default=len(text))) is not None
