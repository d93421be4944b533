"""A room's number in brackets after its name ("Salle Lemieux (1.30)", "Seminar Room (2.14)") is no clock time;
an hour a meeting could start at stays one ("the Great Hall (10.30)") (world-fifteenth 15). Texts in our own
words."""

from __future__ import annotations

from .conftest import listed

NOTICE = """Avis aux médias

Source: Un cabinet ministériel

DATE : |
Mardi 9 mars 2027 à 11 h |
LIEU : |
Salle Lemieux (1.30) |
"""


def test_a_room_number_in_brackets_is_no_time() -> None:
    assert listed(NOTICE) == ["2027-03-09 11:00"]


def test_a_room_number_with_minutes_no_meeting_starts_at_is_no_time() -> None:
    text = "Talk\n\nSource: A university\n\nThe talk is on 5 October 2027 in the Seminar Room (2.14), Leeds.\n"
    assert listed(text) == ["2027-10-05"]


def test_an_hour_in_brackets_after_a_hall_stays_a_time() -> None:
    text = "Talk\n\nSource: A university\n\nThe talk is on 5 October 2027 in the Great Hall (10.30), Leeds.\n"
    assert listed(text) == ["2027-10-05 10:30"]
