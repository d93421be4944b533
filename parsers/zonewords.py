"""Zone labels in German, French, Spanish, Portuguese and Arabic, after a time. Pure.

"à 15 h, heure de Paris", "a las 10:00 (hora local)", "às 14h (horário de Brasília)", "um 15 Uhr
Ortszeit", "a las 10:00, hora peninsular", "الساعة 10:00 صباحاً بتوقيت مكة المكرمة": the label is given the English
form zones.py reads ("Paris time", "local time", "Madrid time"), so a place's clock and a city's time are told apart the
same way in every language.
"""

from __future__ import annotations

import re

from parsers.fieldnames import alternatives
from parsers.lang_arabic import ARABIC_LETTERS
from parsers.mentions import Mention
from parsers.placeindex import CITY, lookup
from parsers.uncasedplaces import ARABIC_NAMES
from parsers.zones import iana_name, label_zone

# "hora de Brasília", "heure d'Ottawa", "horário de Lisboa", "hora de la Argentina": a town's (or a country's) clock.
_TOWN = r"[A-ZÁÉÍÓÚ][\w'’-]+(?:\s(?:[A-Z][\w'’-]+|de\s[A-Z][\w'’-]+)){0,2}"
_LABEL = re.compile(
    r"[ \t]*,?[ \t]*\(?[ \t]*(?P<label>"
    # ("11:30 horas de Perú": the time took "horas" as its own word; the country's name follows it.)
    rf"(?:(?i:heure|hora|hor[áa]rio)\s+|(?<=[Hh]oras\s))(?:de\s+(?:la\s+)?|d['’])"
    rf"(?!Centro[ \t]?[Aa]m[ée]rica)(?P<town>{_TOWN})"
    r"|(?i:heure\s+locale|hora\s+local|hor[áa]rio\s+local|Ortszeit|lokale[rn]?\s+Zeit)"
    # ("9:00 a.m. Centroamérica", "hora de Centroamérica": the one clock of Guatemala to Costa Rica, as the isthmus's
    # regional bodies label their events)
    # (the region's name alone only where it ends the phrase: "a las 9:00 a.m., Centroamérica y el Caribe presentarán"
    # names the subject of the clause after, no clock)
    r"|(?P<fixed>(?i:hora\s+(?:de\s+)?Centro[ \t]?am[ée]rica"
    r"|(?<!,)(?<!,[ \t])Centro[ \t]?am[ée]rica(?=[ \t]*(?:[.,;:)\]\n]|$))|hora\s+peninsular"
    r"|(?:hora|tiempo)\s+(?:oficial\s+)?del\s+centro(?:\s+de\s+M[ée]xico)?"
    r"|heure\s+de\s+l['’]Est|hora\s+del\s+(?:Este|Pac[ií]fico)))"
    r")(?![\w'’-])[ \t]*\)?"
)
# "1:00 pm – 3:00 pm America/New York Timezone", "(Europe/Berlin)": the zone's own IANA name, as calendar plugins
# print it (with a space for the underscore, or "Timezone" after it).
_IANA = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?P<zone>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian"
                   r"|Pacific)/[A-Z][A-Za-z_-]+(?:[ /][A-Z][A-Za-z_-]+){0,2})")
# "بتوقيت مكة المكرمة", "(بتوقيت القاهرة)", "حسب توقيت غرينتش", "بالتوقيت المحلي": Arabic says a clock is "by the
# timing of" a town, a land, Greenwich, or the place ("المحلي", the local one)
_ARABIC_LOCAL = ("المحلي",)
_ARABIC_GREENWICH = ("غرينتش", "غرينيتش", "جرينتش", "جرينيتش")
_ARABIC_LABEL = re.compile(
    rf"[ \t]*[(،,]?[ \t]*(?:(?:حسب|وفق|وفقا\s+ل|على)[ \t]+)?(?:و?ب)?(?:ال)?توقيت[ \t]+"
    rf"(?P<name>{alternatives((*ARABIC_NAMES, *_ARABIC_LOCAL, *_ARABIC_GREENWICH))})(?![{ARABIC_LETTERS}])"
    # ("بتوقيت غرينتش +3": Greenwich's clock moved by an offset, as the Gulf's and the Levant's notices give it)
    rf"(?:[ \t]*(?P<offset>[+\-−][ \t]*\d{{1,2}}(?:[:.]\d\d)?)(?!\d))?[ \t]*\)?"
)
_IANA_AFTER = re.compile(r"(?:[ \t]+(?i:time[ \t]?zone|time))?(?![\w/])[ \t]*\)?")


