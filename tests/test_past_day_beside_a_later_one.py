"""A sentence that tells of a day gone by and of a day to come: only the past day is history. Before, the first
day's being past put every day of the sentence aside, and its clock time fell on the item's own day ("who visited
the coast on 28 May, will tour the valley on 9 June at 10:00" gave an event on the day of publication).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice

Source: Valley Arts Council

Published: 2 June 2031

{body}
"""


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The director, who toured the coast on 28 May, will open the valley gallery on 9 June at 10:00.",
     ["2031-06-09 10:00"], "the later day keeps its time; the past one gives nothing"),
    ("The director, who toured the coast on 28 May, will open the valley gallery on 9 June.",
     ["2031-06-09"], "without a time, the later day alone"),
    ("Entries were accepted from 1 March to 30 April, and the prizes will be given at a supper on 20 June at 7pm.",
     ["2031-06-20 19:00"], "a past span, then the day of the event"),
    ("The director toured the coast on 28 May at 10:00 and will open the valley gallery on 9 June.",
     ["2031-06-09"], "the past day's time goes with it, not to the later day"),
    ("The inquiry, which opened on 19 May, resumes on Thursday at 9:30 in the council chamber.",
     ["2031-06-05 09:30"], "a weekday after the past day is looked for, as when no day is named"),
    ("The director arrived on 28 May and met growers on Saturday at 10:00.",
     [], "a weekday told in the past stays history"),
    ("The director toured the coast on 28 May at 10:00 and met growers on 30 May.",
     [], "every day past: nothing, and no time left on the item's day"),
    ("The crew finished the new footbridge on 28 May, and the valley gallery opens to visitors on 9 June.",
     ["2031-06-09"], "a regular past after its subject and before its object, outside the list of past verbs"),
    ("Volunteers repainted the old mill on 30 May; the mill's open day follows on 14 June.",
     ["2031-06-14"], "the same, the later day after a semicolon"),
])  # fmt: skip
def test_only_the_past_day_is_put_aside(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="past", reference=dt.date(2031, 6, 2)).events
    assert sorted(f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M}" for e in events) == expected, \
        why
