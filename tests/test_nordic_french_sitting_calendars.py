"""A council's calendar of sittings in Swedish, Danish, Norwegian or French: a line giving the one time its sittings
start ("Om inget annat anges hålls mötena klockan 18.00", "Le Conseil siège à la mairie dès 19 h 30") over a caption
naming the days dates or a calendar of sittings ("Sammanträdesdagar 2031", "Calendrier 2031 des séances du conseil")
and the bare days, one a line: each day is a sitting at that time. The caption's nouns named no kind (kinds.py leaves
"séance" and "sammanträde" to labels), the plural "mötena ... hålls" and "siège ... dès" gave no standing time, and a
row of its own with its hour, or the bare days of the year before, stopped the search for the standing time. Seen in
Malmö's and Shannon's calendars (world-hundredfiftysecond 7 and 9, session 53). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(text: str, reference: dt.date) -> list[str]:
    events = extract(text, source="test", reference=reference).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}" for e in events)


SWEDISH = """Fullmäktiges sammanträden 2031

Source: Exempelby kommun

Fullmäktige sammanträder i kommunhuset. Om inget annat anges hålls mötena klockan 18.00.

Sammanträdesdagar 2031
 • 10 feb
 • 14 apr (tisdag)
 • 3 nov
 • 17-18 nov kl. 09.00 (budget)
"""


def test_the_swedish_days_are_sittings_at_the_standing_time() -> None:
    starts = _starts(SWEDISH, dt.date(2031, 1, 5))
    assert starts == ["2031-02-10 18:00", "2031-04-14 18:00", "2031-11-03 18:00", "2031-11-17 09:00"]


FRENCH = """Séances du conseil municipal

Source: Municipalité d'Exemple

Le Conseil siège à la salle communautaire, 12, rue Principale, dès 19 h 30.

Calendrier 2031 des séances du conseil
  • Lundi 1er décembre

Séance extraordinaire (budget 2032) – Lundi 15 décembre 2031 à 19 h.

Calendrier 2032 des séances du conseil
  • Lundi 12 janvier
  • Lundi 9 février
  • Lundi 8 mars
"""


def test_the_french_days_are_sittings_past_the_special_sitting() -> None:
    starts = _starts(FRENCH, dt.date(2031, 11, 20))
    assert "2031-12-15 19:00" in starts
    assert {"2032-01-12 19:30", "2032-02-09 19:30", "2032-03-08 19:30"} <= set(starts)


CLOSED = """Kontorets öppettider 2031

Source: Exempelby kommun

Om inget annat anges öppnar kontoret klockan 08.00.

Stängda dagar 2031
 • 6 jan
 • 1 maj
 • 6 jun
"""


def test_days_the_office_is_closed_are_no_sittings() -> None:
    assert not any(s.endswith("08:00") for s in _starts(CLOSED, dt.date(2031, 1, 2)))


def test_the_head_office_opening_time_is_no_sittings_time() -> None:
    # "siège" the noun (the head office, after an article), not the council sitting: its hours are not the sittings'
    text = FRENCH.replace("Le Conseil siège à la salle communautaire, 12, rue Principale, dès 19 h 30.",
                          "Le public est accueilli au siège de la municipalité, 12, rue Principale, dès 8 h 30.")
    assert not any(s.endswith("08:30") for s in _starts(text, dt.date(2031, 11, 20)))


def test_a_compound_of_the_meetings_gives_the_standing_time_too() -> None:
    # "nämndsammanträdena", "styrelsemötena": the plural with its article closing a compound noun
    for meetings in ("nämndsammanträdena", "styrelsemötena"):
        starts = _starts(SWEDISH.replace("hålls mötena", f"hålls {meetings}"), dt.date(2031, 1, 5))
        assert "2031-02-10 18:00" in starts, meetings


def test_days_closed_under_the_meetings_time_are_no_sittings() -> None:
    # the caption says what the days are: closed ("Stängda dagar"), not the meetings the line above times
    starts = _starts(SWEDISH.replace("Sammanträdesdagar 2031", "Stängda dagar 2031"), dt.date(2031, 1, 5))
    assert not any(s.endswith("18:00") for s in starts)
