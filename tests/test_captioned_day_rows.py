"""A run of list lines "CAPTION: DAYS" ("Segunda etapa, Ciudad de Panamá: 24 al 27 de mayo de 2017", "Lima Food
Fair: 22-23 May 2031") is a list of entries, each of its days, named by its caption; a field's label, a deadline or
a payment before the colon names no entry. Spanish days given bare, "24 al 27 de mayo", "los días 22 y 23 de mayo",
are a span, both days, not the last alone (world-thirtyfifth 6: the three stages of a trade mission were left out).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Trade mission

Source: Export Promotion Office

Published: 1 April 2031

{body}
"""

# (body, expected (first, last, summary contains), why)
CASES = [
    ("The mission has three stages:\n\nFirst stage, San José (Costa Rica): 22 and 23 May 2031\n"
     "Second stage, Panama City: 24 to 27 May 2031\nThird stage, San Salvador (El Salvador): 28 to 30 May 2031",
     [("2031-05-22", "2031-05-23", "San José"), ("2031-05-24", "2031-05-27", "Panama City"),
      ("2031-05-28", "2031-05-30", "San Salvador")], "each stage its days"),
    ("Our stands at the fairs:\n\nLima Food Fair: 22-23 May 2031\nBogotá Textile Show: 24-27 May 2031",
     [("2031-05-22", "2031-05-23", "Lima Food Fair"), ("2031-05-24", "2031-05-27", "Bogotá Textile Show")],
     "fairs by name"),
    ("La misión tiene tres etapas:\n\nPrimera etapa, San José (Costa Rica): 22 y 23 de mayo de 2031\n"
     "Segunda etapa, Ciudad de Panamá: 24 al 27 de mayo de 2031",
     [("2031-05-22", "2031-05-23", "San José"), ("2031-05-24", "2031-05-27", "Panamá")], "in Spanish, bare days"),
    ("Key dates:\n\nClosing date for entries: 12 May 2031\nFinal dividend paid: 25 May 2031",
     [], "a deadline and a payment are no entries"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_captioned_day_rows(body: str, expected: list[tuple[str, str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="rows", reference=dt.date(2031, 4, 1), default_zone="UTC").events
    got = sorted((e.start.isoformat(), (e.end - dt.timedelta(days=1)).isoformat(), e.summary)
                 for e in events if e.all_day)
    assert [(a, b) for a, b, _ in got] == [(a, b) for a, b, _ in expected], why
    for (_, _, summary), (_, _, words) in zip(got, expected, strict=True):
        assert words in summary, why


@pytest.mark.parametrize(("text", "first", "last"), [
    ("los días 22 y 23 de mayo de 2031", "22", "23"),
    ("Lima: 24 al 27 de mayo de 2031", "24", "27"),
    ("del 12 al 14 de noviembre", "12", "14"),
])
def test_bare_spanish_spans(text: str, first: str, last: str) -> None:
    spans = [m for m in find_mentions(text, "dmy") if m.kind == "span"]
    assert len(spans) == 1
    assert spans[0].first is not None
    assert spans[0].last is not None
    assert (str(spans[0].first.day), str(spans[0].last.day)) == (first, last)
