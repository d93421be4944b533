"""A where field and a when field on one line, "Ort: Innsbruck, Landhausplatz Datum: Sonntag, 4. Jänner 2026, ab 11
Uhr" (issue #10, "Layout": a card's two lines glued when its page lost a line break): the when field's date and time
are read, as they are on a line of their own. Seen in world-hundredeleventh (a Land's invitation to a hand-over: the
date was read as words of the place, and the programme's rows fell on the day of the invitation's stamp); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 2)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_german_place_then_date_on_one_line() -> None:
    text = ("Neujahrsempfang des Landes\n\nSource: Land Beispiel\n\nDer Landeshauptmann lädt zum Neujahrsempfang.\n"
            "Ort: Klagenfurt, Landhaushof Datum: Mittwoch, 14. Jänner 2026, ab 18 Uhr\n")
    assert _starts(text) == ["2026-01-14 18:00"]


def test_english_venue_then_date_on_one_line() -> None:
    text = ("Mayor opens the new library\n\nSource: City of Example\n\nThe Mayor will open the new central library.\n"
            "Venue: Central Library, 12 High Street Date: Tuesday, 20 January 2026, 10:30 am\n")
    assert _starts(text) == ["2026-01-20 10:30"]
