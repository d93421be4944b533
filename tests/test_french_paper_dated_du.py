"""A paper named by its date in French, "daté du" ("par un communiqué daté du 8 novembre, la banque a annoncé ...",
"la lettre datée du 3 mars"): the day it was written, not an event, as "the Communique of 30 June" and "dated 9 May"
already were. Found in world-eightyfifth (a bank's communiqué made an event of its date). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Le fonds reporte son forum

Source: Fonds régional

Publié le 10 novembre 2031

{body}

Le conseil d'administration se réunira le jeudi 20 novembre 2031 à Lomé.
"""


@pytest.mark.parametrize("body", [
    "Par un communiqué daté du 8 novembre, le fonds a fait savoir que son forum était reporté.",
    "Dans une lettre datée du 6 novembre, le président a informé les ministres du report.",
])
def test_the_paper_s_date_is_no_event(body: str) -> None:
    events = extract(ITEM.format(body=body), source="fonds", reference=dt.date(2031, 11, 10)).events
    assert [e.start.isoformat()[:10] for e in events] == ["2031-11-20"]
