"""Page and wire stamps: a line that only says when a page or story was made or filed, not an event. Pure.

    stamp      "03/03/14 11:00" alone on a line, or after "Posted:"
    stamp line "(Agency) 16:09, October 17, 2024", "June 28, 2018 / 3:54 AM"
    opening    "28 May 2019, 4:00PM" atop a story whose paragraphs give their own times
    filed line "Published in English on 8.5.2019 at 13.24"
    post       "— RTA (@rta_dubai) January 5, 2024" under a post quoted in a story
"""

from __future__ import annotations

import re

from parsers.dates import Mention, find_mentions
from parsers.datewords import STAMP_LABELS_ABROAD
from parsers.documentkinds import RELEASE_KINDS
from parsers.fieldnames import alternatives
from parsers.mentions import DAY_KINDS
from parsers.places import find_places

_REACH = 40  # characters before a mention where a page's stamp stands


# "03/03/14 11:00" alone on a line, or after "Posted:": a page's stamp, its date in a form the grammar does not
# read as a day.
_STAMP = re.compile(r"^\W*(?:(?:posted|published|updated|last\s+updated|created|modified|printed|issued)(?:\s+on)?"
                    r"\s*:?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d\d)?\s*,?\s*$", re.IGNORECASE)


# "Issued at HKT 16:30", "Posted at 09:14 GMT": a line that gives only the minute a release was issued, after a word
# of publishing and "at", its clock's label before or after it (as some governments close each release, under the
# line that ends it).
# The same with a colon for "at": "Released: 10:00 a.m.", "Issued: 14:30" (a city's releases, each under its day).
_FILED_AT = re.compile(r"\W*(?:issued|posted|published|released|updated|last\s+updated|filed|uploaded)"
                       r"(?:\s+at\s+|\s*:\s*)(?:\(?(?-i:[A-Z]{2,5})\)?\s*)?", re.IGNORECASE)
_FILED_AT_REST = re.compile(r"\s*(?:\(?[A-Z]{2,5}\)?)?[\s.]*")


def stamp(sentence: str, mention: Mention) -> bool:
    """A time right after a numeric date, with no words on the line, or alone on a line after "Issued at": when the
    page was made, not an event."""
    if mention.kind in DAY_KINDS:
        line_start = sentence.rfind("\n", 0, mention.start) + 1
        return _NOTICE_LABEL.fullmatch(sentence, line_start, mention.start) is not None \
            and _NOTICE_DAY_REST.match(sentence, mention.end) is not None
    if mention.kind != "time":
        return False
    if mention.start <= _REACH and _STAMP.match(sentence[: mention.start]) is not None \
            and not sentence[mention.end :].strip(" .|"):
        return True
    line_start = sentence.rfind("\n", 0, mention.start) + 1
    line_end = sentence.find("\n", mention.end)
    line_end = line_end if line_end >= 0 else len(sentence)
    if _UPDATE_OPENING.fullmatch(sentence, line_start, mention.start) is not None \
            and _STORY_GOES_ON.match(sentence, mention.end) is not None:
        return True
    if _NOTICE_OPENING.fullmatch(sentence, line_start, mention.start) is not None \
            and _NOTICE_COLON.match(sentence, mention.end) is not None:
        return True
    return _FILED_AT.fullmatch(sentence, line_start, mention.start) is not None \
        and _FILED_AT_REST.fullmatch(sentence, mention.end, line_end) is not None


# "Update: 6:36PM FARMERS within the Central division will ...": a news site's mark of when it last changed the
# story, opening its first paragraph, the story's own first sentence right after the clock.
_UPDATE_OPENING = re.compile(r"\W*(?:update|updated|last\s+updated)\s*:\s*", re.IGNORECASE)
_STORY_GOES_ON = re.compile(r"[ \t]+(?-i:[A-Z])")