def _iana_label(text: str, start: int, stop: int) -> tuple[re.Match[str], str] | None:
    """The IANA zone named right after a time, its words the longest that name one ("America/New York Timezone"
    is New York's, not "America/New"): the match that ends the label, and the zone."""
    found = _IANA.match(text, start, stop)
    if found is None:
        return None
    words = found.group("zone").split(" ")
    for count in range(len(words), 0, -1):
        named = iana_name(" ".join(words[:count]))
        if named is not None:
            zone_end = found.start("zone") + len(" ".join(words[:count]))
            after = _IANA_AFTER.match(text, zone_end, stop)
            if after is not None:
                return after, named
    return None


# Clocks named by a region's word, not a town's.
_FIXED = {"peninsular": "Madrid time", "centroam": "Central America time", "centro am": "Central America time",
          "centro": "Mexico City time", "est": "Eastern Time", "pac": "Pacific Time"}


def english_label(town: str | None, fixed: str | None) -> str:
    """The English form zones.py reads: 'hora de Brasília' -> 'Brasília time', 'Ortszeit' -> 'local time'."""
    if fixed:
        lowered = fixed.lower()
        # (the longest key in it: "hora de Centroamérica" is "centroam", not "centro")
        return _FIXED[max((key for key in _FIXED if key in lowered), key=len, default="est")]
    if town:
        return f"{_english_name(town)} time"
    return "local time"


def _arabic_label(name: str, offset: str | None) -> str:
    """The English form of an Arabic clock's name: "مكة المكرمة" -> "Makkah time", "المحلي" -> "local time",
    "غرينتش" and "+3" -> "GMT+3"."""
    name = " ".join(name.split())
    if name in _ARABIC_LOCAL:
        return "local time"
    if name in _ARABIC_GREENWICH:
        return "GMT" + "".join((offset or "").split())
    return f"{ARABIC_NAMES[name]} time"


def _english_name(town: str) -> str:
    """The name the gazetteer shows for a town the text names in its own language ("heure de Genève" is Geneva's
    clock, "hora de Asuncion" Asunción's); a town it does not know keeps the text's name."""
    place = lookup(town)
    return place.display.split(",")[0] if place is not None and place.kind == CITY else town


# "at 12:00pm, Australian Eastern Standard Time", "at 9 a.m., Eastern Time", "at 15:00, Brussels time": an English
# clock spelled out after a comma (the grammar reads it only right after the time). The clock's long name must be
# one zones.py knows, the town one the gazetteer holds as a city.
_SPELLED = re.compile(
    r"[ \t]*,[ \t]*(?P<label>(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:(?i:standard|daylight|summer)[ \t]+)?(?i:time))(?![\w'’-])"
)


def _spelled_label(text: str, start: int, stop: int) -> re.Match[str] | None:
    """An English clock's name after a comma at `start`, if it names a clock zones.py (or the gazetteer) knows."""
    found = _SPELLED.match(text, start, stop)
    if found is None:
        return None
    label = " ".join(found.group("label").split())
    if label_zone(label) is not None:
        return found
    town = label.rsplit(" ", 1)[0]  # "Brussels time": a city's clock
    place = lookup(town) if town.count(" ") < 2 else None
    return found if place is not None and place.kind == CITY else None


