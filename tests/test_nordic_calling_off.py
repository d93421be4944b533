"""A meeting called off in Danish, Norwegian or Swedish is published as cancelled, never as taking place.

Sentences of our own in the forms a council's notice uses: the participle as the meeting's predicate ("mødet ... er
aflyst", "møtet ... er avlyst", "sammanträdet ... är inställt") or the passive ("aflyses", "avlyses", "ställs in").
Swedish "inställd till", disposed toward, calls nothing off.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED, Article
from parsers import extract_articles


@pytest.mark.parametrize(("body", "zone", "called_off", "why"), [
    ("Kommunalbestyrelsens møde den 14. maj 2031 kl. 16.00 er aflyst på grund af strejken.", "Europe/Copenhagen",
     True, "Danish 'er aflyst'"),
    ("Udvalgets møde den 14. maj 2031 kl. 16.00 aflyses.", "Europe/Copenhagen", True, "Danish 'aflyses'"),
    ("Bystyrets møte 14. mai 2031 kl. 18.00 er avlyst.", "Europe/Oslo", True, "Norwegian 'er avlyst'"),
    ("Nämndens sammanträde den 14 maj 2031 klockan 15.00 är inställt.", "Europe/Stockholm", True,
     "Swedish 'är inställt'"),
    ("Styrelsens möte den 14 maj 2031 kl. 15.00 ställs in.", "Europe/Stockholm", True, "Swedish 'ställs in'"),
    ("Nämnden, som är positivt inställd till förslaget, sammanträder den 14 maj 2031 kl. 15.00.", "Europe/Stockholm",
     False, "'inställd till', disposed toward, is no calling off"),
    ("Nämnden är inställd på att sammanträda den 14 maj 2031 kl. 15.00 i stadshuset.", "Europe/Stockholm", False,
     "'inställd på att', set on doing, is no calling off"),
    ("Klockan ställs in på sommartid; nämndens möte hålls den 14 maj 2031 kl. 15.00.", "Europe/Stockholm", False,
     "'ställs in på', set to, is no calling off"),
    ("Styrelsens möte den 14 maj 2031 kl. 15.00 ställs in på grund av sjukdom.", "Europe/Stockholm", True,
     "'ställs in på grund av', called off because of"),
])
def test_a_nordic_meeting_called_off(body: str, zone: str, called_off: bool, why: str) -> None:
    article = Article(source="t", title="Meddelelse", body=body, published=dt.date(2031, 5, 2))
    events = extract_articles([article], reference=dt.date(2031, 5, 2), default_zone=zone).events
    assert len(events) == 1, why
    assert (events[0].status == CANCELLED) == called_off, why
