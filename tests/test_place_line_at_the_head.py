"""A body whose first line names a place and nothing else ("Mendoza, Argentina", "Rosario, Santa Fe, Argentina") is
where the item is, as a dateline says it: a table of sittings under a heading of its own keeps that place's clock
(the heading between them cut the place line off, and the rows fell to the default zone). Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Calendar of sittings

Source: A town council

{head}

{caption}
12/03/2031\t10:00\tOrdinary sitting
19/03/2031\t17:30\tSpecial sitting
"""


@pytest.mark.parametrize(("head", "caption", "zone"), [
    ("Mendoza, Argentina", "Date\tTime\tSitting", "America/Argentina/Mendoza"),
    ("Rosario, Santa Fe, Argentina", "Fecha\tHora\tSesión", "America/Argentina/Cordoba"),
    ("Hermosillo, Mexico", "Sittings", "America/Hermosillo"),
])
def test_the_rows_keep_the_head_lines_clock(head: str, caption: str, zone: str) -> None:
    events = extract(ITEM.format(head=head, caption=caption), source="sittings", reference=REFERENCE).events
    assert sorted((f"{e.start:%d %H:%M}", str(e.start.tzinfo)) for e in events) == [("12 10:00", zone),
                                                                                     ("19 17:30", zone)]


def test_a_line_with_more_than_places_is_no_head_place() -> None:
    """'Mendoza office closed for repairs': words besides the place; no place is taken from it."""
    text = ITEM.format(head="Mendoza office closed for repairs", caption="Sittings")
    events = extract(text, source="sittings", reference=REFERENCE).events
    assert all(str(e.start.tzinfo) != "America/Argentina/Mendoza" for e in events)


@pytest.mark.parametrize("head", ["Syria", "London, Paris, New York"])
def test_a_country_or_a_list_of_towns_is_no_head_place(head: str) -> None:
    """A lone country at the head (a topic's tag) or a tour's list of towns says nothing of where the rows are."""
    text = ITEM.format(head=head, caption="Sittings").replace("Source: A town council",
                                                               "Source: A council of Mendoza, Argentina")
    events = extract(text, source="sittings", reference=REFERENCE).events
    assert {str(e.start.tzinfo) for e in events} == {"America/Argentina/Mendoza"}
