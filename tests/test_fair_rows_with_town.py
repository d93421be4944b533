"""A portal's box of coming fairs gives each as its name, the town after a comma and the full date in brackets at
the line's end: "Hafentage Nord, Bremen (12.05.2031)", "Logistikforum, Hamburg (03.-05.06.2031)". The town says
where something happens, so the bracketed date is the fair's day, not a paper's or a link's date ("Resolution on the
situation (31.01.2031)" stays one): such rows are a list of events (pages-p39: a trade portal's fairs were read as
no events). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Branchenportal Verpackung

Source: Portal

Published: 2 April 2031

{body}
"""

FAIRS = """Termine

- Hafentage Nord, Bremen (12.05.2031)
- Logistikforum, Hamburg (03.-05.06.2031)
- Verpackungsmesse Süd, München (17.09.2031)"""

# (the same box where each fair is a paragraph of its own, not a list's item)
FAIRS_AS_PARAGRAPHS = FAIRS.replace("\n- ", "\n\n")

PAPERS = """Dokumente

- Resolution on the situation (31.01.2031)
- Report of the committee (14.02.2031)"""


def _events(body: str) -> list[tuple[dt.date, dt.date, str]]:
    found = extract(ITEM.format(body=body), source="portal", reference=dt.date(2031, 4, 2),
                    default_zone="Europe/Berlin").events
    return sorted((e.start if not isinstance(e.start, dt.datetime) else e.start.date(),
                   e.end if not isinstance(e.end, dt.datetime) else e.end.date(), e.summary) for e in found)


@pytest.mark.parametrize("body", [FAIRS, FAIRS_AS_PARAGRAPHS])
def test_fairs_named_with_their_town_are_events(body: str) -> None:
    found = _events(body)
    assert [(first, last) for first, last, _ in found] == [
        (dt.date(2031, 5, 12), dt.date(2031, 5, 13)), (dt.date(2031, 6, 3), dt.date(2031, 6, 6)),
        (dt.date(2031, 9, 17), dt.date(2031, 9, 18))], found  # (the end of a day event is the next day)
    assert [name.split(",")[0] for _, _, name in found] == ["Hafentage Nord", "Logistikforum", "Verpackungsmesse Süd"]


def test_papers_dated_in_brackets_stay_no_events() -> None:
    assert _events(PAPERS) == []
