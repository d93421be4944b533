"""One moment restated on other clocks (parsers/restated.py), and an ambiguous label settled by the offset a
bracket gives (zones.settled_by_offset). Texts in our own words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import Event
from parsers import extract, restated
from parsers.dates import find_mentions
from parsers.mentions import Mention
from parsers.restated import without_bracketed
from parsers.zones import settled_by_offset

from .conftest import REFERENCE

# (label, minutes ahead of UTC, the clock it names, why)
SETTLED = [
    ("IST", 330, "India Standard Time", "five and a half hours ahead: India's clock"),
    ("IST", 60, "Irish Standard Time", "an hour ahead: Ireland's summer clock"),
    ("IST", 0, "Irish Standard Time", "on UTC: Ireland in winter, whose zone data calls winter the shifted season"),
    ("IST", 180, "Israel Daylight Time", "three hours ahead: Israel in summer"),
    ("ist", 120, "Israel Standard Time", "the label in small letters is the same label"),
    ("CST", 480, "China Standard Time", "eight hours ahead: China, not Chicago"),
    ("CST", -300, "Central Daylight Time", "five hours behind: Chicago on summer time"),
    ("AST", 180, "Arabia Standard Time", "three hours ahead: Arabia, not the Atlantic"),
    ("AST", -240, "Atlantic Standard Time", "four hours behind: the Atlantic clock"),
    ("BST", 60, "British Summer Time", "an hour ahead: London in summer"),
    ("BST", 0, None, "on UTC: London in winter keeps GMT, never called BST"),
    ("BST", 360, "Bangladesh Standard Time", "six hours ahead: Dhaka"),
    ("PST", 480, "Philippine Standard Time", "eight hours ahead: Manila"),
    ("PST", -420, None, "seven hours behind: Pacific daylight time, which PST does not name"),
    ("IST", 540, None, "an offset none of its clocks keeps: left to the place"),
    ("CET", 60, None, "a label of one clock needs no settling"),
    ("CST", 570, None, "Adelaide's clock has no long name here: the place settles it, as before"),
]


@pytest.mark.parametrize(("label", "minutes", "expected", "why"), SETTLED)
def test_an_ambiguous_label_settled_by_its_offset(label: str, minutes: int, expected: str | None, why: str) -> None:
    assert settled_by_offset(label, minutes) == expected, why


# (sentence, the times read as (words, zone), why)
RESTATED = [
    ("The talk is at 11:00 CET (10:00 GMT).", [("at 11:00 CET (10:00 GMT)", "CET")],
     "a bracket right after a time gives it again on the world's clock: one time, the first (its words take in"
     " the bracket, which a title then drops with them)"),
    ("The hearing opens at 9:30 a.m. MST (11:30 a.m. EST).", [("at 9:30 a.m. MST (11:30 a.m. EST)", "MST")],
     "two regions' clocks: the bracket is the same moment in the east"),
    ("The panel meets from 09:00 to 10:00 CET (08:00 to 09:00 GMT).",
     [("from 09:00 to 10:00 CET (08:00 to 09:00 GMT)", "CET")],
     "a range restated as a range"),
    ("La charla es a las 20:00 GMT (17:00 en Buenos Aires, 2pm en Ciudad de México).", [("20:00 GMT", "UTC")],
     "a bracket of places' clocks, each place after its time; beside them GMT is the world's clock"),
    ("The debate streams at 14:00 UTC (9 a.m. New York, 15:00 Lagos).", [("at 14:00 UTC", "UTC")],
     "places named with no word before them"),
    ("The call starts at 14:00 GMT (10 a.m. EDT).", [("at 14:00 GMT (10 a.m. EDT)", "UTC")],
     "GMT beside another clock is UTC, not London's summer clock"),
    ("Figures come out at 7 a.m. (0600 GMT).", [("at 7 a.m. (0600 GMT)", "UTC+01:00")],
     "a time with no label: the bracket says how far its clock is from UTC"),
    ("The envoy speaks at 10:00 local time (0700 GMT).", [("at 10:00 local time (0700 GMT)", "UTC+03:00")],
     "'local time' names no clock: the bracket's offset does, as for a time with no label"),
    ("The island votes at 8 am (1800 GMT).", [("at 8 am (1800 GMT)", "UTC-10:00")],
     "a gap of more than fourteen hours is read the short way round: ten hours behind"),
    ("The vote is at 10:30 IST (0500 GMT).", [("at 10:30 IST (0500 GMT)", "India Standard Time")],
     "an ambiguous label settled by the offset the bracket gives"),
    ("The launch is at 10:15 p.m. EDT on Tuesday, May 14 (02:15 UTC on May 15).", [("at 10:15 p.m. EDT", "EDT")],
     "a bracket in UTC a few words on: its time and its day are the world clock's, no second day"),
    ("La séance commence à 15 h 00, heure de Paris (13:00 GMT).", [("à 15 h 00, heure de Paris", "Paris time")],
     "a clock named in French, then restated in UTC: read once the label is"),
    ("The call is at 9:00 (10 a.m. EDT).", [("at 9:00", ""), ("10 a.m. EDT)", "EDT")],
     "a time with no label, then another region's: nothing says they are one moment; both stay"),
    ("The talk is at 15:00 CET (15:00 CET).", [("at 15:00 CET", "CET"), ("15:00 CET)", "CET")],
     "the same clock twice is no other clock: both stay"),
    ("The call is at 14:00 IST / 08:30 GMT.", [("at 14:00 IST / 08:30 GMT", "India Standard Time")],
     "after a slash as in a bracket: the world's clock settles which IST"),
    ("The call is at 10:00 CET / 09:00 GMT.", [("at 10:00 CET / 09:00 GMT", "CET")],
     "a slash between two labelled clocks"),
    ("The call is at 9:00 / 10:00 GMT.", [("at 9:00", ""), ("10:00 GMT", "GMT")],
     "a slash after a time with no label may part two choices: both stay"),
    ("The call is at 14:00 CET / 15:00 CET.", [("at 14:00 CET", "CET"), ("15:00 CET", "CET")],
     "one clock on both sides of a slash: two times"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), RESTATED)
def test_a_time_restated_on_another_clock_is_read_once(sentence: str, expected: list[tuple[str, str]],
                                                       why: str) -> None:
    assert [(m.text, m.zone) for m in find_mentions(sentence) if m.kind == "time"] == expected, why


def test_a_restated_time_is_no_business_of_the_screen() -> None:
    text = "at 11:00 CET (10:00 GMT) and 12:00"
    mentions = [Mention("time", 3, 12, "11:00 CET", zone="CET"), Mention("time", 14, 23, "10:00 GMT", zone="GMT"),
                Mention("time", 29, 34, "12:00")]
    seen: list[str] = []

    def screen(_: str, mention: Mention) -> Mention | None:
        seen.append(mention.text)
        return None if mention.text == "12:00" else mention

    assert [m.text for m in without_bracketed(text, mentions, screen)] == ["11:00 CET (10:00 GMT)"]
    assert seen == ["11:00 CET", "12:00"], "the bracket's time is weighed first, and dropped unscreened"


def _event_at(start: dt.datetime, published: str, zone: str, inferred: frozenset[str] = frozenset()) -> Event:
    return Event(uid=published, summary="Briefing", kind="press conference", start=start,
                 end=start + dt.timedelta(hours=1), timezone=zone, location="", sentence=BODY, article_title="A notice",
                 source="clocks", as_published=published, changed=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                 inferred=inferred)


UTC = dt.UTC
BODY = "The briefing is at 11:30 p.m. EDT (0330 GMT Wednesday), that is 12:30 a.m. ADT."


def test_each_event_is_weighed_only_against_its_instant(monkeypatch: pytest.MonkeyPatch) -> None:
    weighed: list[tuple[str, str]] = []
    weigh = restated._restates

    def counted(kept: Event, event: Event, places: object) -> bool:
        weighed.append((kept.as_published, event.as_published))
        return weigh(kept, event, places)  # type: ignore[arg-type]

    monkeypatch.setattr(restated, "_restates", counted)
    start = dt.datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    events = [_event_at(start + dt.timedelta(hours=7 * n), f"{n}", "UTC") for n in range(500)]
    assert len(restated.one_per_instant(events, BODY)) == 500, "no two at one instant: all stay"
    assert weighed == [], "seven hours apart, none at another's instant or a day from it: nothing to weigh"


def test_a_kept_time_moved_to_the_other_clocks_day_is_found_there() -> None:
    """The EDT time was put on Tuesday though it is Wednesday in UTC; the GMT time named its day. The GMT event is
    kept, on Wednesday; a third clock (ADT, its day guessed too) then meets it there."""
    tuesday = dt.datetime(2025, 3, 4, 3, 30, tzinfo=UTC)  # a day early: the day in context went to the EDT time
    events = [_event_at(tuesday, "11:30 p.m. EDT", "America/New_York", frozenset({"date"})),
              _event_at(tuesday + dt.timedelta(days=1), "0330 GMT", "UTC"),
              _event_at(tuesday + dt.timedelta(days=2), "12:30 a.m. ADT", "America/Halifax", frozenset({"date"}))]
    kept = restated.one_per_instant(events, BODY)
    assert [e.as_published for e in kept] == ["0330 GMT"], "one moment on three clocks: the one whose day was said"
    assert len(kept[0].notes) == 2, "each other clock noted"


def test_a_slash_settles_the_clock_of_the_event() -> None:
    text = "A notice\n\nSource: An agency\n\nThe minister speaks on 5 March 2026 at 14:00 IST / 08:30 GMT.\n"
    events = [e for e in extract(text, source="clocks", reference=REFERENCE).events if not e.all_day]
    assert [(e.start.astimezone(UTC).strftime("%H:%M"), e.timezone) for e in events] == [("08:30", "Asia/Kolkata")], \
        "India's clock, as the GMT after the slash says; not Dublin's 14:00"


def _every_pair(events: list[Event], body: str) -> list[Event]:
    """The plain reading one_per_instant must agree with: each event weighed against every one kept."""
    places = restated._Places(body)
    kept: list[Event] = []
    for event in events:
        twin = next((at for at, earlier in enumerate(kept) if restated._restates(earlier, event, places)), None)
        if twin is None:
            kept.append(event)
            continue
        earlier = kept[twin]
        if earlier.start != event.start:
            first, other = (event, earlier) if "date" in earlier.inferred else (earlier, event)
        elif places.first(earlier) <= places.first(event):
            first, other = earlier, event
        else:
            first, other = event, earlier
        note = f"time also given as {other.as_published} ({other.timezone}): the same moment on another clock"
        kept[twin] = dataclasses.replace(first, notes=(*first.notes, note))
    return kept


_CLOCKS = [("10:00 CET", "Europe/Brussels"), ("09:00 GMT", "UTC"), ("4 a.m. EST", "America/New_York"),
           ("11:00 EET", "Europe/Athens")]
_AROUND = "At 10:00 CET, that is 09:00 GMT or 4 a.m. EST, and again at 11:00 EET, the talks go on."


@given(st.lists(st.tuples(st.sampled_from(_CLOCKS), st.integers(-2, 2), st.integers(0, 1),
                          st.frozensets(st.sampled_from(["date", "zone"]))), max_size=12))
@settings(max_examples=300, deadline=None)
def test_grouping_by_instant_keeps_what_weighing_every_pair_keeps(
        drawn: list[tuple[tuple[str, str], int, int, frozenset[str]]]) -> None:
    start = dt.datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    events = [_event_at(start + dt.timedelta(days=days, hours=hours), published, zone, inferred)
              for (published, zone), days, hours, inferred in drawn]
    events = [dataclasses.replace(e, uid=f"{at}") for at, e in enumerate(events)]
    got = restated.one_per_instant(events, _AROUND)
    assert [(e.uid, e.start, e.notes) for e in got] == [(e.uid, e.start, e.notes) for e in _every_pair(events, _AROUND)]
