"""A photo's caption in the form who, a comma, the day, where at most, closed by its credit in brackets ("Jean-Marc
Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure. AFP)", "(Foto: dpa)"): the day the picture was
taken, not an event. Seen in the pages-p54 work, in a Libération story of the goose3 test folder the set's Le Figaro
page comes from. Texts of our own, run through `extract`."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2012, 10, 27)


def starts_of(body: str) -> list[str]:
    text = f"Avis\n\nPublié le 27 octobre 2012\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else str(e.start)
            for e in extract(text, source="t", reference=REFERENCE, default_zone="Europe/Paris",
                             zone_given=True).events]


@pytest.mark.parametrize(("body", "why"), [
    ("Jean-Marc Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure. AFP)", "French, credit of a name"),
    ("Martine Aubry, le 26 octobre 2012 à Toulouse (Photo: Lionel Bonaventure/AFP)", "with a colon and a slash"),
    ("Angela Merkel, am 27. Oktober 2012 in Berlin (Foto: dpa)", "German, an agency"),
])
def test_a_caption_closed_by_a_credit_is_no_event(body: str, why: str) -> None:
    assert starts_of(body) == [], why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Le festival, le 3 novembre à 20h à Toulouse (Photo DR)", ["2012-11-03 20:00"], "a clock: no caption's form"),
    ("Concert le 3 novembre à 20h (photos de l'édition précédente)", ["2012-11-03 20:00"], "no credit"),
])
def test_other_brackets_leave_the_day(body: str, expected: list[str], why: str) -> None:
    assert starts_of(body) == expected, why
