"""The two sides a row of a fixture list names: "No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0), 7 p.m.", "Lorient
vs Olympique Lyonnais", "Rovers v. United". Pure.

A round of games lists many at one hour; each row names its own pair of sides, and two rows naming two pairs are
two games, however alike the rest of their lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model import LABELS

if TYPE_CHECKING:
    from parsers.findings import Finding

_SIDE = r"(?:No\.\s*\d+\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\(\d+-\d+(?:-\d+)?\))?"
# "No. 18 Fountain-Fort Carson (8-3) at No. 2 Columbine (10-0)", "Kriens-Luzern vs. GC Amicitia"
_PAIRING = re.compile(rf"^\s*(?P<first>{_SIDE})\s+(?P<join>at|vs?\.?|versus)\s+(?P<second>{_SIDE})"
                      r"(?=\s*[,:(–—-]|\s+\d|\s*$)")
_SEED = re.compile(r"No\.\s*\d+\s+|\s*\([\d-]+\)")


def _pairing(summary: str) -> re.Match[str] | None:
    for label in LABELS.values():
        summary = summary.removeprefix(f"{label}: ")
    return _PAIRING.match(summary)


def pairing(summary: str) -> frozenset[str] | None:
    """The two sides a finding's title opens with, seeds and records left out; None when it names no pairing."""
    found = _pairing(summary)
    if found is None:
        return None
    return frozenset(_SEED.sub("", found.group(side)).strip().lower() for side in ("first", "second"))


def other_pairings(a: str, b: str) -> bool:
    """Do titles `a` and `b` each open with a pairing of sides, and different ones: two games, not one?"""
    first, second = pairing(a), pairing(b)
    return first is not None and second is not None and first != second


def drop_visitors_towns(findings: list[Finding]) -> None:
    """A place named by the visiting side of "Windsor (9-2) at Ponderosa (7-3)" is a team's name: the game is at the
    home side's ground, so the finding keeps no place of its own and takes the item's area, as the other rows do."""
    for finding in findings:
        if finding.place is None:
            continue
        found = _pairing(finding.summary)
        if found is not None and found.group("join") == "at" \
                and finding.place.name.lower() in _SEED.sub("", found.group("first")).lower():
            finding.place, finding.location = None, ""