# "Correction 8/29/10 7:05 a.m. PDT: A previous version of this story misstated ...", "Clarification, Aug. 20 at 3:12
# p.m.: ...", "Updated 8/19/10 10:42 a.m.: Adds comment ...": a news site's note of when it corrected or updated the
# story, opening a line, its date at most between the word and the clock, a colon after the clock and its zone.
_NOTICE_OPENING = re.compile(r"\W*(?:correction|clarification|corrected|update|updated|editor['’]s\s+note)"
                             r"[\s,]*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}"
                             r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?[\s,]*(?:at\s+)?", re.IGNORECASE)
_NOTICE_COLON = re.compile(r"\s*(?:\(?[A-Z]{2,5}\)?)?\s*:")
# (its day, when the grammar reads one, then its clock at most before the colon)
_NOTICE_LABEL = re.compile(r"\W*(?:correction|clarification|corrected|update|updated|editor['’]s\s+note)[\s,]*",
                           re.IGNORECASE)
_NOTICE_DAY_REST = re.compile(r"[\s,]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
                              r"(?:\(?[A-Z]{2,5}\)?)?)?\s*:")


# "(Agency) 16:09, October 17, 2024", "June 28, 2018 / 3:54 AM": a line of a full date and a clock time and
# nothing more than a source's name in brackets and a separator: when the story was filed, not an event. The clock
# may have a second label after a slash ("21:01 HKT/SGT", as wires that serve two cities of one clock print it).
_STAMP_REST = re.compile(r"(?:/[A-Z]{2,5}\b)?\W*(?:\([^()]{1,30}\))?[\s,/|·•–—-]*")
_MIDNIGHT = re.compile(r"00[:.]00(?:[:.]00)?")
# "Pressmeddelande • Feb 24, 2017 07:05 CET", "Press release | 3 May 2021, 10:12": a newsroom's line naming the kind
# of document, a separator, then the day and minute it was put out, its zone at most after it.
_DOCUMENT_KIND = re.compile(rf"\W*(?:{alternatives(RELEASE_KINDS)})\s*[|·•–—-]\s*", re.IGNORECASE)
_ZONE_REST = re.compile(r"\s*(?:\(?[A-Z]{2,5}\)?)?\s*\.?\s*")
# "입력 2017-01-20 07:00", "수정 2017.01.20 08:12", "发布时间：2019-02-08 10:00", "更新日時:2019年2月8日 17:00": the
# words with which Korean, Chinese and Japanese news sites label the minute a story was put in or last changed.
_EAST_ASIAN_STAMP_LABEL = re.compile(r"\W*(?:기사\s?입력|입력|최종\s?수정|수정|승인|등록|발행|"
                                     r"发布时间|發布時間|发布日期|發佈時間|更新时间|更新時間|"
                                     r"更新日時)\s*[:：]?\s*")
# (not "配信日時" nor "公開日時": a stream's or a showing's start as often as a story's)


# "2024/9/26 12:21(9/26 14:11 更新)", "26.09.2024 12:21 (updated 26.09. 14:11)": a stamp, then in brackets the minute
# the story was last changed, with the word for an update: both when the page was made, no event
_UPDATE_NOTE = re.compile(r"[ \t]*[(（](?=[^()（）]*\d)[^()（）]{0,30}?(?:更新|updated?|aktualisiert|mis\s+à\s+jour"
                          r"|actualizado)[^()（）]{0,30}[)）][ \t.]*$", re.IGNORECASE)


def updated_stamp_line(sentence: str, mentions: list[Mention]) -> bool:
    """A line that is a stamp, a day with its year and a clock, followed only by a bracketed note of the minute the
    story was last changed ("2024/9/26 12:21(9/26 14:11 更新)")."""
    note = _UPDATE_NOTE.search(sentence)
    if note is None:
        return False
    stamp = [m for m in mentions if m.end <= note.start()]
    if len(stamp) != 2 or [m.kind for m in stamp] != ["day", "time"] or stamp[0].first is None \
            or stamp[0].first.year is None:
        return False
    day, clock = stamp
    return all(_STAMP_REST.fullmatch(part) is not None
               for part in (sentence[: day.start], sentence[day.end : clock.start], sentence[clock.end : note.start()]))


def stamp_line(sentence: str, mentions: list[Mention], above: str = "") -> bool:
    """A line that is only a wire's or a page's stamp: a dated day with a year and a time, no words. `above` is the
    line over it, which may be the stamp's label alone ("Publicado:")."""
    if filed_line(sentence, mentions, above):
        return True
    days = [m for m in mentions if m.kind == "day" and m.first is not None and m.first.year is not None]
    if len(days) != 1 or len(mentions) != 2 or not any(m.kind == "time" for m in mentions):
        return False
    first, second = mentions
    parts = (sentence[: first.start], sentence[first.end : second.start], sentence[second.end :])
    # A schedule's row "1/11/2019 07:10 - 07:20", an event page's "August 26, 2024 | 6:30 pm" or an agenda's
    # "(New date) Thursday, 17 June 2027, 10:30" over what happens then is no stamp: a stamp gives the minute it
    # was filed at ("/ 3:54 AM", "(Agency) 16:09"), which no one sets a meeting for, after a source's name in
    # brackets or before a separator.
    if first.kind != "time" and (_DOCUMENT_KIND.fullmatch(parts[0]) is not None
                                 or _EAST_ASIAN_STAMP_LABEL.fullmatch(parts[0]) is not None) \
            and _STAMP_REST.fullmatch(parts[1]) is not None and _ZONE_REST.fullmatch(parts[2]) is not None:
        return True  # "Pressmeddelande • Feb 24, 2017 07:05 CET", "입력 2017-01-20 07:00": when it went out
    clock = next(m.time for m in mentions if m.kind == "time")
    filed_minute = clock is not None and clock.minute % 5 != 0
    # ("Fri, 12/29/2023 - 12:04": a news listing's stamp, its minute after a dash; "lunes, 4 de abril de 2022 ·
    # 10:21": after a middle dot or a bullet, as news sites set their stamps.)
    # ("vendredi, 12 juillet, 2024 à 19:03": the word for "at" between them, as French, Spanish and German stamps
    # write it, opening the item's text; under a label of its own, "Programa:", such a line is that day's event.)
    marked = filed_minute and ("(" in parts[0] or any(mark in parts[1] for mark in "/|-–—·•")
                               or not above.strip() and _AT_WORD.fullmatch(parts[1]) is not None)
    # "Monday 21 March 2016 - 00:00", "30/01/2013 00:00:00": a site's empty time field printed after the day it
    # stamps. No one announces a meeting as "00:00" alone after its date on a line.
    marked = marked or (first.kind != "time" and _MIDNIGHT.fullmatch(sentence[second.start : second.end]) is not None)
    # "13:20 | 14/07/2016": the clock first, a bar, then the full date, as news sites stamp a story; a row of a
    # programme gives its day before its time, and its words on the line.
    marked = marked or (first.kind == "time" and "|" in parts[1])
    return marked and all(m.until is None for m in mentions) and all(
        _STAMP_REST.fullmatch(part) is not None or at == 1 and _AT_WORD.fullmatch(part) is not None
        for at, part in enumerate(parts))


# A line of figures holding a clock ("2018-05-14 / 15:06"): a stamp line may be one, no letter on it.
_FIGURES_AND_CLOCK = re.compile(r"(?m)^[\d \t./|·•–—,-]*\d[:.]\d\d[ \t/|·•–—,-]*$")


def stamp_lines_apart(body: str) -> str:
    """`body` with each stamp line that stands inside a paragraph set apart by blank lines: a wire's notice
    hard-wrapped ("... zur Hauptversammlung am 22.06.2018 in Düsseldorf, zur" / "europaweiten Verbreitung ..." /
    "2018-05-14 / 15:06" / "Bekanntmachung ..."), which the reader would take for one paragraph, its stamp's minute
    joined to the day of the line above. Apart, the line is read as the stamp it is."""
    if _FIGURES_AND_CLOCK.search(body) is None:
        return body  # most bodies: no line of figures and a clock
    lines = body.split("\n")
    for at in range(1, len(lines) - 1):
        line = lines[at]
        if _FIGURES_AND_CLOCK.fullmatch(line) is None or not lines[at - 1].strip() and not lines[at + 1].strip():
            continue
        mentions = find_mentions(line)
        if len(mentions) == 2 and stamp_line(line, mentions):
            lines[at] = f"\n{line}\n"
    return "\n".join(lines)


_AT_WORD = re.compile(r"\s*,?\s*(?:à|a\s+las|às|um|at|alle)\s+")
# "17.08.2012 07:00 CORRIENTES": the town of a story's dateline in capitals, alone after its day and clock.
_TOWN_IN_CAPITALS = re.compile(r"[ \t]+(?P<town>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2})[ \t]*")


def town_stamp(sentence: str, mentions: list[Mention], *, known: bool = True) -> bool:
    """A day with its year, its clock and then only a town in capitals, as a news site stamps a story with the
    town it was filed from ("17.08.2012 07:00 CORRIENTES"): the minute it went out, not an event. (Asked of an
    item's first line only: a run of such lines further down is an itinerary's rows, "18.03.2026 14:00 KUMASI".)"""
    if len(mentions) != 2:
        return False
    day, clock = mentions
    parts = (sentence[: day.start], sentence[day.end : clock.start], sentence[clock.end :])
    if day.kind != "day" or day.first is None or day.first.year is None or clock.kind != "time" \
            or parts[0].strip() or parts[1].strip(" \t,"):
        return False
    town = _TOWN_IN_CAPITALS.fullmatch(parts[2])
    if town is None or not known:
        return town is not None  # (`known` False: any word in capitals, as a row of an itinerary's towns has it)
    name = town.group("town").title()
    named = find_places(name)
    return bool(named) and named[0].start == 0 and named[0].end == len(name)


_EVENT_AT = re.compile(r"(?i:at|um|alle|a\s+las|om)\s")
_FIGURES_ONLY = re.compile(r"[\d\s./-]+")


# "Matera - mercoledì 23 giugno 2021" over "12.14": the town a dateline opens with, before its dash or comma.
_DATELINE_TOWN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}[ \t]*[-–—,][ \t]*")


