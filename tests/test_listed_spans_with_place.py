"""A list of meetings' spans under a heading that names them, each line giving only its days and, after them, the
town it meets in or a short note in brackets: "Next Council Meetings:" / "9-10 March 2027, Nairobi" / "14-15 May 2027
(Retreat)" / "3-4 July 2027" (issue #10, "Layouts": board papers and governing bodies' calendars list their next
sessions so). Seen in world-hundredtwentieth (an alliance's board agenda: four lines under "Next Board Meetings:",
"6-7 December 2023, Ghana", "17-18 April 2024 (Board Retreat)", ..., were not read); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 11, 1)


def _days(text: str) -> list[tuple[str, str]]:
    found = []
    for event in extract(text, source="test", reference=_REFERENCE).events:
        assert not isinstance(event.start, dt.datetime)
        found.append((f"{event.start:%Y-%m-%d}", f"{event.end:%Y-%m-%d}"))
    return sorted(found)


def test_spans_with_towns_and_a_note() -> None:
    text = ("Council papers\n\nSource: Regional fund\n\nNext Council Meetings:\n9-10 March 2027, Nairobi\n"
            "14-15 May 2027 (Retreat)\n3-4 July 2027\n")
    assert _days(text) == [("2027-03-09", "2027-03-11"), ("2027-05-14", "2027-05-16"), ("2027-07-03", "2027-07-05")]


def test_each_line_names_its_town() -> None:
    text = ("Calendar of the governing body\n\nSource: Regional fund\n\nForthcoming Board meetings:\n"
            "2-3 February 2027, Geneva\n11-12 June 2027, Dakar\n8-9 October 2027, Lima\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert sorted(f"{e.start:%Y-%m-%d}" for e in events) == ["2027-02-02", "2027-06-11", "2027-10-08"]
    assert any("Dakar" in e.location or "Dakar" in e.sentence for e in events)


def test_a_called_off_note_is_no_meeting() -> None:
    text = ("Council papers\n\nSource: Regional fund\n\nNext Council Meetings:\n9-10 March 2027 (cancelled)\n"
            "14-15 May 2027, Nairobi\n3-4 July 2027, Kigali\n")
    assert ("2027-03-09", "2027-03-11") not in _days(text)
