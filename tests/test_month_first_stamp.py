"""A page of a country that writes its dates month first stamps itself "Last Updated: 10/03/2031 - 08:59": the third
of October, though a day-first reading of the stamp makes it the tenth of March (pages-p39: a federal agency's page
of 3 October was dated 10 March, and its "today" and "As of October 1" were read from there). A stamp that reads one
way only, or a page of a day-first country, keeps its reading. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.pagemeta import published_date

PAGE = """<html><head><title>Storm response | Agency</title>
<link rel="canonical" href="{url}" /></head><body><main><h1>Storm response</h1>
<p>The hospital ship arrives in the harbour today with 250 beds.</p>
<div class="updated">Last Updated: {stamp} - 08:59</div></main></body></html>"""


@pytest.mark.parametrize(("url", "stamp", "day"), [
    ("https://www.agency.gov/storm-response", "10/03/2031", dt.date(2031, 10, 3)),
    ("https://www.agency.gov/storm-response", "10/23/2031", dt.date(2031, 10, 23)),
    ("https://www.agency.gov/storm-response", "23/10/2031", dt.date(2031, 10, 23)),
    ("https://www.agence.example.fr/tempete", "10/03/2031", dt.date(2031, 3, 10)),
])
def test_a_slashed_stamp_reads_as_the_site_writes_dates(url: str, stamp: str, day: dt.date) -> None:
    assert published_date(PAGE.format(url=url, stamp=stamp), url) == day
