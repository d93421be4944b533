"""A programme's row naming nothing its item's sentence did not ("18h00: The 2nd annual lecture, Town Hall" below
"... hosts its 2nd annual ... memorial lecture tomorrow at 18:00 in the Town Hall") is the happening told, then
listed: one event, though the sentence reads as a meeting and the row as a speech (world-fortysixth 1 gave the
lecture twice). A row that names more stays its own. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = ("Media advisory: the 2nd Oliver Tambo memorial lecture in East London\n\n"
        "Source: Buffalo City Metropolitan Municipality\n\nPublished: 12 March 2031\n\n"
        "The Buffalo City Metropolitan Municipality hosts its 2nd annual Oliver Reginald Tambo memorial lecture "
        "tomorrow at 18:00 in the Town Hall, East London. The speaker is Naledi Pandor, Minister of Trade.\n\n"
        "Programme for the day:\n\n"
        "10h00: Convoy leaves the Town Hall for the wreath laying at the harbour memorial.\n{row}\n")


def _starts(row: str) -> list[str]:
    events = extract(ITEM.format(row=row), source="municipality", reference=dt.date(2031, 3, 1),
                     default_zone="Africa/Johannesburg").events
    return sorted(e.start.strftime("%H:%M") for e in events if not e.all_day)


def test_a_row_restating_the_sentence_is_the_same_event() -> None:
    assert _starts("18h00: The 2nd annual lecture, Town Hall") == ["10:00", "18:00"]


def test_a_row_naming_more_is_its_own() -> None:
    assert _starts("18h00: Press briefing by the Mayor on the harbour works, Marina Club") \
        == ["10:00", "18:00", "18:00"]
