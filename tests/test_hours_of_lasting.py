"""A number of hours with the letter h after a hedge or a verb of lasting tells how long, not when: "the tour lasts
about 2 h", "Dauer: ca. 3 h", "dauert 2 bis 3 h". After "um", "vers" or "à" the same figures are the clock. Texts in
our own words."""

from __future__ import annotations

from tests.conftest import listed

_HEAD = "Opening of the ferry pier\n\nSource: Harbour Office of the Isles\n\nVienna, 2 March 2027\n\n"


def test_a_hedged_count_of_hours_is_no_clock() -> None:
    text = _HEAD + "The pier opens on Friday 5 March 2027 at 10:30. The guided tour after it lasts ca. 2 h.\n"
    assert listed(text) == ["2027-03-05 10:30"]


def test_hours_and_minutes_of_lasting_are_no_clock() -> None:
    text = _HEAD + "The hearing on Friday 5 March 2027 opens at 09:00 and will last 3 h 30 with one pause.\n"
    assert listed(text) == ["2027-03-05 09:00"]


def test_a_german_length_and_range_of_hours_are_no_clock() -> None:
    text = _HEAD + ("Die Führung am Freitag, 5. März 2027, beginnt um 14 Uhr. Dauer: ca. 2 h.\n"
                    "Die Sitzung danach dauert 2 bis 3 h.\n")
    assert listed(text) == ["2027-03-05 14:00"]


def test_an_hour_after_vers_is_still_the_clock() -> None:
    text = _HEAD + "La visite du ponton aura lieu le vendredi 5 mars 2027 vers 15 h.\n"
    assert listed(text) == ["2027-03-05 15:00"]


def test_hedged_clocks_after_a_clock_word_stay_clocks() -> None:
    text = _HEAD + ("Die Übergabe am Freitag, 5. März 2027, beginnt um ungefähr 14 Uhr.\n"
                    "Le ponton du samedi 6 mars 2027 ouvre à environ 10 h 30.\n"
                    "The pier is open on Sunday 7 March 2027 for 9 h 30 - 12 h 30, the harbour office says.\n")
    assert listed(text) == ["2027-03-05 14:00", "2027-03-06 10:30", "2027-03-07 09:30"]
