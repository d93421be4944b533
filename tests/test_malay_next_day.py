"""Malay and Indonesian days counted from the day in context: "keesokan harinya", "esok harinya", "hari berikutnya",
"sehari kemudian" (the day after), "sehari sebelumnya" (the day before), as English reads "the next day" and Spanish
"al día siguiente". "esok" or "besok" alone is still tomorrow from the publication date. Seen in world-sixtyfifth (a
president's working visit went on "keesokan harinya"). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Lawatan kerja ke Sulawesi

Source: Biro Uji

Jakarta, 4 Maret 2031 - {body}
"""


@pytest.mark.parametrize(("text", "offset"), [
    ("Menteri tiba di Kendari pada Senin, 10 Maret 2031. Keesokan harinya menteri meninjau pelabuhan.", 1),
    ("Menteri tiba di Kendari pada Senin, 10 Maret 2031; esok harinya menteri meninjau pelabuhan.", 1),
    ("Menteri tiba di Kendari pada Senin, 10 Maret 2031, dan pada hari berikutnya meninjau pelabuhan.", 1),
    ("Menteri tiba di Kendari pada Senin, 10 Maret 2031. Sehari kemudian menteri meninjau pelabuhan.", 1),
    ("Menteri membuka pameran pada Senin, 10 Maret 2031. Sehari sebelumnya menteri tiba di Kendari.", -1),
])
def test_a_day_counted_from_another(text: str, offset: int) -> None:
    assert [m.offset for m in find_mentions(text, "") if m.kind == "relative"] == [offset]


def test_tomorrow_alone_counts_from_the_publication_date() -> None:
    found = find_mentions("Menteri akan meninjau pelabuhan esok pukul 9 pagi.", "")
    assert [m.kind for m in found if m.kind in ("relative", "published")] == ["published"]


def test_the_next_day_takes_its_date_and_the_zone_of_its_label() -> None:
    body = ("Presiden dijadwalkan tiba di Kendari pada Kamis, 13 Maret 2031 pukul 10.00 WITA untuk membuka pabrik. "
            "Keesokan harinya, Presiden akan meninjau pasar ikan di Baubau pukul 08.30 WITA.")
    events = extract(ITEM.format(body=body), source="uji", reference=dt.date(2031, 3, 4)).events
    starts = sorted((e.start.isoformat(), e.summary) for e in events)
    assert [s for s, _ in starts] == ["2031-03-13T10:00:00+08:00", "2031-03-14T08:30:00+08:00"]
    assert "Keesokan" not in starts[1][1]
