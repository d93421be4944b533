"""A Dutch emergency dispatch report: its stamp, when a crew was sent out ("is de ambulance met spoed uitgereden",
"De melding werd om 14:05 ... verzonden") and the pager row that restates the clock with no day ("14:05" / "a1 ...").
Each says when something happened, no event; an announcement on such a page still is one."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article
from parsers.incidents import incident

_SENT = ("Maandag 3 november is de ambulance met spoed uitgereden naar de Kerkstraat in Dorpen. De melding werd om"
         " 14:05 via het P2000 netwerk verzonden naar een dienstdoende ambulance van de regio.")
_HEAD = ("<h1>Ambulance met spoed naar Kerkstraat in Dorpen</h1>"
         "<div class='info-row'><span class='date'>3 november 2031 14:05</span></div>")
_PAGER = ("<div class='panel'><h3>P2000 melding</h3><div><div>14:05</div><div>a1 kerkstraat dorpen : 12345</div>"
          "</div></div>")


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Meldingen</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/melding", source="t")
    events = extract_articles([article], reference=dt.date(2031, 11, 3), default_zone="Europe/Amsterdam").events
    return sorted(f"{str(e.start)[:16]} {e.summary}" for e in events)


def test_a_dispatch_sentence_tells_an_incident() -> None:
    sentence = "De melding werd om 14:05 via het netwerk verzonden naar de ploeg."
    assert incident(sentence, sentence.index("14:05"))
    sentence = "De brandweer houdt op woensdag 5 november een open dag in de kazerne."
    assert not incident(sentence, sentence.index("woensdag"))


def test_a_dispatch_report_is_no_event() -> None:
    assert _events(f"{_HEAD}<div><p><b>{_SENT}</b></p></div>") == []


def test_the_pager_row_restating_its_clock_is_none_either() -> None:
    assert _events(f"{_HEAD}<div><p><b>{_SENT}</b></p></div>{_PAGER}") == []


def test_an_announcement_on_the_page_stays() -> None:
    open_evening = "<p>De brandweer houdt op woensdag 5 november om 19:30 een open avond in de kazerne.</p>"
    found = _events(f"{_HEAD}<div><p><b>{_SENT}</b></p>{open_evening}</div>{_PAGER}")
    assert [f[:16] for f in found] == ["2031-11-05 19:30"], found
