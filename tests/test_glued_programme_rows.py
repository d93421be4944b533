"""A programme whose rows lost their line breaks, each row's clock glued to the last word of the row before: "zum
Hangar7:40 Uhr Ankunft der Ministerin8:00 Uhr Rundgang" (issue #10, "Layout": a wire copy of a press invitation keeps
the rows' text but not their breaks): each clock its own event, with its own row's words, as on separate lines. Seen
in world-ninetysixth (two Bundeswehr invitations: of five glued rows with a minister's arrival, his talks and a
demonstration, two were lost and one took its neighbour's words); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _rows(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime))


def test_glued_rows_each_give_their_clock_and_words() -> None:
    text = ("Besuch der Ministerin beim Fliegerhorst\n\nSource: Luftwaffe\n\n"
            "Husum (ots) - Die Ministerin besucht am Dienstag, den 14. April 2026, den Fliegerhorst.Ablauf:7:40 Uhr "
            "Ankunft der Presse am Tor Nord8:00 Uhr Ankunft der Ministerin, Begrüßung durch den Kommodore8:20 Uhr "
            "Lagevortrag im Stabsgebäude9:10 Uhr Flugvorführung \"Alarmrotte\"9:40 Uhr Pressegespräch im Hangar 2\n")
    rows = _rows(text)
    assert [at for at, _ in rows] == ["2026-04-14 07:40", "2026-04-14 08:00", "2026-04-14 08:20",
                                      "2026-04-14 09:10", "2026-04-14 09:40"]
    titles = dict(rows)
    assert "Lagevortrag" in titles["2026-04-14 08:20"]
    assert "Flugvorführung" in titles["2026-04-14 09:10"]


def test_one_glued_clock_is_left_as_it_is() -> None:
    # a single clock glued to a word is a lost space in a sentence, not a programme's rows
    text = ("Tag der offenen Tür\n\nSource: Marine\n\n"
            "Kiel (ots) - Der Stützpunkt öffnet am Samstag, den 18. April 2026, ab10:00 Uhr seine Tore für Besucher.\n")
    assert [at for at, _ in _rows(text)] == ["2026-04-18 10:00"]


def test_when_fields_glued_to_their_clocks_are_no_rows() -> None:
    text = ("Bürgersprechstunde\n\nSource: Stadt, Presseamt\n\nDer Bürgermeister lädt am Dienstag, 17. März 2026, zur "
            "Sprechstunde ins Rathaus ein. Beginn:10:00 Uhr, Ende:12:00 Uhr, Ort: Sitzungssaal.\n")
    rows = _rows(text)
    assert [at for at, _ in rows] == ["2026-03-17 10:00"]
    assert "Sprechstunde" in rows[0][1]
