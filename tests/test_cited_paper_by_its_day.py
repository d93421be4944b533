"""A ruling or a paper cited by its day, owned by whoever issued it ("in the light of the bench's July 4 verdict", "the
ministry's 3 March circular"), names what was decided or written then, not a day to come (world-fortyfourth 7: the
verdict was read as a coming 4 July). A day owned that names a gathering ("the council's 3 March sitting") or told as
to come stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Court to rule on the dispute

Source: Supreme Court

Published: 12 February 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("The city asked for clarity in the light of the full bench's July 4 verdict, which held that it has no say.",
     [], "a verdict cited by its day"),
    ("Schools follow the ministry's 3 March circular on uniforms.", [], "a circular cited by its day"),
    ("Members prepare for the council's 3 March sitting.", ["2031-03-03"], "a sitting owned is a gathering"),
    ("The panel will publish the board's 3 March decision at a briefing on that day.", ["2031-03-03"],
     "told as to come"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_cited_paper_by_its_day(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="court", reference=dt.date(2031, 2, 12),
                     default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d") for e in events) == expected, why
