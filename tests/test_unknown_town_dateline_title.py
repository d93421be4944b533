"""A dateline of a town in capitals and a date ("PUTRAJAYA, 24 May 2025 —", "PASAY CITY, June 3 —") leaves the title
even where the gazetteer knows no such town; a name in ordinary case with no date stays. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _titles(body: str) -> list[str]:
    text = f"Summit notice\n\nSource: Office of the Prime Minister of Ruritania\n\n{body}\n"
    return [e.summary for e in extract(text, source="s", reference=dt.date(2031, 5, 1)).events]


def test_a_dateline_in_capitals_with_a_date_leaves_the_title() -> None:
    [title] = _titles("ZENDAPUR, 24 May 2031 — Prime Minister Anna Vell chairs the regional summit on 26 May.")
    assert "ZENDAPUR" not in title
    assert "Anna Vell" in title
    [title] = _titles("NORTH ZENDAPUR CITY, June 3 — Senate President Ion Marr receives the envoys on Thursday "
                      "at 10 a.m.")
    assert "ZENDAPUR" not in title


def test_a_name_in_ordinary_case_without_a_date_stays() -> None:
    [title] = _titles("Zendapur Accord — ministers sign the accord on 26 May 2031.")
    assert "Zendapur" in title
