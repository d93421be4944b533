"""Dates on real pages that are no event, a date badge split over boxes, a town for each day (helper pages14).

Each row is a small text of our own in the form a rule reads, run through the whole parser:
    counted    "recorded 48,200 crossings between 2 May and 30 June": the period a number was counted over
    papers     "View the March 7, 2031 Meeting Agenda": a link to a meeting's papers, dated by the meeting
    nowadays   "Today in Ruritania, demand for cement outstrips supply": the present age, not a day
    badge      "4.4" / "2031" in boxes of their own: one date
    towns      "first on 3 March at 18:30 in Leipzig, then on 5 March at 16:00 in London": each day on its town's clock
    titles     "« All Events", "Event Type", "City Council Chambers" beside an event's date: no name of it
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article
from tests.test_notevents import events_of, when

COUNTED = [
    # (body, expected, why)
    ("The ferry company recorded 48,200 crossings between 2 May and 30 June 2031, most of them at weekends.",
     [], "a count over a period: the period is no event"),
    ("About 1,250 complaints were registered between 3 March and 9 April 2031.", [],
     "the number before a passive verb of counting"),
    ("Les bacs ont enregistré 48 200 traversées entre le 2 mai et le 30 juin 2031, surtout le week-end.", [],
     "the same count in French, 'entre le … et le …'"),
    ("Die Fähren verzeichneten 48.200 Überfahrten zwischen dem 2. Mai und dem 30. Juni 2031.", [],
     "the same count in German"),
    ("The harbour festival will be held between 2 May and 4 May 2031 on the quay.", ["2031-05-02..2031-05-04"],
     "a span with no count before it is the event's"),
    ("The choir recorded its new album between 2 May and 4 May 2031 in the old church.",
     ["2031-05-02..2031-05-04"], "a verb of recording with no number counts nothing: the span stays"),
    ("Le festival aura lieu entre le 2 mai et le 4 mai 2031 sur le quai.", ["2031-05-02..2031-05-04"],
     "a French span read whole: one event, the year of its end for its start too"),
]


@pytest.mark.parametrize(("body", "expected", "why"), COUNTED, ids=[row[2] for row in COUNTED])
def test_the_period_of_a_count_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


PAPERS = [
    ("View the March 7, 2031 Meeting Agenda", [], "a link to an agenda, dated by its meeting"),
    ("Download the 5 May 2031 board minutes", [], "minutes to download"),
    ("Watch the June 2, 2031 hearing video", [], "a recording to watch"),
    ("The board meets on March 7, 2031 to adopt its agenda.", ["2031-03-07"], "a meeting announced: stays"),
    ("See the March 7, 2031 meeting of the harbour board, where the budget is adopted.", ["2031-03-07"],
     "'see' before a meeting that is no paper: stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), PAPERS, ids=[row[2] for row in PAPERS])
def test_a_link_to_a_meetings_papers_is_no_meeting(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, zone="America/New_York")) == expected, why


NOWADAYS = [
    ("Published 9 May 2031\n\nToday in Ruritania and Borduria, the demand for cement outstrips the supply.", [],
     "a quantity set against another, at present"),
    ("Published 9 May 2031\n\nToday, the number of ferries exceeds the number of berths.", [],
     "the same with 'exceeds'"),
    ("Published 9 May 2031\n\nToday in Ruritania, the minister opens the new cement works.", ["2031-05-09"],
     "an act of the day: stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), NOWADAYS, ids=[row[2] for row in NOWADAYS])
def test_today_setting_one_quantity_against_another_is_no_day(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def _badge_page(badge: str, place: str, more: str = "") -> bytes:
    return f"""<html><head><title>Harbour Fund Board Meeting</title></head><body><main>
<div class="event"><div class="day"><div class="day__date">{badge}</div><div class="day__year">2031</div></div>
<h2>Harbour Fund Board Meeting</h2><div class="times"> 9:00 AM - 11:00 AM</div><div class="venue">{place}</div></div>
<p>The fund's board meets once a month; its meetings are open to the public.</p>{more}</main></body></html>""".encode()


