"""How a web page is read: what is furniture, what is a stamp, where the publisher is, what names an entry.

Table tests in our own words, one row per form of page element or layout found on real sites
(event detail pages with When/Where fields, meeting pages by committee, listing pages, German
and French pages). Each row says why; each rule has a row that fails without it.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from model import Article
from parsers import extract_articles
from parsers.html import html_article
from parsers.mainpart import is_furniture
from parsers.pagecuts import cut_furniture, visible_size
from parsers.pageforms import is_chrome, is_note, is_trail
from parsers.pagestamps import is_stamp


def _element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


@pytest.mark.parametrize(("markup", "furniture", "why"), [
    ('<h3 class="cal-visuallyhidden">Event Navigation</h3>', True, "a heading only screen readers see"),
    ('<span class="sr-only">Previous event</span>', True, "Bootstrap's screen-reader-only text"),
    ('<span class="screen-reader-text">Search for:</span>', True, "WordPress's screen-reader text"),
    ('<div class="hidden-xs">The committee meets at noon.</div>', False, "hidden on phones only: seen elsewhere"),
    ('<div class="cal-hidden dt-end">2031-06-03T00:00:00-05:00</div>', True, "a class that hides it on every screen"),
    ('<div class="overflow-hidden">The committee meets at noon.</div>', False, "a class that clips, not hides"),
    ('<div class="hidden md:block">The committee meets at noon.</div>', False, "shown on wider screens"),
    ('<article class="post tag-harbour category-news entry"><p>Text</p></article>', False,
     "the page's own article: its classes name its topics, not a tag cloud"),
    ('<main class="site-main related-content"><p>Text</p></main>', False, "the page's main content"),
    ('<div class="post-tags">Harbour, Budget</div>', True, "a list of tags is still furniture"),
    ('<ul class="sf-lang-selector list-inline"><li><a>español</a></li></ul>', True, "a language switcher"),
    ('<a class="language-link-in-top-tab">Deutsch</a>', True, "a link to the page in another language"),
])
def test_furniture_is_known_by_its_markup(markup: str, furniture: bool, why: str) -> None:
    assert is_furniture(_element(markup)) is furniture, why


@pytest.mark.parametrize(("markup", "links", "why"), [
    ('<div><a>+ Google Calendar</a><a>+ iCal Export</a></div>', True, "an events calendar's export buttons"),
    ("<div>Add to: <a>Outlook</a>, <a>iCal</a>, <a>Google Calendar</a></div>", True, "a labelled row of links"),
    ('<div><a>Add to my Calendar</a></div>', True, "one link"),
    ('<p><a>Zum Kalender hinzufügen</a></p>', True, "in German"),
    ('<p><a>Ajouter à mon agenda</a></p>', True, "in French"),
    ('<p>Agenda</p>', False, "a meeting's agenda is a document, not a calendar link"),
    ("<h2>Add to:</h2>", True, "the heading of a row of calendar links"),
    ('<p>The board calendar for 2031 is on the website.</p>', False, "a sentence that mentions a calendar"),
])
def test_an_add_to_calendar_row_is_recognised(markup: str, links: bool, why: str) -> None:
    assert is_chrome(_element(markup)) is links, why


@pytest.mark.parametrize(("markup", "stamp", "why"), [
    ('<li><span>Date:</span> 09/20/2031 10:30 AM <time itemprop="startDate" datetime="2031-09-20T14:30">'
     '09/20/2031</time></li>', False, "an event's start in schema.org markup: the event, even on its own day"),
    ('<abbr class="start-date published dtstart" title="2031-05-09">May 9</abbr>', False,
     "an hCalendar start, also classed 'published' by the plugin"),
    ('<div class="entry-date"><time datetime="2031-09-20">20 September 2031</time></div>', True,
     "a post's date: the publication day"),
    ('<section><div><time datetime="2031-09-20T12:00:00Z">Sep 20</time></div><div>Harbour Board MEETING</div>'
     '<div>4:00 pm - 5:00 pm</div></section>', False, "an event's header: its day badge beside its hours"),
    ('<div><time datetime="2031-09-20T09:41">Sep 20</time> 9:41 am, by the press office</div>', True,
     "a post's date with its minute of posting: one clock time, no hours"),
])
def test_an_events_own_date_is_not_a_stamp(markup: str, stamp: bool, why: str) -> None:
    assert is_stamp(_element(markup), "2031-09-20") is stamp, why


@pytest.mark.parametrize(("markup", "stamp", "why"), [
    ("<p><time>16:45</time> The summit is held online from 3 to 5 October.</p>", True,
     "a bare clock time opening the standfirst: the minute the story went out"),
    ("<p>Doors open at <time>16:45</time> for the summit.</p>", False, "a time inside the sentence is the event's"),
    ("<ul><li><time>16:45</time> Closing remarks</li></ul>", False, "a programme row: the item's time"),
    ('<p><time datetime="2031-10-03T16:45">16:45</time> Opening of the summit</p>', False,
     "a time with its machine date is an event's start"),
])
def test_a_bare_time_opening_the_standfirst_is_the_posting_minute(markup: str, stamp: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(markup)
    time = next(root.iter("time"))
    assert is_stamp(time, "2031-09-20") is stamp, why


def test_furniture_is_measured_by_the_text_a_reader_sees() -> None:
    """A widget holding the event, beside a long script: the script is not text, so the widget is most of it."""
    script = "var share = " + "'x' + " * 400 + "'';"
    markup = (f'<div class="column"><div class="events_widget"><h2>Harbour Committee</h2><p>Date: 09/20/2031 '
              f'10:30 AM</p><p>Meeting room 3, the harbour office.</p></div><script>{script}</script>'
              f'<div class="share">Share this page</div></div>')
    container = _element(markup)
    cut_furniture(container, "2031-09-20")
    text = container.text_content()
    assert "Harbour Committee" in text
    assert "10:30 AM" in text
    assert "Share this page" not in text  # real furniture still goes


@pytest.mark.parametrize(("page", "org", "why"), [
    ("<body><h1>Board Meeting</h1><div>Date and time: July 25, 2031 9:30 AM</div><footer><p>2925 Harbor Road"
     "</p><p>Springfield, OH 44115</p></footer></body>", "The Board in Springfield, OH",
     "the address is in the footer, which is cut from the article: read before the cut"),
    ("<body><nav><ul><li><a>Jobs <span>17985 Titel</span></a></li></ul></nav><article><h1>Messe abgesagt</h1>"
     "<p>Die Messe findet 2032 statt. Weitere Angaben folgen bald auf dieser Seite.</p></article></body>",
     "The Board", "a count in a menu ('17985 Titel') is no postal code"),
])
def test_the_publishers_town_is_read_from_the_whole_page(page: str, org: str, why: str) -> None:
    head = "<html><head><meta property='og:site_name' content='The Board'></head>"
    article = html_article((head + page + "</html>").encode(), url="https://example.org/x", source="t")
    assert article.org == org, why


_COMMITTEES = """<html><head><title>July 2031 Meetings</title></head><body><main><h1>July 2031 Meetings</h1>
<p>The board issues this notice of its committee meetings for the month, as the rules of the board require.</p>
<h3>Finance Committee</h3><p><strong>Wednesday, July 30, 2031</strong><br>11:00 am &ndash; 1:00 pm</p>
<p><strong>Harbour Campus, 12 Quay Road, Building C, Toledo, OH 43604</strong> - <a>Directions</a></p>
<p><a>or Join Online</a></p>
<h3>Audit Committee</h3><p><strong>Thursday, July 31, 2031</strong><br>2:00 pm &ndash; 3:00 pm</p>
<p><strong>Harbour Campus, 12 Quay Road, Building C, Toledo, OH 43604</strong></p></main></body></html>"""


def test_a_committee_heading_names_the_meeting_under_its_date_and_time() -> None:
    """Heading / date line / time line / address line: the heading says what, the address where."""
    article = html_article(_COMMITTEES.encode(), url="https://example.org/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2031, 7, 1), default_zone="America/New_York").events
    named = {(e.start.day, e.start.hour): e.summary for e in events}  # type: ignore[union-attr]
    assert "Finance Committee" in named[(30, 11)]
    assert "Audit Committee" in named[(31, 14)]  # not "or Join Online", the line above its heading


_EVENT_PAGE = """<html><head><title>Technical Committee - Harbour Planning</title></head><body><main>
<h1 class="event-title">Technical Committee</h1><h2><span>May 9 @ 1:30 pm</span> - <span>4:00 pm</span></h2>
<div class="cal-links"><a>+ Google Calendar</a><a>+ iCal Export</a></div><h2>Details</h2>
<dl><dt>Date:</dt><dd><abbr class="published dtstart" title="2031-05-09">May 9</abbr></dd></dl>
<h3 class="events-visuallyhidden">Event Navigation</h3></main>
<footer><p>161 High Street</p><p>Akron, OH 44308</p><p>&copy; 2031 Harbour Planning</p></footer></body></html>"""


def test_an_event_page_is_named_by_its_title_not_its_links_or_field_headings() -> None:
    article = html_article(_EVENT_PAGE.encode(), url="https://example.org/events/technical", source="t")
    assert "Event Navigation" not in article.body
    assert "iCal" not in article.body
    assert "Date: May 9" in article.body  # the plugin's "published dtstart" is the event's date
    events = extract_articles([article], reference=dt.date(2031, 5, 1)).events
    assert [(e.start.hour, e.timezone) for e in events] == [(13, "America/New_York")]  # type: ignore[union-attr]
    assert events[0].summary not in ("Details", "+ Google Calendar+ iCal Export")


@pytest.mark.parametrize(("markup", "trail", "why"), [
    ('<p class="arbo"><a>Accueil</a> &gt; <a>Actualités</a> &gt; <strong>Décisions du mardi 10 mars</strong></p>',
     True, "a French breadcrumb: its last step repeats the headline and its date"),
    ('<div><a>Home</a> » <a>News</a> » Harbour board meets</div>', True, "guillemets as separators"),
    ("<p>Prices rise from 5 > 4 > 3 euros, <a>see the table</a>.</p>", False, "a sentence comparing numbers"),
    ('<p><a>Home</a> > News</p>', False, "one step only: a link with an arrow"),
])
def test_a_breadcrumb_trail_is_navigation(markup: str, trail: bool, why: str) -> None:
    assert is_trail(_element(markup)) is trail, why


@pytest.mark.parametrize(("markup", "stamp", "why"), [
    ('<div class="t-info">17.03.2031 11:38<br>Kategorie: <a>News</a></div>', True,
     "the publication day in figures, the minute of posting and a category"),
    ("<p>2031-03-17 09:05</p>", True, "in ISO form"),
    ("<p>03/17/2031 14:52</p>", True, "month first, in figures"),
    ("<p>March 17, 2031 · 08:41 Newsroom</p>", True, "month first, by its name"),
    ("<p>Mar. 17 2031 | 16:20</p>", True, "the month's short name, no comma"),
    ("<p>March 17, 2031 10:30 AM - 12:00 PM</p>", False, "month first: an event's time range stays"),
    ("<p>March 18, 2031 16:20</p>", False, "another day than the publication's"),
    ("<span>29.09.2031 14:32</span>", True, "any day, alone with a minute off the five: when a post went out"),
    ("<p>March 18, 2031 16:23</p>", True, "the same, month first"),
    ("<p>18.03.2031 14:30</p>", False, "another day alone with a time on the five minutes: maybe a meeting's"),
    ("<p>18.03.2031 14:32 Ratssitzung</p>", False, "a line naming something besides its date and time"),
    ("<p>17.03.2031 10:30 AM - 12:00 PM</p>", False, "an event's time range on its own day"),
    ("<p>Date: 17.03.2031 10:30</p>", False, "a field label before the date: the event's field"),
    ("<p>17.03.2031, 19 Uhr, Konzert im Park mit dem Orchester der Stadt</p>", False, "an entry with its words"),
])
def test_a_line_with_the_minute_of_posting_is_a_stamp(markup: str, stamp: bool, why: str) -> None:
    assert is_stamp(_element(markup), "2031-03-17") is stamp, why


def test_a_posts_metadata_footer_is_not_the_article() -> None:
    assert is_furniture(_element('<p class="postmetadata alt">Dieser Beitrag wurde am 3. März 2031 um 15:21 Uhr '
                                 "veröffentlicht und unter Allgemein abgelegt.</p>"))


@pytest.mark.parametrize(("body", "start", "why"), [
    ("Der nächste Stammtisch findet am Mi. 5. März 2031 ab 19 Uhr im Café am Markt statt.",
     (2031, 3, 5, 19, 0), "a German weekday cut short does not end the sentence before its date"),
    ("La prochaine réunion se tiendra le mer. 5 mars 2031 à 18h30 à la mairie.",
     (2031, 3, 5, 18, 30), "nor does a French one"),
])
def test_a_short_weekday_before_a_date_does_not_end_the_sentence(body: str, start: tuple[int, ...], why: str) -> None:
    article = Article(source="t", title="Termine", body=body, published=dt.date(2031, 2, 20))
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="Europe/Berlin").events
    assert [(s.year, s.month, s.day, s.hour, s.minute) for s in (e.start for e in events)] == [start], why  # type: ignore[union-attr]


@pytest.mark.parametrize(("body", "first", "why"), [
    ("Die Messe fällt 2031 aus und findet 2032 von 2. bis 5. März in der Halle am Fluss statt.",
     dt.date(2032, 3, 2), "the year set right before a date without one is its year"),
    ("The fair is off this year; it returns in 2032, on 4-6 May, in the river hall.", dt.date(2032, 5, 4),
     "in English, with a comma and 'on' between"),
])
def test_a_year_right_before_a_date_gives_it_its_year(body: str, first: dt.date, why: str) -> None:
    article = Article(source="t", title="Messe", body=body, published=dt.date(2031, 1, 24))
    events = extract_articles([article], reference=dt.date(2031, 1, 24)).events
    assert [e.start for e in events] == [first], why


@pytest.mark.parametrize(("text", "times", "why"), [
    ("$1.00 fee per tire, cash only", [], "a price in dollars"),
    ("Tickets cost £12.50 each", [], "a price in pounds"),
    ("Der Eintritt kostet € 9.50 pro Person", [], "a price in euros, the sign set apart"),
    ("The doors open at 12.50 on Monday", [(12, 50)], "a clock time with a dot"),
    ("Sie lief die Strecke in 4:12 Minuten", [], "a race time in minutes is a duration"),
    ("he ran a 1:58 min lap before the start at 14:00", [(14, 0)], "a lap time beside a clock time"),
])
def test_a_price_or_a_duration_is_not_a_clock_time(text: str, times: list[tuple[int, int]], why: str) -> None:
    from parsers.dates import find_mentions
    found = [(m.time.hour, m.time.minute) for m in find_mentions(text) if m.kind == "time" and m.time]
    assert found == times, why


@pytest.mark.parametrize(("body", "day", "event", "why"), [
    ("Am 11. und 12. März 2032 bietet der Verband eine Schreibwerkstatt an. Der Kurs lehrt das Schreiben.",
     dt.date(2032, 3, 11), True, "a short dated sentence of prose that goes on is an event"),
    ("DEN HAAG, 22. Januar 2032. Das Gericht verkündet sein Urteil in der Sache am 3. Februar 2032.",
     dt.date(2032, 1, 22), False, "a dateline says which day, it is no event"),
    ("On 26 December 2012, a storm took many lives. The agency will hold a briefing on 3 February 2032.",
     dt.date(2012, 12, 26), False, "a short sentence told in the past is history"),
    ("A talk will be held on Tuesday, 3 February 2032.", dt.date(2032, 2, 3), True,
     "'will be held' is to come: its participle is no past"),
    ("A talk was held on Tuesday, 3 February 2032.", dt.date(2032, 2, 3), False, "'was held' is"),
])
def test_a_short_dated_sentence_of_prose_is_read_as_prose(body: str, day: dt.date, event: bool, why: str) -> None:
    article = Article(source="t", title="Termine", body=body, published=dt.date(2032, 1, 22))
    events = extract_articles([article], reference=dt.date(2032, 1, 22)).events
    assert (day in [e.start for e in events]) is event, why


@pytest.mark.parametrize(("body", "day", "why"), [
    ("Der Anpfiff im Stadion ist am Samstag um 19.30 Uhr.", dt.date(2032, 2, 7),
     "'am Samstag' after the verb: the coming Saturday, as 'on Saturday' is"),
    ("La réunion du conseil aura lieu le samedi à 10h à la mairie.", dt.date(2032, 2, 7), "'le samedi' in French"),
    ("Der Minister sagte am Montag, dass die Gespräche im Rathaus weitergehen.", None,
     "without a clock time it may be told in the past, which the tense tests do not know in German"),
])
def test_a_weekday_after_am_or_le_anywhere_in_the_sentence_dates_it(body: str, day: dt.date | None, why: str) -> None:
    article = Article(source="t", title="Vorschau", body=f"Die Woche im Verein.\n\n{body}",
                      published=dt.date(2032, 2, 4))  # a Wednesday
    events = extract_articles([article], reference=dt.date(2032, 2, 4), default_zone="Europe/Berlin").events
    assert [e.start.date() for e in events] == ([day] if day else []), why  # type: ignore[union-attr]


@pytest.mark.parametrize(("body", "start", "why"), [
    ("HARBOUR OPEN DAY\n\nMarch 14, 2031 | 10:30 AM – 6:00 PM\nHarbour Hall, 1 Quay Road, Toledo, OH 43604",
     (2031, 3, 14, 10, 30), "a date line atop the page with the day's hours is the event's, not a dateline"),
    ("March 14, 2031 | Harbour Office\n\nThe board will meet on April 2, 2031 at 9:00 AM in the harbour hall.",
     (2031, 4, 2, 9, 0), "a date with a place after the bar is a dateline: only the meeting is an event"),
])
def test_a_date_line_with_hours_atop_a_page_is_an_event(body: str, start: tuple[int, ...], why: str) -> None:
    article = Article(source="t", title="Highlights", body=body)  # no publication date: datelines are read
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="America/New_York").events
    assert [(s.year, s.month, s.day, s.hour, s.minute) for s in (e.start for e in events)] == [start], why  # type: ignore[union-attr]


def test_a_title_in_capitals_over_two_lines_names_the_entry_under_it() -> None:
    body = ("THE HARBOUR BOARD\nANNUAL OPEN DAY\nwith a boat show\n\nMarch 14, 2031 | 10:30 AM – 6:00 PM\n"
            "Harbour Hall, 1 Quay Road, Toledo, OH 43604")
    article = Article(source="t", title="Highlights", body=body)
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="America/New_York").events
    assert ["ANNUAL OPEN DAY" in e.summary for e in events] == [True]


@pytest.mark.parametrize(("text", "times", "why"), [
    ("the property located at 1500–1509 E. 71st Street", [], "a range of house numbers"),
    ("the offices at 2200 Harbor Road", [], "a house number before a street"),
    ("the depot at 1500 N. Lake Avenue", [], "a house number before a compass point"),
    ("The briefing starts at 1440 in the hall", [(14, 40)], "four digits alone after 'at' are still a time"),
    ("The lecture is at 1930 on 22 January", [(19, 30)], "figures that may be a year, before 'on' and a day"),
    ("The dinner is at 2000 on Thursday", [(20, 0)], "the same before a weekday"),
    ("Output stays at 1990 levels", [], "figures that may be a year, before anything else"),
    ("The trail was mapped at 1930.", [], "the same before a full stop"),
    ("The index closed at 2015 on Monday", [], "figures that may be a year, after a value's verb: a level"),
    ("The session closed at 1700 on Monday", [(17, 0)], "figures that cannot be a year stay a clock"),
    ("The flag is raised at 1400H (PHT) at the plaza", [(14, 0)], "the hour's letter after the figures"),
    ("The siren sounds at 1000 Hz", [], "a quantity after the figures"),
    ("District Court Case No. 2:18-cv-06754 MWF", [], "a case number: letters hyphened onto the digits"),
    ("under file No. 10:15 of the register", [], "a number's sign right before"),
    ("The court sits at 2:15 pm in room 4", [(14, 15)], "a clock time stays one"),
    ("Prizes are given out at about 1400; see the note.", [(14, 0)],
     "'at about' before four figures: an hour told as near (world-twentyeighth 7)"),
    ("Output stays at around 1990 levels", [], "after 'at around', figures that may be a year stay a year"),
])
def test_a_house_number_is_not_a_clock_time(text: str, times: list[tuple[int, int]], why: str) -> None:
    from parsers.dates import find_mentions
    found = [(m.time.hour, m.time.minute) for m in find_mentions(text) if m.kind == "time" and m.time]
    assert found == times, why


@pytest.mark.parametrize(("markup", "note", "why"), [
    ("<p><sup>[iv]</sup> The party chairman said on 3 November that he would accept it.</p>", True,
     "an endnote opening with its marker"),
    ("<p>[12] Interview with the mayor, 3 March 2031.</p>", True, "a numbered note as plain text"),
    ("<p>The chairman spoke on 3 November.<sup>[iv]</sup> The vote is on 9 November.</p>", False,
     "a marker after a sentence is a citation: the paragraph is prose"),
    ("<h3>[1] Agenda</h3>", False, "a heading is not a note"),
])
def test_a_paragraph_opening_with_a_note_marker_is_a_note(markup: str, note: bool, why: str) -> None:
    assert is_note(_element(markup)) is note, why


def test_a_zone_abbreviation_followed_by_a_places_clock_is_that_places() -> None:
    """'EST (Jamaica Time)': Jamaica keeps UTC-5 all year, so on 30 April it is not New York's EDT."""
    body = "The reading circle meets online on Saturday April 30, 2033 from 1:00 p.m. – 3:00 p.m. EST (Jamaica Time)."
    article = Article(source="t", title="Reading circle", body=body, published=dt.date(2033, 4, 20))
    events = extract_articles([article], reference=dt.date(2033, 4, 20)).events
    assert [e.start.utcoffset() for e in events] == [dt.timedelta(hours=-5)]  # type: ignore[union-attr]


