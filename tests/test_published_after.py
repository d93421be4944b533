"""A time followed by what is put out ("From 10:30am Monday morning the poll and the preview video are online at
...") is a publication, no event; a sports league's "all-conference teams" name no conference (world-seventeenth
12). Items in our own words."""

from __future__ import annotations

from .conftest import listed

ITEM = """Preseason poll day

Source: A rowing league

The league's media day is on Monday, October 27, 2025 at 9:00am at the Riverside Hotel. The head coaches speak at
the breakfast. {sentence}
"""


def test_a_time_then_what_appears_is_a_publication() -> None:
    sentence = "From 10:30am Monday morning the poll, the all-conference crews and the preview video are online."
    assert listed(ITEM.format(sentence=sentence)) == ["2025-10-27 09:00"]


def test_a_time_then_a_happening_stays_an_event() -> None:
    sentence = "From 10:30am Monday morning the coaches talk to reporters in the ballroom."
    assert listed(ITEM.format(sentence=sentence)) == ["2025-10-27 09:00", "2025-10-27 10:30"]
