"""Georgian dates (issue #10, "Language"): a day's number before its month in the dative ("12 მაისს", on 12 May),
the nominative or the genitive, a span of days of one month ("14-16 ოქტომბერს"), the year first in the genitive
("2026 წლის", of the year 2026). Seen in world-hundredfourteenth (a foreign minister's official visit "2021 წლის
27-29 აპრილს" gave no event); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

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



@pytest.mark.parametrize(("said", "day"), [("10 ოქტომბრის", (10, 10)), ("15 იანვრის", (1, 15)),
                                          ("3 თებერვლის", (2, 3))])
def test_a_genitive_that_drops_its_vowel(said: str, day: tuple[int, int]) -> None:
    # ("2026 წლის 10 ოქტომბრის სხდომა": the sitting of 10 October; the genitive of "ოქტომბერი" is "ოქტომბრის")
    found = find_mentions(f"პარლამენტის 2026 წლის {said} სხდომა გაიმართება თბილისში.")
    assert [(m.first.month, m.first.day) for m in found if m.kind == "day" and m.first] == [day]
