"""The provinces of Argentina named after "Provincia de": the province, not a namesake town abroad. Pure.

"Gobierno de la Provincia de Santa Cruz", "la provincia de Misiones": the words after "provincia de" name an
Argentine province, whose clock is Argentina's (UTC-3), where the gazetteer would take a town of the same name
elsewhere (Santa Cruz in the Philippines or California, San Juan in Puerto Rico).
"""

from __future__ import annotations

import re

from parsers.placeindex import REGION, Place

# Each province with the zone of its capital (all keep UTC-3 today).
_PROVINCES = {
    "Buenos Aires": "America/Argentina/Buenos_Aires", "Catamarca": "America/Argentina/Catamarca",
    "Chaco": "America/Argentina/Cordoba", "Chubut": "America/Argentina/Catamarca",
    "Córdoba": "America/Argentina/Cordoba", "Corrientes": "America/Argentina/Cordoba",
    "Entre Ríos": "America/Argentina/Cordoba", "Formosa": "America/Argentina/Cordoba",
    "Jujuy": "America/Argentina/Jujuy", "La Pampa": "America/Argentina/Salta", "La Rioja": "America/Argentina/La_Rioja",
    "Mendoza": "America/Argentina/Mendoza", "Misiones": "America/Argentina/Cordoba",
    "Neuquén": "America/Argentina/Salta", "Río Negro": "America/Argentina/Salta", "Salta": "America/Argentina/Salta",
    "San Juan": "America/Argentina/San_Juan", "San Luis": "America/Argentina/San_Luis",
    "Santa Cruz": "America/Argentina/Rio_Gallegos", "Santa Fe": "America/Argentina/Cordoba",
    "Santiago del Estero": "America/Argentina/Cordoba", "Tucumán": "America/Argentina/Tucuman",
}  # fmt: skip
# "Provincia de", "provincia del" right before the name (a longer name such as "Santa Cruz de Tenerife" goes on).
_PROVINCIA_BEFORE = re.compile(r"\b[Pp]rovincia\s+del?\s+$")
_GOES_ON = re.compile(r"\s+de\s+[A-ZÁÉÍÓÚ]")


def province_named(text: str, start: int, end: int) -> Place | None:
    """The Argentine province whose name `text[start:end]` is, after "Provincia de"; None otherwise."""
    name = text[start:end]
    zone = _PROVINCES.get(name)
    if zone is None or _PROVINCIA_BEFORE.search(text, max(0, start - 16), start) is None \
            or _GOES_ON.match(text, end):
        return None
    return Place(name, REGION, f"Provincia de {name}, Argentina", "AR", zone, True)


# "Provincia de Río Negro", "provincia del Chaco": the words right after "provincia de" are a province's name even
# where the gazetteer knows no place of that name (Río Negro, a river of several countries; Chaco).
_PROVINCIA_OF = re.compile(r"\b[Pp]rovincia\s+del?\s+(?P<name>"
                           + "|".join(sorted((re.escape(n) for n in _PROVINCES), key=len, reverse=True)) + r")\b")


def provinces_in(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, province) of each Argentine province named after "Provincia de" (not a longer name that goes on
    with "de": "Santa Cruz de Tenerife")."""
    if "rovincia" not in text:
        return []
    found = []
    for match in _PROVINCIA_OF.finditer(text):
        if (place := province_named(text, match.start("name"), match.end("name"))) is not None:
            found.append((match.start("name"), match.end("name"), place))
    return found
