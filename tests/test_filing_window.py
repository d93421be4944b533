"""Days in which papers may be handed in ("Returns may be filed from 1 March until 31 October", "Proposals can be
submitted between ...") bound a window, no happening; an event told beside them is still read. Texts in our own
words."""

from __future__ import annotations

from tests.conftest import listed

_HEAD = "Filing season\n\nSource: Revenue Office of the Isles\n\nIssued 24 February 2027\n\n"


def test_a_filing_window_is_no_event() -> None:
    text = _HEAD + "Returns may be filed from 1 March until 31 October 2027 at any tax office.\n"
    assert listed(text) == []


def test_a_submission_window_told_with_between_is_no_event() -> None:
    text = _HEAD + "Proposals can be submitted online between 3 March and 14 April 2027.\n"
    assert listed(text) == []


def test_an_event_beside_the_window_is_read() -> None:
    text = _HEAD + ("Returns may be filed from 1 March 2027. The Commissioner launches the season at a press"
                    " conference on 1 March 2027 at 10:00.\n")
    assert listed(text) == ["2027-03-01 10:00"]
