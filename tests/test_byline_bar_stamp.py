"""A byline atop an item, "Jane Roe | Sunday, 29 March, 2015 at 15:50": a writer's name, a bar and the day and minute
the story was posted is the item's stamp, at any minute, in any language (a Tunisian ministry's item gave its writer's
line as an event, world-seventysecond). A row naming an event before its bar stays. Texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2015, 1, 10)


def _starts(first_line: str) -> list[str]:
    text = (f"Press conference on the operation\n\nSource: Ministry of the Interior, Tunis\n\n{first_line}\n\n"
            "The ministry holds a press conference on Monday 30 March 2015 at 11:00 at its headquarters.\n")
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("line", ["Jane Roe | Sunday, 29 March, 2015 at 15:50",
                                  "سلمى بن علي | الأحد، 29 مارس، 2015 على الساعة 15:50",
                                  "By J. Roe | 29 March 2015 16:00"])
def test_a_byline_with_its_minute_is_the_stamp(line: str) -> None:
    assert _starts(line) == ["2015-03-30 11:00"]


def test_a_row_naming_its_event_stays() -> None:
    assert _starts("Board meeting | Sunday, 29 March, 2015 at 15:30") == ["2015-03-29 15:30", "2015-03-30 11:00"]
