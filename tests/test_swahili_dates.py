"""Swahili dates and the Swahili clock (issue #10, "read any organisation's releases"): East African ministries and
state houses write their notices in Swahili, "atawasili leo tarehe 7 Machi 2019", "saa tisa alasiri". The hours count
from sunrise: "saa tisa alasiri" (the ninth hour, in the afternoon) is 15:00, "saa mbili usiku" 20:00, "saa nne na
nusu asubuhi" 10:30. None of it was read. Seen in world-seventieth (Tanzania's foreign ministry); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.lang_swahili import swahili_mentions
from parsers.mentions import DayPart

_REFERENCE = dt.date(2026, 3, 1)


@pytest.mark.parametrize(("said", "clock"), [
    ("Waziri atafungua mkutano saa tisa alasiri.", dt.time(15, 0)),
    ("Hafla itaanza saa mbili usiku katika ukumbi wa Karimjee.", dt.time(20, 0)),
    ("Kikao kitaanza saa nne na nusu asubuhi.", dt.time(10, 30)),
    ("Mkutano wa waandishi wa habari ni saa sita mchana.", dt.time(12, 0)),
    ("Ndege itaondoka saa kumi na mbili asubuhi.", dt.time(6, 0)),
])
def test_the_swahili_clock(said: str, clock: dt.time) -> None:
    assert [m.time for m in swahili_mentions(said) if m.kind == "time"] == [clock]


def test_days_and_spans() -> None:
    found = swahili_mentions("Ziara itaanza leo tarehe 14 Mei 2026; mkutano ni tarehe 15 hadi 16 Mei 2026, na Waziri "
                             "ataondoka tarehe 17 Mei, 2026.")
    assert [(m.kind, m.first, m.last) for m in found] == [
        ("day", DayPart(14, 5, 2026), None),
        ("span", DayPart(15, 5, 2026), DayPart(16, 5, 2026)),
        ("day", DayPart(17, 5, 2026), None),
    ]


def test_an_arrival_in_dar_es_salaam() -> None:
    text = ("Ziara ya Waziri\n\nSource: Wizara ya Mambo ya Nje\n\n"
            "Waziri wa Mambo ya Nje wa Kenya anawasili nchini leo tarehe 14 Mei 2026 kwa ziara ya kikazi.\n"
            "Atawasili saa nane mchana kwenye Uwanja wa Ndege wa Kimataifa wa Julius Nyerere, Dar es Salaam.\n")
    starts = [e.start for e in extract(text, source="test", reference=_REFERENCE).events
              if isinstance(e.start, dt.datetime)]
    assert [s.astimezone(dt.UTC) for s in starts] == [dt.datetime(2026, 5, 14, 11, 0, tzinfo=dt.UTC)]


def test_english_and_names_stay_unread() -> None:
    assert swahili_mentions("The meeting on 7 March was chaired by Mr Machi at the Sea View hotel.") == []
