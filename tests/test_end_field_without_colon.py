"""An end's field name alone on its line with no colon ("End date", "Einde", "Einddatum en -tijd"), its day and time on
the next, as an event page lists its start and end: the end of the event above, not an event of its own. Seen in
world-hundredfiftieth (a Dutch university's agenda entry closing with "Einde" / "5 september 2016 18:00" gave an
event called "Einde"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Symposium\n\nSource: Faculteit\n\nHet symposium over waterbeheer vindt plaats in de aula.\n\n" \
       "{start}\n12 maart 2026 13:00\n{end}\n12 maart 2026 {until}\n"


def _spans(start: str, end: str, until: str = "17:00") -> list[tuple[str, str]]:
    events = extract(ITEM.format(start=start, end=end, until=until), source="t", reference=dt.date(2026, 3, 1)).events
    return [(e.start.strftime("%d %H:%M"), e.end.strftime("%d %H:%M")) for e in events]


@pytest.mark.parametrize(("start", "end"), [("Begindatum en -tijd", "Einddatum en -tijd"), ("Begin", "Einde"),
                                            ("Start date", "End date")])
def test_the_end_line_ends_the_event(start: str, end: str) -> None:
    assert _spans(start, end) == [("12 13:00", "12 17:00")]


def test_an_end_before_the_start_is_no_end() -> None:
    # "Einde" at 11:00 under a start at 13:00: no end of that event
    assert ("12 13:00", "12 11:00") not in _spans("Begin", "Einde", until="11:00")


@pytest.mark.parametrize("closing", ["ENDS", "End", "FIN"])
def test_a_release_closing_word_ends_nothing(closing: str) -> None:
    # "ENDS" alone closes a release; the date of issue under it is no end of the day's event above
    text = (f"Open day\n\nSource: College\n\nThe college opens its doors on 10 March 2026. All are welcome.\n\n"
            f"{closing}\n\n12 March 2026\n")
    events = extract(text, source="t", reference=dt.date(2026, 3, 1)).events
    assert [(e.start, e.end) for e in events if "open" in e.summary.lower()] == [(dt.date(2026, 3, 10),
                                                                                  dt.date(2026, 3, 11))]
