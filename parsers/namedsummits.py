"""The time a summit, a climate conference, a Games or a World Expo named by its host bounds: "the Vilnius Summit" of
NATO was held on 11-12 July 2023, "the Dubai climate conference" (COP28) from 30 November to 13 December 2023, "the
Tokyo Games" in the summer of 2021, "Expo 2020 Dubai" from October 2021 to March 2022. An undated item that names one
as its own, or as coming ("ahead of the Vilnius Summit"), is of the months before it up to its days (and a few weeks
after, when it does not say which); one named as past ("the decisions taken at the Madrid Summit") bounds it only to
after, which leaves an item read today where it was. Pure; the days are the gatherings' own, public facts.

Only with the body named (NATO for its summits, "G7", "G20", "APEC", "BRICS", "CHOGM", the climate, the Olympic or
Paralympic Games, FIFA's World Cup, a World Expo), not in a sentence of history, not when the text names gatherings
whose times do not meet. It bounds the item's year as the office-holders it names do (yearwindow.Window).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from parsers.numberedsessions import climate_cop_year
from parsers.officeholders import sentence_of
from parsers.yearwindow import Window, intersect

# Each gathering: its kind, its host's names ("|" parting them; the first is the note's), its first and last days.
# (A host that held two of a kind has two lines: "the Elmau Summit" is of 2015 or 2022. A host whose name is every
# year's, "the Brussels Summit" of NATO, "the Bonn climate conference", is left out.)
_GATHERINGS = """\
NATO	Riga	2006-11-28	2006-11-29
NATO	Bucharest	2008-04-02	2008-04-04
NATO	Strasbourg-Kehl|Strasbourg|Strasbourg/Kehl|Kehl	2009-04-03	2009-04-04
NATO	Lisbon	2010-11-19	2010-11-20
NATO	Chicago	2012-05-20	2012-05-21
NATO	Wales|Newport	2014-09-04	2014-09-05
NATO	Warsaw	2016-07-08	2016-07-09
NATO	London|Watford	2019-12-03	2019-12-04
NATO	Madrid	2022-06-28	2022-06-30
NATO	Vilnius	2023-07-11	2023-07-12
NATO	Washington	2024-07-09	2024-07-11
NATO	The Hague|Hague	2025-06-24	2025-06-25
G7	Heiligendamm	2007-06-06	2007-06-08
G7	Toyako|Hokkaido Toyako|Hokkaido	2008-07-07	2008-07-09
G7	L'Aquila|L’Aquila	2009-07-08	2009-07-10
G7	Muskoka	2010-06-25	2010-06-26
G7	Deauville	2011-05-26	2011-05-27
G7	Camp David	2012-05-18	2012-05-19
G7	Lough Erne	2013-06-17	2013-06-18
G7	Elmau|Schloss Elmau	2015-06-07	2015-06-08
G7	Elmau|Schloss Elmau	2022-06-26	2022-06-28
G7	Ise-Shima	2016-05-26	2016-05-27
G7	Taormina	2017-05-26	2017-05-27
G7	Charlevoix	2018-06-08	2018-06-09
G7	Biarritz	2019-08-24	2019-08-26
G7	Carbis Bay|Cornwall	2021-06-11	2021-06-13
G7	Hiroshima	2023-05-19	2023-05-21
G7	Apulia|Borgo Egnazia|Puglia	2024-06-13	2024-06-15
G7	Kananaskis	2025-06-15	2025-06-17
G20	Pittsburgh	2009-09-24	2009-09-25
G20	Toronto	2010-06-26	2010-06-27
G20	Seoul	2010-11-11	2010-11-12
G20	Cannes	2011-11-03	2011-11-04
G20	Los Cabos	2012-06-18	2012-06-19
G20	St Petersburg|St. Petersburg|Saint Petersburg	2013-09-05	2013-09-06
G20	Brisbane	2014-11-15	2014-11-16
G20	Antalya	2015-11-15	2015-11-16
G20	Hangzhou	2016-09-04	2016-09-05
G20	Hamburg	2017-07-07	2017-07-08
G20	Buenos Aires	2018-11-30	2018-12-01
G20	Osaka	2019-06-28	2019-06-29
G20	Riyadh	2020-11-21	2020-11-22
G20	Rome	2021-10-30	2021-10-31
G20	Bali	2022-11-15	2022-11-16
G20	New Delhi|Delhi	2023-09-09	2023-09-10
G20	Rio de Janeiro|Rio	2024-11-18	2024-11-19
G20	Johannesburg	2025-11-22	2025-11-23
APEC	Lima	2016-11-19	2016-11-20
APEC	Da Nang|Danang	2017-11-10	2017-11-11
APEC	Port Moresby	2018-11-17	2018-11-18
APEC	Bangkok	2022-11-18	2022-11-19
APEC	San Francisco	2023-11-15	2023-11-17
APEC	Lima	2024-11-15	2024-11-16
APEC	Gyeongju	2025-10-31	2025-11-01
BRICS	Xiamen	2017-09-03	2017-09-05
BRICS	Johannesburg	2018-07-25	2018-07-27
BRICS	Brasília|Brasilia	2019-11-13	2019-11-14
BRICS	Johannesburg	2023-08-22	2023-08-24
BRICS	Kazan	2024-10-22	2024-10-24
BRICS	Rio de Janeiro|Rio	2025-07-06	2025-07-07
CHOGM	London	2018-04-16	2018-04-20
CHOGM	Kigali	2022-06-20	2022-06-25
CHOGM	Apia|Samoa	2024-10-21	2024-10-26
CLIMATE	Copenhagen	2009-12-07	2009-12-18
CLIMATE	Cancún|Cancun	2010-11-29	2010-12-10
CLIMATE	Durban	2011-11-28	2011-12-09
CLIMATE	Doha	2012-11-26	2012-12-08
CLIMATE	Warsaw	2013-11-11	2013-11-23
CLIMATE	Lima	2014-12-01	2014-12-14
CLIMATE	Paris	2015-11-30	2015-12-12
CLIMATE	Marrakech|Marrakesh	2016-11-07	2016-11-18
CLIMATE	Katowice	2018-12-02	2018-12-15
CLIMATE	Madrid	2019-12-02	2019-12-15
CLIMATE	Glasgow	2021-10-31	2021-11-13
CLIMATE	Sharm el-Sheikh|Sharm El-Sheikh|Sharm el Sheikh	2022-11-06	2022-11-20
CLIMATE	Dubai	2023-11-30	2023-12-13
CLIMATE	Baku	2024-11-11	2024-11-24
CLIMATE	Belém|Belem	2025-11-10	2025-11-21
GAMES	Beijing	2008-08-08	2008-09-17
GAMES	Vancouver	2010-02-12	2010-03-21
GAMES	London	2012-07-27	2012-09-09
GAMES	Sochi	2014-02-07	2014-03-16
GAMES	Rio de Janeiro|Rio	2016-08-05	2016-09-18
GAMES	PyeongChang|Pyeongchang	2018-02-09	2018-03-18
GAMES	Tokyo	2021-07-23	2021-09-05
GAMES	Beijing	2022-02-04	2022-03-13
GAMES	Paris	2024-07-26	2024-09-08
GAMES	Milano Cortina|Milan Cortina|Milan-Cortina|Milano-Cortina	2026-02-06	2026-03-15
WORLD CUP	South Africa	2010-06-11	2010-07-11
WORLD CUP	Brazil	2014-06-12	2014-07-13
WORLD CUP	Russia	2018-06-14	2018-07-15
WORLD CUP	Qatar	2022-11-20	2022-12-18
EXPO	Shanghai	2010-05-01	2010-10-31
EXPO	Milan|Milano	2015-05-01	2015-10-31
EXPO	Dubai	2021-10-01	2022-03-31
EXPO	Osaka|Osaka, Kansai|Osaka Kansai	2025-04-13	2025-10-13
"""

# Each kind: what the note calls it, the ways its name is written with its host's ({host}; {year}: a year may be
# written, "Tokyo 2020"), and a word the text names the body by (None: the name says it).
_YEAR = r"(?:\s+(?:19|20)\d\d)?"
# A host's Games with another event's word after it are that event: "the London Games Festival", "Paris Games Week".
_NOT_OTHER_EVENT = r"(?!\s+(?:Festival|Week|Show|Expo|Conference|Summit|Awards?|Fair|Market|Jam|Convention)\b)"
_KINDS: dict[str, tuple[str, tuple[str, ...], re.Pattern[str] | None]] = {
    # (not a summit "on" or "for" a cause: "the London Summit on Ukraine" is another host's own)
    "NATO": ("NATO Summit", (r"\b(?:NATO\s+)?{host}\s+(?:NATO\s+)?Summit\b(?!\s+(?:on|for)\b)",
                             r"\bNATO\s+Summit\s+in\s+{host}"),
             re.compile(r"\bNATO\b|\bOTAN\b")),
    "G7": ("G7 Summit", (r"\bG-?7\s+(?:Leaders['’]?\s+)?Summit\s+(?:in|at)\s+{host}", r"\b{host}\s+G-?7\s+Summit\b",
                         r"\bG-?7\s+{host}\s+Summit\b"), None),
    "G20": ("G20 Summit", (r"\bG-?20\s+(?:Leaders['’]?\s+)?Summit\s+(?:in|at)\s+{host}",
                           r"\b{host}\s+G-?20\s+Summit\b", r"\bG-?20\s+{host}\s+Summit\b"), None),
    "APEC": ("APEC Leaders' Meeting", (r"\bAPEC\s+(?:Economic\s+)?(?:Leaders['’]?\s+)?(?:Summit|Meeting|Week)\s+in"
                                       r"\s+{host}", r"\b{host}\s+APEC\s+(?:Summit|Leaders)"), None),
    "BRICS": ("BRICS Summit", (r"\bBRICS\s+Summit\s+in\s+{host}", r"\b{host}\s+BRICS\s+Summit\b"), None),
    "CHOGM": ("Commonwealth Heads of Government Meeting", (r"\bCHOGM\s+in\s+{host}", r"\b{host}\s+CHOGM\b",
                                                           r"\bCommonwealth\s+Heads\s+of\s+Government\s+Meeting\s+in"
                                                           r"\s+{host}"), None),
    "CLIMATE": ("UN climate conference", (r"\b{host}\s+(?:UN\s+)?[Cc]limate\s+(?:[Cc]hange\s+)?(?:[Cc]onference"
                                          r"|[Ss]ummit|[Tt]alks)\b",
                                          # ("a climate conference in Paris" is any; "the" or "UN" names the one)
                                          r"(?:\bUN\s+|(?<=\bthe\s))[Cc]limate\s+(?:[Cc]hange\s+)?"
                                          r"(?:[Cc]onference|[Ss]ummit|[Tt]alks)\s+in\s+{host}",
                                          r"\bCOP\s?\d\d\s+in\s+{host}"), None),
    "GAMES": ("Olympic and Paralympic Games", (rf"\b{{host}}{_YEAR}\s+(?:Olympic\s+and\s+Paralympic\s+|Olympic\s+"
                                               r"|Paralympic\s+|Summer\s+|Winter\s+)?Games\b" + _NOT_OTHER_EVENT,
                                               rf"\b{{host}}{_YEAR}\s+(?:Olympics|Paralympics)\b",
                                               r"\b(?:Olympic|Paralympic)\s+Games\s+in\s+{host}",
                                               r"\b(?:Olympics|Paralympics)\s+in\s+{host}"),
              re.compile(r"(?i)olympi|paralympi")),
    # (FIFA's own only with "the" or "FIFA" before it: "the U-17 World Cup", "the Women's", "the Rugby" are others';
    # a host as a team before it, "the Brazil World Cup qualifier", names no tournament's time)
    "WORLD CUP": ("FIFA World Cup", (r"(?:(?<=\b[Tt]he\s)|(?<=\bFIFA\s))World\s+Cup\s+in\s+{host}",
                                     r"\b{host}\s+(?:FIFA\s+)?World\s+Cup\b(?!\s+(?:qualif\w*|squad|team|campaign"
                                     r"|bid|hopes?|winners?|champions?|holders?|debut|kit|record|star|hero)\b)"),
                  re.compile(r"(?i)fifa|football|soccer")),
    "EXPO": ("World Expo", (rf"\b(?:World\s+)?Expo{_YEAR}\s+{{host}}\b(?!\s+(?:Centre|Center|City|Hall|Park|Village"
                            r"|Exhibition))", r"\b{host}\s+(?:World\s+)?Expo\b(?!\s+(?:Centre|Center|City|Hall|Park"
                            r"|Village|Exhibition))", r"\bWorld\s+Expo\s+in\s+{host}"), None),
}
_GATE = ("Summit", "limate", "Games", "Olympics", "Paralympics", "Cup", "Expo", "CHOGM", "Commonwealth", "APEC")
# Each kind's words, one of which every name of its gatherings holds: a text with none is not searched for them.
_NEEDLES = {"NATO": ("Summit",), "G7": ("G7", "G-7"), "G20": ("G20", "G-20"), "APEC": ("APEC",), "BRICS": ("BRICS",),
            "CHOGM": ("CHOGM", "Commonwealth"), "CLIMATE": ("limate", "COP"),
            "GAMES": ("Games", "Olympics", "Paralympics"), "WORLD CUP": ("Cup",), "EXPO": ("Expo",)}
# A gathering to come: the item is of the months before it.
_COMING = re.compile(r"(?i)\b(?:ahead\s+of|run-?up\s+to|prepar\w*|upcoming|forthcoming|next\s+(?:week|month|year)"
                     r"|in\s+advance\s+of|will|shall|to\s+be\s+held|countdown)\b")
_HISTORY = re.compile(r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)(?!\s+(?:Olympic|Paralympic|Games|Dubai|Milan|Osaka|Shanghai))"
                      r"|\b(?:since|adopted|agreed|decided|decisions?|taken|made|reached|signed|held|took\s+place|was"
                      r"|were|last|previous|past|former|earlier|ago|outcomes?|legacy|anniversary|commitments?|pledges?"
                      r"|results?\s+of|follow-?ups?|implement(?:ing|ation)|review(?:s|ing)?\s+(?:of|the)|after)\b")
# A name mid-sentence right before the host's is another body's gathering there: "the Eastern Partnership Riga Summit",
# "the EU-CELAC Madrid Summit" (not "At the Vilnius Summit", whose name opens its sentence, nor "the NATO ...").
# (the bodies whose own gatherings these are, "the FIFA World Cup in Qatar", do not count)
_ANOTHER_BODY_BEFORE = re.compile(r"[^.!?:\n\s]\s+(?!(?:NATO|OTAN|FIFA|UN|G-?7|G-?20|APEC|BRICS|CHOGM|The|A|An|At|In"
                                  r"|Ahead)\b)[A-Z][\w'’-]*\s+$")
_BEFORE = dt.timedelta(days=365)  # how long before its days a gathering to come is written of
_AFTER = dt.timedelta(days=30)  # and after them, one named as the item's own


@cache
def _table() -> tuple[tuple[str, re.Pattern[str], str, dt.date, dt.date], ...]:
    """Each gathering: its kind, the pattern of its names, its host as the note says it, its first and last days."""
    rows = []
    for line in _GATHERINGS.splitlines():
        kind, hosts, first, last = line.split("\t")
        names = "|".join(re.escape(h) for h in sorted(hosts.split("|"), key=len, reverse=True))
        host = rf"(?:the\s+)?(?:{names})" if kind == "NATO" else rf"(?:{names})"
        pattern = re.compile("|".join(f"(?:{form.format(host=host)})" for form in _KINDS[kind][1]))
        rows.append((kind, pattern, hosts.split("|")[0], dt.date.fromisoformat(first), dt.date.fromisoformat(last)))
    return tuple(rows)


_COP_NUMBER = re.compile(r"\bCOP\s?(\d\d)\b")


def _cop_of_the_host(name: str, year: int) -> bool:
    """Is a climate conference's name ("COP27 in Sharm El-Sheikh") of the host's year? Another treaty's COP held by the
    same town ("COP14 in Sharm El-Sheikh", the biodiversity convention's of 2018) is numbered apart."""
    number = _COP_NUMBER.search(name)
    return number is None or climate_cop_year(int(number.group(1))) == year


def _named(text: str) -> list[tuple[list[tuple[dt.date, dt.date]], str]]:
    """The gatherings the text names as its own or as coming: for each name, the days it bounds and the note's words
    (a host that held two of a kind gives both)."""
    found: dict[tuple[str, str], tuple[list[tuple[dt.date, dt.date]], str]] = {}
    kinds = {kind for kind, needles in _NEEDLES.items() if any(needle in text for needle in needles)
             and ((needed := _KINDS[kind][2]) is None or needed.search(text))}
    for kind, pattern, host, first, last in _table():
        if kind not in kinds:
            continue
        for match in pattern.finditer(text):
            sentence = sentence_of(text, match.start(), match.end())
            if _HISTORY.search(sentence) \
                    or _ANOTHER_BODY_BEFORE.search(text, max(0, match.start() - 60), match.start()) \
                    or (kind == "CLIMATE" and not _cop_of_the_host(match.group(), first.year)):
                continue
            coming = _COMING.search(sentence) is not None
            span = (first - _BEFORE, last if coming else last + _AFTER)
            spans, _ = found.get((kind, host), ([], ""))
            if span not in spans:
                spans.append(span)
            days = _days(first, last)
            said = f"the {host} {_KINDS[kind][0]}" + (" to come" if coming else "")
            found[(kind, host)] = (spans, f"{said} ({days}" if not found.get((kind, host)) else
                                   f"{found[(kind, host)][1]}, or {days}")
            break
    return [(spans, f"{said})") for spans, said in found.values()]


_NAMED_WITH_YEARS = ("Games", "Olympics", "Paralympics", "Expo")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def written_apart(text: str) -> frozenset[int]:
    """The years written in the names of gatherings the text names that were held in other years ("Tokyo 2020" was
    held in 2021, "Expo 2020 Dubai" in 2021-22): no time of the item's."""
    if not any(needle in text for needle in _NAMED_WITH_YEARS) or _WRITTEN_YEAR.search(text) is None:
        return frozenset()
    apart = set()
    for kind, pattern, _, first, last in _table():
        if kind not in ("GAMES", "EXPO"):
            continue  # (the only names written with a year)
        needed = _KINDS[kind][2]
        if needed is not None and not needed.search(text):
            continue
        for match in pattern.finditer(text):
            apart |= {int(y) for y in _WRITTEN_YEAR.findall(match.group()) if int(y) not in (first.year, last.year)}
    return frozenset(apart)


def _days(first: dt.date, last: dt.date) -> str:
    """"11 to 12 July 2023", "30 November to 13 December 2023", "1 October 2021 to 31 March 2022"."""
    if first.year != last.year:
        return f"{first.day} {first:%B %Y} to {last.day} {last:%B %Y}"
    return f"{first.day}{'' if first.month == last.month else f' {first:%B}'} to {last.day} {last:%B %Y}"


def window(text: str, reference: dt.date) -> Window | None:
    """The days the gatherings the text names by their hosts bound, when they leave out the reference date and
    begin before it; None when the text names none, names them as history, or names some whose times do not meet."""
    if not any(needle in text for needle in _GATE):
        return None
    named = _named(text)
    if not named:
        return None
    spans = named[0][0]
    for others, _ in named[1:]:
        spans = intersect(spans, others)
    spans = [(first, last) for first, last in spans if first <= reference]  # (nothing to come dates an item read now)
    if not spans or any(first <= reference <= last for first, last in spans):
        return None
    return Window(tuple(sorted(set(spans))), " and ".join(said for _, said in named), after=dt.timedelta(0))
