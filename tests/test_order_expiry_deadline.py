"""When an order, a decree or a state of emergency lapses ("the order ... will now expire on July 31 at 5:00 p.m.",
"It was due to expire at 5:00 p.m. on Friday"): the end of a rule, a deadline, no event (issue #10, "nothing that is
not an event"). Seen in world-hundrednineteenth (a governor's amended order: its old and new expiry were both
published as events); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[str]:
    return [f"{e.start:%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_an_order_extended_is_no_event() -> None:
    text = ("Governor extends the burn ban\n\nSource: Office of the Governor\n\nMarch 3, 2026\n\n"
            "CAPITOL CITY – On Tuesday the Governor signed an amended burn ban order for all counties. "
            "The order was due to expire at 6:00 p.m. on Friday, March 6, 2026; it will now expire on "
            "March 20, 2026, at 6:00 p.m.\n")
    assert _starts(text) == []


def test_a_decree_that_lapses_and_a_hearing_that_is_held() -> None:
    text = ("Emergency decree\n\nSource: Office of the Governor\n\nMarch 3, 2026\n\n"
            "The emergency decree expires at noon on March 12, 2026. "
            "A public hearing on the decree will be held on March 10, 2026, at 2:00 p.m. in the Senate chamber.\n")
    assert _starts(text) == ["03-10 14:00"]
