"""Bengali (Bangla) dates and times, read into the same mentions as the English grammar. Pure.

    days      ১২ মার্চ ২০২৪ · ১২ মার্চ, ২০২৪ · ২০২৪ সালের ১২ মার্চ · ১২ মার্চ (মঙ্গলবার)
    weekdays  মঙ্গলবার
    times     সকাল ১০টায় · বিকাল ৩টায় · সকাল সাড়ে ১০টায় · সকাল ১০টা ৩০ মিনিটে · রাত ৮টায় · দুপুর ১২টায়

"টায়" (at the hour) follows the hour, the word for the part of the day comes before it: সকাল (morning) keeps the hour;
দুপুর, বেলা (midday, daytime) put an hour below 6 after noon; বিকাল, বিকেল (afternoon), সন্ধ্যা (evening) and রাত
(night) any hour below 12. সাড়ে adds a half to the hour, সোয়া a quarter, পৌনে takes a quarter off it. Figures may be
Bengali's (১২ is 12). dates.find_mentions lays these mentions over those the other grammars found in the same text;
only a text in the Bengali script is read.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import EVENING, MIDDAY, NIGHT, compile_forms, hour_of_the_part, parts, script_mentions
from parsers.mentions import Mention, day_part

MONTHS = {
    "জানুয়ারি": 1, "জানুয়ারী": 1, "ফেব্রুয়ারি": 2, "ফেব্রুয়ারী": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6,
    "জুলাই": 7, "আগস্ট": 8, "আগষ্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
}  # fmt: skip
WEEKDAYS = {
    "সোমবার": 0, "মঙ্গলবার": 1, "বুধবার": 2, "বৃহস্পতিবার": 3, "শুক্রবার": 4, "শনিবার": 5, "রবিবার": 6,
    "রোববার": 6,
}  # fmt: skip
_MORNING = ("সকাল", "ভোর")
_MIDDAY = ("দুপুর", "বেলা")
_EVENING = ("বিকাল", "বিকেল", "সন্ধ্যা", "সন্ধ্যা\u09df", "সন্ধ্যা\u09af\u09bc")
_NIGHT = ("রাত",)
_FRACTIONS = {"সোয়া": 15, "সাড়ে": 30, "পৌনে": -15}
_DIGIT = "[0-9০-৯]"
_DAY = rf"(?:[0-3০-৩]?{_DIGIT})"
_YEAR = rf"(?:19|20|১৯|২০){_DIGIT}{{2}}"
_LETTER = r"\u0980-\u09FF"  # Bengali's letters and signs: a name does not begin or end inside a word
_NOT_IN_WORD = rf"(?![{_LETTER}])"
_FORMS = {
    # "২০২৪ সালের ১২ মার্চ": the year first, "of the year"
    "y": rf"(?P<yy>{_YEAR})\s*সালের\s+(?P<yd>{_DAY})\s*(?P<ym>{alternatives(MONTHS)}){_NOT_IN_WORD}",
    # "১২ মার্চ ২০২৪", "১২ মার্চ (মঙ্গলবার)": a day, its year and its weekday if given
    "d": (rf"(?P<dd>{_DAY})\s*(?P<dm>{alternatives(MONTHS)}){_NOT_IN_WORD}"
          rf"(?:\s*,?\s*(?P<dy>{_YEAR})(?!{_DIGIT}))?(?:\s*(?:খ্রি\.?|খ্রিস্টাব্দ))?"
          rf"(?:\s*\(\s*(?P<dw>{alternatives(WEEKDAYS)})\s*\))?"),
    # "সকাল ১০টায়", "সকাল সাড়ে ১০টায়", "সকাল ১০টা ৩০ মিনিটে", "সকাল ১০.৩০টায়": an hour before "টা"/"টায়", its part
    # of the day before it
    "t": (rf"(?:(?P<tp>{alternatives((*_MORNING, *_MIDDAY, *_EVENING, *_NIGHT))})\s+)?"
          rf"(?:(?P<tf>{alternatives(_FRACTIONS)})\s+)?(?P<th>{_DIGIT}{{1,2}})(?:[:.](?P<tm>[0-5০-৫]{_DIGIT}))?"
          rf"\s*টা(?:\u09df|\u09af\u09bc)?(?:\s+(?P<tn>[0-5০-৫]?{_DIGIT})\s*মিনিটে)?"),
    # "মঙ্গলবার": a weekday alone
    "w": rf"(?P<ww>{alternatives(WEEKDAYS)}){_NOT_IN_WORD}",
}
GRAMMAR = compile_forms(_FORMS, not_after=rf"\w/.:{_LETTER}-")
_BENGALI = re.compile(rf"[{_LETTER}]")


def bengali_mentions(text: str) -> list[Mention]:
    """The Bengali date and time mentions of `text`, in order (only a text in the Bengali script is read)."""
    return script_mentions(text, _BENGALI, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "y":
        day = day_part(str(int(groups["yd"])), MONTHS[groups["ym"]], str(int(groups["yy"])), None)
        return Mention("day", *span, first=day) if day else None
    if form == "d":
        weekday = WEEKDAYS[groups["dw"]] if groups["dw"] else None
        year = str(int(groups["dy"])) if groups["dy"] else None
        day = day_part(str(int(groups["dd"])), MONTHS[groups["dm"]], year, weekday)
        return Mention("day", *span, first=day) if day else None
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"]])
    minutes = groups["tm"] or groups["tn"]
    if groups["tp"] is None and minutes is None and int(groups["th"]) < 7:
        return None  # "৩টায়": morning or afternoon, the text does not say
    clock = _clock(int(groups["th"]), int(minutes or 0), groups["tp"], groups["tf"])
    return Mention("time", *span, time=clock) if clock else None


def _clock(hour: int, minute: int, part: str | None, fraction: str | None) -> dt.time | None:
    """The time "টায়" names: the hour in the half of the day its word gives, less or more its fraction."""
    half = MIDDAY if part in _MIDDAY else EVENING if part in _EVENING else NIGHT if part in _NIGHT else ""
    return hour_of_the_part(hour, minute, half, _FRACTIONS[fraction] if fraction else 0)
