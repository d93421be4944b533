"""A run of days before their month and year in figures, "11-14/04/2022", "11 – 14 / 04 / 2022" (issue #10, "Dates":
Arab and African communiqués give a session's days so): one span, as "11-14 April 2022" is. Seen in
world-hundredsixteenth (an Arab organisation's assembly "خلال الفترة ... 11 – 14 / 04 / 2022 م" was not read); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}")
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_glued_run_of_days() -> None:
    text = ("Regional workshop in Niamey\n\nSource: Regional Commission\n\nPublished 2 March 2026\n\n"
            "The Commission holds a workshop for hydrologists in Niamey on 17-19/03/2026.\n")
    assert _days(text) == [("2026-03-17", "2026-03-20")]


def test_spaced_run_of_days_in_arabic() -> None:
    text = ("ورشة إقليمية\n\nSource: المنظمة الإقليمية\n\nنشر في 2 مارس 2026\n\n"
            "تعقد المنظمة ورشة عمل للخبراء في مدينة الرباط خلال الفترة 17 – 19 / 03 / 2026 م.\n")
    assert _days(text) == [("2026-03-17", "2026-03-20")]


def test_a_number_that_goes_down_is_no_run_of_days() -> None:
    # ("arrêté n° 12-3/02/2026": a decree's number; read as a run, it was a year from 12 February 2026 to 3
    # February 2027)
    text = ("Commission à Rabat\n\nSource: Ministère de l'Intérieur\n\nPublié le 2 mars 2026\n\n"
            "En application de l'arrêté n° 12-3/02/2026, la commission se réunira le 14 mars 2026 à Rabat.\n")
    assert _days(text) == [("2026-03-14", "2026-03-15")]
