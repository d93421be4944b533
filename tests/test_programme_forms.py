"""Forms of a visit's programme as governments publish it: a stamp of midnight over the text, rows and
sentences that open with a time and go on to a second time of their own. Each row is a small text of our own
run through the whole parser, with a reference date far from its years."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when

MIDNIGHT_STAMPS = [
    # (body, expected local starts in Lima (UTC-5), why)
    ("Tuesday 10 May 2016 - 00:00\n\nThe president greets the visiting chancellor at the palace on Thursday "
     "morning.\n\nAt 11.15 the two leaders hold talks.",
     ["2016-05-12 16:15"], "a line of a date and '00:00' is the site's stamp: the weekday below counts from it"),
    ("30/01/2013 00:00:00\n\nThe board meets on Friday at 10:00.",
     ["2013-02-01 15:00"], "'00:00:00' after a numeric date is a stamp too"),
    ("The new ferry line opens on 6 May 2016 at 00:00 with a first night crossing.",
     ["2016-05-06 05:00"], "midnight inside a sentence with words is a time like any other"),
]


@pytest.mark.parametrize(("body", "expected", "why"), MIDNIGHT_STAMPS, ids=[row[2] for row in MIDNIGHT_STAMPS])
def test_a_midnight_stamp_dates_the_text_and_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body, zone="America/Lima") if not e.all_day]) == expected, why


SECOND_TIMES = [
    # (body, expected UTC starts, why)
    ("Monday 9 May 2016\n\nAt 11.15 the chancellor drives to the palace, where at 11.45 the president welcomes "
     "her in the great hall.",
     ["2016-05-09 09:15", "2016-05-09 09:45"], "'where at 11.45 ...' is an event of its own in a line that opens "
                                               "with a time"),
    ("Monday 9 May 2016\n\nAt 12.30 the two leaders hold talks, and at 13.30 their delegations sign four accords.",
     ["2016-05-09 10:30", "2016-05-09 11:30"], "', and at 13.30 ...' with words of its own is a second event"),
    ("Monday 9 May 2016\n\nAt 10:00 the hearing opens and at 12:00 it ends.",
     ["2016-05-09 08:00"], "the end of the same event is no second event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SECOND_TIMES, ids=[row[2] for row in SECOND_TIMES])
def test_a_second_time_in_a_row_opens_its_own_event(body: str, expected: list[str], why: str) -> None:
    events = events_of(body, zone="Europe/Madrid")
    assert when([e for e in events if not e.all_day]) == expected, why
    titles = [e.summary for e in events]
    assert not any("11.45" in t or "13.30" in t for t in titles), titles


LONG_ROW = ("Departure from Tallinn for Riga; welcoming ceremony at the castle; audience with the Speaker of the "
            "Saeima; talks with the President of Latvia and the Prime Minister; state dinner given by the President "
            "of Latvia in the guest's honour")


def test_a_row_too_long_for_a_list_line_is_its_days_engagement() -> None:
    assert len(LONG_ROW) >= 200  # blocks.py makes such a line a paragraph of its own
    body = ("The President makes official visits to Estonia and Latvia from May 4-5, 2024. The programme:\n\n"
            f"May 4\nTalks with the President of Estonia at the Kadriorg Palace\n\nMay 5\n{LONG_ROW}\n\n"
            "May 6\nThe President is back in Reykjavik.")
    found = [e for e in events_of(body, "President's tour", zone="Atlantic/Reykjavik") if e.all_day]
    assert "2024-05-05" in when(found), when(found)
    assert any(e.summary.startswith("Ceremony: Departure from Tallinn") for e in found), [e.summary for e in found]



def test_a_start_line_times_the_day_announced_above_beside_a_press_conference() -> None:
    body = ("Geneva, 3 June 2019: Health ministers gather in Geneva on Monday, 10 June 2019, for an urgent meeting "
            "on the outbreak in the region.\n\nThe agency hosts the meeting at the request of its board.\n\n"
            "Start: 10.00, in Hall B of the agency's headquarters, Avenue Appia, Geneva.\n\n"
            "Press conference afterwards, at about 13.00h (Room 4).")
    found = events_of(body, "Media alert: ministers meet on the outbreak")
    assert when(found) == ["2019-06-10 08:00", "2019-06-10 11:00"], "the day-long mention is the start line's event"
    assert found[0].kind == "meeting", found[0].summary


@pytest.mark.parametrize(("where", "utc"), [
    ("Room 4, City Hall, Denver", "2026-03-06 18:00"),
    ("Room S-0237, UN Secretariat", "2026-03-06 16:00"),
    ("Press Briefing Room, UN Headquarters", "2026-03-06 16:00"),
])
def test_a_where_line_under_a_when_sentence_places_its_event(where: str, utc: str) -> None:
    # The WHAT line names a city of the past; the WHERE line under the WHEN sentence says where the event is.
    body = ("WHAT: The director briefs reporters, thirty years after the congress in Nairobi.\n\nWHO: The director\n\n"
            f"WHEN: Friday, 6 March 2026, 11 a.m.\n\nWHERE: {where}")
    assert when(events_of(body, "Media advisory: the director briefs reporters")) == [utc], where


def test_hours_of_sitting_time_the_sitting_days_above() -> None:
    body = ("PORT LOUIS (Mar 2): The town council opens its new term with a sitting of two days, on March 9 and 10, "
            "2026.\n\nThe order of business puts the election of the chair first.\n\n"
            "Hours of sitting: 9.30am to 12.30pm, and 2pm to 4pm.")
    found = events_of(body, "Town council to sit", zone="Indian/Mauritius")
    # Each day's sitting at 9.30 (UTC+4); the two days as a whole stay; the line of hours is no event of its own.
    assert when(found) == ["2026-03-09 05:30", "2026-03-09..2026-03-10", "2026-03-10 05:30"], when(found)


@pytest.mark.parametrize(("body", "why"), [
    ("When: 10:30am, Friday 6 March 2026\nWhere: Civic Hall, Room 2\nWhat: Launch of the river report",
     "'What:' last, under the card's 'When:' and 'Where:'"),
    ("WHEN: Friday 6 March 2026, 10:30am\n\nWHERE: Civic Hall, Room 2\n\nWHAT: Launch of the river report\n\n"
     "WHO: The harbour master", "in capitals, each field a paragraph, a 'WHO:' after it"),
    ("What: Launch of the river report\nWhen: 10:30am, Friday 6 March 2026\nWhere: Civic Hall, Room 2",
     "'What:' first, as before"),
])
def test_a_what_field_names_the_cards_event_wherever_it_stands(body: str, why: str) -> None:
    [event] = events_of(body, "Media advisory")
    assert event.summary == "Launch of the river report", why
    assert "Civic Hall" in event.location, why


def test_a_what_field_leaves_an_event_its_own_sentence_named() -> None:
    body = "When: Friday 6 March 2026\nThe harbour master opens the new quay at 10:30am.\nWhat: Quay opening"
    [event] = events_of(body, "Media advisory")
    assert "opens the new quay" in event.summary
