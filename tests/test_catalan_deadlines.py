"""A Catalan deadline, "fins al 15 de gener", "com a màxim el 15 de gener", "data límit: 15 de gener" (issue #10, "not
events": deadlines): the last day to send something in, no event, as "hasta el", "jusqu'au" and "bis zum" are; the
ceremony the same notice announces stays. Seen in world-hundredeighth (a government's call for citizens' questions
"fins al 24 de novembre" before a live programme); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    text = f"Premis de la Vila\n\nSource: Comú\n\n02/12/2025\n\n{body}\n"
    return listed(text, _REFERENCE)


@pytest.mark.parametrize(
    "lead",
    ["Les inscripcions s'accepten fins al 15 de gener.",
     "Les inscripcions s'accepten com a màxim el 15 de gener.",
     "Data límit de les inscripcions: 15 de gener."],
    ids=["fins-al", "com-a-maxim-el", "data-limit"],
)
def test_catalan_deadline_is_no_event(lead: str) -> None:
    body = f"{lead} La cerimònia es farà el 20 de gener a les 18 hores a Andorra la Vella."
    assert _starts(body) == ["2026-01-20 18:00"]
