"""A legislative file lists its papers with the day each was filed: "Rapport n° 12 ..., déposé le 4 mars 2031",
"Texte n° 88 transmis au Sénat le 6 mars 2031", "Saisine en date du 9 mars 2031", "Antrag ... eingereicht am
2. März 2031". Those days say when a paper was filed, not that anything happens then; and "Cette page a été générée
le 12 mars 2031" stamps the page. The sittings the file names stay read (pages-p39: a Senate bill's file gave nine
events, each a paper's filing or the page's stamp). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Dossier législatif : projet de loi sur les ports

Source: Sénat

Published: 1 March 2031

{body}
"""


def _days(body: str) -> list[dt.date]:
    found = extract(ITEM.format(body=body), source="senat", reference=dt.date(2031, 3, 1),
                    default_zone="Europe/Paris").events
    return sorted({e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in found})


@pytest.mark.parametrize("body", [
    "Rapport n° 12 de M. Jean Martin, fait au nom de la commission des affaires sociales, déposé le 4 mars 2031",
    "Avis n° 7 de Mme Claire Petit, fait au nom de la commission des finances, déposé le 3 mars 2031",
    "Texte n° 88 (2030-2031) transmis au Sénat le 6 mars 2031",
    "Texte de la commission n° 90 déposée le 5 mars 2031",
    "Saisine en date du 9 mars 2031 par au moins soixante sénateurs",
    "Antrag der Fraktion, eingereicht am 2. März 2031",
    "Cette page a été générée le 12 mars 2031",
])
def test_a_filing_day_is_no_event(body: str) -> None:
    assert _days(body) == []


def test_the_sitting_of_the_file_stays_an_event() -> None:
    body = ("Rapport n° 12 de M. Jean Martin, déposé le 4 mars 2031\n\n"
            "Discussion en séance publique le 17 mars 2031 à 14 h 30")
    assert _days(body) == [dt.date(2031, 3, 17)]
