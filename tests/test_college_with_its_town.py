"""A college or university named with its town after it, "Trinity College Dublin", "University College Cork",
"Queen's University Belfast", stands in that town: the town was taken for a person's surname after a capitalised word,
and the lecture fell on the calendar's clock. (Found by probes of the held-out kind "zone".) Texts of our own."""

from __future__ import annotations

import pytest

from parsers.places import find_places


@pytest.mark.parametrize(("text", "town"), [
    ("Annual lecture: Tuesday 9 March, 7pm for 7.30pm, Trinity College Dublin.", "Dublin"),
    ("University College Cork hosts the talk on coastal erosion.", "Cork"),
    ("The panel meets at Queen's University Belfast at 10:00.", "Belfast"),
])
def test_a_college_named_with_its_town_stands_there(text: str, town: str) -> None:
    assert [m.place.name for m in find_places(text)] == [town]


def test_a_surname_after_a_capitalised_word_is_still_no_town() -> None:
    """"Professor Ana Lima spoke": a person's surname shares a town's name."""
    assert find_places("At the launch Professor Ana Lima spoke about the data.") == []
