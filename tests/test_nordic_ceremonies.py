"""Swedish, Danish and Norwegian ceremonies, alone or in a compound ("Invigningsceremonin", "prisceremonien",
"seremonien"), and French and Italian ones ("la cérémonie", "la cerimonia"), are ceremonies: a later sentence that
names the same day's "Opening Ceremony" without a time is then that timed ceremony said again, not a day-long event
of its own (world-fortysecond 5). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CEREMONY
from parsers import extract, kinds


@pytest.mark.parametrize("text", ["Invigningsceremonin sänds direkt från Stora Teatern", "Prisceremonien begynder",
                                  "Seremonien starter i rådhuset", "Avslutningsceremoni i hamnen",
                                  "La cérémonie d'ouverture est prévue à 19 h", "La cerimonia di premiazione"])
def test_nordic_ceremony_words(text: str) -> None:
    assert kinds.classify(text) == CEREMONY


ITEM = """Filmfestival: Opening Ceremony 14 februari

Source: Malmö Filmfestival

Opening Ceremony 14 februari

18:00 Invigningsceremonin sänds direkt från Stora Teatern
18:45 Invigningsfilmen visas

Tjugo biografer visar Opening Ceremony i år, och vi hoppas på fler den 14 februari 2031, när festivalen öppnar.
"""


def test_restated_day_joins_the_timed_ceremony() -> None:
    events = extract(ITEM, source="fest", reference=dt.date(2031, 2, 1), default_zone="Europe/Stockholm").events
    assert not [e for e in events if e.all_day], [(e.start, e.summary) for e in events]
    assert len(events) == 2
