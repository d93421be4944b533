"""A paper's number and its date, in any language ("(Vendim nr. 12, datë 09.05.2031)", "(Decree no. 4, dated
9 May 2031)", "me vendimin e datës 09.05.2031"), say when the paper was issued; the sentence's clock is not that
day's. World-seventyseventh item 13 (a parliament's sitting "datë 5 shtator, ora 18:00" beside its order "nr.69,
datë 02.09.2022") gave a second event at 18:00 on the order's day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from tests.test_notevents import events_of, when

ITEM = """Njoftim

Source: Kuvendi

{body}
"""


@pytest.mark.parametrize(("body", "zone"), [
    ("Seanca plenare do të mbahet të martën, datë 13 maj 2031, ora 10:00 (Vendim nr. 12, datë 09.05.2031, i "
     "Kryetarit të Kuvendit).", "Europe/Tirane"),
    ("The plenary sits on Tuesday, 13 May 2031, at 10:00 (Speaker's Decree no. 12, dated 09.05.2031).",
     "Europe/London"),
    ("Seanca plenare nis të martën, datë 13 maj 2031, ora 10:00; Konferenca e Kryetarëve me vendimin e datës "
     "09.05.2031 hoqi kufizimet.", "Europe/Tirane"),
])
def test_the_paper_day_is_no_event(body: str, zone: str) -> None:
    events = extract(ITEM.format(body=body), source="kuvendi", reference=dt.date(2031, 5, 9), default_zone=zone).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-05-13 10:00"]


@pytest.mark.parametrize("body", [
    # (found by review) a sitting named by its number and day is the sitting, to come
    "Sitting no. 41 of 12 March 2031 opens at 10:00 in the Chamber.",
    "Mbledhja e Kuvendit nr. 5, datë 12 mars 2031, fillon në orën 10:00.",
])
def test_a_numbered_sitting_is_no_paper(body: str) -> None:
    assert when(events_of(f"Published 3 March 2031\n\n{body}")) == ["2031-03-12 09:00"]


@pytest.mark.parametrize("body", [
    # (found by review) the paper of a numbered sitting, named by the sitting's number and day, is still a paper
    "The minutes of Sitting no. 41 of 12 March 2031 will be published next month.",
    "The ministry published the conclusions of Government session no. 12 of 12 March 2031.",
    "The record of Session no. 12 of 12 March 2031 is now available.",
])
def test_the_paper_of_a_numbered_sitting_is_no_event(body: str) -> None:
    assert when(events_of(f"Published 3 March 2031\n\n{body}")) == []
