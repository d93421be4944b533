"""The day of a birthday or an anniversary, set beside its name in dashes or brackets ("feiert seinen Hundertsten –
am 20. November – mit einem Themenabend", "zum 100. Geburtstag (20.11.)", "his 100th birthday – 20 November –"), is
not an event: it says which day the anniversary falls on (issue #10). Seen in pages-p50 (a Belgian TV tip whose
"Die ARD feiert seinen Hundertsten – am 12. November – ..." became an all-day event); the texts are ours. A day told
as the occasion of a gathering ("celebrates its 50th anniversary on 20 November with a gala"), or an aside with a
weekday or a clock, stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import article_events
from parsers.html import html_article


def _days(sentence: str) -> list[str]:
    """The events' days of a TV tip whose broadcast is on 3 November 2031 at 20:15, then `sentence`."""
    page = ("<html><head><title>Kultur</title></head><body><h1>TV-Tipp: Ein Abend für Otto</h1><p>03/11/2031</p>"
            "<p>Der Film läuft am Montag (03.11.31) um 20:15 Uhr im Ersten.</p>"
            f"<p>{sentence}</p></body></html>")
    article = html_article(page.encode(), url="http://127.0.0.1/tipp.html", source="test")
    return sorted(f"{e.start:%Y-%m-%d}" for e in article_events(article, dt.date(2031, 11, 3), "Europe/Berlin"))


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("Das Fernsehen feiert seinen Hundertsten – am 20. November – mit einem langen Themenabend.",
     ["2031-11-03"], "a German ordinal birthday, its day between dashes"),
    ("Die Stadt würdigt ihn zu seinem 100. Geburtstag (20.11.) mit einer Ausstellung.",
     ["2031-11-03"], "a birthday, its day in brackets"),
    ("The broadcaster marks his 100th birthday – 20 November – with a documentary.",
     ["2031-11-03"], "an English birthday between dashes"),
    ("Le musée fête son centenaire (20 novembre) avec une exposition.",
     ["2031-11-03"], "a French centenary in brackets"),
    ("The museum celebrates its 50th anniversary on 20 November with a gala.",
     ["2031-11-03", "2031-11-20"], "the anniversary's day told as the gala's: an event"),
    ("Zum 100. Geburtstag am 20. November lädt die Stadt zu einem Festakt ins Rathaus.",
     ["2031-11-03", "2031-11-20"], "a ceremony on the birthday: an event"),
    ("Join us for our 50th anniversary (Saturday 20 November) with cake and music.",
     ["2031-11-03", "2031-11-20"], "an aside with its weekday: a gathering announced"),
    ("Join us for our 50th anniversary (20 November, 3 pm) with cake and music.",
     ["2031-11-03", "2031-11-20"], "an aside with its clock: a gathering announced"),
])  # fmt: skip
def test_anniversary_day_aside(sentence: str, expected: list[str], why: str) -> None:
    assert _days(sentence) == expected, why
