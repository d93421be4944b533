"""A national body named for its country by the country's adjective, "Instituto Brasileiro de Geografia e Estatística",
is Brazil's: with no place in the text its clock times are Brasília's, not the fallback zone's. Seen in the IBGE's
weekly schedule in English (world-hundredthirtysecond 13), whose times ("Monday (15th), 2 pm") name no zone and
whose text no town. Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.institutioncountry import institution_country

BRASILIA = dt.timezone(dt.timedelta(hours=-3))

SCHEDULE = """Weekly schedule

Source: Instituto Brasileiro do Meio Ambiente

Published June 3, 2030

On Wednesday, June 5, at 10 am, the president opens the environment week.
"""


def test_the_adjective_names_the_country() -> None:
    assert institution_country("Instituto Brasileiro de Geografia e Estatística (IBGE)") == "BR"
    assert institution_country("Conselho Brasileiro de Oftalmologia") == "BR"
    assert institution_country("Associação Brasileira de Imprensa") is None


def test_times_of_the_institute_are_brasilia_times() -> None:
    events = extract(SCHEDULE, source="ibama", reference=dt.date(2030, 6, 3)).events
    assert [e.start for e in events if not e.all_day] == [dt.datetime(2030, 6, 5, 10, 0, tzinfo=BRASILIA)]
