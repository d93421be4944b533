"""A bare weekday after another bare weekday counted from the item's date, both in the week after it: "Club news •
02.02.2022" (a Wednesday), "The final is on Saturday at 19:30", then "On Friday evening the semi-finals are played"
is the Friday of that week (the 4th), not the Friday after the Saturday just named (the 11th). Where the day in
context was a full date the text gave, the next such weekday after it is kept. Seen in pages-p57 (handball.ch, a cup
preview: "Anwurf in Stans ist am Samstag um 19.30 Uhr", then "Am Freitagabend duellieren sich …"). Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(body: str) -> list[str]:
    text = f"Cup preview\n\n{body}\n"
    events = extract(text, source="t", reference=dt.date(2022, 3, 20)).events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_german_friday_after_saturday_of_the_stamps_week() -> None:
    days = _days("Beispielverein • 02.02.2022\n\nAm Wochenende stehen die Viertelfinals an. Anwurf in Beispielstadt "
                 "ist am Samstag um 19.30 Uhr.\n\nAm Freitagabend duellieren sich Nordstadt und Südstadt.")
    assert days == ["2022-02-04", "2022-02-05"]


def test_english_friday_after_saturday_of_the_stamps_week() -> None:
    days = _days("2 February 2022\n\nThe final will be played on Saturday at 7:30 pm in Exampleton.\n\n"
                 "On Friday the two semi-finals will be played in Sampleford.")
    assert days == ["2022-02-04", "2022-02-05"]


def test_after_a_full_date_the_next_such_weekday_stays() -> None:
    days = _days("2 February 2022\n\nThe final will be played on 5 February 2022 at 7:30 pm in Exampleton.\n\n"
                 "On Friday the two semi-finals will be played in Sampleford.")
    assert days == ["2022-02-05", "2022-02-11"]
