"""A 24-hour clock of four figures after "at" may end its clause with a comma: "on April 26, 2027 at 1730, and media
are invited" (issue #10, "Time forms": military press offices write "at 1730" as "at 17:30"; the comma that closes
the clause is not a thousands' comma, which a digit follows). Seen in world-hundredfirst (a command's media advisory
read as a day with no time); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import listed, timed_starts_of

_REFERENCE = dt.date(2027, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_clause_comma_after_the_clock() -> None:
    text = ("Media invited to change of command ceremony\n\nSource: Joint Support Command\n\n"
            "STUTTGART, Germany -- The commander will hand over command at Patch Barracks on May 14, 2027 at 1030, "
            "and media are invited to attend.\n")
    assert _starts(text) == ["2027-05-14 10:30"]


def test_clock_then_comma_then_place() -> None:
    text = ("Band concert\n\nSource: Garrison Public Affairs\n\n"
            "The garrison band plays on Friday, June 4, 2027 at 1845, on the parade field of Patch Barracks.\n")
    assert _starts(text) == ["2027-06-04 18:45"]


def test_a_list_of_figures_or_a_value_after_at_is_no_clock() -> None:
    # (review: a list of prices or a count after "at" and a comma is no 24-hour clock)
    for sentence in ("Tickets for the gala on 12 May 2027 are priced at 1500, 1000 and 500 rupees.",
                     "On 12 May 2027 the number of evacuees stands at 1200, the agency said.",
                     "The fees from 12 May 2027 are at 1500, 1000 or 800 a year."):
        assert not any(":" in day for day in listed(f"Notice\n\nSource: A civil defence office\n\n{sentence}\n"))
