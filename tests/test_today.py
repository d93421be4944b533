""""Today" is one day everywhere, the calendar's: the published page splits upcoming from past on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import config as settings
from refresh import refresh

# Kiritimati is UTC+14: at noon UTC it is already the next day there.
ZONE = "Pacific/Kiritimati"
BUNDLE = "Ministers meet\n\nSource: Test\n\nOn 5 December 2023, the ministers will meet in Brussels.\n"
NOON_UTC = dt.datetime(2023, 12, 5, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("zone", "now", "day"), [
    ("Pacific/Kiritimati", NOON_UTC, dt.date(2023, 12, 6)),
    ("America/Los_Angeles", dt.datetime(2023, 12, 5, 3, 0, tzinfo=dt.UTC), dt.date(2023, 12, 4)),
    ("Europe/Brussels", NOON_UTC, dt.date(2023, 12, 5)),
])
def test_the_calendars_day_is_the_day_in_its_zone(zone: str, now: dt.datetime, day: dt.date) -> None:
    assert settings.calendar_today(settings.Config(timezone=zone), now) == day


def _upcoming_part(page: str) -> str:
    return page.split('id="past-events"', 1)[0]


@pytest.mark.parametrize(("zone", "upcoming"), [(ZONE, False), ("Europe/Brussels", True)])
def test_the_page_splits_upcoming_from_past_on_the_calendars_day(make_config, tmp_path: Path, zone: str,  # type: ignore[no-untyped-def]
                                                                  upcoming: bool) -> None:
    bundle = tmp_path / "bundle.txt"
    bundle.write_text(BUNDLE, encoding="utf-8")
    config: settings.Config = make_config(settings.Source("test", path=str(bundle)), timezone=zone)
    report = refresh(config, NOON_UTC)
    assert report.total == 1
    page = (config.output / "index.html").read_text(encoding="utf-8")
    assert 'datetime="2023-12-05"' in page
    # On 5 December at noon UTC, the meeting of that day is over in Kiritimati (6 December there).
    assert ('datetime="2023-12-05"' in _upcoming_part(page)) is upcoming
