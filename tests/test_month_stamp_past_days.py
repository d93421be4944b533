"""A stamp that names only its month ("Publicado em abril de 2025") fixes no day: a day of that month told as done
("foi realizada nesta quinta-feira (24/4)", after the 15th that stands in for the stamp's day) was over when the
month's item was written, and is no event; the same day told as to come still is. Seen in world-hundredthirtyfifth
(a university's report under a month stamp); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(sentence: str, stamp: str) -> str:
    return (f"Semana de recepção aos calouros\n\nSource: Universidade Federal do Norte\n\n{stamp}\n\n{sentence}\n\n"
            "A reitora falou sobre os novos cursos.\n")


@pytest.mark.parametrize(("sentence", "stamp"), [
    ("A palestra de abertura do semestre foi realizada nesta quinta-feira (24/4), no auditório central da "
     "universidade, diante de professores e estudantes.", "Publicado em abril de 2025"),
    ("La conferencia inaugural fue celebrada el jueves 24 de abril en el auditorio central de la universidad.",
     "Publicado en abril de 2025"),
])
def test_day_of_the_stamped_month_told_as_done_is_no_event(sentence: str, stamp: str) -> None:
    assert _days(_item(sentence, stamp)) == []


def test_day_of_the_stamped_month_told_as_to_come_stays() -> None:
    sentence = ("A palestra de abertura do semestre será realizada nesta quinta-feira (24/4), no auditório central "
                "da universidade.")
    assert _days(_item(sentence, "Publicado em abril de 2025")) == ["2025-04-24"]
