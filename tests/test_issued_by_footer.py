"""A release closed by the line of who issued it and when ("Issued by the Parliament of X, 10 June 2031") is dated by
that line: its weekdays ("on Wednesday at 14:00") are the days after it, and the line is no event. Texts of our own.
"""

from __future__ import annotations

from .conftest import listed

TEXT = """Parliamentary programme

Source: A national parliament

The Assembly will hold a sitting on Wednesday at 14:00 to debate the budget. On Thursday, the upper house hosts the
youth parliament at 10:00 in the Old Chamber.

{footer}
"""


def test_the_issuing_line_dates_the_weekdays_and_is_no_event() -> None:
    # (10 June 2031 is a Tuesday)
    assert listed(TEXT.format(footer="Issued by the Parliament of the Republic, 10 June 2031")) == [
        "2031-06-11 14:00", "2031-06-12 10:00"]


def test_the_issuing_line_may_name_its_body_after_a_colon() -> None:
    assert listed(TEXT.format(footer="Released by: Office of the Speaker, 10 June 2031")) == [
        "2031-06-11 14:00", "2031-06-12 10:00"]
