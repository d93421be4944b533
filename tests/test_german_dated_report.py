"""A German report with no stamp: a dated day opening its sentence (after a short phrase at most), then the finite verb
German puts second, in the preterite ("am 2. Oktober 2018, baten die Botschafter zum Empfang", "Am 3. Mai 2019
eröffnete der Minister"): what was done then, no event (issue #10, "not an event"), as the French passé composé
opening a report is. Seen in world-hundredfortysecond (an embassy's lunch reception for its national day, told in the
past by a diplomatic newsletter, was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 12, 1)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(body: str) -> str:
    return f"Empfang in Graz\n\nSource: Generalkonsulat\n\n{body}\n"


def test_phrase_then_day_then_preterite() -> None:
    assert _days(_item("Zum Nationalfeiertag, am 5. Juni 2019, luden die Konsulin und ihr Stellvertreter zu einem "
                       "Abendempfang in die Grazer Burg.")) == []


def test_day_opening_then_weak_preterite() -> None:
    assert _days(_item("Am 12. März 2020 eröffnete der Generalkonsul die Ausstellung im Grazer Kunsthaus.")) == []


def test_present_of_a_plan_stays() -> None:
    assert _days(_item("Am 12. März 2027 laden die Konsulin und ihr Stellvertreter zu einem Abendempfang in die "
                       "Grazer Burg.")) == ["2027-03-12"]
