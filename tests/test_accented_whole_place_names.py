"""A place's name that a text writes with its accents, whose first word as written also begins another name the
gazetteer knows ("Hà Nội": "Hà ..."), is still the place the gazetteer writes without them ("Ha Noi"), as Vietnamese
writes every name (issue #10, "Zone"). Seen in world-ninetieth (a notice of the National Assembly in Hà Nội, read on
the calendar's clock); the texts are ours."""

from __future__ import annotations

import pytest

from parsers.places import find_places


@pytest.mark.parametrize("text", [
    "Hội nghị khai mạc tại Hà Nội.",
    "The delegation lands in Hà Nội on Monday.",
])
def test_accented_name_found(text: str) -> None:
    assert "Asia/Bangkok" in {m.place.zone for m in find_places(text)}


def test_a_name_with_its_first_word_alone_stays_no_place() -> None:
    # A surname of the same first word is no town.
    assert not any(m.place.zone == "Asia/Bangkok" for m in find_places("Ông Hà Minh nói chuyện với báo chí."))
