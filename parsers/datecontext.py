"""Second readings of the mentions in their text: a time said again in another zone (asked of restated.py),
a figure that is no clock time, a changed time, an evening hour without pm, a bare hour after a day; and, once every
language's mentions are in (`listed_days`), two days listed rather than a span. Pure."""

from __future__ import annotations

import datetime as dt
import re

from parsers.mentions import DayPart, Mention
from parsers.restated import without_bracketed


def in_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of `text` as the text around them reads them (see the module docstring), in order."""
    # "11:00 CET (10:00 GMT)": the bracket's time is the one before it again (restated.py)
    mentions = _bare_hours(text, without_bracketed(text, mentions, _screened))
    return _changed(text, _later_half(text, mentions))


# "On Thursday the 24th, at 10, the president visits ...", "on Friday 13 May at 19.": an hour with no minutes or
# am/pm right after a day is its time on the 24-hour clock, when a comma or the sentence's end closes it (not "at
# 10 Downing Street"). Hours before 7 are left: "at 3" may be either side of noon.
_BARE_HOUR = re.compile(r",?\s+at\s+(?P<hour>[7-9]|1\d|2[0-3])(?=[,;]\s|\.(?:\s|$))")


def _bare_hours(text: str, mentions: list[Mention]) -> list[Mention]:
    if " at " not in text:
        return mentions  # most texts: nothing to do
    out: list[Mention] = []
    for number, mention in enumerate(mentions):
        out.append(mention)
        following = mentions[number + 1] if number + 1 < len(mentions) else None
        hour = _BARE_HOUR.match(text, mention.end) if mention.kind in ("day", "weekday") else None
        if hour is not None and (following is None or following.start >= hour.end()):
            start = hour.start() + hour.group().index("at")
            out.append(Mention("time", start, hour.end(), text[start : hour.end()], None, None, 0, None,
                               dt.time(int(hour.group("hour"))), None, ""))
    return out


# "move two hours earlier, from 4 pm to 2 pm", "switch the meeting time from 2 p.m. to 6:30 p.m.": a verb of change
# a few words before "from X to Y" makes it the old time and the new one, not a range; the new time is the one.
# So too for days: "moved from 4 May to 11 May", "postponed from Tuesday, March 10 to Thursday, March 12".
# ("moves to the hall, open from 10 am to 5 pm": a range still.)
_CHANGE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?"
                     r"|(?:brought|bring(?:s|ing)?)\s+forward|(?:push|put)(?:s|ed|ting)?\s+back|reschedul\w*"
                     r"|postpon\w*|deferr?(?:s|ed|ing)?|delay(?:s|ed|ing)?)"
                     r"(?:[\s,]+(?!to\b|open|run|and\b|for\b)[\w-]+){0,4}[\s,]*$", re.IGNORECASE)


def _changed(text: str, mentions: list[Mention]) -> list[Mention]:
    if "from" not in text:
        return mentions  # most texts: nothing to do
    out = []
    for mention in mentions:
        if mention.kind in ("time", "span") and (mention.until or mention.last) is not None \
                and mention.text[:5].lower() == "from " \
                and _CHANGE.search(text, max(0, mention.start - 48), mention.start) is not None:
            if mention.kind == "time":
                mention = mention._replace(time=mention.until, until=None)
            else:
                mention = mention._replace(kind="day", first=mention.last, last=None)
        out.append(mention)
    return out


# "this evening from 6:30 - 7:30", "Tuesday afternoon at 2.15", "tonight at 8": the part of the day said just
# before a time that gives no am/pm puts it in the afternoon or evening.
_LATE_PART = re.compile(r"\b(evening|afternoon|tonight|night)\b[^.;\d]{0,16}$", re.IGNORECASE)
# The hours each part of the day can mean after noon: "this afternoon at 11" is no 23:00, "at night, 2:00" no 14:00.
_LATE_HOURS = {"afternoon": range(1, 7), "evening": range(4, 12), "tonight": range(5, 12), "night": range(6, 12)}
_MARKED = re.compile(r"[aApP]\.?\s?[mM]\b|[Nn]oon|[Mm]id|[Hh]")


def _later_half(text: str, mentions: list[Mention]) -> list[Mention]:
    if "ening" not in text and "ternoon" not in text and "night" not in text:
        return mentions  # most texts: nothing to do
    out = []
    for mention in mentions:
        time = mention.time
        part = _LATE_PART.search(text, max(0, mention.start - 32), mention.start) if mention.kind == "time" else None
        if part is not None and time is not None and time.hour in _LATE_HOURS[part.group(1).lower()] \
                and _MARKED.search(mention.text) is None:
            until = mention.until
            if until is not None and 1 <= until.hour <= 11:
                until = until.replace(hour=until.hour + 12)
            mention = mention._replace(time=time.replace(hour=time.hour + 12), until=until)
        out.append(mention)
    return out


_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
# "and" in the languages read: "14 und 21.", "les 14 et 21", "el 14 y el 21", "nos dias 14 e 21", "14 en 21"
# (not Dutch "tot en met", up to and including: a span's end)
_JOINING = re.compile(r"\s+(?:and|&|und|et|y|e|ed|en(?!\s+met\b))\s+")
# The words opening a span, or just before it, that make "and" join its ends ("between 3 and 9 May", "entre el 3 y el
# 9", "tra il 3 e il 9 maggio", "tussen 3 en 9 mei"): some languages' spans hold the word, some start after it.
_BETWEEN_WORDS = r"(?:between|entre|zwischen|tra|fra|tussen)"
_BETWEEN = re.compile(rf"(?i:{_BETWEEN_WORDS})\b")
_BETWEEN_BEFORE = re.compile(rf"(?i:\b{_BETWEEN_WORDS}(?:\s+(?:the|el|il|le|dem|os\s+dias))?\s*)$")
_BETWEEN_REACH = 24  # characters before a span where its "between" stands


def listed_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """'on 7 and 8 June, respectively', 'on 14 February and 19 June', 'am 14. und 21. September': two days named one
    after the other, not a span from one to the other ('19 and 20 November', days that follow each other, stays a
    span)."""
    out: list[Mention] = []
    for mention in mentions:
        first, last = mention.first, mention.last
        joined = _JOINING.search(text, mention.start, mention.end) if mention.kind == "span" else None
        if joined is None or first is None or last is None \
                or _BETWEEN.match(mention.text) or _BETWEEN_BEFORE.search(text, max(0, mention.start - _BETWEEN_REACH),
                                                                    mention.start) \
                or "," in text[mention.start : joined.start()]:  # "on 5, 6 and 7 September": a run of days
            out.append(mention)
            continue
        respectively = _RESPECTIVELY.match(text, mention.end) is not None
        if not respectively and _next_day(first, last):
            out.append(mention)
            continue
        out.append(Mention("day", mention.start, joined.start(), text[mention.start : joined.start()], first=first))
        out.append(Mention("day", joined.end(), mention.end, text[joined.end() : mention.end], first=last))
    return out


def _next_day(first: DayPart, last: DayPart) -> bool:
    year = first.year or last.year or 2023  # a common year: "28 February and 1 March" follow each other
    try:
        start, end = dt.date(year, first.month, first.day), dt.date(last.year or year, last.month, last.day)
    except ValueError:
        return False
    if end < start and last.year is None:
        end = end.replace(year=end.year + 1)  # "31 December and 1 January"
    return end - start == dt.timedelta(days=1)


def _screened(text: str, mention: Mention) -> Mention | None:
    """`mention` as the words around it read it: None for a figure that only looks like a clock time."""
    if mention.kind == "time" and text[max(0, mention.start - 2) : mention.start].strip()[-1:] in _CURRENCY:
        return None  # "$1.00 fee per tire", "£12.50": a price, not a clock time
    if mention.kind == "time" and (_CODE_AFTER.match(text, mention.end)
                                   or _NUMBER_SIGN.search(text, max(0, mention.start - 5), mention.start)):
        return None  # "Case No. 2:18-cv-06754": a docket number, not 2:18
    if mention.kind == "time" and _running_time(text, mention):
        return None  # "Duration: 4:22", "Durée de l'audio 4:22", "0:00 / 34:53": a recording's length or position
    if mention.kind == "time" and mention.text[-4:].isdigit() and _STREET_AFTER.match(text, mention.end):
        return None  # "located at 1500–1509 E. 59th Street": a house number, not 15:00
    if mention.kind == "time" and _ROOM_BEFORE.search(text, max(0, mention.start - 60), mention.start) \
            and text[mention.end : mention.end + 1] == ")" and not mention.zone and mention.time is not None \
            and (mention.time.hour < 7 or mention.time.minute % 5) and not _MERIDIEM.search(mention.text):
        return None  # "Salle Evelyn-Dumas (1.30)", "Seminar Room (2.14)": a room's number, no hour of a meeting
    if mention.zone and (place := _PLACE_CLOCK.match(text, mention.end)) is not None:
        # "3:00 p.m. EST (Jamaica Time)": the place's clock says which EST is meant, and whether it shifts.
        mention = Mention("time", mention.start, place.end(), text[mention.start : place.end()], None, None, 0,
                          None, mention.time, mention.until, place.group(1))
    return mention


_CURRENCY = frozenset("$€£¥")
# A number's sign right before, or letters and digits joined on by hyphens: a case or file number ("No. 2:18-cv-06754").
# The label of a recording's length, right before it: "Duration:", "Running time", "Durée de l'audio", "Länge:".
_LENGTH_BEFORE = re.compile(
    r"(?i:\b(?:duration|length|running\s+time|run\s*time|play(?:ing)?\s+time|dur[ée]e(?:\s+(?:de\s+l[’']|du\s+)"
    r"(?:audio|vid[ée]o|podcast|[ée]mission|extrait))?|dauer|spieldauer|laufzeit|l[äa]nge|duraci[óo]n|dura[çc][ãa]o)"
    r")\s*:?\s*$")
# A player's readout: its position, from "0:00", over the recording's length ("0:00 / 34:53").
_PLAYER_READOUT = re.compile(r"(?<![\d:.])0?0:00\s*/\s*\d{1,2}:\d\d(?::\d\d)?(?![\d:])")
_MINUTES_SECONDS = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")


def _running_time(text: str, mention: Mention) -> bool:
    """A clock-like figure giving a recording's length or a player's position, not a time of day: after a
    label of length ("Duration: 4:22"), or in a player's "0:00 / 4:22"; never a time with am/pm or "Uhr"."""
    if not _MINUTES_SECONDS.fullmatch(mention.text.strip()):
        return False
    if _LENGTH_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None:
        return True
    readouts = _PLAYER_READOUT.finditer(text, max(0, mention.start - 12), mention.end + 12)
    return any(found.start() <= mention.start < found.end() for found in readouts)


