"""A sentence or heading that leads into a day's timed rows gives them its day and no event of its own: "The
Governor will attend the following engagements on Friday.", "Programme for Friday", "The Governor's programme for
Friday is as follows." Texts in our own words."""

from __future__ import annotations

import pytest

from tests.conftest import listed

_ROWS = "\n\n1000 hrs - Opening of the fisheries college, Galle\n1400 hrs - Meeting with the harbour board, Galle\n"


@pytest.mark.parametrize("lead", ["The Governor will attend the following engagements on Friday.",
                                  "On Friday the Governor attends these engagements:",
                                  "Programme for Friday",
                                  "PROGRAMME FOR FRIDAY",
                                  "The Governor's programme for Friday is as follows."])
def test_the_lead_in_dates_the_rows_and_is_no_event(lead: str) -> None:
    text = ("Governor's engagements\n\nSource: Southern Province Governor's Office\n\n"
            f"Issued on 03.11.2026\n\n{lead}{_ROWS}")
    # 3 November 2026 is a Tuesday: the rows are on Friday the 6th
    assert listed(text) == ["2026-11-06 10:00", "2026-11-06 14:00"]


