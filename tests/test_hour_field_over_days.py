"""A schedule section: a caption naming a year and what meets ("2031 Trustees Meeting Schedule"), a field of the hour
alone ("Time: 6:15 p.m. (unless noted otherwise)", "Meeting Time: 9 a.m."), maybe a location field, then the days,
one a line. Every day is a meeting at that hour, in the caption's year, titled by the caption:

- a row with its own hour inside the list ("March 4, 2031 (Budget Workshop at 3:00 pm)") is its own event and does
  not end the list; nor does a line saying there is no meeting that month;
- a day with its weekday said again and a note ("May 7, 2031 - Wednesday (polling day)") is a day of the list;
- two lists on the same days at different hours ("Audit Committee, 9 a.m." and "Works Committee, 11 a.m.") both
  stand;
- the list's year is its caption's, not that of an archive lower on the page.
Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Trustees</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/trustees", source="t")
    events = extract_articles([article], reference=dt.date(2030, 11, 20), default_zone="America/Denver").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M} {e.summary}" for e in events)


_SCHEDULE = ("<h1>Trustees</h1><p>The Trustees meet in public; agendas are posted a week ahead.</p>"
             "<ul><li>2031 Trustees Meeting Schedule</li></ul>"
             "<p>Time: 6:15 p.m. (unless noted otherwise)</p>"
             "<p>Location: Hall B, 40 Alder Street, Boulder, CO 80302</p>"
             "<ul><li>January 14, 2031</li>"
             "<li>March 4, 2031 (Budget Workshop at 3:00 pm)</li>"
             "<li>March 11, 2031</li>"
             "<li>There is no meeting in April.</li>"
             "<li>May 7, 2031 - Wednesday (polling day)</li>"
             "<li>June 10, 2031</li></ul>")


def test_every_day_under_an_hour_field_is_a_meeting_at_that_hour() -> None:
    found = _events(_SCHEDULE)
    at_hour = [e for e in found if e[11:16] == "18:15"]
    assert [e[:10] for e in at_hour] == ["2031-01-14", "2031-03-11", "2031-05-07", "2031-06-10"], found
    assert all("Trustees Meeting Schedule" in e for e in at_hour), found
    assert not any(e.startswith("2031-03-04 18:15") for e in found), "the workshop's own hour is its own"


def test_two_lists_on_the_same_days_at_different_hours_both_stand() -> None:
    found = _events("<h1>Committees</h1>"
                    "<ul><li>2031 Audit Committee Meetings</li></ul><p>Meeting Time: 9 a.m.</p>"
                    "<ul><li>Thursday, Feb. 13</li><li>Thursday, May 15</li><li>Thursday, Aug. 14</li></ul>"
                    "<ul><li>2031 Works Committee Meetings</li><li>Packets of past meetings are online.</li></ul>"
                    "<p>Meeting Time: 11 a.m.</p>"
                    "<ul><li>Thursday, Feb. 13</li><li>Thursday, May 15</li><li>Thursday, Aug. 14</li></ul>"
                    "<p>Reports of past meetings:</p><ul><li>January 2024 Report</li><li>March 2024 Report</li>"
                    "<li>May 2024 Report</li></ul>")
    assert [e[:16] for e in found] == ["2031-02-13 09:00", "2031-02-13 11:00", "2031-05-15 09:00",
                                       "2031-05-15 11:00", "2031-08-14 09:00", "2031-08-14 11:00"], found
    assert sum("Works Committee" in e for e in found) == 3, found