def test_a_generic_heading_over_an_event_pages_fields_does_not_name_it() -> None:
    page = ("<html><head><title>Harbour Committee - 03/14/33</title></head><body><main><h1>Event Details</h1>"
            "<h1>Harbour Committee - 03/14/33</h1><h2>Date and time:</h2><p>March 14, 2033 9:30 AM - 12:00 PM</p>"
            "<p>Harbour Hall, 1 Quay Road, Toledo, OH 43604</p></main></body></html>")
    article = html_article(page.encode(), url="https://example.org/event", source="t")
    events = extract_articles([article], reference=dt.date(2033, 3, 1)).events
    assert [e.summary for e in events if e.summary.startswith("Event Details")] == []


@pytest.mark.parametrize(("html", "seen"), [
    ("<div><p>Board meets at noon.</p><script>var a = 1;</script></div>", "Boardmeetsatnoon."),
    # A script inside a <noscript> or a <template> is one unseen text, not two to take away.
    ("<div><p>Board meets at noon.</p><noscript><script>var shareButtons = true;</script></noscript></div>",
     "Boardmeetsatnoon."),
    ("<div><p>Board meets.</p><template><style>p { color: red }</style><script>x()</script></template></div>",
     "Boardmeets."),
])
def test_visible_size_counts_what_a_reader_sees(html: str, seen: str) -> None:
    assert visible_size(lxml.html.fragment_fromstring(html)) == len(seen)


