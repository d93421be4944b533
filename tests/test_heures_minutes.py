"""French clock times with the minutes after the word, "À 16 heures 30 :" (issue #10, "Times"): a senate's, a
council's or a ministry's programme writes the hour, "heures", then the minutes. Read as 16:30, the minutes kept out
of the title; "à 10 heures" alone stays on the hour, and a number that counts something after "heures" is no minute.
Seen in world-sixtyfifth (the Sénat's finance committee, whose four half-past hearings were each read half an hour
early, "30 :" opening their titles); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _events(text: str) -> list[tuple[dt.datetime, str]]:
    return [(e.start, e.summary) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_programme_row() -> None:
    text = ("Conseil municipal du 12 mars 2026\n\nSource: Ville de Nantes\n\nJeudi 12 mars 2026\n"
            "À 18 heures 30 : séance publique du conseil municipal, salle du conseil, hôtel de ville de Nantes.\n")
    [(start, summary)] = _events(text)
    assert (start.hour, start.minute) == (18, 30)
    assert not summary.startswith("30")


def test_in_a_sentence() -> None:
    text = ("Visite du ministre à Namur\n\nSource: Service public de Wallonie\n\nLe ministre visitera le port "
            "autonome de Namur le mardi 14 avril 2026 à 9 heures 15, puis rencontrera la presse.\n")
    assert [(s.hour, s.minute) for s, _ in _events(text)] == [(9, 15)]


def test_the_start_of_a_range() -> None:
    text = ("Assemblée générale de la coopérative\n\nSource: Coopérative agricole du Valais\n\nL'assemblée générale "
            "se tiendra le samedi 25 avril 2026 de 14 heures 30 à 16 heures à la salle polyvalente de Sion.\n")
    assert [(s.hour, s.minute) for s, _ in _events(text)] == [(14, 30)]


def test_a_number_that_counts_is_no_minute() -> None:
    text = ("Réunion des maires\n\nSource: Association des maires du Jura\n\nLe mercredi 6 mai 2026 à 10 heures "
            "15 maires du canton se réuniront à la mairie de Lons-le-Saunier.\n")
    assert [(s.hour, s.minute) for s, _ in _events(text)] == [(10, 0)]


def test_minutes_before_the_words_that_go_on_with_the_sentence() -> None:
    """'à 16 heures 30 en présence du préfet', '... avec le préfet', '... précises': the minutes, then the sentence."""
    for words in ("en présence du préfet", "avec le préfet", "précises, en présence du préfet"):
        text = ("Inauguration de la médiathèque\n\nSource: Ville de Dole\n\nLe jeudi 10 décembre 2026 à 16 heures 30 "
                f"{words}, le maire inaugure la médiathèque.\n")
        assert [(s.hour, s.minute) for s, _ in _events(text)] == [(16, 30)], words
