"""A dateline under the text ("Dhaka, 16 November 2024" as the release's last line) dates the days it names in words
("on Monday at 10 am"), as one atop it would; it is no event of its own.

Form: government releases signed at the foot with their town and date. The weekday's event was lost (no day to count
from) and the foot's date became an event with the title's name. My own texts after a cabinet division's notice.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_BODY = ("The weekly meeting of the cabinet will be held at the Prime Minister's Office in Dhaka on Monday at 10 am,"
         " with the Prime Minister in the chair.\n\n{foot}")


def _starts(body: str) -> list[dt.date | dt.datetime]:
    article = Article(source="t", title="Meeting of the Cabinet", body=body, published=None)
    return [e.start for e in extract_articles([article], reference=dt.date(2031, 1, 1)).events]


@pytest.mark.parametrize("foot", ["Dhaka, 16 November 2024", "Dhaka, 16.11.2024",
                                  # a stamp of issue at the foot, as agencies close their releases
                                  "Released 16 November 2024", "Issued: 16.11.2024", "Date of issue: 16 November 2024",
                                  # the full date alone under the prose, as many releases close
                                  "16 November 2024"])
def test_the_foot_dates_the_weekday(foot: str) -> None:
    starts = _starts(_BODY.format(foot=foot))
    assert [(s.date(), s.hour) for s in starts if isinstance(s, dt.datetime)] == [(dt.date(2024, 11, 18), 10)]
    assert dt.date(2024, 11, 16) not in starts


def test_a_last_line_alone_in_an_item_of_full_dates_stays_what_it_was() -> None:
    body = "The cabinet meets at the Prime Minister's Office on 18 November 2024 at 10 am.\n\n16 November 2024"
    assert not any(isinstance(s, dt.datetime) and s.date() != dt.date(2024, 11, 18) for s in _starts(body))


def test_a_tables_last_row_is_no_foot() -> None:
    body = ("The court sits on Monday at 9:30 a.m.\n\nDate | File | Case\n2031-03-20 | 36981 | A v. B\n"
            "2031-03-27 | 37034 | C v. D")
    assert dt.date(2031, 3, 27) in _starts(body)


@pytest.mark.parametrize("foot", [
    "Annual General Meeting, 30 November 2024",  # an event's name and day, not a town's dateline
])
def test_a_last_line_that_is_no_towns_dateline_stays(foot: str) -> None:
    starts = _starts(_BODY.format(foot=foot))
    assert dt.date(2024, 11, 16) not in [s.date() if isinstance(s, dt.datetime) else s for s in starts]
    assert (dt.date(2024, 12, 2), 10) not in [(s.date(), s.hour) for s in starts if isinstance(s, dt.datetime)]
