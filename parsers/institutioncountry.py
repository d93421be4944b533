"""The country an organisation's own kind of office names: a Spanish "Ayuntamiento", a Catalan "Ajuntament", a
Galician "Concello", a Portuguese "Junta de Freguesia", an Italian "Comune di", a French "Mairie" or "Préfecture".
Pure.

A town hall of Spain writes "Valencia, 11 de marzo de 2024" over its mayor's day; the gazetteer's Valencia is the
larger Venezuelan one, and the item names no other place. The office's word says which country's town it is, as
a careful reader knows: Latin American town halls are an "Alcaldía" or a "Municipalidad", never an "Ayuntamiento".
"""

from __future__ import annotations

import re

# Words of offices that only one country's towns, regions or provinces use.
_OFFICES = {
    "ES": r"Ayuntamiento|Ajuntament|Concello|Udaletxea|Generalitat|Xunta\s+de\s+Galicia"
          r"|Diputaci[óo]n\s+(?:Provincial|Foral)|Junta\s+de\s+(?:Andaluc[íi]a|Castilla|Extremadura|Comunidades)"
          r"|Comunidad\s+de\s+Madrid|Gobierno\s+de\s+(?:Canarias|Arag[óo]n|Navarra|La\s+Rioja|Cantabria)",
    "PT": r"Junta\s+de\s+Freguesia",
    "IT": r"Comune\s+di",
    "FR": r"Mairie\s+(?:de|du|d['’])|Pr[ée]fecture\s+(?:de|du|d['’])|Conseil\s+d[ée]partemental",
}
_OFFICE = re.compile("|".join(f"(?P<{country}>\\b(?:{words})\\b)" for country, words in _OFFICES.items()))


def institution_country(text: str) -> str | None:
    """The ISO code of the country whose kind of office `text` names first, else None."""
    found = _OFFICE.search(text)
    return found.lastgroup if found is not None else None
