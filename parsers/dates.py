"""The date and time grammar of press releases: text -> mentions. Pure.

One regular expression finds every date, span, relative day, weekday and
time in a sentence, left to right, without overlaps; the forms are built
from small named parts so each reads as the prose it matches:

    days     21 November 2023 · 21st November · November 21, 2023 · Tuesday (21 November 2023)
             Tuesday, 21 November · 21 Nov. · 21/11/2023 (see `numeric_order`) · 2023-11-21
    spans    From 19 to 22 November 2023 · 19-22 November · 19–22 November ·
             30 November - 2 December 2023 · 19 and 20 November · November 19-22, 2023
    relative the same day · later that day · the following day · the day after · On Wednesday
    times    09:15 · 9.15 · 9.15 am · 2 p.m. · 14h30 · noon · midday
             from 10:00 to 11:30 · 10:00-11:30 · between 9:00 and 10:00, each with a zone label

Mentions keep what the text said (a year or not, a weekday or not); turning
them into calendar dates, with the year from context, is `resolve_day`.

This module runs the grammar; its parts live beside it: datewords (the names), dateforms (the
regular expression), datescan (where to try it), datematch (a match -> mentions), datecontext
(second readings in the text around), mentions (the records).
"""

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from parsers.clock import parse_clock
from parsers.clockwords import with_bare_hours, with_halves_of_the_day
from parsers.dashedclocks import with_dashed_clocks
from parsers.datecontext import in_context, listed_days, without_air_times
from parsers.datematch import days_in, listed, mention_of
from parsers.datenames import without_place_names
from parsers.datescan import BACK, anchors, leftmost
from parsers.datewords import MONTHS, WEEKDAYS, ZONE_LABELS
from parsers.daywords import day_words
from parsers.digitscan import digit_positions
from parsers.dottedpairs import dotted_pairs
from parsers.dottedranges import with_dotted_day_ranges
from parsers.fieldhours import field_hours
from parsers.fourdigitfields import four_digit_fields
from parsers.fourdigitranges import four_digit_ranges
from parsers.fourdigitrows import four_digit_rows
from parsers.lengths import without_lengths
from parsers.mentions import CUT_OFF_HOUR, DayPart, Mention
from parsers.newyearsday import new_years_days
from parsers.placeclocks import with_place_clocks
from parsers.restated import without_offset_figures, without_utc_restatements
from parsers.secondsfields import seconds_fields
from parsers.spokenclock import spoken_mentions
from parsers.toldranges import with_dated_ends, with_told_ranges
from parsers.zonewords import with_clock_rows, with_foreign_labels, with_list_labels, with_row_labels

# Imported from here by many callers: the records, the words and the clock.
__all__ = ["MONTHS", "NEAR_DAYS", "WEEKDAYS", "ZONE_LABELS", "DayPart", "Mention", "find_mentions", "parse_clock",
           "prepare", "resolve_day"]


