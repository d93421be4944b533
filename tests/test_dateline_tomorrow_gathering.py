""""Tomorrow" opening a story after its dateline's dash with a counted crowd as its subject ("ABU DHABI, 24th Jun,
2031 (WAM) - Tomorrow more than 300 delegates gather ...") is the day after the dateline's, and a first clause that
names "the Agency's two-day high-level meeting" as what someone chairs stretches it; "the one instrument ready today"
is no day (world-fortyfifth 13: the council was read on the dateline's day, from the quote's "today"). Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Agency council

Source: Energy Agency

{body}
"""


def _days(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="agency", reference=dt.date(2031, 6, 1), default_zone="UTC").events
    return [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events
            if e.all_day]


def test_tomorrow_with_a_counted_crowd_after_a_dateline() -> None:
    body = ("ABU DHABI, 24th Jun, 2031 (WAM) - Tomorrow more than 300 delegates from 100 countries gather in Abu Dhabi "
            "for the Council of the Energy Agency.\n\n"
            "Norway chairs the Agency's two-day high-level meeting, which comes a week before the climate talks.\n\n"
            "The Director-General said that clean power is the one tool ready today to meet the goals.")
    assert _days(body) == [("2031-06-25", "2031-06-26")]


def test_a_count_in_a_sentence_of_its_own_without_chairing_is_left() -> None:
    body = ("ABU DHABI, 24th Jun, 2031 (WAM) - Tomorrow more than 300 delegates gather in Abu Dhabi for the "
            "Council.\n\nLast year the two-day meeting drew fewer delegates.")
    assert _days(body) == [("2031-06-25", "2031-06-25")]
