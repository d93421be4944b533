"""One moment restated on other clocks: the one place that decides "this mention says that one again". Pure.

Releases for readers in several zones give one time on more than one clock. Three stages ask this module:

- reading a text's mentions (datecontext), a bracket or a slash right after a time: "11:00 CET (10:00 GMT)", "from
  09:00 to 10:00 CET (08:00 to 09:00 GMT)", "9:30 a.m. MST (11:30 a.m. EST)", "14:00 IST / 08:30 GMT", "20:00 GMT
  (17:00 en Buenos Aires, 2pm en Ciudad de México)" (places' clocks, each named after its time). The first time,
  with its label, is the one; the other clock may settle the first's: an ambiguous label by its offset from UTC
  ("10:30 IST (0500 GMT)", zones.py decides which IST), an unlabelled time by the same offset ("at 7 a.m. (0600
  GMT)").
- once every label is read (dates), a bracket in UTC a few words after a zoned time: "10:15 p.m. EDT on Tuesday,
  May 14 (02:15 UTC on May 15)"; all the bracket says (its day too) is the UTC clock's, no second day.
- an article's events, however the clocks are written ("From 6:38 p.m. local time in Kourou, or from 21:38 GMT",
  "a las 20:30 (horario de Brasilia); en Bolivia serán las 18:30", a row a zone): each clock's time is the same
  instant, and the reader's calendar wants it once.

Two happenings at one instant told on the same clock (two committee rooms at 10 am) stay two: the wall times or
zones must differ. A clock past midnight ("11:32 p.m. EDT Tuesday (0332 GMT Wednesday)") is the same moment when
its time, naming no day of its own, was put on the day in context: the two then lie a day apart.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from model import Event
from parsers.blocks import Block
from parsers.mentions import Mention
from parsers.placeindex import lookup
from parsers.twoclocks import two_clocks
from parsers.zones import offset_label, settled_by_offset

# The world's clock, as a bracket after a time writes it: Greenwich's is read as UTC there.
_WORLD = ("GMT", "UTC")

# What `without_bracketed` asks of each mention that restates nothing: the mention as the text reads it, or None.
Screen = Callable[[str, Mention], Mention | None]

# A place's name right after a time in a bracket of conversions: "17:00 en Buenos Aires", "10 a.m. in New York",
# "15h hora de Lima", "9 am Nairobi time".
_PLACE_AFTER = re.compile(r"\s+(?:(?:in|en|em|à|a|hora\s+de|horas\s+de|hora\s+en|time\s+in)\s+)?[A-ZÁÉÍÓÚ][\w.'’-]+")


def without_bracketed(text: str, mentions: list[Mention], screen: Screen) -> list[Mention]:
    """The mentions of `text` less the times a bracket right after a time restates, that time's clock settled by
    the bracket where it can be; every other mention as `screen` reads it (None leaves it out). A mention is
    weighed against the last one kept, as the text is read left to right."""
    kept: list[Mention] = []
    bracket_end = -1  # the end of a bracket of places' clocks: "20:00 GMT (17:00 in Buenos Aires, 3 pm in Lima)"
    for mention in mentions:
        if mention.kind == "time" and mention.start < bracket_end:
            continue  # one more place's clock in the bracket: the same moment again
        home = _home_clock(text, mention) or two_clocks(text, mention)
        if home is not None:
            mention, bracket_end = home
        said = _restating(text, kept[-1], mention) if kept else None
        if said is not None:
            kept[-1], closing = said
            bracket_end = max(bracket_end, closing)
            continue
        screened = screen(text, mention)
        if screened is not None:
            kept.append(screened)
    return kept


# "a las 16:00 horas (17:00 horas en Paraguay)", "at 9:30 (10:30 in Lagos)": an unlabelled time, then the same
# moment on the clock of a land the text names (the readers' home, not the venue).
_HOME_CLOCK = re.compile(r"[ \t]*\([ \t]*(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d))?[ \t]*"
                         r"(?:horas?|hrs?|hours?|h)?[ \t]+(?:en|in|em|à)[ \t]+"
                         r"(?P<place>[A-ZÁÉÍÓÚ][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*\)")
_HOME_REACH = 6 * 60  # minutes between the two clocks: more, or over midnight, and the day would be in doubt


def _home_clock(text: str, mention: Mention) -> tuple[Mention, int] | None:
    """An unlabelled time restated in a bracket on a named land's clock, as that clock's time (the instant the
    bracket gives, on a clock zones.py knows: "Paraguay time"), with the bracket's end; None for any other."""
    if mention.kind != "time" or mention.zone or mention.time is None or mention.until is not None:
        return None
    found = _HOME_CLOCK.match(text, mention.end)
    if found is None or lookup(found.group("place")) is None:
        return None
    home = dt.time(int(found.group("hour")), int(found.group("minute") or 0))
    shift = home.hour * 60 + home.minute - mention.time.hour * 60 - mention.time.minute
    if shift == 0 or abs(shift) > _HOME_REACH:
        return None
    return mention._replace(end=found.end(), text=text[mention.start : found.end()], time=home,
                            zone=f"{found.group('place')} time"), found.end()


