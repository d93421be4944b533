"""History told with a journey's verb after its subject's aside ("The Minister, Dr. Jane Roe, left the country on
Saturday 3rd May 2031"), and a day "last year" ("was appointed on March 3 last year"): days gone by, no events,
whatever the stamp. (Seen in a prime minister's travel note and in a note on a prime minister's year in office.)
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"The Minister's week\n\nSource: Example Office\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start)[:10] for e in events)


TRIP = ("The Minister of Trade, Dr. Jane Roe, {verb} the country on Saturday 3rd May 2031 for a round of talks.\n\n"
        "On Tuesday 6th May 2031 she meets the regional trade council in Kingstown.")


@pytest.mark.parametrize("verb", ["left", "departed", "flew out of"])
def test_a_journey_told_in_the_past_after_an_aside_is_history(verb: str) -> None:
    assert _days(TRIP.format(verb=verb)) == ["2031-05-06"]


def test_a_journey_to_come_stays() -> None:
    assert _days(TRIP.format(verb="leaves").replace("Saturday 3rd", "Sunday 4th")) == ["2031-05-04", "2031-05-06"]


@pytest.mark.parametrize("told", [
    "He was appointed on March 3 last year with the support of three parties.",
    "The prize was first given on 3 March of last year.",
    "Le prix a été remis le 3 mars de l'année dernière.",
])
def test_a_day_of_last_year_is_gone_by(told: str) -> None:
    assert _days(f"Posted 2031-03-02\n\nThe Prime Minister addresses the nation on Tuesday 4 March 2031.\n\n{told}") \
        == ["2031-03-04"]
