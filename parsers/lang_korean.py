"""Korean dates and times, read into the same mentions as the English grammar. Pure.

    days     7월 5일 · 2024년 7월 5일 · 7월5일 · 6월7(금) · 9.22.(일) · 2024. 9. 22.(일)
    spans    7월 2~4일 · 7월 2일~4일 · 2월 24일~3월 13일 · 6월7(금)부터 6월19(수)까지
    bare     27일 · 오는 27일 · 다음달 2~4일 (a day or days of the month alone: dayheading puts them in the month
             of the item's day, or the next month where that day has passed, as "on the 14th") · 23일(금) (its
             weekday in brackets: the month, of the item's day's or the next, where the 23rd is a Friday)
    times    오후 2시 · 오전 10시 · 오후 2시 30분 · 14시 · 오후 3시 반

Korean writes a day as its month's number and "월", its day's number and "일", and an hour as its number and "시"
after the part of the day ("오전", before noon; "오후", after noon). dates.find_mentions lays these mentions over
those the other grammars found in the same text, the longer reading of the same words winning.

A Korean sentence ends in its verb, whose last syllable tells the past (korean_past): this grammar reads it for a
day of the month alone, tense.py for any day.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.langgrammar import compile_forms, days_apart, parts
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention, day_part, ordered_span
from parsers.verbs import KOREAN_SAID

_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = DAY_NUMBER
_TILDE = r"\s*[~～〜∼-]\s*"
# After a day: a particle ("27일에", "5일 오전"), not a length of days: "30일간" (thirty days), "30일 이내" (within),
# "14일 전" (before), "7일 동안" (for), "3일 후" (after), "5일 만에" (in five days), "3일째" (the third day).
_DAY_END = r"일(?!간|\s*(?:이내|전|동안|후|만에|째))"
# "지난 8일", "지난달 27일": a day gone by (of this month or the last), told of the past: no day to come.
_PAST_BEFORE = re.compile(r"지난\s?(?:달\s*)?$")
# "... 연다고 30일 밝혔다", "30일 발표했습니다": a day of the month alone right before a verb of saying in the past is
# the day the news was told (Korean news closes its first sentence so), no event.
_SAID_AFTER = re.compile(r"\s*(?:" + "|".join(KOREAN_SAID) + r")(?:다|습니다)")
# "오는 27일" (the coming 27th: the next from the day of writing), "다음달 2~4일", "내달 5일" (of next month): kept in
# the mention's text, which dayheading reads (COMING, NEXT_MONTH)
COMING = ("오는",)
NEXT_MONTH = ("다음달", "다음 달", "내달")
_RELATIVE = "(?:오는|다음\\s?달|내달)"
# "6월7(금)": a day closed by its weekday in brackets instead of "일"
_WEEKDAY_BRACKET = r"(?:일|(?=\s*\([월화수목금토일]\)))(?:\s*\((?P<{0}>[월화수목금토일])\))?"
_WEEKDAYS = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_FORMS = {
    # "6월7(금)부터 6월19(수)까지", "6월 7일부터 19일까지": from a day to a day ("부터", from; "까지", until; found
    # before its days)
    "f": (rf"(?:(?P<fy>{YEAR_NUMBER})년\s*)?(?P<fm>{_MONTH})월\s*(?P<f1>{_DAY}){_WEEKDAY_BRACKET.format('fw1')}"
          rf"\s*부터\s*(?:(?P<fn>{_MONTH})월\s*)?(?P<f2>{_DAY}){_WEEKDAY_BRACKET.format('fw2')}\s*까지"),
    # "7월 2~4일", "2024년 7월 2일~4일": two days of one month; "2월 24일~3월 13일": of two months (found before
    # its days)
    "s": (rf"(?:(?P<sy>{YEAR_NUMBER})년\s*)?(?P<sm>{_MONTH})월\s*(?P<s1>{_DAY})(?:일)?{_TILDE}"
          rf"(?:(?P<sn>{_MONTH})월\s*)?(?P<s2>{_DAY}){_DAY_END}"),
    # "7월 5일", "2024년 7월 5일", "7월5일": a day
    "d": (rf"(?:(?P<dy>{YEAR_NUMBER})년\s*)?(?P<dm>{_MONTH})월\s*(?P<dd>{_DAY})"
          rf"(?:{_DAY_END}|{_WEEKDAY_BRACKET.format('dw')})"),
    # "9.22.(일)", "9. 22.(일)", "2024. 9. 22.(일)": a day in figures parted by dots, as Korean schedules head
    # their days, closed by its weekday in brackets (which keeps "9.22" from being read as a clock)
    "p": (rf"(?<![\d.])(?:(?P<py>{YEAR_NUMBER})\.\s*)?(?P<pm>{_MONTH})\.\s*(?P<pd>{_DAY})\.?"
          rf"\s*\((?P<pw>[월화수목금토일])\)"),
    # "10.28 고성군수재선거", "4.10 총선": a day in figures parted by a dot, month first, before the name of the
    # election held that day, as Korean names its elections (no clock: "10:28" is the clock Korean writes)
    "e": rf"(?<![\d.])(?P<em>{_MONTH})\.(?P<ed>{_DAY})(?=[ \t]*[\uac00-\ud7a3]*(?:선거|총선|대선|보선))",
    # "다음달 2~4일", "2~4일": days of a month not named
    "n": rf"(?:{_RELATIVE}\s*)?(?P<n1>{_DAY})(?:일)?{_TILDE}(?P<n2>{_DAY}){_DAY_END}",
    # "27일", "오는 27일": a day of a month not named; "23일(금)": with its weekday in brackets, which picks the month
    "o": rf"(?:{_RELATIVE}\s*)?(?P<od>{_DAY}){_DAY_END}(?:\s*\((?P<ow>[월화수목금토일])\))?",
    # "오후 2시", "오전 10시 30분", "오후 3시 반", "14시": an hour, after noon when "오후", "저녁" or "밤" says so
    "t": (r"(?:(?P<tp>오전|오후|저녁|밤|낮|새벽|아침)\s*)?(?P<th>[01]?\d|2[0-3])시"
          r"(?:\s*(?P<tm>[0-5]?\d)분|\s*(?P<half>반))?(?!간)"),
}
GRAMMAR = compile_forms(_FORMS)
_AFTER_NOON = {"오후", "저녁", "밤"}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_DOTTED_WEEKDAY = re.compile(r"\d\.?\s*\([월화수목금토]\)")


def korean_mentions(text: str) -> list[Mention]:
    """The Korean date and time mentions of `text`, in order (only a text with Hangul and a day's or an hour's
    word is read)."""
    if ("일" not in text and "시" not in text and _DOTTED_WEEKDAY.search(text) is None) or _HANGUL.search(text) is None:
        return []
    found: list[Mention] = []
    gone = -1  # where the last day read as gone by ends
    for match in GRAMMAR.finditer(text):
        form = parts(match)[0]
        if form == "t" and gone >= 0 and not text[gone : match.start()].strip():
            continue  # "17일 오전 10시 ... 개최했다": the clock of a day gone by is gone by too, not the stamp day's
        mention = _mention(match)
        gone = match.end() if mention is None and form == "o" else -1
        if mention is not None:
            found.append(mention)
        elif form == "s" and match.group("sn"):
            found.extend(_days_of(match))  # "12월 28일~1월 3일": across the turn of a year, its two days
    return found


def _days_of(match: re.Match[str]) -> list[Mention]:
    """The two days of a span of two months that is none (mentions.ordered_span reads "from 28 December to 2 January"
    as its two days): the span's match took both from the form of one day."""
    first = day_part(match.group("s1"), int(match.group("sm")), match.group("sy"), None)
    last = day_part(match.group("s2"), int(match.group("sn")), None, None)
    first_end = match.end("s1") + match.string.startswith("일", match.end("s1"))
    return days_apart(match.string, ((first, match.start(), first_end), (last, match.start("sn"), match.end())))


