"""Disruptions of a service, not events: engineering works, lines closed, buses replacing trains, a supply
interrupted ("buses replace trains between Banbury and Princes Risborough from 11pm", "supply will be off from
9:00am to 5:00pm"). Pure.

Like a closure (parsers/closures.py), the window of an outage or of works says when a service is not there; nobody
gathers for it. The test is a form of words in the mention's sentence: words of works on a network, of a line or
train service closed or replaced, or of a supply cut, with no gathering named ("a drop-in session on the
engineering works on Tuesday at 7pm" is a gathering).
"""

from __future__ import annotations

import functools
import re

from parsers.dates import Mention
from parsers.findings import Finding
from parsers.gate import Gated

_DISRUPTION = Gated(re.compile(
    r"(?i:\b(?:engineering|track|rail|railway|line|signal(?:l?ing)?|overhead\s+line|planned|maintenance)\s+works?\b"
    r"|\bworks?\s+(?:close|closes|will\s+close|shut|shuts)\b|\b(?:is|are)\s+being\s+worked\s+on\b"
    r"|\bclos(?:e|es|ed|ing|ure|ures)\s+(?:of\s+)?(?:the\s+)?(?:lines?|railway|track|route)\b"
    r"|\b(?:line|rail|railway|track|route)\s+closures?\b"
    r"|\breplacement\s+bus(?:es|ses)?\b|\bbus(?:es|ses)?\s+(?:will\s+)?replac(?:e|es|ing)\s+(?:the\s+)?trains?\b"
    r"|\bno\s+(?:trains?|services?|train\s+services?)\s+(?:will\s+)?(?:run|call|stop|to|between|from|on|at)\b"
    r"|\b(?:trains?|services?)\s+(?:will\s+)?(?:not|n't)\s+(?:run|call|stop|operate)\b"
    r"|\b(?:lines?|railway|route|track|tunnel|street|road|avenue|highway|motorway|bridge|ramp|lane|carriageway"
    r"|junction|interchange)s?\s+(?:will\s+be|is|are|remains?|will\s+remain)\s+(?:fully\s+|partially\s+)?(?:closed|shut)\b"
    r"|\b(?:road|lane|street|ramp|bridge|tunnel|carriageway)\s+closures?\b"
    # "crews will flush water mains", "hydrant flushing": maintenance of a network
    r"|\bflush\w*\s+(?:the\s+)?(?:water\s+)?(?:mains|hydrants|lines|pipes)\b|\b(?:mains?|hydrant)\s+flushing\b"
    r"|\bmaintenance\s+(?:projects?|shutdowns?)\b"
    r"|\b(?:without|(?:not|n't)\s+have)\s+(?:power|electricity|water)\b"
    r"|\b(?:power|electricity|water|gas|supply|planned|scheduled)\s+(?:interruptions?|outages?|cuts?|shutdowns?)\b"
    r"|\binterruptions?\s+(?:of|to|in)\s+(?:the\s+)?(?:power\s+|electricity\s+|water\s+|gas\s+)?supply\b"
    r"|\binterruptions?\s+(?:will|would|are\s+to|is\s+to)\s+(?:occur|take\s+place|last|run)\b"
    r"|\bsupply\b[^.;]{0,60}?\b(?:(?:be|is|are)\s+(?:off|interrupted|cut|suspended)|goes\s+off)\b"
    r"|\b(?:outages?|blackouts?|load[- ]shedding)\b"
    # in Spanish, French and German: "corte programado de energía", "coupure d'eau", "Schienenersatzverkehr"
    r"|\bcortes?\s+(?:programados?\s+)?de\s+(?:luz|energ[ií]a|agua|suministro)\b"
    r"|\binterrupci[oó]n\s+(?:programada\s+)?del?\s+(?:servicio|suministro)\b"
    r"|\bcoupures?\s+(?:de\s+courant|d['’](?:électricité|eau)|de\s+(?:l['’])?(?:électricité|eau|gaz))\b"
    r"|\b(?:Stromausfall|Stromabschaltung|Wasserabschaltung|Streckensperrung|Vollsperrung)\b"
    # a German rail notice: "Zugausfällen und Schienenersatzverkehren", "Gleisarbeiten", "Ersatzbusse", and the lines
    # "betroffen" by them ("Betroffen hiervon sind die Linien S2 und S8 ab Freitag, den 20. Oktober … bis …")
    r"|\b(?:Zugausf[aä]ll\w*|Schienenersatzverkehr\w*|Ersatzbus(?:se|sen)?|Gleis(?:bau)?arbeiten)\b"
    r"|\bbetroffen\s+(?:(?:hier|da)von\s+)?(?:ist|sind)\s+die\s+(?:Linien?|Strecken?|Z[uü]ge)\b"
    r"|\b(?:Linien?|Strecken?)\b[^;!?\n]{0,60}?\b(?:ist|sind)\b[^;!?\n]{0,60}?\bbetroffen\b"  # "14. Juli" has a dot
    # a collection round moved by a holiday: "garbage and recycling pickup will run one day behind in the weeks of
    # December 25 and January 1", "NO collection services on Monday, December 25th", "pickup moves one day later"
    r"|\b(?:garbage|trash|refuse|recycling|rubbish|waste|curbside|kerbside|collection|pickup|pick-up)\b[^.;]{0,80}?"
    r"\b(?:delayed|(?:runs?|moves?|be\s+collected)\s+(?:one|a)\s+day|(?:one|a)\s+day\s+(?:late|later|behind))\b"
    r"|\bno\s+(?:(?:garbage|trash|refuse|recycling|rubbish|waste|curbside|kerbside)\s+)?(?:collection|pickup|pick-up)s?"
    r"(?:\s+services?)?\b)"),
    "works", "work ", "work,", "clos", "replac", "bus", "no train", "no service", "interruption", "outage", "cut",
    "shutdown", "supply", "blackout", "shedding", "worked on", "train", "servic", "closed", "shut", "maintenance",
    "power", "electric", "water", "flush", "corte", "interrupci", "coupure", "strom", "wasser", "ersatzverkehr",
    "sperrung", "zugausf", "ersatzbus", "gleis", "betroffen", "garbage", "trash", "refuse", "recycl", "rubbish",
    "waste", "curbside", "kerbside", "collection", "pickup", "pick-up")
