"""German "am kommenden Sonntag" and "am nächsten Freitag" are the weekday ahead of the notice's own date, as "am
Sonntag" is: the word between "am" and the weekday must not leave the event on the notice's day (pages-dev19, a
club's ticket notice of a Wednesday). Items in our own words."""

from __future__ import annotations

from .conftest import listed

NOTICE = """Vereinsnachrichten: Karten für das Pokalspiel

Source: Ein Sportverein

Meldung der Geschäftsstelle vom 09.03.2033:

{sentence}
"""


def test_am_kommenden_sonntag_is_the_sunday_ahead() -> None:
    text = NOTICE.format(sentence="Das Pokalspiel der Damen in der Stadthalle beginnt am kommenden Sonntag um 15 Uhr.")
    assert listed(text) == ["2033-03-13 15:00"]


def test_am_naechsten_freitag_is_the_friday_ahead() -> None:
    text = NOTICE.format(sentence="Die Mitgliederversammlung tagt am nächsten Freitag um 19.30 Uhr im Vereinsheim.")
    assert listed(text) == ["2033-03-11 19:30"]


def test_am_naechsten_tag_stays_the_day_after() -> None:
    text = NOTICE.format(sentence="Am 14.03.2033 um 10 Uhr beginnt das Turnier, am nächsten Tag um 9 Uhr das "
                                  "Finale der Jugend.")
    assert listed(text) == ["2033-03-14 10:00", "2033-03-15 09:00"]
