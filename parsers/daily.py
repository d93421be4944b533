"""An event held at one time on each day of a few days ("daily briefings at 3 p.m. Monday, April 27 through Friday,
May 1"; "Daily COVID-19 briefing" / "Monday, April 27 - Friday, May 1, 2020" / "When: 3:00 p.m."): one event a
day, each at that time. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator

from model import Article
from parsers.dates import find_mentions
from parsers.datewords import GERMAN_MONTHS
from parsers.findings import Finding
from parsers.gate import Gated
from parsers.mentions import DayPart

# Said of the event itself, in its own words or the item's title: not "the exhibition is open daily" in a sentence
# about something else, whose opening at 6pm is one event.
# (Gated: the engine tried `\b` and the (?i) words at every position. Every match holds one of the needles lower-cased:
# "daily" lowers to "dai..." but where its "i" is "ı" (kept by lower()); "İ" lowers to "i" and a dot.)
# ("Daily journal no. 2", "daily bulletin": a paper that comes out each day, not an event held each day)
# (Chinese "每天"/"每日", every day, has no word boundary around it; "每日新闻", "每日報", a daily paper, is not one)
# (German "jeden Tag", "täglich": the same words, "Um 11 Uhr ... beantwortet jeden Tag ein Ratsmitglied Fragen")
_DAILY = Gated(re.compile(r"\b(?:daily(?!\s+(?:journal|bulletin|newsletter|digest|summary|gazette|paper)s?\b)"
                          r"|(?:each|every)\s+(?:day|morning|afternoon|evening|weekday)|jeden\s+Tag|täglich)\b"
                          r"|每[天日](?![報报新])",
                          re.IGNORECASE),
               "dai", "daı", "each", "every", "jeden", "täglich", "每天", "每日")
_MOST_DAYS = 7  # a week of daily briefings; a longer run is a season, told otherwise


def each_day(findings: Iterable[Finding], article: Article, numeric_order: str = "") -> list[Finding]:
    """The findings, a timed one said to be daily repeated on each further day of the span of days that starts on
    its day (the item's own span: a week at most), but a day another finding tells at that time itself."""
    found = list(findings)
    if not _DAILY.search(article.title) and not any(_DAILY.search(_own_sentence(f.text)) for f in found):
        return found
    spans: list[tuple[DayPart, DayPart]] = [(m.first, m.last) for m in find_mentions(article.body, numeric_order)
                                            if m.kind == "span" and m.first is not None and m.last is not None]
    told = {(f.first, f.time) for f in found if f.time is not None and f.first == f.last}  # days told on their own
    out: list[Finding] = []
    # ("9月21日、22日,每天上午9时": the run told with the hours of each of its days is no day event of its own)
    # (its words may sit inside those of a timed run that took in the next row at the same hours)
    runs = [f for f in found if _first_of_its_days(f) is not f]
    for finding in found:
        if finding.time is None and any((r.first, r.last) == (finding.first, finding.last)
                                        and _own_sentence(finding.text) in r.text for r in runs):
            continue
        finding = _first_of_its_days(finding)
        out.append(finding)
        if finding.time is None or finding.first != finding.last \
                or not (_DAILY.search(_own_sentence(finding.text)) or _DAILY.search(article.title)):
            continue
        for start, end in _runs(spans, finding.first.year):
            if start == finding.first and 0 < (end - start).days < _MOST_DAYS:
                days = ((start + dt.timedelta(days=n)) for n in range(1, (end - start).days + 1))
                out.extend(dataclasses.replace(finding, first=day, last=day, date_inferred=True) for day in days
                           if (day, finding.time) not in told)
                break
    return _daily_clocks_lent(out, spans)


# The longest run of days whose days, told later one by one, take the clocks said once to be kept each day: two
# weeks of open days, not a season.
_LONGEST_LENT_RUN = 14


def _daily_clocks_lent(found: list[Finding], spans: list[tuple[DayPart, DayPart]]) -> list[Finding]:
    """The findings, a day told on its own without a clock ("Am 2. August folgen ... Lombardi") at each of the
    clocks the item says are kept every day of the run it falls in ("Um 11 Uhr und um 14 Uhr beantwortet jeden Tag
    ein Ratsmitglied Fragen", on the run's first day): the day's own entry of that daily programme. Hours told as a
    range ("täglich von 10 bis 17 Uhr") are opening hours, lent to no day; a day outside the run keeps no clock."""
    clocks = [f for f in found if f.time is not None and f.until is None and f.first == f.last
              and _DAILY.search(_own_sentence(f.text))]
    if not clocks:
        return found
    # A daily clock is told on the run's first day; each_day above has repeated it on the later ones.
    first_day_of = {text: min(c.first for c in clocks if c.text == text) for text in {c.text for c in clocks}}
    clocks_by_first_day: dict[dt.date, list[Finding]] = {}
    for clock in clocks:
        if clock.first == first_day_of[clock.text]:
            clocks_by_first_day.setdefault(clock.first, []).append(clock)

    def repeated(finding: Finding) -> bool:
        return finding.text in first_day_of and finding.first != first_day_of[finding.text]

    told = {(f.first, f.time) for f in found if f.time is not None and not repeated(f)}
    out: list[Finding] = []
    lent: set[tuple[dt.date, dt.time | None]] = set()
    for finding in found:
        daily = _daily_clocks_over(finding, clocks_by_first_day, spans) if finding.time is None else []
        if not daily:
            out.append(finding)
            continue
        for clock in daily:
            if (finding.first, clock.time) in told:
                continue
            lent.add((finding.first, clock.time))
            note = f"time {clock.time:%H:%M} inferred: the item keeps it every day: {_own_sentence(clock.text)!r}"
            # (the day's entry is held where the programme is: "im Bundeshaus" is said once, with its hours)
            out.append(dataclasses.replace(finding, time=clock.time, zone_label=clock.zone_label,
                                           place=finding.place or clock.place, area=finding.area or clock.area,
                                           notes=(*finding.notes, note)))
    # (the day's own entry stands for the bare repetition of the daily clock on that day)
    return [f for f in out if not (repeated(f) and (f.first, f.time) in lent)]


def _daily_clocks_over(day: Finding, clocks_by_first_day: dict[dt.date, list[Finding]],
                       spans: list[tuple[DayPart, DayPart]]) -> list[Finding]:
    """The daily clocks of the run (first day to last, two weeks at most) that `day`, a later day of it, falls in."""
    if day.first != day.last or day.first in clocks_by_first_day or not _tells_a_turn(_own_sentence(day.text)):
        return []
    for start, end in _runs(spans, day.first.year):
        if start in clocks_by_first_day and start < day.first <= end and (end - start).days <= _LONGEST_LENT_RUN:
            return sorted(clocks_by_first_day[start], key=lambda clock: clock.time or dt.time())
    return []


# A later day's sentence that tells who takes that day's turn of the daily programme ("Am 2. August folgen ...",
# "am 5. August sind ... an der Reihe", "On May 6 Jo Lee takes over", "le 6 mai, c'est au tour de ..."): that day is
# the programme's, at its clocks. Any other day of the run with no clock is an event of its own ("Am 6. Mai tagt
# zudem der Kantonsrat", "Am 8. Mai findet das Frühlingsfest statt") and keeps its own untimed entry.
_TURN = re.compile(r"\b(?:folg(?:en|t)|an\s+der\s+Reihe|übernimmt|übernehmen|(?:ist|sind)\s+dran"
                   r"|follows?|takes?\s+over|it\s+is\s+the\s+turn\s+of|next\s+(?:is|are)"
                   r"|prennent\s+le\s+relais|prend\s+le\s+relais|c['’]est\s+au\s+tour\s+de)\b", re.IGNORECASE)
# The day's own event verb: it tells an event of that day, not a turn of the programme (even beside a turn word:
# "Nach der Fragestunde folgt am 6. Mai die Sitzung, die im Saal stattfindet").
_OWN_EVENT = re.compile(r"\b(?:tag(?:t|en)|find(?:et|en)\b[^.]*?\bstatt|stattfinde[nt]|eröffne[nt]|beginn(?:t|en)"
                        r"|holds?|held|opens?|meets?|takes?\s+place|aura\s+lieu|se\s+tient|se\s+réunit"
                        r"|ouvre)\b", re.IGNORECASE)


def _tells_a_turn(sentence: str) -> bool:
    """Whether a later day's sentence tells that day's turn of the daily programme, and no event of its own."""
    return bool(_TURN.search(sentence)) and not _OWN_EVENT.search(sentence)


def _runs(spans: list[tuple[DayPart, DayPart]], year: int) -> Iterator[tuple[dt.date, dt.date]]:
    """The item's spans of days as dates, in `year` where the first day names none (the last in the next year where
    its month comes before the first's); a day no calendar holds is left out."""
    for first, last in spans:
        start_year = first.year or year
        try:
            yield (dt.date(start_year, first.month, first.day),
                   dt.date(last.year or (start_year + (last.month < first.month)), last.month, last.day))
        except ValueError:
            continue


def _first_of_its_days(finding: Finding) -> Finding:
    """A timed finding over a few days said to be held each day ("9月21日、22日,每天上午9时"): on its first day,
    which the loop above repeats on the others (a run of a week at most; a longer one is left as it is)."""
    if finding.time is None or not finding.first < finding.last or (finding.last - finding.first).days >= _MOST_DAYS \
            or not _DAILY.search(_own_sentence(finding.text)):
        return finding
    return dataclasses.replace(finding, last=finding.first)


def _own_sentence(text: str) -> str:
    """The finding's own sentence: the sentences after it that its text gathers tell of other things ("The fair is
    open daily until 5 May" after its opening at 10am). The stop of a German ordinal day ("Am 2. August folgen ...")
    ends no sentence."""
    for end in _SENTENCE_END.finditer(text):
        if _GERMAN_ORDINAL_DAY.match(text, end.start()) is None:
            return text[: end.start() + 1]
    return text


# The stop and the space after it (the stop first, a class the engine skips to, where a look-behind for it was
# tried at every position): the sentence ends after the stop.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
# "2. August", "14. Oktober": a German day of the month, whose number a stop makes ordinal (one or two digits, not a
# year's "im Jahr 2019. Am ..."), then its month by name.
_GERMAN_ORDINAL_DAY = re.compile(rf"(?:(?<=\b\d)|(?<=\b\d\d))\.\s+(?i:{GERMAN_MONTHS})\b")
