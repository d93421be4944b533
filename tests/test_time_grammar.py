"""Which day and which clock time a sentence gives, in the forms many organisations write: a weekday after
the time ("at 9 a.m. Tuesday"), a part of today ("this evening from 6:30 - 7:30"). Each row is our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

from .conftest import REFERENCE, listed

WEEKDAY_AFTER = """Assembly to sit twice next week

Source: Assembly

14.03.2027 10:12

The first sitting, on Monday afternoon, opens at 2 p.m. in the main hall.

The second is at 10 a.m. Wednesday, to elect a new vice-chair.
"""

NOON_WEEKDAY = """Mayor to brief on the floods

Source: City of Lakeside

March 15, 2027

The mayor will give a news conference at noon Thursday at City Hall, with the fire chief beside her.
"""

DEADLINE_WEEKDAY = """Launch coverage

Source: Space Agency

March 15, 2027

Reporters who wish to attend must apply by 1 p.m. Monday.
"""

THIS_EVENING = """Police to hold a town hall tonight

Source: City Police

March 15, 2027

The force will hold an online town hall this evening from 6:30 - 7:30 to answer questions about the pilot.
"""

THIS_MORNING = """Summit under way

Source: Regional Community

16 March 2027

Proceedings open this morning with the meeting of senior officials, chaired by the host.
"""


LATE_HOURS = """Minister's visits

Source: Ministry

15 March 2027

The minister opens the new bridge this afternoon at 2.15 in the harbour.

