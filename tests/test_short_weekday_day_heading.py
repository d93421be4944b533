"""A week agenda's day heading of a short Portuguese weekday and its day in brackets, on a line of its own ("Segunda
(24)", "Terça (25)"), dates the rows under it, in a block with no other word of Portuguese dates. Texts in our own
words."""

from __future__ import annotations

from tests.conftest import listed


def test_short_weekday_headings_date_their_rows() -> None:
    text = ("Agenda das comissões\n\nSource: Assembleia Legislativa de Roraima\n\nBoa Vista, 20/02/2031\n\n"
            "Segunda (24)\n\n9h – Comissão de Finanças, reunião ordinária\n\n"
            "Terça (25)\n\n10h – Comissão de Saúde, reunião extraordinária\n")
    assert listed(text) == ["2031-02-24 09:00", "2031-02-25 10:00"]