def find_mentions(text: str, numeric_order: str = "") -> list[Mention]:
    """Every date and time mention in `text`, in order.

    `numeric_order` is the source's convention for 21/11/2023: "dmy" or "mdy";
    without one, a slashed date is read only where it can be read one way.
    """
    mentions: list[Mention] = []
    digits = digit_positions(text)  # for the anchors here and the German and French ones: one scan
    taken = 0  # text before this is inside a mention already found
    tried = 0  # word starts before this were tried already: a failed start fails for later anchors too
    for anchor in anchors(text, digits):
        if anchor < taken:
            continue
        low = max(taken, tried, anchor - BACK)
        # A mention found before the anchor ("Tomorrow" in "Tomorrow (September 17)") leaves the anchor's own.
        while (match := leftmost(text, low, anchor)) is not None:
            taken = match.end()
            mention = mention_of(match, numeric_order)
            if mention is not None:
                mentions.extend(listed(match, mention))
            if taken > anchor:
                break
            low = taken
        tried = anchor + 1
    readers = _other_languages()
    overlay = readers.overlay
    merged = in_context(text, _weekday_run_of_span(text, _dated_relatives(text, mentions)))
    foreign = readers.german_and_french(text, digits)
    if numeric_order == "mdy" and foreign:
        # "03.10.2026" of a month-first item: the grammar's reading in that order stands over the German day first.
        read = {(m.start, m.end) for m in merged if m.kind == "day"}
        foreign = [m for m in foreign if (m.start, m.end) not in read]
    merged = [m for m in overlay(merged, foreign) if m.kind != CUT_OFF_HOUR]
    # (and the clocks said in words, "half past ten", and four-figure rows, "0900 – Arrival of ministers")
    # (the readers of other scripts only where the text holds a character beyond the Latin letters and punctuation)
    others = readers.others if _BEYOND_LATIN.search(text) is not None else readers.latin
    for other_language in (*others, spoken_mentions, new_years_days, four_digit_rows, four_digit_fields,
                           four_digit_ranges, seconds_fields, field_hours, dotted_pairs, day_words):
        merged = overlay(merged, other_language(text))  # of two mentions that overlap, the longer stays
    merged = [m for m in merged if m.kind != CUT_OFF_HOUR]  # (a Polish "do godz. 12.40" has covered its clock)
    merged = without_lengths(text, merged)  # "the tour lasts ca. 2 h": how long, not when
    merged = listed_days(text, merged)  # "on 7 and 9 June", "am 14. und 21. September": two days, not a span
    merged = _weekdays_with_bracketed_days(text, merged)  # "am Samstag (28. September)": one day, its weekday said
    # "heure de Paris", "hora local" after any time; "at 9:00, 10:00 and 14:00 CET" all CET
    # ("a las 9 hora local -10 de la Argentina-": the second clock, a land's, says the moment)
    labelled = with_foreign_labels(text, with_dashed_clocks(text, merged))
    labelled = with_clock_rows(text, with_row_labels(text, with_list_labels(text, labelled)))
    labelled = without_utc_restatements(text, labelled)  # "10:15 p.m. EDT (02:15 UTC on May 15)": one moment
    labelled = without_offset_figures(text, labelled)  # "All times are UTC+05:30": an offset, no clock
    labelled = with_place_clocks(text, labelled)  # "London 16:30, New York 12:30": each its place's clock
    # "the talk starts at 7", "starts at 6 pm and ends at 8 pm": times told by the words around them
    told = with_told_ranges(text, with_bare_hours(text, with_halves_of_the_day(text, labelled)))
    # ("from 01:00 on 10 May to 15:00 on 10 May" is one range; "Piazza 1° Maggio" is a square)
    # ("od 15.09 do 30.09": a span of days, no clocks)
    told = with_dotted_day_ranges(text, told, digits)
    return without_place_names(text, with_dated_ends(text, without_air_times(text, told)))


class _Readers(NamedTuple):
    german_and_french: Callable[[str, list[int] | None], list[Mention]]
    overlay: Callable[[list[Mention], list[Mention]], list[Mention]]
    others: tuple[Callable[[str], list[Mention]], ...]  # each laid over the mentions found before it, in order
    latin: tuple[Callable[[str], list[Mention]], ...]  # the same but the readers of other scripts (_BEYOND_LATIN)


# The letters of every script a reader of its own reads (Greek U+0370.., Cyrillic U+0400.., Arabic U+0621..,
# Devanagari U+0900.., Bengali U+0980.., Thai U+0E00.., Georgian U+10D0.., Han U+4E00.., Hangul U+AC00..) lie here,
# and each such reader reads only a text holding one (its first test): a text without any, most texts, pays one
# search for them all, not one for each (the Latin letters, their accents and the punctuation and symbols
# U+2000-U+2BFF, curly quotes and dashes among them, are outside).
_BEYOND_LATIN = re.compile("[\u0370-\u1fff\u2c00-\U0010ffff]")