def _restating(text: str, before: Mention, mention: Mention) -> tuple[Mention, int] | None:
    """`before` as a bracket that `mention` opens right after it leaves it ("14:00 IST / 08:30 GMT": a slash as
    well), with the end of a bracket of places' clocks (-1 for another bracket); None when `mention` restates
    nothing (then both stay)."""
    joint = text[before.end : mention.start].strip() if before.kind == mention.kind == "time" else ""
    if joint not in ("(", "/"):
        return None
    if joint == "/" and not before.zone:
        return None  # "9:00 / 10:00 GMT": two choices, perhaps; a slash restates only a labelled time
    if joint == "(" and before.zone and not mention.zone and _PLACE_AFTER.match(text, mention.end):
        # "20:00 GMT (17:00 en Buenos Aires, 2pm en Ciudad de México)": the labelled time, then the same moment on
        # the clocks of other places, each named after its time.
        closing = text.find(")", mention.end)
        return _greenwich(before), closing if closing >= 0 else len(text)
    if not mention.zone or before.zone == mention.zone:
        return None
    if not before.zone and mention.zone.upper() not in _WORLD:
        return None  # "at 9:00 (10 a.m. EDT)": an unlabelled time and another clock, neither said to be the other
    return _settled(text, before, mention), -1


def _greenwich(before: Mention) -> Mention:
    """"14:00 GMT (10 a.m. EDT)": beside another clock, GMT is Greenwich's own (UTC), not London's summer clock."""
    return before._replace(zone="UTC") if before.zone.upper() == "GMT" else before


def _settled(text: str, before: Mention, mention: Mention) -> Mention:
    """`before` with the clock its bracketed restatement `mention` settles: an ambiguous label by the offset from
    UTC ("10:30 IST (0500 GMT)": India's IST, not Ireland's), an unlabelled time by the same ("at 7 a.m. (0600
    GMT)" is on a clock an hour ahead of UTC; the local day and time stay, "9 a.m. (2100 GMT)" in Wellington being
    the day before in UTC). The settled time takes in the bracket."""
    # (the time takes in its restatement whatever it settles, so that a title drops both: "briefs the press at
    # 10:30 a.m. (Geneva time) / 4:30 a.m. (New York time)")
    end = mention.end + 1 if text.startswith(")", mention.end) and "(" in text[before.end : mention.start] \
        else mention.end  # (and its closing bracket)
    restated = before._replace(end=end, text=text[before.start : end])
    if before.zone.upper() == "GMT":
        return _greenwich(restated)
    if mention.zone.upper() not in _WORLD or before.time is None or mention.time is None:
        return restated
    minutes = _offset_minutes(before.time, mention.time)
    # ("10:00 local time (0700 GMT)": "local time" names no clock, as no label does; the bracket's offset does)
    local = _LOCAL_TIME.fullmatch(before.zone) is not None
    zone = settled_by_offset(before.zone, minutes) if before.zone and not local else offset_label(minutes)
    if zone is None:
        return restated
    return restated._replace(zone=zone)


# ("a las 10.00 hora local (15.00 GMT)", "à 9 h, heure locale (7 h GMT)", "alle 10, ora locale (8 GMT)", "um 9 Uhr
# Ortszeit (7 Uhr GMT)": "local" as Spanish, Portuguese, French, Italian and German write it)
_LOCAL_TIME = re.compile(r"[Ll]ocal(?:\s+time)?|(?i:hora|hor[áa]rio|heure|ora)\s+local[e]?|[Oo]rtszeit")


def _offset_minutes(local: dt.time, utc: dt.time) -> int:
    """Minutes from UTC to the local clock, read the short way round (-10 h rather than +14 h)."""
    minutes = (local.hour * 60 + local.minute - utc.hour * 60 - utc.minute) % 1440
    return minutes - 1440 if minutes >= 14 * 60 else minutes


# "10:15 p.m. EDT on Tuesday, May 14 (02:15 UTC on May 15)", "(0332 GMT Wednesday)": the same moment restated in
# brackets on the world's clock, its day perhaps the next.
_UTC_AGAIN = re.compile(r"\(\s*(?P<h>[01]?\d|2[0-3])[:.h]?(?P<m>[0-5]\d)\s*(?:UTC|GMT|Z)\b[^()\n]{0,40}\)")
_RESTATED_REACH = 80  # characters between the zoned time and the bracket that restates it


