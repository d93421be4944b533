"""Pages that LIST meetings: a board's table of meetings, a calendar's search results, cards.

Table tests in our own words, small pages we wrote in the layouts such sites use: where the
list is when the page's prose is elsewhere, where the publisher is (its postal address), and
how each row of the list reads. Each row says why; each rule has a row that fails without it.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from model import Article
from parsers import extract_articles
from parsers.html import html_article
from parsers.listing import meeting_list, with_list
from parsers.orghome import home_of
from parsers.pagemeta import postal_place
from parsers.places import find_places

_PROSE = ("<div class='intro'><p>Select a document to open it in your browser. Large packets open faster when you "
          "save them to your device first, and older recordings are kept in the archive of the clerk's office, "
          "which answers requests for copies within ten working days of receiving them.</p></div>")


_TRADERS = ("Traders along the quay say the change brought them more custom in the quiet weeks of the autumn, when "
            "the ferries run less often and the visitors stay away; the town council hopes other streets follow, "
            "and has set aside a small fund for shops that want to try it. Some owners doubt it will last past "
            "the winter, others have asked for help with the paperwork, and the chamber of trade will hold open "
            "evenings for them. A survey of customers will be published in the spring, with the figures of the "
            "first months and a note on what changed for the smaller shops at the far end of the harbour.")


def _page(listing: str, prose: str = _PROSE, foot: str = "") -> bytes:
    return (f"<html><head><title>Meetings</title></head><body>{prose}<div class='grid'>{listing}</div>"
            f"<footer>{foot}</footer></body></html>").encode()


def _table(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td>{what}</td><td>{day}</td><td>{time}</td><td>City Hall</td></tr>"
                   for what, day, time in rows)
    head = "<thead><tr><th>Meeting</th><th>Date</th><th>Time</th><th>Venue</th></tr></thead>"
    return f"<table>{head}<tbody>{body}</tbody></table>"


_BOARD = _table([("Harbour Board", "3/2/2031", "5:30 PM"), ("Harbour Board", "3/16/2031", "5:30 PM"),
                 ("Harbour Board", "4/6/2031", "5:30 PM"), ("Harbour Board", "4/20/2031", "5:30 PM")])


@pytest.mark.parametrize(("listing", "found", "why"), [
    (_BOARD, 4, "a table with a date in every row"),
    ("<ul>" + "".join(f"<li>Library Board - {d} at 4 p.m.</li>" for d in ("May 3", "June 7", "July 5")) + "</ul>", 3,
     "a list of meetings under a year heading: days without a year still make rows"),
    ("<h1>Harbour Council, 13 November 2031</h1><div>Posted 10 November 2031 17:30</div>"
     "<div><p>On 13 November 2031 at 9:00 the council meets at the town hall.</p></div>", None,
     "a headline, a stamp and a text side by side are no list: a list's rows are of one kind"),
    ("<ul><li>June 2031</li><li>July 2031</li><li>August 2031</li><li>September 2031</li></ul>", None,
     "a calendar's month menu names months, not days"),
    ("<div>" + "".join(f"<div><p>({d}, 2031) The agency released a further set of tables on water quality across "
                       "the region, with notes on how they were gathered, checked and weighed, and on what they "
                       "leave out, on the sites they were taken at and the laboratories that tested the samples; "
                       "leave out; a second release will follow with the figures of the smaller districts and "
                       "a guide for those who use them.</p></div>" for d in ("Jan 4", "Feb 9", "Mar 2")) + "</div>",
     None, "news teasers with a date inside a paragraph are no meetings' rows"),
    ("<div class='day-links'>" + "".join(f"<div><a href='/news?day={d}'>{w}, March {d}</a></div>"
                                         for w, d in (("Monday", 9), ("Tuesday", 10), ("Wednesday", 11),
                                                      ("Thursday", 12))) + "</div>", None,
     "links to a news archive's days name nothing but the day: no meeting's row"),
    ("<ul>" + "".join(f"<li><a href='/a{n}.pdf'>{d}, 2031 Agenda</a> <a href='/m{n}.pdf'>Minutes (PDF)</a></li>"
                      for n, d in enumerate(("March 4", "March 18", "April 1"))) + "</ul>", None,
     "rows naming only documents (agenda, minutes) by their day list papers, not meetings"),
    ("<ul>" + "".join(f"<li><a href='/a{n}.pdf'>{d} - Parks Board Agenda</a></li>"
                      for n, d in enumerate(("3/4/2031", "3/18/2031", "4/1/2031"))) + "</ul>", 3,
     "a document row that names its board is still a row of that board's meetings"),
    ("<div class='sections'>" + "".join(
        f"<div><h2>{topic}</h2>" + "".join(
            f"<div><h3>Harbour shops try a new {thing}</h3><p>{_TRADERS}</p><p>{_TRADERS}</p><span>{day}.10.2031</span>"
            "<div class='player'>00:00 / 34:53</div></div>" for thing, day in (("till", first), ("sign", first + 7)))
        + "</div>" for topic, first in (("Trade", 2), ("People", 3), ("Places", 4))) + "</div>", None,
     "a news page's sections of teasers run past a meeting card's length; a player's 00:00 is no meeting's time"),
    ("<ul class='ticker'>" + "".join(f"<li>[ {d} March 2031 ] {h} <a>Tips</a></li>" for d, h in (
        (3, "Five ways to keep a laptop cool"), (9, "Setting up a shared printer at home"),
        (17, "Why a slow network is often the router"), (24, "A short guide to backups"))) + "</ul>", None,
     "a ticker of dated posts: no row tells a time of day or names a gathering"),
    ("<ul>" + "".join(f"<li>Upcoming Meetings | {d} March 2031 6:00 PM | Print | RSS | Full calendar</li>"
                      for d in (3, 10, 17)) + "</ul>", None,
     "rows naming nothing but the page's furniture (Upcoming Meetings, Print, RSS) are controls, not meetings"),
    ("<ul>" + "".join(f"<li>{d} March 2031 - Harbour Board</li>" for d in (3, 10, 17)) + "</ul>", 3,
     "dated rows naming a board, no time: a list of its meetings"),
    ("<div class='videos'>" + "".join(f"<div><span>{length}</span> <span>{day}.03.2031</span> <a>{what}</a></div>"
                                      for length, day, what in (("7:55", 12, "Ten things about the new racing game"),
                                                                ("14:51", 17, "Preview: a harbour builder"),
                                                                ("0:55", 24, "Trailer of the winter update")))
     + "</div>", None, "videos' lengths beside their days (off the five minutes, an hour 0) are no clock times"),
    ("<ul>" + "".join(f"<li>{d}.03.2031 Harbour Board 14:30</li>" for d in (3, 10, 17)) + "</ul>", 3,
     "bare clock times on the five minutes: a board's meetings"),
    ("<ul>" + "".join(f"<li><a>{h}</a> Posted March {d}, 2031 {t}</li>" for h, d, t in (
        ("New parking rules on the quay", 3, "10:32 AM"), ("Ferry timetable for the spring", 9, "4:07 PM"),
        ("Harbour lights repaired", 12, "9:41 AM"))) + "</ul>", None,
     "posts stamped at any minute ('10:32 AM'), naming no gathering: a list of news, not of meetings"),
    ("<div class='event'><div><p>Harbour fair, 12 May 2031, 10:00 - 16:00</p></div>"
     "<div><p>Programme of 12 May 2031: 10:00 opening, 14:00 boat parade</p></div>"
     "<div><p>Register by 1 May 2031 at the harbour office</p></div></div>", None,
     "an event page's blocks tell one day (and a deadline): a list of meetings tells three days or more"),
])
def test_a_list_of_meetings_is_known_by_its_dated_rows(listing: str, found: int | None, why: str) -> None:
    result = meeting_list(lxml.html.document_fromstring(_page(listing)))
    assert (result[1] if result else None) == found, why


_CARDS = "<div class='cards'>" + "".join(f"<div><h3>Rain garden workshop</h3><p>{d}, 2031 2:00 pm</p></div>"
                                         for d in ("May 8", "May 17", "May 20")) + "</div>"


@pytest.mark.parametrize(("prose", "listing", "switch", "why"), [
    ("<p>Select a document to open it in your browser.</p>", _BOARD, True,
     "the prose found for the page is a note on PDFs: the table of meetings is the article"),
    ("<p>The board meets on May 26, 2031 at 6:30 pm in the district office.</p>", _CARDS, False,
     "an event's own page beside a few 'more events' cards: the event is the article"),
    ("<p>The fair opens its gates at 10 am on the second Saturday of the month.</p>", _CARDS, False,
     "an event's page giving its time, its day in words: a few 'more events' cards are not the article"),
    ("<p>The fair opens its gates at 10 am on the second Saturday of the month.</p>",
     _table([("Harbour Board", f"{month}/9/2031", "5:30 PM") for month in range(5, 12)]), True,
     "a time in the prose does not outweigh a list of many meetings"),
    (f"<p>{_TRADERS}</p>" * 3, _table([("Harbour Board", f"{month}/9/2031", "5:30 PM") for month in range(5, 12)]),
     False,
     "a story telling no day beside a list of meetings elsewhere on the page (a sidebar's): the story stays"),
    ("<p>Posted May 1, 2031. The board publishes its meetings below.</p>",
     _table([("Harbour Board", f"{month}/9/2031", "5:30 PM") for month in range(5, 12)]), True,
     "a stamp's day in the prose does not outweigh a list of many meetings"),
])
def test_a_meeting_list_outside_the_prose_is_the_article(prose: str, listing: str, switch: bool, why: str) -> None:
    root = lxml.html.document_fromstring(
        f"<html><body><div id='a'>{prose}</div><div id='b'>{listing}</div></body></html>")
    container = root.get_element_by_id("a")
    assert (with_list(container, meeting_list(root)) is not container) is switch, why


def test_each_row_of_a_meeting_table_is_a_meeting() -> None:
    article = html_article(_page(_BOARD, foot="<p>12 Quay Road<br>Riverton,<br>KS 67202</p>"),
                           url="https://example.org/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="Europe/Brussels").events
    assert sorted((e.start.month, e.start.day, e.start.hour, e.timezone) for e in events) == [  # type: ignore[union-attr]
        (3, 2, 17, "America/Chicago"), (3, 16, 17, "America/Chicago"),
        (4, 6, 17, "America/Chicago"), (4, 20, 17, "America/Chicago")]


def test_a_rows_document_links_do_not_name_its_meeting() -> None:
    rows = "".join(f"<tr><td>Harbour Board</td><td>{day} 5:30 PM</td><td><a href='/a{n}.pdf'>Agenda</a> "
                   f"<a href='/m{n}.pdf'>Minutes</a> <a href='/d{n}'>View Details</a> "
                   f"<a href='/v{n}'>Watch Livestream</a></td></tr>"
                   for n, day in enumerate(("3/2/2031", "3/16/2031", "4/6/2031", "4/20/2031")))
    article = html_article(_page(f"<table><tbody>{rows}</tbody></table>"), url="https://example.org/m", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="America/Chicago").events
    assert len(events) == 4
    papers = {"Agenda", "Minutes", "Details", "Livestream"}
    assert all("Harbour Board" in e.summary and not papers & set(e.summary.split()) for e in events), \
        [e.summary for e in events]


@pytest.mark.parametrize(("configured", "why"), [
    ("", "nothing configured: the page's own dates tell"),
    ("dmy", "a configuration for day-first sources: a page whose dates read month-first only (7/19) is read so"),
])
def test_a_pages_own_dates_tell_their_order(configured: str, why: str) -> None:
    body = "Harbour Board   7/19/2031 5:30 PM\nHarbour Board   8/2/2031 5:30 PM\nHarbour Board   9/6/2031 5:30 PM"
    article = Article(source="t", title="Meetings", body=body, url="", published=dt.date(2031, 7, 1), org="")
    events = extract_articles([article], reference=dt.date(2031, 7, 1), numeric_order=configured).events
    assert sorted((e.start.month, e.start.day) for e in events) == [(7, 19), (8, 2), (9, 6)], why


def test_a_notices_posting_date_is_no_part_of_its_sentence() -> None:
    # Cards of notices: a posting date over sentences. Read as one line, the posting date would date the meeting.
    cards = "".join(
        f"<div class='notice'><h3>{posted}, 2031</h3><div><p>The Finance Committee of the Harbour"
        f" Board will meet in executive session at 9:00 a.m. on {day}, 2031, under section 5 of the meetings law, in"
        " the board room of the harbour office. Members may attend in person or by telephone, and"
        " the public may listen by the number on the agenda. Written comments reach the clerk at the harbour office"
        " or by post, and are read out at the start of the meeting.</p></div></div>"
        for posted, day in (("May 3", "Friday, May 9"), ("June 2", "Friday, June 13"), ("July 1", "Friday, July 11"),
                            ("August 4", "Friday, August 8"), ("September 1", "Friday, September 12"),
                            ("October 6", "Friday, October 10")))
    article = html_article(_page(f"<div class='notices'>{cards}</div>", prose=""), url="https://example.org/n",
                           source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="America/Chicago").events
    assert sorted((e.start.month, e.start.day) for e in events) == [(5, 9), (6, 13), (7, 11), (8, 8), (9, 12), (10, 10)]
    assert "June 2, 2031 The Finance" not in article.body  # the posting date stands on a line of its own


def test_each_row_keeps_its_own_day_however_old() -> None:
    # No header row, no publication date, rows of several years: each row's day is its meeting's, not history
    # beside the newest, and a long documents cell (links only) does not make the row a paragraph.
    papers = " ".join(f"<a href='/d{n}.pdf'>Notice of public hearing {n} - the harbour wall repairs</a>"
                      for n in range(8))
    rows = "".join(f"<tr><td>{what}</td><td>{day} 6:00 PM - 8:00 PM</td><td>{docs}</td></tr>" for what, day, docs in (
        ("Harbour Board Meeting", "7/19/2027", "<a href='/a.pdf'>Agenda</a>"),
        ("Library Board Meeting", "6/7/2028", papers), ("Parks Commission", "1/2/2031", ""),
        ("Tree Committee", "10/20/2029", "<a href='/m.pdf'>Minutes</a>")))
    article = html_article(_page(f"<table><tbody>{rows}</tbody></table>", prose=""), url="https://example.org/m",
                           source="t")
    events = extract_articles([article], reference=dt.date(2031, 11, 27), default_zone="America/Chicago").events
    assert sorted(str(e.start)[:16] for e in events) == [
        "2027-07-19 18:00", "2028-06-07 18:00", "2029-10-20 18:00", "2031-01-02 18:00"], [e.summary for e in events]


@pytest.mark.parametrize(("foot", "town", "why"), [
    ("<p><strong>City Hall</strong><br>455 N Main Riverton,&nbsp;<br>KS 67202</p>", "Main Riverton, KS",
     "the state and ZIP code on a line of their own: the town closes the line before"),
    ("<p>1000 Mill Rd.\nSunland Park, NM 88063<br>(575) 555-0100</p>", "Sunland Park, NM",
     "the street and the town on two lines of one text"),
    ("<p>100 N. Main Street | PO Box 9 | Riverton, WA 98672 | (509) 555-0100</p>", "Riverton, Washington State",
     "parts of a footer line set apart by bars; WA before a ZIP code is Washington State, not Western Australia"),
    ("<p>Kampstrasse 13, 59227 Ahlen</p>", "Ahlen", "a German address still reads"),
    ("<p>The minutes of the May 6, 2031 Harbour\ncommittee meeting are approved.</p><p>12 Quay Road, Riverton, KS"
     " 67202</p>", "Riverton, KS",
     "a paragraph broken in the markup after a date's year: no postal code 2031 of a town 'Harbour'"),
    ("<table><tr><td>February 28, 2031 Cancelled</td></tr><tr><td>March 3, 2031 Special Mtg</td></tr></table>"
     "<p>12 Quay Road, Riverton, KS 67202</p>", "Riverton, KS",
     "a row's date and word ('February 28, 2031 Cancelled'): no four-digit postal code of a town 'Cancelled'"),
    ("<div>210 Quay Ave NW   Riverton, ND  58554</div>", "Riverton, ND",
     "the street and the town set apart by spaces on one line"),
])
def test_the_publishers_postal_town(foot: str, town: str, why: str) -> None:
    page = f"<html><body><main>x</main><footer>{foot}</footer></body></html>"
    assert postal_place(lxml.html.document_fromstring(page)) == town, why


@pytest.mark.parametrize(("org", "zone", "why"), [
    ("Columbia River Gorge Commission in White Salmon, Washington State", "America/Los_Angeles",
     "the town of the postal address, not a place in the publisher's name (Columbia, SC)"),
    ("Riverside Parks District in Wichita, KS", "America/Chicago", "the address's town"),
    ("Indianapolis Public Library", "America/Indiana/Indianapolis", "no address: the place in the name"),
])
def test_an_organisation_stands_where_its_address_is(org: str, zone: str, why: str) -> None:
    home = home_of(org)
    assert home is not None, why
    assert home.zone == zone, why


_CARD = ("<div class='meeting'><div class='badge'><span>Jun</span><span>4</span></div>"
         "<h4>Harbour Board Finance Committee Meeting – 6/4/2031</h4><div>9:30 a.m. - 11:00 a.m.</div>"
         "<p><a>Agenda will be posted a week before</a></p></div>")


def test_a_card_of_a_meeting_list_reads_as_one_line_without_its_badge() -> None:
    """Badge / title with the day / time line / agenda link: the day and its time on one line."""
    cards = _CARD + _CARD.replace("6/4/2031", "6/18/2031").replace("<span>4<", "<span>18<") \
        + _CARD.replace("6/4/2031", "7/2/2031").replace("Jun", "Jul").replace("<span>4<", "<span>2<")
    article = html_article(_page(f"<div class='list'>{cards}</div>", foot="<p>1 Quay Road, Riverton, OR 97031</p>"),
                           url="https://example.org/meetings", source="t")
    assert "Harbour Board Finance Committee Meeting – 6/18/2031 9:30 a.m. - 11:00 a.m." in article.body
    assert "Jun 4 Harbour" not in article.body  # the badge repeats the day: gone
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="Europe/Brussels").events
    assert sorted((e.start.month, e.start.day, e.start.hour, e.timezone) for e in events) == [  # type: ignore[union-attr]
        (6, 4, 9, "America/Los_Angeles"), (6, 18, 9, "America/Los_Angeles"), (7, 2, 9, "America/Los_Angeles")]


@pytest.mark.parametrize(("text", "places", "why"), [
    ("The Columbia River Gorge Commission meets", [], "a river lends its name to a commission: no town Columbia"),
    ("The council meets in Fall River, MA", ["Fall River", "Massachusetts"], "a town whose name holds 'River'"),
])
def test_a_river_is_no_venue(text: str, places: list[str], why: str) -> None:
    assert [m.place.name for m in find_places(text)] == places, why


@pytest.mark.parametrize(("line", "start", "why"), [
    ("  • March 18, 2031 - Executive Session (closed to the public) - 11:30am", (3, 18, 11, 30),
     "a listing's row gives its time after the meeting's name"),
    ("  • July 28, 2031 Planning Commission Meeting   Council Chamber, 12 Quay Road   6:00 PM", (7, 28, 18, 0),
     "a table's time column after the venue's"),
    ("  • May 12, 2031 - Special meeting at the Central Library at 5 p.m.", (5, 12, 17, 0),
     "'at 5 p.m.' closing the row"),
    ("  • May 12, 2031 - Board meeting, 5 p.m. or 7 p.m.", (5, 12), "two times: which one is not said, the day stands"),
    ("  • Monday - Friday 6:00 am - 6:00 pm", (), "a weekday range opening a line gives opening hours, no listed day"),
])
def test_a_dated_rows_one_later_time_is_its_time(line: str, start: tuple[int, ...], why: str) -> None:
    article = Article(source="t", title="Board meetings", body=f"2031 meetings\n\n{line}\n  • June 1, 2031 - Retreat",
                      url="", published=dt.date(2031, 1, 5), org="Riverton Board in Wichita, KS")
    events = extract_articles([article], reference=dt.date(2031, 1, 5)).events
    got = {(e.start.month, e.start.day, e.start.hour, e.start.minute) if isinstance(e.start, dt.datetime)
           else (e.start.month, e.start.day) for e in events}
    assert start in got if start else all(e.start.hour == 0 for e in events if isinstance(e.start, dt.datetime)), why


@pytest.mark.parametrize(("body", "days", "why"), [
    ("2030 Board Meeting Archive\n\n  • January 24 - Harbour branch\n  • March 18 - Special meeting",
     [dt.date(2030, 1, 24), dt.date(2030, 3, 18)], "a past year's list under its heading stays in that year"),
    ("Meetings 2032\n\nAll meetings are held in person.\n\n  • February 3 - Regular meeting",
     [dt.date(2032, 2, 3)], "a paragraph between the heading and its list does not end the list's year"),
    ("Board meetings\n\n  • © 2030 Riverton Board\n  • February 3 - Regular meeting", [dt.date(2032, 2, 3)],
     "a copyright line names the page's year, over no list"),
    ("Board meetings\n\n  • February 3 - Regular meeting", [dt.date(2032, 2, 3)],
     "no year heading: the nearest year after the item's date"),
    ("Since 1996 a day of remembrance\n\nOn 27 January the town remembers the liberation of the camp.",
     [dt.date(2032, 1, 27)], "prose under a heading naming a year tells its own years"),
])
def test_a_heading_naming_a_year_gives_its_list_that_year(body: str, days: list[dt.date], why: str) -> None:
    article = Article(source="t", title="Board", body=body, url="", published=dt.date(2031, 8, 10), org="")
    events = extract_articles([article], reference=dt.date(2031, 8, 10)).events
    got = sorted(e.start if not isinstance(e.start, dt.datetime) else e.start.date() for e in events)
    assert got == days, why


_GRID = ("<table class='month'><tr><th>Sun</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th>"
         "<th>Sat</th></tr><tr><td>5</td><td>6<div class='item'><a>Harbour Board</a> <span>01/06/2031 - 5:00pm</span>"
         "</div><div class='item'><a>Tree Committee - Cancelled</a> <span>01/06/2031 - 7:00pm</span></div></td>"
         "<td>7</td><td>8<div class='item'><a>Parks Board</a> <span>01/08/2031 - 4:00pm</span></div></td>"
         "<td>9</td><td>10</td><td>11</td></tr></table>")


def test_a_month_views_cells_give_one_line_per_event() -> None:
    """A week's row of a month view is no line: each event in its cells is, two in a cell are two."""
    page = (f"<html><body><article><h1>Calendar</h1>{_PROSE}{_GRID}{_PROSE}</article></body></html>").encode()
    article = html_article(page, url="https://example.org/calendar", source="t")
    lines = article.body.splitlines()
    assert "Harbour Board 01/06/2031 - 5:00pm" in lines
    assert "Tree Committee - Cancelled 01/06/2031 - 7:00pm" in lines
    assert any(line.endswith("Parks Board 01/08/2031 - 4:00pm") for line in lines)


