"""The year a numbered session of a yearly (or twice- or thrice-yearly) gathering is held in: "the 78th session of the
UN General Assembly" opens in September 2023, "WHA76" sits in 2023, "COP28" in 2023. An undated item that names one
as its own is of that time, as a careful reader knows. Pure; the counts are the series' own, public facts.

Only when the text names one session of the series, and not in a sentence of history ("adopted at COP21", "since
the 52nd session"): it bounds the item's year as the office-holders it names do (yearwindow.Window).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from parsers.legislatures_table import LEGISLATURES_TSV
from parsers.officeholders import sentence_of
from parsers.yearwindow import Window

_ORDINAL = r"(?P<n>\d{1,3})(?:st|nd|rd|th)\s+"


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _general_assembly(n: int) -> tuple[dt.date, dt.date]:
    return dt.date(1945 + n, 9, 1), dt.date(1946 + n, 9, 30)  # a session runs from one September to the next


# (pattern, the session's days from its number, what the series is called)
_SERIES: tuple[tuple[re.Pattern[str], Callable[[int], tuple[dt.date, dt.date] | None], str], ...] = (
    (re.compile(rf"\b{_ORDINAL}session\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?General\s+Assembly\b"
                r"|\bUNGA\s?-?(?P<m>[5-9]\d)\b"), _general_assembly, "session of the UN General Assembly"),
    # three sessions a year since 2006
    (re.compile(rf"\b{_ORDINAL}(?:regular\s+)?session\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Human\s+Rights"
                r"\s+Council\b|\bHRC\s?-?(?P<m>[1-9]\d)\b"), lambda n: _year_span(2006 + (n - 1) // 3),
     "session of the Human Rights Council"),
    (re.compile(rf"\b{_ORDINAL}World\s+Health\s+Assembly\b|\bWHA\s?-?(?P<m>[5-9]\d)\b"),
     lambda n: _year_span(1947 + n), "World Health Assembly"),
    (re.compile(rf"\b{_ORDINAL}session\s+of\s+the\s+Commission\s+on\s+the\s+Status\s+of\s+Women\b"
                r"|\bCSW\s?-?(?P<m>[5-9]\d)\b"), lambda n: _year_span(1956 + n), "Commission on the Status of Women"),
    (re.compile(rf"\b{_ORDINAL}Munich\s+Security\s+Conference\b"), lambda n: _year_span(1964 + n),
     "Munich Security Conference"),
    # two summits a year since the 14th, in 2009
    (re.compile(rf"\b{_ORDINAL}ASEAN\s+Summits?\b"), lambda n: _year_span(2009 + (n - 14) // 2) if n >= 14 else None,
     "ASEAN Summit"),
    # (none was held in 2020)
    (re.compile(rf"\b{_ORDINAL}(?:[Ss]ession\s+of\s+the\s+)?International\s+Labou?r\s+Conference\b"),
     lambda n: _year_span(1912 + n if n >= 109 else 1911 + n), "International Labour Conference"),
)
# The UN climate conferences: "COP28", "COP 26"; only in a text of the climate (other treaties number their COPs too).
# (None was held in 2020.)
_COP = re.compile(r"\bCOP\s?-?(?P<m>[1-3]\d|[1-9])\b")
_CLIMATE = re.compile(r"(?i)climat|clima|klima|unfccc")
# "COP14 of the Convention on Biological Diversity", "the UNCCD's COP16", "Ramsar COP7": the other treaties' COPs,
# numbered apart ("COP14 in Sharm El-Sheikh" is the biodiversity COP of 2018, not the climate's of 2008). A COP is
# the climate's only when its sentence names no other convention, nor the text one with no climate in that sentence.
_OTHER_CONVENTION = re.compile(r"(?i)biodiversit|biological\s+diversity|\bCBD\b|desertification|\bUNCCD\b|ramsar"
                               r"|wetlands|\bCITES\b|\bBasel\b|\bRotterdam\b|\bStockholm\s+Convention|minamata"
                               r"|tobacco|\bFCTC\b|migratory\s+species|\bCMS\b")
# (and a later meeting about a session: "the report of the 78th session ... is discussed", "a follow-up workshop to
# the 42nd ASEAN Summit", "a review of the outcomes of COP28")
_HISTORY = re.compile(r"(?i)\b(?:since|adopted|agreed|reached|signed|held|took\s+place|was|were|last|previous|past"
                      r"|former|earlier|ago|outcomes?|legacy|anniversary|reports?\s+(?:of|on|from)|follow-?ups?"
                      r"|review(?:s|ing)?\s+(?:of|the)|implement(?:ing|ation)|results?\s+of|debrief(?:ing)?)\b")

# A parliament's numbered legislatures, whose terms elections called early cut short: the pattern of a legislature's
# number, the parliament's name, which the item must name too ("Kuvendi i Republikës së Kosovës ... Legjislaturën
# VII", "the 8th legislature of the Assembly of Kosovo"; Albania's Assembly numbers its own), its key in
# legislatures_table.py (each legislature's first and last year) and what the note calls it. Roman numerals or
# ordinals.
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_LEGISLATURES: tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+[Ll]egislature\b|\b[Ll]egislature\s+(?P<r>[IVX]{1,5})\b"
                r"|\b[Ll]egjislatur(?:a|ën|ës)\s+(?:e\s+)?(?P<s>[IVX]{1,5})\b"),
     re.compile(r"Kosov[oëa]"), "kosovo", "legislature of the Assembly of Kosovo"),
    (re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:legislature|(?:parliamentary\s+)?term)\s+of\s+the"
                r"\s+European\s+Parliament\b|European\s+Parliament['’]s\s+(?P<m>\d{1,2})(?:st|nd|rd|th)\s+"
                r"(?:legislature|(?:parliamentary\s+)?term)\b"),
     re.compile(r"European\s+Parliament"), "european-parliament", "legislature of the European Parliament"),
)


def _read_terms() -> dict[str, dict[int, tuple[int, int]]]:
    """Each parliament's legislatures, by number, with their first and last year, from LEGISLATURES_TSV."""
    terms: dict[str, dict[int, tuple[int, int]]] = {}
    for line in LEGISLATURES_TSV.splitlines():
        parliament, number, first, last = line.split("\t")
        terms.setdefault(parliament, {})[int(number)] = (int(first), int(last))
    return terms


