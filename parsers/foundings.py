"""The year an anniversary is held when the item counts it from something whose year a careful reader knows, or
from a founding it tells: "the 75th anniversary of NATO" (founded in 1949) is held in 2024, "the 30th anniversary of
the Dayton Peace Agreement" (1995) in 2025, "Founded in 1961, the agency marks its 60th anniversary" in 2021. Pure;
the foundings are the organisations' and treaties' own, public facts.

Not an anniversary told as gone ("last year's 75th anniversary of NATO"), nor one whose sentence writes a year (that
year is the text's own, read elsewhere), nor one held after next year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from parsers.officeholders import sentence_of

# Each founding: its year, then the ways the thing is named ("|" parting them).
_FOUNDINGS = """\
1863	International Committee of the Red Cross|ICRC
1919	International Labour Organization|International Labour Organisation|ILO
1923	Interpol|INTERPOL
1944	Normandy landings|D-Day|Bretton Woods Conference|Warsaw Uprising
1945	United Nations|UN|Nations Unies|ONU|Vereinten Nationen|UN Charter|Charter of the United Nations|UNESCO\
|end of the Second World War|end of World War II|end of World War Two|liberation of Auschwitz\
|atomic bombing of Hiroshima|bombing of Hiroshima|Potsdam Conference|Fin de la Seconde Guerre mondiale
1946	UNICEF
1948	Universal Declaration of Human Rights|UDHR|Déclaration universelle des droits de l'homme\
|World Health Organization|World Health Organisation|WHO|Berlin Airlift
1949	NATO|North Atlantic Treaty Organization|North Atlantic Treaty|Washington Treaty|OTAN|Council of Europe\
|Conseil de l'Europe|Europarat|Geneva Conventions|Conventions de Genève
1950	Schuman Declaration|Déclaration Schuman|European Convention on Human Rights|UNHCR
1957	Treaty of Rome|Treaties of Rome|Rome Treaties|Traités de Rome|Römischen Verträge
1959	Antarctic Treaty
1960	EFTA|European Free Trade Association
1961	OECD|OCDE|Berlin Wall's construction|construction of the Berlin Wall
1963	Élysée Treaty|Elysée Treaty|Elysee Treaty|Treaty of the Élysée|Élysée-Vertrag|Elysée-Vertrag|Élysée-Vertrags\
|Elysée-Vertrags|traité de l'Élysée|Organisation of African Unity|Organization of African Unity|OAU
1967	ASEAN|Association of Southeast Asian Nations
1975	Helsinki Final Act|Final Act of Helsinki
1985	Schengen Agreement
1986	Chernobyl disaster|Chernobyl nuclear disaster|Chernobyl accident
1987	Erasmus programme|Erasmus Programme|Erasmus
1989	fall of the Berlin Wall|Fall of the Berlin Wall|chute du mur de Berlin|Mauerfall|Mauerfalls
1990	German reunification|German Reunification|German unity|Deutschen Einheit|réunification allemande
1992	Maastricht Treaty|Treaty of Maastricht|Traité de Maastricht
1994	genocide against the Tutsi|Rwandan genocide|genocide against the Tutsi in Rwanda
1995	Dayton Peace Agreement|Dayton Agreement|Dayton Peace Accords|Dayton Accords|Srebrenica genocide\
|genocide in Srebrenica|World Trade Organization|WTO
1997	Kyoto Protocol
1998	Good Friday Agreement|Belfast Agreement|Rome Statute
1999	euro|the euro
2002	African Union
2015	Paris Agreement|Accord de Paris
"""
_ORDINAL = r"(?<![\d.])(?P<count>[1-9]\d{0,2})(?:st|nd|rd|th|e|ème|eme|er|\.|º|°)\s+"
_AFTER_OF = (r"\s+(?:of|de|du|des|d['’]|der|von|vom|del|della|di|van)\s+(?:the\s+|la\s+|l['’]|le\s+|les\s+|die\s+)?"
             r"(?:(?:founding|creation|establishment|signing|adoption|entry\s+into\s+force|birth|proclamation"
             r"|fondation|création|signature|Gründung|Unterzeichnung)\s+(?:of|de|du|des|d['’]|der|von)\s+"
             r"(?:the\s+|la\s+|l['’]|le\s+|les\s+|die\s+)?)?")
# A name before a noun of its own is that noun's modifier, another thing founded another year: "the 10th anniversary
# of UN Women" (2010), "of the UN Convention on the Rights of the Child" (1989), "of NATO membership" (a country's).
_NOT_A_MODIFIER = (r"(?!\s+(?:[A-Z]|(?:membership|accession|entry|presence|missions?|office|delegation"
                   r"|peacekeeping|operations?)\b))")
_WORD_STEMS = ("nniversa", "Jahrestag", "niversario")  # one of which every anniversary's word holds
_WORDS = r"(?:[Aa]nniversary|[Aa]nniversaire|Jahrestag|[Aa]niversario|[Aa]nniversario)"
# A sentence that tells the anniversary as gone, or writes a year of its own. (Not "celebrated in" alone: "will be
# celebrated in Washington" is to come; "celebrated in 2019" is gone by its year.)
_GONE = re.compile(r"(?i)\b(?:last\s+year['’]?s?|previous|former|past|was\s+(?:marked|celebrated)"
                   r"|were\s+(?:marked|celebrated))\b"
                   r"|(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
# "founded in 1961", "fundado en Lima en 1964", "gegründet im Jahr 1961"
FOUNDED_IN = re.compile(r"\b(?:fundad[oa]s?|cread[oa]s?|establecid[oa]s?|founded|established|created|fond[ée]e?s?"
                        r"|cr[ée]{2}e?s?|criad[oa]s?|gegründet)\b[^.;\n]{0,60}?\b(?:en|in|em|im|el\s+año)\s+"
                        r"(?P<year>(?:1[5-9]|20)\d\d)(?!\d)", re.IGNORECASE)
# "marks its 60th anniversary", "celebrates the 60th anniversary of the agency": a count with no year beside it.
_COUNT = re.compile(rf"{_ORDINAL}(?:[A-Z][\w'’-]*\s+)?{_WORDS}\b")
# An anniversary "of its" part or work ("of its Berlin office", "of its new wing", "de son programme") counts from
# that part's own beginning, not from the founding the sentence gives (only "of its founding" does).
_OF_ITS_PART = re.compile(r"\s+(?:of|de|du|des|der|von|del)\s+(?:its|their|our|his|her|son|sa|ses|leur"
                          r"|seine[rs]?|ihre[rs]?|su|sus)\s+(?!(?:founding|foundation|creation|establishment|fondation|création|Gründung"
                          r"|fundación|creación)\b)", re.IGNORECASE)
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@cache
def _known() -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern of an anniversary counted from a known founding, and each name's year (as written)."""
    year_of: dict[str, int] = {}
    for line in _FOUNDINGS.splitlines():
        year, names = line.split("\t")
        for name in names.split("|"):
            year_of[name] = int(year)
    names = "|".join(re.escape(n) for n in sorted(year_of, key=len, reverse=True))
    pattern = re.compile(rf"{_ORDINAL}{_WORDS}{_AFTER_OF}(?P<name>{names})(?![\w-]){_NOT_A_MODIFIER}"
                         rf"|(?<![\w-])(?P<owner>{names})['’]s?\s+{_ORDINAL.replace('count', 'count2')}{_WORDS}\b")
    return pattern, year_of


