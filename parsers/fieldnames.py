"""The names of the fields a release gives its when and where under ("Date:", "Wann:", "Lieu :", "Venue –"), in
English, German, French and Spanish, defined once for every rule that reads such fields. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

WHEN = ("when", "time", "date", "hour", "date and time", "time and place", "time & date", "next date",
        # an event page's start under its own name, over "End Date:" (END)
        "start date", "start date and time", "start date & time", "start date/time", "event date",
        "wann", "datum", "termin", "uhrzeit", "zeit", "datum und uhrzeit",
        "quand", "heure", "horaire", "horaires", "date et heure",
        "fecha", "hora", "cuándo", "fecha y hora",
        # Portuguese and Italian: "Horário: 9h30", "Data e hora:", "Orario: 10.00"
        "horário", "horario", "quando", "data e hora", "orario", "data e ora",
        # Dutch, Indonesian and Malay, Scandinavian, Polish, Czech, Turkish: "Tijd:", "Hari/tanggal:", "Waktu:",
        # "Tid:", "Godzina:", "Čas:", "Tarih:"
        "tijd", "datum en tijd", "hari/tanggal", "hari, tanggal", "hari dan tanggal", "tanggal", "waktu", "tarikh",
        "masa", "tid", "dato", "godzina", "termin i miejsce", "čas", "tarih", "saat")
# The fields that give when something starts ("Start: 7pm", "Kick-off: 19:45", "Beginn: 19 Uhr", "Début : 19h").
START = ("start", "starts", "start time", "starting time", "begins", "kick-off", "kickoff", "kick off", "beginn",
         "début", "inicio", "comienzo",
         # Dutch: "Aanvangstijd: 9.30 uur", "Aanvang:", "Begintijd:"
         "aanvangstijd", "aanvang", "begintijd")
# The fields that give only the time ("Time:", "Hours:", "Uhrzeit:", "Horaire :"), or its start.
TIME = ("time", "times", "timing", "hour", "hours", "hora", "horario", "heure", "horaire", "zeit", "uhrzeit", "tijd",
        "waktu", "masa", "tid", "godzina", "čas", "saat", *START)
# The other fields of an event page ("Event Type", "Event Category:", "Date/Time"): labels, which name no event.
ABOUT = ("event type", "event category", "event categories", "category", "categories", "type", "event description",
         "description", "event location", "date/time", "date(s)", "tags", "organizer", "organiser", "cost",
         "veranstaltungsart", "kategorie", "beschreibung", "catégorie", "type d'événement")
# The fields of an event's end under its start ("Ends:", "End time -", "Bis:", "Fin :").
END = ("end", "ends", "end date", "end time", "end date and time", "end date & time", "end date/time", "finish",
       "finishes", "finishing", "bis", "ende", "fin",
       # Dutch: "Einde:", "Eindtijd: 17.00 uur", an event page's "Einddatum en -tijd"
       "einde", "eindtijd", "einddatum", "einddatum en -tijd", "einddatum en tijd")
WHERE = ("location", "venue", "place", "where", "room", "meeting room", "address",
         "ort", "wo", "veranstaltungsort", "raum", "lieu", "où", "salle", "lugar", "dónde", "sede", "sala", "local",
         # an online event's where: "Platform: Webex", "Plataforma: Zoom"
         "platform", "plataforma", "plateforme", "plattform",
         # Dutch, Italian, Indonesian and Malay, Scandinavian, Polish, Czech, Turkish
         "locatie", "plaats", "luogo", "tempat", "lokasi", "plats", "sted", "miejsce", "místo", "yer")
# The where fields of an online event: a card's room or address ("Venue: Room 3, Palais des Nations") is where it is,
# the platform only where the card names no other place
_ONLINE_WHERE = re.compile(r"^\W*(?:platform|plataforma|plateforme|plattform)\s*[:–—-]", re.IGNORECASE)


def online_where(text: str) -> bool:
    """Is the line an online event's platform field ("Platform: Zoom"), a where that a card's venue line overrides?"""
    return _ONLINE_WHERE.match(text) is not None


# "Local:" is Portuguese for "Location:", but English for the local clock ("Local: 14:00", "Local: Seoul time"): that
# label names a place only where no clock follows it.
_ALSO_THE_CLOCK = {"local": r"(?!\s*:?\s*(?:\d|[^\W\d_]+\s+time\b))"}


def alternatives(names: Iterable[str]) -> str:
    """A pattern of the names, longest first, each space any run of spaces ("date  and time")."""
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") + _ALSO_THE_CLOCK.get(name, "")
                    for name in sorted(names, key=len, reverse=True))


# A place's field label alone on its line ("Location", "Venue:", "Lieu"): the line under it says where.
_PLACE_LABEL = re.compile(rf"\s*(?:{alternatives(WHERE)})\s*:?\s*", re.IGNORECASE)


def place_label(text: str) -> bool:
    """Is `text` only the label of a place's field, its value on the line under it?"""
    return len(text) < 24 and _PLACE_LABEL.fullmatch(text) is not None
