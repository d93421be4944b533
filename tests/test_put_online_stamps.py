"""A French legislative file stamps each paper with the minute it was put online ("mis en ligne le ... à ...") and
names the laws by their day and their issue of the Journal officiel: none of these is an event, while the committee
meeting and the sitting in the same file are (issue #10, "real pages"; seen in a saved Assemblée nationale file).
The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(body: str) -> list[str]:
    found = extract(f"Dossier législatif\n\nSource: Assemblée\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime)
                  else f"{e.start}" for e in found)


def test_minute_put_online_is_no_event() -> None:
    body = ("Rapport n° 512 déposé le 9 mars 2022 (mis en ligne le 11 mars 2022 à 18 heures 40) : "
            "Texte de la commission (mis en ligne le 9 mars 2022 à 21 heures 10)")
    assert _events(body) == []


def test_put_online_after_a_comma_is_no_event() -> None:
    body = ("Rapport déposé le 2 mai 2022 par Mme Durand, rapporteure, mis en ligne le 3 mai 2022 à 17 heures 15, "
            "sous le n° 640")
    assert _events(body) == []


def test_committee_meeting_of_the_file_stays() -> None:
    body = ("Examen du texte au cours de la réunion du 9 mars 2022 à 9 heures 30 "
            "(mis en ligne le 10 mars 2022 à 12 heures 05)")
    assert _events(body) == ["2022-03-09 08:30"]  # Paris, CET


def test_law_and_its_journal_issue_are_no_events() -> None:
    body = ("Loi organique n° 2022-301 du 4 mars 2022 relative aux élections, publiée au Journal officiel du "
            "5 mars 2022")
    assert _events(body) == []
