"""Hindi hours said in words before "बजे" ("सुबह आठ बजे", eight in the morning; "शाम चार बजे", four in the evening),
as "सुबह 8 बजे" in figures already was; a number word that no "बजे" follows ("आठ केंद्रों पर", at eight centres) is
no clock (world-hundredfortysixth 9: a state's counting "23 नवंबर को सुबह आठ बजे"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _events(body: str) -> list[str]:
    text = "सूचना\n\nSource: राज्य निर्वाचन आयोग\n\n" + body + "\n"
    found = extract(text, source="test", reference=dt.date(2031, 1, 1), default_zone="Asia/Kolkata").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else f"{e.start:%Y-%m-%d} (day)" for e in found)


def test_the_morning_hour_in_words() -> None:
    assert _events("नगर निगम चुनाव की मतगणना 4 जून 2031 को सुबह आठ बजे शुरू होगी।") == ["2031-06-04 02:30"]


def test_the_evening_hour_in_words() -> None:
    assert _events("आयोग 12 मार्च 2031 को शाम चार बजे प्रेस वार्ता करेगा।") == ["2031-03-12 10:30"]


def test_a_number_word_with_no_hour_after_it_is_no_clock() -> None:
    assert _events("मतगणना आठ केंद्रों पर 4 जून 2031 को होगी।") == ["2031-06-04 (day)"]
