"""A wire's notice hard-wrapped at a fixed width, its stamp line "2018-05-14 / 15:06" standing between wrapped lines
of the same paragraph (issue #10, "Layout": a company's notice of its general meeting as a regulatory news wire sends
it). The stamp is set apart and read as a stamp: neither its day nor its minute is an event, and the minute is not
lent to the day of the line above. Seen in world-hundredthirtyfourth (a German general meeting's notice gave two
events at 15:06); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.stamps import stamp_lines_apart
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


_NOTICE = ("Example AG: notice of the general meeting\n\nSource: Example AG\n\n"
           "WIRE-AGM: Example AG / Notice of the general meeting\n"
           "of 14.07.2026 in Bremen, for distribution across\n"
           "the European Union under the stock corporation act\n"
           "2026-06-02 / 11:47\n"
           "Notice under the stock corporation act, sent by the\n"
           "wire service. The issuer answers for its content.\n\n"
           "The shareholders are invited to the ordinary general meeting on Tuesday, 14 July 2026, at 10.00 am, "
           "in the Town Hall, Bremen.\n")


def test_the_stamp_gives_no_event_and_lends_no_minute() -> None:
    assert _events(_NOTICE) == ["2026-07-14 10:00"]


def test_only_a_stamp_line_between_wrapped_lines_is_set_apart() -> None:
    assert stamp_lines_apart("a line\n2026-06-02 / 11:47\nanother") == "a line\n\n2026-06-02 / 11:47\n\nanother"
    # (a minute on the five may be a meeting's)
    assert stamp_lines_apart("a line\n2026-06-02 / 11:45\nanother") == "a line\n2026-06-02 / 11:45\nanother"
    assert stamp_lines_apart("Opening\n10:00 - 10:17\nWelcome") == "Opening\n10:00 - 10:17\nWelcome"  # no day
