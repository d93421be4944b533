"""A contact line under a programme's last row ("Media contact: press office, +254 20 ...") is no venue of that row
(issue #10, "Layout"), though a comma and digits make it look like a street address. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _locations(text: str) -> list[str]:
    return [e.location for e in extract(text, source="test", reference=dt.date(2026, 12, 6)).events]


_PROGRAMME = ("Visit of the Under-Secretary-General\n\nSource: UN Information Centre\n\nDAKAR, 2 June 2022 - The"
              " Under-Secretary-General will visit Dakar on 4 and 5 June.\n\nSaturday, 4 June\n"
              "10:00     Meeting with civil society, UN House, Almadies\n\nSunday, 5 June\nDeparture\n\n")


def test_contact_line_is_not_the_last_rows_place() -> None:
    locations = _locations(_PROGRAMME + "Press contact: information officer, +221 33 869 0000\n")
    assert locations
    assert not any("+221" in where or "contact" in where.lower() for where in locations)


def test_an_address_line_still_places_the_row() -> None:
    locations = _locations(_PROGRAMME.replace("Departure\n", "Visit to the regional hub\n")
                           + "Route des Almadies, 10200\n")
    assert any("Almadies, 10200" in where for where in locations)