@functools.cache
def _other_languages() -> _Readers:
    """The readers of other languages' forms, imported at the first text read (parsers.lang imports this module);
    once: an import statement run at every call costs an AttributeError a time (a module has no __path__)."""
    from parsers.lang import foreign_mentions, overlay  # German and French forms
    from parsers.lang_albanian import albanian_mentions  # Albanian forms
    from parsers.lang_arabic import arabic_mentions  # Arabic forms
    from parsers.lang_bengali import bengali_mentions  # Bengali forms
    from parsers.lang_catalan import catalan_mentions  # Catalan forms
    from parsers.lang_chinese import chinese_mentions  # Chinese forms
    from parsers.lang_croatian import croatian_mentions  # Croatian forms
    from parsers.lang_cyrillic import cyrillic_mentions  # Bulgarian and Serbian Cyrillic forms
    from parsers.lang_devanagari import devanagari_mentions  # Hindi and Nepali forms
    from parsers.lang_estonian import estonian_mentions  # Estonian days and clocks
    from parsers.lang_georgian import georgian_mentions  # Georgian forms
    from parsers.lang_greek import greek_mentions  # Greek forms
    from parsers.lang_hungarian import hungarian_mentions  # Hungarian forms
    from parsers.lang_iberian import iberian_mentions  # Spanish and Portuguese forms
    from parsers.lang_icelandic import icelandic_mentions  # Icelandic forms
    from parsers.lang_italian import italian_mentions  # Italian forms
    from parsers.lang_korean import korean_mentions  # Korean forms
    from parsers.lang_latvian import latvian_mentions  # Latvian forms
    from parsers.lang_malay import malay_mentions  # Malay and Indonesian forms
    from parsers.lang_nordic import nordic_mentions  # Swedish, Danish and Norwegian weekdays said alone
    from parsers.lang_polish import polish_mentions  # Polish forms
    from parsers.lang_romanian import romanian_mentions  # Romanian forms
    from parsers.lang_slovak import slovak_mentions  # Slovak and Czech forms
    from parsers.lang_swahili import swahili_mentions  # Swahili forms
    from parsers.lang_tagalog import tagalog_mentions  # Filipino forms
    from parsers.lang_thai import thai_mentions  # Thai forms
    from parsers.lang_turkish import turkish_mentions  # Turkish forms
    from parsers.lang_vietnamese import vietnamese_mentions  # Vietnamese forms

    others = (
        iberian_mentions, malay_mentions, tagalog_mentions, italian_mentions, romanian_mentions, croatian_mentions,
        catalan_mentions, turkish_mentions, swahili_mentions, korean_mentions, slovak_mentions, icelandic_mentions,
        cyrillic_mentions, albanian_mentions, nordic_mentions, polish_mentions, greek_mentions, hungarian_mentions,
        vietnamese_mentions, chinese_mentions, thai_mentions, devanagari_mentions, bengali_mentions, arabic_mentions,
        georgian_mentions, latvian_mentions, estonian_mentions)
    scripts = {korean_mentions, cyrillic_mentions, greek_mentions, chinese_mentions, thai_mentions,
               devanagari_mentions, bengali_mentions, arabic_mentions, georgian_mentions}
    return _Readers(foreign_mentions, overlay, others, tuple(r for r in others if r not in scripts))


def prepare() -> None:
    """Import now the readers of other languages, which the first article read would import (`parsers.prepare`,
    before workers fork)."""
    _other_languages()


_RUN_WORDS = r"\s*(?:to|until|till|through|-|–|—)\s*"
_RUN_TO = re.compile(_RUN_WORDS + "$")
_APPOSED = re.compile(r"\s*,\s*")


