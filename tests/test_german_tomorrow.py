"""German "morgen" is tomorrow, counted from the notice's own date ("morgen, Dienstag, um 11.30 Uhr" under a notice
of Monday 28 September), but "heute morgen" and "Morgen" in a sentence are the morning (world-seventeenth 2). Items
in our own words."""

from __future__ import annotations

from .conftest import listed

NOTICE = """Hinweis für die Redaktionen: Bürgermeisterin spricht mit den Medien

Source: Eine Stadtverwaltung

Meldung der Pressestelle vom 06.10.2027:

{sentence}
"""


def test_morgen_is_the_day_after_the_notice() -> None:
    text = NOTICE.format(sentence="Die Bürgermeisterin lädt morgen, Donnerstag, um 10.30 Uhr zum Mediengespräch.")
    assert listed(text) == ["2027-10-07 10:30"]


def test_uebermorgen_is_two_days_after() -> None:
    text = NOTICE.format(sentence="Übermorgen findet um 9 Uhr die Sitzung des Stadtsenats im Rathaus statt.")
    assert listed(text) == ["2027-10-08 09:00"]


def test_heute_morgen_is_this_morning() -> None:
    text = NOTICE.format(sentence="Heute morgen um 8 Uhr öffnet die neue Bücherei am Markt ihre Türen.")
    assert listed(text) == ["2027-10-06 08:00"]


def test_a_capital_morgen_in_a_sentence_is_the_morning() -> None:
    text = NOTICE.format(sentence="Am Morgen des 12.10.2027 um 7 Uhr beginnt der Umbau der Brücke.")
    assert listed(text) == ["2027-10-12 07:00"]


def test_a_storys_morgen_without_a_day_or_clock_is_no_event() -> None:
    text = NOTICE.format(sentence="Ich saß an der Bar und dachte an den Auftritt, der, wie ich wusste, erst morgen "
                                  "stattfinden würde, und zwar morgen.")
    assert listed(text) == []