def minute_under_day(text: str, mentions: list[Mention], above: str, above_mentions: list[Mention]) -> bool:
    """"07 October, 2025" over "15:09": a line of nothing but a clock time at a minute off the five, right under a
    line of nothing but a full date, is the second line of a stamp (when the story was filed), not an event of that
    day. A meeting is set on the five minutes ("10:30" under its day stays its time)."""
    if len(mentions) != 1 or len(above_mentions) != 1:
        return False
    said, day = mentions[0], above_mentions[0]
    if said.kind != "time" or said.time is None or said.until is not None or said.time.minute % 5 == 0:
        return False
    if day.kind != "day" or day.first is None or day.first.year is None or day.until is not None:
        return False
    opening = above[: day.start]
    return all(_STAMP_REST.fullmatch(part) is not None
               for part in (text[: said.start], text[said.end :], above[day.end :])) \
        and (_STAMP_REST.fullmatch(opening) is not None or _DATELINE_TOWN.fullmatch(opening) is not None)


# "30/01/2013 00:00:00", "Posted: 2019-03-04 09:12:45": a day and a clock to the second atop the item, a database's
# stamp; no one sets a meeting for a second. (The clock is no mention: seconds are read by no time form.) Not a field
# of the event's own ("Start: 2024-03-12 09:00:00", "Date(s): ..."), which an event page prints so too.
_SECONDS_CLOCK = re.compile(r"[\s,|/·•–—-]*\d{1,2}[:.]\d\d[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*")
_STAMP_LABEL = re.compile(r"\W*(?:(?:last\s+)?(?:posted|published|updated|modified|created|issued|submitted)(?:\s+on)?"
                          r"|release\s+date|publication\s+date|date\s+of\s+publication)?\s*:?\s*", re.IGNORECASE)
