"""A day told in the past in Swedish, Danish or Norwegian, with no publication stamp: "Regeringen gav den 9 januari
2017 ... nya direktiv" (gave), "mødet blev holdt den", "besøkte ... den": history, not an event (issue #10, "Not
events"). Seen in world-hundredthirtyfirst (a Swedish defence ministry's press call, whose first sentence tells when
the commission got its directives); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_swedish_gave_on_a_day() -> None:
    text = ("Pressträff om utredningen\n\nSource: Departementet\n\n"
            "Regeringen gav den 12 januari 2026 utredningen nya direktiv. Utredningen sammanträder för första gången "
            "onsdagen den 4 februari 2026, och då hålls en pressträff i Stockholm.\n")
    assert _starts(text) == ["2026-02-04"]


def test_norwegian_visited_on_a_day() -> None:
    text = ("Forsvarsministeren til Bodø\n\nSource: Departementet\n\n"
            "Ministeren besøkte den 14 januari 2026 garnisonen i Harstad. Tirsdag 10. februar 2026 besøker han "
            "Bodø.\n")
    assert _starts(text) == ["2026-02-10"]


def test_a_present_tense_day_stays() -> None:
    text = ("Pressträff\n\nSource: Departementet\n\n"
            "Utredningen håller sitt första möte onsdagen den 4 februari 2026 i Stockholm.\n")
    assert _starts(text) == ["2026-02-04"]
