"""The time a rotating presidency an item names bounds: "the Swedish Presidency of the Council of the EU" was held
from January to June 2023 (and from July to December 2009), "India's G20 Presidency" from December 2022 to November
2023, "the Maltese OSCE Chairmanship" in 2024. An undated item that names one as current is of its term, as a careful
reader knows; one named as "incoming" is the next presidency (the item is of the term before it), one named as
"outgoing" the last (the item is of the term after it). Pure; the terms are the series' own, public facts.

Only a presidency of a series named (the Council of the EU, the G7, the G8, the G20, the OSCE, ASEAN): "the French
presidency" alone is France's own, or a company's. Not "former", "previous" or "past", nor in a sentence of history
(a year, "was", "achievements"), nor when the text names presidencies whose terms do not meet. It bounds the
item's year as the office-holders it names do (yearwindow.Window).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from parsers.officeholders import sentence_of
from parsers.yearwindow import Window, intersect

# Each country a series' presidency rotates to: its key, then its names in English (names, then adjectives), French
# (the feminine adjective, as of "la présidence"), German (the adjective's stem) and Spanish (its feminine), "|"
# parting the forms of one.
_COUNTRIES = """\
AT	Austria	Austrian	autrichienne	österreichisch	austriaca
AU	Australia	Australian	australienne	australisch	australiana
BE	Belgium	Belgian	belge	belgisch	belga
BG	Bulgaria	Bulgarian	bulgare	bulgarisch	búlgara
BN	Brunei|Brunei Darussalam	Bruneian	brunéienne	bruneiisch	bruneana
BR	Brazil	Brazilian	brésilienne	brasilianisch	brasileña
CA	Canada	Canadian	canadienne	kanadisch	canadiense
CH	Switzerland	Swiss	suisse	schweizerisch	suiza
CN	China	Chinese	chinoise	chinesisch	china
CY	Cyprus	Cypriot|Cyprus	chypriote	zyprisch	chipriota
CZ	Czech Republic|Czechia	Czech	tchèque	tschechisch	checa
DE	Germany	German	allemande	deutsch	alemana
DK	Denmark	Danish	danoise	dänisch	danesa
EE	Estonia	Estonian	estonienne	estnisch	estonia
ES	Spain	Spanish	espagnole	spanisch	española
FI	Finland	Finnish	finlandaise	finnisch	finlandesa
FR	France	French	française	französisch	francesa
GR	Greece	Greek|Hellenic	grecque	griechisch	griega
HR	Croatia	Croatian	croate	kroatisch	croata
HU	Hungary	Hungarian	hongroise	ungarisch	húngara
ID	Indonesia	Indonesian	indonésienne	indonesisch	indonesia
IE	Ireland	Irish	irlandaise	irisch	irlandesa
IN	India	Indian	indienne	indisch	india
IT	Italy	Italian	italienne	italienisch	italiana
JP	Japan	Japanese	japonaise	japanisch	japonesa
KH	Cambodia	Cambodian	cambodgienne	kambodschanisch	camboyana
KR	South Korea|Korea|the Republic of Korea	Korean|South Korean	coréenne	koreanisch|südkoreanisch	coreana
KZ	Kazakhstan	Kazakh|Kazakhstani	kazakhe	kasachisch	kazaja
LA	Laos|Lao PDR	Lao|Laotian	laotienne	laotisch	laosiana
LT	Lithuania	Lithuanian	lituanienne	litauisch	lituana
LU	Luxembourg	Luxembourg|Luxembourgish	luxembourgeoise	luxemburgisch	luxemburguesa
LV	Latvia	Latvian	lettone	lettisch	letona
MK	North Macedonia	North Macedonian	macédonienne	nordmazedonisch	macedonia
MM	Myanmar	Myanmar	birmane	myanmarisch	birmana
MT	Malta	Maltese	maltaise	maltesisch	maltesa
MX	Mexico	Mexican	mexicaine	mexikanisch	mexicana
MY	Malaysia	Malaysian	malaisienne	malaysisch	malasia
NL	Netherlands|the Netherlands	Dutch|Netherlands	néerlandaise	niederländisch	neerlandesa
PH	Philippines|the Philippines	Philippine	philippine	philippinisch	filipina
PL	Poland	Polish	polonaise	polnisch	polaca
PT	Portugal	Portuguese	portugaise	portugiesisch	portuguesa
RO	Romania	Romanian	roumaine	rumänisch	rumana
RS	Serbia	Serbian	serbe	serbisch	serbia
RU	Russia|the Russian Federation	Russian	russe	russisch	rusa
SA	Saudi Arabia	Saudi	saoudienne	saudi-arabisch	saudí
SE	Sweden	Swedish	suédoise	schwedisch	sueca
SG	Singapore	Singaporean|Singapore	singapourienne	singapurisch	singapurense
SI	Slovenia	Slovenian|Slovene	slovène	slowenisch	eslovena
SK	Slovakia	Slovak|Slovakian	slovaque	slowakisch	eslovaca
TH	Thailand	Thai	thaïlandaise	thailändisch	tailandesa
TR	Turkey|Türkiye	Turkish	turque	türkisch	turca
UA	Ukraine	Ukrainian	ukrainienne	ukrainisch	ucraniana
UK	United Kingdom|the United Kingdom|UK|the UK|Britain	British|UK	britannique	britisch	británica
US	United States|the United States|US|the US|USA	American|US	américaine	amerikanisch	estadounidense
VN	Viet Nam|Vietnam	Vietnamese	vietnamienne	vietnamesisch	vietnamita
ZA	South Africa	South African	sud-africaine	südafrikanisch	sudafricana
AL	Albania	Albanian	albanaise	albanisch	albanesa
AR	Argentina	Argentine|Argentinian	argentine	argentinisch	argentina
"""

# Each series: its key, its label, how its name is written beside a presidency's, whether a presidency's own word
# names it alone (a German "Ratspräsidentschaft"), and its terms: "YYYY-MM YYYY-MM COUNTRY" (first and last month).
_SERIES = {
    "EU": ("Presidency of the Council of the EU",
           # 2017-07 was the UK's until it gave it up; Estonia held it
           "2005-01 2005-06 LU, 2005-07 2005-12 UK, 2006-01 2006-06 AT, 2006-07 2006-12 FI, 2007-01 2007-06 DE,"
           " 2007-07 2007-12 PT, 2008-01 2008-06 SI, 2008-07 2008-12 FR, 2009-01 2009-06 CZ, 2009-07 2009-12 SE,"
           " 2010-01 2010-06 ES, 2010-07 2010-12 BE, 2011-01 2011-06 HU, 2011-07 2011-12 PL, 2012-01 2012-06 DK,"
           " 2012-07 2012-12 CY, 2013-01 2013-06 IE, 2013-07 2013-12 LT, 2014-01 2014-06 GR, 2014-07 2014-12 IT,"
           " 2015-01 2015-06 LV, 2015-07 2015-12 LU, 2016-01 2016-06 NL, 2016-07 2016-12 SK, 2017-01 2017-06 MT,"
           " 2017-07 2017-12 EE, 2018-01 2018-06 BG, 2018-07 2018-12 AT, 2019-01 2019-06 RO, 2019-07 2019-12 FI,"
           " 2020-01 2020-06 HR, 2020-07 2020-12 DE, 2021-01 2021-06 PT, 2021-07 2021-12 SI, 2022-01 2022-06 FR,"
           " 2022-07 2022-12 CZ, 2023-01 2023-06 SE, 2023-07 2023-12 ES, 2024-01 2024-06 BE, 2024-07 2024-12 HU,"
           " 2025-01 2025-06 PL, 2025-07 2025-12 DK, 2026-01 2026-06 CY, 2026-07 2026-12 IE, 2027-01 2027-06 LT,"
           " 2027-07 2027-12 GR"),
    "G7": ("G7 Presidency",
           "2005-01 2005-12 UK, 2007-01 2007-12 DE, 2008-01 2008-12 JP, 2009-01 2009-12 IT, 2010-01 2010-12 CA,"
           " 2011-01 2011-12 FR, 2012-01 2012-12 US, 2013-01 2013-12 UK, 2015-01 2015-12 DE, 2016-01 2016-12 JP,"
           " 2017-01 2017-12 IT, 2018-01 2018-12 CA, 2019-01 2019-12 FR, 2020-01 2020-12 US, 2021-01 2021-12 UK,"
           " 2022-01 2022-12 DE, 2023-01 2023-12 JP, 2024-01 2024-12 IT, 2025-01 2025-12 CA, 2026-01 2026-12 FR"),
    # (the G7 with Russia, up to 2013: "Russia's G8 Presidency" of 2006, "the British G8 Presidency" of 2005 or 2013)
    "G8": ("G8 Presidency",
           "2005-01 2005-12 UK, 2006-01 2006-12 RU, 2007-01 2007-12 DE, 2008-01 2008-12 JP, 2009-01 2009-12 IT,"
           " 2010-01 2010-12 CA, 2011-01 2011-12 FR, 2012-01 2012-12 US, 2013-01 2013-12 UK"),
    # (a G20 presidency runs from December to November since Argentina's)
    "G20": ("G20 Presidency",
            "2009-01 2009-12 UK, 2010-01 2010-12 KR, 2011-01 2011-12 FR, 2012-01 2012-12 MX, 2013-01 2013-12 RU,"
            " 2014-01 2014-12 AU, 2015-01 2015-12 TR, 2016-01 2016-12 CN, 2017-01 2017-11 DE, 2017-12 2018-11 AR,"
            " 2018-12 2019-11 JP, 2019-12 2020-11 SA, 2020-12 2021-11 IT, 2021-12 2022-11 ID, 2022-12 2023-11 IN,"
            " 2023-12 2024-11 BR, 2024-12 2025-11 ZA, 2025-12 2026-11 US"),
    "OSCE": ("OSCE Chairmanship",
             "2005-01 2005-12 SI, 2006-01 2006-12 BE, 2007-01 2007-12 ES, 2008-01 2008-12 FI, 2009-01 2009-12 GR,"
             " 2010-01 2010-12 KZ,"
             " 2011-01 2011-12 LT, 2012-01 2012-12 IE, 2013-01 2013-12 UA, 2014-01 2014-12 CH, 2015-01 2015-12 RS,"
             " 2016-01 2016-12 DE, 2017-01 2017-12 AT, 2018-01 2018-12 IT, 2019-01 2019-12 SK, 2020-01 2020-12 AL,"
             " 2021-01 2021-12 SE, 2022-01 2022-12 PL, 2023-01 2023-12 MK, 2024-01 2024-12 MT, 2025-01 2025-12 FI,"
             " 2026-01 2026-12 CH"),
    "ASEAN": ("ASEAN Chairmanship",
              "2010-01 2010-12 VN, 2011-01 2011-12 ID, 2012-01 2012-12 KH, 2013-01 2013-12 BN, 2014-01 2014-12 MM,"
              " 2015-01 2015-12 MY, 2016-01 2016-12 LA, 2017-01 2017-12 PH, 2018-01 2018-12 SG, 2019-01 2019-12 TH,"
              " 2020-01 2020-12 VN, 2021-01 2021-12 BN, 2022-01 2022-12 KH, 2023-01 2023-12 ID, 2024-01 2024-12 LA,"
              " 2025-01 2025-12 MY, 2026-01 2026-12 PH"),
}
_GATE = ("sidenc", "räsident", "hairmanship", "hairpersonship", "vorsitz", "Chair")  # (presidency, présidence)
# A presidency to come is the next one (the item is of the term before it); one going, the last (of the term after).
_COMING = ("incoming", "next", "upcoming", "forthcoming", "future", "entrante", "prochaine", "kommende", "kommenden",
           "kommender", "próxima")
_GOING = ("outgoing", "sortante", "scheidende", "scheidenden", "scheidender", "saliente")
_WHEN = (*_COMING, *_GOING, "current", "présente", "amtierende", "amtierenden", "actual")


@dataclass(frozen=True)
class _Term:
    series: str
    country: str
    first: dt.date
    last: dt.date


def _month(text: str, *, last: bool) -> dt.date:
    year, month = (int(x) for x in text.split("-"))
    if not last:
        return dt.date(year, month, 1)
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


@cache
def _terms() -> dict[str, list[_Term]]:
    """Each series' terms, in order."""
    return {series: [_Term(series, country, _month(first, last=False), _month(last, last=True))
                     for first, last, country in (entry.split() for entry in terms.split(", "))]
            for series, (_, terms) in _SERIES.items()}


