"""An agenda's item that adopts the minutes of an earlier meeting names a meeting held ("procès-verbal de la réunion
du 3 mars", "Protokoll der Sitzung vom 3. März", "verbale della seduta del 3 marzo", "notulen van de vergadering van
3 maart"); a day given as a limit ("entro le 12 di venerdì", "entro il 5 aprile", "scade il prossimo 30 aprile",
"viimeistään perjantaina 4.4.2031") is a deadline or an expiry. None is an event. World-seventyseventh items 3, 7 and
14 published each as one. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Agenda

Source: A Parliament

Published: 2 April 2031

{body}
"""


def _days(body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="parliament", reference=dt.date(2031, 4, 2),
                     default_zone=zone).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime) else e.start.isoformat()
                  for e in events)


@pytest.mark.parametrize(("body", "zone"), [
    ("Mardi, le 8 avril 2031\n\n  • 10:00  /  08.04.2031\n    Commission des Finances\n"
     "    1. Projet de procès-verbal de la réunion du 18 mars 2031 : adoption", "Europe/Luxembourg"),
    ("Dienstag, 8. April 2031\n\n10:00 Uhr Finanzausschuss\n1. Genehmigung: Protokoll der Sitzung vom 18. März 2031",
     "Europe/Berlin"),
    ("Martedì 8 aprile 2031, ore 10:00, Commissione Bilancio.\n"
     "1. Approvazione del verbale della seduta del 18 marzo 2031.", "Europe/Rome"),
])
def test_the_minutes_of_an_earlier_meeting(body: str, zone: str) -> None:
    assert _days(body, zone) == ["2031-04-08 10:00"]


@pytest.mark.parametrize(("body", "zone"), [
    ("La commissione si riunisce martedì 8 aprile alle 10:00. Gli emendamenti vanno presentati entro le 12 di "
     "venerdì 4 aprile.", "Europe/Rome"),
    ("La commissione si riunisce martedì 8 aprile alle 10:00. Il decreto scade il prossimo 30 aprile.", "Europe/Rome"),
    ("Valiokunta kokoontuu tiistaina 8.4.2031 klo 10.00. Lausunnot pyydetään viimeistään perjantaina 4.4.2031.",
     "Europe/Helsinki"),
])
def test_a_limit_is_no_event(body: str, zone: str) -> None:
    assert _days(body, zone) == ["2031-04-08 10:00"]
