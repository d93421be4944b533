"""A span across a month's end written with its two days first and its two months after ("28-2 September-October
2026"), as committee pages list their meetings: the first day of the first month to the second day of the next
(world-fiftieth 2: a standards body's assemblies were read as spans of a year ending on 2 September). Months that
do not follow each other say no span. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

TABLE = """Plenary meetings of the technical committee

Source: Standards Council of the Americas

Date Month Location Note
30-1 June-July 2031 Bogotá (Colombia) plenary
29-3 December-January 2032 Lima (Peru) plenary
"""

SENTENCE = """Federation congress dates confirmed

Source: International Rowing Union

The 2031 Congress meets in Cape Town on 27–2 October–November 2031, after the regatta season.
"""


def _spans(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="test", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    return sorted((e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d"))
                  for e in events if e.all_day)


def test_a_tables_rows() -> None:
    assert _spans(TABLE) == [("2031-06-30", "2031-07-01"), ("2031-12-29", "2032-01-03")]


def test_in_a_sentence_with_en_dashes() -> None:
    assert _spans(SENTENCE) == [("2031-10-27", "2031-11-02")]


def test_months_apart_are_no_span() -> None:
    text = SENTENCE.replace("27–2 October–November 2031", "27–2 October–December 2031")
    assert ("2031-10-27", "2031-12-02") not in _spans(text)


def test_days_of_one_month_before_another_date_are_no_such_span() -> None:
    """"17-18 May - June 5" and "5-6 May-July" cross no month's end between their two days (review)."""
    text = SENTENCE.replace("27–2 October–November 2031", "17-18 May - June 5 2031")
    assert ("2031-05-17", "2031-06-18") not in _spans(text)
    text = SENTENCE.replace("27–2 October–November 2031", "5-6 May-July 2031")
    assert _spans(text) == [("2031-05-05", "2031-05-06")]
