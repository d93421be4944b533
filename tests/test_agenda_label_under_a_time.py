"""A sitting's notice: its time, its room, then an agenda label alone on its line ("Orders of the Day", "Order of
Business", "Agenda", "Tagesordnung") over the business the sitting takes up. The label is no title: the line under
it names the sitting. A committee's business is often "the situation in" a country, which is what it talks about,
not where it sits. A parliament's committee notice showed the form, and a utility commission's meetings titled
"Agenda" on a real page. Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

NOTICE = """Standing Committee on Trade - Notice of meeting

Source: A national parliament

Meeting No. 17
Wednesday, April 14, 2027
9:00 a.m. to 11:00 a.m.
Room 410, Wellington Building, Ottawa

{label}
{business}

Witnesses
Department of Finance
"""


def _read(label: str, business: str) -> list[tuple[str, str]]:
    text = NOTICE.format(label=label, business=business)
    return [(e.summary, str(e.timezone)) for e in extract(text, source="notice", reference=REFERENCE).events]


@pytest.mark.parametrize("label", ["Orders of the Day", "Order of Business", "Agenda", "Agenda:", "Tagesordnung"])
def test_the_line_under_an_agenda_label_names_the_sitting(label: str) -> None:
    assert _read(label, "Study of softwood lumber exports") == [("Study of softwood lumber exports", "America/Toronto")]


def test_the_situation_in_a_country_is_what_the_sitting_takes_up_not_where_it_sits() -> None:
    assert _read("Orders of the Day", "Briefing on the situation in Sudan") \
        == [("Briefing on the situation in Sudan", "America/Toronto")]
