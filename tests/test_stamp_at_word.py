"""A page's stamp that joins its day and its minute with the word for "at" or a slash ("vendredi, 12 juillet, 2024 à
19:03", "publiziert: Freitag, 1. Aug 2003 / 17:39 Uhr") is when the page was made, no event (issue #10, "Not
events": page stamps); the events below keep their days. A meeting at a minute on the five stays an event. Seen in
world-ninetieth (a parliament's communiqué and a parliamentary service's notice); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _starts(stamp: str, body: str) -> list[str]:
    text = f"Notice of the week\n\nSource: Parliament\n\n{stamp}\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("stamp", [
    "mercredi, 6 mars, 2024 à 18:47",
    "publiziert: Mittwoch, 6. März 2024 / 18:47 Uhr",
    "miércoles, 6 de marzo de 2024 a las 18:47",
])
def test_stamp_is_no_event(stamp: str) -> None:
    body = "Rabat – La commission se réunira le jeudi 7 mars 2024 à 10h."
    assert _starts(stamp, body) == ["2024-03-07 10:00"]


def test_a_time_on_the_five_stays_an_event() -> None:
    assert "2024-03-06 18:30" in _starts("mercredi, 6 mars, 2024 à 18:30", "Réception au Parlement.")
