"""A bare weekday after another, inside the few days the item named: "open days on 9 and 10 May 2026 ... On Sunday
at 11:00 the minister takes questions. On Saturday from 15:00 experts discuss" is the Saturday of that weekend (the
9th), not the Saturday after the Sunday just named (the 16th). The next such weekday is kept where the day in context
lies outside the named days, or the weekday does not fall inside them. Seen in world-hundredthirtythird (a
ministry's open weekend "am 21./22. August 2004", its Sunday's press conference, then "Am Samstag ab 14.30 Uhr").
Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(body: str) -> list[str]:
    text = f"Open days\n\nSource: Test ministry\n\n{body}\n"
    events = extract(text, source="t", reference=dt.date(2026, 5, 1)).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime))


def test_saturday_after_sunday_falls_in_the_weekend_named() -> None:
    starts = _starts("The ministry holds open days on 9 and 10 May 2026. On Sunday at 11:00 the minister takes "
                     "questions. On Saturday at 15:00 experts discuss clean air.")
    assert starts == ["2026-05-09 15:00", "2026-05-10 11:00"]


def test_german_weekend_the_same() -> None:
    starts = _starts("Das Ministerium öffnet am 9. und 10. Mai 2026 seine Türen.\n\n"
                     "Am Sonntag ab 11.00 Uhr spricht die Ministerin. Am Samstag ab 15.00 Uhr diskutieren Fachleute.")
    assert starts == ["2026-05-09 15:00", "2026-05-10 11:00"]


def test_a_weekday_outside_the_named_days_is_the_next_one() -> None:
    starts = _starts("The ministry holds open days on 9 and 10 May 2026. On Sunday at 11:00 the minister takes "
                     "questions. On Wednesday at 15:00 the minister opens the new library.")
    assert starts == ["2026-05-10 11:00", "2026-05-13 15:00"]
