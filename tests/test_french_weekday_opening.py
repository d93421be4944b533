"""A French weekday opening its sentence and set off by a comma ("Mardi, la Chambre tiendra ...") or followed by
"prochain" ("mardi prochain") is the next such weekday from the item's day; a clock in the next paragraph is that day's
(issue #10, "Date"). A list of weekdays ("Mardi, jeudi et samedi") and a heading with its date stay as before. Seen in
world-ninetieth (a parliament's communiqué of a Thursday on Tuesday's sitting); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    text = f"Séance plénière\n\nSource: Chambre\n\n5 mars 2026 - 16:42\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_weekday_opening_the_sentence() -> None:
    body = ("Mardi, la Chambre tiendra une séance plénière consacrée aux questions orales.\n\n"
            "Selon le communiqué, la séance débutera à 10h30 à Rabat.")
    assert _starts(body) == ["2026-03-10 10:30"]


def test_weekday_then_prochain() -> None:
    assert [m.weekday for m in find_mentions("La commission se réunira mardi prochain au Parlement.")] == [1]


@pytest.mark.parametrize("text", ["Mardi, jeudi et samedi : permanence des élus.", "Mardi, 25 novembre"])
def test_lists_and_headings_keep_their_reading(text: str) -> None:
    assert not [m for m in find_mentions(text) if m.kind == "weekday"]
