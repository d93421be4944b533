"""A US county named without its state ("Board of Hennepin County Commissioners", "Cuyahoga County Council", "the
Multnomah County Board"): the county tells the clock of an unlabelled time as its towns do, when every county of that
name keeps one clock. The meeting was read on the default clock. A county name several states share on different
clocks ("Washington County") and one whose name is a town abroad ("Durham County Council", England's) tell nothing.
The table is generated (tools/make_us_counties.py) and current. Items in our own words."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from parsers import extract
from parsers.placeindex import lookup

ROOT = Path(__file__).resolve().parent.parent
ITEM = "Notice of a public meeting\n\nSource: {org}\n\n{body}\n"


def _starts(org: str, body: str) -> list[str]:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2031, 5, 1)).events
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("org", "body", "start"), [
    ("Board of Hennepin County Commissioners", "The board meets on Tuesday, May 19, 2031 at 1:30 PM in the Board "
     "Chambers.", "2031-05-19 18:30"),  # Minnesota: CDT
    ("Cuyahoga County Council", "The council's finance committee meets on Monday, June 9, 2031 at 10:00 a.m.",
     "2031-06-09 14:00"),  # Ohio: EDT
    ("Multnomah County", "The board of commissioners holds a work session on Tuesday, June 10, 2031 at 9:30 a.m.",
     "2031-06-10 16:30"),  # Oregon's main clock: PDT
])
def test_a_county_tells_its_clock(org: str, body: str, start: str) -> None:
    assert _starts(org, body) == [start]


def test_shared_or_foreign_names_tell_nothing() -> None:
    assert lookup("Washington County") is None  # counties of that name keep four clocks
    durham = lookup("Durham County")
    assert durham is None or durham.country != "US"  # "Durham County Council" is England's


def test_the_generated_table_is_current() -> None:
    result = subprocess.run([sys.executable, "tools/make_us_counties.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_counties_of_britain_ireland_and_canada_tell_no_us_clock() -> None:
    # (review: "Rutland County Council" is England's, "Lunenburg County" Nova Scotia's, "Victoria County" Cape
    # Breton's: none is on a US state's clock)
    from parsers.orghome import home_of

    for org in ("Rutland County Council", "Municipality of the County of Lunenburg", "Victoria County Council",
                "Prince Edward County"):
        home = home_of(org)
        assert home is None or home.country != "US", org
