"""A day that names what the sentence's act is for ("abre nesta segunda-feira as inscrições para a prova de 14 de
março"): the act is on the weekday, and when what it is for is a thing that happens (an exam, a match, a parade),
that is an event of its own on its day; a document or a deadline named by its day is none ("o edital de 14 de
março"). Seen in a Brazilian university's notice (dating._for_the_dated); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(sentence: str) -> list[str]:
    text = ("Inscrições abertas\n\nSource: Universidade Estadual do Sul\n\nPublicado em 2 de março de 2026\n\n"
            f"{sentence}\n")
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_exam_named_by_its_day_is_an_event() -> None:
    assert _days("A universidade abre nesta segunda-feira as inscrições para a prova de 14 de março, que avalia a "
                 "proficiência em língua inglesa dos candidatos ao mestrado.") == ["2026-03-02", "2026-03-14"]


def test_document_named_by_its_day_is_none() -> None:
    assert _days("A universidade abre nesta segunda-feira as inscrições para o edital de 14 de março, que trata "
                 "das bolsas do mestrado.") == ["2026-03-02"]