# Where a Korean sentence ends: its full stop before a space, a line's end or the text's end.
# (Not blocks.sentence_spans: its ends of Latin text, abbreviations and ordinals, would move these sentences' ends.)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# After the day, a verb of what is to come, whatever the past verb closing the sentence: "-기로 했다" (decided to),
# "예정" (planned), the adnominal "열리는", "개최되는", "열릴", "개최될" of the thing that takes place on the day
# ("17일 열리는 기업설명회에 투자자를 초청했다": the invitation is past, the meeting to come).
_TO_COME_AFTER = re.compile(r"기로\s|예정|(?:열리|되|치러지)는\s|(?:열릴|될|치러질)\s")


# A Korean sentence ends in its verb: "... 순회영사를 실시하였다.", "... 회의가 열렸습니다." The past's mark is the
# final ㅆ of the syllable before "다" or "습니다" ("였", "했", "렸"); not in "있다" (there is) nor "겠다" (will).
_KOREAN_VERB_END = re.compile(r"(?P<mark>[\uac00-\ud7a3])(?:다|습니다)[.!]?[\s\"”’)]*$")
_KOREAN_FINAL_SS = 20  # the index of final ㅆ among a Hangul syllable's 28 finals
_KOREAN_NOT_PAST = frozenset("있겠")


