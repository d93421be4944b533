"""Titles from the words a date leaves: a sentence whose first clause tells of the past and whose clause after a
semicolon announces the event is titled by the announcing clause; a date set off by commas after an auxiliary
goes with its commas, and a part of the day with its day. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

# (sentence, the event's title, why)
ROWS = [
    ("Last year's fair drew 900 visitors; this year's fair opens on 9 December 2026 at 9:00 in Accra.",
     "Event: This year's fair opens in Accra", "a past clause, then the event's clause"),
    ("The mayor thanked the builders; the new library opens on 9 December 2026 at 10:00 in Kumasi.",
     "Event: New library opens in Kumasi", "a regular past with its object"),
    ("The first edition was a success; the second edition of the fair opens on 9 December 2026 in Tamale.",
     "Event: Second edition of the fair opens in Tamale", "a day's event, 'was'"),
    ("Panel of the district chiefs and the regional minister; 9 December 2026, 10:00, Assembly Hall, Accra.",
     "Conference: Panel of the district chiefs and the regional minister, Assembly Hall, Accra",
     "a row: who, then when and where, keeps who (and its semicolon left by the date goes)"),
    ("The chief executive will tomorrow, Thursday, open the new ward at the hospital in Cape Coast.",
     "Event: Chief executive opens the new ward at the hospital in Cape Coast",
     "a day said twice between an auxiliary and its verb: the commas go with it, the verb is rewritten"),
    ("The regional minister will, on 9 December 2026, open the new market in Koforidua.",
     "Event: Regional minister opens the new market in Koforidua", "a date in commas after 'will'"),
    ("The regional minister opens the new market in Koforidua on Friday evening.",
     "Event: Regional minister opens the new market in Koforidua", "a part of the day after its day goes with it"),
    ("The council will meet the chiefs; the minister opens the road on 9 December 2026 at 11:00 in Ho.",
     "Meeting: Council meets the chiefs; the minister opens the road in Ho",
     "a clause of what is to come before the semicolon is no history: the sentence stays whole"),
]


@pytest.mark.parametrize(("sentence", "title", "why"), ROWS, ids=[row[2][:50] for row in ROWS])
def test_the_title_is_the_clause_that_announces(sentence: str, title: str, why: str) -> None:
    text = f"Notice\n\nSource: District Office\nPublished: 1 December 2026\n\n{sentence}\n"
    events = extract(text, source="test", reference=REFERENCE).events
    assert [e.summary for e in events] == [title], why
