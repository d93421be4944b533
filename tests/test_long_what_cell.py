"""A programme row of three lines, each a cell (the time, the place, then what happens, written as a full sentence
of more than 160 characters), is one entry: the third line says what the entry is. World-seventyseventh item 5 (a
government's programme: "12.00" / a ministry, Bratislava / a joint press conference of two named ministers with
their full titles) kept only the place. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Program of the members of the government

Source: A Government

Thursday 12 June 2031

10.00
Ministry of Foreign and European Affairs, Harbour Street 4, Port Town
Joint press conference of Anna Novak, Minister of Foreign and European Affairs, and Peter Lind, Minister of Foreign
Affairs of the Northern Republic, after their talks on cross-border rail links.
"""


def test_the_long_third_cell_says_what() -> None:
    body = ITEM.replace("Foreign\nAffairs", "Foreign Affairs")  # one line, as the programme writes it
    events = extract(body, source="gov", reference=dt.date(2031, 6, 1), default_zone="Europe/Vienna").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-06-12 10:00"]
    assert "Peter Lind" in events[0].sentence
