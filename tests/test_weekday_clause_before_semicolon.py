"""A weekday opening a clause before a semicolon and a later clause with a dated day of another weekday: "On Saturday
evening the Premier speaks at a town hall meeting in Brooklyn; he returns to Basseterre on Sunday, 17 May 2026." The
first clause is the Saturday's event (16 May), the dated day the later clause's own (a move): the semicolon parts the
two clauses as ", and" did ("holds talks on Tuesday, and is back on Wednesday 25th June"). The event had been put on
the Sunday (issue #10, "Layout"). Seen in world-seventieth (a Caribbean cabinet's notes); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)

_TEXT = ("Council notes: Premier at the Commonwealth meeting\n\nSource: Premier's Office\n\nCOUNCIL NOTES\n"
         "After Ottawa, where he attended the state memorial and met the Governor General, the Premier flew to New "
         "York; there he has chaired sessions at the United Nations and is drafting the address he is to give to the "
         "General Assembly on Friday, 15 May, 2026.\n"
         "On Saturday evening the Premier is also to address a diaspora meeting at a Methodist Church in Queens; he "
         "returns to Basseterre on Sunday, 17 May 2026.\n"
         "The Council welcomed what Premier Walters has done since he left Basseterre.\n")


def _days(text: str) -> list[dt.date]:
    return sorted(e.start for e in extract(text, source="test", reference=_REFERENCE).events
                  if not isinstance(e.start, dt.datetime))


def test_the_weekday_dates_the_first_clause() -> None:
    assert _days(_TEXT) == [dt.date(2026, 5, 15), dt.date(2026, 5, 16)]
