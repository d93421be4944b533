"""Malay "hari ini" (today) in the clause of a telling to the press, "yang bercakap kepada pemberita di Seri Negeri
hari ini", "memberitahu wartawan ... hari ini": the day the news was told, no event of its own; the event told keeps
its day (world-hundredthirtyeighth 14: a chief minister announcing a prime minister's visit "pada 4 Februari").
Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Menteri Besar umum lawatan Perdana Menteri

Source: A state government

10 Mac 2030

IPOH: Perdana Menteri dijadual melawat negeri ini pada 20 Mac untuk merasmikan hospital baharu.

Selepas perasmian, {telling}, beliau akan bertemu pemimpin masyarakat di dewan orang ramai.
"""


@pytest.mark.parametrize(("telling", "why"), [
    ("menurut Menteri Besar yang bercakap kepada pemberita di pejabatnya hari ini", "spoke to the reporters"),
    ("seperti dimaklumkan Menteri Besar kepada wartawan hari ini", "told to the journalists"),
    ("seperti Menteri Besar memberitahu media di bangunan negeri hari ini", "told the media"),
])
def test_the_day_of_the_telling_is_no_event(telling: str, why: str) -> None:
    assert listed(ITEM.format(telling=telling)) == ["2030-03-20"], why

