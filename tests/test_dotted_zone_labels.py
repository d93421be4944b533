"""Zone labels spelt as initials, "11.00 AM (C.E.T)", "4 p.m. G.M.T.", "09:00 E. A. T." (issue #10, "Zone"): the
clock the label names, as for "CET", "GMT", "EAT". Seen in world-hundredfifth (a tribunal's scheduling order "at
11.00 AM (C.E.T)" read on the clock of the country in its name); the texts are ours. Initials that spell no label,
or that follow no clock, are left as they are."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dottedzones import plain_zone_labels

_REFERENCE = dt.date(2026, 1, 10)


def _utc_starts(text: str) -> list[str]:
    """The timed events' starts in UTC, "YYYY-MM-DD HH:MM"."""
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_dotted_gmt_after_a_meridiem() -> None:
    # Nairobi's office, but the webinar's clock is the one its label names.
    text = ("Webinar on drought financing\n\nSource: Regional Office for Eastern Africa, Nairobi\n\n"
            "The office holds an online briefing for editors on Tuesday 3 March 2020 at 2 p.m. G.M.T.\n")
    assert _utc_starts(text) == ["2020-03-03 14:00"]


def test_dotted_eat_with_spaces_and_a_final_dot() -> None:
    text = ("Launch of the harvest survey\n\nSource: Liaison Office in Geneva\n\n"
            "The survey is presented online from Geneva on 5 May 2021 at 09:00 E. A. T. to the country teams.\n")
    assert _utc_starts(text) == ["2021-05-05 06:00"]


def test_dotted_cet_in_brackets_keeps_summer_time() -> None:
    # As "(CET)" is read in August: the Central European clock, then on summer time.
    text = ("Decision to be read out\n\nSource: Appeals Panel of the Eastern Caribbean Commission\n\n"
            "Port of Spain, 2 July 2020 - The panel sitting in Port of Spain will read out its decision "
            "at 10.00 AM (C.E.T.) on Thursday 6 August 2020.\n")
    assert _utc_starts(text) == ["2020-08-06 08:00"]


def test_initials_that_spell_no_label_stay() -> None:
    text = ("Reception\n\nSource: Office in Nairobi\n\n"
            "A reception for the U.N.O. delegation is held in Nairobi on 12 March 2020 at 6 p.m. U.N.O. staff "
            "are invited.\n")
    assert _utc_starts(text) == ["2020-03-12 15:00"]


def test_initials_after_a_number_that_is_no_clock_stay() -> None:
    assert plain_zone_labels("Section 3 P.S.T. (Public Service Transport)") == \
        "Section 3 P.S.T. (Public Service Transport)"
    assert plain_zone_labels("at 14:30 C.E.T.") == "at 14:30 CET"
