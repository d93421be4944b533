"""A row of a card's fields that say only when and where ("Date: 3-4 April 2025 | Venue: Nairobi, Kenya | Time:
9am–5pm EAT") is titled by what the title names, with the venue, not by the field labels ("Venue: Nairobi, Kenya,
Time"); and a dash the date leaves before a comma goes with it ("Point de presse du ministre — jeudi 5 décembre 2024 à
14h30 (heure de Paris), salle de presse" is "Point de presse du ministre, salle de presse"). Found by probes written
in session 44; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _summaries(title: str, source: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: {source}\n\n{body}\n"
    return [e.summary for e in extract(text, source="test", reference=dt.date(2024, 1, 15)).events]


def test_a_row_of_when_and_where_fields_takes_the_title() -> None:
    summaries = _summaries("Regional dialogue on water", "UN-Habitat",
                           "Date: 3-4 April 2025 | Venue: Nairobi, Kenya | Time: 9am–5pm EAT")
    assert summaries
    assert all("Regional dialogue on water" in s and "Nairobi" in s and "Time" not in s for s in summaries)


def test_the_dash_before_a_comma_goes_with_the_date() -> None:
    body = ("Point de presse du ministre — jeudi 5 décembre 2024 à 14h30 (heure de Paris), salle de presse du Quai "
            "d'Orsay.")
    summaries = _summaries("Point de presse", "Ministère de l'Europe et des Affaires étrangères", body)
    assert summaries
    assert all("—" not in s for s in summaries)
