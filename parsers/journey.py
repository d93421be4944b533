"""A journey told in a release: the sentence that sets out, the one that comes back, and the journey as a whole.
Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from model import LABELS, VISIT
from parsers.findings import Finding
from parsers.gate import Gated

# The sentence that starts a journey and the one that ends it ("flies to California", "is due back in Honolulu").
# Gated: searched only in sentences that hold one of their words (most hold none).
# A Spanish, Portuguese or French setting out, with what follows it: "sale" and "parte" are also a sale and a part,
# the French "part" an English word.
_ROMANCE_OUT = (r"sale\s+(?:hoy|mañana|de\s+la|del|hacia|rumbo|para)|parte\s+(?:hoy|hoje|mañana|amanhã|hacia|rumbo|rumo"
                r"|para)|part\s+(?:pour|vers|aujourd|demain|ce\s)|viaja\s+(?:a|hacia|para|rumbo)|quitte"
                # and what is to come: "viajará a", "volará a", "se trasladará a", "viajará para", "seguirá para",
                # "se rendra à", "s'envolera pour", the Italian "volerà ad", "partirà per", "si sposterà a", "si
                # recherà a"
                r"|(?:viajar|volar|trasladar|seguir)á\s+(?:a|hacia|para|rumo)|se\s+rendra\s+(?:à|a|en|au)"
                r"|s['’]envolera\s+(?:pour|vers)|(?:voler|partir)à\s+(?:a|ad|per|alla|verso)"
                r"|si\s+(?:sposter|recher|trasferir)à\s+(?:a|ad|in|alla|nel|nella)")
# (and in Spanish, Portuguese and French: "sale rumbo a", "parte para", "part pour" ... "regresa", "regressa", "rentre")
SETS_OUT = Gated(re.compile(r"\b(?:leaves|departs|sets\s+(?:out|off)|fl(?:y|ies)\s+(?:to|out)|travel(?:s|ling)?\s+to"
                             rf"|heads\s+(?:to|for)|embarks|{_ROMANCE_OUT})\b"),
                  "leaves", "departs", "sets", "flies", "fly", "travel", "heads", "embarks", "sale", "part", "viaja",
                  "quitte", "viajará", "volará", "trasladará", "seguirá", "se rendra", "envolera", "volerà", "partirà",
                  "sposterà", "recherà", "trasferirà")
COMES_BACK = Gated(re.compile(r"\b(?:(?:is|be|due|expected|expects\s+\w+|comes|flies|gets)\s+back"
                               r"|returns\s+(?:to|home)|regresa|regressa|vuelve|volta|rentre|revient)\b"),
                   "back", "returns", "regres", "vuelve", "volta", "rentre", "revient")

# One sentence that sets out and arrives ("The plan is to leave Pohnpei on August 19th, to stop for meetings on the
# way, and to arrive at Weno on August 23rd", "departs on 3 May and returns on 9 May"): its first day and its last.
_OUT_AND_IN = Gated(re.compile(rf"\b(?:leave|leaves|leaving|depart|departs|departing|{_ROMANCE_OUT})\b[^.;]{{0,200}}?"
                               r"\b(?:arrive|arrives|arriving|reach|reaches|reaching|return|returns|returning"
                               r"|regresa|regressa|vuelve|volta|rentre|revient)\b"),
                    "leav", "depart", "sale", "part")


TRIP = dt.timedelta(days=21)  # a journey told in one release lasts days or weeks, not months
# "flies to Kharagpur ... Back in the city for the evening, he ...": a day's outing, not the journey a later
# "flies back to Delhi" ends.
_BACK_THAT_DAY = re.compile(r"\b(?:[Bb]ack\s+in\s+the\s+(?:city|capital|town)|(?:returns?|comes\s+back|is\s+back)"
                            r"\s+(?:the\s+same|that)\s+(?:day|evening|night|afternoon))\b")


def journey(findings: list[Finding]) -> Finding | None:
    """"Today, Friday, 3 October, the envoy flies to Oslo ... She is due back in Lisbon on Tuesday, 7 October":
    a day the journey starts and a later day it ends are also the journey as a whole, from the one to the other.
    Returns it, titled by the sentence that sets out, unless an event already covers those days."""
    out = next((f for f in findings if f.first == f.last
                and (SETS_OUT.search(f.text.lower()) or _OUT_AND_IN.search(f.text.lower()))
                and not _BACK_THAT_DAY.search(f.text)), None)
    if out is None:
        return None
    back = [f for f in findings if f.first == f.last and out.first < f.first <= out.first + TRIP
            and (COMES_BACK.search(f.text.lower()) and f.text != out.text
                 or f.text == out.text and _OUT_AND_IN.search(f.text.lower()))]
    if not back or any(f.first <= out.first and back[-1].first <= f.last and f.first != f.last for f in findings):
        return None
    label = f"{LABELS.get(out.kind, '')}: "
    summary = f"{LABELS[VISIT]}: {out.summary.removeprefix(label)}"  # the journey is a visit, whatever its first day
    text = out.text if back[-1].text == out.text else f"{out.text} {back[-1].text}"  # (one sentence, told once)
    return dataclasses.replace(out, last=back[-1].first, time=None, until=None, zone_label="", kind=VISIT,
                               summary=summary, text=text, notes=tuple(dict.fromkeys(out.notes + back[-1].notes)))


def days_of_one_sentence(whole: Finding, findings: list[Finding]) -> list[Finding]:
    """The findings a journey told in one sentence is made of ("leaves the island today, Wednesday 12 November, and
    is back on the morning of Thursday 13 November"): the day it sets out and the day it comes back, each told with no
    time, are the journey's ends, not two happenings beside it. (Days of other sentences, and a time of the sentence,
    "leaves at 10 am", stay: they may be the day's events.)"""
    if not (whole.kind == VISIT and whole.first < whole.last and _OUT_AND_IN.search(whole.text.lower())):
        return []
    return [f for f in findings if f is not whole and f.time is None and f.first == f.last
            and f.first in (whole.first, whole.last) and f.text == whole.text]
