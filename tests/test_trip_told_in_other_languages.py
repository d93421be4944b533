"""A trip abroad told in French, German or Spanish ("effectuera une visite de travail à Cotonou du 4 au 6 juin. Il
sera reçu ... le jeudi 5 juin à 10h"): the visit is a visit, and the traveller's timed events during it that name no
place are on the clock of where it went, not of the item's town. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _clocks(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="trip", reference=dt.date(2031, 1, 1)).events
    return [(e.start.isoformat(), e.timezone) for e in events if not e.all_day]


def test_a_french_visit_abroad() -> None:
    text = ("Le président du Sénat en visite au Bénin\n\nSource: Sénat du Togo\n\nLomé, le 2 juin 2031\n\n"
            "Le président du Sénat effectuera une visite de travail à Cotonou du 4 au 6 juin. Il sera reçu par le "
            "président de l'Assemblée le mercredi 4 juin à 16h. Un point de presse est prévu à son retour, le "
            "samedi 7 juin à 11h, au Sénat.\n")
    assert _clocks(text) == [("2031-06-04T16:00:00+01:00", "Africa/Porto-Novo"),
                             ("2031-06-07T11:00:00+00:00", "Africa/Lome")]


def test_a_german_visit_abroad() -> None:
    text = ("Ministerin besucht Kenia\n\nSource: Landesregierung Musterland\n\nBerlin, 2. Juni 2031\n\n"
            "Die Ministerin reist vom 4. bis 6. Juni zu einem Besuch nach Nairobi. Sie trifft am Donnerstag, "
            "5. Juni, um 10 Uhr den Präsidenten.\n")
    assert _clocks(text) == [("2031-06-05T10:00:00+03:00", "Africa/Nairobi")]
