"""A holder who is to take part in a commemoration is in office on its day (issue #10): "Chief Executive Carrie Lam
will join the flag-raising for the 72nd anniversary of the founding" bounds the item's year by her term, while a
commemoration of a holder ("a tribute to Prime Minister Abe", "the memorial of President Chirac") still bounds
nothing. Seen in world-releases, where a Hong Kong National Day item had its year guessed from the reference date.
Each text is our own, read with a reference date outside the terms."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import officeholders

REFERENCE = dt.date(2026, 12, 1)

CASES = [
    # (text, the first day of the window or None, why)
    ("Chief Executive Carrie Lam will join the flag-raising to celebrate the 72nd anniversary of the founding on"
     " 1 October.", "2017-07-01", "the holder takes part in the anniversary"),
    ("Prime Minister Theresa May is to attend the memorial service for the victims on 14 June.", "2016-07-13",
     "'is to' attend a memorial"),
    ("Mayor Bill de Blasio will lay a wreath at the memorial on 11 September.", "2014-01-01",
     "a wreath laid by the holder"),
    ("A tribute to Prime Minister Shinzo Abe will be held on 8 July.", None, "a tribute to a holder"),
    ("The anniversary of Chancellor Angela Merkel's speech is marked on 31 August.", None,
     "the anniversary of a holder's deed"),
    ("Prime Minister Theresa May will be remembered at the memorial on 14 June.", None,
     "a passive 'will be': the holder is not the one acting"),
]


@pytest.mark.parametrize(("text", "first", "why"), CASES, ids=[case[2] for case in CASES])
def test_commemoration_and_holder(text: str, first: str | None, why: str) -> None:
    found = officeholders.window(text, REFERENCE)
    if first is None:
        assert found is None, why
    else:
        assert found is not None, why
        assert found.spans[0][0] == dt.date.fromisoformat(first), why
