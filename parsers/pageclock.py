"""A page's world clock: a date alone on its line over "Moscow: 18:10" and "London: 16:10", as an embassy's or an
agency's site prints the hour in its capital and in its host's; and a page's weather box: "15.2 C" / "Bucharest" /
"31 March 2023", a temperature and a town over the day the page was shown. Pure.

The date is the day the page was shown, not when the item was written, and the hours are the clocks' own: none of
them is an event, and the date is no day of the item (a careful reader dates the item by its own lines: "Briefing,
Moscow, February 15, 2017" under "29 March 2017 / Moscow: 18:10 / London: 16:10").
"""

from __future__ import annotations

import re

from parsers.blocks import Block
from parsers.dates import Mention
from parsers.places import find_places
from parsers.zones import season_offset

# "Moscow: 18:10", "New York: 09:10": a place's name, a colon and a clock with its minutes, nothing else.
_CLOCK_LINE = re.compile(r"\W*(?P<place>[^\W\d_][^\d:]{1,40}?)[ \t]*:[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*")
_CLOCKS = 2  # a world clock shows two towns' hours at least
_DATE_REST = re.compile(r"[\W]*")  # the date line: the date and punctuation only
# "15.2 C", "-3 °C", "72°F": a temperature alone on its line, as a site's weather box shows it.
_TEMPERATURE = re.compile(r"\W*[-+−]?\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:°[ \t]*)?[CF]\b\W*")
_WEATHER_LINES = 2  # the temperature and the town, in either order, right over the date


def clock_rows(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> list[int]:
    """The blocks of a world clock (the date line over it, and its lines of a town and its hour), in order."""
    out: list[int] = []
    at = 0
    while at < len(blocks):
        run = at
        while run < len(blocks) and _clock_line(blocks[run], mentions_of[blocks[run].number]):
            run += 1
        if run - at >= _CLOCKS and at > 0 and _date_alone(blocks[at - 1], mentions_of[blocks[at - 1].number]) \
                and _one_instant(blocks[at:run], mentions_of):
            out.extend(b.number for b in blocks[at - 1 : run])
        at = max(run, at + 1)
    return out


def _clock_line(block: Block, mentions: list[Mention]) -> bool:
    """A town's name, a colon and its hour, the line no more than that."""
    if len(mentions) != 1 or mentions[0].kind != "time" or "\n" in block.text.strip():
        return False
    found = _CLOCK_LINE.fullmatch(block.text)
    if found is None:
        return False
    places = find_places(found.group("place"))
    return bool(places) and places[0].start == 0 and places[0].end == len(found.group("place").rstrip())


def _one_instant(lines: list[Block], mentions_of: dict[int, list[Mention]]) -> bool:
    """Do the lines' hours show one moment on their towns' clocks ("Moscow: 18:10" / "London: 16:10" in March), in
    winter or in summer? A day's tour ("Vilnius: 09:30" / "Riga: 14:00") shows several."""
    clocks: list[tuple[int, str]] = []
    for block in lines:
        found = _CLOCK_LINE.fullmatch(block.text)
        places = find_places(found.group("place")) if found else []
        time = mentions_of[block.number][0].time
        if not places or not places[0].place.zone or time is None:
            return False
        clocks.append((time.hour * 60 + time.minute, places[0].place.zone))
    return any(len({(minutes - season_offset(zone, summer)) % _DAY for minutes, zone in clocks}) == 1
               for summer in (False, True))


_DAY = 24 * 60


def _date_alone(block: Block, mentions: list[Mention]) -> bool:
    """A line of one full date and nothing else."""
    if len(mentions) != 1 or mentions[0].kind != "day" or mentions[0].first is None or not mentions[0].first.year:
        return False
    day = mentions[0]
    return _DATE_REST.fullmatch(block.text[: day.start]) is not None \
        and _DATE_REST.fullmatch(block.text[day.end :]) is not None


def weather_rows(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> list[int]:
    """The date lines of a weather box: a date alone right under a temperature and a town's name (in either order),
    each alone on its line. The day is the one the page was shown, not the item's."""
    out: list[int] = []
    for at in range(_WEATHER_LINES, len(blocks)):
        above = blocks[at - _WEATHER_LINES : at]
        if _date_alone(blocks[at], mentions_of[blocks[at].number]) \
                and sorted(_weather_line(b) for b in above) == ["place", "temperature"]:
            out.append(blocks[at].number)
    return out


def _weather_line(block: Block) -> str:
    """"temperature" for a line of a temperature alone, "place" for a line of a town's name alone, else ""."""
    text = block.text.strip()
    if "\n" in text:
        return ""
    if _TEMPERATURE.fullmatch(text):
        return "temperature"
    places = find_places(text)
    return "place" if places and places[0].start == 0 and places[0].end == len(text) else ""
