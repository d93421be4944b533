"""A list of releases gives each entry a date line between its numbered title and its summary ("1. Pilots: ..." /
"12 March 2019, Cork, Ireland" / "Pilots and shipowners have ..."): the release's stamp, not an event on that day
(issue #10, "Not events": publication dates). Some had been published as day events. A day a summary gives ("On 14
March 2019 the city library opens an exhibition") stays. Seen in world-eightysecond (a regional office's
press-release list); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)

_LIST = ("Harbour board: press releases\n\nSource: Harbour Board\n\nPress releases\n\n"
         "The board's press releases, newest first; a translation, where one exists, is linked at the top of each.\n\n"
         "1. Pilots: harbour pilots set out their safety proposals\n   12 March 2019, Cork, Ireland\n"
         "   Pilots and shipowners have laid out a list of proposals on night-time berthing.\n\n"
         "2. Kinsale: a meeting on the marina's future with the county\n   12 March 2019,\n"
         "   The mayor speaks to a meeting on how the county can support the marina\n\n"
         "3. The new pier's plans at the library\n   12 March 2019, Cork, Ireland\n"
         "   On 14 March 2019 the city library opens an exhibition of the plans for the new pier.\n\n"
         "4. Fishing and the new quotas: a high-level forum\n   5 March 2019, Cork, Ireland\n"
         "   A forum takes up what the new quotas will mean for the fleet.\n\n"
         "5. Dockers to gain new skills under a board-union agreement\n   20 February 2019, Cobh\n"
         "   The two sides will give skills training to 200 dockers now working at the container yard.\n")


def test_the_stamps_of_a_release_list_are_no_events() -> None:
    days = sorted(e.start.date() if isinstance(e.start, dt.datetime) else e.start
                  for e in extract(_LIST, source="test", reference=_REFERENCE).events)
    assert days == [dt.date(2019, 3, 14)]
