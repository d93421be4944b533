"""Clocks said once to be kept every day of a run ("Um 10 Uhr und um 15 Uhr führt jeden Tag ..."), on its first
day, with the later days told one by one without a clock ("Am 5. Mai folgen ..."): each of those days at each of the
clocks, its own entry of the programme (it was a day event). Hours told as a range are opening hours, lent to no
day; a day outside the run keeps no clock. Only a day whose sentence tells a turn of the programme ("folgen", "an der
Reihe", "übernimmt") takes the clocks: a day with an event of its own ("tagt", "findet ... statt") keeps its own
untimed entry. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Rathaus Musterstadt: offene Türen

Source: Gemeindekanzlei Musterstadt (Mitteilung)

publiziert: Montag, 4. Mai 2037 / 08:10 Uhr

Musterstadt - Täglich von 9 bis 18 Uhr steht das Rathaus vom 4. bis 10. Mai offen.

{daily} Am 4. Mai waren dies Gemeinderätin Vera Probst und Gemeinderat Max Kolb.

{later}
"""


def _starts(daily: str, later: str, words: str) -> list[str]:
    events = extract(ITEM.format(daily=daily, later=later), source="rathaus", reference=dt.date(2037, 5, 4),
                     default_zone="UTC").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else e.start.isoformat()
                  for e in events if words in e.sentence)


@pytest.mark.parametrize(("daily", "later", "words", "expected", "why"), [
    ("Um 10 Uhr und um 15 Uhr führt jeden Tag ein Ratsmitglied durch das Haus.",
     "Am 5. Mai folgen Gemeinderätin Lena Wyss und Gemeinderat Tim Roth, am 6. Mai Gemeinderat Paul Egli.", "Wyss",
     ["2037-05-05 10:00", "2037-05-05 15:00", "2037-05-06 10:00", "2037-05-06 15:00"],
     "the later days each at the two daily clocks"),
    ("Um 16 Uhr liest jeden Tag eine Autorin im Ratssaal.",
     "Am 7. Mai ist die Autorin Mira Kern an der Reihe.", "Kern",
     ["2037-05-07 16:00"], "one daily clock"),
    ("Um 16 Uhr liest jeden Tag eine Autorin im Ratssaal.",
     "Am 9. Mai übernimmt die Autorin Mira Kern.", "Kern",
     ["2037-05-09 16:00"], "a turn told with 'übernimmt'"),
    ("Um 10 Uhr und um 15 Uhr führt jeden Tag ein Ratsmitglied durch das Haus.",
     "Am 6. Mai tagt zudem der Kantonsrat in Bern.", "Kantonsrat",
     ["2037-05-06"], "a day of the run with an event of its own keeps its own untimed entry"),
    ("Um 10 Uhr und um 15 Uhr führt jeden Tag ein Ratsmitglied durch das Haus.",
     "Am 8. Mai findet auf dem Marktplatz das Frühlingsfest statt.", "Frühlingsfest",
     ["2037-05-08"], "a festival inside the run is no turn of the programme"),
    ("Um 16 Uhr liest jeden Tag eine Autorin im Ratssaal.",
     "Am 20. Mai tagt der Gemeinderat mit Mira Kern.", "Kern",
     ["2037-05-20"], "a day after the run keeps no clock"),
])  # fmt: skip
def test_later_days_of_a_run_take_its_daily_clocks(daily: str, later: str, words: str, expected: list[str],
                                                    why: str) -> None:
    assert _starts(daily, later, words) == expected, why
