"""An event told to open on one day and to go on, in the same sentence, on the next ("The summit opens on 4
October in Sintra, and continues on 5 October in Lisbon", "Il s'ouvrira le 4 octobre ... et se poursuivra le 5
octobre", "se inaugura el 10 de marzo ... y concluye el 12 de marzo"): one run of days, not two events. Pure."""

from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.extent import days_apart

# The verb that opens the run, before its first day (English, French, Spanish).
_OPENS = re.compile(r"\b(?:opens?|begins?|starts?|kicks?\s+off|s['’]ouvr\w*|début\w*|commence\w*|"
                    r"se\s+inaugur\w*|comienza\w*|empieza\w*|se\s+inicia\w*|arranca\w*)\b", re.IGNORECASE)
# A conjunction and the verb that carries it on to its last day, between the two days.
_GOES_ON = re.compile(r"(?:\band|\bet|\by|,)\s+(?:then\s+|puis\s+|luego\s+)?(?:continues?|resumes?|goes\s+on|"
                      r"closes?|ends?|concludes?|se\s+poursui\w*|continue\w*|se\s+termin\w*|s['’]achèv\w*|"
                      r"se\s+clôtur\w*|continúa\w*|concluye\w*|concluirá\w*|termina\w*|se\s+clausura\w*)\b",
                      re.IGNORECASE)
_NEAR = 80  # characters from the opening verb to the first day
_LONGEST = 7  # days: a run told so lasts a few days


def opens_and_goes_on(sentence: str, days: list[Mention]) -> list[Mention]:
    """`days`, two single days told as the opening and the going on of one event made one run."""
    if len(days) != 2 or any(d.kind != "day" for d in days):
        return days
    first, last = days
    one, two = first.first, last.first
    if one is None or two is None or not _OPENS.search(sentence, max(0, first.start - _NEAR), first.start) \
            or not _GOES_ON.search(sentence, first.end, last.start):
        return days
    apart = days_apart(one, two)  # (either may give the year, and the run may cross the new year)
    if apart is None or not 1 <= apart.days < _LONGEST:
        return days
    return [Mention("span", first.start, first.end, first.text, first=one, last=two)]
