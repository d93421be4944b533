"""Full dates alone on their lines ("June 10, 2031" / "July 8, 2031" / "August 12, 2031") at the end of a section
whose heading names meetings ("Upcoming Trustee Meetings"), with a few sentences on how to attend between the heading
and the dates, are each one of those meetings (pages-dev15: a land bank's next board meetings were left out but the
last). Days without their year, and a section whose sentences give days of their own, are not read so. Pages in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><head><title>Riverton Housing Trust - Meetings</title></head><body>
<h1>Riverton Housing Trust Meetings</h1>
<p>The trustees of the Riverton Housing Trust are appointed by the city council and serve terms of three years,
with the chair chosen by the trustees themselves each spring from among their members.</p>
<h2>{heading}</h2>
<p>Everyone may attend in the hall or follow online; registering beforehand brings the link by email.</p>
<p>{between}</p>
{days}
<h2>Serve as a trustee</h2>
<p>Residents who want to serve can write to the city clerk.</p>
</body></html>"""

_FULL = "<p>June 10, 2031</p><p>July 8, 2031</p><p>August 12, 2031</p>"
_YEARLESS = "<p>June 10</p><p>July 8</p><p>August 12</p>"

# (heading, sentence between, day lines, expected days of events among the first two lines, why). (The last line
# over the next heading is read by another rule, a dated line over what it names: left out of the count here.)
CASES = [
    ("Upcoming Trustee Meetings", "Questions may be sent to the clerk's office.", _FULL,
     ["2031-06-10", "2031-07-08"], "each full date of the section is one of its meetings"),
    ("Upcoming Trustee Meetings", "Questions may be sent to the clerk's office.", _YEARLESS,
     [], "days without their year may be an archive whose years stand elsewhere"),
    ("Upcoming Trustee Meetings", "Registration closes on May 30, 2031.", _FULL,
     [], "a sentence with a day of its own between the heading and the dates: no such section"),
    ("Where to find us", "Questions may be sent to the clerk's office.", _FULL,
     [], "a heading that names no kind of event says nothing of the dates"),
]


@pytest.mark.parametrize(("heading", "between", "days", "expected", "why"), CASES)
def test_full_dates_ending_a_section_of_meetings(heading: str, between: str, days: str, expected: list[str],
                                                 why: str) -> None:
    page = _PAGE.format(heading=heading, between=between, days=days).encode()
    article = html_article(page, url="https://trust.example.org/meetings", source="trust")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="UTC").events
    found = sorted({e.start.strftime("%Y-%m-%d") for e in events
                    if e.start.strftime("%Y-%m-%d") in ("2031-06-10", "2031-07-08")})
    assert found == expected, why


# (the heading under the last day of a list of days without their year, whether that day gets an event, why)
LAST_LINE = [
    ("Trustee Open Evening", True, "a line naming a happening under the day names that day's event"),
    ("Apply to serve as a trustee", False, "a call to act names what the reader may do, not the day's event"),
    ("Trustee Meeting Archive", False, "an archive names the records the page keeps, not the day's event"),
]


@pytest.mark.parametrize(("heading", "expected", "why"), LAST_LINE)
def test_what_stands_under_the_last_day(heading: str, expected: bool, why: str) -> None:
    page = _PAGE.format(heading="Upcoming Trustee Meetings", between="Questions may be sent to the clerk's office.",
                        days=_YEARLESS).replace("Serve as a trustee", heading).encode()
    article = html_article(page, url="https://trust.example.org/meetings", source="trust")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="UTC").events
    assert any(e.start.strftime("%m-%d") == "08-12" for e in events) == expected, (why, [e.summary for e in events])
