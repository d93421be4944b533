"""A German police report of what a patrol, the officers or a witness found ("stellte eine Streife gegen 9.40 Uhr
einen umgefahrenen Poller fest"): the day and clock say when the damage was noticed, no event. A fire brigade that
presents its new truck, or a festival, on the same page still is one."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article
from parsers.incidents import incident

_HEAD = ("<h1>POL-XY: Musterstadt, Unfallflucht</h1>"
         "<div class='date'>03.11.2031 – 13:12</div><p>Musterstadt (ots)</p>")
_FOUND = ("<p>Am Montag (03.11.) stellte eine Streifenwagenbesatzung gegen 9.40 Uhr einen umgefahrenen Poller an"
          " der Ecke Lindenweg/Kirchplatz fest. Der Verursacher fuhr weiter. Hinweise bitte an die Polizei"
          " Musterstadt.</p>")


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Meldungen</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/meldung", source="t")
    events = extract_articles([article], reference=dt.date(2031, 11, 3), default_zone="Europe/Berlin").events
    return sorted(f"{str(e.start)[:16]} {e.summary}" for e in events)


def test_what_a_patrol_found_is_an_incident() -> None:
    sentence = "Am Montag (03.11.) stellte eine Streife gegen 9.40 Uhr einen umgefahrenen Poller fest."
    assert incident(sentence, sentence.index("9.40"))
    sentence = "Die Beamten stellten am Sonntag gegen 2 Uhr fest, dass das Fenster aufgehebelt war."
    assert incident(sentence, sentence.index("Sonntag"))


def test_a_brigade_presenting_something_or_a_festival_is_not() -> None:
    sentence = "Die Feuerwehr stellt am Samstag, 8. November, um 14 Uhr ihr neues Löschfahrzeug vor."
    assert not incident(sentence, sentence.index("Samstag"))
    sentence = "Am Samstag stellte die Feuerwehr um 11 Uhr das Programm für ihr Fest vor."
    assert not incident(sentence, sentence.index("Samstag"))


def test_a_police_report_of_a_finding_is_no_event() -> None:
    assert _events(_HEAD + _FOUND) == []


def test_an_announcement_on_the_page_stays() -> None:
    open_day = ("<p>Die Polizei Musterstadt lädt am Samstag, 8. November 2031, von 10 bis 15 Uhr zum Tag der offenen"
                " Tür in die Wache am Markt ein.</p>")
    found = _events(_HEAD + _FOUND + open_day)
    assert [f[:16] for f in found] == ["2031-11-08 10:00"], found
