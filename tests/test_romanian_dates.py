"""Romanian dates and times ("miercuri, 22 octombrie", "între 10 și 12 noiembrie", "la ora 10:00", "orele 9.30"),
read as the other languages' are (world-fortyfourth 3: a parliament's first sitting, whose hour went on the stamp's
day); a day told in the Romanian past ("a fost semnat ... pe 17 octombrie", "ales pe 28 septembrie") before the stamp
is history. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Consiliul se reunește

Source: Consiliul Orașului

Published: 20 October 2031

{body}
"""


@pytest.mark.parametrize(("text", "kind", "said"), [
    ("Consiliul se reunește joi, 23 octombrie, în sala mare.", "day", (10, 23, 3)),
    ("Vizita are loc între 10 și 12 noiembrie 2031.", "span", (11, 10, None)),
    ("Târgul, deschis după o pauză, are loc de la 3 până la 5 mai.", "span", (5, 3, None)),
    ("The fair opens at 10 am on 5 mai.", "day", None),  # not Romanian: "mai" is read by the German grammar alone
])
def test_romanian_mentions(text: str, kind: str, said: tuple[int, int, int | None] | None) -> None:
    found = [m for m in find_mentions(text, "dmy") if m.kind in ("day", "span")]
    if said is None:
        assert all(m.text != "on 5 mai" for m in found)
        return
    assert [m.kind for m in found] == [kind]
    first = found[0].first
    assert first is not None
    assert (first.month, first.day, first.weekday) == said


@pytest.mark.parametrize(("body", "expected"), [
    ("Prima ședință a consiliului ales pe 5 octombrie are loc joi, 23 octombrie. Lucrările încep la ora 10:00.",
     ["2031-10-23 10:00"]),
    ("Ședința are loc miercuri, 22 octombrie, începând cu ora 9.30, în sala mare.", ["2031-10-22 09:30"]),
    ("Hotărârea a fost semnată de primar pe 17 octombrie.\n\nȘedința are loc vineri, 24 octombrie, la ora 18.",
     ["2031-10-24 18:00"]),
])
def test_romanian_items(body: str, expected: list[str]) -> None:
    events = extract(ITEM.format(body=body), source="consiliu", reference=dt.date(2031, 10, 20),
                     default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == expected
