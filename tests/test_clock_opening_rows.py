"""A programme set one row a line under a heading, each row opening with a word of starting and its clock in lower
case ("ab 11.00 Uhr Flohmarkt", "from 9:30 coffee", "dès 14h30 ateliers"), is a list of rows, not prose broken into
lines: every row is an event at its own time (pages-p32: a club's event page whose afternoon programme ran into one
sentence, and only its first time was read). Prose wrapped over lower-case lines stays one paragraph. Pages in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.blocks import split_blocks
from parsers.html import html_article


def _times(body: str, zone: str) -> list[str]:
    page = f"<html><head><title>Fest</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/e", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone=zone).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_german_rows_opening_with_ab_are_each_read() -> None:
    got = _times("<h1>Sommerfest am Teich</h1><p>Termin: Sa. 17. Mai 2031, Stadtpark, 04109 Leipzig</p>"
                 "<p>Programm:<br>ab 11.00 Uhr Flohmarkt am Teich<br>12:30 - 13:30 Uhr Lesung im Pavillon<br>"
                 "14:00 - 17:00 Uhr Radtour um den See (14:00 – 14:30 Uhr<br>Begrüßung)<br>ab 19:00 Uhr Konzert</p>",
                 "Europe/Berlin")
    assert got == ["2031-05-17 11:00", "2031-05-17 12:30", "2031-05-17 14:00", "2031-05-17 19:00"]


def test_english_rows_opening_with_from_are_rows() -> None:
    lines = ["Programme:", "from 9:30 coffee in the foyer", "10:00 - 11:00 talk on the river", "dès 12h30 déjeuner",
             "from 14:00 guided walk"]
    assert len(split_blocks("\n".join(lines))) == len(lines)


@pytest.mark.parametrize("text", [
    "The council said that the hall\nwould open from time to time\nand that its doors\nwere to stay shut in winter.",
])
def test_wrapped_prose_stays_one_paragraph(text: str) -> None:
    assert len(split_blocks(text)) == 1
