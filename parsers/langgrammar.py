"""What the readers of other languages share: a grammar of named forms, its matches' parts, and a gate. Pure.

Each reader (lang_catalan, lang_croatian, lang_iberian, lang_italian, lang_malay, lang_romanian, lang_swahili,
lang_turkish) keeps its own words, forms and readers of a form; this module holds the shape they all take, so a reader
for a new language is its word lists, its forms and one function from a match to a mention.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import ahocorasick

from parsers.gate import folded_case
from parsers.mentions import DayPart, Mention, day_part, ordered_span


def compile_forms(forms: dict[str, str], not_after: str = r"\w/.:-", not_after_text: str = "") -> re.Pattern[str]:
    """One pattern of every form, in order (a span's form before its days'), each a group named "f_" and its key;
    none begins inside a word, a number or a date (a character of `not_after` before it: Catalan and Turkish add the
    apostrophe, "d'11", "2023'te"), nor after `not_after_text`, a lookbehind of its own (Chinese: a clock's "9:")."""
    choices = "|".join(f"(?P<f_{name}>{form})" for name, form in forms.items())
    behind = f"(?<!{not_after_text})" if not_after_text else ""
    return re.compile(rf"{behind}(?<![{not_after}])(?:{choices})")


def parts(match: re.Match[str]) -> tuple[str, dict[str, str | Any], tuple[int, int, str]]:
    """The key of the form that matched, its groups (typed as `re` gives them: a group of the form that matched
    may be read as a string), and the span a Mention opens with."""
    return (match.lastgroup or "")[2:], match.groupdict(), (match.start(), match.end(), match.group().strip())


_Read = TypeVar("_Read")  # what a reader makes of a match: a mention, or (lang_malay) the mentions it holds


def gated_mentions(text: str, hint_words: tuple[str, ...], marker: re.Pattern[str] | None, grammar: re.Pattern[str],
                   read: Callable[[re.Match[str]], _Read | None]) -> list[_Read]:
    """The mentions `read` makes of `grammar`'s matches in `text`, in order. Most texts are not of the language and
    pay only for the gate: a text is read if it holds one of `hint_words` (written as gate.folded_case writes the
    text: "?ubat" for "Şubat") and, where a month's name is a word of other languages too, a word of the language
    (`marker`)."""
    words = _HINTS.words_of(hint_words)  # (first: a reader's first words are added before the text is looked through)
    if words.isdisjoint(_HINTS.found(ascii_folded(text))) or (marker is not None and marker.search(text) is None):
        return []
    return [m for match in grammar.finditer(text) if (m := read(match)) is not None]


class _HintIndex:
    """Every reader's hint words in one automaton (Aho-Corasick, pyahocorasick's C): one pass over a text gives every
    hint word it holds, for all the readers asking of it in a row, instead of one substring scan of the text a word
    (about 300 of them). A word is found exactly where `word in text` holds: the automaton reports every occurrence of
    every word, overlapping ones too. The words are added as readers first ask with them (each a constant tuple);
    the automaton is made again after an addition, before the next text."""

    def __init__(self) -> None:
        self._sets: dict[tuple[str, ...], frozenset[str]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._lock = threading.Lock()  # (readers may run in threads: new words and a new automaton, one at a time)
        # The text last looked through, the automaton that looked and the words it found (a tuple replaced whole: see
        # gate._LAST_LOWERED). The automaton is kept so that a thread that looked with the one before a reader's new
        # words were added leaves no answer that lacks them.
        self._last: tuple[str, ahocorasick.Automaton | None, frozenset[str]] = ("", None, frozenset())

    def words_of(self, hint_words: tuple[str, ...]) -> frozenset[str]:
        words = self._sets.get(hint_words)
        if words is None:
            with self._lock:  # (a reader's first words, once: the automaton is made again with them)
                words = frozenset(hint_words)
                known = self._known()
                self._sets[hint_words] = words
                if not words <= known:
                    self._automaton = None
        return words

    def _known(self) -> frozenset[str]:
        return frozenset().union(*self._sets.values())

    def _made(self) -> ahocorasick.Automaton:
        with self._lock:
            automaton = self._automaton
            if automaton is None:
                automaton = ahocorasick.Automaton()
                for word in self._known():
                    automaton.add_word(word, word)
                automaton.make_automaton()
                self._automaton = automaton
            return automaton

    def found(self, folded: str) -> frozenset[str]:
        """The hint words (of every reader that asked so far) that `folded` holds."""
        last, automaton = self._last, self._automaton
        if last[0] == folded and automaton is not None and last[1] is automaton:
            return last[2]
        if automaton is None:
            automaton = self._made()
        words = frozenset(word for _, word in automaton.iter(folded))
        self._last = (folded, automaton, words)
        return words


_HINTS = _HintIndex()


def ascii_folded(text: str) -> str:
    """folded_case(text), with "?" for each letter beyond ASCII even where folded_case gives the lowered text (a text
    with a dotless "ı", or one lowered already): hint words written so ("?ubat" for "şubat") are looked for in it.
    Without this, a Turkish text with an "ı" never showed its "Şubat"."""
    folded = folded_case(text)
    return folded if folded.isascii() else folded.encode("ascii", "replace").decode("ascii")


def script_mentions(text: str, script: re.Pattern[str], grammar: re.Pattern[str],
                    read: Callable[[re.Match[str]], Mention | None]) -> list[Mention]:
    """The mentions `read` makes of `grammar`'s matches in `text`, in order, for a reader of one script (Greek,
    Cyrillic, Georgian, Devanagari, Bengali): a text with no letter of `script` pays one search."""
    if script.search(text) is None:
        return []
    return [m for match in grammar.finditer(text) if (m := read(match)) is not None]


def clock_range(hour: int, minute: int, groups: dict[str, Any], span: tuple[int, int, str]) -> Mention | None:
    """The time hour:minute, to the end of its range if the form read one (groups "uh", "um"); None where that end is
    not after its start: no range of one day's clock ("dalle 10 alle 2")."""
    until = dt.time(int(groups["uh"]), int(groups["um"] or 0)) if groups["uh"] else None
    if until is not None and until <= dt.time(hour, minute):
        return None
    return Mention("time", *span, time=dt.time(hour, minute), until=until)


def day_clock(groups: dict[str, Any], span: tuple[int, int, str]) -> Mention | None:
    """A 24-hour clock's time (groups "th", "tm"), to the end of its range; None for a bare hour before 7
    ("alle 5", "ora 5"): a language that keeps the 24-hour clock may still mean either half of the day there."""
    hour, minute = int(groups["th"] or 0), int(groups["tm"] or 0)
    if not groups["tm"] and hour < 7:
        return None
    return clock_range(hour, minute, groups, span)


def opens_a_clause(text: str, at: int, marks: str = ".!?:,\n") -> bool:
    """Does the word at `at` open the text, a line, or a sentence or clause after one of `marks`? A capital there may
    be the word itself ("Yarın saat 14.00'te ...", "Demà a les 10 hores ..."); elsewhere it is a name."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in marks


_ROW_MARKS = "\n•·*"  # a line's start, or a bullet's
_ROW_SEPARATOR = re.compile(r"[ \t]*[–—:|-]")


def hour_opens_a_row(match: re.Match[str]) -> bool:
    """Does a bare hour with its word open a programme's row, a line's or a bullet's first words, and a separator
    follow it ("10 hodín – otvorenie", "10 часа: откриване")? Not a count in a bullet ("• 3 hodiny teórie")."""
    return opens_a_clause(match.string, match.start(), _ROW_MARKS) \
        and _ROW_SEPARATOR.match(match.string, match.end()) is not None


def named_day(months: dict[str, int], weekdays: dict[str, int], day: str | None, month: str | None, year: str | None,
              weekday: str | None) -> DayPart | None:
    """The day a form's groups give, its month and weekday words of the language (`months`, `weekdays`, in lower
    case, a space between the words of a month of two); None where the form gave no day or month."""
    if day is None or month is None:
        return None
    number = months[" ".join(month.lower().split())]
    return day_part(day, number, year, weekdays.get(weekday.lower()) if weekday else None)


# The forms every reader names alike, read alike. `read_day` is the reader's named_day bound to its words.
DayReader = Callable[[str | None, str | None, str | None, str | None], DayPart | None]


def one_day(read_day: DayReader, groups: dict[str, Any], span: tuple[int, int, str]) -> Mention | None:
    """The form "d": a day, its month, year and weekday in the groups dd, dm, dy and dw."""
    day = read_day(groups["dd"], groups["dm"], groups["dy"], groups["dw"])
    return Mention("day", *span, first=day) if day else None


def two_days_of_a_month(read_day: DayReader, groups: dict[str, Any], span: tuple[int, int, str]) -> Mention | None:
    """The form "s" of two days and one month: the days s1d and s2d of month s2m in year s2y."""
    return ordered_span(span, read_day(groups["s1d"], groups["s2m"], groups["s2y"], None),
                        read_day(groups["s2d"], groups["s2m"], groups["s2y"], None))


def span_of_openings(read_day: DayReader, groups: dict[str, Any], span: tuple[int, int, str]) -> Mention | None:
    """The form "s" opened in several ways (the Catalan "entre el 3 i el 5 de març", "3-5 de març"; the Romanian "din 3
    până în 5 martie"): the last day s2d of s2m, s2y; the first, whichever of s1d, s3d, s4d opened, in its own month
    (s1m, s3m) or the last's. (A grammar may lack some openings: the Slovak and Croatian "od 3. do 5." and "3.-5.")"""
    last = read_day(groups["s2d"], groups["s2m"], groups["s2y"], None)
    opening = groups.get("s1d") or groups.get("s3d") or groups.get("s4d")
    first = read_day(opening, groups.get("s1m") or groups.get("s3m") or groups["s2m"], groups["s2y"], None)
    return ordered_span(span, first, last)


def span_or_its_days(read_day: DayReader, match: re.Match[str]) -> tuple[Mention, ...]:
    """The form "s" as span_of_openings reads it, or, across the turn of a year ("del 30 de desembre al 2 de gener de
    2025", "din 30 decembrie până în 2 ianuarie 2025"), its two days, each a mention (days_apart): the first in its
    own month and year (s1m or s3m, s1y where the form has it), the last in s2m and s2y."""
    _, groups, span = parts(match)
    whole = span_of_openings(read_day, groups, span)
    if whole is not None:
        return (whole,)
    opened = next((name for name in ("s1", "s3") if groups.get(f"{name}m")), None)
    if opened is None:
        return ()  # (one month named: "del 5 al 3 de març" is no span)
    first = read_day(groups[f"{opened}d"], groups[f"{opened}m"], groups.get(f"{opened}y"), None)
    last = read_day(groups["s2d"], groups["s2m"], groups["s2y"], None)
    if first is None or last is None or (first.month, first.day) <= (last.month, last.day):
        return ()
    first_end = match.end(f"{opened}y") if groups.get(f"{opened}y") else match.end(f"{opened}m")
    return tuple(days_apart(match.string, ((first, match.start(), first_end),
                                           (last, match.start("s2d"), match.end()))))



def mentions_with_spans_apart(text: str, hint_words: tuple[str, ...], marker: re.Pattern[str] | None,
                              grammar: re.Pattern[str], read_day: DayReader,
                              read: Callable[[re.Match[str]], Mention | None]) -> list[Mention]:
    """gated_mentions of a grammar whose form "s" is a span that may cross the turn of a year: that form as
    span_or_its_days reads it (the span, or its two days), every other as `read` does (Catalan, Romanian)."""
    def mentions(match: re.Match[str]) -> tuple[Mention, ...]:
        if match.lastgroup == "f_s":
            return span_or_its_days(read_day, match)
        mention = read(match)
        return (mention,) if mention is not None else ()
    return [m for found in gated_mentions(text, hint_words, marker, grammar, mentions) for m in found]

# The next day of a pair or list after the one read: "и 29", "i 25", ", 25", ". a 19" (the stop of the day before, a
# word or a comma, then the number).
_NEXT_DAY = re.compile(r"\s*\.?\s*(?:,|\w+)\s*(?P<d>\d{1,2})(?!\d)")


def first_of_a_pair(read_day: DayReader, match: re.Match[str]) -> Mention | None:
    """The form "a": "25 и 29 апреля", "24 i 26 czerwca", a day joined by "and" (or a comma) to a later day of a
    month, alone, of the month named after the last (groups ad, am, ay); "5 и 6 мая", "1, 2 и 3 мая", days in a row
    to the last, are one span of them all (as "on 5 and 6 May" is), to the end of the month's name or the year."""
    day = read_day(match.group("ad"), match.group("am"), match.group("ay"), None)
    if day is None:
        return None
    last, at, month = day, match.end(), match.start("am")
    while (after := _NEXT_DAY.match(match.string, at, month)) is not None:
        following = read_day(after.group("d"), match.group("am"), match.group("ay"), None)
        if following is None or (following.day, following.month) != (last.day + 1, last.month):
            break
        last, at = following, after.end()
    if last is not day and not match.string[at:month].strip(" \t."):
        end = match.end("ay") if match.group("ay") else match.end("am")
        return Mention("span", match.start(), end, match.string[match.start() : end], first=day, last=last)
    return Mention("day", match.start(), match.end(), match.group(), first=day)


def today_word(match: re.Match[str], said: str, offsets: dict[str, int], span: tuple[int, int, str],
               marks: str = ".!?:,\n") -> Mention | None:
    """The form "p", a day said from the day of writing ("avui", "yarın", "danas"), `said` as its word list keeps
    it; None for a capital inside a sentence (after one of `marks` it opens a clause), which is a name."""
    if match.group("pub")[0].isupper() and not opens_a_clause(match.string, match.start(), marks):
        return None
    return Mention("published", *span, offset=offsets[said])


# The halves of the day a word before an Indic hour names (Hindi "दोपहर 2 बजे", Bengali "বিকাল ৩টায়"): midday puts an
# hour below 6 after noon, evening any hour below 12, night 7 to 11 (12 is midnight, 1 to 4 the small hours).
MIDDAY, EVENING, NIGHT = "midday", "evening", "night"
_NOON = 12
_AFTERNOON_UNTIL = 6
_NIGHT_FROM = 7


def hour_of_the_part(hour: int, minute: int, half: str, shift: int = 0) -> dt.time | None:
    """The time `hour`:`minute` names in the `half` of the day its word gives ("" for the morning or none), moved by
    `shift` minutes (a quarter less or more, "पौने", "সোয়া"); None when it falls outside the day."""
    if half == MIDDAY and hour < _AFTERNOON_UNTIL or half == EVENING and hour < _NOON \
            or half == NIGHT and _NIGHT_FROM <= hour < _NOON:
        hour += _NOON
    elif half == NIGHT and hour == _NOON:
        hour = 0  # midnight
    total = hour * 60 + minute + shift
    if not 0 <= total < 24 * 60 or hour > 24 or minute > 59:
        return None
    return dt.time(total // 60, total % 60)



def days_apart(text: str, days: Iterable[tuple[DayPart | None, int, int]]) -> list[Mention]:
    """The two days of a span that is none, each a mention of its own ("12월 28일~1월 3일", "28 दिसंबर से 3 जनवरी तक":
    across the turn of a year, read as mentions.ordered_span reads "from 28 December to 2 January"), from each day
    and where it stands in `text`."""
    return [Mention("day", start, end, text[start:end], first=day) for day, start, end in days if day is not None]
