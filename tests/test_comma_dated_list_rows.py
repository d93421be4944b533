"""A list under a line ending with a colon whose rows give an event's name, a comma and its day, each row closed by a
semicolon or a stop ("The programme includes:" / "- Harbour Lights Festival, 12-14 April 2031;"): one event a row on
that day, with no verb in the row (world-hundredthirtythird 6: a ministry's three supported events, none read). Earlier
days of the same month may stand between the comma and the date ("Night Run, 16 and 23 March"). Without the colon
line, or with a line of other words between, such rows are no list of events. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(body: str, title: str = "Spring season announced") -> list[tuple[str, str]]:
    events = extract(ITEM.format(title=title, source="Harbourtown City Council", body=body), source="example",
                     reference=dt.date(2031, 3, 1), default_zone="Europe/Brussels").events
    return sorted((e.start.strftime("%Y-%m-%d"), e.summary) for e in events if e.all_day)


def test_english_rows_under_a_colon_line() -> None:
    body = """1 March 2031

The council has set out its spring arts season. The programme includes:
- Harbour Lights Festival, 12-14 April 2031;
- Riverside Poetry Night, 20 April 2031;
- Old Town Choir Gala, 3 May 2031.
More dates will follow."""
    days = _days(body)
    assert [d for d, _ in days] == ["2031-04-12", "2031-04-20", "2031-05-03"]
    assert any("Riverside Poetry Night" in s for _, s in days)


def test_indonesian_rows_with_an_earlier_day_of_the_month() -> None:
    body = """1 Maret 2031

Selama musim semi, dewan kota juga mendukung beberapa acara di pelabuhan:
- Lari Malam Pelabuhan, 8 dan 15 Maret 2031;
- Pekan Kuliner Pesisir, 20-23 Maret 2031;
serta pembaruan jadwal kapal."""
    days = _days(body, "Dewan kota umumkan acara musim semi")
    assert "2031-03-15" in [d for d, _ in days]
    assert any(d == "2031-03-20" and "Pekan Kuliner Pesisir" in s for d, s in days)


def test_rows_without_a_colon_line_stay_unread() -> None:
    body = """1 March 2031

The council looked back on its winter in a report.
- Harbour Lights Festival, 12-14 April 2031;
- Riverside Poetry Night, 20 April 2031;"""
    assert not any("Poetry Night" in s for _, s in _days(body))
