"""The day a paper was laid before or tabled in a house ("the 2023 Annual Report, laid before Parliament on 24th July
2024", "tabled in the House of Assembly on 3 March") names the paper, a thing done, not an event; a paper that "will
be tabled" on a day is still one (the sitting is to come). Seen beside an ombudsman committee's public meeting on the
report (world-hundredtwentysecond, session 46). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(body: str) -> list[str]:
    text = f"Committee hearing\n\nSource: Public Accounts Committee\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=dt.date(2025, 5, 1)).events)


@pytest.mark.parametrize("laid", ["laid before Parliament on 4th March 2025", "tabled in the House of Assembly on 4 "
                                  "March 2025", "tabled on 4 March 2025"])
def test_a_paper_laid_is_no_event(laid: str) -> None:
    body = (f"The Committee will hear the Auditor-General on Thursday 15 May 2025 at 10 a.m. on her annual report, "
            f"{laid} and published the same day.")
    assert _days(body) == ["2025-05-15"]


def test_a_paper_to_be_tabled_is_one() -> None:
    body = "Published 2 May 2025\n\nThe Auditor-General's report on ferries will be tabled in Parliament on 13 May."
    assert _days(body) == ["2025-05-13"]
