"""A dashed row of what, when and where ("Agenda – Parks Board – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor") is
an event, not a dateline; a dotted or dashed date of an item of a month-first country, written in English, runs
month first; and when presscal decides how a numeric date that reads both ways runs, the event's description says
so, as it does for a year or a zone it infers. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract
from parsers.numericorder import order_of

ITEM = """Notice of meeting

Source: {org}

{lead}

{row}

Members of the public may speak during the comment period.
"""

# (organisation, lead, row, expected local start, why)
ROWS = [
    ("City of Ann Arbor", "Published: 2 March 2026",
     "Agenda – Planning Commission – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor",
     "2026-03-10 19:00", "a US town: month first; the row is an event, not a dateline"),
    ("Works Office", "", "Agenda – Planning Commission – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor",
     "2026-03-10 19:00", "no stamp: the row opening the body is still no dateline"),
    ("Works Office", "", "Parks Board - 03.12.2026 - 5:30 PM - Atrium Building, Eugene, Oregon",
     "2026-03-12 17:30", "plain dashes, a state named: month first"),
    ("Works Office", "", "Zoning Board – 04-02-2026 – 6:30 PM – Town Hall, Greenfield, Massachusetts",
     "2026-04-02 18:30", "a dashed date runs month first there too"),
    ("Works Office", "Issued 17.09.2026", "Trustees – 03.10.2026 – 6:00 PM – Main Library, Eugene, Oregon",
     "2026-10-03 18:00", "a dotted date of the item reads day first only: they all run day first"),
    ("Works Office", "", "Parish Council – 03.10.2026 – 7:00 PM – Village Hall, Leeds",
     "2026-10-03 19:00", "a town of England: day first, as before"),
]


@pytest.mark.parametrize(("org", "lead", "row", "expected", "why"), ROWS)
def test_dashed_rows_and_their_order(org: str, lead: str, row: str, expected: str, why: str) -> None:
    text = ITEM.format(org=org, lead=lead, row=row)
    events = [e for e in extract(text, source="rows", reference=dt.date(2026, 1, 20), default_zone="UTC").events
              if not e.all_day]
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == [expected], why
    assert "date" not in events[0].inferred, f"{why}: its own date, not one taken from a dateline"


def test_an_item_in_german_runs_day_first() -> None:
    text = ("Sitzung des Rates\n\nSource: Stadtverwaltung\n\nSitzung des Rates – 03.10.2026 – 19:00 Uhr – Rathaus,"
            " New York\n\nDie Sitzung ist öffentlich und die Bürger der Stadt sind zur Sitzung eingeladen.\n")
    events = extract(text, source="rows", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2026-10-03 19:00"], "German: day first anywhere"


# (body, note looked for, why)
NOTES = [
    ("Agenda – Planning Commission – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor",
     "date 10 March 2026 inferred: 03.10.2026 read month first; the item is of Ann Arbor, United States",
     "the country decided: said"),
    ("Hearing: 03/10/2026 6:00 PM\nLocation: Clovis City Hall, Clovis, California",
     "date 10 March 2026 inferred: 03/10/2026 read month first; the item is of Clovis",
     "a slashed date decided by the country: said too"),
    ("Hearing: 03/10/2026 6:00 PM, and again 03/24/2026 6:00 PM, at the Civic Hall",
     "date 10 March 2026 inferred: 03/10/2026 read month first; the item's 03/24/2026 reads only so",
     "a date of the item that reads one way only decided: said"),
    ("Hearing: 03/24/2026 6:00 PM at the Civic Hall, Clovis, California", "",
     "a date that reads one way only needs no note"),
    ("Workshop: 06.03.2026 at 19:00 in the Civic Hall, Leeds (details at example.org/workshops); the last one was on"
     " 21.02.2026.", "", "a dotted date read day first is read as its form runs: nothing decided, no note"),
]


@pytest.mark.parametrize(("body", "note", "why"), NOTES)
def test_the_order_decided_shows(body: str, note: str, why: str) -> None:
    text = f"Notice\n\nSource: Works Office\n\n{body}\n"
    events = extract(text, source="notes", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    notes = [n for e in events for n in e.notes if n.startswith("date ")]
    assert events, why
    if note:
        assert any(n.startswith(note) for n in notes), (why, notes)
    else:
        assert notes == [], why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Hearing: 03/10/2026 6:00 PM\nLocation: Civic Center, Ann Arbor", "mdy", "a slashed date of a US item"),
    ("Hearing: 03/10/2026 18:00\nLocation: Civic Hall, Leeds", "dmy", "of England: day first"),
    ("Session – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor", "", "no slash: weighed once its dates are read"),
])  # fmt: skip
def test_order_of_slashed_dates(body: str, expected: str, why: str) -> None:
    assert order_of(Article(title="Notice", body=body, source="t", org="Works Office")).order == expected, why