@pytest.mark.parametrize(("org", "zone", "why"), [
    ("Indianapolis Public Library", "America/Indiana/Indianapolis",
     "a city's library naming a branch 'Southport' once: the city's clock, not England's"),
    ("Foreign Ministry", "Europe/London", "no local body: the town the list names is where it happens"),
])
def test_a_city_bodys_list_naming_a_foreign_town_once_keeps_the_citys_clock(org: str, zone: str, why: str) -> None:
    body = "2031 Board meetings\n\n  • March 27, 2031 – Southport - 6:30pm\n  • April 24, 2031 – Central - 6:30pm"
    article = Article(source="t", title="Board", body=body, url="", published=dt.date(2031, 1, 5), org=org)
    events = extract_articles([article], reference=dt.date(2031, 1, 5)).events
    assert {e.timezone for e in events} == {zone}, why


@pytest.mark.parametrize(("intro", "hour", "why"), [
    ("The Harbour Board meets at 6:30 p.m. on the fourth Monday of each month.", 18,
     "a standing time for the body's regular meetings: the dates listed without a time are at it"),
    ("Meetings are held on the first Thursday of every month at 8:30 a.m. unless noted.", 8,
     "the time after the rule"),
    ("Finance meets at 10:00am and Facilities at 1:00pm, each month on the dates below.", None,
     "two standing times: which date has which is not said"),
    ("The board welcomes the public at its meetings.", None, "no standing time: the dates are days"),
])
def test_a_standing_time_above_a_list_of_dates_is_their_time(intro: str, hour: int | None, why: str) -> None:
    body = f"Board meetings\n\n{intro}\n\n2031 Meeting Schedule\n\n  • January 27 – Harbour branch\n" \
           "  • February 24 – Central branch\n  • March 10 - Special Meeting - 9:00am"
    article = Article(source="t", title="Board", body=body, url="", published=dt.date(2031, 1, 5),
                      org="Riverton Public Library in Wichita, KS")
    found = extract_articles([article], reference=dt.date(2031, 1, 5)).events
    events = {(e.start.month, e.start.day): e for e in found}
    regular = events[(1, 27)].start
    assert (regular.hour if isinstance(regular, dt.datetime) else None) == hour, why
    special = events[(3, 10)].start
    assert isinstance(special, dt.datetime), why
    assert special.hour == 9, why  # a row's own time stands


