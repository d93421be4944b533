"""A Polish court's ruling told in the past ("Trybunał orzekł 21 września 2031 r. o niezgodności ...", "Sędziowie
orzekli 19 września ..."): a day before the stamp told with a court's past verb is history, as "odbyło się" already
was; a judgment to come ("ogłosi wyrok 30 września ... o godz. 12:00") stays an event (world-hundredfortysixth 7:
the Constitutional Tribunal's communiqué "rozpoznał ... orzekł"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_HEAD = "Komunikat\n\nSource: Sąd\n\nOpublikowano: 25 września 2031 r.\n\n"


def _events(body: str) -> list[str]:
    found = extract(_HEAD + body + "\n", source="test", reference=dt.date(2031, 1, 1),
                    default_zone="Europe/Warsaw").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else f"{e.start:%Y-%m-%d} (day)" for e in found)


def test_a_court_ruled_on_a_day_before_the_stamp() -> None:
    assert _events("Naczelny Sąd Administracyjny orzekł 22 września 2031 r., że uchwała rady gminy jest "
                   "nieważna.") == []


def test_judges_ruled_on_a_day_before_the_stamp() -> None:
    assert _events("Sędziowie orzekli 19 września 2031 r., że umowa kredytu jest nieważna.") == []


def test_a_judgment_to_come_stays_an_event() -> None:
    assert _events("Sąd Apelacyjny ogłosi wyrok 30 września 2031 r. o godz. 12:00 w sali nr 5.") == \
        ["2031-09-30 10:00"]
