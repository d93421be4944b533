"""A month stamp opened by a publication label ("Publicado em novembro de 2017", "Publié en mars 2019") dates the
item's days without a year, as a bare "Novembro de 2017" does: they are not moved to a far year whose weekdays fit.
Texts in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import listed


@pytest.mark.parametrize(("stamp", "row", "day"), [
    ("Publicado em novembro de 2017", "Na terça-feira (8/11), às 9h, a Comissão de Finanças reúne-se no plenário.",
     "2017-11-08 09:00"),
    ("Publié en mars 2019", "Le jeudi 14 mars à 10 h, la commission des finances se réunit en salle 2.",
     "2019-03-14 10:00"),
])
def test_the_labelled_month_stamp_gives_the_year(stamp: str, row: str, day: str) -> None:
    text = f"Week at the Assembly\n\nSource: Legislative Assembly of the Plains\n\n{stamp}\n\n{row}\n"
    assert listed(text) == [day]
