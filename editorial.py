"""Editors' corrections laid over what the sources say: edits win, field by field. Pure.

The store keeps what the sources said; an `Edit` records what an editor decided
(who, when, why). `apply_edits` lays the edits over the stored events at each
publication, so a refresh can never overwrite a correction:
- a field an editor set keeps the editor's value; when the source later says
  something else for it, the event is flagged for review with both values;
- fields nobody set follow the source;
- a hidden (or merged) event stays out of the outputs whatever its release says;
- every edit raises SEQUENCE and moves LAST-MODIFIED to the edit's time, and its
  note goes into the description (the editor's name never does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import pytz

from model import CANCELLED, CONFIRMED, TENTATIVE, Event, PresscalError, make_uid

SET, HIDE, SHOW, MERGE, ADD, CONFIRM = "set", "hide", "show", "merge", "add", "confirm"
ACTIONS = (SET, HIDE, SHOW, MERGE, ADD, CONFIRM)
# The fields an editor may set, by their Event names. start, end and timezone are set together.
FIELDS = ("start", "end", "timezone", "summary", "location", "kind", "status")
STATUSES = (CONFIRMED, TENTATIVE, CANCELLED)
ADDED_SOURCE = "editors"  # the source of an event added by hand
WHY = {"year": "the year was inferred", "zone": "the time zone was inferred", "date": "the day was inferred"}


@dataclass(frozen=True, slots=True)
class Edit:
    """One editorial decision about one event."""

    uid: str
    action: str  # one of ACTIONS
    at: dt.datetime  # when (UTC)
    by: str  # who: kept in the audit log, never published
    note: str  # why: published in the event's description
    values: tuple[tuple[str, str], ...] = ()  # SET and ADD: field -> value, as `encode` writes it
    was: tuple[tuple[str, str], ...] = ()  # SET: what the source said of those fields at the time
    target: str = ""  # MERGE: the UID of the event kept
    number: int = 0  # its place in the store's log: the order of edits made in the same instant


@dataclass(frozen=True, slots=True)
class ReviewFlag:
    """A field an editor set whose source has since said something else."""

    uid: str
    field: str
    source_value: str
    edited_value: str
    message: str  # "the source now says 09:30 CET; you set 09:15 CET"


@dataclass(frozen=True, slots=True)
class Overlay:
    """An event with its edits applied, and what the editors' pages need to know of it."""

    event: Event
    hidden: bool = False
    merged_into: str = ""
    flags: tuple[ReviewFlag, ...] = ()
    confirmed: dt.datetime | None = None  # the last time an editor confirmed it as it then was
    edited: tuple[str, ...] = ()  # the fields an editor set


def encode(field: str, value: object) -> str:
    """A field's value as the edits table keeps it: ISO 8601 for moments, the text otherwise."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _decode_moment(text: str, zone: str) -> dt.datetime | dt.date:
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    # astimezone, never tzinfo=: pytz zones attached directly show local mean time.
    return dt.datetime.fromisoformat(text).astimezone(pytz.utc if zone in ("", "UTC") else pytz.timezone(zone))


def apply_edits(events: Iterable[Event], edits: Iterable[Edit]) -> tuple[list[Event], list[ReviewFlag]]:
    """The events as published: edits laid over the sources' events, hidden ones left out, added ones in."""
    overlays = overlay_all(events, edits)
    published = [o.event for o in overlays if not o.hidden]
    return published, [flag for o in overlays for flag in o.flags]


def overlay_all(events: Iterable[Event], edits: Iterable[Edit]) -> list[Overlay]:
    """Every event, stored or added by hand, with its edits applied (hidden ones too), by start then UID."""
    by_uid: dict[str, list[Edit]] = {}
    for edit in sorted(edits, key=lambda e: (e.at, e.number)):
        by_uid.setdefault(edit.uid, []).append(edit)
    result = []
    seen = set()
    for event in events:
        seen.add(event.uid)
        mine = by_uid.get(event.uid)
        result.append(overlay(event, mine) if mine else Overlay(event))
    for uid, mine in by_uid.items():
        if uid not in seen and mine[0].action == ADD:
            result.append(overlay(added_event(mine[0]), mine[1:]))
    return sorted(result, key=lambda o: o.event.sort_key)


