"""A town inside the quoted name of an exhibition, a play or a book is what the work is about, not where the event
happens (issue #10, "Zone"): "18h00 | Vernissage de l'exposition « De Lisbonne à Tokyo », Grand Palais, Paris |" is
at six in Paris, not in Tokyo. Guillemets, curly quotes and German low-high quotes only (straight quotes open and close
alike). Seen in world-seventieth (a French minister's agenda); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.placeroles import in_quoted_title

_REFERENCE = dt.date(2026, 3, 1)
_UTC = dt.UTC


def _starts(text: str) -> list[dt.datetime]:
    return sorted(e.start.astimezone(_UTC) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_a_town_in_an_exhibitions_title_sets_no_zone() -> None:
    text = ("Agenda du ministre\n\nSource: Ministère de la Culture\n\nMercredi 14 octobre 2026\n"
            "18h00 | Vernissage de l'exposition « De Lisbonne à Tokyo », Grand Palais, Paris |\n")
    assert _starts(text) == [dt.datetime(2026, 10, 14, 16, 0, tzinfo=_UTC)]


def test_curly_quoted_title_in_english() -> None:
    text = ("Minister's diary\n\nSource: Department of Culture\n\nThursday 15 October 2026\n"
            "19:30 | Premiere of “A Night in Nairobi”, National Theatre, London |\n")
    assert _starts(text) == [dt.datetime(2026, 10, 15, 18, 30, tzinfo=_UTC)]


def test_the_quotes_are_read_on_the_place_s_line() -> None:
    assert in_quoted_title("Opening of « De Lisbonne à Tokyo", 30)
    assert in_quoted_title("Film „Von Wien nach Rom“ im Kino", 12)
    assert not in_quoted_title("« De Lisbonne à Tokyo », then a reception in Tokyo", 45)
    assert not in_quoted_title("“Hello” he said in Tokyo", 20)
    assert not in_quoted_title("«Titre»\nmeeting in Tokyo", 20)



def test_a_town_in_quoted_speech_is_where_it_happens() -> None:
    for sentence in ["Le ministre a déclaré : « Je serai à Lyon jeudi 10 avril à 10h pour voir les maires. »",
                     "The mayor said: “I will be in Lyon on Thursday 10 April at 10:00 to meet the other mayors.”",
                     "“The leaders meet in Lyon on Thursday 10 April at 10:00, and talk until the evening,” he said."]:
        text = f"Visit\n\nSource: A ministry\n\n1 April 2026\n\n{sentence}\n"
        events = extract(text, source="test", reference=_REFERENCE, default_zone="America/New_York").events
        assert [e.timezone for e in events if isinstance(e.start, dt.datetime)] == ["Europe/Paris"], sentence
