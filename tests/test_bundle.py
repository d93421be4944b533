"""Splitting a plain-text bundle into items: what is a header (a title standing alone, a blank line, a Source line),
and what is body text, whatever the line endings and wherever "Source:" appears."""

from __future__ import annotations

import pytest

from parsers.bundle import split_bundle


def _items(text: str) -> list[tuple[str, str, str]]:
    return [(a.title, a.body, a.org) for a in split_bundle(text, "test")]


@pytest.mark.parametrize(("text", "items"), [
    # Two items; the second's title ends the first's body.
    ("First  title\n\nSource: Org A\n\nBody one.\n\nMore.\n\nSecond\n\nSource:  Org B  \nBody two.\n",
     [("First title", "Body one.\n\nMore.", "Org A"), ("Second", "Body two.", "Org B")]),
    # Carriage returns are line ends.
    ("Title\r\n\r\nSource: X\r\n\r\nBody.\r\n", [("Title", "Body.", "X")]),
    # "Source:" inside a sentence is body text; a Source line right under its title (no blank line) is no header.
    ("Title\n\nSource: X\n\nThe Source: a line.\n\nNot a title\nSource: Y\n\nEnd.",
     [("Title", "The Source: a line.\n\nNot a title\nSource: Y\n\nEnd.", "X")]),
    # A title needs a blank line (or nothing) above it: under a line of text it is body text.
    ("Title\n\nSource: X\n\nText\nLine\n\nSource: Z\n\nMore.", [("Title", "Text\nLine\n\nSource: Z\n\nMore.", "X")]),
    # A Source line on the first line has no title: the text is one item titled by its first line.
    ("Source: X\n\nBody.", [("Source: X", "Body.", "")]),
    # Two Source lines under one title: the first is the title of the second item.
    ("Title\n\nSource: A\n\nSource: B\n\nBody.", [("Title", "", "A"), ("Source: A", "Body.", "B")]),
    # The last line is a Source line: an item without a body.
    ("Body above\n\nTitle\n\nSource: X", [("Title", "", "X")]),
    ("", []),
])
def test_headers_and_bodies(text: str, items: list[tuple[str, str, str]]) -> None:
    assert _items(text) == items