# "... 개최한다고 밝혔다", "... 실시할 예정이라고 전했습니다": a saying in the past after what it says,
# quoted by "-다고" or "-라고"; the quoted verb's own ending tells the deed's tense ("개최했다고 밝혔다", said it
# was held). Who said it and when may stand between ("연다고 서울시가 14일 발표했다").
_KOREAN_SAID_END = re.compile(r"(?P<mark>[\uac00-\ud7a3])[다라]고\s+(?:[\uac00-\ud7a3\w]+\s+){0,3}"
                              r"[\uac00-\ud7a3]+(?:다|습니다)[.!]?[\s\"”’)]*$")


def korean_past(sentence: str) -> bool:
    """Does a Korean sentence end in a verb of the past (of the deed it quotes, if it ends in a saying)?"""
    end = _KOREAN_VERB_END.search(sentence) if "다" in sentence else None
    if end is None:
        return False
    said = _KOREAN_SAID_END.search(sentence)
    mark = (said or end).group("mark")
    return (ord(mark) - 0xAC00) % 28 == _KOREAN_FINAL_SS and mark not in _KOREAN_NOT_PAST


def _in_a_sentence_of_the_past(match: re.Match[str]) -> bool:
    """Is the day of the month alone at `match` ("주가는 17일 ... 최고가를 새로 썼다.") in a sentence whose verb is of
    the past? Then it is a day gone by ("지난" unsaid), no day to come; "오는 17일" is the coming one whatever the
    verb."""
    if match.group().startswith(COMING + NEXT_MONTH):
        return False
    text = match.string
    end = _SENTENCE_END.search(text, match.end())
    start = max(text.rfind(". ", 0, match.start()) + 1, text.rfind("\n", 0, match.start()) + 1)
    stop = end.end() if end else len(text)
    return korean_past(text[start:stop].strip()) and _TO_COME_AFTER.search(text, match.end(), stop) is None


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "f":
        month = int(groups["fm"])
        return ordered_span(span, day_part(groups["f1"], month, groups["fy"], _WEEKDAYS.get(groups["fw1"] or "")),
                            day_part(groups["f2"], int(groups["fn"] or month), groups["fy"],
                                     _WEEKDAYS.get(groups["fw2"] or "")))
    if form == "s":
        month = int(groups["sm"])
        return ordered_span(span, day_part(groups["s1"], month, groups["sy"], None),
                            day_part(groups["s2"], int(groups["sn"] or month), groups["sy"], None))
    if form == "d":
        day = day_part(groups["dd"], int(groups["dm"]), groups["dy"], _WEEKDAYS.get(groups["dw"] or ""))
        return Mention("day", *span, first=day) if day else None
    if form == "p":
        day = day_part(groups["pd"], int(groups["pm"]), groups["py"], _WEEKDAYS[groups["pw"]])
        return Mention("day", *span, first=day) if day else None
    if form == "e":
        day = day_part(groups["ed"], int(groups["em"]), None, None)
        return Mention("day", *span, first=day) if day else None
    if form == "n":
        if _PAST_BEFORE.search(match.string, max(0, match.start() - 6), match.start()):
            return None
        first, last = int(groups["n1"]), int(groups["n2"])
        return Mention("monthdays", *span, offset=first * 100 + last) if first < last else None
    if form == "o":
        if _PAST_BEFORE.search(match.string, max(0, match.start() - 6), match.start()) \
                or _SAID_AFTER.match(match.string, match.end()) or _in_a_sentence_of_the_past(match):
            return None
        return Mention("monthday", *span, offset=int(groups["od"]), weekday=_WEEKDAYS.get(groups["ow"] or ""))
    hour = int(groups["th"])
    if groups["tp"] in _AFTER_NOON and hour < 12:
        hour += 12
    elif groups["tp"] == "밤" and hour == 12:
        hour = 0  # "밤 12시": midnight
    minutes = 30 if groups["half"] else int(groups["tm"] or 0)
    return Mention("time", *span, time=dt.time(hour, minutes))
