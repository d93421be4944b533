"""A page whose title says it lists past sittings or events ("Past meetings of the Planning Board", "Vergangene
Plenarsitzungen: Plenarwoche Oktober 2025", "Séances précédentes du conseil") is an archive: its rows of days are
history, no events; a sentence on it that tells what is to come ("The next meeting will be held on ...") keeps its
event (world-fiftyfirst 7: the past session week of a Landtag, "Landtag, 115. Sitzung am 08.10.2025", with its
protocols and adopted bills). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _starts(title: str, source: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="x", reference=dt.date(2030, 6, 1),
                     default_zone=zone).events
    return sorted(e.start.isoformat() for e in events)


BOARD = """Planning Board, 41st meeting on 14.03.2030
Video of the 41st meeting

Planning Board, 42nd meeting on 11.04.2030
Video of the 42nd meeting
"""


def test_rows_of_a_page_of_past_meetings() -> None:
    assert _starts("Past meetings of the Planning Board", "Planning Board of Example County", BOARD,
                   "America/Chicago") == []


def test_rows_of_a_page_of_earlier_sittings_in_french() -> None:
    body = "Conseil régional, 41e séance le 14.03.2030\nVidéo de la 41e séance\n\n" \
           "Conseil régional, 42e séance le 11.04.2030\nVidéo de la 42e séance\n"
    assert _starts("Séances précédentes du conseil", "Conseil régional d'Exemple", body, "Europe/Paris") == []


def test_the_next_meeting_on_an_archive_page_stays() -> None:
    body = BOARD + "\nThe next meeting will be held on 9 July 2030 at 6 pm in the council chamber.\n"
    assert _starts("Past meetings of the Planning Board", "Planning Board of Example County", body,
                   "America/Chicago") == ["2030-07-09T18:00:00-05:00"]


def test_the_same_rows_under_another_title_stay() -> None:
    assert _starts("Meetings of the Planning Board", "Planning Board of Example County", BOARD,
                   "America/Chicago") == ["2030-03-14", "2030-04-11"]


def test_a_meeting_of_former_holders_is_no_archive() -> None:
    """"Past Presidents Meeting" is a meeting of former presidents, not a page of past meetings (review)."""
    from parsers.pastpage import archive

    assert not archive("Past Presidents Meeting")
    assert archive("Past meetings of the Board")
