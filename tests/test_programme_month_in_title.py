"""A programme whose title names its month alone ("Mayo en el Ateneo", "June at the Library", "Agenda de mayo") puts
its days given by their number alone ("el día 3", "el 20", "on the 14th") in that month, though it was written the
month before: they had been put in the month of writing, or in the month after the last day named. A title's month
that is no programme's ("March for Science") counts for nothing, nor one far from the day of writing. Seen in
world-hundredtwentyfifth (a national library's monthly programme); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.programmemonth import titled_month


def _days(title: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: Ateneo\n\nPublicado el 24 de abril de 2026\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=dt.date(2026, 4, 24)).events)


def test_the_programmes_days_are_in_its_month() -> None:
    body = ("Noche de poesía, día 28: recital a las nueve de la noche.\n\nOtras citas del mes:\n"
            "- Charla sobre archivos el día 5 a las siete de la tarde.\n"
            "- Concierto de guitarra el 9, a las 19 horas.")
    assert _days("Mayo en el Ateneo: recitales y charlas", body) == ["2026-05-05", "2026-05-09", "2026-05-28"]


@pytest.mark.parametrize(("title", "month"), [
    ("Mayo en el Ateneo: recitales y charlas", dt.date(2026, 5, 1)),
    ("June at the Library", dt.date(2026, 6, 1)),
    ("Agenda de mayo", dt.date(2026, 5, 1)),
    ("March for Science returns", None),
    ("Septiembre en el Ateneo", None),  # five months ahead: no programme of the coming weeks
])
def test_the_titles_month(title: str, month: dt.date | None) -> None:
    assert titled_month(title, dt.date(2026, 4, 24)) == month
