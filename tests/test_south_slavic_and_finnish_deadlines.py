"""Deadlines told in Croatian (and Serbian, Bosnian) with the weekday in the genitive after "do" ("do srijede, 4.
ožujka"), and in Finnish with the postposition "mennessä" after the day and its clock ("10.6.2031 klo 16.00
mennessä") are no events (issue #10, "Deadlines"). Seen in world-hundredfirst (a ministry's accreditation deadline
and a government's registration deadline were published as events); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2031, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_croatian_accreditation_by_wednesday() -> None:
    text = ("Konferencija o kibernetičkoj sigurnosti\n\nSource: Ministarstvo\n\n"
            "Konferencija će se održati 12. ožujka 2031. u Splitu. Novinari se za praćenje konferencije moraju "
            "prijaviti do srijede, 5. ožujka 2031., e-poštom.\n")
    assert _days(text) == ["2031-03-12"]


def test_serbian_registration_by_friday() -> None:
    text = ("Sednica saveta\n\nSource: Ministarstvo\n\n"
            "Sednica će biti održana 20. maja 2031. u Beogradu. Mediji se prijavljuju do petka, 16. maja 2031.\n")
    assert _days(text) == ["2031-05-20"]


def test_finnish_registration_by_day_and_clock() -> None:
    text = ("Tiedotustilaisuus\n\nSource: Ministeriö\n\n"
            "Raportti julkistetaan tiistaina 17.6.2031 kello 10.00 Säätytalolla Helsingissä. "
            "Toimittajia pyydetään ilmoittautumaan 16.6.2031 klo 12.00 mennessä.\n")
    assert _days(text) == ["2031-06-17"]