def _dated_relatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The next day, April 4, 2012, he was arrested": a day counted from another, then its date in apposition, is
    that date; the count goes (it was counted from the day in context, which may be another story's)."""
    def dated(mention: Mention) -> bool:
        return mention.kind == "day" and mention.first is not None and mention.first.year is not None

    return [m for m, after in zip(mentions, [*mentions[1:], None], strict=False)
            if not (m.kind == "relative" and after is not None and dated(after)
                    and _APPOSED.fullmatch(text, m.end, after.start))]


# "... to Thursday (": the last weekday of a run, its dates in brackets after it.
_TO_WEEKDAY_BRACKETED = re.compile(_RUN_WORDS + r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*\(\s*")
_BRACKET_CLOSED = re.compile(r"\s*\)")


def _weekday_run_of_span(text: str, mentions: list[Mention]) -> list[Mention]:
    """"from Monday to Wednesday, 9 to 11 March": the second weekday opens the span's text but names its last
    day; the run of weekdays and the span are one span, each weekday on its day. So is "from Tuesday to Thursday
    (8-10 December)", the span in brackets after both weekdays."""
    out: list[Mention] = []
    for mention in mentions:
        if (run := _bracketed_span_of_run(text, out, mention)) is not None:
            out[-1] = run
            continue
        before = out[-1] if out else None
        if before is not None and before.kind == "weekday" and not before.offset and mention.kind == "span" \
                and mention.first is not None and mention.last is not None and mention.first.weekday is not None \
                and _RUN_TO.match(text, before.end, mention.start):
            first = replace(mention.first, weekday=before.weekday)
            last = replace(mention.last, weekday=mention.first.weekday)
            whole = text[before.start : mention.end]
            out[-1] = mention._replace(start=before.start, text=whole, first=first, last=last)
            continue
        out.append(mention)
    return out


def _bracketed_span_of_run(text: str, out: list[Mention], mention: Mention) -> Mention | None:
    """"Tuesday to Thursday (8-10 December)": the weekday before `mention`, the run to the next and the span in
    brackets, as one span (or None)."""
    if mention.kind != "span" or not out or mention.first is None or mention.last is None:
        return None
    opening = out[-1]
    if opening.kind != "weekday" or opening.offset \
            or (run := _TO_WEEKDAY_BRACKETED.fullmatch(text, opening.end, mention.start)) is None \
            or (bracket := _BRACKET_CLOSED.match(text, mention.end)) is None:
        return None
    first = replace(mention.first, weekday=opening.weekday)
    last = replace(mention.last, weekday=WEEKDAYS[run.group(1).lower()])
    whole = text[opening.start : bracket.end()]
    return mention._replace(start=opening.start, end=bracket.end(), text=whole, first=first, last=last)


_BRACKET_OPENS = re.compile(r"\s*\(\s*")


def _weekdays_with_bracketed_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """"am Samstag (28. September)", "bis Sonntag (29. September)", "on Friday (12 June)": a weekday and its day in
    brackets after it are one day, the weekday telling a yearless day's year (as "Saturday, 28 September" does)."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and before.kind == "weekday" and not before.offset and mention.kind == "day" \
                and mention.first is not None and mention.first.weekday is None \
                and _BRACKET_OPENS.fullmatch(text, before.end, mention.start) \
                and (bracket := _BRACKET_CLOSED.match(text, mention.end)) is not None:
            first = replace(mention.first, weekday=before.weekday)
            out[-1] = mention._replace(start=before.start, end=bracket.end(), text=text[before.start : bracket.end()],
                                       first=first)
            continue
        out.append(mention)
    return out


NEAR_DAYS = 250  # a weekday that fits this near the day in context is of that day's year (resolve.py too)


def resolve_day(part: DayPart, context: dt.date) -> tuple[dt.date, bool, str]:
    """The calendar day of `part`, its year taken from `context` when the text gave none.

    Returns (day, year_inferred, note). A year-less date is put in the year
    that brings it nearest to `context` (a January date in a December item
    falls in the next year); a weekday given with it picks among the nearest
    years the one where it falls on that weekday. A weekday that contradicts
    the date is reported in the note; the date, being more specific, wins.
    """
    if part.year is not None:
        day = dt.date(part.year, part.month, part.day)
        return day, False, _weekday_note(part, day)
    candidates = []
    # Three years around the context; four each way for 29 February, which needs a leap year.
    spread = 4 if (part.month, part.day) == (2, 29) else 1
    for year in range(context.year - spread, context.year + spread + 1):
        if part.day <= days_in(part.month, year):
            candidates.append(dt.date(year, part.month, part.day))
    candidates.sort(key=lambda d: abs((d - context).days))
    if part.weekday is not None:
        matching = [d for d in candidates if d.weekday() == part.weekday and abs((d - context).days) < NEAR_DAYS]
        if matching:
            return matching[0], True, ""
    day = candidates[0]
    return day, True, _weekday_note(part, day)


def _weekday_note(part: DayPart, day: dt.date) -> str:
    if part.weekday is None or part.weekday == day.weekday():
        return ""
    said = dt.date(2024, 1, 1 + part.weekday).strftime("%A")  # 2024-01-01 was a Monday
    return f"the text says {said}, but {day.day} {day:%B %Y} is a {day:%A}"
