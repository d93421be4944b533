"""Greek and Hungarian releases (issue #10, "any organisation"): their dates ("την Παρασκευή, 15 Σεπτεμβρίου",
"ΣΕΠΤΕΜΒΡΙΟΥ" in capitals, "2023. szeptember 15-én, pénteken"), their clocks ("στις 11:00", "7 μ.μ.", "11 órakor",
"10:30-kor") and a Greek or Cyrillic dateline's town ("Αθήνα, 12 Σεπτεμβρίου 2023", "Київ, 12 вересня 2023 року").
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


def _timed(text: str) -> list[str]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" for e in events if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("text", "day"), [
    ("Η συνεδρίαση θα γίνει την Παρασκευή, 15 Σεπτεμβρίου 2023.", dt.date(2023, 9, 15)),
    ("ΠΡΟΓΡΑΜΜΑ 15 ΣΕΠΤΕΜΒΡΙΟΥ 2023", dt.date(2023, 9, 15)),
    ("Az ülés 2023. szeptember 15-én, pénteken lesz.", dt.date(2023, 9, 15)),
    ("A bizottság ülése: szept. 15.", dt.date(2026, 9, 15)),
])
def test_days(text: str, day: dt.date) -> None:
    found = [m for m in find_mentions(text) if m.kind == "day"]
    assert len(found) == 1
    first = found[0].first
    assert first is not None
    assert (first.month, first.day) == (day.month, day.day)
    assert first.year in (None, day.year)


@pytest.mark.parametrize(("text", "clock"), [
    ("Η συνάντηση αρχίζει στις 11:00.", dt.time(11, 0)),
    ("Η δεξίωση θα γίνει στις 7 μ.μ.", dt.time(19, 0)),
    ("A sajtótájékoztató 11 órakor kezdődik.", dt.time(11, 0)),
    ("A miniszter 10:30-kor érkezik.", dt.time(10, 30)),
])
def test_clocks(text: str, clock: dt.time) -> None:
    assert [m.time for m in find_mentions(text) if m.kind == "time"] == [clock]


def test_counts_are_no_clocks() -> None:
    assert not [m for m in find_mentions("Συμμετέχουν από 10 χώρες.") if m.kind == "time"]


def test_greek_dateline_gives_the_clock() -> None:
    text = ("Συνάντηση\n\nSource: Υπουργείο Εξωτερικών\n\nΑθήνα, 12 Σεπτεμβρίου 2023\n\nΤην Πέμπτη 14 Σεπτεμβρίου,"
            " στις 12:30, ο Υπουργός θα συναντηθεί με τον Πρέσβη της Ιταλίας.\n")
    assert _timed(text) == ["2023-09-14 12:30 +0300"]


def test_ukrainian_dateline_gives_the_clock() -> None:
    text = ("Брифінг\n\nSource: Міністерство\n\nКиїв, 12 вересня 2023 року\n\nУ четвер, 14 вересня, о 12:30 відбудеться"
            " брифінг речника міністерства.\n")
    assert _timed(text) == ["2023-09-14 12:30 +0300"]


@pytest.mark.parametrize("text", ["A jelentkezés október 10-ig lesz nyitott.", "a 18-tól 25 éves fiatalok számára lesz",
                                  "Az előadás 2 óra hosszat tart."])
def test_hungarian_bounds_and_counts_are_no_days_or_clocks(text: str) -> None:
    # (review: "-ig" is "until", "18-tól 25 éves" an age, "2 óra" two hours)
    assert not [m for m in find_mentions(text) if m.kind in ("day", "time")]


def test_hungarian_span_and_range() -> None:
    found = find_mentions("A kiállítás május 2-től 5-ig, a találkozó 2026. május 15-én 10 órától 12 óráig tart.")
    assert [m.kind for m in found] == ["span", "day", "time"]
    assert (found[2].time, found[2].until) == (dt.time(10), dt.time(12))


def test_greek_on_before_a_date_and_russian_may() -> None:
    greek = find_mentions("Η εκδήλωση θα πραγματοποιηθεί στις 15 Σεπτεμβρίου 2026 στις 11:00.")
    assert [(m.kind, m.time) for m in greek] == [("day", None), ("time", dt.time(11))]
    russian = find_mentions("Пресс-конференция состоится 15 мая 2026 года в 11:00.")
    assert [m.kind for m in russian] == ["day", "time"]
