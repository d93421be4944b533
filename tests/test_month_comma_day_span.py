"""A span of days after a month and a comma ("on June, 3-4 in Vilnius", "on February, 15-16 to the ministers"), as
releases in a second language write it: the span, as "June 3-4" is (dateforms.py). A count after a month's comma
("In May, 12-15 people came") is no date, as "In May, 12 ministers" was not."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("The forum meets on June, 3-4 in Vilnius.", [("span", "June, 3-4")], "a place after the span"),
    ("Riga is host on October, 20-21 to the Baltic ministers.", [("span", "October, 20-21")], "'to' after the span"),
    ("The talks were held on March, 9–10.", [("span", "March, 9–10")], "the sentence ends"),
    ("held on June, 3-4, 2019.", [("span", "June, 3-4, 2019")], "a year after the span"),
    ("In May, 12-15 people came to the fair.", [], "a count of people, not days"),
    ("In May, 12 ministers came.", [], "no span, one number: as before"),
])  # fmt: skip
def test_month_comma_day_span(text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert [(m.kind, m.text) for m in find_mentions(text)] == expected, why
