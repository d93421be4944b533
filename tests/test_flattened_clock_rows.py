"""A programme's rows run together on one line, each opening with one clock, a dash and its words: "Monday 12 October
2026 10:30 - arrival at the town hall * photo 10:40 - talks with the mayor 11:15 - meeting with residents ..." (issue
#10, "Layout": a visit's programme pasted from a page whose rows lost their line breaks): each row read as a row
again, the day before the first heading them. Seen in world-hundrednineteenth (a president's two-day regional visit: of
seven required rows on two such lines, four were lost); the texts are ours."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract
from parsers.gluedrows import article_with_rows_unglued

_REFERENCE = dt.date(2026, 9, 1)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_english_rows_on_one_line_under_their_day() -> None:
    text = ("The Governor visits the northern district\n\nSource: Office of the Governor\n\n"
            "Published 2 October 2026\n\n"
            "Programme (subject to change):\n\n"
            "Day one – Monday 12 October 2026 10:30 - arrival at the town hall of Millbrook * photo opportunity "
            "10:40 - private talks with the mayor 11:15 - meeting with residents in the market square * press "
            "12:30 – lunch with local business owners\n")
    assert _starts(text) == ["10-12 10:30", "10-12 10:40", "10-12 11:15", "10-12 12:30"]


def test_czech_rows_with_a_second_day() -> None:
    text = ("Prezident navštíví kraj\n\nSource: Kancelář\n\n1.10.2026\n\n"
            "1. den – pondělí 12. října 2026 9:30 - příjezd na radnici * fototermín 9:40 - jednání se starostou "
            "10:30 - setkání s občany na náměstí * tisk přítomen\n\n"
            "2. den – úterý 13. října 2026 10:00 - návštěva nemocnice 11:00 - rozhovor s lékaři 12:15 - oběd se "
            "starosty okolních obcí\n")
    assert _starts(text) == ["10-12 09:30", "10-12 09:40", "10-12 10:30",
                             "10-13 10:00", "10-13 11:00", "10-13 12:15"]


def test_two_rows_or_a_range_are_left_alone() -> None:
    for body in ("The doors open 10:00 - 16:00 and tours start 10:30 - guided by staff.",
                 "Monday 12 October 2026 10:30 - arrival at the hall 11:00 - talks with the mayor."):
        article = Article(source="test", title="Visit", body=body)
        assert article_with_rows_unglued(article).body == body
