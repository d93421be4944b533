"""A sentence that names the act ending a counted run on a day ("a three-day forum ... that ends with the meeting of the
ministers on March 12", "a two-day fair that closes with a gala on Saturday") gives that act as an event of its own on
that day, beside the run (the run's last day). A run told only by its last day ("runs until March 12") gives no second
event. Seen in world-hundredfortyfourth item 11 (a bloc's four-day conference ending with the leaders' summit). Texts
in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2027, 3, 1)


def _runs(body: str) -> list[tuple[str, str]]:
    item = f"Forum\n\nSource: Lake Basin Council\n\nPublished 2 March 2027\n\n{body}\n"
    return sorted((e.start.isoformat()[:10], e.end.isoformat()[:10])
                  for e in extract(item, source="en", reference=_REFERENCE).events)


def test_the_closing_act_is_an_event_beside_the_run() -> None:
    body = "Uganda hosts a two-day fair of the basin's farmers in Jinja that closes with a gala dinner on March 20."
    assert _runs(body) == [("2027-03-19", "2027-03-21"), ("2027-03-20", "2027-03-21")]


def test_a_last_day_alone_gives_one_run() -> None:
    body = "Uganda hosts a two-day fair of the basin's farmers in Jinja that ends on March 20."
    assert _runs(body) == [("2027-03-19", "2027-03-21")]
