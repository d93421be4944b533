"""Turkish written in capitals, as headings are ("12 EKİM 2026 PERŞEMBE", "SALI"), is read by Turkish casing: "İ"
lowers to "i" and "I" to "ı" (Python's lower() gives "i̇", with a combining dot, and "i"). The grammar matched such
words but their lookup failed, and the whole text raised a KeyError instead of giving its mentions. The texts are
ours."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "day"), [
    ("12 EKİM 2026 PERŞEMBE toplantı", (12, 10, 2026)),
    ("Meclis toplantısı 12 EKİM 2026 tarihinde saat 14.00'te yapılacak.", (12, 10, 2026)),
    ("3 NİSAN 2026 CUMA günü saat 10.00'da basın toplantısı", (3, 4, 2026)),
    ("Meclis toplantısı 3 Nisan 2026 tarihinde saat 14.00'te yapılacak.", (3, 4, 2026)),
])
def test_a_day_in_capitals_is_read(text: str, day: tuple[int, int, int]) -> None:
    days = [(m.first.day, m.first.month, m.first.year) for m in find_mentions(text) if m.first is not None]
    assert day in days


def test_a_weekday_in_capitals_is_read() -> None:
    mentions = find_mentions("Meclis SALI günü saat 14.00'te toplanacak.")
    assert mentions