_STAMP_LINES = 3  # the item's first lines, where its stamp stands


def seconds_stamp(line: str, mentions: list[Mention], number: int) -> bool:
    """Line `number` of an item, a full date and a clock to the second after a stamp's label at most: when the page
    was stored."""
    if number >= _STAMP_LINES or len(mentions) != 1 or mentions[0].kind != "day" or mentions[0].first is None \
            or not mentions[0].first.year:
        return False
    day = mentions[0]
    return _SECONDS_CLOCK.fullmatch(line, day.end) is not None \
        and _STAMP_LABEL.fullmatch(line, 0, day.start) is not None


# "Published in English on 8.5.2019 at 13.24", "The Canadian Press, 11 Dec, 2023 01:59 PM": a line of full dates,
# each with the minute it was filed at (no one sets a meeting for 13.24), and besides them only a word of
# publishing or a source's name before a comma: a stamp, as the bracketed ones above.
_FILED_WORD = re.compile(rf"\b(?:published|posted|updated|filed|modified|issued|{STAMP_LABELS_ABROAD})\b",
                         re.IGNORECASE)
# "Publicado:" alone on its line over "Miércoles, 4 de Mayo de 2022 a las 07:46hrs.": a page's template puts the
# label and the stamp on lines of their own.
_LABEL_ALONE = re.compile(rf"^\W*(?:{_FILED_WORD.pattern})(?:\s+on)?\s*:\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^\W*(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*\s*,\s*$")
# (between the day and its minute: "/", or the word for "at": "Freitag, 1. Aug 2003 / 17:39 Uhr")
_FILED_GAP = re.compile(r"[\s,]*(?:(?:à|a\s+las|às|um|at|alle)\s+|[/|·•–—-][\s,]*)?")
_FILED_WORDS = 6  # words of 3+ letters besides the dates: a department's name and "Published in English"
_WORD3 = re.compile(r"[^\W\d_]{3,}")
_NUMERIC_DAY_BEFORE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d[\s,]*$")  # "8.5.2019 8.54"
_FILED_MENTIONS = 4


