"""The country an organisation's own kind of office names: a Spanish "Ayuntamiento", a Catalan "Ajuntament", a
Galician "Concello", a Portuguese "Junta de Freguesia", an Italian "Comune di", a French "Mairie" or "Préfecture";
so does a national force or service that only one country has ("Guardia Civil", "Questura di", "Carabinieri"). Pure.

A town hall of Spain writes "Valencia, 11 de marzo de 2024" over its mayor's day; the gazetteer's Valencia is the
larger Venezuelan one, and the item names no other place. The office's word says which country's town it is, as
a careful reader knows: Latin American town halls are an "Alcaldía" or a "Municipalidad", never an "Ayuntamiento".
"""

from __future__ import annotations

import re

from parsers.placeindex import Place, lookup

# Words of offices that only one country's towns, regions or provinces use, and the names of national forces and
# services only one country has (Spain's "Guardia Civil", Portugal's "Guarda Nacional Republicana" and "Autoridade
# Nacional de Emergência e Proteção Civil", Italy's provincial "Questura di" and its "Carabinieri").
_OFFICES = {
    "ES": r"Ayuntamiento|Ajuntament|Concello|Udaletxea|Generalitat|Xunta\s+de\s+Galicia"
          r"|Diputaci[óo]n\s+(?:Provincial|Foral)|Junta\s+de\s+(?:Andaluc[íi]a|Castilla|Extremadura|Comunidades)"
          r"|Comunidad\s+de\s+Madrid|Gobierno\s+de\s+(?:Canarias|Arag[óo]n|Navarra|La\s+Rioja|Cantabria)"
          r"|Guardia\s+Civil",
    "PT": r"Junta\s+de\s+Freguesia|Guarda\s+Nacional\s+Republicana"
          r"|Autoridade\s+Nacional\s+de\s+Emerg[êe]ncia\s+e\s+Prote[çc][ãa]o\s+Civil",
    # ("Assembleia Legislativa da Região Autónoma dos Açores" is Portugal's: not "da Região")
    "BR": r"Prefeitura(?:\s+Municipal)?\s+d[eoa]s?|Governo\s+do\s+Estado\s+d[eoa]s?"
          r"|C[âa]mara\s+(?:Municipal\s+)?de\s+Vereadores|Assembleia\s+Legislativa\s+d[eoa]s?\s+(?!Regi)"
          r"|C[âa]mara\s+dos\s+Deputados|Senado\s+Federal"
          # a national body named for the country by its adjective: "Instituto Brasileiro de Geografia e Estatística",
          # "Instituto Brasileiro do Meio Ambiente", "Conselho Brasileiro de ..." (not an "Associação" or a company)
          r"|(?:Instituto|Conselho|Comit[êe]|Tribunal)\s+Brasileir[oa]\s+d[eoa]s?",
    "IT": r"Comune\s+di|Questura\s+di|Carabinieri",
    "FR": r"Mairie\s+(?:de|du|d['’])|Pr[ée]fecture\s+(?:de|du|d['’])|Conseil\s+d[ée]partemental",
    # Kenya's devolved counties name themselves so ("County Government of Embu", "County Assembly of Nakuru"); an
    # American county puts its name first ("Polk County Government")
    "KE": r"County\s+(?:Government|Assembly)\s+of",
    # Turkey's municipalities, metropolitan municipalities, governorships and district governorships ("Beylikdüzü
    # Belediyesi", "Sakarya Büyükşehir Belediyesi", "Ankara Valiliği", "Kadıköy Kaymakamlığı")
    "TR": r"(?:Büyükşehir\s+)?Belediye(?:si|\s+Başkanlığı|\s+Meclisi)|Valiliği|Kaymakamlığı",
    # Poland's town, city and commune offices and councils ("Urząd Miejski w Jaworznie", "Rada Miasta Krakowa")
    "PL": r"Urząd\s+(?:Miejski|Miasta|Gminy|Marszałkowski)|Rada\s+(?:Miasta|Miejska|Gminy)|Starostwo\s+Powiatowe",
}
_OFFICE = re.compile("|".join(f"(?P<{country}>\\b(?:{words})\\b)" for country, words in _OFFICES.items()))


# The county's own name right before "County": the American or Liberian order ("Fairfax County Government of
# Virginia"), not Kenya's, which names the county after "of" ("County Government of Embu")
_COUNTY_NAMED_BEFORE = re.compile(r"\b(?!The\b)[A-Z][\w'’-]*[ \t]+$")


_COUNTRY_NAMES = {"ES": "Spain", "PT": "Portugal", "IT": "Italy", "FR": "France", "BR": "Brazil", "KE": "Kenya",
                  "TR": "Turkey", "PL": "Poland"}


def institution_place(org: str) -> Place | None:
    """The country whose kind of office the organisation's name is ("Assembleia Legislativa do Espírito Santo"):
    where its events are when its text names no place, on that country's clock (Brazil's, Brasília's)."""
    country = institution_country(org)
    return lookup(_COUNTRY_NAMES[country]) if country is not None else None


def institution_country(text: str) -> str | None:
    """The ISO code of the country whose kind of office `text` names first, else None."""
    for found in _OFFICE.finditer(text):
        if found.lastgroup == "KE" and _COUNTY_NAMED_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            continue  # "Fairfax County Government of Virginia", "Montserrado County Government of Liberia"
        return found.lastgroup
    return None
