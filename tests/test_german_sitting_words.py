"""A German sitting named alone or in a compound ("Nächste Sitzung des Landtags: 19. bis 21. März 2025",
"Plenarsitzung: 14. Mai 2030", "Ausschusssitzung ... am 3. Juni 2030") is a meeting: the line that dates it is an
event, as "Next sitting: 19 March" is (world-fiftyfirst 6: a regional parliament's next session, a bullet with a span
and no verb, was not read). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(title: str, source: str, body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="x", reference=dt.date(2030, 4, 1),
                     default_zone="Europe/Vienna").events
    return [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events
            if e.all_day]


def test_next_session_as_a_bullet_with_a_span() -> None:
    body = "Aktuelles\n- Nächste Sitzung des Landtags: 14. bis 16. Mai 2030.\n- Tagesordnung\n- Fragestunde"
    assert _days("Sitzungen des Landtags", "Landtag von Ruritanien", body) == [("2030-05-14", "2030-05-16")]


def test_a_compound_sitting_after_a_label() -> None:
    body = "Plenarsitzung: 14. Mai 2030\n\nDie Debatten werden im Livestream übertragen."
    assert _days("Plenum", "Landtag von Ruritanien", body) == [("2030-05-14", "2030-05-14")]


def test_a_committee_sitting_in_a_sentence() -> None:
    body = "Die nächste Ausschusssitzung zum Haushalt ist für den 3. Juni 2030 vorgesehen."
    assert _days("Haushaltsausschuss", "Landtag von Ruritanien", body) == [("2030-06-03", "2030-06-03")]
