"""A sentence that opens with "at that same hour" ("A esa misma hora, ...", "À la même heure, ...", "At that same
hour, ..."): its event is at the clock time told just before it (in its paragraph, else the last event's), on the
same day; another event, not that one told again. One that opens with "half an hour later" ("Media hora después,
...", "Une heure plus tard, ...") is so long after that time. Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from parsers.dates import Mention
from parsers.gate import Gated

if TYPE_CHECKING:
    from parsers.findings import Finding

# Only words that name the clock: not "At the same time, ...", which English mostly uses for "besides", nor "A esa
# hora, las calles estarán cerradas", a state of things at that hour.
_PHRASE = (r"(?:at\s+(?:that|the)\s+(?:very\s+)?same\s+hour|at\s+that\s+(?:very|same)\s+time"
           r"|a\s+(?:esa|la|esta)\s+misma\s+hora|en\s+(?:ese|el)\s+mismo\s+horario"
           r"|(?:à|a)\s+la\s+même\s+heure|(?:à|a)\s+mesma\s+hora|n[oe]sse\s+mesmo\s+hor[aá]rio|no\s+mesmo\s+hor[aá]rio"
           r"|alla\s+stessa\s+ora|zur\s+(?:gleichen|selben)\s+(?:Uhrzeit|Stunde))\b")
# "Half an hour later", "Media hora después", "Une heure plus tard": so long after the time told before
_HALF = r"(?:half\s+an|media|une\s+demi-|meia|eine\s+halbe|mezz)"
_LATER = (r"(?:(?:half\s+an|an|one)\s+hour\s+later|(?:media|una)\s+hora\s+(?:después|más\s+tarde)"
          r"|une\s+(?:demi-)?heure\s+(?:plus\s+tard|après)|(?:meia|uma)\s+hora\s+(?:depois|mais\s+tarde)"
          r"|eine\s+(?:halbe\s+)?Stunde\s+später|(?:mezz'ora|un'ora)\s+dopo)\b"
          r"(?!\s+(?:than|que|als|di|del)\b)")  # ("An hour later than planned, ...": a delay, not a time)
# At a sentence's opening: the text's, or after the end of the sentence before; or set off by a semicolon or a comma
# after another day ("Monterrey tendrá el suyo el 9 de mayo a las 19:00 horas; San Pedro, el primero de mayo, en el
# mismo horario": the other day's event at that clock).
_OPENING = Gated(re.compile(rf"(?:^|(?<=[.!?;,])\s+)({_PHRASE}|{_LATER})", re.IGNORECASE),
                 "same hour", "same time", "very time", "misma hora", "mismo horario", "même heure",
                 "mesma hora", "mesmo hor", "stessa ora", "gleichen uhrzeit", "selben uhrzeit", "gleichen stunde",
                 "selben stunde", "hour later", "hora despu", "hora más tarde", "heure plus tard", "heure après",
                 "hora depois", "hora mais tarde", "stunde später", "ora dopo")
_SAID = re.compile(rf"{_PHRASE}|{_LATER}", re.IGNORECASE)
_HALF_HOUR = re.compile(_HALF, re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def with_same_hour(text: str, mentions: list[Mention], findings: list[Finding]) -> list[Mention]:
    """The mentions of a block, with each opening "at that same hour" read as the time told before it, when its
    sentence gives no time of its own."""
    if not _OPENING.could_match(text):
        return mentions
    out = list(mentions)
    for opening in _OPENING.pattern.finditer(text):
        start, end = opening.span(1)
        close = _SENTENCE_END.search(text, end)
        if any(m.kind == "time" and end <= m.start < (close.start() if close else len(text)) for m in out):
            continue  # "At that same hour ... at 16:30": the sentence's own time
        before = [m for m in out if m.kind == "time" and m.end <= start]
        if _after_a_comma(text, opening.start()) and not (before and _day_between(out, before[-1].end, start)):
            continue  # "; San Pedro, el primero de mayo, en el mismo horario": only after a day of its own
        if before:
            hour, zone = before[-1].time, before[-1].zone
        elif start == 0 and findings and findings[-1].time is not None:
            hour, zone = findings[-1].time, findings[-1].zone_label
        else:
            continue
        if hour is not None and re.fullmatch(_LATER, text[start:end], re.IGNORECASE):
            hour = _later(hour, 30 if _HALF_HOUR.match(text, start) else 60)
            if hour is None:
                continue  # (past midnight: another day, which the sentence does not say)
        out.append(Mention("time", start, end, text[start:end], time=hour, zone=zone))
    return sorted(out, key=lambda m: m.start)


def _after_a_comma(text: str, at: int) -> bool:
    """Is the phrase set off by a comma or a semicolon, inside its sentence (not opening one)?"""
    return at > 0 and text[at - 1] in ",;"


def _day_between(mentions: list[Mention], start: int, end: int) -> bool:
    """Is a day named between the time told before and the phrase ("a las 19:00 horas; San Pedro, el primero de mayo,
    en el mismo horario")? Without one ("el 19, a la misma hora" where "el 19" is read as no day) the phrase would put
    the time on the day before's."""
    return any(m.kind in ("day", "span", "weekday") and start <= m.start < end for m in mentions)


def _later(hour: dt.time, minutes: int) -> dt.time | None:
    """The clock `minutes` after `hour` on the same day (None past midnight)."""
    total = hour.hour * 60 + hour.minute + minutes
    return dt.time(total // 60, total % 60) if total < 24 * 60 else None


def of_another_event(mention: Mention) -> bool:
    """Is the time an "at that same hour": another event's, at the hour of the one before (which it does not join)?"""
    return mention.kind == "time" and _SAID.fullmatch(mention.text) is not None


def told_apart(finding: Finding) -> bool:
    """Was the finding dated by "at that same hour": an event of its own beside the one before, never merged with it?"""
    return _SAID.match(finding.as_published) is not None
