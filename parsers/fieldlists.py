"""An entry given as a line of when, then a list of fields that say what and where. Pure.

    Termin: 21.02.2020, 19 Uhr              the date line: an event, but "Termin" says nothing of what
      • Ort: Rosi's Bar, Halle              where
      • Thema: Whisky mit 3-Gang Menü        what (else the first line that is no field)
      • Eintritt: 69,00 €/Person             fields that are neither
      • ... wird es heute zum Probieren      "today" inside the entry is the entry's day, no event of its own

The event of the date line takes its title, place and description from the list under it.
"""

from __future__ import annotations

import re

from parsers import kinds
from parsers.blocks import ITEM, Block
from parsers.dates import Mention
from parsers.fieldnames import WHEN, WHERE, alternatives
from parsers.findings import Finding
from parsers.places import best_place, find_places

# "Termin:", "Datum:", "Date:", "When:": a line giving only when, under a label
_WHEN = re.compile(rf"^\W*(?:{alternatives(WHEN)})\s*:", re.IGNORECASE)
_WHAT = re.compile(r"^\W*(?:thema|titel|was|programm|topic|title|what|subject|event)\s*:\s*", re.IGNORECASE)
_WHERE = re.compile(rf"^\W*(?:(?:{alternatives(WHERE)})\s*:\s*)+", re.IGNORECASE)
_ANY_FIELD = re.compile(r"^\W*[\w&\- ]{2,30}:(?!//)")  # "Eintritt:", "Anmeldung & Karten:"
_LIST = 8  # lines of a field list: more is a list of its own
_TITLE = 100  # characters: a longer line is a description, not the entry's name
# A line of an address: a house number first ("121 N. Quay Street"; a year is none: "2031 Annual Meeting"), a
# postcode last ("Toledo, OH 43604"), or the link to a map.
_ADDRESS_PART = re.compile(r"^\s*(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?\s|\b\d{4,5}(?:-\d{4})?\s*$"
                           r"|^\W*(?:(?:driving|get)\s+directions|directions|(?:view\s+)?map)\W*$", re.IGNORECASE)


def fill_from_fields(blocks: list[Block], mentions_of: dict[int, list[Mention]], findings: list[Finding]) -> None:
    """Give each event of a labelled date line the title, place and description its field list tells;
    events of "today" and the like inside that list go (they are the entry's day)."""
    lines = {b.text.strip(): at for at, b in enumerate(blocks) if _WHEN.match(b.text)}
    dropped: list[Finding] = []
    for finding in findings:
        # The event's text opens with its date line (a venue cell read with it may follow).
        at = next((at for line, at in lines.items() if finding.text.startswith(line)), None)
        if at is None:
            continue
        said = mentions_of[blocks[at].number]
        if {m.kind for m in said} != {"day", "time"} or _said_more(blocks[at].text, said):
            continue  # a date line without its time: "Time:" is a field under it, read with it elsewhere
        fields = _fields(blocks, at, mentions_of)
        if not fields:
            continue
        _fill(finding, fields)
        texts = tuple(b.text.strip() for b in fields)
        dropped += [f for f in findings if f.date_inferred and f.text.strip().endswith(texts)]
    if dropped:
        findings[:] = [f for f in findings if not any(f is d for d in dropped)]


def _said_more(text: str, mentions: list[Mention]) -> bool:
    """Does the date line say more than its label and its when?"""
    rest = list(text)
    for m in mentions:
        rest[m.start : m.end] = " " * (m.end - m.start)
    words = _WHEN.sub("", "".join(rest))
    return bool(re.search(r"[^\W\d_]{3,}", re.sub(r"\b(?:uhr|am|pm|a\.m\.|p\.m\.)", "", words, flags=re.I)))


def _fields(blocks: list[Block], at: int, mentions_of: dict[int, list[Mention]]) -> list[Block]:
    """The lines of the one list right under the date line, up to a line with a day or time of its own."""
    found: list[Block] = []
    for block in blocks[at + 1 : at + 1 + _LIST]:
        if block.kind != ITEM or any(m.kind in ("day", "span", "time") for m in mentions_of.get(block.number, [])) \
                or found and block.chunk != found[0].chunk:
            break  # one list: lines set apart by blank lines are fields of the page, not of the entry
        found.append(block)
    return found if len(found) >= 2 and any(_WHAT.match(b.text) or _WHERE.match(b.text) for b in found) else []


def _outside_where(fields: list[Block]) -> list[Block]:
    """The lines of a field list but those going on under "Where:" with the rest of its address ("Where: Quay Hall"
    / "121 N. Quay Street - Room 10" / "Toledo, OH 43604" / "Driving Directions"); a line that is no part of an
    address ("Ort: Marktplatz" / "Stadtführung mit Weinprobe") ends them and may name the entry."""
    kept: list[Block] = []
    in_where = False
    for block in fields:
        if _ANY_FIELD.match(block.text):
            in_where = bool(_WHERE.match(block.text))
        elif in_where and _ADDRESS_PART.search(block.text):
            continue
        else:
            in_where = False
        kept.append(block)
    return kept


def _fill(finding: Finding, fields: list[Block]) -> None:
    what = next((_WHAT.sub("", b.text).strip() for b in fields if _WHAT.match(b.text)), "")
    if not what:
        what = next((b.text.strip() for b in _outside_where(fields) if not _ANY_FIELD.match(b.text)
                     and len(b.text) <= _TITLE), "")
    where = next((_WHERE.sub("", b.text).strip() for b in fields if _WHERE.match(b.text)), "")
    if what:
        finding.kind = kinds.classify(what)
        finding.summary = kinds.item_summary(finding.kind, what)
    if where and not finding.location:
        finding.location = where
        finding.place = finding.place or best_place(find_places(where))
    finding.text = " ".join([finding.text, *(b.text.strip() for b in fields if b.text.strip() not in finding.text)])
