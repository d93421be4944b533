"""A row that gives several starting clocks of one day, each before its name ("09:30 Uhr Welpen 10:45 Uhr
Junghunde", a table cell's lines run into one line) is several rows: an event at each clock (pages-p59: a dog club's
training times, of which only the first was read). A later clock tied to the words before it ("Einlass 18:00 Uhr,
Beginn um 19:30 Uhr") opens no pair. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _times(body: str, zone: str = "Europe/Berlin") -> list[str]:
    page = f"<html><head><title>Verein</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/e", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 1), default_zone=zone).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_a_cell_of_two_clock_name_pairs_is_two_rows() -> None:
    got = _times("<h1>Unsere Kurszeiten</h1><table><tr><td>Samstags, ab 07.03.2031</td>"
                 "<td>09:30 Uhr Welpen<br>10:45 Uhr Junghunde,</td><td>Platz am Wald</td></tr></table>")
    assert got == ["2031-03-07 09:30", "2031-03-07 10:45"]


def test_three_pairs_in_english_are_three_rows() -> None:
    got = _times("<h1>Swim club</h1><table><tr><td>Mondays from 10 March 2031</td>"
                 "<td>17:00 Juniors<br>18:00 Seniors<br>19:15 Masters</td></tr></table>", "Europe/London")
    assert got == ["2031-03-10 17:00", "2031-03-10 18:00", "2031-03-10 19:15"]


def test_a_clock_tied_to_its_words_opens_no_pair() -> None:
    got = _times("<h1>Konzert</h1><p>Freitag, 14.03.2031, Einlass 18:00 Uhr Foyer um 19:30 Uhr Saal</p>")
    assert "2031-03-14 19:30" not in got


def test_a_start_and_an_end_told_in_a_sentence_are_one_event() -> None:
    got = _times("<h1>Kunjungan</h1><p>Kamis, 13 Maret 2031, acara dimulai pukul 08.00 Wita dan selesai pukul"
                 " 11.00 Wita.</p>", "Asia/Makassar")
    assert "2031-03-13 11:00" not in got
