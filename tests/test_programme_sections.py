"""An event page laid out in sections side by side: a description, a section of partners, and the day's programme
in a section of its own. trafilatura keeps the description; the programme beside it is the article's too. A
section under another heading (opening hours of the office) stays out. A page in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_PROSE = ("The careers evening brings students and graduates together with employers of the valley. Firms from "
          "engineering, software and food production show what they do and who they look for, and young staff tell "
          "how they started. Visitors can ask about internships, trainee places and first jobs in a relaxed setting, "
          "and every participant may book a visit of one of the firms in the afternoon before the evening part.")


# Each firm's own paragraph: the page grows far beyond its description, as real event pages do.
_FIRMS = "".join(f"<h3>Firm number {n}</h3><p>Firm number {n} builds parts for machines and trains apprentices in "
                 f"its workshop by the river; it looks for people who like to solve problems with their hands and "
                 f"their heads, and offers places in production, planning and sales for the coming year.</p>"
                 for n in range(1, 13))


def _page(other_heading: str) -> bytes:
    return f"""<html><head><title>Careers evening in Riverton</title></head><body>
<section id="cover"><h1>Careers evening in Riverton</h1><div class="where">Old Depot, Riverton</div></section>
<section id="details"><p>{_PROSE}</p><p>{_PROSE}</p></section>
<section id="firms"><h2>Firms taking part</h2>{_FIRMS}</section>
<section id="plan"><h2>{other_heading}</h2>
<div class="day">Monday, 14 April 2031</div>
<div class="line"><p>14:00 – 16:30</p><p>Firm visits</p></div>
<div class="line"><p>18:00 – 20:00</p><p>Evening reception at the Old Depot</p></div>
</section>
<section id="contact"><h2>Contact</h2><p>Office open Monday to Friday, 9:00 – 12:00.</p></section>
</body></html>""".encode()


def _starts(page: bytes) -> list[str]:
    article = html_article(page, url="https://example.org/careers-evening", source="t")
    found = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="Europe/Berlin").events
    return sorted(e.start.isoformat()[:16] for e in found if not e.all_day)


def test_the_programme_section_beside_the_description_is_read() -> None:
    assert _starts(_page("Programme")) == ["2031-04-14T14:00", "2031-04-14T18:00"]


def test_a_german_timetable_heading_as_well() -> None:
    assert _starts(_page("Tagesablauf")) == ["2031-04-14T14:00", "2031-04-14T18:00"]


def test_a_section_under_another_heading_stays_out() -> None:
    assert _starts(_page("Getting there")) == []


def test_an_agenda_beside_the_article_is_a_calendar_of_other_events() -> None:
    assert _starts(_page("Agenda")) == []
