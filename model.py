"""The records passed between presscal's stages, their vocabulary, and the error classes. Pure.

An `Article` is one press release as read from a source. An `Event` is one
scheduled thing found in an article: every stage after the parser (store,
feeds, web) works on this one frozen record and nothing else. The kinds an
event can have and `CalendarInfo` live here too, so that the parsers, the
feeds and the configuration all import them inward, from the model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
import re
from dataclasses import dataclass, field

import pytz

# Event statuses, as RFC 5545 spells them (3.8.1.11).
CONFIRMED = "CONFIRMED"
TENTATIVE = "TENTATIVE"
CANCELLED = "CANCELLED"

# The kinds of event (CATEGORIES); parsers/kinds.py tells them from the words of a text.
PRESS_CONFERENCE = "press conference"
DOORSTEP = "doorstep"
SPEECH = "speech"
MEETING = "meeting"
VISIT = "visit"
SUMMIT = "summit"
CONFERENCE = "conference"
COURSE = "course"
CEREMONY = "ceremony"
EVENT = "event"
LABELS = {
    PRESS_CONFERENCE: "Press conference",
    DOORSTEP: "Doorstep",
    SPEECH: "Speech",
    MEETING: "Meeting",
    VISIT: "Visit",
    SUMMIT: "Summit",
    CONFERENCE: "Conference",
    COURSE: "Course",
    CEREMONY: "Ceremony",
    EVENT: "Event",
}


@dataclass(frozen=True, slots=True)
class CalendarInfo:
    """What describes the calendar as a whole (config.py fills it in from the settings)."""

    name: str = "presscal events"
    description: str = "Events announced in press releases, read by presscal."
    base_url: str = "http://127.0.0.1:8000"
    refresh_minutes: int = 30
    # METHOD:PUBLISH events carry an ORGANIZER (RFC 5546 3.2.1): the publisher, not a person to reply to.
    organizer: str = "mailto:noreply@presscal.invalid"

# Every presscal UID: "presscal-" and 24 hex digits of a SHA-256 of what identifies the event.
# UID_PATTERN is unanchored, to go inside larger patterns (admin paths, an <input pattern>).
UID_PATTERN = r"presscal-[0-9a-f]{24}"
UID_RE = re.compile(UID_PATTERN)  # UID_RE.fullmatch(text): is `text` a UID (and nothing else)?


def make_uid(key: str) -> str:
    """The UID of whatever `key` identifies: stable, as long as the key is."""
    return "presscal-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Article:
    """One press release: its title, its body text, and where it came from."""

    source: str  # the configured source's name, e.g. "nato-news"
    title: str
    body: str
    org: str = ""  # the "Source: NATO" line of a bundle
    url: str = ""
    published: dt.date | None = None
    # The year of the page's copyright line ("© 2013 FACT", in a footer cut from the body): when the page was made.
    page_year: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One scheduled event, time-zone aware from the moment it was parsed.

    A timed event has aware `start`/`end` datetimes and `timezone` names the
    IANA zone its wall times were stated in. An all-day event has `date`
    values and an exclusive `end`, as RFC 5545 wants for VALUE=DATE.

    Three things in presscal are called "changed"; they are not the same fact:
      Event.changed              when: the moment the event last changed (DTSTAMP, LAST-MODIFIED, the
                                 store's JSON key "changed"); read it as "last modified"
      Event.change               what: a sentence on the last material change ("moved from ...")
      MergeReport/Report.changed how many: events updated by a merge or refresh
    """

    uid: str
    summary: str
    kind: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    timezone: str  # IANA zone of a timed event; "" for an all-day one
    location: str
    sentence: str  # the text the event was found in
    article_title: str
    source: str
    as_published: str  # the date/time words exactly as the text gave them
    changed: dt.datetime  # when this event last changed (UTC): DTSTAMP, LAST-MODIFIED
    status: str = CONFIRMED
    inferred: frozenset[str] = field(default_factory=frozenset)  # "year", "zone", "end", "date"
    notes: tuple[str, ...] = ()  # problems noticed in the text, e.g. a wrong weekday
    article_url: str = ""
    sequence: int = 0
    end_estimate: str = ""  # why the end is what it is, when the text gave none
    change: str = ""  # what the last material change was: "moved from 09:15 to 09:30 CET"
    corrected: bool = False  # an editor changed it (editorial.py): the feed marks and lifts its entry

    org: str = ""  # the organisation that published the article ("Source: NATO"), when known
    published: dt.date | None = None  # the article's publication date, when known
    previous_start: dt.datetime | dt.date | None = None  # the start before the last move (schema.org previousStartDate)

    def __reduce__(self) -> tuple[type[Event], tuple[object, ...]]:
        # Pickled as its values, which go back through __init__: the dataclass's own state methods look its
        # fields up again for every event, and parallel.py sends back thousands (a fifth of the cost).
        return Event, _event_values(self)

    @property
    def is_timed(self) -> bool:
        """True when `start`/`end` are aware datetimes; False for an all-day event (dates)."""
        return isinstance(self.start, dt.datetime)

    @property
    def all_day(self) -> bool:
        return not self.is_timed

    @property
    def first_day(self) -> dt.date:
        """The day it starts: for a timed event, in the zone its times were stated in."""
        return self.start.date() if isinstance(self.start, dt.datetime) else self.start

    @property
    def last_day(self) -> dt.date:
        """The day it ends: a timed end's own day; the day before an all-day event's exclusive end."""
        if isinstance(self.end, dt.datetime):
            return self.end.date()
        return self.end - dt.timedelta(days=1)

    @property
    def sort_key(self) -> tuple[dt.datetime, str]:
        """Events sort by start instant (all-day ones at UTC midnight), then UID."""
        if isinstance(self.start, dt.datetime):
            return (self.start.astimezone(dt.UTC), self.uid)
        midnight = dt.datetime.combine(self.start, dt.time(), dt.UTC)
        return (midnight, self.uid)


