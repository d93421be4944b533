"""The years an undated item that speaks of the COVID-19 pandemic as present is of: "Door de coronacrisis vergaderen de
commissies digitaal", "because of the coronavirus pandemic, the hearing is held online", "wegen der Corona-Pandemie":
the crisis ran from March 2020 to the end of 2022, when the measures that moved meetings online were lifted. A
careful reader puts "Wednesday 24 June" of such an item in 2020 (not 2015 nor 2026, where that day is also a
Wednesday). Pure; the crisis's time is a public fact.

Not when the sentence tells it as past ("since the pandemic", "after the corona crisis", "during the pandemic in
2020", "before COVID"): then it bounds nothing. It bounds the item's year as the office-holders it names do
(yearwindow.Window).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.officeholders import sentence_of
from parsers.yearwindow import Window

_CRISIS = (dt.date(2020, 3, 1), dt.date(2022, 12, 31))
# The crisis named as the cause of how things are done now: "because of / due to / owing to the ... pandemic", Dutch
# "door/vanwege de coronacrisis", German "wegen der Corona-Pandemie", "aufgrund der Corona-Krise", French "en raison de
# la crise sanitaire liée au covid", Spanish and Italian "debido a / a causa de la pandemia (de covid)".
_BECAUSE_OF_IT = re.compile(
    r"\b(?:because\s+of|due\s+to|owing\s+to|in\s+view\s+of|amid|door|vanwege|wegens|in\s+verband\s+met|wegen"
    r"|aufgrund|angesichts|en\s+raison\s+de|à\s+cause\s+de|debido\s+a|a\s+causa\s+de|por|a\s+causa\s+della"
    r"|per\s+via\s+della)\s+(?:the\s+|de\s+|het\s+|der\s+|des\s+|la\s+|el\s+|l['’]\s*|della\s+)?(?:current\s+|ongoing\s+"
    r"|huidige\s+|aktuellen\s+|actuelle\s+|actual\s+|attuale\s+)?"
    r"(?:covid(?:-?19)?[\s-]+|corona(?:virus)?[\s-]*|sars-cov-2[\s-]+)"
    r"(?:pandemic|crisis|outbreak|pandemie|krise|crise|pandemia|emergenza|emergencia|maatregelen|measures)",
    re.IGNORECASE)
# "since", "after", "before", "during ... in 2020", "was", "were": the crisis told as over or dated
_TOLD_AS_PAST = re.compile(r"(?i)(?<!\d)20\d\d(?!\d)|\b(?:since|after|before|sinds|na|seit|nach|depuis|después"
                           r"|desde|dopo|was|were|had|waren|war|fue|fu)\b")


def window(text: str, reference: dt.date) -> Window | None:
    """The crisis's years, when the text names it as the present cause of how things are done and the reference date
    is outside them; None otherwise."""
    lowered = text.lower()
    if "corona" not in lowered and "covid" not in lowered and "sars-cov" not in lowered:
        return None
    for match in _BECAUSE_OF_IT.finditer(text):
        if _TOLD_AS_PAST.search(sentence_of(text, match.start(), match.end())) is None:
            first, last = _CRISIS
            if first <= reference <= last:
                return None
            return Window((_CRISIS,), "the COVID-19 crisis as present, of March 2020 to December 2022",
                          after=dt.timedelta(0))
    return None
