"""A day said as "today" opening a state ("From today, 12 March, residents can apply for the card online", "Desde
hoy, 12 de marzo, los vecinos pueden solicitar la tarjeta", "A partir de hoy,", "Dès aujourd'hui,"): the first day
of a service or rule, as "as of 1 March" is (parsers/standingdays.py), no event of its own. Issue #10, the forms left
by earlier sessions (a Spanish city's "Desde hoy" notice was published as an event on its day); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(body: str) -> list[str]:
    events = extract(f"Tarjeta\n\nSource: Ayuntamiento\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in events)


@pytest.mark.parametrize("body", [
    "Desde hoy, 12 de marzo, los vecinos pueden solicitar la tarjeta en la web.",
    "A partir de hoy, 12 de marzo, los vecinos pueden solicitar la tarjeta en la web.",
    "From today, 12 March, residents can apply for the card online.",
    "Dès aujourd'hui, 12 mars, les habitants peuvent demander la carte en ligne.",
])
def test_a_state_from_today_is_no_event(body: str) -> None:
    assert _days(body) == []


def test_a_sitting_on_the_day_stays() -> None:
    assert _days("El pleno se celebrará el 12 de marzo a las 10:00 en el salón de plenos.") == ["2026-03-12"]
