"""A paragraph of only a day and a time ("Saturday, 24 September 2016, 7:30 p.m.") over a paragraph that says what
happens then is a list's line: the event is named by the paragraph under it (its first sentence when it runs long),
not by the item's title. Each text is our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

SEASON = """The new season at the lake hall

Source: Lakeside Concert Society, Geneva, New York

All concerts at the Lake Hall.

The season, 2033-2034:

{first}
{what}

Friday, 14 October 2033, 7:30 p.m. Harbour Philharmonic Orchestra
"""

LONG = ("Dance: the Riverbend Dance Company. Its founder, who won a prize for the choreography of a musical that ran "
        "for years on Broadway and then toured the world twice, brings the whole company and a new piece of an hour.")


@pytest.mark.parametrize(("first", "what", "summary", "why"), [
    ("Saturday, 24 September 2033, 7:30 p.m.", LONG, "Dance: the Riverbend Dance Company",
     "a long paragraph under the date line: its first sentence names the event"),
    ("Saturday, 24 September 2033, 7:30 p.m.", "The Riverbend Dance Company", "Riverbend Dance Company",
     "a short line under it, as before"),
])  # fmt: skip
def test_a_date_line_is_named_by_the_paragraph_under_it(first: str, what: str, summary: str, why: str) -> None:
    events = extract(SEASON.format(first=first, what=what), source="season", reference=REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2033-09-24 19:30", "2033-10-14 19:30"], why
    assert events[0].summary.startswith(summary), (events[0].summary, why)

