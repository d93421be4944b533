""""tomorrow" between "will" and its verb ("will tomorrow host") or before the verb's object ("hosts tomorrow a
delegation") is the day after the item's date, and the day of the clock told in the next sentence. Texts in our own
words."""

from __future__ import annotations

import pytest

from tests.conftest import listed


@pytest.mark.parametrize("clause", ["will tomorrow receive", "receives tomorrow"])
def test_tomorrow_in_the_clause_dates_the_next_sentences_clock(clause: str) -> None:
    text = ("Speaker receives envoys\n\nSource: National Assembly of Lesotho\n\n"
            f"MASERU, 9th June 2026 – The Speaker {clause} a delegation of the Botswana Parliament. "
            "The courtesy call is set for 10:00 hours in the Speaker's Boardroom.\n")
    assert listed(text) == ["2026-06-10 10:00"]


def test_tomorrows_as_a_word_of_a_name_is_no_day() -> None:
    text = ("Youth forum\n\nSource: National Assembly of Lesotho\n\n"
            "MASERU, 9th June 2026 – The Speaker will address the leaders of tomorrow at 10:00 hours on Friday "
            "12 June.\n")
    assert listed(text) == ["2026-06-12 10:00"]


def test_tomorrow_of_a_question_or_after_a_preposition_is_no_day() -> None:
    text = ("Skills week\n\nSource: National Assembly of Lesotho\n\n"
            "MASERU, 9th June 2026 – Nobody can say what will tomorrow bring for the sector. The course prepares "
            "young people for tomorrow the way employers need it. The Speaker opens the fair on Friday 12 June at "
            "10:00 hours.\n")
    assert listed(text) == ["2026-06-12 10:00"]
