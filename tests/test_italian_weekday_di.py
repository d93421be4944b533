"""An Italian weekday after "di" ("di sabato sera ... alle 20,30") dates the clock time said later in its sentence,
as "on Saturday evening ... at 8:30 pm" does in English: the coming Saturday, not the day of the stamp. Each text is
our own words."""

from __future__ import annotations

import datetime as dt

from .conftest import listed

NOTICE = """Serata per la comunità

Source: Istituto Italiano di Cultura di Valletta

La Valletta, martedì 3 giugno 2031

{body}
"""


def test_di_and_a_weekday_date_a_later_clock() -> None:
    body = "I connazionali sono invitati di sabato sera al concerto della banda in piazza, che comincerà alle 20,30."
    assert listed(NOTICE.format(body=body), dt.date(2031, 6, 1)) == ["2031-06-07 20:30"]


def test_a_clock_with_no_weekday_stays_on_the_stamp_s_day() -> None:
    body = "I connazionali sono invitati stasera al concerto della banda in piazza, che comincerà alle 20,30."
    assert listed(NOTICE.format(body=body), dt.date(2031, 6, 1)) == ["2031-06-03 20:30"]
