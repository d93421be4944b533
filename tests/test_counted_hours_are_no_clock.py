"""Four figures before "hours" are the wire's clock ("at 1500 hours on Saturday"), unless the words around them make
them a count of hours: "1500 hours a year", "2000 hours of service", "more than 1000 hours". Texts in our own words."""

from __future__ import annotations

from tests.conftest import listed

_HEAD = "Working time\n\nSource: Assembly of the Isles\n\nIssued 2 March 2027\n\n"


def test_a_yearly_count_of_hours_gives_no_time() -> None:
    text = _HEAD + "The committee votes on Tuesday 9 March on the bill capping overtime at about 1500 hours a year.\n"
    assert listed(text) == ["2027-03-09"]


def test_hours_of_something_and_more_than_are_counts() -> None:
    text = _HEAD + ("Cadets put in more than 2000 hours of drill before the passing-out parade on Friday 12 March.\n"
                    "Their instructors logged nearly 1200 hours last term, the Speaker will say on Monday 15 March.\n")
    assert listed(text) == ["2027-03-12", "2027-03-15"]


def test_the_wire_clock_is_still_read() -> None:
    text = _HEAD + ("The parade starts at 1500 hours on Saturday 13 March.\n"
                    "Briefings follow at 0800 hours of Monday 15 March.\n")
    assert "2027-03-13 15:00" in listed(text)
    assert "2027-03-15 08:00" in listed(text)


def test_clocks_told_with_of_or_as_of_stay_clocks() -> None:
    text = _HEAD + ("The wreath-laying is at 1500 hours of March 12, 2027 at the cenotaph.\n"
                    "The salute is taken at 1430 hours of the same day, after the parade.\n")
    assert listed(text) == ["2027-03-12 14:30", "2027-03-12 15:00"]
