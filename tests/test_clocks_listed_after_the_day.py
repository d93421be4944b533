""""The debates open on 9 May. There will be two, at 4 p.m. and at 7 p.m.": a sentence with no day of its own whose
clocks, joined by "and" / "y" / "et", give times to the event the sentence before announced on its day; each clock
after the first is that event again, as it is when the sentence names the day itself (world-hundredfortysixth 2:
"ese primer día habrá dos, a las 16:00 y a las 19:00 horas"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(body: str, zone: str, stamp: str) -> list[str]:
    text = "Aviso\n\nSource: Instituto\n\n" + stamp + "\n\n" + body + "\n"
    found = extract(text, source="test", reference=dt.date(2031, 1, 1), default_zone=zone).events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in found
                  if isinstance(e.start, dt.datetime))


def test_spanish_two_clocks_after_the_day_told_before() -> None:
    assert _starts("Los foros vecinales empiezan el 14 de marzo. Ese día habrá dos, a las 10:00 y a las 18:00 horas, "
                   "en la alcaldía.", "America/Mexico_City", "Publicado el 2 de marzo de 2031") \
        == ["2031-03-14 16:00", "2031-03-15 00:00"]


def test_french_two_clocks_after_the_day_told_before() -> None:
    assert _starts("Les auditions publiques commencent le 14 mars. Ce jour-là, il y en aura deux, à 10h et à 15h, "
                   "devant la chambre.", "Europe/Paris", "Publié le 2 mars 2031") \
        == ["2031-03-14 09:00", "2031-03-14 14:00"]


def test_english_two_clocks_after_the_day_told_before() -> None:
    assert _starts("The candidate debates open on 14 March. There will be two, at 4 p.m. and at 7 p.m.",
                   "Europe/London", "Published 2 March 2031") == ["2031-03-14 16:00", "2031-03-14 19:00"]


def test_a_start_and_an_end_are_one_event() -> None:
    assert _starts("The hearing is on 14 March. It starts at 10:00 and ends at 12:00.", "Europe/London",
                   "Published 2 March 2031") == ["2031-03-14 10:00"]
