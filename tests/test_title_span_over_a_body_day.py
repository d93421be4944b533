"""A span named only in the title ("Conference, 4-6 June") over a body that dates something on one of its days with
no hour ("The keynote will be given on 5 June"): that day is one day of the span, and the span is the event, not the
span and a day beside it. A timed body day stays an event of its own, and so does a day outside the span. Issue #10,
the forms left by earlier sessions; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Conference, 4-6 June 2026\n\nSource: Society\n\n{body}\n"
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted((f"{e.start}"[:16], f"{e.end}"[:10]) for e in events)


def test_the_body_day_is_one_day_of_the_span() -> None:
    assert _events("The keynote will be given on 5 June in the main hall.") == [("2026-06-04", "2026-06-07")]


def test_a_timed_body_day_stays() -> None:
    found = _events("The keynote will be given on 5 June at 10:00 in the main hall.")
    assert ("2026-06-05 10:00", "2026-06-05") in found


def test_a_day_outside_the_span_stays() -> None:
    found = _events("The keynote will be given on 5 June in the main hall. A dinner follows on 9 June.")
    assert found == [("2026-06-04", "2026-06-07"), ("2026-06-09", "2026-06-10")]
