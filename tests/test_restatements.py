"""One moment restated on other clocks (parsers/restated.py), and an ambiguous label settled by the offset a
bracket gives (zones.settled_by_offset). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers.zones import settled_by_offset

# (label, minutes ahead of UTC, the clock it names, why)
SETTLED = [
    ("IST", 330, "India Standard Time", "five and a half hours ahead: India's clock"),
    ("IST", 60, "Irish Standard Time", "an hour ahead: Ireland's summer clock"),
    ("IST", 0, "Irish Standard Time", "on UTC: Ireland in winter, whose zone data calls winter the shifted season"),
    ("IST", 180, "Israel Daylight Time", "three hours ahead: Israel in summer"),
    ("ist", 120, "Israel Standard Time", "the label in small letters is the same label"),
    ("CST", 480, "China Standard Time", "eight hours ahead: China, not Chicago"),
    ("CST", -300, "Central Daylight Time", "five hours behind: Chicago on summer time"),
    ("AST", 180, "Arabia Standard Time", "three hours ahead: Arabia, not the Atlantic"),
    ("AST", -240, "Atlantic Standard Time", "four hours behind: the Atlantic clock"),
    ("BST", 60, "British Summer Time", "an hour ahead: London in summer"),
    ("BST", 0, None, "on UTC: London in winter keeps GMT, never called BST"),
    ("BST", 360, "Bangladesh Standard Time", "six hours ahead: Dhaka"),
    ("PST", 480, "Philippine Standard Time", "eight hours ahead: Manila"),
    ("PST", -420, None, "seven hours behind: Pacific daylight time, which PST does not name"),
    ("IST", 540, None, "an offset none of its clocks keeps: left to the place"),
    ("CET", 60, None, "a label of one clock needs no settling"),
    ("CST", 570, None, "Adelaide's clock has no long name here: the place settles it, as before"),
]


@pytest.mark.parametrize(("label", "minutes", "expected", "why"), SETTLED)
def test_an_ambiguous_label_settled_by_its_offset(label: str, minutes: int, expected: str | None, why: str) -> None:
    assert settled_by_offset(label, minutes) == expected, why
