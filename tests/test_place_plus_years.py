"""A place's name with years glued to it names a process, not where an entry happens: "Rio+20", "Beijing+25",
"Stockholm+50" (issue #10, "Zone"). A row titled after such a process keeps the clock of the programme's place, and
the rows below it too. Seen in world-eightyfourth (a Vienna ministerial council whose "Helsinki+50" side event, and
every row after it, went on Helsinki's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 3, 1)


def test_no_place_in_the_process_name() -> None:
    assert [p.place.name for p in find_places("Side event: Beijing+25 and the women of the Sahel")] == []
    assert [p.place.name for p in find_places("Panel on Stockholm+50 commitments")] == []


def test_the_town_itself_is_still_read() -> None:
    assert [p.place.name for p in find_places("The ministers meet in Stockholm on Friday.")] == ["Stockholm"]


def test_rows_keep_the_clock_of_the_programme() -> None:
    text = ("Programme of the water ministers' conference\n\nSource: Test Secretariat\n\n"
            "STOCKHOLM/LISBON, 2 March 2026 - The water ministers meet in Lisbon on 19 March 2026.\n\n"
            "Thursday, 19 March 2026\n\n"
            "11:00–12:00 \"Stockholm+50: ten years of water targets\" (side event)\n\n"
            "14:00–15:00 Side event: river basins and the sea\n")
    found = sorted((e.start, e.timezone) for e in extract(text, source="test", reference=_REFERENCE).events
                   if isinstance(e.start, dt.datetime))
    assert [zone for _, zone in found] == ["Europe/Lisbon", "Europe/Lisbon"]