_ALL_DAY_PAGE = """<html><head><title>School Board Session</title></head><body><main>
<h1>School Board Session</h1><div class="cal-when"><div class="cal-label">When:</div>
<div class="cal-value">June 2, 2031 <span class="cal-badge">all-day</span></div>
<div class="cal-hidden dt-start">2031-06-02T00:00:00-04:00</div>
<div class="cal-hidden dt-end">2031-06-03T00:00:00-04:00</div></div>
<p>Where: District Office, 12 Elm Road, Springfield, Georgia</p></main></body></html>"""


def test_a_hidden_copy_of_an_all_day_event_adds_no_day() -> None:
    """The calendar plugin's hidden start and end stamps repeat the shown day; the end, at midnight of the next
    day, is where the all-day event stops, not a second event."""
    article = html_article(_ALL_DAY_PAGE.encode(), url="https://example.org/event/board-session", source="t")
    assert "2031-06-03" not in article.body
    events = extract_articles([article], reference=dt.date(2031, 5, 1)).events
    assert [e.start.isoformat()[:10] for e in events] == ["2031-06-02"]


def test_an_all_day_badge_and_zone_name_do_not_title_the_event() -> None:
    """"June 2, 2031 all-day America/New York Timezone": what a calendar plugin prints after the day says when,
    not what; the page's title names the event."""
    page = _ALL_DAY_PAGE.replace("<span class=\"cal-badge\">all-day</span>",
                                 "<span class=\"cal-badge\">all-day</span> <span>America/New York Timezone</span>")
    article = html_article(page.encode(), url="https://example.org/event/board-session", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1)).events
    assert len(events) == 1
    assert "School Board Session" in events[0].summary
    assert "Timezone" not in events[0].summary