_TOLEDO = "Harbour Hall, 12 Quay Road, Toledo, OH 43604"
_FREIBURG = "Rathaus, Marktplatz 1, 79098 Freiburg"


@pytest.mark.parametrize(("page", "expected", "why"), [
    (_badge_page("4.4", _TOLEDO), (4, 4), "the same number twice: the day whichever order"),
    (_badge_page("4.10", _TOLEDO, '<p><a href="/a.pdf">View the 3/13/2031 Meeting Agenda</a></p>'), (4, 10),
     "an American badge, month first as the page's other date tells"),
    (_badge_page("4.10.", _FREIBURG), (10, 4), "a German badge with its stop: day first"),
    (_badge_page("4.10", _FREIBURG), None, "nothing tells the order: no day rather than a wrong one"),
])
def test_a_date_badge_over_two_boxes_is_one_date(page: bytes, expected: tuple[int, int] | None, why: str) -> None:
    article = html_article(page, url="https://example.org/events/fund", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1)).events
    days = [(e.start.month, e.start.day) for e in events if isinstance(e.start, dt.datetime)]
    assert days == ([expected] if expected else []), why


OWN_TOWNS = [
    # (body, expected zones in order of start, why)
    ("The team plays twice against Ruritania, first on 3 March 2031 at 18:30 in Leipzig, then on 5 March 2031 at "
     "16:00 in London.", ["Europe/Berlin", "Europe/London"], "each day with its town after it"),
    ("Die Mannschaft trifft zweimal auf Ruritanien – erst am 3. März 2031 um 18.30 Uhr in Leipzig, dann am "
     "5. März 2031 um 16 Uhr in London.", ["Europe/Berlin", "Europe/London"], "the same in German"),
    ("The envoy flies to Lisbon on 3 May 2031 at 10:00 and to Warsaw on 4 May 2031 at 09:00.",
     ["Europe/Lisbon", "Europe/Warsaw"], "each day with its town before it"),
    ("The choir sings on 3 May 2031 at 19:00 and on 4 May 2031 at 19:00 in Lisbon.",
     ["Europe/Lisbon", "Europe/Lisbon"], "one town for both days: the sentence's"),
    ("In Lisbon, the choir sings on 3 May 2031 at 19:00 and on 4 May 2031 at 19:00 in the old cathedral.",
     ["Europe/Lisbon", "Europe/Lisbon"], "a town before the first day only: the sentence's"),
]


@pytest.mark.parametrize(("body", "zones", "why"), OWN_TOWNS, ids=[row[2] for row in OWN_TOWNS])
def test_each_day_of_a_sentence_may_have_a_town_of_its_own(body: str, zones: list[str], why: str) -> None:
    timed = sorted((e for e in events_of(body, zone="Asia/Tokyo") if isinstance(e.start, dt.datetime)),
                   key=lambda e: e.start)
    assert [e.timezone for e in timed] == zones, why


_BACK_LINK_PAGE = """<html><head><title>Ferry Users Committee - Harbour Planning</title></head><body><main>
<h1 class="event-title">Ferry Users Committee</h1><p><a href="/events">« All Events</a></p>
<h2><span>June 12 @ 2:30 pm</span> - <span>4:00 pm</span></h2>
<h2>Details</h2><dl><dt>Date:</dt><dd>June 12</dd><dt>Time:</dt><dd>2:30 pm - 4:00 pm</dd></dl></main>
<footer><p>&copy; 2031 Harbour Planning</p></footer></body></html>"""
_FIELD_LABEL_PAGE = """<html><head><title>June Board Meeting - Harbour Trust</title></head><body><main>
<h1>June Board Meeting</h1><h3>Date/Time</h3><p>Date(s) - 06.26.2031<br>5:30 pm</p><h3>Event Type</h3>
<ul><li>Board Meetings</li></ul><h3>Event Location</h3><p>Trust Offices, 9 Quay Road, Toledo, OH 43604</p>
</main></body></html>"""
_ROOM_PAGE = """<html><head><title>Ferry Fund Advisory Board | Harbour Trust</title></head><body><main>
<div class="day"><div>6.18</div><div>2031</div></div><div class="times">9:00 AM - 11:00 AM</div>
<div class="venue">Harbour Council Chambers</div><div>12 Quay Road, Toledo, OH 43604</div>
<p>The advisory board meets on the first Thursday of the month, in public.</p></main></body></html>"""


