"""A news site's stamp with its minute after a middle dot or a bullet, "lunes, 4 de abril de 2022 · 10:21" (issue
#10, "Stamps"): the line that says when the story went up, not an event. A dash or a bar before the minute was read as
a stamp already; a middle dot was not, so the stamp's 10:21 became the time of the first paragraph under it and the
paragraph's own "a las 11.15" was lost. A meeting's line ("· 10:30", on the five minutes) stays an event. Seen in
world-sixtyninth (an Argentine news site's programme of a state visit); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _times(text: str) -> list[tuple[int, int]]:
    return sorted((e.start.hour, e.start.minute) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_spanish_stamp_with_a_middle_dot() -> None:
    text = ("El intendente inaugura el puente\n\nSource: Diario de Cuyo\n\nmiércoles, 11 de marzo de 2026 · 08:47\n\n"
            "El intendente inaugurará el puente sobre el arroyo a las 11:00 en el barrio San Martín.\n")
    assert _times(text) == [(11, 0)]


def test_english_stamp_with_a_bullet() -> None:
    text = ("Council opens the new library\n\nSource: Riverside Courier\n\nThursday, 12 March 2026 • 16:03\n\n"
            "The mayor will open the new library at 2:00 p.m. in the old mill building.\n")
    assert _times(text) == [(14, 0)]


def test_a_meeting_line_with_a_middle_dot_stays() -> None:
    text = ("Public hearing on the budget\n\nSource: Town of Easton\n\nTuesday, 17 March 2026 · 10:30\n"
            "Public hearing on the town budget, council chamber, Easton Town Hall.\n")
    assert _times(text) == [(10, 30)]
