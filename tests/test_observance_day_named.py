"""A yearly observance named right before its day, with no year ("on World Water Day, 22 March", "mit dem Intersex
Awareness Day am 26. Oktober", "la Journée mondiale de l'eau, le 22 mars") says when the observance falls, not a
dated event of the item; a clock in the sentence or a place told after the day makes it the item's gathering, and a
day a body holds ("Open Day", "National Day of Action") or something done for the observance ("For World AIDS Day on
December 1, ... put on a festival", world-eightysecond) stays. Seen in pages-p57 (regenbogenportal.de, a week begun
"mit dem Intersex Awareness Day am 26. Oktober"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

RELEASE = """Youth council news

Media release | Monday, 4 October 2034

{sentence}
"""


def _days(sentence: str) -> list[str]:
    events = extract(RELEASE.format(sentence=sentence), source="t", reference=dt.date(2034, 10, 4)).events
    return [f"{e.start:%Y-%m-%d}" for e in events]


@pytest.mark.parametrize("sentence", [
    "The youth council will launch its new advice line on World Water Day, 22 March.",
    "Wir wollen die Aktionswoche mit dem Intersex Awareness Day am 26. Oktober beginnen.",
    "The youth council marks World Water Day on 22 March.",
    "La semaine commence avec la Journée mondiale de l'eau, le 22 mars.",
    "El consejo recuerda el Día Mundial del Agua, el 22 de marzo.",
    "Die Woche endet mit dem Weltwassertag am 22. März.",
    "The campaign ends on the International Day for the Elimination of Violence against Women, 25 November.",
])
def test_an_observance_named_before_its_day_is_no_event(sentence: str) -> None:
    assert _days(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On World Water Day, 22 March, the youth council holds a public forum at 6 pm.", ["2035-03-22"]),
    ("The youth council holds a forum on World Water Day, 22 March, in the town hall.", ["2035-03-22"]),
    ("The youth council holds its Open Day on 22 March.", ["2035-03-22"]),
    ("The unions call a National Day of Action on 22 March.", ["2035-03-22"]),
    # what is done for the observance is the item's own
    ("For World Water Day on 22 March, the youth council puts on a river festival.", ["2035-03-22"]),
])
def test_the_item_s_own_day_stays(sentence: str, expected: list[str]) -> None:
    assert _days(sentence) == expected
