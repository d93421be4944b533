"""A title telling the day a practicality opens ("Journalists' accreditation for the session opens on August 21",
"Accreditation of journalists for the spring session begins on 1 March 2024", "From 12 September 2022: accrediting
journalists to begin") dates the accreditation, not the session: no event, where the text tells none. A title
dating the gathering itself ("Spring session opens on 1 March 2024") stays. (Found in world-fiftyfifth item 10, a
parliament's accreditation notice.) Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)
BODY = "Editors send a written request with two photographs to the press office of the parliament."


def _starts(title: str) -> list[str]:
    text = f"{title}\n\nSource: Example Parliament\n\n{BODY}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start) for e in events)


@pytest.mark.parametrize("title", [
    "Journalists' accreditation for the autumn session opens on 21 August 2010",
    "Accreditation of journalists for the spring session begins on 1 March 2024",
    "From 12 September 2022: accrediting journalists to begin",
    "Registration for the youth forum starts on 3 May 2023",
])
def test_the_day_a_practicality_opens_is_no_event(title: str) -> None:
    assert _starts(title) == []


def test_a_title_dating_the_session_stays() -> None:
    assert _starts("Spring session of the parliament opens on 1 March 2024") == ["2024-03-01"]