She visits the port on Tuesday; in the afternoon, and from 11.00 on Tuesday, she meets the dockers.
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (WEEKDAY_AFTER, ["2027-03-15 14:00", "2027-03-17 10:00"],
     "a weekday right after a clock time, with no 'on' ('at 10 a.m. Wednesday'), is that time's day, not the day "
     "of the sentence before"),
    (NOON_WEEKDAY, ["2027-03-18 12:00"], "'at noon Thursday': the weekday after 'noon' is its day"),
    (DEADLINE_WEEKDAY, [], "'by 1 p.m. Monday' is a deadline, not an event"),
    (THIS_EVENING, ["2027-03-15 18:30"],
     "'this evening' is the publication day, and puts a time without am/pm in the evening"),
    (THIS_MORNING, ["2027-03-16"], "'this morning' is the publication day, as 'today' is"),
    (LATE_HOURS, ["2027-03-15 14:15", "2027-03-16 11:00"],
     "'this afternoon at 2.15' is 14:15; a morning hour after 'afternoon' ('at 11.00') stays as written"),
])  # fmt: skip
def test_day_and_time_of_a_sentence(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


WEEKDAY_AFTER_DATE = """Bill to go to a vote

Source: Finance Committee

The bill's third reading goes to the vote as planned on December 8th (Thursday) at 5.00 pm, followed by a
reception.
"""

WEEKDAY_AFTER_COMMA = """Report date

Source: Central Bank

The report keeps its date, a spokesman said: the next one is out as planned at 10am on March 27, Thursday,
followed by a forum for analysts.
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (WEEKDAY_AFTER_DATE, ["2022-12-08 17:00"],
     "a weekday in brackets after the date ('December 8th (Thursday)') picks the year where the day is one"),
    (WEEKDAY_AFTER_COMMA, ["2025-03-27 10:00"],
     "a weekday after a comma ('March 27, Thursday') picks the year too; it is no second day"),
])  # fmt: skip
def test_weekday_after_the_date(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


CHANGED_TIME = """Rate announcements to come earlier

Source: Central Bank

Press release

The press conference after the rate meeting on 12 March 2027 moves an hour earlier, from 3 pm to 2 pm.
"""

SWITCHED_TIME = """Council evening meetings

Source: Town Council

For its meeting on 16 March 2027 the council will switch its start time from 2 p.m. to 6:30 p.m.

The book fair is open from 10 am to 5 pm on 17 March 2027.
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (CHANGED_TIME, ["2027-03-12 14:00"],
     "'move an hour earlier, from 3 pm to 2 pm': the old time and the new one; the new one is the time"),
    (SWITCHED_TIME, ["2027-03-16 18:30", "2027-03-17 10:00"],
     "'switch the time ... from 2 p.m. to 6:30 p.m.' gives the new time; 'open from 10 am to 5 pm' stays a range"),
])  # fmt: skip
def test_a_changed_time(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


BARE_HOURS = """Programme of the second day

Source: Office of the President

March 15, 2027

On Tuesday the 16th, at 10, the president lays a wreath at the memorial.

The guests tour the old port on 17 March at 19.

The delegation calls on the minister on 18 March at 10 Downing Street.
"""


def test_a_bare_hour_after_a_day_is_its_time() -> None:
    # "at 10," and "at 19." after a day: hours of the 24-hour clock; "at 10 Downing Street" is an address.
    assert listed(BARE_HOURS) == ["2027-03-16 10:00", "2027-03-17 19:00", "2027-03-18"]


TOLD_ON_A_DAY = """District to open on Saturday

Source: State Government

LAKETOWN, March 12, 2027

The new district will be launched on Saturday, at a fair in Laketown.

The minister told reporters in Laketown on Thursday that the governor would open it at 11 a.m. on Saturday.
"""


def test_the_weekday_next_to_the_time_is_the_day() -> None:
    timed = [when for when in listed(TOLD_ON_A_DAY) if ":" in when]
    assert timed == ["2027-03-13 11:00"], (
        "'told reporters on Thursday that ... at 11 a.m. on Saturday': the weekday right after the time is the day")


SERIES_TIME = """Lecture series opens its new season

Source: City University

Release Date: August 2, 2027

The series brings four speakers to the campus this autumn.

Every lecture starts at 7 p.m. in the Great Hall.

The novelist Ann Reed opens the season on Sept. 14, with her new book.
"""


def test_a_series_time_dates_the_entries_below() -> None:
    assert listed(SERIES_TIME) == ["2027-09-14 19:00"], (
        "'Every lecture starts at 7 p.m.' is no event of its own: it is the time of the lecture dated below it")


SERIES_IN_ITS_PARAGRAPH = """Summer fair on the quay

Source: Quay Town Events Office

Release Date: May 3, 2027

Every show starts at 9 pm on the river stage. The summer fair opens on Friday, June 11, 2027. A boat parade will close\
the fair on Sunday, June 13, 2027.
"""


def test_a_series_time_is_not_the_time_of_other_events() -> None:
    assert listed(SERIES_IN_ITS_PARAGRAPH) == ["2027-06-11", "2027-06-13"], (
        "'Every show starts at 9 pm.' then the fair's opening and its parade in the same paragraph: they are no "
        "shows, and get no time from it")


def test_a_series_time_taken_is_noted() -> None:
    events = extract(SERIES_TIME, source="grammar", reference=REFERENCE).events
    assert [n for n in events[0].notes if "taken from 'Every lecture starts at 7 p.m." in n], events[0].notes


RUN_TOGETHER = """Side event on civic space

Source: A civil society network

Mar 2, 2027

When: March 9, 2027, 830AM to 12NN
Where: Room 4, Law Centre, Quezon City
"""

RUN_TOGETHER_PM = """Forum on river towns

Source: A regional council

The public forum is on March 10, 2027 from 130PM to 430PM at the town hall, Cebu City.
"""


RADIO = """Governor on the radio

Source: Office of a Governor

March 15, 2027

The governor takes calls on a morning show on March 16, 2027, on air at 620 AM across the state.
"""


IN_A_CODE = """Volunteer training

Source: A relief agency

8 March 2027

Volunteers train on 18 March 2027 at 9:00 am at the agency's hall, Cebu City. Bring permit no. 1130AM-C and an ID.
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (RADIO, ["2027-03-16"], "'620 AM' with a space is a radio frequency, not 6:20 am"),
    (IN_A_CODE, ["2027-03-18 09:00"], "'1130AM-C' is a permit's code, not 11:30 am"),
    (RUN_TOGETHER, ["2027-03-09 08:30"], "'830AM to 12NN': hour and minutes run together, and noon as 12NN"),
    (RUN_TOGETHER_PM, ["2027-03-10 13:30"], "'130PM to 430PM': the run-together form in the afternoon"),
])  # fmt: skip
def test_an_hour_run_into_its_minutes(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


THIS_WEEKDAY = """Harvest week

Source: A ministry of agriculture

Tuesday, 9 March 2027

The harvest week opens this Friday at 5.30pm with a blessing at the market hall, Apia, Samoa.
"""


def test_this_weekday_with_a_clock_time_is_the_coming_one() -> None:
    assert listed(THIS_WEEKDAY) == ["2027-03-12 17:30"], "'this Friday at 5.30pm' under a Tuesday's date"


# (text, the times it gives, why): "Noon" and "Midnight" capitalised, as headings and notices write them.
CAPITAL_NOON = [
    ("Council meeting, Tuesday, March 3, Noon\n\nAll are welcome.", [dt.time(12)],
     "'Noon' ending its line after a date"),
    ("The plaque is unveiled on Tuesday, March 3 at Noon in the rotunda.", [dt.time(12)], "'at Noon' mid-sentence"),
    ("The vigil begins March 3 at Midnight.", [dt.time(0)], "'at Midnight'"),
    ("Blood drive: Friday, March 6, Noon to 5 p.m.", [dt.time(12)], "'Noon to 5 p.m.' as before"),
    ("Dr. Lena Noon will speak on March 3.", [], "a name is no clock"),
    ("Noon ET Thursday: the governor signs the budget.", [dt.time(12)], "'Noon' before its zone label"),
    ("Noon Friday - the mayor opens the bridge.", [dt.time(12)], "'Noon' before its weekday"),
    ("Dr. Lena Noon Fellowship talks on March 3.", [], "a name before another word is no clock"),
]


@pytest.mark.parametrize(("text", "times", "why"), CAPITAL_NOON, ids=[row[2][:50] for row in CAPITAL_NOON])
def test_capital_noon_is_twelve(text: str, times: list[dt.time], why: str) -> None:
    assert [m.time for m in find_mentions(text) if m.kind == "time"] == times, why
