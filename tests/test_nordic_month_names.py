"""The month names Swedish, Danish and Norwegian spell unlike German, French, Dutch and English: "maj" (Swedish and
Danish May), "marts" (Danish March), "augusti" (Swedish August), "desember" (Norwegian December). A press
conference "Torsdagen den 15 maj kl 13:45" was not read at all (world-eightyfirst, an armed forces' notice). Items
in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

NOTICE = """Pressinbjudan

Source: Ett departement

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Seminariet om sjöfartens säkerhet hålls onsdagen den 10 maj 2028 kl. 14.00 i departementets hörsal.",
     ["2028-05-10 14:00"]),
    ("Ministeren åbner konferencen om kystsikring mandag den 6. marts 2028 kl. 10.00 i Esbjerg.",
     ["2028-03-06 10:00"]),
    ("Statsråden legg fram planen tirsdag 12. desember 2028 kl. 09.00 i Oslo.", ["2028-12-12 09:00"]),
    ("Utställningen om flottans historia öppnas den 21 augusti 2028 kl. 13.00 på museet.", ["2028-08-21 13:00"]),
])
def test_a_nordic_month_name_gives_its_day(sentence: str, expected: list[str]) -> None:
    assert listed(NOTICE.format(sentence=sentence)) == expected
