"""A year-less day after a French passive passé composé (issue #10, "read any organisation's releases": what is no
event): "Celui-ci a été présenté à Dijon le 15 novembre" in an item with no stamp whose programme is dated later in
the year is the day of a presentation gone by (the last 15 November before the item's date), not an event; a future
in another clause, after a semicolon, is that clause's. Not a plan's participle: "a été reporté au", "a été convoqué
le" give a day to come. Seen in world-hundredfortyfourth (a wine organisation's centenary programme); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 3, 1)


def _days(body: str) -> list[str]:
    text = f"Un anniversaire en Bourgogne\n\nSource: Maison des vins\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_presentation_told_in_the_passive_past_is_no_event() -> None:
    body = ("Le salon des vignerons se tiendra du 11 au 13 octobre 2024 à Beaune. Son programme a été "
            "présenté à Dijon le 15 novembre, lors de l'assemblée générale des vignerons ; la fédération fêtera donc "
            "ses cinquante ans en Bourgogne.")
    assert _days(body) == ["2024-10-11"]


def test_signed_agreements_told_in_the_past_are_no_event() -> None:
    body = ("Le salon des vignerons se tiendra du 11 au 13 octobre 2024 à Beaune. Les accords de partenariat ont été "
            "signés à Mâcon le 20 novembre, en présence des maires.")
    assert _days(body) == ["2024-10-11"]


def test_a_day_a_meeting_was_called_for_is_to_come() -> None:
    body = ("Le salon des vignerons se tiendra du 11 au 13 octobre 2024 à Beaune. L'assemblée générale a été "
            "convoquée le 20 novembre à Mâcon.")
    assert _days(body) == ["2024-10-11", "2024-11-20"]