def _alternation(forms: set[str]) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every way a presidency is written, and the country each form names (lower case)."""
    country_of: dict[str, str] = {}
    names: set[str] = set()
    adjectives: set[str] = set()
    french: set[str] = set()
    german: set[str] = set()
    spanish: set[str] = set()
    for line in _COUNTRIES.splitlines():
        key, name, adjective, fr, de, es = line.split("\t")
        for forms, into in ((name, names), (adjective, adjectives), (fr, french), (de, german), (es, spanish)):
            for form in forms.split("|"):
                into.add(form)
                country_of[form.lower()] = key
    def series(n: int) -> str:
        return rf"(?P<series{n}>EU|European\s+Union|G-?[78]|G-?20|OSCE|ASEAN|(?:EU\s+)?Council)"

    def word(n: int) -> str:
        return rf"(?P<office{n}>[Pp]residency|[Cc]hairmanship|[Cc]hairpersonship|[Cc]hair)"

    def when(n: int) -> str:
        return rf"(?:(?P<when{n}>{'|'.join(_WHEN)})\s+)?"

    of_series = (r"(?:\s+(?:of|for)\s+the\s+(?P<series2>Council(?:\s+of\s+the\s+(?:EU|European\s+Union))?"
                 r"|European\s+Union|EU|G-?[78]|G-?20|OSCE|ASEAN))?")
    pattern = (
        # "the Swedish Presidency (of the Council)", "Sweden's EU Presidency", "the incoming Spanish G20 presidency"
        rf"\b{when(1)}(?P<country1>{_alternation(adjectives)}|(?:{_alternation(names)})['’]s?)"
        rf"(?:\s+{series(1)})?\s+{word(1)}{of_series}"
        # "the Presidency of the Council held by Sweden", "the G20 Presidency of India", "the OSCE Chairmanship of
        # Malta"
        rf"|\b{when(2)}(?:{series(3)}\s+)?{word(2)}(?:\s+of\s+the\s+(?P<series4>Council(?:\s+of\s+the\s+EU"
        rf"|\s+of\s+the\s+European\s+Union)?|European\s+Union|EU))?\s+(?:of|held\s+by)\s+(?P<country2>"
        rf"{_alternation(names)})\b"
        # "la présidence suédoise (du Conseil)", "la présidence française du G7"
        rf"|\b[Pp]résidence\s+{when(3)}(?:(?P<series5>de\s+l['’]UE|du\s+Conseil(?:\s+de\s+l['’]UE)?|du\s+G[78]"
        rf"|du\s+G20)\s+)?(?P<country3>{_alternation(french)})(?:\s+(?P<series6>du\s+Conseil|de\s+l['’]UE"
        rf"|de\s+l['’]Union|du\s+G[78]|du\s+G20|de\s+l['’]OSCE))?"
        # "die schwedische (EU-)Ratspräsidentschaft", "der deutschen G7-Präsidentschaft", "der schwedische Ratsvorsitz"
        rf"|\b{when(4)}(?P<country4>{_alternation(german)})(?:e|en|er|es)\s+(?P<series7>EU-Rats|EU-|Rats|G[78]-|G20-"
        rf"|OSZE-)?(?:[Pp]räsidentschaft|[Vv]orsitz)"
        # "la Presidencia española (del Consejo)"
        rf"|\b[Pp]residencia\s+{when(5)}(?P<country5>{_alternation(spanish)})(?:\s+(?P<series8>del\s+Consejo"
        rf"|de\s+la\s+UE|de\s+la\s+Unión|del\s+G20|del\s+G[78]))?"
    )
    return re.compile(pattern), country_of


# The Council of the EU named anywhere in the item: a presidency named with no series is then its.
_EU_TEXT = re.compile(r"Council\s+of\s+the\s+(?:EU|European\s+Union)|\bEU\b|European\s+Union|\bUE\b|Union\s+européenne"
                      r"|Europäischen\s+Union|Unión\s+Europea|Conseil\s+de\s+l['’]Union|Ratspräsidentschaft")
# A presidency of another body, named after the words: "of the Council of Europe", "of the Nordic Council", "of the
# Arctic Council" (the Council of the EU's is read within the match).
# (French, Spanish and German say which council after its word: "du Conseil de sécurité", "du Conseil des ministres
# de l'OCDE", "del Consejo de Seguridad"; only "de l'UE", "de la UE", "der EU" leave it the EU's)
# (and another Union after "de l'Union", "de la Unión": "pour la Méditerranée", "africaine", "por el Mediterráneo")
_OTHER_BODY = re.compile(r"(?<=Union)\s+(?:pour|africaine|interparlementaire|économique|douanière|postale|latine)\b"
                         r"|(?<=Unión)\s+(?:por|[Aa]fricana|[Ii]nterparlamentaria|[Ee]conómica|[Aa]duanera|[Pp]ostal)\b"
                         r"|\s+(?:of\s+Europe|de\s+l['’]Europe"
                         r"|of\s+(?:the\s+)?(?!Council\b|EU\b|European\s+Union)[A-Z]"
                         r"|(?!de\s+l['’](?:UE|Union)\b|de\s+la\s+(?:UE|Unión)\b|der\s+(?:EU|Europäischen)\b)"
                         r"(?:de|des|del|der)\s+\w)")
_OTHER_PRESIDENCY = re.compile(r"\b(?:President|Élysée|Elysée|Elysee|White\s+House|COP\s?\d\d)\b")
_HISTORY = re.compile(r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:former|previous|past|last|earlier|ago|since|was"
                      r"|were|had|legacy|anniversary|achieved|achievements?|results?\s+of|ended|concluded|history"
                      r"|ancienne|précédente|ehemalige[nr]?|vorherige[nr]?|anterior|durante\s+la\s+pasada)\b")


def _first(match: re.Match[str], name: str, count: int) -> str:
    """The first of the groups `name`1 to `name`count that matched, else ""."""
    return next((g for g in (match.group(f"{name}{n}") for n in range(1, count + 1)) if g), "")


def _series(match: re.Match[str], text: str) -> str | None:
    """Which series a presidency's words name; the Council's when none is named but the sentence, or the item with
    a "Presidency" so written, is of the EU."""
    said = " ".join(g for g in (match.group(f"series{n}") for n in range(1, 9)) if g)
    upper = said.upper().replace("-", "")
    for key, needle in (("G20", "G20"), ("G7", "G7"), ("G8", "G8"), ("OSCE", "OSCE"), ("OSCE", "OSZE"),
                        ("ASEAN", "ASEAN")):
        if needle in upper:
            return key
    # (a country's "Council Chair" is its own council's, "the British Council Chair": the EU's is a presidency)
    if said.strip() == "Council" and _first(match, "office", 2).lower().startswith("chair"):
        return None
    if said or "Rats" in match.group():
        return "EU"
    # ("the French presidency" with no Council named: France's own, or a company's; the Council's is written
    # "Presidency" in English, in an item on the EU; not where its sentence names a head of state or a COP: "The
    # French Presidency announced that President Macron will travel ..." is the Élysée's, "the UK Presidency of
    # COP26" the climate conference's)
    office = _first(match, "office", 2)
    sentence = sentence_of(text, match.start(), match.end())
    if office:
        return "EU" if office == "Presidency" and (_EU_TEXT.search(sentence) or _EU_TEXT.search(text)
                                                   and not _OTHER_PRESIDENCY.search(sentence)) else None
    return "EU" if _EU_TEXT.search(sentence) else None


def _country(match: re.Match[str], country_of: dict[str, str]) -> str:
    return country_of[re.sub(r"['’]s?$", "", _first(match, "country", 5)).lower()]


def _spans(series: str, country: str, when: str) -> list[tuple[dt.date, dt.date]]:
    """The days a presidency named so bounds: its terms; the terms before them if it is to come, after if gone."""
    terms = _terms()[series]
    spans = []
    for at, term in enumerate(terms):
        if term.country != country:
            continue
        if when in _COMING:
            if at > 0:
                spans.append((terms[at - 1].first, term.first - dt.timedelta(days=1)))
        elif when in _GOING:
            after = terms[at + 1].last if at + 1 < len(terms) else term.last
            spans.append((term.last - dt.timedelta(days=60), after))
        else:
            spans.append((term.first, term.last))
    return spans


@cache
def _adjectives() -> dict[str, str]:
    """Each country's English adjective, as a note names its presidency ("the Swedish Presidency")."""
    return {line.split("\t")[0]: line.split("\t")[2].split("|")[0] for line in _COUNTRIES.splitlines()}


