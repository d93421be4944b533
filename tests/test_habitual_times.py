"""A time said of each day ("jeweils am Morgen um 8 Uhr", "chaque soir à 20 h", "cada mañana a las 7") is a
habit, no event; a time said of each of the days just named is each day's event. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.recurring import recurring

REFERENCE = dt.date(2026, 12, 1)


def _starts(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: Press office\n\nPublished 3 March 2031\n\n{body}\n", source="t",
                     reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start) for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("Der Pegel wird jeweils am Morgen um 7 Uhr abgelesen.", "German 'jeweils am Morgen': each morning"),
    ("Le relevé se fait chaque matin à 7 h 30 au port.", "French 'chaque matin': each morning"),
    ("La lectura se hace cada mañana a las 7:30 en el puerto.", "Spanish 'cada mañana': each morning"),
    ("Die Glocke läutet jeden Abend um 18 Uhr.", "German 'jeden Abend': each evening"),
    # (found by probes of the extra events: a desk staffed "from 10:00 each weekday" was an event that day)
    ("The help desk at the town hall is staffed from 10:00 each weekday.", "'each weekday'"),
    ("The archive's reading room opens at 9:30 every working day.", "'every working day'"),
])
def test_a_time_said_of_each_day_is_no_event(body: str, why: str) -> None:
    assert _starts(body) == [], why


@pytest.mark.parametrize(("sentence", "habit", "why"), [
    ("die werte wurden jeweils am morgen um 8 uhr gemessen.", True, "each morning: a habit"),
    ("todos los días a las 9 abre la oficina.", True, "Spanish 'todos los días'"),
    ("am 3., 10. und 17. mai jeweils von 15 bis 18 uhr.", False, "'jeweils' over the days named: each of them"),
    ("am morgen des 3. mai um 8 uhr beginnt der lauf.", False, "one morning, one day"),
    ("desde el 1 de enero la tarifa sube cada mes.", False, "'cada mes' beside the day a rule starts: that day"),
])
def test_which_sentences_say_a_habit(sentence: str, habit: bool, why: str) -> None:
    assert recurring(sentence) is habit, why


def test_a_sentence_asked_again_gets_its_own_hours() -> None:
    """The week's hours of the last sentence are remembered: asked in turns, each sentence gets its own answer."""
    from parsers.recurring import hours_beside_a_day

    hours = "city hall reopens on thursday, april 1; hours 8:30 to 4:30, monday through friday."
    none = "the hall reopens on thursday, april 1."
    rule = "the office is open monday to friday 9am to 5pm."
    for sentence, beside, recurs in [(hours, True, True), (hours, True, True), (none, False, False),
                                     (rule, True, True), (none, False, False), (hours, True, True), (rule, True, True)]:
        assert (hours_beside_a_day(sentence), recurring(sentence)) == (beside, recurs), sentence