def overlay(event: Event, edits: list[Edit]) -> Overlay:
    """`event` as the source gave it, with `edits` (in order) applied."""
    chosen: dict[str, tuple[str, str | None]] = {}  # field -> (editor's value, source's value then)
    hidden, merged_into, confirmed = False, "", None
    count, last, notes = 0, event.changed, list(event.notes)
    for edit in edits:
        if edit.action == CONFIRM:
            confirmed = edit.at
            # The editor saw what the source said then: only a later change is news.
            seen = dict(edit.was)
            chosen = {f: (value, seen.get(f, was)) for f, (value, was) in chosen.items()}
            continue
        if edit.action == SET:
            was = dict(edit.was)
            chosen.update({f: (value, was.get(f)) for f, value in edit.values if f in FIELDS})
        elif edit.action in (HIDE, MERGE):
            hidden, merged_into = True, edit.target if edit.action == MERGE else ""
        elif edit.action == SHOW:
            hidden, merged_into = False, ""
        confirmed = edit.at  # an editor who changed it has looked at it
        count += 1
        last = max(last, edit.at)
        if edit.note:
            notes.append(f"Corrected: {edit.note}")
    if not count:
        return Overlay(event, confirmed=confirmed)
    changes: dict[str, object] = {f: value for f, (value, _) in chosen.items() if f not in ("start", "end")}
    zone = str(changes.get("timezone", event.timezone))
    for f in ("start", "end"):
        if f in chosen:
            changes[f] = _decode_moment(chosen[f][0], zone)
    flags = tuple(_flag(event, f, value, was) for f, (value, was) in chosen.items()
                  if was is not None and encode(f, getattr(event, f)) not in (was, value))
    corrected = replace(event, **changes, sequence=event.sequence + count,  # type: ignore[arg-type]
                        changed=last, notes=tuple(notes), corrected=True)
    return Overlay(corrected, hidden, merged_into, flags, confirmed, tuple(sorted(chosen)))


def _flag(event: Event, field: str, value: str, was: str | None) -> ReviewFlag:
    now = encode(field, getattr(event, field))
    said, set_ = _shown(field, now, event), _shown(field, value, event)
    if field in ("start", "end") and said.split(", ")[0] == set_.split(", ")[0] and ", " in said:
        said, set_ = said.split(", ")[1], set_.split(", ")[1]  # the same day: the times say it
    return ReviewFlag(event.uid, field, now, value, f"the source now says {said}; you set {set_}")


def _shown(field: str, value: str, event: Event) -> str:
    if field not in ("start", "end"):
        return repr(value) if field in ("summary", "location") else value
    moment = _decode_moment(value, event.timezone)
    if isinstance(moment, dt.datetime):
        return f"{moment:%a %d %b %Y, %H:%M} {moment.tzname()}"
    return f"{moment:%a %d %b %Y}"


def confirm_edit(event: Event, *, at: dt.datetime, by: str, note: str = "") -> Edit:
    """A confirmation of `event` as its source gives it now (edits applied on top stay as they are)."""
    return Edit(event.uid, CONFIRM, at, by, note, was=tuple((f, encode(f, getattr(event, f))) for f in FIELDS))


def added_event(edit: Edit) -> Event:
    """The event an ADD edit describes."""
    values = dict(edit.values)
    zone = values.get("timezone", "")
    start, end = _decode_moment(values["start"], zone), _decode_moment(values["end"], zone)
    summary = values.get("summary", "")
    return Event(uid=edit.uid, summary=summary, kind=values.get("kind", "event"), start=start, end=end,
                 timezone=zone if isinstance(start, dt.datetime) else "", location=values.get("location", ""),
                 sentence=summary, article_title="Added by the editors", source=ADDED_SOURCE,
                 as_published=values.get("as_published", values["start"]), changed=edit.at,
                 status=values.get("status", CONFIRMED), corrected=True,
                 notes=(f"Added by the editors: {edit.note}",) if edit.note else ())