_CODE_AFTER = re.compile(r"-[A-Za-z]{1,4}-?\d")
_NUMBER_SIGN = re.compile(r"\b(?:No|Nr|Az)\.\s?$|#\s?$")
# A room's or hall's name, then its number in brackets: "Salle Evelyn-Dumas (", "Conference Room B (".
_ROOM_BEFORE = re.compile(r"\b(?:Salle|Sala|Saal|Raum|Room|Hall|Suite|Auditorium|Aula|Amphithéâtre|Amphi)\b"
                          r"[^\n()]{0,40}\($")
_MERIDIEM = re.compile(r"[ap]\.?m\b|\bh\b|uhr", re.IGNORECASE)
_PLACE_CLOCK = re.compile(r"\s*\(\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Tt]ime)\s*\)")
# After four digits: a range of house numbers, a compass point or a street ("1500 N. Main", "2200 Harbor Road").
_STREET_AFTER = re.compile(r"\s*[–-]\s*\d|\s+[NSEW]\.?\s|\s+(?:[A-Z][\w.]*\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd"
                           r"|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl)\b")



# A recording's length right after a time: "00:41 min", "27:37 Min.", "1:02:10 min" (minutes and seconds).
_LENGTH_AFTER = re.compile(r"[ \t]*(?:[,|·•–-][ \t]*)?(?:\d{1,2}:)?[0-5]?\d:[0-5]\d[ \t]*(?i:min(?:\.|uten|utes)?)"
                           r"(?!\w)")


def without_air_times(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Mi 08.07.2020 13:30 Uhr 00:41 min" under a video's teaser: when a recording aired, then its length; the
    time and its day tell of the recording, no event."""
    aired = [m for m in mentions if m.kind == "time" and _LENGTH_AFTER.match(text, m.end)]
    if not aired:
        return mentions
    gone = {id(m) for m in aired}
    for time in aired:
        # (the day just before it on the same line: "Mi 08.07.2020 13:30 Uhr")
        days = [m for m in mentions if m.kind == "day" and m.end <= time.start
                and "\n" not in text[m.end : time.start] and time.start - m.end <= 3]
        gone.update(id(m) for m in days[-1:])
    return [m for m in mentions if id(m) not in gone]
