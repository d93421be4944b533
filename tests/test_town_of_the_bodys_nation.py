"""A body named for its nation and a town ("French Navy, Brest") stands in that nation's town of the name, not in a
larger namesake abroad (Brest in Belarus); an embassy's adjective is the state it stands for abroad, and moves
nothing ("American Embassy, Paris" is not in Texas). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _zones(source: str) -> list[str]:
    text = (f"Notice\n\nSource: {source}\n\n"
            "The reception is held on Saturday 4 October 2031 at 18:00 at the residence.\n")
    return [e.timezone for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("source", "zone"), [("French Navy, Brest", "Europe/Paris"),
                                              ("American Embassy, Paris", "Europe/Paris")])
def test_the_town_of_the_bodys_nation(source: str, zone: str) -> None:
    assert _zones(source) == [zone]
