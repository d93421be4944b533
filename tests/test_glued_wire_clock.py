"""A wire's diary glues the four figures of its clock to the label ("1130GMT", "0800UTC"): the same clock as "1130 GMT".
Texts in our own words."""

from __future__ import annotations

from tests.conftest import listed

_HEAD = "Diary of the day\n\nSource: Wire Desk of the Isles\n\nTuesday, 4 March 2025\n\n"


def test_a_glued_label_after_a_row_mark_is_read() -> None:
    text = _HEAD + "=== 1130GMT: Health ministers brief reporters in Geneva\n=== 1500UTC: Closing session\n"
    assert listed(text) == ["2025-03-04 11:30", "2025-03-04 15:00"]


def test_a_glued_label_inside_a_sentence_is_read() -> None:
    text = _HEAD + "The envoy meets the press at 0815GMT at the hotel.\n"
    assert listed(text) == ["2025-03-04 08:15"]
