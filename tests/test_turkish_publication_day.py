"""A Turkish text's day of publication: the date, then "tarihinde" and the participle of publishing or announcing
("06.02.2023 tarihinde yayınlanan gündem maddeleri", "tarihinde yayımladığımız ilan", "tarihinde duyurulan"): the day
a paper came out, no event. Seen in world-hundredtwentyfirst 8: the day an agenda was published was an event beside
the meeting that takes it up. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

TEXT = """NİSAN AYI MECLİS DUYURUSU

Source: Örnekköy Belediyesi

{sentence}
"""


@pytest.mark.parametrize("verb", ["yayınlanan", "yayımlanan", "duyurulan"])
def test_the_day_of_publication_is_no_event(verb: str) -> None:
    sentence = (f"03.04.2031 tarihinde {verb} gündem maddeleri, 10 Nisan 2031 Perşembe günü saat 10:00'da "
                "Meclis Salonunda görüşülecektir.")
    events = extract(TEXT.format(sentence=sentence), source="belediye", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-04-10 10:00"]
