"""A day's sentence and a later timed sentence that opens on the thing it told ("Today, Tuesday, April 14, Dr Ralph
Gonsalves ... addresses the people of the ECCU ..." and "The address goes out at 8 p.m. on:") are one happening: the
day stood as a second, all-day event (world-nineteenth 3, whose text is ours). Items in our own words."""

from __future__ import annotations

from parsers import extract
from parsers.bundle import split_bundle

from .conftest import CORPUS, REFERENCE, listed


def _item(number: int) -> str:
    article = split_bundle((CORPUS / "world-nineteenth.txt").read_text(encoding="utf-8"), "w19")[number - 1]
    return f"{article.title}\n\nSource: {article.org}\n\n{article.body}\n"


def test_the_address_goes_out_is_the_address_of_the_day() -> None:
    events = extract(_item(3), source="w19", reference=REFERENCE).events
    assert [(e.all_day, f"{e.start:%Y-%m-%d %H:%M}") for e in events] == [(False, "2015-04-14 20:00")]


def test_another_thing_at_another_time_stays_apart() -> None:
    text = _item(3).replace("The address goes out at 8 p.m. on:", "A concert follows at 9 p.m. on:")
    assert listed(text) == ["2015-04-14", "2015-04-14 21:00"]
