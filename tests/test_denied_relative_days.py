"""A relative day or a weekday in a clause that a denied or doubted saying, thinking or knowing, or a wish, governs
("No estoy diciendo que sea mañana", "I'm not saying it has to be tomorrow", "Juan no sabe si le operarán mañana"):
a day talked of, not an event's. Seen in pages-p54, a patient's complaint quoted in a Spanish news story (El País),
which became an all-day event on the day after publication. Texts of our own, run through `extract`."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2012, 10, 27)


def days_of(body: str, title: str = "Waiting lists grow") -> list[str]:
    text = f"{title}\n\nPublished 27 October 2012\n\n{body}\n"
    return [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE,
                                               default_zone="Europe/Madrid", zone_given=True).events]


# (the Spanish grammar reads a text that names a month: each Spanish row opens with one)
LEAD = "Las cifras de diciembre de 2011 ya mostraban un incremento. "


@pytest.mark.parametrize(("body", "why"), [
    (LEAD + "“Así llevo seis meses. No estoy diciendo que sea mañana, pero que me den una fecha”, se queja.",
     "a denied saying governs the day"),
    (LEAD + "“No creo que venga mañana”, dice Juan.", "a denied belief"),
    (LEAD + "Juan no sabe si le operarán mañana.", "a doubted knowing"),
    (LEAD + "“Ojalá sea mañana”, dice Juan.", "a wish"),
    ("“I am not saying it has to be tomorrow, but at least give me a date,” she complains.", "English, denied"),
    ("We don't know if the vote will be tomorrow.", "English, doubted"),
    ("“Je ne dis pas que ce soit demain, mais qu'on me donne une date”, dit-elle. Les chiffres de décembre 2011.",
     "French"),
    ("“Non dico che sia domani, ma che mi diano una data”, dice. I dati di dicembre 2011.", "Italian"),
    ("“Não digo que seja amanhã, mas que me deem uma data”, diz. Os dados de dezembro de 2011.", "Portuguese"),
])
def test_a_day_under_a_denial_or_a_wish_is_no_event(body: str, why: str) -> None:
    assert days_of(body) == [], why


@pytest.mark.parametrize(("body", "why"), [
    (LEAD + "La presentación del informe será mañana en el ayuntamiento.", "a day set"),
    (LEAD + "El ministro no estará presente. La presentación del informe será mañana en el ayuntamiento.",
     "a negation in another sentence"),
    ("We don't know the speakers yet, but the hearing is tomorrow at the town hall.",
     "a negation in another clause"),
    ("The report will be presented tomorrow at the town hall.", "English, a day set"),
])
def test_a_day_set_stays(body: str, why: str) -> None:
    assert days_of(body) == ["2012-10-28"], why
