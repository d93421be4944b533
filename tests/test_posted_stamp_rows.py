"""An agenda center lists each committee under its name, each meeting as a row of its day and the stamp of its
posted agenda: "Sep 4, 2031 — Posted Aug 30, 2031 10:49 AM Agenda". The row's words besides its day are a stamp and
a paper's name, which say nothing of what meets: the committee's heading names the meeting (pages-p39: two
committee meetings were named "Posted Aug 30, 2024 ... Agenda"). Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

ROW = """<tr class="catAgendaRow"><td><h3 class="noMargin">
<strong><abbr title="September">Sep</abbr> {day}, 2031</strong>
 &mdash; Posted <abbr title="August">Aug</abbr> 30, 2031 {clock}</h3><p><a href="/file">Agenda</a></p></td>
<td class="minutes"></td><td class="downloads"><a href="/dl">Download</a></td></tr>"""
CATEGORY = """<div class="listing"><h2><em>{area}</em></h2><h3>{body}</h3><ul><li><a href="#">2031</a></li></ul>
<table summary="List of Agendas"><thead><tr><th>Agenda</th><th>Minutes</th><th>Download</th></tr></thead>
<tbody>{row}</tbody></table></div>"""
PAGE = ("<html><head><title>Agenda Center • Riverside Water District</title>"
        "<meta property='article:modified_time' content='2031-01-09T08:00:00-08:00'></head>"
        "<body><main><h1>Agenda Center</h1>"
        + CATEGORY.format(area="Finance", body="Finance and Audit Committee",
                          row=ROW.format(day=4, clock="10:49 AM"))
        + CATEGORY.format(area="Operations", body="Operations and Water Quality Committee",
                          row=ROW.format(day=3, clock="1:30 PM"))
        + "<p>Riverside Water District, 100 River Road, Riverside, CA 92501</p></main></body></html>")


def test_the_committee_names_its_meeting() -> None:
    article = html_article(PAGE.encode(), url="https://www.riverside-water.example.org/AgendaCenter", source="t")
    events = extract_articles([article], reference=dt.date(2031, 8, 30), default_zone="America/Los_Angeles").events
    found = sorted((e.start, e.summary) for e in events)
    assert [str(start) for start, _ in found] == ["2031-09-03", "2031-09-04"], found
    assert "Operations and Water Quality Committee" in found[0][1], found
    assert "Finance and Audit Committee" in found[1][1], found
    assert not any("Posted" in summary for _, summary in found), found
