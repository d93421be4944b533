"""A title leaves the Spanish and Portuguese words that joined its times or days: "entre las 07:00 am y las
15:00 pm" and "entre hoje e 9 de março" go whole, not "habrá un médico entre las y las" (world-fortysixth 4 and 12).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Aviso

Source: Servicio de Salud

Published: 2 March 2031

{body}
"""


@pytest.mark.parametrize(("body", "title"), [
    ("El lunes 3 de marzo, entre las 07:00 am y las 15:00 pm habrá un médico de guardia en la estación Central.",
     "habrá un médico de guardia en la estación Central"),
    ("A vacinação decorre entre hoje e 9 de março nas escolas do distrito.", "vacinação decorre nas escolas"),
])
def test_joining_words_go_with_their_times(body: str, title: str) -> None:
    events = extract(ITEM.format(body=body), source="salud", reference=dt.date(2031, 3, 1),
                     default_zone="America/Santiago").events
    assert len(events) == 1
    assert title.lower() in events[0].summary.lower(), events[0].summary
    assert " las y las" not in events[0].summary
    assert " entre " not in events[0].summary
