"""Hours said of "both days" in a sentence that names no day: the hours of each day of the run of days told before.

"The public can visit on March 20 and 21 (Saturday and Sunday)." then "On both days the gates open from 9.30 am to
4 pm": one event on each of the two days at 9.30 am, not one on the day named last, and no longer the two days as a
whole. "each of the three days", "each of these days" likewise, for a run of that many days (a week at most). Pure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers.findings import Finding

# "on both days", "both the days", "each of these days", "on each of the three days"
# (and as Japanese and Chinese say both days: "両日とも", "两天", "兩日")
_BOTH = re.compile(r"\bboth\s+(?:the\s+|these\s+|those\s+)?days\b|(?P<pair>[両两兩](?:日|天))"
                   r"|\beach\s+of\s+(?:the|these|those)\s+(?:(?P<count>two|three|four|five|six|seven)\s+)?days\b",
                   re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_MOST_DAYS = 7
_SENTENCE_END = re.compile(r"[.!?](?=\s)|;")


def over_the_days(findings: list[Finding]) -> None:
    """Put each timed finding whose own sentence gives the hours of "both days" (and names no day) on each day of the
    run of days found last before it; that run, now told day by day, is no event of its own (in place)."""
    if not any(_said_of_days_words(f.text) for f in findings):
        return
    runs: dict[int, list[Finding]] = {}  # the findings of the days each such finding is of, by its place
    timed: dict[int, list[Finding]] = {}  # the same, for days told one a sentence (they take the hours themselves)
    for number, finding in enumerate(findings):
        said = _said_of_days(finding)
        if said is None:
            continue
        run = _run_before(findings[:number])
        if said and len(run) > said:
            # ("the day of the coast guard (12 May) ... on 2 and 3 June ... both days": the days listed last)
            run = run[-said:]
        if run and len(_days(run)) in ((said,) if said else range(2, _MOST_DAYS + 1)):
            runs[number] = run
        elif said and (told_apart := _days_told_apart(findings[:number], said)):
            timed[number] = told_apart
    if timed:
        _time_the_days(findings, timed)
    if not runs:
        return
    told = [f for run in runs.values() for f in run]
    out: list[Finding] = []
    for number, finding in enumerate(findings):
        if any(finding is f for f in told):
            continue
        days_of = runs.get(number)
        if days_of is None:
            out.append(finding)
            continue
        why = f"the hours are said of each day of {days_of[0].as_published!r}"
        out.extend(dataclasses.replace(finding, first=day, last=day, date_inferred=True,
                                       notes=(*finding.notes, f"date {day:%d %B %Y} inferred: {why}"))
                   for day in _days(days_of))
    findings[:] = out


def said_of_both(text: str) -> bool:
    """Does the text give hours to "both days", "each of the two days" (days told before it, not after)?"""
    return _said_of_days_words(text) and _BOTH.search(text) is not None


def _said_of_days_words(text: str) -> bool:
    """Has the text a word "both days" may be said with (a quick test before the pattern)?"""
    return "days" in text or "両" in text or "两" in text or "兩" in text


def _both(found: re.Match[str]) -> bool:
    """Is the match "both days" (two days), not "each of these days"?"""
    return found.group().lower().startswith("both") or found.group("pair") is not None


def _days_told_apart(findings: list[Finding], count: int) -> list[Finding]:
    """The last `count` days told one a sentence before, each an event of its own with no time ("the conference of
    farm ministers on 28 November", "The following day, 29 November, the minister chairs the conference of ..."),
    when they are that many days in a row; else []."""
    days: list[Finding] = []
    for last in reversed(findings):
        if last.time is not None or last.first != last.last or any(d.text == last.text for d in days):
            break
        days.append(last)
        if len(days) == count:
            break
    firsts = sorted({d.first for d in days})
    if len(days) != count or len(firsts) != count or (firsts[-1] - firsts[0]).days != count - 1:
        return []
    return days


def _time_the_days(findings: list[Finding], timed: dict[int, list[Finding]]) -> None:
    """"Proceedings begin at 10 am on each of the two days" after two days told one a sentence: each of those days'
    events starts then, keeping what and where it is; the sentence of the hours is no event of its own (in place)."""
    hours = {id(findings[number]) for number in timed}
    given = {id(day): findings[number] for number, days in timed.items() for day in days}
    out: list[Finding] = []
    for finding in findings:
        if id(finding) in hours:
            continue
        said = given.get(id(finding))
        out.append(finding if said is None else dataclasses.replace(
            finding, time=said.time, until=said.until, zone_label=finding.zone_label or said.zone_label,
            notes=(*finding.notes, f"time {said.as_published!r} inferred: said of each of the days told before")))
    findings[:] = out


def _run_before(findings: list[Finding]) -> list[Finding]:
    """The days told last before: a run of days with no time ("on 6-8 June") or the days of one sentence's list
    ("on Friday 22, Saturday 23 or Sunday 24 May": a finding a day, of the same text); [] when none."""
    for last in reversed(findings):
        if last.time is not None:
            continue
        if last.first < last.last:
            return [last]
        listed = [f for f in findings if f.text == last.text and f.time is None and f.first == f.last]
        if len(listed) > 1:
            return listed
    return []


def _days(run: list[Finding]) -> list[dt.date]:
    """The days of a run: each day of a span, or the listed days."""
    if len(run) == 1:
        return [run[0].first + dt.timedelta(days=n) for n in range((run[0].last - run[0].first).days + 1)]
    return sorted({f.first for f in run})


def said_of_days(clause: str, findings: list[Finding]) -> bool:
    """Does the clause give its hours to "both days", "each of these days", told as a run of days among the findings
    so far? (Then it joins no day-long event: it is put on each of those days.)"""
    both = _BOTH.search(clause) if _said_of_days_words(clause) else None
    if both is None:
        return False
    count = 2 if _both(both) else _COUNTS.get((both.group("count") or "").lower(), 0)
    return bool(_run_before(findings)) or bool(count and _days_told_apart(findings, count))


def _said_of_days(finding: Finding) -> int | None:
    """How many days the finding's own clause says its hours are of ("both days": 2; "each of these days": 0, any
    run of a week at most), when it is timed and its day comes from context; else None."""
    if finding.time is None or not finding.date_inferred or finding.first != finding.last:
        return None
    end = _SENTENCE_END.search(finding.text)
    clause = finding.text if end is None else finding.text[: end.start()]
    found = _BOTH.search(clause)
    if found is None:
        return None
    if _both(found):
        return 2
    count = found.group("count")
    return _COUNTS[count.lower()] if count else 0
