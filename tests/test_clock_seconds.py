"""A scheduler writes its clock with seconds of nought ("19:30:00", "09:00:00"): that is the meeting's time, as
"19:30" is. A race's time ("2:05:00") and a date's empty clock ("00:00:00") stay what they were. Each text is our own
words."""

from __future__ import annotations

import datetime as dt

from .conftest import listed

REFERENCE = dt.date(2031, 3, 1)


def _notice(line: str) -> str:
    return f"Vergaderkalender\n\nSource: Gemeente Zeewolde\n\n{line}\n\nDe vergadering is openbaar.\n"


def test_a_scheduler_s_clock_with_seconds_is_the_meeting_s_time() -> None:
    assert listed(_notice("Gemeenteraad 31 maart 2031 19:30:00"), REFERENCE) == ["2031-03-31 19:30"]
    assert listed(_notice("Commissie Bestuur 7 april 2031 09:00:00"), REFERENCE) == ["2031-04-07 09:00"]


def test_an_empty_clock_leaves_the_day_alone() -> None:
    line = "De raad houdt een hoorzitting over de begroting op 30/03/2031 00:00:00."
    assert listed(_notice(line), REFERENCE) == ["2031-03-30"]


def test_a_race_s_time_is_no_clock() -> None:
    text = ("Marathon results\n\nSource: City of Zeewolde\n\nThe winner of the marathon on 6 April 2031 finished in "
            "2:05:00, a minute ahead of last year's.\n")
    assert listed(text, REFERENCE) == ["2031-04-06"]


def test_a_stamp_to_the_second_under_a_label_of_another_tongue_is_no_event() -> None:
    # (its clock is now read: the label must say it is when the page was written)
    for label in ("Objavljeno", "Opublikowano", "Gepubliceerd op"):
        text = (f"Sjednica vijeća\n\nSource: Grad Zadar\n\n{label}: 2031-05-20 14:15:00\n\nGradsko vijeće održat će "
                "sjednicu 27. svibnja 2031. u 10 sati.\n")
        assert listed(text, REFERENCE) == ["2031-05-27 10:00"], label


def test_a_stamp_of_figures_to_the_second_is_no_event() -> None:
    # (a date written in figures, then the clock to the second: a system's stamp, whatever its label)
    text = ("Posiedzenie rady\n\nSource: Urząd Miasta Zeewolde\n\nData publikacji: 03.05.2031 14:00:00\n\n"
            "Rada Miasta zbierze się 12 maja 2031 r. o godz. 10:00 w ratuszu.\n")
    assert listed(text, REFERENCE) == ["2031-05-12 10:00"]
