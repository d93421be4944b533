"""A publication stamp with the minute it was updated at in brackets, "12 мая 2022, 09:37 (обновлено в 10:09)",
"3 May 2022, 09:37 (updated 10:09)", is a stamp: neither minute is an event, and the text's days below it stay.
(Seen in world-hundredthirtieth: a news agency's stamp over a treaty organisation's summit, whose minute came out
as an event titled "Обновлено".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(stamp: str, body: str) -> list[str]:
    text = f"Notice\n\nSource: Example Alliance\n\n{stamp}\n\n{body}\n"
    return [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE,
                                               default_zone="Europe/Moscow").events]


@pytest.mark.parametrize(("stamp", "body"), [
    ("14 марта 2023, 11:42 (обновлено в 12:06)", "Министры встретятся в Минске 20 марта на заседании совета."),
    ("14 March 2023, 11:42 (updated 12:06)", "The ministers meet in Minsk on 20 March for the council's session."),
])
def test_the_update_minute_is_part_of_the_stamp(stamp: str, body: str) -> None:
    assert _starts(stamp, body) == ["2023-03-20"]
