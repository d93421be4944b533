"""The Portuguese "until" ("até", "até o dia", "até as") before a day or a clock is a deadline, as the Spanish "hasta"
is: "os pedidos serão aceitos até as 18h do dia 25 de outubro" (world-eightyfourth: an accreditation deadline became
an event). The clock and the day after it, joined by "do dia" ("às 18h do dia 25"; the Spanish "del", the Italian
"del"), are one moment, so the deadline of the clock is the day's too. A meeting "às 10h do dia 25" and the end of a
span ("de 3 de novembro até 9 de dezembro") stay. Our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

NOTICE = """{title}

Source: {source}

{body}
"""


def _starts(body: str) -> list[str]:
    text = NOTICE.format(title="Aviso à imprensa", source="Ministério da Cultura", body=body)
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="pt", reference=REFERENCE).events)


def test_accreditation_accepted_until_a_clock_of_a_day_is_no_event() -> None:
    body = "Os pedidos de credenciamento para a cerimónia serão aceitos até as 17h do dia 12 de março de 2027."
    assert _starts(body) == []


def test_forms_sent_until_a_day_is_no_event() -> None:
    assert _starts("As fichas de inscrição para a feira devem ser enviadas até o dia 9 de abril de 2027.") == []


def test_a_meeting_at_a_clock_of_a_day_stays() -> None:
    body = "A reunião do conselho consultivo será às 10h do dia 25 de outubro de 2027, no Palácio da Cultura."
    assert _starts(body) == ["2027-10-25 10:00"]


def test_the_end_of_a_span_stays_with_its_start() -> None:
    body = "A exposição de gravura fica aberta de 3 de novembro até 9 de dezembro de 2027 no Museu Nacional."
    assert [day[:10] for day in _starts(body)] == ["2027-11-03"]
