"""Streets of Romance-language addresses named after a town ("Rue de Londres 8, 75009 Paris", "Calle Nueva York 5,
Madrid", "Cour de Saint-Pierre 10, 1204 Geneva"), French parks and squares ("le parc de Sofia"), and palaces
("Palatul Victoria" in Bucharest, "Palazzo Venezia" in Rome, "Palacio San Martín" in Buenos Aires): the street's or
building's word comes before the name, so the name is no town of the event's. Pure."""

from __future__ import annotations

import re

# The words that open a street's or a square's name in French, Spanish, Portuguese and Italian, and name nothing
# else (datenames.py reads a date after them as a name too), in any case.
STREET_WORDS = ("rue|quai|avenida|calle|carrera|jir[oó]n|calzada|paseo|plazuela|alameda|rua|pra[cç]a|travessa"
                "|piazza|piazzale|piazzetta|largo|viale|vicolo|corso|lungomare")
# A palace's word in Romanian, Italian, Spanish, Portuguese and French, before the name it is known by (English puts
# "Palace" after it: "Buckingham Palace").
_PALACE_WORDS = "palatul|palatului|palazzo|palacio|palácio|palais"
# Those English also uses ("Place", "Route", "Avenue") count only with the particle that joins them to a name ("Place
# de Genève", "Avenue de New York"): "Place: Geneva" is a field, and an English "Avenue" or "Boulevard" comes after
# its name. So do a French park's, garden's or square's ("près du parc de Sofia" in Algiers, "square de Londres").
_STREET_WORD_BEFORE = re.compile(
    r"(?<![\w'’])(?:"
    rf"(?i:{STREET_WORDS}|Av\.|{_PALACE_WORDS})\s+(?:(?:de\s+la|de|du|des|del|della|di|do|da|dos|das)\s+|d['’])?"
    r"|(?:[Aa]venue|[Bb]oulevard|[Pp]lace|[Pp]laza|[Rr]oute|[Cc]our|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse"
    r"|[Pp]arc|[Jj]ardin|[Ss]quare|[Ee]splanade)"
    r"\s+(?:(?:de\s+la|de|du|des)\s+|d['’])"
    # ("Casa del Pueblo", "Casa de Cultura", "Maison de la Radio": a house named with its particle, a building; not
    # "Casablanca")
    r"|[Cc]asa\s+(?:de\s+la|del|de|dos|das|do|da)\s+|[Mm]aison\s+(?:(?:de\s+la|de|du|des)\s+|d['’])"
    r")$")

# The street word and its particle take at most this many characters before the name.
_REACH = 24


def street_named_after(text: str, start: int) -> bool:
    """Whether the place name starting at `start` is the name of a street whose word comes before it."""
    return _STREET_WORD_BEFORE.search(text[max(0, start - _REACH) : start]) is not None