def _label(series: str, country: str, when: str, spans: list[tuple[dt.date, dt.date]]) -> str:
    name = _adjectives()[country]
    said = f"{when} " if when in _COMING or when in _GOING else ""
    return (f"the {said}{name} {_SERIES[series][0]}, " + " or ".join(
        f"{first:%B} to {last:%B %Y}" if first.year == last.year else f"{first:%B %Y} to {last:%B %Y}"
        for first, last in sorted(spans, reverse=True)))


def window(text: str, reference: dt.date) -> Window | None:
    """The days the presidencies the text names as current (or as coming, or gone) bound, when they leave out the
    reference date; None when it names none, names them in history, or names some whose terms do not meet."""
    if not any(needle in text for needle in _GATE):
        return None
    pattern, country_of = _patterns()
    spans: list[tuple[dt.date, dt.date]] | None = None
    said: list[str] = []
    for match in pattern.finditer(text):
        series = _series(match, text)
        if series is None or _HISTORY.search(sentence_of(text, match.start(), match.end())) \
                or _OTHER_BODY.match(text, match.end()):
            continue
        country = _country(match, country_of)
        when = _first(match, "when", 5).lower()
        found = _spans(series, country, when)
        if not found:
            continue
        spans = found if spans is None else intersect(spans, found)
        if (label := _label(series, country, when, found)) not in said:
            said.append(label)
    if not spans or any(first <= reference <= last for first, last in spans):
        return None
    return Window(tuple(sorted(set(spans))), " and ".join(said), after=dt.timedelta(days=31))
