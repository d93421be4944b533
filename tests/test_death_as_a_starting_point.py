"""A death named only as the point a count starts from, "their first summit since the former President died", in
a clause of its own opened by "since", "after" or "following" and holding no figure, does not make the sentence
history: its day is the main clause's. A death the sentence dates ("since he died on 5 May 2020", "the President
died on Tuesday") stays history. (Seen in world-hundredthirtieth: a basin commission's extraordinary summit "this
Tuesday, May 25, 2021, ..., their first since former Chadian President Idriss Deby Itno died".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"Notice\n\nSource: Example River Commission\n\n{body}\n"
    return [str(e.start) for e in extract(text, source="t", reference=REFERENCE,
                                          default_zone="Africa/Lagos").events]


@pytest.mark.parametrize("body", [
    "The ministers meet in Niamey on Thursday, 14 March 2024, for a special session, the first since the founding"
    " Secretary died.",
    "Member states gather in Yaounde on 14 March 2024 for their first summit after the Chair passed away.",
    "The board convenes on 14 March 2024 in Lagos, its first sitting following the day the Director was killed.",
])
def test_a_death_as_a_starting_point_leaves_the_day(body: str) -> None:
    assert _days(body) == ["2024-03-14"]


@pytest.mark.parametrize("body", [
    "The founding Secretary died on 14 March 2024 in Niamey.",
    "The Commission has been led by its deputy since the Chair died on 14 March 2024.",
])
def test_a_death_the_sentence_dates_is_history(body: str) -> None:
    assert _days(body) == []
