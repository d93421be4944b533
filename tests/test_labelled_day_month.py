"""A day and month with no year after a date's field label ("Data: 15/5 (quarta-feira)", "Fecha: 9/5", "Datum:
15.5.") is the field's date, as "on 15/5" is; alone, "15/5" may be a fraction or a score. And "Horário:", "Orario:",
"Quando:" are fields of when, as "Hora:" is, not what happens. (Met in our own texts in the style of a foreign
ministry's invitation to the press.) Texts of our own."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions
from tests.test_notevents import events_of, when


@pytest.mark.parametrize(("text", "day", "month"), [
    ("Data: 15/5 (quarta-feira)", 15, 5), ("Fecha: 9/5", 9, 5), ("Datum: 15.5.", 15, 5), ("Date: 03/06", 3, 6),
])
def test_a_labelled_day_and_month(text: str, day: int, month: int) -> None:
    found = [m for m in find_mentions(text, "dmy") if m.kind == "day"]
    assert [(m.first.day, m.first.month) for m in found if m.first] == [(day, month)]


@pytest.mark.parametrize("text", ["The vote passed 15/5 in committee.", "Date: 3/4 of the budget is spent",
                                  "When: 9.10 - 10.45"])  # (a range of the clock, found by review)
def test_no_label_or_words_after_it_is_no_date(text: str) -> None:
    assert not [m for m in find_mentions(text, "dmy") if m.kind == "day"]


def test_an_invitation_with_portuguese_fields() -> None:
    body = ("Brasília, 13 de maio de 2031\n\nEvento: Abertura do seminário de cooperação técnica\n"
            "Data: 15/5 (quinta-feira)\nHorário: 9h30\nLocal: Palácio Itamaraty, Sala Rio Branco")
    events = events_of(body, zone="America/Sao_Paulo")
    assert when(events) == ["2031-05-15 12:30"]
    assert "seminário" in events[0].summary
