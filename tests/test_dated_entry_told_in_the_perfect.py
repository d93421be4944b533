""""14.05.2031 - Klage abgewiesen" over "Heute hat der 2. Senat ... darüber verhandelt, ob ...": an entry of a list of
dated releases whose text opens by telling, in the German perfect, what was done that day is a report of the day, no
event; neither is its "Heute" (world-hundredfortysixth 11: Dresden's "13.04.2021 - ..." over "Heute hat der 4.
Zivilsenat ... verhandelt, ob ..."). A "Heute" told in the present ("Heute verhandelt ...") is still that day's event.
Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(body: str) -> list[str]:
    text = "Mitteilungen\n\nSource: Landgericht\n\nPressemitteilungen 2031\n\n" + body + "\n"
    found = extract(text, source="test", reference=dt.date(2031, 1, 1), default_zone="Europe/Berlin").events
    return sorted(e.start.isoformat()[:16] for e in found)


def test_an_entry_told_in_the_perfect_with_an_ordinal_and_a_clause_after() -> None:
    assert _days("20.05.2031 - Sitzung verlegt\n\nDie Sitzung des Senats am 22. Mai 2031 um 10 Uhr findet im Saal 4 "
                 "statt.\n\n14.05.2031 - Klage abgewiesen\n\nHeute hat der 2. Senat des Landgerichts Leipzig darüber "
                 "verhandelt, ob die Klage zulässig ist. Er hat sie abgewiesen.") == ["2031-05-22T10:00"]


def test_an_entry_told_in_the_perfect_with_a_participle_opening_with_its_prefix() -> None:
    assert _days("14.05.2031 - Beschluss\n\nHeute hat die 5. Kammer über die Beschwerde der Stadt entschieden.") == []


def test_an_entry_told_in_the_present_is_that_days_event() -> None:
    assert _days("14.05.2031 - Verhandlung\n\nHeute verhandelt die 5. Kammer über die Beschwerde der Stadt.") \
        == ["2031-05-14"]
