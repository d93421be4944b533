"""A page's stamp that parts the day from its minute by the word for "at", "2021-05-17 às 13h45", atop an item
whose body dates its own events (issue #10, "Dates that are not events": publication stamps). Such a line, the
body's first dated one (a section's name, "Comunicados", may stand over it), is when the page was made: no event
at 13:45. Seen in world-ninetythird (a government's agenda in its parliament: "Comunicados" / "2021-05-17 às 13h45"
over "Terça-feira, dia 18" and its "10h30 ..." rows); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_stamp_over_a_week_agenda() -> None:
    text = ("Agenda da Câmara na semana de 6 a 10 de outubro\n\nSource: Câmara Municipal de Setúbal\n\nNotícias\n\n"
            "2025-10-03 às 16h30\n\nSegunda-feira, dia 6\n\n10h00 Reunião pública da Câmara.\n\n"
            "Quarta-feira, dia 8\n\n18h00 Assembleia Municipal.\n")
    assert _starts(text) == ["2025-10-06 10:00", "2025-10-08 18:00"]


def test_stamp_over_a_story_with_its_own_day() -> None:
    text = ("Reunião de Câmara\n\nSource: Câmara Municipal de Setúbal\n\n2025-10-03 às 16h30\n\n"
            "Na segunda-feira, 6 de outubro, às 10h00, reúne a Câmara no salão nobre.\n")
    assert _starts(text) == ["2025-10-06 10:00"]


def test_a_day_and_its_hour_alone_stay_the_event() -> None:
    # Nothing below dates anything: the line is the event's own day and hour.
    text = ("Reunião de Câmara\n\nSource: Câmara Municipal de Setúbal\n\n2025-10-06 às 10h00\n\n"
            "Reunião pública da Câmara no salão nobre dos Paços do Concelho.\n")
    assert _starts(text) == ["2025-10-06 10:00"]


def test_a_day_in_words_at_its_time_over_day_headings_is_an_event() -> None:
    text = ("Parliamentary week\n\nSource: A national assembly\n\n9 March 2027 at 11:00\n\n"
            "The Speaker opens the spring session with an address on the budget.\n\n"
            "Wednesday 10 March\n10:00 Committee on Health\n15:00 Question time\n")
    events = extract(text, source="test", reference=dt.date(2027, 3, 1)).events
    assert "2027-03-09 11:00" in [f"{e.start:%Y-%m-%d %H:%M}" for e in events]
