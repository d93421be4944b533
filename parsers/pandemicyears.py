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
# The words that name the cause, by language (the past's words below are the same language's).
_CAUSES = {
    "en": r"because\s+of|due\s+to|owing\s+to|in\s+view\s+of|amid",
    "nl": r"door|vanwege|wegens|in\s+verband\s+met",
    "de": r"wegen|aufgrund|angesichts",
    "fr": r"en\s+raison\s+de|à\s+cause\s+de",
    "es": r"debido\s+a|a\s+causa\s+de|por",
    "it": r"a\s+causa\s+della|per\s+via\s+della",
}
_BECAUSE_OF_IT = re.compile(
    r"\b(?:" + "|".join(f"(?P<{language}>{words})" for language, words in _CAUSES.items()) + r")"
    r"\s+(?:the\s+|de\s+|het\s+|der\s+|des\s+|la\s+|el\s+|l['’]\s*|della\s+)?(?:current\s+|ongoing\s+"
    r"|huidige\s+|aktuellen\s+|actuelle\s+|actual\s+|attuale\s+)?"
    r"(?:covid(?:-?19)?[\s-]+|corona(?:virus)?[\s-]*|sars-cov-2[\s-]+)"
    r"(?:pandemic|crisis|outbreak|pandemie|krise|crise|pandemia|emergenza|emergencia|maatregelen|measures)",
    re.IGNORECASE)
# "since", "after", "before", "during ... in 2020", "was", "were": the crisis told as over or dated, in the cause's
# language (the English "war" and the Dutch "na" are no past: "because of the pandemic and the war, the forum meets
# online" is told as present)
_PAST_WORDS = {
    "en": "since|after|before|was|were|had",
    "nl": "sinds|na|was|waren|had",
    "de": "seit|nach|war|waren",
    "fr": "depuis",
    "es": "después|desde|fue",
    "it": "dopo|fu",
}
_TOLD_AS_PAST = {language: re.compile(rf"(?i)(?<!\d)20\d\d(?!\d)|\b(?:{words})\b")
                 for language, words in _PAST_WORDS.items()}


def window(text: str, reference: dt.date) -> Window | None:
    """The crisis's years, when the text names it as the present cause of how things are done and the reference date
    is outside them; None otherwise."""
    lowered = text.lower()
    if "corona" not in lowered and "covid" not in lowered and "sars-cov" not in lowered:
        return None
    for match in _BECAUSE_OF_IT.finditer(text):
        told_as_past = _TOLD_AS_PAST[next(language for language in _CAUSES if match.group(language) is not None)]
        if told_as_past.search(sentence_of(text, match.start(), match.end())) is None:
            first, last = _CRISIS
            if first <= reference <= last:
                return None
            return Window((_CRISIS,), "the COVID-19 crisis as present, of March 2020 to December 2022",
                          after=dt.timedelta(0))
    return None
