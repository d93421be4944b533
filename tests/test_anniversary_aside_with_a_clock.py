"""The day of an anniversary set beside its name in brackets or dashes is the day of what the sentence announces when
the sentence gives its clock ("celebrates its 50th anniversary (3 May) with a gala dinner at 7 pm"): the gala is then,
not on the item's date. And "seinen ersten", "ihren nächsten" name no birthday (a number's ordinal does: "seinen
Hundertsten"). Issue #10, "Not events", and the event kept. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(said: str) -> list[str]:
    text = f"Club news\n\nSource: Rowing Club\n\nJanuary 8, 2026\n\n{said}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("said", [
    "The club celebrates its 50th anniversary (3 May) with a gala dinner at 7 pm in the boathouse.",
    "The club marks its 50th anniversary – 3 May – with a gala dinner at 7 pm in the boathouse.",
    "Der Verein feiert sein 50. Jubiläum (3. Mai) mit einem Festabend um 19 Uhr im Bootshaus.",
])
def test_the_aside_with_a_clock_is_the_days_event(said: str) -> None:
    assert _starts(said) == ["2026-05-03 19:00"]


def test_an_ordinal_not_a_number_names_no_birthday() -> None:
    assert _starts("Der Chor gibt seinen ersten – am 3. Mai – Auftritt im Dom.") == ["2026-05-03"]