def filed_line(sentence: str, mentions: list[Mention], above: str = "") -> bool:
    """A line of stamps: each time straight after a full date, at a minute that is no multiple of five."""
    times = [m for m in mentions if m.kind == "time"]
    days = [m for m in mentions if m.kind != "time"]
    if not times or len(mentions) > _FILED_MENTIONS or any(m.first is None or m.first.year is None or m.until
                                                          for m in days):
        return False
    for said in times:
        if said.time is None or said.time.minute % 5 == 0 or said.until is not None:
            return False
        before = sentence[: said.start]
        if not any(_FILED_GAP.fullmatch(before[day.end :]) for day in days if day.end <= said.start) \
                and _NUMERIC_DAY_BEFORE.search(before) is None:
            return False
    ends = [0] + [m.end for m in mentions]
    rest = " ".join(sentence[end : m.start] for end, m in zip(ends, mentions, strict=False)) + sentence[ends[-1] :]
    if len(_WORD3.findall(rest)) > _FILED_WORDS:
        return False
    return _FILED_WORD.search(rest) is not None or _LABEL_ALONE.match(above) is not None or (
        _BYLINE.match(sentence[: mentions[0].start]) is not None and not sentence[mentions[-1].end :].strip(" .|"))


# "register by Thursday at 12 noon": a deadline's day, told under an event's own first line, is no event of its own
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than)\s+(?:\w+\s+)?$", re.IGNORECASE)


# "Cairo - ", "القاهرة - ": a town's name of one to three words, in any script, and a dash after it.
_FILING_TOWN = re.compile(r"[ \t]*[^\W\d_][\w'’.]*(?:[ \t][^\W\d_][\w'’.]*){0,2}[ \t]+[-–—][ \t]*")


def _filing_town(part: str) -> bool:
    """Is `part` a town's name and a dash ("Cairo - ", "القاهرة - "), not other words ("Harvest fair opens - ")?"""
    if _FILING_TOWN.fullmatch(part) is None:
        return False
    named = find_places(part)
    return bool(named) and not part[: named[0].start].strip()


