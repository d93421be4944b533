"""A date written year, month and day parted by bullets or middle dots ("2017•04•19", "2026·05·03"), as some pages'
date fields do (issue #10, "Layout": dotted and dashed numeric dates). It was not read, and the programme rows under
it had no day. Seen in world-eightysecond (a university institute's symposium page); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 1)


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("written", ["2026•05•03", "2026·05·03", "2026•5•3"])
def test_a_bulleted_date_heads_the_programme(written: str) -> None:
    text = (f"Ocean literacy forum\n\nSource: Island Studies Institute\n\nDATE / TIME: {written}  10:00 - 12:00\n"
            "Location: Apia\n\nProgramme\n\n10:00  Welcome\n10:30  Panel on coral reefs\n")
    starts = [s for s in _starts(text) if isinstance(s, dt.datetime)]
    assert starts
    assert all(s.date() == dt.date(2026, 5, 3) for s in starts)



def test_a_bulleted_span_of_numbers_is_no_date() -> None:
    # "2026•5•31•7": no date has four parts
    text = ("Ocean literacy forum\n\nSource: Island Studies Institute\n\nRef. 2026•5•31•7\n\n"
            "The forum meets in Apia on 4 June 2026 at 10:00.\n")
    assert [s.date() for s in _starts(text) if isinstance(s, dt.datetime)] == [dt.date(2026, 6, 4)]