def without_utc_restatements(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of `text` less those inside a bracket that gives a zoned time again in UTC: one moment, said
    twice, and a day in the bracket is the UTC clock's, not a second day of the event. Asked once every label is
    read ("à 15 h, heure de Paris (13:00 GMT)"), of a time a few words before the bracket (its day between)."""
    if "(" not in text:
        return mentions
    starts = [m.start for m in mentions]  # mentions come in order: only those just before a bracket are looked at
    dropped: list[tuple[int, int]] = []
    settled: dict[int, str] = {}  # the local times a bracket gives the offset of, by their start
    for bracket in _UTC_AGAIN.finditer(text):
        low = max(text.rfind("\n", max(0, bracket.start() - _RESTATED_REACH), bracket.start()) + 1,
                  bracket.start() - _RESTATED_REACH)
        near = mentions[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, bracket.start())]
        zoned = [m for m in near if m.kind == "time" and m.zone and m.end <= bracket.start()]
        if zoned:
            dropped.append(bracket.span())
            if zoned[-1].time is not None and _LOCAL_TIME.fullmatch(zoned[-1].zone):
                # "a las 22.00 hora local (03.00 GMT del jueves)": "local" names no clock; the bracket's offset does
                utc = dt.time(int(bracket.group("h")), int(bracket.group("m")))
                settled[zoned[-1].start] = offset_label(_offset_minutes(zoned[-1].time, utc))
    if not dropped:
        return mentions
    opens = [start for start, _ in dropped]  # the brackets, in order and apart: the one a mention may lie in
    return [m._replace(zone=settled[m.start]) if m.start in settled and m.kind == "time" else m for m in mentions
            if not ((at := bisect.bisect_right(opens, m.start) - 1) >= 0 and m.end <= dropped[at][1])]


# "UTC+05:30", "GMT-3": the figures after an offset's sign are the offset, not a clock of their own.
_OFFSET_SIGN = re.compile(r"(?:UTC|GMT)\s?[+−-]\s?$")


def without_offset_figures(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of `text` less the times that are only an offset's figures ("All times are UTC+05:30")."""
    if "UTC" not in text and "GMT" not in text:
        return mentions
    return [m for m in mentions if not (m.kind == "time" and _OFFSET_SIGN.search(text, max(0, m.start - 6), m.start))]


# The clock in a time's words ("el jueves 24 de enero de 2019 20:30 (horario de Brasilia)": "20:30"), to find
# where a time the reader put together from several places of the text was written.
_CLOCK = re.compile(r"\d{1,2}[:.h]\d\d|\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
_NEAR = 400  # characters: the clocks of one moment are given together, in one sentence or the rows after it
_DAY = dt.timedelta(days=1)


def one_per_instant(events: list[Event], body: str) -> list[Event]:
    """`events` of one article, those that restate an earlier one's instant on another clock left out. Each event
    is weighed only against those kept at its instant or a day either side (over midnight), never all of them."""
    kept: list[Event] = []
    at_instant: dict[dt.datetime, list[int]] = {}  # each timed start kept: where in `kept`, in order
    places = _Places(body)
    for event in events:
        start = event.start if isinstance(event.start, dt.datetime) else None  # a day's event restates nothing
        twin = None if start is None else _twin(kept, at_instant, event, start, places)
        if twin is None:
            if start is not None:
                at_instant.setdefault(start, []).append(len(kept))
            kept.append(event)
            continue
        earlier = kept[twin]
        if earlier.start != event.start:  # over midnight: the time whose day the text gave is the one kept
            first, other = (event, earlier) if "date" in earlier.inferred else (earlier, event)
        elif places.first(earlier) <= places.first(event):
            first, other = earlier, event
        else:
            first, other = event, earlier
        note = f"time also given as {other.as_published} ({other.timezone}): the same moment on another clock"
        kept[twin] = dataclasses.replace(first, notes=(*first.notes, note))
        moved, was = first.start, earlier.start
        if moved != was and isinstance(moved, dt.datetime) and isinstance(was, dt.datetime):
            at_instant[was].remove(twin)  # the kept event is the other clock's, on its day: filed under that
            bisect.insort(at_instant.setdefault(moved, []), twin)
    return kept


def _twin(kept: list[Event], at_instant: dict[dt.datetime, list[int]], event: Event, start: dt.datetime,
          places: _Places) -> int | None:
    """Where in `kept` the first event is that `event` (starting at `start`) restates, if one is."""
    candidates = sorted(i for instant in (start, start - _DAY, start + _DAY) for i in at_instant.get(instant, ()))
    return next((i for i in candidates if _restates(kept[i], event, places)), None)


def _over_midnight(kept: Event, event: Event) -> bool:
    """"9:10 p.m. local time in Kourou on Tuesday, or 00:10 GMT": the other clock is past midnight, and the time that
    names no day of its own was put on the day in context, a day off."""
    if not isinstance(kept.start, dt.datetime) or not isinstance(event.start, dt.datetime):
        return False
    return abs(kept.start - event.start) == _DAY and ("date" in kept.inferred) != ("date" in event.inferred)


def _restates(kept: Event, event: Event, places: _Places) -> bool:
    if not isinstance(kept.start, dt.datetime) or not isinstance(event.start, dt.datetime):
        return False
    if kept.start != event.start and not _over_midnight(kept, event):
        return False
    # One clock: the same zone and the same clock written ("10 am" twice); "16:00 (GMT +3)" and "13:00 (GMT)" are
    # two clocks though both are shown in UTC, a fixed offset having no zone of its own.
    same_clock = kept.timezone == event.timezone and (
        _CLOCK.findall(kept.as_published) == _CLOCK.findall(event.as_published)
        or _start_clock(kept.as_published) == _start_clock(event.as_published) != "")
    if same_clock or kept.as_published == event.as_published:
        return False
    if "zone" in kept.inferred and "zone" in event.inferred:
        return False  # two clocks the reader guessed from places may meet at one instant by chance
    return places.near(kept.as_published, event.as_published)


class _Places:
    """Where an article's body writes a time's words, each looked up once."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.found: dict[str, list[int]] = {}

    def of(self, words: str) -> list[int]:
        if words not in self.found:
            self.found[words] = sorted(_positions(words, self.body))
        return self.found[words]

    def first(self, event: Event) -> int:
        """Where the text first gives the event's time: the clock written first is the one the writer goes by."""
        return min(self.of(event.as_published), default=len(self.body))

    def near(self, first: str, second: str) -> bool:
        """Are the two times written within a few lines of each other?"""
        at_second = self.of(second)  # in order: the first at or after each of the first's, less _NEAR
        return any((j := bisect.bisect_left(at_second, a - _NEAR)) < len(at_second) and at_second[j] <= a + _NEAR
                   for a in self.of(first))


# The hour a time's words start at: "7" of "7-9 p.m. ET" and of "7-8 p.m. ET" (two cards of one evening on one
# clock, each with its own end), "16" of "16:00 (GMT +3)"; not a day's number ("September 22 7-9 p.m.").
_START = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.h]\s?(\d\d))?"
                    r"(?=\s*(?:[-–—]|to\b|until\b|[ap]\.?\s?m\b|h\b|hrs?\b|Uhr\b))",
                    re.IGNORECASE)


