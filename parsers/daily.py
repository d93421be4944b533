"""An event held at one time on each day of a few days ("daily briefings at 3 p.m. Monday, April 27 through Friday,
May 1"; "Daily COVID-19 briefing" / "Monday, April 27 - Friday, May 1, 2020" / "When: 3:00 p.m."): one event a
day, each at that time. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable

from model import Article
from parsers.dates import find_mentions
from parsers.findings import Finding
from parsers.gate import Gated

# Said of the event itself, in its own words or the item's title: not "the exhibition is open daily" in a sentence
# about something else, whose opening at 6pm is one event.
# (Gated: the engine tried `\b` and the (?i) words at every position. Every match holds one of the needles lower-cased:
# "daily" lowers to "dai..." but where its "i" is "ı" (kept by lower()); "İ" lowers to "i" and a dot.)
# ("Daily journal no. 2", "daily bulletin": a paper that comes out each day, not an event held each day)
# (Chinese "每天"/"每日", every day, has no word boundary around it; "每日新闻", "每日報", a daily paper, is not one)
_DAILY = Gated(re.compile(r"\b(?:daily(?!\s+(?:journal|bulletin|newsletter|digest|summary|gazette|paper)s?\b)"
                          r"|(?:each|every)\s+(?:day|morning|afternoon|evening|weekday))\b|每[天日](?![報报新])",
                          re.IGNORECASE),
               "dai", "daı", "each", "every", "每天", "每日")
_MOST_DAYS = 7  # a week of daily briefings; a longer run is a season, told otherwise


def each_day(findings: Iterable[Finding], article: Article, numeric_order: str = "") -> list[Finding]:
    """The findings, a timed one said to be daily repeated on each further day of the span of days that starts on
    its day (the item's own span: a week at most), but a day another finding tells at that time itself."""
    found = list(findings)
    if not _DAILY.search(article.title) and not any(_DAILY.search(_own_sentence(f.text)) for f in found):
        return found
    spans = [(m.first, m.last) for m in find_mentions(article.body, numeric_order)
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
        for first, last in spans:
            year = first.year or finding.first.year
            try:
                start = dt.date(year, first.month, first.day)
                end = dt.date(last.year or (year + (last.month < first.month)), last.month, last.day)
            except ValueError:
                continue
            if start == finding.first and 0 < (end - start).days < _MOST_DAYS:
                days = ((start + dt.timedelta(days=n)) for n in range(1, (end - start).days + 1))
                out.extend(dataclasses.replace(finding, first=day, last=day, date_inferred=True) for day in days
                           if (day, finding.time) not in told)
                break
    return out


def _first_of_its_days(finding: Finding) -> Finding:
    """A timed finding over a few days said to be held each day ("9月21日、22日,每天上午9时"): on its first day,
    which the loop above repeats on the others (a run of a week at most; a longer one is left as it is)."""
    if finding.time is None or not finding.first < finding.last or (finding.last - finding.first).days >= _MOST_DAYS \
            or not _DAILY.search(_own_sentence(finding.text)):
        return finding
    return dataclasses.replace(finding, last=finding.first)


def _own_sentence(text: str) -> str:
    """The finding's own sentence: the sentences after it that its text gathers tell of other things ("The fair is
    open daily until 5 May" after its opening at 10am)."""
    end = _SENTENCE_END.search(text)
    return text if end is None else text[: end.start() + 1]


# The stop and the space after it (the stop first, a class the engine skips to, where a look-behind for it was
# tried at every position): the sentence ends after the stop.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
