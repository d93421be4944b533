"""A schedule row whose entry carries a note on how the press attends, after the entry's name in brackets or after a
spaced dash: "10:30–11:15 Opening session (pool registration required)", "14:00 Doorstep – sign-up needed" (issue #10,
"Layout" and "Not events"). The row is the entry at its time; the note does not make it a practicality. A row that
opens with the practicality ("09:00 Registration of delegates") is still none. Seen in world-eightyfourth (the OSCE
Ministerial Council's media page, whose doorstep, opening and closing plenaries were all dropped for their "pool
registration required" notes); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)

_HEAD = ("Media programme of the regional ministers' meeting\n\nSource: Test Secretariat\n\n"
         "RIGA, 2 March 2026 - The ministers of the region meet in Riga on 12 March 2026.\n\n"
         "Thursday, 12 March 2026\n\n")


def _rows(*rows: str) -> list[tuple[int, int, str]]:
    text = _HEAD + "\n\n".join(rows) + "\n"
    return sorted((e.start.hour, e.start.minute, e.summary) for e in
                  extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime))


def test_a_note_in_brackets() -> None:
    found = _rows("10:30–11:15 Opening session of the ministers (pool registration required)",
                  "12:00 Family photo")
    assert [(h, m) for h, m, _ in found] == [(10, 30), (12, 0)]


def test_a_note_after_a_spaced_dash() -> None:
    found = _rows("09:15 Arrival doorstep – sign-up for the pool needed", "12:00 Family photo")
    assert [(h, m) for h, m, _ in found] == [(9, 15), (12, 0)]


def test_a_tentative_row_with_its_note() -> None:
    found = _rows("15:40–16:10 (TBC) Closing press conference - accreditation badge required", "12:00 Family photo")
    assert [(h, m) for h, m, _ in found] == [(12, 0), (15, 40)]


def test_a_row_that_is_the_practicality_stays_out() -> None:
    found = _rows("08:00 Registration of delegates (badge desk, hall B)", "12:00 Family photo")
    assert [(h, m) for h, m, _ in found] == [(12, 0)]
