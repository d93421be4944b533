"""Czech and Slovak "až" ("to") between the days of a span: "12. až 14. května", "od 12. až do 14. května 2026" are
one span of three days, as "12.–14. května" and "od 12. do 14. května" were read already (parsers/lang_slovak.py).
Issue #10, the forms left by earlier sessions (a Czech festival "12. až 14. května" was read as its last day alone);
the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(body: str) -> list[tuple[str, str]]:
    events = extract(f"Festival\n\nSource: Obec\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted((f"{e.start}", f"{e.end}") for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("Festival se uskuteční 12. až 14. května 2026 na náměstí.", "Czech, no 'od'"),
    ("Festival se koná od 12. až do 14. května 2026 v parku.", "'od ... až do'"),
    ("Seminár sa uskutoční 12. až 14. mája 2026 v Bratislave.", "Slovak"),
])
def test_az_joins_the_days_of_a_span(body: str, why: str) -> None:
    assert _spans(body) == [("2026-05-12", "2026-05-15")], why


def test_the_dash_is_read_as_before() -> None:
    assert _spans("Festival se uskuteční 12.–14. května 2026 na náměstí.") == [("2026-05-12", "2026-05-15")]
