"""A place found in a text: where its name stands, the place it names, and how it is named. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.placeindex import Place


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    locative: bool  # preceded by "in", "at", "to", ...: where something happens
    topical: bool = False  # "including East Jerusalem", "Croatia v. Serbia": named, not where anything happens
