"""An hour said once for every sitting of a list: "Die Sitzungen beginnen jeweils um 9:30 Uhr" over a table of
sitting days, "Meetings each begin at 7 p.m." over the year's dates. Pure.

A sentence that names no day of its own and gives the hour each of several sittings begins at is no event on the
day of its stamp: it is the hour of the days the item lists with no hour of their own. (The list told first and its
hour after it, "Meeting dates: 10 June, 8 July. All meetings begin at 10am", is joinsbefore's.)
"""

from __future__ import annotations

import re

from parsers.findings import Finding

# "jeweils um 9:30 Uhr", "beginnen jeweils um", "Sitzungsbeginn ist jeweils", "each begin at", "all start at",
# "à chaque fois à", "telkens om": the hour of each of several, not of one.
EACH_AT = re.compile(r"\b(?:jeweils\s+(?:um|ab|gegen)|(?:each|all)\s+(?:begin|start|commence|open)s?\s+at"
                     r"|(?:begin|start|commence)\s+(?:each|every)\s+time\s+at|(?:à\s+)?chaque\s+fois\s+à"
                     r"|telkens\s+om)\b", re.IGNORECASE)
_FEWEST = 2  # days listed below with no hour, that the hour is said for


def hours_of_the_list(findings: list[Finding]) -> None:
    """Give the untimed days listed after a dayless "each at" sentence its hour, and drop that sentence's event (on
    its stamp's day), in place."""
    for at, said in enumerate(findings):
        if said.time is None or not said.date_inferred or EACH_AT.search(said.text) is None:
            continue
        below = [f for f in findings[at + 1:] if f.time is None and f.first == f.last and not f.date_inferred]
        if len(below) < _FEWEST:
            continue
        for day in below:
            day.time, day.until = said.time, said.until
            day.zone_label = day.zone_label or said.zone_label
            day.as_published = f"{day.as_published} {said.as_published}"
        findings.remove(said)
        return
