"""The days the holders of an office serve, told by a verb of serving and the term's length: "Council Members serve
two years, from April 1, 2017 to March 31, 2019", "trustees sit for a three-year term from 1 May" (issue #10, "not an
event"). Seen in world-hundredthirtysixth: a bar association's call for nominations ended with its council's term,
published as a two-year event. The meetings of the notice stay events; the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        out.append(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}")
    return sorted(out)


_HEAD = "Elections to the Council\n\nSource: Law Society\n\nDATED 12 January 2026\n\n"


@pytest.mark.parametrize("term", [
    "Council Members serve two years, from April 1, 2026 to March 31, 2028.",
    "Trustees serve for a three-year term from 1 April 2026 to 31 March 2029.",
    "The officers sit for two years, from 1 April 2026 until 31 March 2028.",
])
def test_the_term_is_no_event(term: str) -> None:
    text = _HEAD + "The Annual General Meeting is held on 20 March 2026 at 2:00 p.m. in Kingston.\n" + term + "\n"
    assert _days(text) == ["2026-03-20 14:00"]


def test_a_service_that_is_no_term_stays() -> None:
    text = (_HEAD + "The food bank will serve hot meals from 2 February 2026 to 6 February 2026 at the Town Hall in "
            "Kingston.\n")
    assert _days(text) != []