_LAYOUT = ("<html><body><table class='frame'><tr><td><h1>Harbour Board</h1><p>Choose a view below.</p>{inner}"
           "</td></tr></table></body></html>")
_MEETINGS = ("<table class='grid'><tr><th>Date</th><th>Time</th><th>Where</th></tr>"
             + "".join(f"<tr><td>{d}</td><td>9:00 AM</td><td>Quay Hall Room 3</td></tr>"
                       for d in ("3/4/2031", "3/18/2031", "4/1/2031", "4/15/2031")) + "</table>")


@pytest.mark.parametrize(("inner", "lines", "gone", "why"), [
    (_MEETINGS, ["4/15/2031   9:00 AM   Quay Hall Room 3"], [],
     "a page laid out in a table: the grid of meetings in its cell is read row by row, not dropped"),
    ("<table class='picker'><tr><td>S</td><td>M</td><td>T</td><td>W</td><td>T</td><td>F</td><td>S</td></tr>"
     "<tr><td></td><td>2 Feb</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr>"
     "<tr><td>8</td><td>9</td><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td></tr></table>" + _MEETINGS,
     ["3/4/2031   9:00 AM   Quay Hall Room 3"], ["2 Feb", "8   9   10"],
     "a date picker's weeks (numbered cells, the month's name by its first day) choose a day, and date nothing"),
])
def test_tables_inside_a_page_laid_out_in_a_table(inner: str, lines: list[str], gone: list[str], why: str) -> None:
    article = html_article(_LAYOUT.format(inner=inner).encode(), url="https://example.org/board", source="t")
    body = article.body.splitlines()
    assert all(any(line in b for b in body) for line in lines), why
    assert not any(g in article.body for g in gone), why


def test_a_dated_link_to_a_meetings_papers_is_no_meeting() -> None:
    """A meetings table whose documents cell lists "Mar 4, 2031 Minutes": the row's meeting, not a second one
    named "Minutes". A row of the table giving its day and time beside an agenda link is a meeting."""
    rows = "".join(f"<tr><td>{day}, 2031</td><td>Harbour Board regular meeting</td>"
                   f"<td><ul><li><a href='/m{n}.pdf'>{day[:3]} {day.split()[1]}, 2031 Minutes</a></li></ul></td></tr>"
                   for n, day in enumerate(("March 4", "March 18", "April 1", "April 15")))
    rows += "<tr><td>Tuesday May 6, 2031 9:30 a.m.</td><td><a href='/a.pdf'>Agenda</a></td><td></td></tr>"
    article = html_article(_page(f"<table><tbody>{rows}</tbody></table>"), url="https://example.org/m", source="t")
    assert "Minutes" not in article.body
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="Europe/Brussels").events
    assert sorted((e.start.month, e.start.day) for e in events) == [(3, 4), (3, 18), (4, 1), (4, 15), (5, 6)]
