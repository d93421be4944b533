"""A wire's stamp line, then the town in capitals alone on the next line ("17-10-2016 18:22" / "ANKARA"), is the
item's dateline: its times are that town's clock. Seen in world-hundredfiftieth (Türkiye's higher-education council's
opening ceremony "yarın saat 11.00'de" under "17-10-2016 18:22" / "ANKARA" was put on Brussels's clock). Texts in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Tören yarın\n\nSource: Ajans\n\n{stamp}\n{town}\n\nÖdül töreni yarın saat 14.00'te yapılacak.\n"


def _zones(stamp: str, town: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(stamp=stamp, town=town), source="t", reference=dt.date(2026, 12, 8)).events
    return [(e.start.isoformat(), e.timezone) for e in events]


@pytest.mark.parametrize("stamp", ["12-03-2019 09:40", "12.03.2019"])
def test_the_town_under_the_stamp_sets_the_clock(stamp: str) -> None:
    assert _zones(stamp, "ANKARA") == [("2019-03-13T14:00:00+03:00", "Europe/Istanbul")]


def test_a_word_in_capitals_that_is_no_town_sets_nothing() -> None:
    zones = [zone for _, zone in _zones("12-03-2019 09:40", "DUYURU")]
    assert len(zones) == 1  # (the ceremony found, on another clock)
    assert zones != ["Europe/Istanbul"]