@pytest.mark.parametrize(("page", "title", "why"), [
    (_BACK_LINK_PAGE, "Ferry Users Committee", "a link back to the listing names no event"),
    (_FIELD_LABEL_PAGE, "June Board Meeting", "a field's label ('Event Type', 'Date/Time') names no event"),
    (_ROOM_PAGE, "Ferry Fund Advisory Board", "a line that only names a room says where, not what"),
])
def test_an_event_page_names_its_event_by_its_title_not_its_furniture(page: str, title: str, why: str) -> None:
    article = html_article(page.encode(), url="https://example.org/events/ferry", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1)).events
    assert len(events) == 1, why
    assert title in events[0].summary, (why, events[0].summary)


def test_a_where_field_above_the_date_is_no_name() -> None:
    body = ("Location: Quay Hall, Takoradi\nDate(s): 20/11/2031, 9:00 am – 2:00 pm\n\n"
            "The agency holds a public hearing on the draft statement of the harbour project.")
    events = events_of(body, title="Public hearing on the harbour project", zone="Africa/Accra")
    assert [e.summary for e in events if isinstance(e.start, dt.datetime)] == \
        ["Public hearing on the harbour project"]


@pytest.mark.parametrize(("body", "title", "why"), [
    ("Type your e-mail address above to sign up for harbour news\nWhen: Wednesday, June 18, 2031\n"
     "1:00 PM - 4:00 PM\nLocation: 40 West Quay\nToledo, OH", "Ferry Board Meeting 6-18-31",
     "a form's prompt above the fields names no event"),
    ("When: Thursday, June 12, 2031 from 10:00 AM to 11:00 AM EDT\nWhere: 40 W Harbour 3rd Floor, Room 12B\n"
     "40 W. Harbour - Room 12\nToledo, OH 43604\nDriving Directions", "Ferry Board Meeting 6-18-31",
     "the lines going on under 'Where:' are its address, not the entry's name"),
])
def test_an_entry_is_not_named_by_a_prompt_or_its_address(body: str, title: str, why: str) -> None:
    events = events_of(body, title=title, zone="America/New_York")
    assert [e.summary for e in events] == [title], why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Veröffentlicht am 11.10.2031\n\nDie Reihe zeigt, wie es früher für Lotsinnen war, heute für sie ist und "
     "morgen sein könnte.", [], "'heute' after 'früher' in the sentence: the present age"),
    ("Veröffentlicht am 11.10.2031\n\nDer 11.10. eines jeden Jahres ist der Tag der Lotsen.", [],
     "a date 'eines jeden Jahres': a day kept every year, no event"),
    ("Published 9 May 2031\n\nThe 3rd of May of every year is the harbour's own day.", [],
     "the same in English"),
    ("Veröffentlicht am 11.10.2031\n\nDie neue Reihe startet heute im Hafenmuseum.", ["2031-10-11"],
     "a 'heute' with no old days before it is the day"),
])
def test_yearly_days_and_the_present_age_are_no_events(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_a_french_times_field_names_no_match() -> None:
    body = "DATE : 27/09/2031\nHoraires : 17h00\nSTADE : Stade du Port, Lorient"
    events = events_of(body, title="Lorient vs Quimper", zone="Europe/Paris")
    assert [e.summary for e in events] == ["Lorient vs Quimper"]


_WIDGET_ROWS_PAGE = """<html><head><title>Ferry Board | Harbour Town</title></head><body>
<nav class="main-menu"><a>Home</a><a>Government</a></nav><div id="content"><h1>Ferry Board</h1>
<p>The Ferry Board meets on the second Tuesday of the month in the council chamber of Harbour Town, Ohio.</p>
<table class="listtable"><thead><tr><th>Meeting Title</th><th class="mobile_hide">Meeting Date</th>
<th class="mobile_hide">Agenda</th></tr></thead><tbody>
<tr class="meeting_widget_item"><td><a href="/m/1">Ferry Board</a></td><td class="mobile_hide">07/14/2031 6:15 PM</td>
<td class="mobile_hide"><a href="/a/1.pdf">Agenda</a></td></tr>
<tr class="meeting_widget_item"><td><a href="/m/2">Ferry Board</a></td><td class="mobile_hide">06/09/2031 6:00 PM</td>
<td class="mobile_hide">Not Available</td></tr>
<tr class="meeting_widget_item"><td><a href="/m/3">Ferry Board</a></td><td class="mobile_hide">05/12/2031 6:30 PM</td>
<td class="mobile_hide">Not Available</td></tr></tbody></table></div>
<footer class="site-footer"><p>10 Quay Road, Harbour Town, OH 43604</p></footer></body></html>"""


def test_the_rows_of_a_meeting_table_are_no_furniture_whatever_their_class() -> None:
    """'meeting_widget_item' rows and 'mobile_hide' cells: a table's parts, not a sidebar widget."""
    article = html_article(_WIDGET_ROWS_PAGE.encode(), url="https://example.org/ferry-board", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="America/New_York").events
    assert sorted((e.start.month, e.start.day, e.start.hour) for e in events  # type: ignore[union-attr]
                  ) == [(5, 12, 18), (6, 9, 18), (7, 14, 18)]


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Meeting Title   Meeting Date   Agenda\nFerry Board   07/28/2031   Not Available\n"
     "Ferry Board   07/17/2031 3:00 PM   Not Available\nFerry Board   05/26/2031\n"
     "Ferry Board   05/22/2031 9:30 AM   Not Available",
     ["2031-05-22 14:30", "2031-05-26", "2031-07-17 20:00", "2031-07-28"],
     "rows without a time beside rows of the same name with one: meetings of those days (the first no dateline)"),
    ("Ferry Board   07/28/2031   Not Available\nFerry Board   05/26/2031", [],
     "no row gives a time: the dated lines stay unread, as before"),
])
def test_a_meeting_row_without_its_time_is_still_a_meeting(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, title="Ferry Board", zone="America/Chicago")) == expected, why


