"""The anchor words of the date grammar are found by str.find as the regex of them finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import datescan as dates

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# Words inside words, words glued to each other, overlapping ("noonoon"), every case the lists hold.
_CRAFTED = ("noonoonoon at afternoonoon, Afternoon; DAYDAY daydayday 1400hrshours HOURSHrs fterwardfternoon "
            "Mondays and Sundays at noon, evenings and mornings, overnight, the day after, Hours later")


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "pages").rglob("*.htm*"))
    return [_CRAFTED] + [path.read_text(encoding="utf-8", errors="replace") for path in paths]


@pytest.mark.parametrize(("words", "pattern"), [(dates._HOURS_WORDS, dates._HOURS_ANCHOR),
                                                (dates._DAY_WORDS, dates._WORD_ANCHOR)])
def test_the_words_are_found_where_their_regex_finds_them(words: tuple[str, ...], pattern: object) -> None:
    texts = _texts()
    found = 0
    for text in texts:
        expected = [m.start() for m in pattern.finditer(text)]  # type: ignore[attr-defined]
        assert dates._starts(text, words) == expected
        found += len(expected)
    assert len(texts) > 20  # the comparison has something to compare
    assert found > 40
    # "noonoonoon": the "noon" at 3 overlaps the first, the one at 6 does not; "fternoon" hides its "noon".
    assert dates._starts(_CRAFTED, dates._DAY_WORDS)[:3] == [0, 6, 15]