def _start_clock(words: str) -> str:
    found = _START.search(words)
    return f"{int(found.group(1))}:{found.group(2) or '00'}" if found else ""


def _positions(words: str, body: str) -> list[int]:
    found = []
    for piece in [words] if words in body else _CLOCK.findall(words):
        at = body.find(piece)
        while at >= 0:
            found.append(at)
            at = body.find(piece, at + 1)
    return found


# "(11.00 London; 12.00 Geneva; 22.00, Honolulu (2 March))" on a line of its own, under "When: 14.00 Nairobi time on
# Thursday, 3 March": the time above told on other cities' clocks, no event of its own.
_CITY_CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d,?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*\([^()]{1,20}\))?"
_CLOCKS_LINE = re.compile(rf"\(\s*{_CITY_CLOCK}(?:\s*[;,]\s*{_CITY_CLOCK})+\s*\)")
_CITY_AFTER_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d,?\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def clocks_restated_below(blocks: Sequence[Block], mentions_of: dict[int, list[Mention]]) -> list[Block]:
    """`blocks` without a bracketed line of city clocks right under a line with a time: it says nothing more.
    Each name after a clock must be a place ("14.00 Workshop A; 15.30 Closing Plenary" are a programme's rows)."""
    dropped = {block.number for above, block in zip(blocks, blocks[1:], strict=False)
               if block.text.startswith("(") and _CLOCKS_LINE.fullmatch(block.text.strip())
               and all(lookup(name) is not None for name in _CITY_AFTER_CLOCK.findall(block.text))
               and any(m.kind == "time" for m in mentions_of.get(above.number, []))}
    return [b for b in blocks if b.number not in dropped] if dropped else list(blocks)
