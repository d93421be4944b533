"""A full date opening its sentence, then the sentence's subject and a French passé composé: "Le lundi 24 octobre
2011, les agences ... ont célébré ensemble la Journée", under a stamp a month later. A report of that day, not an
event, as "On 3 March the Committee met" is in English. Seen in world-ninetyfourth (a regional office's account of
UN Day in Libreville). The texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_opening_date_then_passe_compose_is_a_report() -> None:
    text = ("La Journée de l'Europe à Lomé\n\nSource: Bureau de test\n\n30 mai 2018\n\nLe mercredi 9 mai 2018, "
            "les ambassades et le ministère de la Culture ont célébré ensemble la Journée de l'Europe au Palais "
            "des congrès.\n")
    assert _starts(text) == []


def test_opening_date_then_future_stays_an_event() -> None:
    text = ("La Journée de l'Europe à Lomé\n\nSource: Bureau de test\n\n2 mai 2018\n\nLe mercredi 9 mai 2018, "
            "les ambassades et le ministère de la Culture célébreront ensemble la Journée de l'Europe au Palais "
            "des congrès.\n")
    assert _starts(text) == ["2018-05-09"]


def test_a_passe_compose_in_a_relative_clause_is_not_the_days() -> None:
    text = ("Visite à Lyon\n\nSource: Bureau de test\n\n20 mars 2026\n\nLe mercredi 18 mars 2026, la ministre se rend "
            "à Lyon, où elle a été invitée par le maire, et inaugure à 11h le nouveau musée.\n")
    assert _starts(text) == ["2026-03-18 11:00"]


def test_an_english_a_is_no_french_auxiliary() -> None:
    text = ("Ministers' meeting\n\nSource: Test office\n\n27 March 2026\n\nThursday 26 March 2026, the ministers meet "
            "in the council chamber and will adopt a communiqué on maritime security.\n")
    assert _starts(text) == ["2026-03-26"]
