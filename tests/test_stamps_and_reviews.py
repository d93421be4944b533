"""Moments of record read as events on real pages: a tally "as at" a day, a text "updated on" a day, a state of
things "reported at" a time, a "today" that means nowadays, and a press review of dated links, newest first.
Each text is our own, in the form the rule reads."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from model import Event
from parsers import extract
from parsers.datedlinks import cut_dated_link_lists

REFERENCE = dt.date(2026, 12, 1)


def events_of(body: str, zone: str = "Europe/Brussels") -> list[Event]:
    return extract(f"Notice\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE,
                   default_zone=zone).events


def starts(events: list[Event]) -> list[str]:
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if not e.all_day else str(e.start)
                  for e in events)


NOT_EVENTS = [
    # (body, why)
    ("Published 13 Jan 2031\n\nPoint d’étape au 12 janvier 2031 à 11h : le fonds a reçu 310 000 euros.",
     "French 'point d'étape au DATE à HEURE': how a sum stood then"),
    ("Published 13 Jan 2031\n\nSituation arrêtée au 12 janvier 2031 à 11h : 42 dossiers sont ouverts.",
     "French 'arrêtée au DATE': a count closed at that moment"),
    ("Published 13 Jan 2031\n\nDatenstand: 12.01.2031, 11 Uhr. Die Kasse hat 310.000 Euro.",
     "German 'Datenstand:': the moment figures were taken"),
    ("Published 13 Jan 2031\n\nStand: 12. Januar 2031, 11 Uhr. Bisher haben sich 312 Vereine gemeldet.",
     "German 'Stand:' with a colon: a stamp"),
    ("Published 13 Jan 2031\n\nFigures correct as at 12 January 2031, 11am: 312 clubs have signed up.",
     "English 'correct as at': a tally"),
    ("Published 13 Jan 2031\n\nBilan mis à jour le 12 janvier 2031 à 11h : 312 associations inscrites.",
     "French 'mis à jour le': a text brought up to date"),
    ("Published 13 Jan 2031\n\nZuletzt aktualisiert am 12. Januar 2031 um 11 Uhr: 312 Vereine sind dabei.",
     "German 'zuletzt aktualisiert am': a stamp"),
    ("Published 8 Nov 2030\n\nElm Road is closed between Oak Lane and the bridge after a water main broke, the "
     "city's police reported at 1:30 p.m. on Nov. 8.", "'reported at TIME on DAY': when a state of things was told"),
    ("The bridge stays shut for repairs, the county said on Nov. 8, 2030.",
     "'said on DAY': when it was told"),
    ("Published 9 Mar 2030\n\nIn the 1990s she taught drawing in a village school. Today, Ana is known for her "
     "large murals of harbour life.", "'Today, X is known for': nowadays"),
    ("Published 9 Mar 2030\n\nThe band has always followed its listeners, whether that meant dance halls in the "
     "1960s or a podcast today.", "a today set against a past decade: nowadays"),
]


@pytest.mark.parametrize(("body", "why"), NOT_EVENTS, ids=[row[1] for row in NOT_EVENTS])
def test_moments_of_record_are_not_events(body: str, why: str) -> None:
    assert events_of(body) == [], why


EVENTS = [
    # (body, expected starts, why)
    ("Published 1 Mar 2031\n\nLe festival aura lieu du 12 au 14 mars 2031 à Lyon.", ["2031-03-12"],
     "French 'du ... au ...' is a range, not a tally 'au DATE'"),
    ("Published 1 Mar 2031\n\nDie Versammlung findet am 12. März 2031 um 11 Uhr statt.", ["2031-03-12 10:00"],
     "a German meeting with 'am': no stamp"),
    ("Published 8 Nov 2030\n\nThe mayor will announce the result at 1:30 p.m. on Nov. 9.", ["2030-11-09 12:30"],
     "'will announce at': the saying is the event to come"),
    ("Published 9 Mar 2030\n\nToday, the council is meeting at City Hall at 3 pm to vote on the budget.",
     ["2030-03-09 14:00"], "'Today, X is meeting at 3 pm': a happening, not a state"),
]


@pytest.mark.parametrize(("body", "expected", "why"), EVENTS, ids=[row[2] for row in EVENTS])
def test_events_beside_moments_of_record(body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body)) == expected, why


def _list(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


LISTS = [
    # (markup, cut?, why)
    (_list('<b>30 January 2031:</b> <a href="/1">Evening Post - the fund explained</a>',
           '<b>21 January 2031:</b> <a href="/2">Radio North interview</a>',
           '<b>9 January 2031:</b> <a href="/3">Weekly Gazette</a>'), True,
     "a day and a link in each item, newest first: a press review"),
    (_list('<b>9 January 2031:</b> <a href="/1">Open day</a>', '<b>21 January 2031:</b> <a href="/2">Fair</a>',
           '<b>30 January 2031:</b> <a href="/3">Concert</a>'), False, "soonest first: an agenda"),
    (_list("<b>30 January 2031:</b> the hall hosts a jumble sale for the school trip",
           "<b>21 January 2031:</b> the choir sings in the market square at noon",
           "<b>9 January 2031:</b> the library opens its new reading room"), False,
     "items told in words, not links: the list's own news"),
    (_list('<b>30 January 2031:</b> <a href="/1">Evening Post</a>', '<b>21 January 2031:</b> <a href="/2">Radio</a>'),
     False, "two items are a from-to, not a list"),
    (_list('<a href="/1">Evening Post</a> 30 January 2031', '<a href="/2">Radio North</a> 21 January 2031',
           '<a href="/3">Weekly Gazette</a> 9 January 2031'), False, "the day after the link: left to the stamp rules"),
]


@pytest.mark.parametrize(("markup", "cut", "why"), LISTS, ids=[row[2] for row in LISTS])
def test_dated_link_lists_newest_first_are_cut(markup: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div><p>Intro.</p>{markup}</div>")
    cut_dated_link_lists(root)
    assert (not root.findall(".//ul")) == cut, why


REVIEW = [("30 January 2031", "Evening Post - the fund explained"), ("21 January 2031", "Radio North interview"),
          ("9 January 2031", "Weekly Gazette")]


def _paragraphs(rows: list[tuple[str, str]]) -> str:
    return "".join(f'<p><b>{day}:</b> <a href="/{n}">{name}</a></p>' for n, (day, name) in enumerate(rows))


def _broken_lines(rows: list[tuple[str, str]]) -> str:
    lines = [f'<b>{day}:</b> <a href="/{n}">{name}</a>' for n, (day, name) in enumerate(rows)]
    return "<p>" + "<br>".join(lines) + "</p>"


LAYOUTS = [
    # (markup, cut?, why)
    (_paragraphs(REVIEW), True, "a run of paragraphs, each a day and a link, newest first"),
    (_broken_lines(REVIEW), True, "one paragraph of lines broken by <br>, each a day and a link, newest first"),
    (_paragraphs(REVIEW[::-1]), False, "paragraphs soonest first: an agenda"),
    (_broken_lines(REVIEW[::-1]), False, "lines soonest first: an agenda"),
]


@pytest.mark.parametrize(("markup", "cut", "why"), LAYOUTS, ids=[row[2] for row in LAYOUTS])
def test_press_reviews_in_paragraphs_and_lines_are_cut(markup: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div><p>The fund opened in March.</p>{markup}</div>")
    cut_dated_link_lists(root)
    assert ("Weekly Gazette" not in root.text_content()) == cut, why
    assert "The fund opened" in root.text_content()
