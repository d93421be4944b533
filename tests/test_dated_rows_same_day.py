"""Two dated rows of one day in a programme of rows that open with their date, one with its time in the entry's
text, one with none: "21.10.2021 Frokostmøte" over "... (Stiftsgården, 08.30)" and "21.10.2021 Fast audiens" over
"Utenriksministeren mottas i audiens" (issue #10, "Layout": a royal court's programme gives each entry its own dated
line). The untimed row is an entry of its own, a day event, not the timed row's day told again; and a day's second
timed row takes its own dated line. Seen in world-ninetysixth (the King's audience of the Foreign Minister was lost in
the Crown Prince's breakfast of the same day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}",
                   e.summary) for e in extract(text, source="test", reference=_REFERENCE).events)


_PROGRAMME = ("Offisielt program\n\nSource: Slottet\n\n"
              "04.03.2026 Statsråd\nH.M. Kongen leder statsråd på Slottet (11.00).\n"
              "04.03.2026 Mottakelse\nH.M. Dronningen er vertinne for en mottakelse for frivillige (14.00).\n"
              "05.03.2026 Seminar\nH.K.H. Kronprinsen åpner et seminar om havforskning i Bergen (09.30).\n"
              "05.03.2026 Audiens\nH.M. Kongen mottar forsvarssjefen i audiens.\n")


def test_an_untimed_row_beside_a_timed_row_of_its_day_is_an_entry() -> None:
    events = _events(_PROGRAMME)
    assert ("2026-03-05", "Audiens") in events
    assert [at for at, _ in events if at.startswith("2026-03-05 ")] == ["2026-03-05 09:30"]


def test_two_timed_rows_of_a_day_make_no_day_event() -> None:
    events = _events(_PROGRAMME)
    assert [at for at, _ in events if at.startswith("2026-03-04")] == ["2026-03-04 11:00", "2026-03-04 14:00"]
