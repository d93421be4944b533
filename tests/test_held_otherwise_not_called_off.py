"""A sitting said not to be held in one place or way but in another ("will not take place in the chamber but online",
"non si terrà in presenza ma in videoconferenza", "no se celebrará en el salón sino en el auditorio") is held: it is
not published as cancelled. A sitting taken off its day ("not on 14 May but on 21 May") or plainly called off still
is. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED
from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _statuses(line: str) -> list[tuple[str, str]]:
    text = f"Notice\n\nSource: Town\n\nPublished 20 April 2026\n\n{line}\n"
    return [(f"{e.start:%Y-%m-%d}", e.status) for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "The council meeting on 14 May at 5 pm will not take place in the chamber but online.",
    "La riunione del consiglio del 14 maggio alle 17:00 non si terrà in presenza ma in videoconferenza.",
    "La sesión del pleno del 14 de mayo a las 17:00 no se celebrará en el salón de plenos sino en el auditorio.",
    "Sesja rady gminy 14 maja o godz. 17:00 nie odbędzie się w sali ratusza, lecz w domu kultury.",
    "La séance du 14 mai à 17h n'aura pas lieu à la mairie mais à la salle des fêtes.",
])
def test_held_elsewhere_is_not_cancelled(line: str) -> None:
    statuses = _statuses(line)
    assert statuses
    assert all(status != CANCELLED for _, status in statuses)


@pytest.mark.parametrize("line", [
    "La commissione urbanistica del 14 maggio alle 17:00 non si terrà.",
    "The council meeting on 14 May at 5 pm will not take place, but a written procedure is open.",
])
def test_called_off_stays_cancelled(line: str) -> None:
    assert _statuses(line)[0] == ("2026-05-14", CANCELLED)