# A regular service stopped for a while, in Spanish and Portuguese: "Desde el 1 de marzo ... la Fiscalía dejará de
# ofrecer ruedas de prensa", "se suspenderán las audiencias", "as coletivas serão suspensas a partir de": the day the
# series stops, when nobody gathers (a series' plural only: "se suspenderá la sesión ... y se reanudará" is a sitting's
# break). Not a series put off ("se pospondrán al 12 de marzo", "serão adiadas para o dia 12"): the day it is put off
# to is when it is held.
_SERIES_STOPPED = Gated(re.compile(
    r"(?i:\b(?:dejar[áa]n?|deixar[áa]o?)\s+de\s+(?:ofrecer|realizar|celebrar|dar|prestar|oferecer|fazer)\b"
    r"|\bse\s+suspender[áa]n\b|\bser[ãa]o\s+(?:suspensas|suspensos)\b)"),
    "dejar", "deixar", "suspend", "suspens")
# ... unless the sentence also tells when the series goes on, or its last sitting before the pause ("y se reanudarán
# el 10 de marzo", "serão retomadas em", "la última será el 28 de febrero"): that day is one of the series'.
_SERIES_GOES_ON = re.compile(r"(?i:\b(?:(?:se\s+)?reanudar[áa]n?|ser[áa]n?\s+reanudad[oa]s?|retomar[áa]o?|ser[ãa]o"
                             r"\s+retomad[oa]s|últim[oa]s?)\b)")
# Someone gathers, or something opens: a meeting about the works, or a line's opening, is an event.
_GATHERING = re.compile(
    r"(?i:\b(?:meet(?:s|ing|ings)?|sessions?|open\s+(?:house|day|evening)s?|drop-ins?|briefings?|hearings?"
    r"|workshops?|consultations?|conferences?|forums?|ceremon(?:y|ies)|webinars?|tours?|visits?|launch(?:es)?"
    r"|exhibitions?|presentations?|talks?|festivals?|fairs?|parades?|processions?|markets?|races?|marathons?"
    r"|concerts?|celebrations?|events?|matches|games?)\b"
    # in German, also within a compound: "Informationsveranstaltung", "Bürgerversammlung", "Ausschusssitzung"
    r"|\w*(?:veranstaltung|versammlung|sitzung|eröffnung|einweihung|konzert|feier)(?:en|s)?\b"
    # a guided tour ("Stadtführung"), not the route a line or a road takes, nor the carrying out of the works
    # ("geänderte Linienführung", "Streckenführung", "Durchführung der Gleisarbeiten")
    r"|\w*(?<!linien)(?<!strecken)(?<!verkehrs)(?<!umleitungs)(?<!fahrbahn)(?<!spur)(?<!durch)(?<!aus)(?<!ein)"
    r"(?<!weiter)(?<!geschäfts)führung(?:en)?\b"
    # an opening: "The new line opens on Sunday at 10am, and the replacement buses stop"
    r"|\b(?:opens?|opened|opening|inaugurat\w*)\b)")


def disrupts_a_service(sentence: str, mention: Mention) -> bool:
    """Is `mention` the day or time of works, a closure of a line, buses replacing trains or a supply cut, by the
    words of its sentence, with no gathering or opening named there?"""
    del mention  # the sentence tells it: "On Sunday (October 1), works close the line ... until about 08.35"
    return _names_a_disruption(sentence)


# Asked of each mention of a sentence (two or three in many) and of each finding's text: the last texts remembered.
@functools.lru_cache(maxsize=128)
def _names_a_disruption(text: str) -> bool:
    return (_DISRUPTION.search(text) is not None
            or _SERIES_STOPPED.search(text) is not None and _SERIES_GOES_ON.search(text) is None) \
        and _GATHERING.search(text) is None


# A sentence's end inside a finding's text: more than one sentence was told of it.
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def drop_disruptions(findings: list[Finding]) -> None:
    """Remove the findings of schedule rows and lines that tell a disruption ("Saturday 14 March, 22:00 – Monday
    16 March, 05:00: no trains between Leeds and York"); a finding told in several sentences is left alone."""
    findings[:] = [f for f in findings if _SENTENCE_END.search(f.text) or not _names_a_disruption(f.text)]
