"""The Indonesian press dates a saying with a weekday and its date in brackets after the speaker and place ("kata
Ketua ..., Senin (23/6)"); so it does after the verb's active and passive forms ("menyampaikannya dalam jumpa pers ...,
Senin (23/6)", "Hal itu disampaikan ... di Cikini, Senin (23/6)", "dijelaskan", "ditegaskan"): the day it was said,
no event (world-hundredfiftythird 10: the press conference where a plan was told became an event of its own). A
saying still to come ("akan menyampaikan ..."), and a gathering to come, stay events. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Berita

Source: Sebuah yayasan

Jakarta, Juni 2031
{sentence} Pertemuan itu digelar di Gedung Joang selama tiga hari, mulai tanggal 24 – 26 Juni 2031.
"""


def _days(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="t", reference=dt.date(2031, 6, 20),
                     default_zone="Asia/Jakarta").events
    return sorted(e.start.isoformat()[:10] for e in events)


@pytest.mark.parametrize("sentence", [
    "Rencana itu disampaikan Ketua Yayasan Lestari dalam jumpa pers di Menteng, Senin (23/6).",
    "Ketua Yayasan Lestari menyampaikannya dalam jumpa pers para relawan di Menteng, Senin (23/6).",
    "Hal tersebut ditegaskan Sekretaris Jenderal yayasan di kantornya, Senin (23/6).",
    "Direktur program mengatakan hal itu kepada wartawan di Bogor, Senin (23/6).",
])
def test_a_day_of_saying_in_brackets_is_no_event(sentence: str) -> None:
    assert _days(sentence) == ["2031-06-24"]


@pytest.mark.parametrize("sentence", [
    "Ketua Yayasan Lestari akan menyampaikan sikap yayasan di DPR, Senin (23/6).",
    "Yayasan Lestari akan menggelar jumpa pers di Menteng, Senin (23/6).",
    "Ketua Yayasan Lestari akan segera menjelaskan rencana itu di Balai Kota, Senin (23/6).",
    "Sekretaris yayasan bakal memaparkan hasil kajian di Bandung, Senin (23/6).",
])
def test_a_saying_or_gathering_to_come_stays_an_event(sentence: str) -> None:
    assert _days(sentence) == ["2031-06-23", "2031-06-24"]
