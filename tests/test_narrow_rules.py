"""Ordinary release sentences that rules made for other forms must leave alone: a "today" beside a past age that
dates the sentence's own act, a present passive of announcing, a count after a date, a paid-content label inside a
longer heading, a marked row that gives its own time, a publisher named after a person or a district, and a clock
whose half of the day is said before the date. Each text is our own words."""

from __future__ import annotations

import pytest

from model import Article
from parsers import extract, extract_articles

from .conftest import REFERENCE


def _starts(body: str, source: str = "Press office") -> list[str]:
    text = f"Notice\n\nSource: {source}\n\nPublished: 3 March 2026\n\n{body}\n"
    events = extract(text, source="narrow", reference=REFERENCE).events
    return sorted(e.start.isoformat()[:16] for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Today the mayor unveils a memorial to the quarrymen who lost their lives 100 years ago, at the old quarry gate.",
     ["2026-03-03"], "a past age after the today: the today dates the unveiling"),
    ("Today, the minister opens an exhibition of photographs of fishing towns in the 1960s at the Harbour Gallery.",
     ["2026-03-03"], "a decade named in the exhibition's subject"),
    ("Today, the trade minister is part of a delegation of exporters visiting the Leeds trade fair.",
     ["2026-03-03"], "'is part of a delegation visiting': a happening, not a lasting state"),
    ("The shortlist is announced at 6 p.m. on Thursday 12 March at a reception in the town library.",
     ["2026-03-12T18:00"], "a present passive of announcing tells when it happens"),
    ("On 14 June, 1200 runners will start the annual fun run in the park.",
     ["2026-06-14"], "a count after a date is no year of history"),
    ("The concert is on the evening of Friday 13 March at 7:30 in St John's Church.",
     ["2026-03-13T19:30"], "a clock read without its half of the day gives way to 'the evening of'"),
])  # fmt: skip
def test_ordinary_sentences_keep_their_events(body: str, expected: list[str], why: str) -> None:
    assert _starts(body) == expected, why


def test_a_publisher_named_after_a_district_lends_no_clock() -> None:
    text = "Lunch\n\nSource: Richmond Fellowship\n\nOur yearly lunch takes place on Friday 20 March 2026 at 12:30.\n"
    events = extract_articles([Article(source="narrow", title="Lunch", body=text.split("\n\n", 2)[2],
                                       published=None, org="Richmond Fellowship")],
                              reference=REFERENCE, default_zone="Europe/London").events
    assert [e.timezone for e in events] == ["Europe/London"]


def test_a_marked_row_with_its_own_time_keeps_it() -> None:
    body = ("March 10\n(lockup) Retail trade, January 2026\n\nMarch 12\n(lockup) 11:00 a.m. Labour survey, "
            "February 2026\n\nNote: unless another time is shown, a media lockup runs from 8:00 a.m. to 9:00 a.m.")
    assert _starts(body, "Statistics office") == ["2026-03-10T08:00", "2026-03-12T11:00"]


def test_a_plural_legend_lends_its_hours_to_singular_marks() -> None:
    body = ("March 10\n(access) Retail trade, January 2026\n\n"
            "Note: media access runs from 8:00 a.m. to 9:00 a.m.")
    assert _starts(body, "Statistics office") == ["2026-03-10T08:00"]  # the note itself is no event