def opening_stamp(number: int, sentence: str, mentions: list[Mention], mentions_of: dict[int, list[Mention]],
                  texts: dict[int, str]) -> bool:
    """"28 May 2019, 4:00PM" atop a story whose paragraphs give their own days and clock times ("this Friday at
    6.00pm"): the body's first line, a full date and a time and nothing else, is when the story was filed. (An
    event page's "August 26, 2024 | 6:30 pm" over a text that names no other time, only times of its own day
    ("Doors open at 5:30 PM") or a deadline ("register by Thursday at noon"), stays its event; but two first lines
    are stamps by their form alone, before that test: a minute no meeting is set at, not a multiple of five
    ("Martes, 28 Septiembre 2021 11:18"), and a news agency's offset in full ("08:20 (UTC +04:00)").) Further down,
    such a line over a paragraph that dates its own news is that release's stamp (see `_heads_release`)."""
    if len(mentions) != 2:
        return False
    days = [m for m in mentions if m.kind == "day" and m.first is not None and m.first.year is not None]
    if len(days) != 1 or mentions[0] is not days[0] or mentions[1].kind != "time" or mentions[1].until is not None:
        return False
    first, second = mentions
    parts = (sentence[: first.start], sentence[first.end : second.start], sentence[second.end :])
    # ("2021-05-17 às 13h45": the word for "at" may part the day from its minute, as a government's site stamps it;
    # "Cairo - Wednesday 14 January 2026 12:34 AM", "القاهرة - ...": the town it was filed from, then a dash, may open
    # the body's first line)
    if not all(_STAMP_REST.fullmatch(part) is not None or at == 1 and _AT_WORD.fullmatch(part) is not None
               or at == 0 and number == 0 and _filing_town(part)
               for at, part in enumerate(parts)):
        return False
    # ("14 December 2026 at 10:00" over day headings is an event, as events are written: a site stamps a day in
    # figures, or with the Portuguese or French "às", "à")
    agenda_stamp = _FIGURES_ONLY.fullmatch(first.text) is not None or _EVENT_AT.match(second.text) is None
    if number == 0 and second.time is not None and second.time.minute % 5 != 0:
        return True  # "Martes, 28 Septiembre 2021 11:18" opening the body: the minute it was filed, no one's meeting
    if number == 0 and _WIRE_OFFSET.search(second.text):
        return True  # "21 February 2021 08:20 (UTC +04:00)" opening the body: a news agency's stamp, its offset in full
    if number != 0:
        # ("Comunicados" / "2021-05-17 às 13h45": under a section's name that dates nothing, the body's first dated
        # line over a week agenda's day headings is its stamp too)
        return _heads_release(number, days[0], mentions_of, texts) or agenda_stamp and not any(
            said for n, said in mentions_of.items() if n < number) and _over_day_headings(number, mentions_of, texts)
    if _over_its_dateline(days[0], texts.get(1, "")):
        return True  # "Jul 05, 2019, 12:30 ET" over "VANCOUVER, July 5, 2019 - ...": a wire's page stamp
    return any(any(m.kind == "time" for m in below)
               and any(m.kind in DAY_KINDS and not _DEADLINE.search(texts.get(n, ""), 0, m.start) for m in below)
               for n, below in mentions_of.items() if n > number) \
        or agenda_stamp and _over_day_headings(number, mentions_of, texts)


def _names_a_weekday(mention: Mention) -> bool:
    return mention.kind == "weekday" or mention.first is not None and mention.first.weekday is not None


_HEADING_REST = re.compile(r"[\s,.:;•·*()-]*")


def _over_day_headings(number: int, mentions_of: dict[int, list[Mention]], texts: dict[int, str]) -> bool:
    """A week agenda below the line: a line that is only a weekday's date ("Terça-feira, dia 18") over a row with its
    clock ("10h30 ..."); not a card's run of days ("Lantern Exhibition" / "03 Aug - 29 Sep 2031") in a listing."""
    for n in sorted(m for m in mentions_of if m > number):
        said, text = mentions_of[n], texts.get(n, "")
        if len(said) == 1 and said[0].kind in DAY_KINDS and _names_a_weekday(said[0]) \
                and _HEADING_REST.fullmatch(text[: said[0].start]) \
                and _HEADING_REST.fullmatch(text[said[0].end :]):
            return any(m.kind == "time" for later in mentions_of if later > n for m in mentions_of[later])
    return False


