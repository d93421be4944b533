"""The Japanese end of a measure's period moved: a day, "まで" ("until"), then extended, postponed or continued
("期間が7月11日まで延長されました", "5月31日まで延びました"): the day a rule runs to, no event. Seen in
world-hundredtwentyfirst 10: a mayor's remark that a prefecture's measures were extended to 11 July became an event
on that day. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

TEXT = """市長定例記者会見

Source: 例示市

令和13年3月3日

市の対策について説明します。{sentence}
市民説明会は3月20日(木曜日)午後2時から市民ホールで開きます。
"""


@pytest.mark.parametrize("sentence", [
    "県の重点措置の期間が3月31日まで延長されました。",
    "営業時間短縮の要請は3月31日まで延びました。",
    "受付は3月31日までの間、延長します。",
])
def test_the_extended_periods_end_is_no_event(sentence: str) -> None:
    events = extract(TEXT.format(sentence=sentence), source="shi", reference=REFERENCE).events
    assert [e.start.strftime("%m-%d") for e in events] == ["03-20"]
