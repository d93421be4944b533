"""A notice's label before the sentence it flags ("*NOTE: The Plan Commission meeting will be held in Room 1103",
"Please note: ...", "Hinweis: ...") is no part of the event's title (issue #10). Seen in pages-p50 (a city planning
commission's hearing page, whose title read "Meeting: *NOTE: The Chicago Plan Commission meeting is held ...");
the sentences are ours. "Note that ..." (no colon) is a sentence of its own and keeps its words."""

from __future__ import annotations

import pytest

from parsers import kinds


@pytest.mark.parametrize(("clause", "expected"), [
    ("*NOTE: The Zoning Board meeting will be held in Room 200", "Meeting: Zoning Board meeting is held in Room 200"),
    ("NOTE: The Zoning Board hearing is held at City Hall", "Meeting: Zoning Board hearing is held at City Hall"),
    ("Please note: the Board of Health meets in the Council Chambers",
     "Meeting: Board of Health meets in the Council Chambers"),
    ("Hinweis: Der Gemeinderat tagt im großen Saal", "Meeting: Der Gemeinderat tagt im großen Saal"),
    ("Note that the Board meets in Room 3", "Meeting: Note that the Board meets in Room 3"),
    ("Notebook: a workshop for the Board", "Meeting: Notebook: a workshop for the Board"),
])  # fmt: skip
def test_notice_label_not_in_summary(clause: str, expected: str) -> None:
    assert kinds.sentence_summary("meeting", clause) == expected
