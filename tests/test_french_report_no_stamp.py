"""A French day opening a report in the passé composé ("Le jeudi 6 mars 2031, en marge du Forum ..., la ministre ... a
présidé une réunion") is a day gone by even in an item with no publication date, and its subject may come after a
long aside; a day that opens an announcement ("... présidera une réunion") stays an event. Seen in
world-hundredtwentyeighth (a report of Mali's foreign ministry on a press conference at BAMEX 25). The texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 3, 20)
_ASIDE = ("en marge du Forum régional sur la sécurité alimentaire et la résilience des communautés rurales (Palais "
          "des congrès de Dakar), la ministre de l'Agriculture et de l'Équipement rural, Aminata Diallo,")


def _days(line: str) -> list[str]:
    text = f"Forum régional\n\nSource: Ministère de l'Agriculture\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_report_with_no_stamp_is_no_event() -> None:
    assert _days(f"Le jeudi 6 mars 2031, {_ASIDE} a présidé une réunion des partenaires techniques.") == []


def test_an_announcement_stays_an_event() -> None:
    assert _days(f"Le jeudi 27 mars 2031, {_ASIDE} présidera une réunion des partenaires techniques.") \
        == ["2031-03-27"]
