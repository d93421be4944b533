"""Georgian dates (issue #10, "Language"): a day's number before its month in the dative ("12 მაისს", on 12 May),
the nominative or the genitive, a span of days of one month ("14-16 ოქტომბერს"), the year first in the genitive
("2026 წლის", of the year 2026). Seen in world-hundredfourteenth (a foreign minister's official visit "2021 წლის
27-29 აპრილს" gave no event); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}" if e.end else "")
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "expected"), [
    ("ესტონეთის რესპუბლიკის საგარეო საქმეთა მინისტრი 2026 წლის 14-16 ოქტომბერს ოფიციალური ვიზიტით ესტუმრება.\n",
     [("2026-10-14", "2026-10-17")]),
    ("ლატვიის რესპუბლიკის საგარეო საქმეთა მინისტრი 2026 წლის 12 მაისს თბილისში უმასპინძლებს კონფერენციას.\n",
     [("2026-05-12", "2026-05-13")]),
])
def test_georgian_days(body: str, expected: list[tuple[str, str]]) -> None:
    text = f"განცხადება\n\nSource: სამინისტრო\n\n{body}"
    assert _days(text) == expected