def _papers_page(rows: str) -> bytes:
    return f"""<html><head><title>Levee Board meetings</title></head><body><main><h1>Levee Board meetings</h1>
<p>The levee board's sittings are open to the public at Levee Hall, 5 River Street, Natchez, MS 39120.</p>
{rows}</main></body></html>""".encode()


_CELL = '<td>Date {day}<br/><a href="/a.pdf">Agenda</a>{more}</td>'
PAPER_ROWS = [
    # (rows, expected days, why)
    ("<table><tr>" + _CELL.format(day="05-20-2031", more='<br/><a href="/t.pdf">Transcript</a>')
     + _CELL.format(day="05-13-2031", more="") + _CELL.format(day="05-06-2031", more='<br/><a href="/v">Video</a>')
     + "</tr></table>", [], "a table row of cells 'Date MM-DD-YYYY / Agenda / Transcript': files, no meeting"),
    ("<p>Date 05-20-2031 Agenda Minutes   Date 05-06-2031 Agenda (Amended) Minutes   Date 04-22-2031 Agenda</p>", [],
     "the same list as one line of text"),
    ("<p>Date 05-20-2031 Agenda   Public hearing on the levee tax   Date 05-06-2031 Agenda</p>",
     ["2031-05-06", "2031-05-20"], "a row that names a happening besides the files is not a list of files"),
    ("<p>Next sitting: May 27, 2031 Agenda</p>", ["2031-05-27"], "a word other than a file's name: the day stays"),
]


@pytest.mark.parametrize(("rows", "expected", "why"), PAPER_ROWS, ids=[row[2] for row in PAPER_ROWS])
def test_a_row_of_dated_papers_is_no_meeting(rows: str, expected: list[str], why: str) -> None:
    article = html_article(_papers_page(rows), url="https://example.org/levee-board", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1)).events
    assert sorted(str(e.start)[:10] for e in events) == expected, why
