"""A row of a listing opens with a weekday and a day and month in figures, with no year and no word before them ("Mi,
03.11., 17:00 Uhr", "Sa. 13.11."): the weekday belongs to the day, and it tells the year, as it does before a named
month ("Mittwoch, 3. November"). pages-p38, a church's list of services. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Gottesdienste</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/g", source="t")
    events = extract_articles([article], reference=dt.date(2026, 12, 5), default_zone="Europe/Zurich").events
    return sorted(f"{str(e.start)[:16]}" for e in events)


def test_a_weekday_set_off_by_its_comma_tells_the_year() -> None:
    # 8 November is a Monday in 2021 (and in 2027, too far after the reference); without its weekday the day would be
    # taken in the reference's year, 2026, where it is a Sunday.
    found = _events("<h1>Gottesdienste</h1><ul><li>Mo, 08.11., 19:00 Uhr<br>Abendgebet in der Kapelle<br>Baar</li>"
                    "</ul>")
    assert found == ["2021-11-08 19:00"], found


def test_a_weekday_with_its_full_stop() -> None:
    found = _events("<h1>Konzerte</h1><ul><li>Sa. 11.12. 20:00 Uhr<br>Adventskonzert des Kirchenchors<br>Baar</li>"
                    "</ul>")
    assert found == ["2021-12-11 20:00"], found


def test_a_weekday_written_out() -> None:
    found = _events("<h1>Gottesdienste</h1><p>Dienstag, 09.11., 16:30 Uhr</p><p>Andacht im Seniorenzentrum, Baar</p>")
    assert found == ["2021-11-09 16:30"], found


def test_a_two_letter_word_not_set_off_is_no_weekday() -> None:
    # "So 10.12 Uhr": no comma, no stop and no closing stop after the figures: a clock time after a word.
    found = _events("<h1>Plan</h1><p>So 10.12 Uhr beginnt die Probe im Saal, Baar, am 4. Dezember 2026.</p>")
    assert found == ["2026-12-04 10:12"], found
