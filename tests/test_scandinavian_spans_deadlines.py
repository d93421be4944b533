"""Norwegian, Danish and Swedish spans and deadlines: "frå 31. oktober til 3. november", "fra 2. til 4. juni", "från
12 maj till och med 14 maj" are spans, not two single days; "fristen er 28. oktober kl. 14.00",
"påmeldingsfristen er ...", "sista dag är ..." name a deadline, no event (world-fortyfifth 6: the session was read as
its first and last days, the accreditation deadline as an event). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Møte i Bergen 2031

Source: Kontoret

{body}
"""


def _events(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="kontor", reference=dt.date(2031, 1, 5),
                     default_zone="Europe/Oslo").events
    return [(e.start.strftime("%Y-%m-%d"), e.end.strftime("%Y-%m-%d") if e.all_day and e.end else "") for e in events]


@pytest.mark.parametrize(("body", "first", "last"), [
    ("Rådet held møtet sitt i Bergen. Møtet varer frå 31. oktober til 3. november.", "2031-10-31", "2031-11-03"),
    ("Konferansen i Bergen går fra 2. til 4. juni, med foredrag hver dag.", "2031-06-02", "2031-06-04"),
])
def test_a_scandinavian_span_is_one_event(body: str, first: str, last: str) -> None:
    events = _events(body)
    assert len(events) == 1
    start, end = events[0]
    assert start == first
    assert end in (last, (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat())


@pytest.mark.parametrize("deadline", ["Merk: fristen er 28. oktober kl. 14.00.",
                                      "Påmeldingsfristen er 28. oktober kl. 14.00."])
def test_a_named_deadline_is_no_event(deadline: str) -> None:
    body = f"Møtet i Bergen er 5. november kl. 10.00. Journalistar må søkje om akkreditering. {deadline}"
    assert [start for start, _ in _events(body)] == ["2031-11-05"]
