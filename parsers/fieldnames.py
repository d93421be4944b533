"""The names of the fields a release gives its when and where under ("Date:", "Wann:", "Lieu :", "Venue –"), in
English, German, French and Spanish, defined once for every rule that reads such fields. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

WHEN = ("when", "time", "date", "hour", "date and time", "time and place", "time & date",
        "wann", "datum", "termin", "uhrzeit", "zeit", "datum und uhrzeit",
        "quand", "heure", "horaire", "date et heure",
        "fecha", "hora", "cuándo", "fecha y hora")
WHERE = ("location", "venue", "place", "where", "room", "meeting room", "address",
         "ort", "wo", "veranstaltungsort", "raum", "lieu", "où", "salle", "lugar", "dónde", "sede", "sala")


def alternatives(names: Iterable[str]) -> str:
    """A pattern of the names, longest first, each space any run of spaces ("date  and time")."""
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(names, key=len, reverse=True))
