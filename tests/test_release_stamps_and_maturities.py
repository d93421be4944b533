"""A bank's regulatory releases: the line closing each ("Released on 12 March 2031 at 11:20 EET") says when it was
published, and a security's maturity ("its 2.5 per cent. Notes due 15 March 2029") when a loan is repaid; neither is
an event. Texts in our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE


def _days(body: str) -> list[str]:
    events = extract(f"Stock exchange releases\n\nSource: Bank of Examples\n\n{body}\n", source="words",
                     reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_a_release_line_is_no_event() -> None:
    body = ("The Board of Governors of the Bank will meet in Helsinki on 4 June 2031.\n\n"
            "Released on 12 March 2031 at 11:20 EET\n")
    assert _days(body) == ["2031-06-04"]


def test_a_maturity_is_no_event() -> None:
    body = ("With value date 5 May 2031, the Bank has repurchased EUR 3,000,000 of its 1.25 per cent. Notes due "
            "9 October 2033 (an issue of EUR 90,000,000), which are listed on the Luxembourg Stock Exchange.\n")
    assert _days(body) == []


def test_data_released_on_a_day_still_counts() -> None:
    body = "The quarterly figures will be released on 12 May 2031 at 10:00 in Helsinki at a press conference.\n"
    assert _days(body) == ["2031-05-12"]
