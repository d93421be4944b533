"""Rows of times that give no day under a lead that names it relatively ("Guwahati: Tomorrow the Minister ...", then
"At 10:30 AM: ...") take that day, and each says so in a note, as other inferred days, years and zones do. Seen in
world-hundredtwentysixth (a Union minister's day in Odisha, whose rows were put on the right day with no word of
why). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.resolve import is_inference

TEXT = ("The Ports Minister's day in Assam\n\nSource: Ministry of Ports\n\nPublished 4 March 2026\n\n"
        "Guwahati: Tomorrow the Union Minister of Ports spends a single day in Assam.\n\n"
        "The programme:\n"
        "At 10:30 AM: the river terminal's opening at Pandu.\n"
        "At 4 pm: a meeting with boat builders at the Assam Administrative Staff College.\n")


def test_each_row_says_its_day_was_inferred_from_the_lead() -> None:
    found = extract(TEXT, source="ports", reference=dt.date(2026, 3, 1))
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in found.events] == ["2026-03-05 10:30", "2026-03-05 16:00"]
    for event in found.events:
        notes = [n for n in event.notes if n.startswith("date ")]
        assert notes == ["date 05 March 2026 inferred: the row gives no day; it is the day 'Tomorrow' names above it"]
        assert all(is_inference(n) for n in notes)
    assert not any("Tomorrow" in problem for problem in found.problems)  # an inference, not a problem of the text
