"""A US city's own web address spells its town: the town run together and its state's postal code
("pittsburghpa.gov", "stlouis-mo.gov") or "cityof" before it ("cityofomaha.org"). A city department's page that
names no place in its text keeps that town's clock (pages-dev22: a planning department's hearing notices, the
city named only in its logo). Host names below are made up in those forms."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.html import html_article
from parsers.sitetown import host_town


@pytest.mark.parametrize(("host", "zone", "why"), [
    ("pittsburghpa.gov", "America/New_York", "town and state run together"),
    ("www.kansascity-mo.gov", "America/Chicago", "a hyphen before the state, 'www.' first"),
    ("cityofomaha.org", "America/Chicago", "'cityof' before the town"),
    ("springfieldil.gov", "America/Chicago", "a name of many towns, chosen by its state's one clock"),
    ("dart.org", None, "a bare word is no town's address"),
    ("example.com.py", None, "a country's domain is not this rule's"),
    ("paris-luttes.info", None, "no state code, no 'cityof'"),
    ("parisfr.gov", None, "a code that is no US state"),
])  # fmt: skip
def test_host_town(host: str, zone: str | None, why: str) -> None:
    place = host_town(host)
    assert (place.zone if place else None) == zone, why


PAGE = """<html><head><title>Zoning - Hearing Notices | pittsburghpa.gov</title></head><body>
<header><a href="/">CITY</a></header><main><h1>Hearing Notices</h1>
<h3>Riverside Lofts Zone Change Petition</h3><ul><li>Planning Commission Hearing: Tuesday, June 10, 2031 2 PM</li>
<li>200 Ross Street, 1st Floor Conference Room</li><li>Application</li></ul>
<p>Anyone may speak for three minutes after registering with the clerk of the commission beforehand.</p>
</main></body></html>"""


def test_page_titled_by_its_host_keeps_the_towns_clock() -> None:
    from parsers import extract

    article = html_article(PAGE.encode(), url="http://127.0.0.1/notices.html", source="t")
    assert article is not None
    found = extract(f"{article.title}\n\nSource: {article.org}\n\n{article.body}\n", source="t",
                    reference=dt.date(2031, 6, 1)).events
    assert [(f"{e.start:%Y-%m-%d %H:%M}", e.timezone) for e in found] == [("2031-06-10 14:00", "America/New_York")]
