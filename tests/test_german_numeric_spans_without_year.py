"""German day.month. spans with no year (issue #10, "Layout"): "(12.05./ 13.05.)", "am 14. und 15.05.", "vom 14. bis
15.05." as a ministry's release under its stamp writes a trip's days. Only spans whose last day closes its month with
a full stop were read with a year ("am 23./24.8.2017"); without one, "12.05" was read as a clock time (12:05) and the
span was lost. "12.05" alone stays a clock time; "9.30-11.30." a range of hours. Seen in world-seventieth (a foreign
ministry's travel notice); the texts are ours."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions
from parsers.mentions import DayPart


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Gespräche in Chile und Peru (12.05./ 13.05.) folgen.", (12, 5), (13, 5)),
    ("Die Ministerin nimmt am 14. und 15.05. an der Konferenz teil.", (14, 5), (15, 5)),
    ("Die Tagung findet vom 14. bis 15.05. in Graz statt.", (14, 5), (15, 5)),
    ("Besuche am 3.6.-5.6. in Prag.", (3, 6), (5, 6)),
])
def test_span_without_year(text: str, first: tuple[int, int], last: tuple[int, int]) -> None:
    spans = [m for m in find_mentions(text) if m.kind == "span"]
    assert [(m.first, m.last) for m in spans] == [(DayPart(*first), DayPart(*last))]


def test_a_clock_and_a_range_of_hours_stay_times() -> None:
    assert [m.kind for m in find_mentions("Beginn um 12.05 Uhr im Saal.")] == ["time"]
    assert [m.kind for m in find_mentions("Sitzung von 9.30-11.30. Dann Pause.")] == ["time"]


def test_the_span_with_its_year_is_read_as_before() -> None:
    [span] = find_mentions("am 23./24.8.2017 in Berlin")
    assert (span.first, span.last) == (DayPart(23, 8, 2017), DayPart(24, 8, 2017))
