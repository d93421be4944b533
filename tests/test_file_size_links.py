"""A link to a file, its size closing its label ("June 3, 2031 Harbour Board Agenda (26.78 KB)", "Minutes of 3 May
2031 [PDF, 1.2 MB]"), is named by its date: the file is no event (pages-dev19, a city's meeting-materials page).
Texts in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

PAGE = """Harbour Board papers

Source: A port commission

Meeting materials of the harbour board, published 20 May 2031.

{line}
"""


@pytest.mark.parametrize("line", [
    "• June 3, 2031 Harbour Board Agenda (26.78 KB)",
    "• Minutes of the meeting of 3 June 2031 [PDF, 1.2 MB]",
    "• Budget hearing 3 June 2031 (pdf 310 KB)",
])
def test_a_files_link_with_its_size_is_no_event(line: str) -> None:
    assert listed(PAGE.format(line=line)) == []


def test_a_sentence_announcing_a_meeting_stays() -> None:
    text = PAGE.format(line="The harbour board meets on June 3, 2031 at 9:00 a.m. in the port office.")
    assert listed(text) == ["2031-06-03 09:00"]
