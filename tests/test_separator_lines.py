"""A line of three or more asterisks, dashes or rules ("***", "* * *", "---") set between the entries of a day's
agenda, as news agencies and bulletins write it, ends an entry as a blank line does: the next entry is not read as
the line's continuation nor the separator as its heading ("***: At 11:00 ..."). (Found in world-fiftyfifth item 9, a
state news agency's agenda whose entries stand between "***" lines.) Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(separator: str) -> list[tuple[str, str]]:
    text = (f"Events for Monday, 7 March 2022\n\nSource: Example Bulletin\n\n"
            f"The Minister of Defence visits the air base in Siauliai at 10:00.\n{separator}\n"
            f"The Minister of Education meets school heads in Kaunas at 10:00.\n{separator}\n"
            f"The President receives the King of Sweden at 12:00.\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted((str(e.start), e.summary) for e in events)


@pytest.mark.parametrize("separator", ["---", "***", "* * *", "———", "___"])
def test_each_entry_between_separator_lines_is_read(separator: str) -> None:
    events = _events(separator)
    assert [start for start, _ in events] == ["2022-03-07 10:00:00+02:00", "2022-03-07 10:00:00+02:00",
                                              "2022-03-07 12:00:00+02:00"]
    assert not any(ch in summary for _, summary in events for ch in "*-—_")


def test_a_separator_is_no_heading_of_the_entry_after_it() -> None:
    text = ("Agenda for Thursday, 13 October\n\nSource: Example Agency\n\n11:19 | 13.10.2016\n\n"
            "At 11:00 the Ombudsman presents her annual report at the parliament.\n***\n"
            "At 14:00 the parliament holds a plenary meeting.\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    assert [str(e.start) for e in events] == ["2016-10-13 11:00:00+02:00", "2016-10-13 14:00:00+02:00"]
    assert not any(e.sentence.startswith("*") for e in events)
