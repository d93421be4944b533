"""A recording's length in hours and minutes, each with its unit ("02h 22m", "1h 05min"), is no clock time: an
archive row "Council Meeting   Jan 23, 2031   02h 22m" is a meeting on that day, not at 2 a.m. (pages-p36: a meeting
portal's archive of about 760 recordings gave each the hour of its length). The French hour with its letter
("à 14h", "14h30", "de 14h à 16h") is still a time. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "times", "why"), [
    ("Council Meeting   Jan 23, 2031   02h 22m", [], "a recording's length beside its day"),
    ("Planning Board   Mar 4, 2031   1h 05min", [], "minutes written 'min'"),
    ("Study Session   Apr 2, 2031   00h 19m", [], "a short one"),
    ("Réunion le 3 mai 2031 à 14h30", ["14:30:00"], "the French clock with minutes"),
    ("Réunion le 3 mai 2031 à 14h.", ["14:00:00"], "the French whole hour"),
    ("Portes ouvertes de 14h à 16h", ["14:00:00"], "a French range of whole hours"),
])
def test_lengths_are_no_clock_times(text: str, times: list[str], why: str) -> None:
    found = [str(m.time) for m in find_mentions(text) if m.time is not None]
    assert found == times, why


def _page_zone(rows: str) -> set[str]:
    import datetime as dt

    from parsers import extract_articles
    from parsers.html import html_article

    coming = ("<h3>Upcoming Meetings</h3><table><tr><th>Name</th><th>Date</th></tr>"
              "<tr><td>Council Meeting</td><td>March 4, 2031 - 06:00 PM</td></tr>"
              "<tr><td>Planning Commission Meeting</td><td>March 12, 2031 - 06:00 PM</td></tr></table>")
    page = (f"<html><head><title>Meetings</title></head><body><main>{coming}<h3>Archived Videos</h3><table>"
            f"<tr><th>Name</th><th>Date</th><th>Duration</th></tr>{rows}</table></main></body></html>")
    article = html_article(page.encode(), url="https://meetings.example.com/view", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="Europe/Brussels").events
    return {e.timezone for e in events if not e.all_day}


def test_the_archive_names_the_council_s_town() -> None:
    """Once the lengths are no times, the coming meetings' clock comes from the town that names the council in an
    archive row ("Riverside Council Special Meeting", Riverside, California), not from a length read as a time."""
    rows = ("<tr><td>Riverside Council Special Meeting</td><td>Nov 15, 2030</td><td>00h 42m</td></tr>"
            "<tr><td>Council Meeting</td><td>Nov 8, 2030</td><td>02h 10m</td></tr>")
    assert _page_zone(rows) == {"America/Los_Angeles"}


def test_a_town_word_not_naming_a_body_sets_no_clock() -> None:
    rows = ("<tr><td>Items voted in one go (Zug), as of</td><td>Nov 15, 2030</td><td>00h 42m</td></tr>"
            "<tr><td>Council Meeting</td><td>Nov 8, 2030</td><td>02h 10m</td></tr>")
    assert _page_zone(rows) == {"Europe/Brussels"}


@pytest.mark.parametrize(("text", "start"), [
    ("La séance commence le 13 mai à 14h 30min.", "14:30:00"),
    ("Séance publique le mardi 13 mai, de 9h 30mn à 12h.", "09:30:00"),
])
def test_french_minutes_with_their_unit_after_a_clock_word(text: str, start: str) -> None:
    """'à 14h 30min': after the word that makes it a clock, the hour and minutes with their units are a time."""
    assert [str(m.time) for m in find_mentions(text) if m.kind == "time"] == [start]