def prepare() -> None:
    """Build now the known foundings' pattern (the longest built at run time), which the first article read would build
    (`parsers.prepare`, before workers fork)."""
    _known()


def known_anniversary(text: str, reference: dt.date) -> tuple[int, int, str] | None:
    """The year an anniversary of a known founding the text names is held: (that year, the founding's, the reason);
    None when it names none, or tells it as gone, or the count puts it beyond next year."""
    if not any(word in text for word in _WORD_STEMS):
        return None
    pattern, year_of = _known()
    for found in pattern.finditer(text):
        name = found.group("name") or found.group("owner")
        count = int(found.group("count") or found.group("count2"))
        base = year_of[name]
        if base + count > reference.year + 1 or _GONE.search(sentence_of(text, found.start(), found.end())):
            continue
        return base + count, base, f"the item marks the {found.group()}, of {base}: held in {base + count}"
    return None


def founded_anniversary(text: str, reference: dt.date) -> tuple[int, int, str] | None:
    """The year "Founded in 1961, the agency marks its 60th anniversary" is held: the founding's year the same
    sentence (or the one before) gives, plus the count; None when there is none, or it is beyond next year."""
    if not any(word in text for word in _WORD_STEMS) or FOUNDED_IN.search(text) is None:
        return None
    for found in _COUNT.finditer(text):
        if _OF_ITS_PART.match(text, found.end()):
            continue  # "founded in 1990, ... the 5th anniversary of its Berlin office": a part's, of another year
        sentence = sentence_of(text, found.start(), found.end())
        at = text.find(sentence)
        before = sentence_of(text, max(0, at - 2), max(0, at - 2)) if at > 1 else ""
        founded = FOUNDED_IN.search(sentence) or FOUNDED_IN.search(before)
        if founded is None:
            continue
        base, count = int(founded.group("year")), int(found.group("count"))
        # (a sentence that writes another year is dated by it: "marked its 50th anniversary in 2011")
        if base + count > reference.year + 1 or any(int(y) != base for y in _YEARS.findall(sentence)):
            continue
        return base + count, base, (f"the item marks an anniversary {count} years after a founding in {base}, held in"
                                    f" {base + count}")
    return None