def with_foreign_labels(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each unlabelled time followed by a foreign zone label, with that label (in its English form) as its zone;
    and each followed by an English clock's name after a comma, with that name."""
    out: list[Mention] = []
    for at, mention in enumerate(mentions):
        if mention.kind == "time" and not mention.zone:
            stop = mentions[at + 1].start if at + 1 < len(mentions) else len(text)
            label = _LABEL.match(text, mention.end, stop)
            english = None
            if label is not None:
                english = english_label(label.group("town"), label.group("fixed"))
            elif (arabic := _ARABIC_LABEL.match(text, mention.end, stop)) is not None:
                label, english = arabic, _arabic_label(arabic.group("name"), arabic.group("offset"))
            elif (named := _iana_label(text, mention.end, stop)) is not None:
                label, english = named
            elif text.startswith(",", mention.end) or text.startswith(", ", mention.end):
                label = _spelled_label(text, mention.end, stop)
                english = None if label is None else " ".join(label.group("label").split())
            if label is not None and english is not None:
                end = label.end()  # the label is part of what the text gave as the time
                mention = mention._replace(end=end, text=text[mention.start : end].strip(), zone=english)
        out.append(mention)
    return out


def list_joint(*words: str) -> re.Pattern[str]:
    """What stands between two times of one list: a comma, '&' or one of `words`, then perhaps "again" and "at"
    ("9:00, 10:00 and 14:00 CET", "at 9 am and again at 2 pm EST")."""
    joined = "|".join(words)
    return re.compile(rf"\s*(?:,\s*(?:(?:{joined})\s+)?|(?:{joined})\s+|&\s*)(?:again\s+)?(?:at\s+)?", re.IGNORECASE)


# "9:00 or 10:00 EST" lists two choices of one zone as well.
_LIST_JOINT = list_joint("and", "or")


def with_list_labels(text: str, mentions: list[Mention]) -> list[Mention]:
    """A label after the last time of a list is every listed time's: "at 9:00, 10:00 and 14:00 CET" are all CET.
    (A list whose first time has a label of its own, "15:00 CET, 14:00 GMT", says one time twice: untouched.)"""
    out = list(mentions)
    for at in range(len(out) - 1, 0, -1):
        later, earlier = out[at], out[at - 1]
        if later.kind == "time" and later.zone and earlier.kind == "time" and not earlier.zone \
                and earlier.until is None and _LIST_JOINT.fullmatch(text, earlier.end, later.start):
            out[at - 1] = earlier._replace(zone=later.zone)
    return out


# "East Africa Time (GMT +3) | 16:00 - 17:00", "EAT | 16:00": a table row that names its clock in the cell before the
# time. The cell ends with the clock's offset in brackets, or is a clock's name; a row's other words stay out.
_CELL_BEFORE = re.compile(
    r"(?:\((?P<offset>(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::?\d\d)?)?)\)"
    r"|(?<![\w(])(?P<label>[A-Z]{2,5}|(?:[A-Z][a-z]+\s){1,3}Time))"
    r"[ \t]*\|[ \t]*$")


_BAR_REACH = 8  # characters between a cell's bar and the time that opens the next cell
_CELL_REACH = 60  # characters of the cell before it: an offset in brackets or a clock's name of a few words


def with_row_labels(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each unlabelled time opening a table cell after a cell that names a clock, with that clock as its zone."""
    out: list[Mention] = []
    for mention in mentions:
        if mention.kind == "time" and not mention.zone:
            if "|" not in text[max(0, mention.start - _BAR_REACH) : mention.start]:
                out.append(mention)
                continue  # most times: no cell's bar right before them (and no scan of a long line per time)
            line_start = text.rfind("\n", max(0, mention.start - _CELL_REACH), mention.start) + 1
            cell = _CELL_BEFORE.search(text, max(line_start, mention.start - _CELL_REACH), mention.start)
            if cell is not None and cell.end() == mention.start:
                zone = cell.group("offset") or cell.group("label")
                if cell.group("offset") or label_zone(zone) is not None:
                    mention = mention._replace(zone=" ".join(zone.split()))
        out.append(mention)
    return out


# "Bolivia, Venezuela, Chile y Paraguay: 12:30 horas": a row of a kick-off or broadcast table names the countries
# (or towns) whose clock its time is on, before a colon, and says nothing else.
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:[ \t][A-ZÁÉÍÓÚÑ][\w'’.-]+){0,2}"
_ROW_NAMES = re.compile(rf"^[ \t•*-]*(?P<names>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*"
                        rf"(?:[ \t]+(?:y|e|and|et|und|o|or)[ \t]+{_NAME})?)[ \t]*:[ \t]*$")
_ROW_SPLIT = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:y|e|and|et|und|o|or)[ \t]+")
_ROW_END = re.compile(r"[ \t]*(?:horas?|hrs?\.?|h|Uhr|heures?)?[ \t]*\.?[ \t]*$", re.IGNORECASE)


def with_clock_rows(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each time of a line that only names places before a colon and gives the time ("Argentina, Brasil y Uruguay:
    13:30 horas"), on the clock of the first of them that keeps one: the table restates one moment on each
    country's clock, and so the rows meet at one instant (restated.py keeps the first)."""
    if ":" not in text:
        return mentions
    # A span ("Mauritania: 15:00-18:00" under a treaty body's day heading) is a slot of a timetable whose row names
    # what is taken up, not one moment restated on each country's clock: a kick-off or a broadcast has no end.
    return [_on_row_clock(text, m) if m.kind == "time" and not m.zone and m.until is None else m for m in mentions]


def _on_row_clock(text: str, mention: Mention) -> Mention:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    names = _ROW_NAMES.match(text[line_start : mention.start])
    if names is None or not _ROW_END.fullmatch(text, mention.end, len(text) if line_end < 0 else line_end):
        return mention
    for name in _ROW_SPLIT.split(names.group("names")):
        place = lookup(name)
        # zones.py reads "<name> time" as the clock of a town, or of a country that keeps one ("Bolivia time").
        if place is not None and place.zone and (place.kind == CITY or place.zone_certain):
            return mention._replace(zone=f"{name} time")
    return mention
