"""A news site's note of when it corrected or updated a story, opening a line: "Correction 8/29/10 7:05 a.m. PDT: A
previous version of this story misstated ...", "Clarification, Aug. 20 at 3:12 p.m.: ...": its day and clock say when
the page changed, not an event. Seen in the pages-p54 work, in a CNET story of the goose3 test folder the set's news
pages come from, whose correction note became a timed event. Texts of our own, run through `extract`."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2010, 8, 18)


def starts_of(body: str) -> list[str]:
    # (starts in the clock of the text, Pacific time)
    text = f"Carrier names a new chief\n\nPublished August 18, 2010\n\nThe carrier named a new chief.\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else str(e.start)
            for e in extract(text, source="t", reference=REFERENCE, default_zone="America/Los_Angeles",
                             zone_given=True).events]


@pytest.mark.parametrize(("body", "why"), [
    ("Correction 8/29/10 7:05 a.m. PDT: A previous version of this story misstated her title.", "date, clock, zone"),
    ("Updated 8/19/10 10:42 a.m. PDT: Adds comment from the company.", "an update's note"),
    ("Clarification, Aug. 20 at 3:12 p.m.: An earlier version misstated the date.", "a day in words, then its clock"),
    ("Correction, Aug. 20: An earlier version misstated the date.", "a day alone"),
])
def test_a_correction_note_is_no_event(body: str, why: str) -> None:
    assert starts_of(body) == [], why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Update, Aug. 21: the hearing will resume on Aug. 24 at 4 p.m. in Room 2.", ["2010-08-24 16:00"],
     "the note's day goes, the event it tells of stays"),
    ("Update on the hearing at 7 p.m.: the room has changed.", ["2010-08-18 19:00"], "no day or clock after the word"),
    ("The board meets at 7:05 p.m. PDT: the agenda is online.", ["2010-08-18 19:05"], "no note's word"),
])
def test_what_a_note_tells_of_stays(body: str, expected: list[str], why: str) -> None:
    assert starts_of(body) == expected, why
