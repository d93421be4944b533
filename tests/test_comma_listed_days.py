"""Three days or more listed with commas only, "on 24, 25, 26 September 2024", are one run of days, as "on 24, 25 and
26 September" is; the run had kept only its last day, and the title its first numbers (world-hundredtwelfth: a Codex
committee's sessions). Two days with one comma ("Vol. 12, 14 March") stay one day. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _days(sentence: str) -> list[tuple[str, str, str]]:
    text = f"Session\n\nSource: Codex Alimentarius Commission, Rome\n\n{sentence}\n"
    return [(f"{e.start}", f"{e.end - dt.timedelta(days=1)}", e.summary)
            for e in extract(text, source="test", reference=_REFERENCE).events]


def test_three_days_with_commas_are_one_run() -> None:
    assert _days("The committee will meet on 24, 25, 26 September 2024 at the FAO headquarters in Rome.") == [
        ("2024-09-24", "2024-09-26", "Meeting: Committee meets at the FAO headquarters in Rome")]


def test_a_number_and_one_date_stay_one_day() -> None:
    days = _days("The committee will meet in Rome on 14 March 2024, as announced in bulletin Vol. 12, 14 March 2024.")
    assert days
    assert {(first, last) for first, last, _ in days} == {("2024-03-14", "2024-03-14")}


def test_a_list_going_on_into_another_month_is_no_run() -> None:
    # sessions on four days, the last in October: no run of days from 24 to 26 September
    days = _days("The committee meets in sessions on 24, 25, 26 September and 12 October 2024 at the FAO in Rome.")
    assert ("2024-09-24", "2024-09-26") not in {(first, last) for first, last, _ in days}
