"""A date atop the body followed by the kind of document it dates ("29 August 2013 · BACKGROUND RELEASE", "4 May 2031
• PRESS RELEASE") is the document's stamp, not an event, as "7 September 2023 MEDIA ADVISORY" is (world-seventythird
4: a treaty body's background release was published as an event on its own date). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Water panel opens its ninth session on 2 June

Source: Panel of Experts on Water Rights

{stamp}

The ninth session of the panel runs from 2 to 13 June at the Palais Wilson in Geneva.
"""


def _firsts(stamp: str) -> list[str]:
    events = extract(ITEM.format(stamp=stamp), source="panel", reference=dt.date(2031, 5, 20),
                     default_zone="UTC").events
    return sorted(str(e.start)[:10] for e in events)


def test_a_background_release_after_a_middle_dot() -> None:
    assert _firsts("4 May 2031 · BACKGROUND RELEASE") == ["2031-06-02"]


def test_a_press_release_after_a_bullet() -> None:
    assert _firsts("4 May 2031 • Press release") == ["2031-06-02"]


def test_a_background_note_alone() -> None:
    assert _firsts("4 May 2031 BACKGROUND NOTE") == ["2031-06-02"]
