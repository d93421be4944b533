"""Figures and days that look like events on real pages and are not: a recording's length or a player's position
("Durée de l'audio 4:22", "0:00 / 0:00"), and the day a place or service shuts ("will close the test sites on
28 February"). Each text is our own, in the form the rule reads."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract, extract_articles
from parsers.html import html_article

REFERENCE = dt.date(2031, 2, 3)


def events_of(body: str, zone: str = "Europe/Brussels") -> list[Event]:
    return extract(f"Notice\n\nSource: Press office\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                   reference=REFERENCE, default_zone=zone).events


def starts(events: list[Event]) -> list[str]:
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if not e.all_day else _days(e)
                  for e in events)


def _days(event: Event) -> str:
    last = event.end - dt.timedelta(days=1)
    return str(event.start) if last <= event.start else f"{event.start}..{last}"


RUNNING_TIMES = [
    # (body, why)
    ("Listen to the interview\n\nDurée de l'audio 4:22\n\nThe mayor explained the new bus lines.",
     "French 'durée de l'audio' before a length"),
    ("Podcast\n\nDuration: 12:05\n\nThe mayor explained the new bus lines.", "English 'Duration:'"),
    ("Beitrag zum Anhören\n\nLänge: 3:41\n\nDer Bürgermeister erklärte die neuen Buslinien.", "German 'Länge:'"),
    ("Running time 1:02:30\n\nThe full debate on the harbour plan.", "'Running time' with hours, minutes, seconds"),
    ("0:00 / 12:05\n\nThe mayor explained the new bus lines.", "a player's position over its length"),
]


@pytest.mark.parametrize(("body", "why"), RUNNING_TIMES, ids=[row[1] for row in RUNNING_TIMES])
def test_a_recordings_length_is_no_clock_time(body: str, why: str) -> None:
    assert events_of(body) == [], why


CLOCKS_KEPT = [
    # (body, expected starts in UTC, why)
    ("The council meets on 10 February 2031 at 10:00 in the town hall.", ["2031-02-10 09:00"],
     "a plain clock time"),
    ("The hearing on 10 February 2031 runs from 10:00 to 12:00; its duration is two hours.", ["2031-02-10 09:00"],
     "'duration' far from the clock"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CLOCKS_KEPT, ids=[row[2] for row in CLOCKS_KEPT])
def test_clock_times_stay(body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body)) == expected, why


_PLAYER_PAGE = """<html><head><title>Minister under pressure</title></head><body><article>
<h1>Minister under pressure</h1>
<p class="stamp">03/02/2031</p>
<div class="file audio-article-player"><a href="#play" class="play-pause">Play / pause</a>
<div class="sm2-time-wrapper"><div class="sm2-inline-time">0:00</div><div>/</div>
<div class="sm2-inline-duration">0:00</div></div></div>
<div class="box"><span class="box__audio-length-title">Listening time</span>
<span class="box__audio-length-value">4:22</span></div>
<p>Calls for the health minister to step down grew louder on Monday after photographs showed him at a dinner
that broke his own rules.</p>
<p>The prime minister will see the president at the castle on 7 February 2031 at 16:00 to talk it over.</p>
</article></body></html>"""


def test_a_players_controls_are_furniture() -> None:
    article = html_article(_PLAYER_PAGE.encode(), url="https://example.org/minister", source="t")
    assert "0:00" not in article.body
    assert "4:22" not in article.body
    found = extract_articles([article], reference=REFERENCE, default_zone="Europe/Prague").events
    assert starts(found) == ["2031-02-07 15:00"]  # the meeting at the castle, and only it


CLOSURES = [
    # (body, why)
    ("The health department will close the two temporary test sites on 28 February 2031.",
     "English: close + sites + day"),
    ("The walk-in desk at the town hall shuts down on 28 February 2031.",
     "'shuts down': a desk closes (the hall is its place)"),
    ("Die Direktion wird daher die zusätzlichen Teststellen am 28. Februar 2031 schliessen.",
     "German: the verb after the date"),
    ("Das Bürgerbüro am Markt ist am 28. Februar 2031 geschlossen.", "German 'geschlossen': an office shut"),
    ("La mairie fermera ses guichets de quartier le 28 février 2031.", "French 'fermera ses guichets'"),
    ("La oficina de turismo cerrará el 28 de febrero de 2031.", "Spanish 'cerrará'"),
    ("The embassy will be closed on 17 February 2031 for Presidents' Day.", "an embassy shut for a holiday"),
    ("The city museum closes on 28 February 2031 for the winter.", "a museum closes for a season"),
    # world-twentyeighth 1 and 6: a holiday is no occasion anyone gathers for
    ("A reminder: for the federal holiday our offices stay shut on Monday, 17 February 2031.",
     "shut for a holiday named after 'for the'"),
    ("The consulate is closed for the Eid holidays on 20 February 2031; urgent cases are still seen.",
     "closed for the Eid holidays"),
]


@pytest.mark.parametrize(("body", "why"), CLOSURES, ids=[row[1] for row in CLOSURES])
def test_a_place_closing_is_no_event(body: str, why: str) -> None:
    assert events_of(body) == [], why


STILL_EVENTS = [
    # (body, expected starts, why)
    ("The minister will close the forum on 28 February 2031 with a speech.", ["2031-02-28"],
     "closing a gathering is its closing session"),
    ("Main Street will be closed on 28 February 2031 for the spring parade.", ["2031-02-28"],
     "a road closed for a parade: the parade's day"),
    ("The ministers met their counterparts on 12 February 2031 in the capital, since the border was closed.",
     ["2031-02-12"], "the closure sits in another clause than the meeting's day"),
    ("The town hall will be closed on 6 March 2031 for the visit of the King at 11:00.", ["2031-03-06 10:00"],
     "closed for an occasion: the occasion's day and time"),
    ("The summer school opens on 10 May 2031 and closes on 25 June 2031 in the old town.",
     ["2031-05-10..2031-06-25"], "an opening and a closing: the course's extent"),
    ("The library hosts a reading on 28 February 2031 at 6 pm.", ["2031-02-28 17:00"],
     "a facility named, no closing"),
    ("The branch library reopens on 24 February 2031 after its refit.", ["2031-02-24"],
     "a reopening stays an event (test_opening_hours, test_reader_forms)"),
]


@pytest.mark.parametrize(("body", "expected", "why"), STILL_EVENTS, ids=[row[2] for row in STILL_EVENTS])
def test_events_beside_closing_words_stay(body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body)) == expected, why
