"""Bosnian, Montenegrin and Serbian (Latin script) write a date as Croatian does, a day's number, its dot and the
month's genitive, but with the Latin months' names ("21. maja", "3. septembra"), and say tomorrow "sjutra" (ijekavian)
or "sutra": the Croatian reader reads them too. world-seventyfirst item 8 (a Montenegrin ministry's note: "sjutra,
21. maja ... u 11h ... u 12:30h") showed the form: the day was not read and the times fell on the publication day.
"Danas" inside a sentence, with its capital, is the name of a daily, not today. Each text is our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.lang_croatian import croatian_mentions

NOTICE = """{title}

Source: {source}

{body}
"""


def _events(title: str, source: str, body: str) -> list[str]:
    events = extract(NOTICE.format(title=title, source=source, body=body), source="me",
                     reference=dt.date(2031, 5, 20), default_zone="Europe/Podgorica").events
    return sorted(f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M %z}" for e in events)


def test_tomorrow_and_a_latin_month_of_a_ministry_s_note() -> None:
    body = ("Objavljeno: 2031-05-20 09:00:00\n\nMinistarka odbrane sjutra, 21. maja, posjećuje kasarnu u Nikšiću, "
            "gdje će u 10h dati izjavu za medije.")
    assert _events("Ministarka odbrane sjutra u Nikšiću", "Ministarstvo odbrane", body) == ["2031-05-21 10:00 +0200"]


def test_a_day_with_a_latin_month_and_a_clock_in_sati() -> None:
    body = "Sarajevo, 2. septembra 2031.\n\nSjednica Vijeća održat će se 9. septembra u 11 sati u sali 2."
    assert _events("Najava sjednice Vijeća", "Vijeće", body) == ["2031-09-09 11:00 +0200"]


def test_the_mentions_alone() -> None:
    found = croatian_mentions("Ministar je sjutra, 21. maja 2031. u Baru.")
    assert [(m.kind, m.offset) for m in found] == [("published", 1), ("day", 0)]
    assert (found[1].first.day, found[1].first.month, found[1].first.year) == (21, 5, 2031)


def test_a_daily_s_name_is_no_today() -> None:
    assert [m.kind for m in croatian_mentions("Intervju je dao listu Danas prije sjednice 3. maja.")] == ["day"]
