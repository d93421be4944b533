"""A page of tips for one day, a part under each heading.

A small page in our own words, laid out as local news sites lay out "what's on today": a heading per
entry, a paragraph under it giving the day, some with a time. A place the heading names is its entry's place.
(Day-long entries under other headings than the day's timed one still fold into it: a rule that kept them apart
published four spurious events on a held-out set of real pages, and was taken out; see the commit.)
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><head><title>What is on this holiday</title></head><body><article>
<h1>What is on this holiday</h1>
<p>Here are a few tips for a mild Tuesday.</p>
<h3>Lantern walk through the old town</h3>
<p>Visitors are invited to join the lantern walk on 31 October at 15.30, from the market fountain.</p>
<h3>Open evening at the fire station</h3>
<p>On Tuesday, 31 October 2023, the volunteer fire brigade opens its doors.</p>
<p>From 4 pm the yard becomes a haunted meeting point for families.</p>
<h3>Bonfire in the next village</h3>
<p>The brigade of the next village invites everyone to a bonfire on Tuesday, 31 October 2023.</p>
<h3>Flea market at the DIY store</h3>
<p>Traders set out their stalls on the car park of the DIY store on 31 October.</p>
</article></body></html>"""


def _events() -> list[tuple[str, str]]:
    article = html_article(_PAGE.encode(), url="https://example.org/tips", source="t")
    found = extract_articles([article], reference=dt.date(2023, 10, 31), default_zone="Europe/Berlin").events
    return sorted((e.start.isoformat()[:16], e.sentence) for e in found)


def test_a_place_in_the_parts_heading_is_its_entrys_place() -> None:
    page = ("<html><head><title>Trips for the holiday</title></head><body><article><h1>Trips for the holiday</h1>"
            "<p>Some ideas for a day out.</p><h3>Pumpkin day at the film park in Potsdam</h3>"
            "<p>Children celebrate on 31 October. The fun starts at 10 am with games for all ages. The boat ride in "
            "Panama gets lanterns for the evening.</p></article></body></html>")
    article = html_article(page.encode(), url="https://example.org/trips", source="t")
    (event,) = extract_articles([article], reference=dt.date(2023, 10, 31), default_zone="America/New_York").events
    assert event.timezone == "Europe/Berlin"  # Potsdam's clock, not Panama's (a ride's name) nor the default
