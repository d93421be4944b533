"""VTIMEZONE components in the rule-based form (RFC 5545 3.6.5). Pure.

For every zone an event uses, the zone's transitions over a window around the
events are found from the tz database (through pytz), then written as one
STANDARD and one DAYLIGHT block with a yearly RRULE ("last Sunday of March")
where the transitions follow such a rule, as Outlook and every other client
expect. Only where the rules changed inside the window does a block per
transition follow. A zone without transitions gets one STANDARD block.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from dataclasses import dataclass
from typing import NamedTuple

import pytz
from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vDatetime, vRecur, vUTCOffset
from icalendar.parser import _escape_char

_EPOCH = dt.datetime(1970, 1, 1)
_STEP = dt.timedelta(hours=12)  # transitions are months apart: a coarse scan finds them all


@dataclass(frozen=True, slots=True)
class Transition:
    at_utc: dt.datetime  # naive UTC
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str  # abbreviation after the transition: CET, CEST
    dst: bool

    @property
    def local_onset(self) -> dt.datetime:
        """The wall time of the change on the clocks before it: DTSTART's meaning in RFC 5545."""
        return self.at_utc + self.offset_from

    @property
    def rule(self) -> tuple[int, str, dt.time, dt.timedelta, dt.timedelta, str]:
        """(month, BYDAY, wall time, offsets, name): equal for every year of one yearly rule."""
        onset = self.local_onset
        nth = "-1" if (onset + dt.timedelta(days=7)).month != onset.month else str((onset.day - 1) // 7 + 1)
        byday = nth + ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[onset.weekday()]
        return (onset.month, byday, onset.time(), self.offset_from, self.offset_to, self.name)


@functools.lru_cache(maxsize=256)
def transitions(zone_name: str, first_year: int, last_year: int) -> tuple[Transition, ...]:
    """Every change of UTC offset or abbreviation in [first_year, last_year] (cached: the tz data is fixed)."""
    zone = pytz.timezone(zone_name)
    changes: list[dt.datetime] = getattr(zone, "_utc_transition_times", [])
    found = []
    start = dt.datetime(first_year, 1, 1)
    for moment in _steps_with_changes(zone, start, dt.datetime(last_year + 1, 1, 1)):
        after_moment = moment + _STEP
        before, after = _state(zone, moment), _state(zone, after_moment)
        if after != before:
            inside = changes[bisect.bisect_right(changes, moment) : bisect.bisect_right(changes, after_moment)]
            # One change in the step: the first whole minute from it on is what _bisect would find.
            at = _minute_from(inside[0]) if len(inside) == 1 else _bisect(zone, moment, after_moment, before)
            found.append(Transition(at, before[0], after[0], after[1], after[2]))
    return tuple(found)


def _steps_with_changes(zone: pytz.BaseTzInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The starts of the _STEP-long steps from `start` to `end` in which the tz data has a change.

    The state is the same all through the other steps, so looking at these alone finds what a
    scan of every step finds, without computing the state thousands of times.
    """
    # pytz keeps a zone's changes as a sorted list of naive UTC instants; a fixed zone has none.
    changes: list[dt.datetime] = getattr(zone, "_utc_transition_times", [])
    # A change at `at` shows at the end of the step that holds it: the k-th, k = ceil((at - start) / _STEP) - 1.
    steps = sorted({-((start - at) // _STEP) - 1 for at in changes if start < at <= end})
    return [start + step * _STEP for step in steps]


def _minute_from(at: dt.datetime) -> dt.datetime:
    """The first whole minute at or after `at`."""
    minute = at.replace(second=0, microsecond=0)
    return minute if minute == at else minute + dt.timedelta(minutes=1)


def _state(zone: pytz.BaseTzInfo, utc_naive: dt.datetime) -> tuple[dt.timedelta, str, bool]:
    local = pytz.utc.localize(utc_naive).astimezone(zone)
    return (local.utcoffset() or dt.timedelta(), local.tzname() or "", bool(local.dst()))


def _bisect(zone: pytz.BaseTzInfo, low: dt.datetime, high: dt.datetime,
            before: tuple[dt.timedelta, str, bool]) -> dt.datetime:
    """The first minute in (low, high] whose state differs from `before`."""
    while high - low > dt.timedelta(minutes=1):
        middle = low + (high - low) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle <= low:
            middle = low + dt.timedelta(minutes=1)
        if _state(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


class _Block(NamedTuple):
    """One STANDARD or DAYLIGHT block: what `vtimezone` writes, as plain values."""

    dst: bool
    onset: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    rrule: dict[str, object] | None


def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of `zone_name`, valid for events from first_year to last_year."""
    component = Timezone()
    component.add("tzid", zone_name)
    component.add("x-lic-location", zone_name)
    for block in _blocks(zone_name, first_year, last_year):
        component.add_component(_block(*block))
    return component


def vtimezone_lines(zone_name: str, first_year: int, last_year: int) -> list[str]:
    """The unfolded content lines `vtimezone(...).to_ical()` has, in its order, written from the blocks with
    icalendar's value types but without a Component per block (that cost as much as the events it serves)."""
    name = _escape_char(zone_name)
    lines = ["BEGIN:VTIMEZONE", "TZID:" + name, "X-LIC-LOCATION:" + name]
    for dst, onset, offset_from, offset_to, tzname, rrule in _blocks(zone_name, first_year, last_year):
        kind = "DAYLIGHT" if dst else "STANDARD"
        lines += [f"BEGIN:{kind}", "DTSTART:" + _value(vDatetime(onset))]
        if rrule is not None:
            lines.append("RRULE:" + _value(vRecur(rrule)))
        lines += ["TZNAME:" + _escape_char(tzname), "TZOFFSETFROM:" + _value(vUTCOffset(offset_from)),
                  "TZOFFSETTO:" + _value(vUTCOffset(offset_to)), f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return lines


def _value(value: vDatetime | vRecur | vUTCOffset) -> str:
    """A value as icalendar writes it (some of its types give bytes, some str)."""
    data = value.to_ical()
    return data.decode("utf-8") if isinstance(data, bytes) else data


def _blocks(zone_name: str, first_year: int, last_year: int) -> list[_Block]:
    # Start a year early so the block in force on 1 January of first_year is defined.
    changes = transitions(zone_name, first_year - 1, last_year + 1)
    if not changes:
        offset, name, _ = _state(pytz.timezone(zone_name), dt.datetime(first_year, 7, 1))
        return [_Block(False, _EPOCH, offset, offset, name, None)]
    blocks = []
    for dst in (False, True):
        group = [t for t in changes if t.dst == dst]
        if not group:
            continue
        if len({t.rule for t in group}) == 1 and len(group) > 1:
            month, byday, _, _, _, _ = group[0].rule
            first = group[0]
            blocks.append(_Block(dst, first.local_onset, first.offset_from, first.offset_to, first.name,
                                 {"freq": "yearly", "bymonth": month, "byday": byday}))
        else:
            blocks.extend(_Block(dst, change.local_onset, change.offset_from, change.offset_to, change.name, None)
                          for change in group)
    return blocks


def _block(dst: bool, onset: dt.datetime, offset_from: dt.timedelta, offset_to: dt.timedelta, name: str,
           rrule: dict[str, object] | None) -> TimezoneStandard | TimezoneDaylight:
    block = TimezoneDaylight() if dst else TimezoneStandard()
    block.add("tzname", name)
    block.add("tzoffsetfrom", offset_from)
    block.add("tzoffsetto", offset_to)
    block.add("dtstart", onset)
    if rrule is not None:
        block.add("rrule", rrule)
    return block
