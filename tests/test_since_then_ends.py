"""A run told by its first day after "since" in one sentence and by its last day in the next: "Seit dem vergangenen
Donnerstag (11. August) treffen sich in Auschwitz 30 Teilnehmer … Beim Workshop, der am kommenden Dienstag endet, …"
is one event from 11 to 16 August, not one on the Tuesday alone (issue #10). Seen in pages-p43 (a Vatican News story
on a workshop); the texts are ours. Without "since", or with an end that is no end, the days stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 8, 17)  # a Sunday


def _runs(body: str) -> list[str]:
    """The events' first and last days, "YYYY-MM-DD..YYYY-MM-DD", of an item dated Sunday 17 August 2031."""
    text = f"Workshop\n\nSource: Stiftung\n\n17. August 2031\n\n{body}\n"
    found = extract(text, source="test", reference=_REFERENCE).events
    out = []
    for e in found:
        last = e.end - dt.timedelta(days=1) if e.end is not None and e.all_day else e.start
        out.append(f"{e.start:%Y-%m-%d}..{last:%Y-%m-%d}")
    return sorted(out)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Seit dem vergangenen Donnerstag (14. August) treffen sich in Krakau 30 Fachleute aus elf Ländern. "
     "Beim Seminar, das am kommenden Dienstag endet, beraten die Teilnehmer über die Versöhnung.",
     ["2031-08-14..2031-08-19"], "German: 'seit' the day before, the verb of ending after the day"),
    ("Since last Thursday (14 August), 30 experts from eleven countries have been meeting in Krakow. "
     "At the seminar, which ends next Tuesday, the participants discuss reconciliation.",
     ["2031-08-14..2031-08-19"], "English: 'since' the day before, 'ends next' before the day"),
    ("Seit dem vergangenen Donnerstag (14. August) treffen sich in Krakau 30 Fachleute aus elf Ländern. "
     "Beim Seminar, das am 20. August endet, beraten die Teilnehmer über die Versöhnung.",
     ["2031-08-14..2031-08-20"], "the last day as a date"),
])  # fmt: skip
def test_since_then_ends(body: str, expected: list[str], why: str) -> None:
    assert _runs(body) == expected, why


@pytest.mark.parametrize(("body", "why"), [
    ("In Krakau treffen sich 30 Fachleute aus elf Ländern. "
     "Beim Seminar, das am kommenden Dienstag endet, beraten die Teilnehmer über die Versöhnung.",
     "no 'since': the last day alone, as before"),
    ("Seit dem 14. Januar treffen sich in Krakau 30 Fachleute aus elf Ländern. "
     "Beim Seminar, das am kommenden Dienstag endet, beraten die Teilnehmer über die Versöhnung.",
     "a first day months before: no run of days"),
    ("Since 1 August 2031, the new rules have applied to all importers. "
     "The exhibition on the reform, which ends next Tuesday, is open daily.",
     "'since' of a state begun, no gathering: no run from it"),
])  # fmt: skip
def test_no_run(body: str, why: str) -> None:
    assert all(not r.startswith("2031-01-14") and r.split("..")[0] == r.split("..")[1] for r in _runs(body)), why


def test_a_since_of_something_else_and_a_clock_on_the_last_day_make_no_run() -> None:
    body = ("In post since May, the envoy met the Speaker on 3 March 2031. Her programme in the capital ends on Friday "
            "7 March 2031 with a reception at 18:00 at the Residence.")
    text = f"New envoy\n\nSource: A foreign ministry\n\n{body}\n"
    starts = sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                    if isinstance(e.start, dt.datetime))
    assert starts == ["2031-03-07 18:00"]
