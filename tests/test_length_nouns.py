"""A figure of hours beside a noun of length is how long something lasts, not when it starts: "com duração de
1h30min", "com 2h de duração", "con una duración de 1h30", "d'une durée de 2h" (issue #10, the forms left by earlier
sessions: a Portuguese municipality's workshop "com duração de 1h30min" was put at 01:30, seen in
world-eightysixth). The verbs of lasting ("lasts 1h30", "Dauer: 1,5 Std.") were read already (parsers/lengths.py);
the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("A oficina acontece no dia 12 de março, às 14h, na biblioteca municipal, com duração de 1h30min.",
     ["2026-03-12 14:00"], "the noun and its 'de' before the figure"),
    ("A palestra será no dia 12 de março, às 10h, no auditório, com 2h de duração.",
     ["2026-03-12 10:00"], "the figure before 'de duração'"),
    ("A oficina, com duração de 1h30, acontece no dia 12 de março na biblioteca.",
     ["2026-03-12"], "a length and no clock: the day alone"),
    ("El taller se celebrará el 12 de marzo a las 18:00 en la biblioteca, con una duración de 1h30.",
     ["2026-03-12 18:00"], "Spanish"),
    ("L'atelier aura lieu le 12 mars à 15h à la médiathèque, pour une durée de 2h.",
     ["2026-03-12 15:00"], "French"),
])
def test_a_length_is_not_a_start(body: str, expected: list[str], why: str) -> None:
    assert _starts(f"Oficina\n\nSource: Câmara Municipal\n\n{body}\n") == expected, why


def test_a_clock_beside_other_words_of_a_noun_stays() -> None:
    """'de 10h às 12h': a span of clocks, with no noun of length, is still read."""
    text = ("Oficina\n\nSource: Câmara Municipal\n\n"
            "A oficina acontece no dia 12 de março, das 10h às 12h, na biblioteca.\n")
    assert _starts(text) == ["2026-03-12 10:00"]
