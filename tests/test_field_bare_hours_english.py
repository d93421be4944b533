"""Two bare hours in an English time field ("Time: 7 - 9", "Time: 8 to 10"): English writes the 12-hour clock, and
7 to 9 is an evening reception as likely as a breakfast, so no clock is read; an hour past noon ("Hours: 9 - 17")
makes the 24-hour clock plain, and the Spanish "Horario: 10 a 11" is read as before (fieldhours). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.fieldhours import field_hours

from .conftest import listed

ITEM = """Spring reception for members

Source: Example Arts Council

March 10, 2030

Date: Friday, March 22, 2030
{field}
Place: Town Hall gallery
"""


@pytest.mark.parametrize("field", ["Time: 7 - 9", "Time: 8 to 10", "Hours: 10 - 12"])
def test_english_bare_hours_say_no_half_of_the_day(field: str) -> None:
    assert field_hours(field) == []
    assert listed(ITEM.format(field=field), dt.date(2030, 3, 1)) == ["2030-03-22"]


@pytest.mark.parametrize(("field", "expected"), [
    ("Hours: 9 - 17", (dt.time(9), dt.time(17))),
    ("Horario: 10 a 11", (dt.time(10), dt.time(11))),
])
def test_a_plain_24_hour_clock(field: str, expected: tuple[dt.time, dt.time]) -> None:
    (mention,) = field_hours(field)
    assert (mention.time, mention.until) == expected