_TERMS = _read_terms()


def _number(written: str) -> int:
    """The value of "8" or "VIII"."""
    if written.isdigit():
        return int(written)
    values = [_ROMAN_VALUES[c] for c in written]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


# "Kuvendi i Shqipërisë", "Kuvendi i Republikës së Kosovës", "the Assembly of Albania", "the European Parliament": a
# parliament named with its country, which a legislature's number nearest to it is of
_ASSEMBLY = re.compile(r"\bKuvend\w*\s+(?:i|të|e)\s+(?:Republik\w+\s+(?:së\s+)?)?[A-ZÇË]\w+"
                       r"|\bAssembly\s+of\s+(?:the\s+Republic\s+of\s+)?[A-Z]\w+|\bEuropean\s+Parliament\b")


def _of_the_parliament(text: str, number: re.Match[str], parliament: re.Pattern[str]) -> bool:
    """Is the legislature's number the parliament's: the parliament named nearest to it, if the text names one, is
    that one ("The Assembly of Albania (9th legislature) ... with a delegation of the Assembly of Kosovo": Albania's
    9th, not Kosovo's)?"""
    names = list(_ASSEMBLY.finditer(text))
    if not names:
        return True
    nearest = min(names, key=lambda n: max(n.start() - number.end(), number.start() - n.end()))
    return parliament.search(nearest.group()) is not None


def _legislatures(text: str) -> list[tuple[tuple[dt.date, dt.date], str]]:
    """The one legislature of a parliament the item names (with the parliament), and its years."""
    found = []
    for pattern, parliament, key, name in _LEGISLATURES:
        terms = _TERMS[key]
        if not parliament.search(text):
            continue
        numbers = {_number(next(g for g in m.groupdict().values() if g)) for m in pattern.finditer(text)
                   if not _HISTORY.search(sentence_of(text, m.start(), m.end()))
                   and _of_the_parliament(text, m, parliament)}
        if len(numbers) == 1 and (years := terms.get(number := numbers.pop())) is not None:
            found.append(((dt.date(years[0], 1, 1), dt.date(years[1], 12, 31)), f"the {_ordinal(number)} {name}"))
    return found


def climate_cop_year(number: int) -> int:
    """The year the UN climate conference of that number opened (none was held in 2020)."""
    return 1994 + number if number <= 25 else 1995 + number


def _climate_cops(text: str) -> set[int]:
    """The UN climate conferences' numbers `text` names ("COP28"), outside sentences of history and other treaties."""
    other = _OTHER_CONVENTION.search(text) is not None
    return {int(m.group("m")) for m in _COP.finditer(text)
            if not _HISTORY.search(sentence := sentence_of(text, m.start(), m.end()))
            and not (other and (_OTHER_CONVENTION.search(sentence) or not _CLIMATE.search(sentence)))}


def _named(pattern: re.Pattern[str], text: str) -> set[int]:
    """The session numbers `text` names of a series, outside sentences of history."""
    return {int(next(number for number in m.groupdict().values() if number))
            for m in pattern.finditer(text) if not _HISTORY.search(sentence_of(text, m.start(), m.end()))}


def window(text: str, reference: dt.date) -> Window | None:
    """The days a numbered session the text names as its own bound, when they leave out the reference date."""
    found: list[tuple[tuple[dt.date, dt.date], str]] = []
    for pattern, days, series in _SERIES:
        if len(numbers := _named(pattern, text)) == 1 and (span := days(number := numbers.pop())) is not None:
            found.append((span, f"the {_ordinal(number)} {series}"))
    if "COP" in text and _CLIMATE.search(text) and len(numbers := _climate_cops(text)) == 1:
        number = numbers.pop()
        found.append((_year_span(climate_cop_year(number)), f"COP{number}, the UN climate"
                      " conference"))
    if "egislat" in text or "egjislat" in text:
        found.extend(_legislatures(text))
    if len(found) != 1:
        return None
    (first, last), said = found[0]
    if first <= reference <= last:
        return None
    return Window(((first, last),), f"{said}, of {first:%B %Y} to {last:%B %Y}", after=dt.timedelta(0))


def _ordinal(number: int) -> str:
    ends = {1: "st", 2: "nd", 3: "rd"}
    return f"{number}{'th' if 10 <= number % 100 <= 20 else ends.get(number % 10, 'th')}"
