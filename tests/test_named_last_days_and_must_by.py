"""Deadlines told as "the last day of accreditation" in one Swedish word, "Sista ackrediteringsdag: fredag den 27
maj" (or "Sista dag för ackreditering är ..."), and the South Slavic "must be formed by 6 May", "mora biti formirana
do 6. maja", "najkasnije do" (issue #10, "Dates": deadlines): a bound, not an event, and no heading that dates the
programme points below it. Seen in world-hundredth (a royal court's national day, a president's press conference);
the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import listed

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return listed(text, _REFERENCE)


_COURT = "Officiella program\n\nSource: Kungl. Hovstaterna\n\nKalender 2023-06-06 – 2023-06-06\n\n"


def test_swedish_last_accreditation_day_in_one_word() -> None:
    text = (_COURT + "Mottagning på slottet\n\nSista ackrediteringsdag: onsdag den 31 maj.\n\n"
            "Galamiddag\n\nTid: kl. 19.30 samling för media, Västra valvet\n")
    assert "2023-05-31" not in " ".join(_starts(text))
    assert "2023-06-06 19:30" in _starts(text)


def test_swedish_last_day_for_accreditation_is() -> None:
    text = (_COURT + "Konsert i Slottskyrkan\n\nSista dag för ackreditering är onsdag den 31 maj.\n"
            "Konserten ges tisdag den 6 juni kl. 19.00.\n")
    assert _starts(text) == ["2023-06-06 19:00"]


def test_serbian_must_be_formed_by() -> None:
    text = ("Konferencija predsednika\n\nSource: Predsednik Republike\n\nBeograd, 02.10.2024\n\n"
            "Konferencija je zakazana za 12.00 časova. Nova uprava mora biti formirana do 15. oktobra, kada ističe rok."
            "\n")
    assert _starts(text) == ["2024-10-02 12:00"]


def test_croatian_at_the_latest_by() -> None:
    text = ("Obavijest\n\nSource: Ured predsjednika\n\nZagreb, 3. ožujka 2025.\n\n"
            "Prijave za akreditaciju primaju se najkasnije do 10. ožujka. Svečanost počinje 12. ožujka u 11 sati.\n")
    assert _starts(text) == ["2025-03-12 11:00"]


def test_the_last_day_of_a_meeting_is_no_deadline() -> None:
    # (review: "the last meeting day" is a day of the meeting, its rows events)
    text = ("Ministermøte\n\nSource: Nordisk råd\n\nMinistermøtet holdes i Bergen 3.-4. desember 2026. Siste møtedag er"
            " fredag 4. desember kl. 09.00, med pressekonferanse kl. 12.00.\n")
    assert {"2026-12-04 09:00", "2026-12-04 12:00"} <= set(listed(text))
