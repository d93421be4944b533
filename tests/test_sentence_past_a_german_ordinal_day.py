"""The daily reader's one sentence splitter: the stop of a German ordinal day ("Am 3. März", "bis 21. Juli") ends no
sentence, a year's or an English day's stop does. Texts of our own."""

from __future__ import annotations

import pytest

from parsers.daily import _own_sentence


@pytest.mark.parametrize(("text", "expected"), [
    ("Am 3. März übernimmt Stadträtin Eva Moser. Danach ist Pause.", "Am 3. März übernimmt Stadträtin Eva Moser."),
    ("Vom 9. bis 21. Juli liest jeden Tag ein Gast. Eintritt frei.", "Vom 9. bis 21. Juli liest jeden Tag ein Gast."),
    ("Das Fest war im Jahr 2031. März bringt Neues.", "Das Fest war im Jahr 2031."),
    ("The fair opens on 4 June. Tickets are free.", "The fair opens on 4 June."),
])  # fmt: skip
def test_own_sentence_reads_past_a_german_ordinal_day(text: str, expected: str) -> None:
    assert _own_sentence(text) == expected
