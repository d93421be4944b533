"""Publication stamps are not events: the minute a text was posted, written beside its date atop the body or in a
stamp clause of its dateline line. Each row is a small text of our own run through the whole parser; the event the
text announces stays, and the stamp's minute gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 1)


def starts(title: str, org: str, body: str) -> list[str]:
    events = extract(f"{title}\n\nSource: {org}\n\n{body}\n", source="t", reference=REFERENCE).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day else e.start.strftime("%Y-%m-%d")
                  for e in events)


STAMPS = [
    # (title, organisation, body, expected local starts, why)
    ("Harbour board names its chair", "Harbour Board of Valletta",
     "Board press office 3.6.2021 9.12 | Published in English on 3.6.2021 at 15.47\n\n"
     "The board names its new chair at a press conference on 4 June 2021 at 11.00.",
     ["2021-06-04 11:00"], "a dateline's minute and a 'published in English on ... at ...' clause are the stamp"),
    ("Ferry timetable changes", "Island Ferries of Tasmania",
     "Coast News Service, 14 Mar, 2022 03:37 PM\n\n"
     "The winter timetable starts on 2 April 2022, with a first sailing at 6:30 a.m.",
     ["2022-04-02 06:30"], "a byline, a date and a minute no one schedules at, alone atop the body: the posting"),
    ("Council sits tomorrow", "Town Council of Suva",
     "June 9, 2022 5:18 pm\n\nThe council sits tomorrow at 10 a.m. to agree its budget.",
     ["2022-06-10 10:00"], "a date and an odd minute alone atop the body date the text; 'tomorrow' counts from it"),
    ("Envoy to visit the capital", "Ministry of Foreign Affairs of Ruritania",
     "(State Wire) 17:23, March 9, 2023\n\nThe envoy opens talks with the minister on March 14, 2023 at 10:00.",
     ["2023-03-14 10:00"], "an agency, a minute no one schedules at and a date, in either order, are the posting"),
    ("Bank moves its decisions", "Central Bank of Ruritania",
     "April 3, 2019 / 6:41 AM\n\nThe bank announces its next decision on April 17, 2019 at 2 p.m.",
     ["2019-04-17 14:00"], "a date and an odd minute parted by a slash are the posting"),
    ("Minister to brief press", "Ministry of Roads of Malta",
     "Valletta, 5 May 2023 10:30 AM\n\nThe minister briefs the press on the road plan.",
     ["2023-05-05 10:30"], "a round minute atop the body may be the event's own time: it stays"),
    ("Island festival programme", "Ministry of Culture of Tonga",
     "7 June 2022, 4:00PM\n\nTwo visiting choirs join the festival this week.\n\n"
     "The festival opens this Friday at 7.00pm with a concert in Nuku'alofa, Tonga.",
     ["2022-06-10 19:00"], "a round minute atop a story whose paragraphs give their own times is the filing"),
    ("Bridge opens to traffic", "A city council of New Zealand",
     "9 June 2027, 11:00 AM\n\nThe mayor opens the new river bridge to traffic. Camera crews should be at the "
     "south ramp by 10:30 am for the safety briefing, Hamilton.",
     ["2027-06-09 11:00"], "a first line over times of its own day only (no day of their own) is the event's"),
    ("Lantern parade", "A town council of New Zealand",
     "Saturday, 12 June 2027, 7:00 PM\n\nThe lantern parade leaves the museum steps for the river, Napier. Crews "
     "who want a place on the stand should book by Thursday at 4 pm.",
     ["2027-06-12 19:00"], "a deadline's day and time below ('book by Thursday at 4 pm') make no filing stamp"),
]


@pytest.mark.parametrize(("title", "org", "body", "expected", "why"), STAMPS, ids=[row[4] for row in STAMPS])
def test_publication_stamps_are_not_events(title: str, org: str, body: str, expected: list[str], why: str) -> None:
    assert starts(title, org, body) == expected, why