def added_uid(summary: str, start: str, at: dt.datetime) -> str:
    """A UID for an event added by hand, in the form of every other presscal UID."""
    return make_uid(f"added|{summary}|{start}|{at.isoformat()}")


def review_reasons(item: Overlay) -> list[str]:
    """Why an event needs a look, as sentences: nothing when it is hidden or confirmed since it changed."""
    if item.hidden:
        return []
    event = item.event
    reasons = [flag.message for flag in item.flags]
    if item.confirmed is not None and item.confirmed >= event.changed:
        return reasons
    if event.status == TENTATIVE:
        reasons.append("it is tentative")
    reasons.extend(WHY[x] for x in sorted(event.inferred) if x in WHY)
    reasons.extend(f"a note on the text: {note}" for note in event.notes if not note.startswith("Corrected: "))
    return reasons


def parse_moment(text: str, zone: str) -> dt.datetime | dt.date:
    """An ISO 8601 date (all-day), or wall time in `zone`; a time that does not exist there, or exists twice,
    is refused rather than guessed."""
    text = text.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        naive = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise PresscalError(f"{text!r} is not an ISO 8601 date (2023-11-20) or time (2023-11-20T09:30)") from exc
    tz = pytz.utc if zone == "UTC" else pytz.timezone(zone)
    if naive.tzinfo is not None:
        return naive.astimezone(tz)
    try:
        localized: dt.datetime = tz.localize(naive, is_dst=None)
        return localized
    except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError) as exc:
        raise PresscalError(f"{text} does not name one moment in {zone} (a clock change): "
                            "give the UTC offset, as in 2023-10-29T02:30+01:00") from exc


def set_edit(event: Event, requested: Mapping[str, str], *, at: dt.datetime, by: str, note: str) -> Edit:
    """A SET edit of `event` (as its source gave it) from what an editor typed: `requested` maps
    start, end, timezone, summary, location, kind, status to text. Times are wall times in the
    requested zone (else the event's); a new start without an end keeps the event's length."""
    unknown = set(requested) - set(FIELDS)
    if unknown:
        raise PresscalError(f"an editor cannot set {', '.join(sorted(unknown))}")
    values: dict[str, object] = {k: v.strip() for k, v in requested.items() if k not in ("start", "end", "timezone")}
    if values.get("status", CONFIRMED) not in STATUSES:
        raise PresscalError(f"the status must be one of {', '.join(STATUSES)}, not {values['status']!r}")
    if "summary" in values and not values["summary"]:
        raise PresscalError("the title cannot be empty")
    if {"start", "end", "timezone"} & set(requested):
        values.update(_when(event, requested))
    if not values:
        raise PresscalError(f"nothing to change in {event.uid}: give a new start, end, zone, title, place, kind "
                            "or status")
    return Edit(event.uid, SET, at, by, note, tuple((f, encode(f, v)) for f, v in values.items()),
                tuple((f, encode(f, getattr(event, f))) for f in values))


def _when(event: Event, requested: Mapping[str, str]) -> dict[str, object]:
    zone = requested.get("timezone", "").strip() or event.timezone or "UTC"
    if zone != "UTC" and zone not in pytz.all_timezones_set:
        raise PresscalError(f"{zone!r} is not an IANA time zone (e.g. Europe/Brussels)")

    def wall(moment: dt.datetime | dt.date) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S") if isinstance(moment, dt.datetime) else moment.isoformat()

    start = parse_moment(requested.get("start") or wall(event.start), zone)
    if requested.get("end"):
        end = parse_moment(requested["end"], zone)
    elif not requested.get("start"):
        end = parse_moment(wall(event.end), zone)  # the same wall times, read in another zone
    elif isinstance(start, dt.datetime) == event.is_timed:
        end = start + (event.end - event.start)  # type: ignore[operator]
    else:
        end = start + (dt.timedelta(hours=1) if isinstance(start, dt.datetime) else dt.timedelta(days=1))
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        raise PresscalError("the start and the end must both be dates (all day) or both be times")
    if end <= start:
        raise PresscalError(f"the end ({wall(end)}) must come after the start ({wall(start)})")
    timed = isinstance(start, dt.datetime)
    return {"start": start, "end": end, "timezone": zone if timed else ""}
