"""The time an item's office-holders bound: "NATO Secretary General Jens Stoltenberg" was said from October 2014 to
October 2024, so an undated item naming him so is of those years. Pure; the facts are in officeholders_table.py.

A holder counts only when named as in office: with a title of the office before the name ("Prime Minister Sunak",
"Bundeskanzler Olaf Scholz") or, after a full name, in its apposition ("Jens Stoltenberg, NATO Secretary General");
not "former", "the late", "ex-", "then-", "Vice", "Lieutenant", nor in a sentence of history (a year, "under",
"founded"); a governor's title beside a central bank's words ("Bank of England Governor") is not a state's.
A surname alone counts only with a title ("President Bush": either Bush); a full name needs a title too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from parsers.officeholders_table import HOLDERS_TSV, OFFICES_TSV
from parsers.yearwindow import NO_END, Window, intersect


@dataclass(frozen=True)
class _Term:
    name: str
    office: str
    start: dt.date
    end: dt.date | None


def _day(text: str, *, end: bool) -> dt.date:
    """A table date; "YYYY-MM" is the month's first day for a start, its last for an end (the widest reading)."""
    parts = [int(x) for x in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    first = dt.date(parts[0], parts[1], 1)
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1) if end else first


def _plain(text: str) -> str:
    if text.isascii():  # most names: no accent to take off, and skipping them keeps the wider table quick to load
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


_Forms = dict[str, list[tuple[str, bool, list[int]]]]  # {first word: [(form, is a full name, term indexes)]}


def _read_offices() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Each office's label, and the offices each title (lower case) names, from OFFICES_TSV: an office's line, then
    its titles' lines, each indented, the titles parted by "|"."""
    labels: dict[str, str] = {}
    title_offices: dict[str, set[str]] = {}
    office = ""
    for line in OFFICES_TSV.splitlines():
        if not line.startswith("\t"):
            office, labels[office] = line.split("\t")[:2]
            continue
        for title in line.strip().split("|"):
            title_offices.setdefault(title.lower(), set()).add(office)
    return labels, title_offices


def _read_holders() -> tuple[list[_Term], _Forms]:
    """The terms of HOLDERS_TSV, and the forms their holders' names are written in, by their first word (the longest
    form at a place first). A name's full forms, and its surnames (its last word unless the table says), each also
    without accents."""
    terms: list[_Term] = []
    forms: _Forms = {}

    def add(form: str, full: bool, index: int) -> None:
        entries = forms.setdefault(form.split()[0], [])
        for known, was_full, indexes in entries:
            if known == form and was_full == full:
                indexes.append(index)
                return
        entries.append((form, full, [index]))

    for line in HOLDERS_TSV.splitlines():
        office, name, others, surnames, start, end = line.split("\t")
        terms.append(_Term(name, office, _day(start, end=False), _day(end, end=True) if end != "-" else None))
        fulls = {name, *(others.split("|") if others else ())}
        shorts = set() if surnames == "-" else set(surnames.split("|")) if surnames else {name.split()[-1]}
        for form in {*fulls, *(_plain(f) for f in fulls)}:
            add(form, True, len(terms) - 1)
        for form in {*shorts, *(_plain(f) for f in shorts)} - fulls:
            add(form, False, len(terms) - 1)
    for entries in forms.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return terms, forms


_LABEL, _TITLE_OFFICES = _read_offices()
_TERMS, _FORMS = _read_holders()
_TITLES = "|".join(re.escape(t) for t in sorted(_TITLE_OFFICES, key=len, reverse=True))
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Mme|M|Smt|Shri|Sir|Dame|Lord|Baroness|H\.\s?E|HE|Hon)\.?\s+)?"
# "Prime Minister Sunak", "President of the European Commission Ursula von der Leyen", "Chancellor, Olaf Scholz"
_TITLE_BEFORE = re.compile(rf"(?i)(?<![\w-])(?P<title>{_TITLES})(?:\s+(?:of|for)\s+[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?)?"
                           rf",?\s+{_HONORIFIC}$")