_event_values = operator.attrgetter(*Event.__dataclass_fields__)  # every field, in order, as a tuple


class PresscalError(Exception):
    """Base of every error presscal reports to people as a sentence."""


class ParseError(PresscalError):
    """Text that could not be read, with where it was and an excerpt of it."""

    def __init__(self, message: str, *, source: str = "", item: str = "", text: str = "") -> None:
        self.message = message
        self.source = source
        self.item = item
        self.text = text
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.source, f"item {self.item!r}" if self.item else "") if p)
        excerpt = f': "{excerpt_of(self.text)}"' if self.text else ""
        return f"{where}: {self.message}{excerpt}" if where else f"{self.message}{excerpt}"


class SourceError(PresscalError):
    """A source that could not be read (missing file, failing URL, binary data)."""


class StoreError(PresscalError):
    """The store's database could not be opened, read or written; the sentence names it (password masked)."""


class ConfigError(PresscalError):
    """Invalid configuration; `problems` lists every one found, as sentences."""

    def __init__(self, problems: list[str], file: str = "") -> None:
        self.problems = problems
        self.file = file
        where = f" in {file}" if file else ""
        super().__init__(f"invalid configuration{where}:\n  " + "\n  ".join(problems))


def excerpt_of(text: str, limit: int = 80) -> str:
    """A one-line excerpt of `text` for an error message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def event_to_dict(event: Event) -> dict[str, object]:
    """A JSON-ready dict of `event`: ISO dates, timed values with their UTC offset and zone name."""
    return {
        "uid": event.uid,
        "summary": event.summary,
        "kind": event.kind,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "all_day": event.all_day,
        "timezone": event.timezone,
        "location": event.location,
        "sentence": event.sentence,
        "article_title": event.article_title,
        "source": event.source,
        "as_published": event.as_published,
        "changed": event.changed.astimezone(dt.UTC).isoformat(),
        "status": event.status,
        "inferred": sorted(event.inferred),
        "notes": list(event.notes),
        "article_url": event.article_url,
        "sequence": event.sequence,
        "end_estimate": event.end_estimate,
        "change": event.change,
        # Only when set: every output of an uncorrected event stays byte for byte what it was.
        **({"corrected": True} if event.corrected else {}),
        "org": event.org,
        "published": event.published.isoformat() if event.published is not None else "",
        "previous_start": event.previous_start.isoformat() if event.previous_start is not None else "",
    }


def event_from_dict(data: dict[str, object]) -> Event:
    """The inverse of `event_to_dict`; timed values come back on their zone's clock."""
    zone = str(data["timezone"])

    def moment(text: object) -> dt.datetime | dt.date:
        if data["all_day"]:
            return dt.date.fromisoformat(str(text))
        # astimezone, never tzinfo=: pytz zones attached directly show local mean time.
        return dt.datetime.fromisoformat(str(text)).astimezone(pytz.utc if zone == "UTC" else pytz.timezone(zone))

    return Event(
        uid=str(data["uid"]),
        summary=str(data["summary"]),
        kind=str(data["kind"]),
        start=moment(data["start"]),
        end=moment(data["end"]),
        timezone=zone,
        location=str(data["location"]),
        sentence=str(data["sentence"]),
        article_title=str(data["article_title"]),
        source=str(data["source"]),
        as_published=str(data["as_published"]),
        changed=dt.datetime.fromisoformat(str(data["changed"])).astimezone(dt.UTC),
        status=str(data["status"]),
        inferred=frozenset(str(x) for x in data["inferred"]),  # type: ignore[attr-defined]
        notes=tuple(str(x) for x in data["notes"]),  # type: ignore[attr-defined]
        article_url=str(data["article_url"]),
        sequence=int(data["sequence"]),  # type: ignore[call-overload]
        end_estimate=str(data["end_estimate"]),
        change=str(data.get("change", "")),
        corrected=bool(data.get("corrected", False)),
        org=str(data.get("org") or ""),
        published=dt.date.fromisoformat(str(data["published"])) if data.get("published") else None,
        previous_start=_previous_start(str(data.get("previous_start") or ""), zone, bool(data["all_day"])),
    )


def _previous_start(text: str, zone: str, all_day: bool) -> dt.datetime | dt.date | None:
    """A stored previous start: a date (10 characters) or an instant, shown on the event's clock when it is timed."""
    if not text:
        return None
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    moment = dt.datetime.fromisoformat(text)
    if all_day or not zone:  # moved from a timed start to a whole day: keep the offset it had
        return moment
    return moment.astimezone(pytz.utc if zone == "UTC" else pytz.timezone(zone))
