"""The halls of the UN headquarters name New York's clock, "en el Salón del Consejo de Seguridad", "in the
Trusteeship Council Chamber" (issue #10, "Zones": venues): a time in them with no city named is New York's; a
"General Assembly Hall" is not only the UN's (a church's, a parliament's) and names no town. Seen in
world-eightyeighth (a delegates' handbook in Spanish: an event "en el Salón de la Asamblea General ... entre las 8.00 y
las 9.00 horas"; there the hall and the time are on two lines, which this rule does not join); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _timed(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.timezone) for e in
                  extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime))


def test_spanish_security_council_hall() -> None:
    text = ("Manual: actos de alto nivel\n\nSource: Secretaría\n\n"
            "Acto de alto nivel sobre los océanos en el Salón del Consejo de Seguridad el jueves 24 de septiembre de "
            "2026, entre las 10.00 y las 11.00 horas.\n")
    assert _timed(text) == [("2026-09-24 10:00", "America/New_York")]


def test_english_council_chamber() -> None:
    text = ("High-level event on oceans\n\nSource: Conference Secretariat\n\n"
            "A high-level event on oceans takes place in the Trusteeship Council Chamber on Thursday, "
            "24 September 2026, at 3 p.m.\n")
    assert _timed(text) == [("2026-09-24 15:00", "America/New_York")]


def test_a_general_assembly_hall_elsewhere_keeps_its_own_clock() -> None:
    text = ("Opening night\n\nSource: Presbyterian Church in Ireland\n\nBelfast, 2 June 2026\n\nThe opening night"
            " of the General Assembly is at 7.30pm on Monday 8 June in the General Assembly Hall.\n")
    assert _timed(text) == [("2026-06-08 19:30", "Europe/London")]
