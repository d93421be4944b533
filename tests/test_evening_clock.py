"""An unmarked clock in a sentence about a night ("from 7:00 to 9:00, when the observatory marks Observe the Moon
Night") is in the evening, on an item that keeps to the 12-hour clock; a morning said, a leading zero ("07:00") or a
24-hour time elsewhere in the item keep it as written. Each text is our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Club notice

Source: Lakeside Astronomy Club, Hiram, Ohio

Posted: October 2, 2030

{sentence}
"""


def _times(sentence: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(sentence=sentence), source="evening", reference=REFERENCE).events
    return [(f"{e.start:%H:%M}", f"{e.end:%H:%M}") for e in events if hasattr(e.start, "hour")]


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("All are welcome on Saturday, Oct. 12 from 7:00 to 9:00, when the club holds its Star Night.",
     [("19:00", "21:00")], "a night named in the sentence: both ends in the evening"),
    ("The lantern walk sets off at 8:30 on the evening of Friday, Oct. 11.", [("20:30", "21:30")],
     "an evening said: 8:30 is half past eight at night"),
    ("The night crew meets on Saturday, Oct. 12 at 7:00 in the morning for coffee.", [("07:00", "08:00")],
     "the sentence says the morning: the clock stays as written"),
    ("Star Night opens on Saturday, Oct. 12 from 07:00 to 09:00 for the dawn planets.", [("07:00", "09:00")],
     "a leading zero is the 24-hour clock"),
    ("After a night of rain, the club's field day starts on Saturday, Oct. 12 at 9:00.", [("09:00", "10:00")],
     "a night that is over names no evening"),
    ("Quiz Night is on Friday, Oct. 11 from 7:30 to 10:00 in the hall.", [("19:30", "22:00")],
     "a night's name: the evening"),
    ("The club meets on Saturday, Oct. 12 from 7:00 to 9:00 in the library.", [("07:00", "09:00")],
     "no night or evening in the sentence: nothing to infer"),
    ("The dome opens on Saturday, Oct. 12 at 7:00; on the night of Oct. 19 the talk starts at 21:30.",
     [("07:00", "08:00"), ("21:30", "22:30")], "the item writes 21:30: it keeps the 24-hour clock"),
    ("The board meets on Saturday, Oct. 12 at 10:00 to plan the evening shuttle route.", [("10:00", "11:00")],
     "an evening named in passing: 10 o'clock is no hour an evening's happening starts at, so no 22:00"),
    ("The choir's autumn concert begins at 7.30 on Saturday, Oct. 12 in the chapel.", [("19:30", "20:30")],
     "a concert, a happening of the evening by its kind: half past seven at night"),
    ("The club's breakfast concert begins at 8:00 on Saturday, Oct. 12 in the chapel.", [("08:00", "09:00")],
     "a breakfast concert says the morning"),
    ("Twelfth Night opens on Saturday, Oct. 12 with a matinee at 11:30.", [("11:30", "12:30")],
     "a play's name with Night in it: 11:30 stays in the morning, not 23:30"),
])  # fmt: skip
def test_an_unmarked_clock_at_night(sentence: str, expected: list[tuple[str, str]], why: str) -> None:
    assert _times(sentence) == expected, why


def test_the_evening_is_said_to_be_inferred() -> None:
    events = extract(ITEM.format(sentence=("All are welcome on Saturday, Oct. 12 from 7:00 to 9:00, when the club "
                                           "holds its Star Night.")), source="evening", reference=REFERENCE).events
    assert any(n.startswith("time 19:00 inferred") for n in events[0].notes)
