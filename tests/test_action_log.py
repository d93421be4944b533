"""The dated rows under a label that names them a file's history ("MAJOR ACTIONS:", "All Actions", "Bill history",
"Seguimiento:", "Tramitación", "Beratungsverlauf") are a bill's or a case's steps, one day each (introduced,
referred, passed, signed; decretado, dictamen, publicado), not events: a bill's status page gave twelve, a
parliament's tracking sheet fifteen. The rows end at the next heading or the next field's label. Rows that follow an
ordinary lead-in stay events. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(body: str, zone: str = "America/New_York") -> list[str]:
    events = extract(ITEM.format(title="H.R. 5120 - Harbor Dredging Act", source="Bill tracker", body=body),
                     source="example", reference=dt.date(2031, 9, 1), default_zone=zone).events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


ENGLISH = """MAJOR ACTIONS:

2/3/2031   Introduced in House
4/14/2031   Passed/agreed to in House: On passage Passed by recorded vote: 301 - 110.
5/20/2031   Passed/agreed to in Senate: Passed Senate without amendment by Unanimous Consent.
5/28/2031   Signed by President.

ALL ACTIONS:

2/3/2031:

Referred to the House Committee on Transportation.

4/14/2031 1:20pm:

Considered under the provisions of rule H. Res. 212.

TITLE(S):

Harbor Dredging Act"""

SPANISH = """Seguimiento: 03/02/2031 Decretado a... Transportes y Comunicaciones 10/02/2031 En comisión Transportes \
12/03/2031 Dictamen Favorable Sustitutorio 14/04/2031 Orden del Día 22/05/2031 Publicado - Ley N° 40112

Iniciativas Agrupadas: 01122, 01190"""


@pytest.mark.parametrize(("body", "zone"), [(ENGLISH, "America/New_York"), (SPANISH, "America/Lima")],
                         ids=["major-and-all-actions", "seguimiento"])
def test_a_files_steps_are_no_events(body: str, zone: str) -> None:
    assert _days(body, zone) == []


def test_the_field_after_the_steps_is_read_again() -> None:
    body = ENGLISH + "\n\nHEARINGS:\n\nThe Subcommittee on Ports will hold a hearing on Tuesday, October 7, 2031."
    assert _days(body) == ["2031-10-07"]


def test_rows_under_an_ordinary_lead_in_stay() -> None:
    body = """Public meetings on the dredging plan:

October 7, 2031 – Port Commission hearing, Harbor Hall
October 9, 2031 – Open house, Pier 4 Visitor Center"""
    assert _days(body) == ["2031-10-07", "2031-10-09"]


def test_a_sentence_after_the_steps_is_read_again() -> None:
    body = ("Status history\n\n3/10/2031 Introduced\n\n3/24/2031 Passed\n\n"
            "A hearing on the bill is set for 10/2/2031 at 10 am in Room 212.")
    assert _days(body) == ["2031-10-02"]


def test_a_bare_actions_heading_over_meetings_is_no_history() -> None:
    body = ("Upcoming meetings\n\nActions\n\n10/6/2031 Council meeting at 7 pm, City Hall\n\n"
            "10/20/2031 Council meeting at 7 pm")
    assert _days(body) == ["2031-10-06", "2031-10-20"]

