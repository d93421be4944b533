"""Prose set one paragraph a line, without blank lines between (as text taken from many web pages comes), is read as
prose: a line of two sentences is no list row, and the times of its later sentences are events of its day. Texts in
our own words."""

from __future__ import annotations

from tests.conftest import listed

_HEAD = "Working visit to Tartu\n\nSource: Ministry of Foreign Affairs of the Isles\n\nIssued 3 March 2027\n\n"


def test_times_in_a_later_sentence_of_a_line_are_read() -> None:
    text = _HEAD + ("On 8 March, the Foreign Minister will pay a working visit to Tartu. At 11.00 she will meet the"
                    " mayor; a joint press conference is planned at 12.30.\n"
                    "On the evening of 8 March the Minister returns home.\n")
    assert [d for d in listed(text) if ":" in d] == ["2027-03-08 11:00", "2027-03-08 12:30"]


def test_rows_of_one_sentence_stay_rows() -> None:
    text = _HEAD + ("Monday 8 March — Second reading of the Harbours Bill at 14.00.\n"
                    "Tuesday 9 March — Question time at 10.00, then the budget debate.\n")
    assert listed(text) == ["2027-03-08 14:00", "2027-03-09 10:00"]
