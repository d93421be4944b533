"""Dates of what was done or said, not of an event to come: German past tenses, a quotation opening with "today".

Sentences of our own. Each row says why; the rows that keep an event show where the rule stops.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


@pytest.mark.parametrize(("body", "days", "why"), [
    ("Der Ministerrat hat am 5. Januar 2032 Soforthilfen für die Waldbesitzer beschlossen.", [],
     "'hat am 5. Januar ... beschlossen': a decision taken, in the German perfect"),
    ("Die neue Brücke wurde am 5. Januar 2032 für den Verkehr freigegeben.", [], "'wurde am ...': the German past"),
    ("Der Rat tagt am 5. Februar 2032 im Rathaus. Er hat am 5. Januar 2032 die Tagesordnung beschlossen.",
     [dt.date(2032, 2, 5)], "the meeting to come stays, the past decision goes"),
    ("Der Stadtrat hat für den 5. Februar 2032 eine Bürgerversammlung angesetzt.", [dt.date(2032, 2, 5)],
     "a day after the publication told with 'hat' is a plan, not history"),
    ("Die Bürgermeisterin sagte: „Heute erinnern wir an die Flut und danken allen Helfern im Tal.“", [],
     "a quotation opening with 'Heute' is what was said"),
    ("The mayor said: “Today we remember the victims of the flood and thank the volunteers.”", [],
     "the same in English"),
])
def test_what_was_done_or_said_is_no_event(body: str, days: list[dt.date], why: str) -> None:
    article = Article(source="t", title="Meldung", body=body, published=dt.date(2032, 1, 22))
    events = extract_articles([article], reference=dt.date(2032, 1, 22), default_zone="Europe/Berlin").events
    assert [e.start for e in events] == days, why
