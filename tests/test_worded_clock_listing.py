"""A course or meeting list whose rows tell their clock with a word or letter, not a colon ("Di. 04.03.2031, 9.30 Uhr",
"mardi 4 mars 2031, 18h30"): trafilatura places the article in the page's one paragraph of intro and leaves the table
out (its rows hold little prose); the rows are still a list of dated, timed happenings, found by their shape, and each
row is read."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_INTRO = ("<p>Unsere Gruppen bieten Zeit für Begegnung und Austausch. Eltern und Kinder singen, spielen und bewegen"
          " sich gemeinsam; die Gruppen begleiten die Zeit bis zum Kindergarten. Hier werden Sie gemeinsam mit Ihren"
          " Kindern kreativ und bekommen jede Menge neue Ideen für zu Hause.</p>")


def _row(number: int, name: str, when: str, where: str) -> str:
    return (f"<tr class='row'><th><a href='/kurs/{number}'>{name}</a></th><td><div class='label'>Wann:</div>{when}</td>"
            f"<td><div class='label'>Wo:</div>{where}</td><td>Nr.: 31-11-00{number}</td><td><div class='label'>Status:"
            f"</div>Plätze frei <a href='?add={number}' title='in den Warenkorb'><i class='fa'></i></a></td></tr>")


def _events(rows: str, zone: str) -> list[str]:
    page = ("<html><head><title>Familienzentrum Lindenhof: Kurse</title></head><body><nav><a href='/'>Start</a></nav>"
            f"<div class='head'><h1>Kurse</h1></div><div class='content'><div class='box'>{_INTRO}<p>Bereiche</p>"
            "<ul class='cats'><li><a href='/a'>Babys</a></li><li><a href='/b'>Gruppen</a></li>"
            "<li><a href='/c'>Bewegung</a></li></ul><div class='list'><table><thead><tr><th>Titel</th><th>Datum</th>"
            f"<th>Ort</th><th>Nr.</th><th></th></tr></thead><tbody>{rows}</tbody></table></div></div></div></body></html>")
    article = html_article(page.encode(), url="https://example.org/kurse", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 1), default_zone=zone).events
    return sorted(str(e.start)[:16] for e in events)


def test_rows_with_german_uhr_clocks_are_each_read() -> None:
    rows = (_row(1, "Krabbeltreff", "Di. 04.03.2031, 9.30 Uhr", "Gemeindehaus, Lindenhof")
            + _row(2, "Singkreis", "Mi. 12.03.2031, 10.15 Uhr", "Gemeindehaus, Lindenhof")
            + _row(3, "Spielgruppe", "Fr. 21.03.2031, 15 Uhr", "Villa am Park, Lindenhof"))
    assert _events(rows, "Europe/Berlin") == ["2031-03-04 09:30", "2031-03-12 10:15", "2031-03-21 15:00"]


def test_rows_with_french_h_clocks_are_each_read() -> None:
    rows = (_row(1, "Atelier lecture", "mardi 4 mars 2031, 18h30", "Médiathèque")
            + _row(2, "Atelier dessin", "mercredi 12 mars 2031, 14h00", "Médiathèque")
            + _row(3, "Atelier jeux", "vendredi 21 mars 2031, 17h15", "Salle des fêtes"))
    assert _events(rows, "Europe/Paris") == ["2031-03-04 18:30", "2031-03-12 14:00", "2031-03-21 17:15"]