# "Jens Stoltenberg, NATO Secretary General", "Rishi Sunak, the UK's Prime Minister"
_TITLE_AFTER = re.compile(rf"(?i),\s+(?P<between>(?:[\w.'’-]+\s+){{0,3}}?)(?P<title>{_TITLES})(?![\w-])")
# A word before a title that makes it another office, or the office of another time ("former Prime Minister").
_NOT_IN_OFFICE = re.compile(
    r"(?i)(?:\b(?:former|late|then|ex|past|previous|erstwhile|onetime|one-time|future|next|vice|deputy|assistant"
    r"|associate|shadow|under|permanent|executive|general|principal|private|press|parliamentary|junior|chief|state"
    r"|lieutenant|lt\.?"
    r"|ancien|ancienne|ehemalige[rn]?|frühere[rn]?|damalige[rn]?|ex-?presidente|expresidenta|exministro|antiguo"
    r"|antigua|regional|provincial|club|university|college|company|board|association|society|union"
    r"|federation|council|party|chamber)|-)[\s-]*$")
# A sentence of history: a year, or words that tell of a time gone ("under", "was opened by").
_HISTORY = re.compile(
    r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:under|since|ago|during|era|tenure|established|inaugurated"
    r"|unveiled|built|served|died|death|predecessor|successor|legacy"
    r"|(?:opened|signed|launched|introduced|created|set\s+up|planted|dedicated)\s+by)\b")
# Words of a commemoration: history too ("a tribute to Prime Minister Abe"), unless the holder is to take part in
# the day ("Chief Executive Carrie Lam will join the ceremony for the 72nd anniversary of the founding").
_COMMEMORATION = re.compile(r"(?i)\b(?:founded|founding|memorial|tribute|memory|history|historic|anniversary)\b")
_TO_ACT = re.compile(r"\s+(?:will|shall|is\s+(?:set\s+|scheduled\s+|expected\s+)?to)\s+(?!be\b)[a-z]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A name that names a place or a thing after its holder: "Queen Elizabeth II Conference Centre", "the Angela Merkel
# Foundation" (its holder need not be in office).
_NAMED_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Centre|Center|Conference|Hospital|Park|Stadium|Arena"
                          r"|Building|Bridge|Foundation|Institute|School|College|University|Hall|Airport|Street|Road|Avenue|Way"
                          r"|Award|Awards|Prize|Scholarship|Fellowship|Library|Museum|Memorial|Trust|Fund|Lecture"
                          r"|Square|Drive|Terminal|Station|Garden|Gardens|Highway|Medal|Cup|Trophy|Jubilee)\b")
# A central bank's head is its "Governor" too ("Bank of England Governor Bailey", "Michele Bullock, Governor of the
# Reserve Bank"): such words beside a governor's title make it not a state's governor.
_GOVERNOR_TITLES = frozenset({"governor", "gov."})
_CENTRAL_BANK = re.compile(r"(?i)\b(?:bank|banks|banque|banco|bundesbank|reserve|fed|central|monetary|rba|rbi|rbnz"
                           r"|boe|boj|boc|snb|pboc|ecb|imf)\b")
# (and its sentence may tell it only after the name: "Governor Carney of the Bank of England", "Governor Bullock
# speaks at the Reserve Bank")
_CENTRAL_BANKING = re.compile(r"(?i)\b(?:reserve\s+bank|central\s+bank|federal\s+reserve|bank\s+of\s+(?:england|canada"
                              r"|japan|korea|france|italy|spain|israel|ghana|uganda|jamaica|thailand|mexico)|monetary"
                              r"\s+policy|cash\s+rate|policy\s+rate|bundesbank|banque\s+de\s+france|rba|rbi|rbnz|boe"
                              r"|boj|ecb|snb|pboc)\b")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], up to some hundreds of characters either side."""
    first, last = sentence_bounds(text, start, end)
    return text[first:last]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends (sentence_of's)."""
    reach = max(0, start - 300)
    first = max((m.end() for m in _SENTENCE_END.finditer(text, reach, start)), default=reach)
    last = _SENTENCE_END.search(text, end)
    return first, last.start() if last else min(len(text), end + 300)


