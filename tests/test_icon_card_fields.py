"""An event card's icon names, "calendar_today 12 May 2022" over "location_onUN House, Thimphu" (issue #10, "Layout":
cards): an event page copied as text keeps the names of its Material Icons ligatures at the head of each field, run
into the value or not. They are the card's "Date:" and "Location:" fields, so the card gives its day's event there, as
it does with written field names. Seen in world-hundredthirteenth (a UNFPA country office's event page); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2022, 5, 1)


def _events(text: str) -> list[tuple[str, str, str]]:
    """Each event's first day, its title's first words and its place."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        day = e.start.date() if isinstance(e.start, dt.datetime) else e.start
        out.append((f"{day:%Y-%m-%d}", e.summary[:30], e.location or ""))
    return sorted(out)


_CARD = ("Presentation of the annual report\n\nSource: Country Office (events)\n\nEvents\n\n"
         "Presentation of the annual report\n\n{day}\n\n{place}\n\n"
         "The report looks at the year's work with the government and its partners.\n")


def test_icon_named_fields_give_the_cards_day_and_place() -> None:
    events = _events(_CARD.format(day="calendar_today 12 May 2022", place="location_onUN House, meeting hall, Thimphu"))
    assert [(day, place) for day, _, place in events] == [("2022-05-12", "UN House, meeting hall, Thimphu")]


def test_icon_name_apart_from_its_value() -> None:
    events = _events(_CARD.format(day="calendar_today  12 May 2022", place="location_on UN House, Thimphu"))
    assert [day for day, _, _ in events] == ["2022-05-12"]


def test_written_field_names_as_before() -> None:
    events = _events(_CARD.format(day="Date: 12 May 2022", place="Location: UN House, Thimphu"))
    assert [day for day, _, _ in events] == ["2022-05-12"]


def test_a_line_without_its_icon_names_no_field() -> None:
    # a bare day over a bare place: the page's date, no card
    assert _events(_CARD.format(day="12 May 2022", place="UN House, Thimphu")) == []
