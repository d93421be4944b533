"""A German rail notice is no event: train cancellations ("Zugausfälle"), buses in their place ("Ersatzbusse",
"Schienenersatzverkehren"), track works ("Gleisarbeiten"), and the lines "betroffen" from one day and hour to another.
A local news site's list of event tips (bernau-live.de) ended with such a traffic notice, and its window, "ab Freitag,
den 20. Oktober 2023 – 22:00 Uhr bis Freitag, den 03. November 2023 – 22:00 Uhr", became two events. A gathering
about the works stays an event, also when German names it in a compound ("Informationsveranstaltung").
Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.disruptions import disrupts_a_service
from parsers.mentions import Mention

from .conftest import REFERENCE

ITEM = "Verkehrshinweis\n\nQuelle: Verkehrsverbund Oderland\n\nVeröffentlicht: 2. März 2026\n\n{body}\n"

# (body, number of events, why)
CASES = [
    ("Wegen Gleisarbeiten kommt es in den Osterferien zu Zugausfällen. Betroffen ist die Linie RE 6 ab Samstag, den "
     "7. März 2026 – 21:00 Uhr bis Montag, den 9. März 2026 – 4:30 Uhr.", 0, "a line 'betroffen' by track works"),
    ("Zwischen Seelow und Küstrin verkehren Ersatzbusse. Die Linien RB 26 und RB 36 sind am Sonntag, 8. März 2026, "
     "von 6 bis 18 Uhr betroffen.", 0, "lines 'betroffen', the day's dot inside the sentence"),
    ("Am Samstag, 7. März 2026, fallen ab 22 Uhr Züge aus; es gibt Schienenersatzverkehre zwischen Eberswalde und "
     "Angermünde.", 0, "buses replacing trains, in the plural"),
    ("Zur Informationsveranstaltung über die Gleisarbeiten an der Linie RE 6 lädt die Gemeinde am Dienstag, "
     "10. März 2026, um 19 Uhr in das Rathaus ein.", 1, "a meeting about the works is an event"),
    ("Die Bürgerversammlung zu den Zugausfällen findet am Donnerstag, 12. März 2026, um 18 Uhr in der Stadthalle "
     "statt.", 1, "a citizens' assembly about the cancellations is an event"),
    ("Das Stadtfest beginnt am Samstag, 14. März 2026, um 11 Uhr auf dem Marktplatz.", 1, "no disruption named"),
    # "-führung" is a gathering only as a guided tour, not as the route a line takes or the carrying out of works
    ("Wegen Gleisarbeiten fahren die Busse der Linie 5 mit geänderter Linienführung von Freitag, den 6. März 2026 – "
     "22:00 Uhr bis Montag, den 9. März 2026 – 5:00 Uhr.", 0, "a line's changed route is no gathering"),
    ("Die Durchführung der Gleisarbeiten betrifft die Linie RE 6 am Samstag, 7. März 2026, ab 21 Uhr.", 0,
     "the carrying out of the works is no gathering"),
    ("Trotz der Gleisarbeiten beginnt die Stadtführung am Samstag, 7. März 2026, um 14 Uhr am Rathaus.", 1,
     "a guided tour is an event"),
]


@pytest.mark.parametrize(("body", "count", "why"), CASES)
def test_a_german_rail_notice_is_no_event(body: str, count: int, why: str) -> None:
    events = extract(ITEM.format(body=body), source="verkehr", reference=REFERENCE,
                     default_zone="Europe/Berlin").events
    assert len(events) == count, why


def test_affected_people_are_not_a_line() -> None:
    """"Betroffene" (people affected) names no line: a consultation hour for them is not a disruption."""
    mention = Mention("weekday", 0, 6, "Montag")
    assert not disrupts_a_service("Betroffene Anwohner können am Montag um 10 Uhr in die Sprechstunde kommen.", mention)
    assert disrupts_a_service("Betroffen hiervon sind die Linien S2 und S8 ab Freitag, 22:00 Uhr.", mention)
