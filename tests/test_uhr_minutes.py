"""German clock times with the minutes after the word, "18 Uhr 15", "14 Uhr 30 bis 16 Uhr" (issue #10, "Times"): a
university's or a town's release writes the hour, "Uhr", then the minutes. Read as 18:15, the minutes neither lost
nor taken for the hour of a range ("15 bis 20 Uhr"); "um 10 Uhr" alone stays on the hour, and a number that counts
something after "Uhr" is no minute. Seen in world-hundredthirtyfifth (a Berlin university's public lectures,
"jeweils montags, 18 Uhr 15 bis 20 Uhr", read at 15:00); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _times(text: str) -> list[tuple[int, int]]:
    return [(e.start.hour, e.start.minute) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_in_a_sentence() -> None:
    text = ("Vortrag im Rathaus\n\nSource: Volkshochschule Kassel\n\nDer Vortrag über die Stadtgeschichte beginnt am "
            "Donnerstag, 16. April 2026, um 19 Uhr 30 im Festsaal des Rathauses.\n")
    assert _times(text) == [(19, 30)]


def test_the_start_of_a_range() -> None:
    text = ("Ringvorlesung Klima\n\nSource: Universität Kassel\n\nDie erste Sitzung der Ringvorlesung findet am "
            "Dienstag, 21. April 2026, von 16 Uhr 15 bis 17 Uhr 45 im Hörsaal 3 statt.\n")
    assert _times(text) == [(16, 15)]


def test_a_range_with_its_word_at_the_end() -> None:
    text = ("Sprechstunde der Dekanin\n\nSource: Universität Kassel\n\nAm Mittwoch, 22. April 2026, 10 Uhr 15 bis "
            "12 Uhr, Raum 1.204: offene Sprechstunde der Dekanin für Studierende.\n")
    assert _times(text) == [(10, 15)]


def test_a_number_that_counts_is_no_minute() -> None:
    text = ("Exkursion der Fachschaft\n\nSource: Universität Kassel\n\nAm Freitag, 24. April 2026, um 10 Uhr 15 "
            "Studierende der Geografie fahren mit dem Bus zum Edersee.\n")
    assert _times(text) == [(10, 0)]
