"""A wire's dateline whose agency stands between slashes after the date, spaced or not and closed by a full stop,
as the agencies of Central Asia and the Caucasus write it: "Bishkek, March 4, 2021 / Kabar /.", "Tashkent, May 12,
2022 /UzA/.", "Dushanbe, 7 June 2019 . / Khovar /.". The date is the day the story was filed, not an event; the
story's own days stay. (Found in world-fiftyfifth item 12, a foreign minister's briefing on a state visit.) Texts of
our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"A visit next week\n\nSource: Example Ministry\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start)[:10] for e in events)


@pytest.mark.parametrize(("dateline", "later"), [
    ("Bishkek, March 4, 2021 / Kabar /. ", "2021-03-11"),
    ("Tashkent, May 12, 2022 /UzA/. ", "2022-03-11"),
    ("Dushanbe, 7 June 2019 . / Khovar /. ", "2019-03-11"),
    ("ASTANA, 3 October 2023 / Kazinform /. ", "2023-03-11"),
])
def test_the_dated_slashed_agency_dateline_is_no_event(dateline: str, later: str) -> None:
    year = later[:4]
    body = (f"{dateline}The foreign minister told a news briefing that the president will pay a state visit to "
            f"the neighbouring republic on 11-12 March {year}.")
    assert _days(body) == [later]  # the visit, one event over its two days


def test_a_date_between_slashes_is_not_an_agency() -> None:
    """"Bishkek, March 4, 2021 / 10:00 /": no agency's name, no dateline to drop."""
    assert _days("The working group meets in Bishkek on March 4, 2021 / room 2 /. Members are asked to attend.") \
        == ["2021-03-04"]
