"""An organisation named by its country in the possessive ("Estonia's Presidency of the Council of the EU") stands in
that country, as one named by its nationality does ("Estonian Presidency"): its times with no label and no town are
that country's (issue #10, "Zone"). Seen in world-ninetysecond (a presidency's media programme of an informal
meeting of defence ministers was read on the calendar's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


def _item(org: str) -> str:
    return (f"Media programme\n\nSource: {org}\n\n"
            "The ministers hold their working session on Thursday 15 October 2026 at 10.00.\n")


@pytest.mark.parametrize(("org", "expected"), [
    ("Estonia's Presidency of the Council of the EU", "2026-10-15 07:00"),  # Tallinn, UTC+3 in October
    ("Portugal's Presidency of the Council of the EU (media office)", "2026-10-15 09:00"),  # Lisbon, UTC+1
    ("Estonian Presidency of the Council of the EU", "2026-10-15 07:00"),  # the adjective, read before
])
def test_possessive_country_gives_the_clock(org: str, expected: str) -> None:
    assert _utc(_item(org)) == [expected]


def test_a_possessive_that_is_no_country_gives_none() -> None:
    # "St Mary's" names a saint, not a country: the calendar's clock (Brussels, UTC+2 in October) as before.
    assert _utc(_item("St Mary's Parish Council")) == ["2026-10-15 08:00"]
