"""Czech, Slovak and Polish "at the latest (by)" before a time or a day make it a deadline, as "by" does in English:
"novináři musí dorazit nejpozději do 8:40 hod." (world-thirtyeighth 6: the time the press must arrive by was read
as an event of its own, beside the speeches at 9:00). The speeches stay. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Zahájení konference

Source: Ministerstvo

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Projev ministra začíná v pondělí 14.04.2031 v 10:00. Novináři musí přijít nejpozději do 9:40 hod.",
     ["2031-04-14 10:00"], "Czech: the arrival time of the press goes, the speech stays"),
    ("Konferencia sa začne 14.04.2031 o 10:00. Novinári sa musia zaregistrovať najneskôr do 9:30.",
     ["2031-04-14 10:00"], "Slovak"),
    ("Konferencja rozpocznie się 14.04.2031 o 10:00. Dziennikarze proszeni są o przybycie najpóźniej do 9:30.",
     ["2031-04-14 10:00"], "Polish"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_slavic_deadlines(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="cs", reference=dt.date(2031, 4, 1), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert got == expected, why
