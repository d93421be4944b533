"""A full date in a sentence that says something "took place" on it ("The seminar took place on 4 June 2031 at the
institute"), with no stamp to weigh it against, is a report of what happened, as "held the forum on" is; a date
that "will take place" stays an event. (Seen in a statistics agency's report of its press conference.) Texts of
our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"Seminar on survey methods\n\nSource: Example Statistics Office\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Asia/Dushanbe").events
    return sorted(str(e.start)[:10] for e in events)


def test_what_took_place_on_a_full_date_is_a_report() -> None:
    body = ("A seminar for survey staff took place on 4 June 2031 at the institute's main hall.\n\n"
            "The director spoke about sampling and answered questions from the regions.")
    assert "2031-06-04" not in _days(body)


def test_what_will_take_place_stays_an_event() -> None:
    body = ("A seminar for survey staff will take place on 4 June 2031 at the institute's main hall.\n\n"
            "The director will speak about sampling and answer questions from the regions.")
    assert "2031-06-04" in _days(body)
