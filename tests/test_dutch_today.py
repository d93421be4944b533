"""Dutch "vandaag" (today) and "gisteren" (yesterday): the day of writing, as "heute" and "aujourd'hui" are (issue #10,
"Dates": relative days). A time given under it, "Aanvang: 13:00 uur", takes that day, not the day of a span told
before it. Seen in world-hundredthirtyfirst (a Surinamese delegation's online press conference, put on the first
day of its working visit); read where it opens the sentence or comes before its clock, not in "van vandaag" (of
today). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.dates import find_mentions
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_the_words_are_read() -> None:
    said = [(m.kind, m.offset) for m in find_mentions("Vandaag opent de minister de beurs. Gisteren was hij in Gent.",
                                                      "")]
    assert said == [("published", 0), ("published", -1)]


def test_today_before_its_clock() -> None:
    said = [(m.kind, m.offset) for m in find_mentions("De commissie vergadert vandaag om 14.00 uur.", "")]
    assert ("published", 0) in said


def test_of_today_is_no_day() -> None:
    """"de activiteiten van vandaag" (today's activities), "dus vandaag." (so, today): no day of their own."""
    said = find_mentions("Hieronder de activiteiten van vandaag. Er is alleen op dinsdag een zitting, dus vandaag.", "")
    assert not any(m.kind == "published" for m in said)


def test_a_time_under_today_takes_its_day() -> None:
    text = ("Minister geeft persconferentie in Paramaribo\n\nSource: Kabinet\n\nDinsdag 3 maart 2026\n\n"
            "De minister is van zondag 1 maart tot zaterdag 7 maart op werkbezoek in Nickerie. Vandaag geeft hij "
            "een persconferentie in Paramaribo.\n\n"
            "Aanvang: 10:00 uur.\n")
    assert "2026-03-03 10:00" in _starts(text)
    assert "2026-03-01 10:00" not in _starts(text)
