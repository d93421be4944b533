"""An item titled with a judgment's neutral citation ("Smith v Jones [2015] NZHC 1234 (3 June 2015)", "[2013] NZCA
114", "[2019] SGHC 45") is the judgment as reported: its header's "Hearing: 12 May 2015" and "Judgment: 3 June 2015 at
11.30 am" tell when the case was heard and decided, history, not events. A hearing notice with no citation keeps its
hearing. Shown by world-fiftysixth item 11 (Court of Appeal of New Zealand), whose hearing and judgment were
published as events."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(text: str) -> list[str]:
    return [e.start.isoformat()[:10] for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_reported_judgment_header_is_history() -> None:
    text = ("Smith v Jones Holdings Limited [2015] NZHC 1234 (3 June 2015)\n\nSource: High Court of New Zealand\n\n"
            "IN THE HIGH COURT OF NEW ZEALAND\nCIV-2014-404-100\n\nHearing: 12 May 2015\n\n"
            "Counsel:\nPlaintiff – A B Brown\nDefendant – C D Green\n\nJudgment: 3 June 2015 at 11.30 am\n\n"
            "JUDGMENT OF PETERS J\n\n[1] The plaintiff seeks damages for a contract the defendant ended.\n")
    assert _days(text) == []


def test_reported_judgment_of_another_court_is_history() -> None:
    text = ("Public Prosecutor v Tan Ah Kow [2019] SGHC 45 (20 February 2019)\n\nSource: Supreme Court of Singapore\n\n"
            "Hearing: 4 December 2018\n\nJudgment: 20 February 2019 at 10 am\n\n"
            "[1] The accused was charged with two offences of cheating.\n")
    assert _days(text) == []


def test_hearing_notice_keeps_its_hearing() -> None:
    text = ("Notice of hearing: Smith v Jones\n\nSource: High Court of New Zealand\n\n1 March 2023\n\n"
            "Hearing: 14 March 2023\n\nThe Court will sit at 10 am on Tuesday 14 March 2023 in Courtroom 3.\n")
    assert _days(text) == ["2023-03-14"]
