"""A span told by its length after its first day: "opens on 20 September and will last three days", "...; it will last
three days", "Форум откроется 20 сентября ...; он продлится три дня", "se inaugurará el 20 de septiembre y durará dos
días". The verb of lasting in the future and its count of days close the span from the day told (seen in
world-hundredthirtyninth, a CIS council's meeting "оно продлится три дня", read as one day). A length told of
something else by name ("The strike will last three days") does not. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

RELEASE = """{title}

Source: A council

{stamp}

{sentence}
"""
_EN = ("Forum opens in Dushanbe", "Media release | 13 September 2034")
_RU = ("Форум в Душанбе", "Пресс-релиз | 13 сентября 2034")
_ES = ("Foro en Quito", "Comunicado | 13 de septiembre de 2034")


@pytest.mark.parametrize(("head", "sentence", "expected"), [
    (_EN, "The regional forum opens in Dushanbe on 20 September 2034 and will last three days.",
     "2034-09-20..2034-09-22"),
    (_EN, "The regional forum opens in Dushanbe on 20 September 2034; it will last three days.",
     "2034-09-20..2034-09-22"),
    (_EN, "The regional forum opens in Dushanbe on 20 September 2034. It will last four days.",
     "2034-09-20..2034-09-23"),
    (_RU, "Форум откроется в Душанбе 20 сентября 2034 года; он продлится три дня.", "2034-09-20..2034-09-22"),
    (_RU, "Форум откроется в Душанбе 20 сентября 2034 года и продлится два дня.", "2034-09-20..2034-09-21"),
    (_ES, "El foro regional se inaugurará en Quito el 20 de septiembre de 2034 y durará dos días.",
     "2034-09-20..2034-09-21"),
])
def test_a_span_told_by_its_length(head: tuple[str, str], sentence: str, expected: str) -> None:
    title, stamp = head
    text = RELEASE.format(title=title, stamp=stamp, sentence=sentence)
    assert listed(text, reference=dt.date(2034, 9, 13)) == [expected]


def test_the_length_of_another_thing_is_not_the_span() -> None:
    text = RELEASE.format(title=_EN[0], stamp=_EN[1], sentence="The regional forum opens in Dushanbe on 20 September "
                          "2034. The strike will last three days.")
    assert listed(text, reference=dt.date(2034, 9, 13)) == ["2034-09-20"]
