"""When a notice, letter or mail was or will be sent ("This notice was sent today", "sent on 3 March to all
members", "Sent: Tuesday, 4 March 2027 09:12"): not an event; the meeting it announces is. Each text is our own
words."""

from __future__ import annotations

import pytest

from .conftest import listed

NOTICE = """Notice of the annual general meeting

Source: A residents' association

{stamp}

{sentence}

The annual general meeting will take place on Thursday 18 March 2027 at 7pm in the parish hall.
"""


@pytest.mark.parametrize(("stamp", "sentence", "why"), [
    ("Published: 4 March 2027", "This notice was sent today to all members of the association.",
     "'sent today' under a stamp: when the notice left"),
    ("Published: 4 March 2027", "This message was emailed today to everyone on our list.", "'emailed today'"),
    ("Published: 4 March 2027", "Ballot papers were sent on 3 March to all members by post.", "sent on a day"),
    ("Published: 4 March 2027", "Invitations will be sent on 8 March, and the agenda will be emailed on Friday 12 "
     "March.", "a sending to come is no event either"),
    ("Sent: Thursday, 4 March 2027 09:12", "Dear members,", "a mail's header"),
    ("", "This notice was sent on 3 March 2027 to all members.", "no stamp"),
])  # fmt: skip
def test_a_sending_is_no_event(stamp: str, sentence: str, why: str) -> None:
    assert listed(NOTICE.format(stamp=stamp, sentence=sentence)) == ["2027-03-18 19:00"], why


def test_an_event_that_sends_nothing_stays() -> None:
    text = NOTICE.format(stamp="Published: 4 March 2027",
                         sentence="The choir will perform on Sunday 7 March 2027 at 4pm; the tickets went on sale "
                                  "last week.")
    assert listed(text) == ["2027-03-07 16:00", "2027-03-18 19:00"], "a concert beside a word of tickets"
