"""Clocks named by the places before them, in a list: "Times: London 16:30, New York 12:30, Nairobi 19:30",
"Horarios: España: 18:30 horas; México: 11:30 horas; Argentina: 14:30 horas". Pure.

Each time of such a list is told on its place's clock: it gets that clock's IANA name as its label, and the article
keeps one instant once however many clocks tell it (restated.one_per_instant). A list is two such times or more, one
after another with only a separator between them; each place a town or a country (one of several clocks, "México",
gives its capital's, as a list of nations' clocks means); no time with a label of its own. (A single "London 16:30"
is left to the place reading: the place may be where it happens or only where the writer is.)

The places may follow their times too, each time with the nations that keep it, the clocks parted by slashes: "Time:
10:00 am Colombia, Peru and Panama / 11:00 am Bolivia and Venezuela / 7:00 pm Spain"; each time takes the clock of
the first place after it.
"""

from __future__ import annotations

import re

from parsers.mentions import Mention
from parsers.placeindex import CITY, COUNTRY
from parsers.places import find_places

# The place right before a time: one to four capitalised words, maybe a colon ("New York 12:30", "España: 18:30").
_PLACE_BEFORE = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’.]*(?:[ -][A-ZÀ-Þ][\w'’.]*){0,3})[ \t]*:?[ \t]*$")
# What may stand between a time of the list and the next place: a separator, maybe the hours' word left over.
_SEPARATOR = re.compile(r"[ \t]*(?:horas?|hrs?|h|Uhr|heures?)?\.?[ \t]*(?:[,;/|·•–-]|\b(?:and|y|e|und|et)\b)[ \t]*")
# After a time, the places that keep it up to the slash before the next clock (or the line's end): capitalised names
# parted by commas and "and" ("Mexico, Panama, Colombia, Ecuador and Peru").
_NAMES_AFTER = re.compile(r"[ \t]+(?P<first>[A-ZÀ-Þ][\w'’.]*(?:[ \t][A-ZÀ-Þ][\w'’.]*){0,2})"
                          # (a joining word is never a word of a name: read both ways, a long list took seconds)
                          r"(?:(?:,[ \t]*|[ \t]+(?:and|y|e|et|und)[ \t]+)[A-ZÀ-Þ][\w'’.]*"
                          r"(?:[ \t](?!(?:and|y|e|et|und)[ \t])[\w'’.]+){0,3}?)*"
                          r"[ \t]*(?:/|\||$)", re.MULTILINE)
_LEAST = 2  # clocks in a list
_REACH = 40  # characters before a time where its place's name stands (the longest town names fit)


def with_place_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each time of a list of places' clocks labelled with its place's clock."""
    out = _with_places_after(text, list(mentions))
    run: list[tuple[int, str]] = []  # (index in out, zone) of the list being read

    def close() -> None:
        if len(run) >= _LEAST:
            for at, zone in run:
                out[at] = out[at]._replace(zone=zone)
        run.clear()

    end = 0
    for at, mention in enumerate(mentions):
        place = _place_clock(text, end, mention)
        if place is None:
            close()
        else:
            if run and not _SEPARATOR.fullmatch(text, end, mention.start - len(place[1])):
                close()
            run.append((at, place[0]))
        end = mention.end
    close()
    return out


def _place_clock(text: str, end: int, mention: Mention) -> tuple[str, str] | None:
    """The zone of the place named right before this time, and the words that name it; else None."""
    if mention.kind != "time" or mention.zone or mention.time is None:
        return None
    before = _PLACE_BEFORE.search(text, max(end, mention.start - _REACH), mention.start)
    if before is None:
        return None
    name = before.group("place")
    found = find_places(name)  # (which knows "México" by "Mexico" too)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name):
        return None
    place = found[0].place
    if not place.zone or place.kind not in (CITY, COUNTRY):
        return None
    return place.zone, before.group()


def _with_places_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each time of a slash-parted list of clocks, its places after it, labelled with its first
    place's clock ("10:00 am Colombia, Peru / 11:00 am Bolivia"); a list is two such clocks or more, one after
    another."""
    run: list[tuple[int, str]] = []
    out = list(mentions)

    def close() -> None:
        if len(run) >= _LEAST:
            for at, zone in run:
                out[at] = out[at]._replace(zone=zone)
        run.clear()

    for at, mention in enumerate(mentions):
        zone = _place_after(text, mention)
        if zone is None:
            close()
            continue
        if run and "\n" in text[mentions[run[-1][0]].end : mention.start]:
            close()  # (a clock list keeps to one line)
        run.append((at, zone))
    close()
    return out


def _place_after(text: str, mention: Mention) -> str | None:
    """The clock of the first place named right after this time, up to a slash or the line's end; else None."""
    if mention.kind != "time" or mention.zone or mention.time is None:
        return None
    after = _NAMES_AFTER.match(text, mention.end)
    if after is None:
        return None
    name = after.group("first")
    found = find_places(name)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name):
        return None
    place = found[0].place
    return place.zone if place.zone and place.kind in (CITY, COUNTRY) else None
