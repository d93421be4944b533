"""A French passé composé of holding a gathering right before its day, only the place between them: "la société
civile a tenu à Dakar, à l'hôtel du Port, du mercredi 18 au jeudi 19 septembre 2019, un atelier" (issue #10, "not an
event"). Seen in world-hundredthirtysixth: a Senegalese social forum's report of a workshop already held, with no
stamp, published the workshop. A plan's participle ("a fixé au 3 mai") or a future in the sentence keeps the day;
the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


_HEAD = "Atelier des ONG\n\nSource: Forum des ONG\n\n"


def test_a_workshop_held_is_history() -> None:
    text = _HEAD + ("Pour préparer sa position, la plateforme des ONG a tenu à Thiès, à l'hôtel du Rail, du mardi 14 "
                    "au mercredi 15 octobre 2025, un atelier national sur la pêche artisanale.\n")
    assert _days(text) == []


def test_an_assembly_organised_is_history() -> None:
    text = _HEAD + ("Le réseau a organisé au centre culturel, le samedi 4 octobre 2025, son assemblée générale "
                    "annuelle.\n")
    assert _days(text) == []


def test_a_day_fixed_is_still_to_come() -> None:
    text = _HEAD + "Le bureau a fixé au samedi 14 mars 2026 l'assemblée générale annuelle du réseau, à Thiès.\n"
    assert _days(text) == ["2026-03-14"]


def test_a_future_in_the_sentence_keeps_the_day() -> None:
    text = _HEAD + ("Le réseau, qui a tenu à Thiès son dernier atelier, se réunira à Dakar du mardi 10 au mercredi 11 "
                    "mars 2026.\n")
    assert _days(text) == ["2026-03-10"]
