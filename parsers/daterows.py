"""The title of a row of a list of dated rows ("Fast audiens" of "21.10.2021 Fast audiens"). Pure.

A court's or a minister's programme may give each entry a line of its own that opens with its date, the time in the
entry's text below or nowhere. Two such rows on one day are two entries: the timed one takes the first row's title,
and the second, untimed, stays an entry of its own (merge.distinct).
"""

from __future__ import annotations

from parsers.findings import Finding

_LONGEST = 60  # characters of a row's title after its date (more is prose, not a row's title)


def row_title(finding: Finding) -> str:
    """The words after the date that opens the finding's row, on that line; '' when the row opens with no date."""
    if not finding.as_published or not finding.as_published[0].isdigit() \
            or not finding.text.startswith(finding.as_published):
        return ""
    rest = finding.text[len(finding.as_published):].split("\n", 1)[0].strip(" :-–")
    return rest if len(rest) <= _LONGEST else ""


def row_twin(twin: Finding, finding: Finding, same_day: list[Finding], titles: dict[int, str]) -> Finding | None:
    """The timed finding of its day that `finding`, a day-long dated row, is told with: `twin` (the one merge.distinct
    chose) unless it took another row, then the first of `same_day` that took none; None when every one took another
    row, and the row is an entry of its own. `titles` keeps the title of the row each timed finding took."""
    title = row_title(finding)
    if not title:
        return twin
    if titles.setdefault(id(twin), title).casefold() == title.casefold():
        return twin
    free = next((t for t in same_day if id(t) not in titles), None)
    if free is not None:
        titles[id(free)] = title
    return free
