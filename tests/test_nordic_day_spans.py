"""A span of days with the Nordic article before its last day, "fra den 16. maj til den 18. maj", "från den 3 juni
till den 5 juni" (issue #10, "dates": spans): one run of days, as "fra 16. til 18. maj" is, not its two ends as two
days. Seen in world-hundredeighth (a Greenland government's notice of a visit to Nuuk); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _runs(body: str) -> list[tuple[str, str]]:
    """Each all-day event's first and last day."""
    text = f"Besøg\n\nSource: Regeringen\n\n{body}\n"
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        last = e.end - dt.timedelta(days=1) if e.end is not None else e.start
        out.append((f"{e.start:%Y-%m-%d}", f"{last:%Y-%m-%d}"))
    return sorted(out)


@pytest.mark.parametrize(
    ("body", "run"),
    [
        ("Ministeren besøger Tórshavn fra den 7. september til den 9. september 2024.", ("2024-09-07", "2024-09-09")),
        ("Delegationen är i Visby från den 3 juni till den 5 juni 2025.", ("2025-06-03", "2025-06-05")),
        ("Messen holdes i dagene 12. oktober til den 14. oktober 2023 i Bodø.", ("2023-10-12", "2023-10-14")),
    ],
    ids=["danish", "swedish", "norwegian-without-the-first-den"],
)
def test_nordic_span_with_den_before_its_end(body: str, run: tuple[str, str]) -> None:
    assert _runs(body) == [run]
