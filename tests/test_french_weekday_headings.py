"""A French weekday alone on its line over the hours under it ("Samedi" / "11h, 15h" / "Dimanche" / "14h"), as a
museum's weekend programme sets them, is that day of the weekend the item named ("le samedi 9 mai et le dimanche 10
mai"), also when the sentence that named the two days runs on into the next ("... 10 mai 2026. Entrée libre."): the
headings were no mention in French, and, made one, the Saturday was counted on from the Sunday and fell a week late
(issue #10, "Layouts"). Seen in world-hundredthirtyfifth (a Geneva museum's vernissage weekend); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[tuple[int, int]]:
    return sorted((e.start.day, e.start.hour) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_french_weekday_alone_on_its_line() -> None:
    text = ("Visites commentées\n\nSource: Musée des beaux-arts\n\nVisites commentées le samedi 9 mai et le dimanche "
            "10 mai 2026.\n\nSamedi\n\n11h, 15h\n\nDimanche\n\n14h\n")
    assert _starts(text) == [(9, 11), (9, 15), (10, 14)]


def test_in_capitals() -> None:
    text = ("Portes ouvertes\n\nSource: Conservatoire\n\nPortes ouvertes le samedi 9 mai et le dimanche 10 mai 2026."
            "\n\nSAMEDI\n10h\nDIMANCHE\n16h\n")
    assert _starts(text) == [(9, 10), (10, 16)]


def test_the_sentence_naming_the_weekend_runs_on() -> None:
    """The days' sentence takes in the one after it; the Saturday is still the weekend's, not the next week's."""
    text = ("Visites commentées\n\nSource: Musée des beaux-arts\n\nVisites commentées le samedi 9 mai et le dimanche "
            "10 mai 2026. Entrée libre.\n\nLes commissaires présentent la collection.\n\nSamedi\n\n11h\n\n"
            "Dimanche\n\n14h\n")
    assert _starts(text) == [(9, 11), (10, 14)]


def test_a_weekday_inside_a_line_is_no_heading() -> None:
    """A weekday with other words on its line stays what the French grammar made of it before."""
    text = ("Visites commentées\n\nSource: Musée des beaux-arts\n\nVisites commentées le samedi 9 mai 2026.\n\n"
            "Samedi matin, une visite pour les familles.\n")
    assert _starts(text) == []
