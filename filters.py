"""Filtered subscriptions: a query string -> a `Filter` -> the events it selects. Pure.

The grammar, shared by /calendar.ics, /feed.atom and /events.json:

    category=KIND   an event kind ("press conference", "meeting", ...); repeatable, any of them
    place=TEXT      part of the event's place (LOCATION)
    q=TEXT          part of its summary, place, sentence or article title
    from=YYYY-MM-DD the event is on this day or later: it ends (local day) on or after it
    to=YYYY-MM-DD   the event is on this day or earlier: it starts (local day) on or before it
                    (so a visit from 19 to 22 November is in from=2023-11-20&to=2023-11-20)
    tentative=yes|no  include TENTATIVE events (default yes)

Text is compared without regard to case or accents ("liege" finds "Liège"); a
value that is empty once folded counts as not given. Several parameters must
all hold. A query that breaks a rule (an unknown parameter, a bad value, a
non-repeatable parameter given twice, more than 20 parameters or more than
1,000 characters) raises `FilterError` with one sentence saying what is wrong.
Parameters that only track a link or bust a cache (`utm_*`, `_`) are not part
of any filter: they are ignored, so the redirect below drops them and a link
shared with tracking tags still works.

Each filter has one canonical query: the keys in alphabetical order, each
category once and in order, text values folded (lower case, no accents,
single spaces), defaults and empty values left out, encoded as an HTML form
encodes them (`+` for a space, `%XX` in capitals). The web app redirects any
other spelling of the same filter to it, so one filter is one URL and one ETag.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from model import LABELS, TENTATIVE, Event

CATEGORIES: tuple[str, ...] = tuple(sorted(LABELS))
KEYS = ("category", "from", "place", "q", "tentative", "to")
MAX_QUERY_LENGTH = 1000
MAX_PARAMETERS = 20
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # [0-9], not \d: no other scripts' digits
_SHOWN = 40  # characters of a bad value quoted back in an error


class FilterError(ValueError):
    """A query string that is not a filter; its message is one sentence for people."""


@dataclass(frozen=True, slots=True)
class Filter:
    """What a subscription selects. Text fields hold folded text (see `fold`); the default selects everything."""

    categories: tuple[str, ...] = ()  # sorted, each once; empty = every kind
    place: str = ""
    q: str = ""
    from_day: dt.date | None = None
    to_day: dt.date | None = None
    tentative: bool = True

    @property
    def selects_everything(self) -> bool:
        return self == Filter()

    def canonical_query(self) -> str:
        """The one query string of this filter, without the `?`; "" for the default filter."""
        pairs = [("category", c) for c in self.categories]
        if self.from_day:
            pairs.append(("from", self.from_day.isoformat()))
        if self.place:
            pairs.append(("place", self.place))
        if self.q:
            pairs.append(("q", self.q))
        if not self.tentative:
            pairs.append(("tentative", "no"))
        if self.to_day:
            pairs.append(("to", self.to_day.isoformat()))
        return urlencode(pairs)

    def matches(self, event: Event) -> bool:
        if self.categories and event.kind not in self.categories:
            return False
        if not self.tentative and event.status == TENTATIVE:
            return False
        first, last = event.first_day, event.last_day
        if (self.from_day and max(first, last) < self.from_day) or (self.to_day and first > self.to_day):
            return False  # the event's days overlap the asked ones
        if self.place and self.place not in fold(event.location):
            return False
        fields = (event.summary, event.location, event.sentence, event.article_title)
        return not self.q or any(self.q in fold(text) for text in fields)

    def select(self, events: Iterable[Event]) -> list[Event]:
        return [e for e in events if self.matches(e)]


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """`text` as filters compare it: compatibility-decomposed, without accents, case-folded, single spaces.

    Idempotent (tests/test_filters.py checks every code point), so a canonical
    query parses back to itself and a redirect never leads to another redirect.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Mn")
    return " ".join(bare.casefold().split())


def parse_query(query: str) -> Filter:
    """The filter a raw query string (as sent, without the `?`) asks for; FilterError if it asks for none."""
    if len(query) > MAX_QUERY_LENGTH:
        raise FilterError(f"The query string is longer than {MAX_QUERY_LENGTH:,} characters.")
    pairs = parse_qsl(query, keep_blank_values=True)
    if len(pairs) > MAX_PARAMETERS:
        raise FilterError(f"The query has more than {MAX_PARAMETERS} parameters.")
    values: dict[str, list[str]] = {}
    for key, value in pairs:
        if _ignored(key):
            continue
        if key not in KEYS:
            raise FilterError(f"Unknown parameter {_shown(key)}: the parameters are {_listed(KEYS)}.")
        folded = value.strip() if key in ("from", "to") else fold(value)
        if folded:
            values.setdefault(key, []).append(folded)
    for key, given in values.items():
        if key != "category" and len(given) > 1:
            raise FilterError(f"The parameter {key} can be given only once.")
    one = {key: given[0] for key, given in values.items()}
    for category in values.get("category", []):
        if category not in CATEGORIES:
            raise FilterError(f"Unknown category {_shown(category)}: the categories are {_listed(CATEGORIES)}.")
    from_day, to_day = _day(one, "from"), _day(one, "to")
    if from_day and to_day and from_day > to_day:
        raise FilterError(f"from={from_day} is after to={to_day}.")
    tentative = one.get("tentative", "yes")
    if tentative not in ("yes", "no"):
        raise FilterError(f"tentative={_shown(tentative)} must be yes or no.")
    chosen = Filter(
        categories=tuple(sorted(set(values.get("category", [])))),
        place=one.get("place", ""),
        q=one.get("q", ""),
        from_day=from_day,
        to_day=to_day,
        tentative=tentative == "yes",
    )
    # Folding can lengthen text ("ﬃ" -> "ffi"): the canonical URL must itself be a valid query.
    if len(chosen.canonical_query()) > MAX_QUERY_LENGTH:
        raise FilterError(f"The query string is longer than {MAX_QUERY_LENGTH:,} characters once normalised.")
    return chosen


def _ignored(key: str) -> bool:
    """Added by link trackers (utm_source=...) or cache busters (_=1700000000): no part of a filter."""
    return key == "_" or key.startswith("utm_")


def _day(values: dict[str, str], key: str) -> dt.date | None:
    text = values.get(key)
    if text is None:
        return None
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{key}={_shown(text)} is not a day written YYYY-MM-DD.") from None


def _shown(value: str) -> str:
    """A value quoted back in an error: short, and with any line break or control character escaped."""
    return repr(value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…")


def _listed(names: Iterable[str]) -> str:
    *rest, last = names
    return f"{', '.join(rest)} and {last}"