def _of_a_bank(text: str, title: str, first: int, last: int) -> bool:
    """Is a governor's title at text[first:last] a central bank's ("Fed Governor", "Governor of the Bank of Japan")?"""
    return title.lower() in _GOVERNOR_TITLES and _CENTRAL_BANK.search(text, first, last) is not None


def _of_a_bank_sentence(text: str, title: str, start: int, end: int) -> bool:
    """Does the sentence of a governor named at text[start:end] speak of a central bank ("Governor Bullock speaks on
    the outlook at the Reserve Bank")? A state's governor's sentence rarely names one."""
    return title.lower() in _GOVERNOR_TITLES and _CENTRAL_BANKING.search(sentence_of(text, start, end)) is not None


def _offices(text: str, start: int, end: int, full: bool) -> set[str]:
    """The offices the titles beside a name at text[start:end] give it, as in office."""
    before = _TITLE_BEFORE.search(text, max(0, start - 90), start)
    found: set[str] = set()
    if before is not None and not _NOT_IN_OFFICE.search(text, max(0, before.start() - 20), before.start()) \
            and not _of_a_bank(text, before.group("title"), max(0, before.start() - 25), before.end()) \
            and not _of_a_bank_sentence(text, before.group("title"), start, end):
        found |= _TITLE_OFFICES[before.group("title").lower()]
    if full:
        after = _TITLE_AFTER.match(text, end, min(len(text), end + 70))
        if after is not None and not _NOT_IN_OFFICE.search(text, after.start(), after.start("title")) \
                and not re.search(r"(?i)\b(?:former|late|then|ex|past|previous)\b", after.group("between")) \
                and not _of_a_bank(text, after.group("title"), after.start(), min(len(text), after.end() + 25)):
            found |= _TITLE_OFFICES[after.group("title").lower()]
    return found


def spans_of(terms: list[_Term]) -> list[tuple[dt.date, dt.date]]:
    return [(term.start, term.end or NO_END) for term in terms]


def _described(terms: list[_Term]) -> str:
    by_person: dict[tuple[str, str], list[_Term]] = {}
    for term in terms:
        by_person.setdefault((term.name, term.office), []).append(term)
    return " or ".join(f"{name}, {_LABEL[office]} " + " and ".join(
        f"from {t.start:%B %Y} to {t.end:%B %Y}" if t.end else f"since {t.start:%B %Y}" for t in held)
        for (name, office), held in by_person.items())


def holders_named(text: str) -> list[list[_Term]]:
    """The office-holders the text names as in office: for each name, the terms it can mean."""
    named: list[list[_Term]] = []
    for word in _WORD.finditer(text):
        entries = _FORMS.get(word.group())
        if entries is None:
            continue
        start = word.start()
        hit = next(((form, full, indexes) for form, full, indexes in entries if text.startswith(form, start)
                    and not text[start + len(form) : start + len(form) + 1].isalnum()), None)
        if hit is None:
            continue
        form, full, indexes = hit
        end = start + len(form)
        if _NAMED_AFTER.match(text, end):
            continue
        offices = _offices(text, start, end, full)
        terms = [_TERMS[i] for i in indexes if _TERMS[i].office in offices]
        sentence = sentence_of(text, start, end)
        if terms and not _HISTORY.search(sentence) \
                and (not _COMMEMORATION.search(sentence) or _TO_ACT.match(text, end)):
            named.append(terms)
    return named


def window(text: str, reference: dt.date) -> Window | None:
    """The days the office-holders the text names as in office bound (the intersection of their terms), when that
    leaves out the reference date; None when it holds it (incumbents), or the text names none, or none agree."""
    return window_of(holders_named(text), reference)


def window_of(named: list[list[_Term]], reference: dt.date) -> Window | None:
    """window() of the holders a text names (holders_named), for a caller that needs those holders too."""
    if not named:
        return None
    spans = spans_of(named[0])
    for terms in named[1:]:
        spans = intersect(spans, spans_of(terms))
    if not spans or any(first <= reference <= last for first, last in spans):
        return None
    seen: list[list[_Term]] = []
    for terms in named:
        if terms not in seen:
            seen.append(terms)
    return Window(tuple(sorted(set(spans))), " and ".join(_described(terms) for terms in seen))