# "(UTC +04:00)", "(GMT+03:00)": the offset in hours and minutes in brackets after the clock, as news agencies of the
# Caucasus and Central Asia stamp their stories; an event gives its zone as "UTC+4" or by name.
_WIRE_OFFSET = re.compile(r"\(\s*(?:UTC|GMT)\s*[+−-]\s*\d\d:\d\d\s*\)\s*$")
_DATELINE_REACH = 60  # characters: the dateline's day stands this near the story's start
# "VANCOUVER, ", "OTTAWA, ON, ": a wire story's dateline, its town in capitals, before the day it was filed.
_CAPITALS_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w.]{1,20})?,\s*")


def _over_its_dateline(day: Mention, text: str) -> bool:
    """The body's first line, a day and a time, over a story that opens with a wire's dateline of the same day.
    (The dateline's own mentions are read again: the walk has taken them as the item's date line.)"""
    if _CAPITALS_DATELINE.match(text) is None:
        return False
    below = find_mentions(text[:_DATELINE_REACH], "")
    opening = below[0] if below else None
    if opening is None or opening.kind != "day" or opening.first is None or day.first is None:
        return False
    same = (opening.first.month, opening.first.day) == (day.first.month, day.first.day) \
        and opening.first.year in (None, day.first.year)
    return same and _CAPITALS_DATELINE.fullmatch(text, 0, opening.start) is not None


_RELEASE_WORDS = 8  # words of 3+ letters a release's paragraph has at least (a schedule's next row has fewer)


def _heads_release(number: int, day: Mention, mentions_of: dict[int, list[Mention]], texts: dict[int, str]) -> bool:
    """"28 Aug 2015, 2230 hours (GMT +8)" over "The SAF will hold exercises from 08:00am on Mon, 31 Aug 2015 ...":
    in a list of releases, each under the minute it was issued, the line is the stamp of the paragraph below,
    which dates its own news with years and never on the line's day. A programme's "Monday, 5 May 2025, 10:00"
    over what happens then names no other dated day below it, and stays an event."""
    below = mentions_of.get(number + 1, [])
    dated = [m.first for m in below if m.kind in ("day", "span") and m.first is not None and m.first.year is not None]
    own = day.first
    return bool(dated) and own is not None and len(_WORD3.findall(texts.get(number + 1, ""))) >= _RELEASE_WORDS \
        and all((d.year, d.month, d.day) != (own.year, own.month, own.day) for d in dated)


# "Ministry of Foreign Affairs and Trade, February 28, 2020 8:00 PM" under each headline of a news list: a
# publisher's name, a comma, a full date and a clock time, nothing after. One such line may be an event page's
# organiser and start; the same name heading two of them in one item is a list's stamps, whatever the minute.
_NAMED_STAMP = re.compile(r"^\W*([A-Z][^\d,:;()]{2,80}?)\s*,\s*$")
_NAMED_GAP = re.compile(r"[\s,]*(?:at\s+)?")


def listed_byline(number: int, sentence: str, mentions: list[Mention], texts: dict[int, str]) -> bool:
    """A line of a name, a full date and a time, whose name opens another such line of the item: a stamp."""
    if len(mentions) != 2:
        return False
    day, clock = mentions
    if day.kind != "day" or day.first is None or day.first.year is None or day.until is not None \
            or clock.kind != "time" or clock.until is not None:
        return False
    named = _NAMED_STAMP.match(sentence[: day.start])
    if named is None or _NAMED_GAP.fullmatch(sentence[day.end : clock.start]) is None \
            or sentence[clock.end :].strip(" .|"):
        return False
    head = named.group(1) + ","
    return any(n != number and text.lstrip().startswith(head) and any(c.isdigit() for c in text)
               for n, text in texts.items())


# "— RTA (@rta_dubai) January 5, 2024": the signature a quoted social-media post ends with, its author's handle in
# brackets, then the day it was posted: when the post was made, not an event.
_HANDLE_BEFORE = re.compile(r"\(@\w{1,30}\)\s*$")
_POST_DAY_KINDS = frozenset({"day", "published"})


def post_signature(sentence: str, mention: Mention) -> bool:
    """Is the mention the day a quoted post was made, right after its author's handle ("(@rta_dubai) January 5")?"""
    return mention.kind in _POST_DAY_KINDS \
        and _HANDLE_BEFORE.search(sentence, max(0, mention.start - _REACH), mention.start) is not None
