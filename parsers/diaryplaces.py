"""Where each entry of a diary of several days happens, when the diary moves between clocks. Pure.

    Monday 19 January                       the day's entry names the town: the diary is there
    The Secretary-General is in Davos.
    Tuesday 20 January
    09:00 Meeting with the Swiss President  no place of its own: still in Davos, on Davos's clock
    Wednesday 21 January
    Travel to Addis Ababa                   the diary moves on
    Thursday 22 January
    10:00 Opening of the Executive Council  in Addis Ababa

A timed entry that names no place is where the diary last was, not in the town the item names most: article.py
calls this once the item's area is known, for diaries whose entries name towns of two clocks or more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from model import LABELS, VISIT
from parsers import journey
from parsers.dates import find_mentions
from parsers.findings import Finding
from parsers.placeroles import JOURNEY_NOUNS, set_out_for, travels_to
from parsers.places import COUNTRY, VENUE, Place, best_place, find_places


def _named_town(finding: Finding, area: Place | None) -> Place | None:
    """The town of one clock an entry names: its own place (not the item's area, which a row without a place of its
    own is given), else a town it is in or goes to."""
    # (a row that names the area's town itself, "1300  Arrive Perth", is there: the area's place is its own)
    own = finding.place if finding.place is not area or finding.headed \
        or area is not None and _names(finding.text, area.name) else None
    place = own or best_place(find_places(finding.text), locative_only=True)
    return place if place is not None and place.zone_certain and place.kind != COUNTRY else None


def _names(text: str, name: str) -> bool:
    """Does `text` name `name` as a word of its own ("Perth", not "Perthshire")?"""
    # (the name asked for first: the pattern, made of the name, is compiled anew for most names)
    return name in text and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def follow_the_diary(findings: list[Finding], area: Place | None) -> None:
    """Give each timed entry without a place the town the diary was last in, where its towns keep several clocks."""
    towns = [_named_town(f, area) for f in findings]
    clocks = {t.zone for t in towns if t is not None}
    if len(clocks) < 2 and not _journey_away(findings, towns, area):
        return  # one clock: the item's area says it as well
    here: Place | None = None
    for finding, town in zip(findings, towns, strict=True):
        if town is None and finding.time is not None and here is not None:
            if finding.place is area:
                finding.place = here
            finding.area = here
        elif town is not None and finding.time is not None and finding.place is area and not finding.headed:
            finding.place = town  # "11:00 Cabinet meeting" / "Federal Chancellery, Berlin": the town its lines name
        here = town or here


# "leaves Santa Fe for", "departs from Lima for": the town left, the verb's object (not "the US president leaves for")
_LEFT = re.compile(r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:from\s+)?$", re.IGNORECASE)
# "leaves for Tokyo from Santiago": the town left right after the one set out for (not "for Tokyo, where she meets a
# delegation from Lima")
_FROM_AFTER = re.compile(r"\s+from\s+")


# "Arrival in Maputo", "Travel to Addis Ababa", "Departure for Lima": a diary's row of a journey
# (opening the row, after its time: "09.00 Interview about the trip to Maputo" travels nowhere)
# (a subject or a word of its own may come first, "The President arrives in Maputo", "Official arrival in Maputo"; not
# a row about a journey, "Interview about the trip to Maputo")
# (and in other tongues: "Viaje a Tijuana", "Gira de trabajo por Tijuana", "Viagem a Manaus", "Déplacement à Lille")
_JOURNEY_ROW = re.compile(r"[\W\d]*(?:[ap]\.?m\.?\s+)?(?P<before>(?:[\w'’-]+\s+){0,3}?)(?:arriv\w*|travel\w*"
                          rf"|depart\w*|leaves?|flies|flight|journey|trip|{JOURNEY_NOUNS}|gira|reise|llegada|chegada"
                          r"|ankunft)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|on|of|for|regarding|after|before|sobre|tras|após|apr[eè]s|sur|nach|del|do|da)\b",
                    re.IGNORECASE)


def _journey_away(findings: list[Finding], towns: list[Place | None], area: Place | None) -> bool:
    """Does a row of the diary travel to a town of another clock than the item's area ("Arrival in Maputo" in a
    programme from Lisbon)? Then the rows after it are there, though the diary names no town of a second clock (a
    town merely named as a row's location, "Location: Manchester, NH", moves nothing)."""
    return area is not None and any(town is not None and town.zone != area.zone and _journey_row(f.text)
                                    for f, town in zip(findings, towns, strict=True))


def _journey_row(text: str) -> bool:
    row = _JOURNEY_ROW.match(text)
    return row is not None and _ABOUT.search(row.group("before")) is None


def leave_from_home(findings: list[Finding], area_of: Callable[[], Place | None]) -> None:
    """"At 15h30 the President leaves Santa Fe for Brasília, where he lands at 18h30": the time told before the town
    set out for is the departure's, at the town left ("leaves Santa Fe for", "leaves for Tokyo from London") and on
    its clock; the time after it is the arrival's, there. A town left unnamed is the same town for a move within it
    ("leaves the residence for the Casa Rosada"), the town of the entry before, else the item's own town, for a
    journey to another clock ("14:00 Departs Haneda Airport for New York" in Tokyo's programme: `area_of` gives it,
    asked only then)."""
    here: Place | None = None  # where the last timed entry was: a journey from an unnamed place starts there
    for finding in findings:
        was_here, here = here, (finding.place if finding.time is not None and finding.place is not None
                                and finding.place.zone_certain else here)
        if finding.time is None or finding.place is None or not journey.SETS_OUT.could_match(finding.text):
            continue
        named = find_places(finding.text)
        going = next((m for m in named if m.place.name == finding.place.name
                      and (set_out_for(finding.text, m.start) or travels_to(finding.text, m.start))), None)
        if going is None:
            continue  # (asked first: the sentence's mentions are looked for only where a town is set out for)
        # (the time found again in the sentence: its words said apart from its day are not one run of text)
        said = next((m.start for m in find_mentions(finding.text) if m.kind == "time" and m.time == finding.time), -1)
        # (a time not found in the text stands in a column of its own, before it: "1400  Departs Darwin for Canberra")
        if said >= going.start:
            continue
        left = [m for m in named if said < m.start and m is not going
                and (m.start < going.start and _LEFT.search(finding.text, max(0, m.start - 30), m.start)
                     or _FROM_AFTER.fullmatch(finding.text, going.end, m.start) is not None)]
        if left:
            finding.place = left[-1].place
        elif going.place.kind != VENUE and (home := was_here or area_of()) is not None and home.zone_certain \
                and home.zone != going.place.zone:
            finding.place = here = home


# "une visite de travail à Cotonou", "una visita oficial a Lima", "zu einem Besuch nach Nairobi", "een werkbezoek aan
# Accra": a visit told as a noun in the languages of Europe and the Americas (the kind of the event stays as read)
_VISIT_ABROAD = re.compile(r"\b(?:visites?|visitas?|\w*[Bb]esuch(?:e|s)?|\w*bezoek(?:en)?)\b")


def follow_the_trip(findings: list[Finding], area: Place | None) -> None:
    """A trip told in prose, "The Foreign Minister travels to Tokyo on 6 May. On 7 May at 10:00 she meets her
    counterpart": the timed events after it that name no place, of the traveller ("she", "the Foreign Minister"), are
    where it went, on that clock, not the item's area's, as a diary's entries are: from the trip's first day to its
    last ("visits Japan from 6 to 8 May"), or for a journey out, until a place is named or the traveller is back,
    three weeks at most."""
    travels = [f.kind == VISIT or journey.SETS_OUT.search(f.text.lower()) is not None
               or _VISIT_ABROAD.search(f.text) is not None for f in findings]
    if area is None or not area.zone or not any(travels):
        return  # (no trip: the findings' places, read from their texts, are not asked for)
    trip: Finding | None = None
    here: Place | None = None
    followed: Finding | None = None  # the last event put on the trip
    for finding, sets_out in zip(findings, travels, strict=True):
        town = _named_town(finding, area)
        went = town or _country_of_one_clock(finding) if sets_out else None
        if went is not None and went.zone != area.zone:
            trip, here = finding, went
        elif town is not None and here is not None and town.zone == here.zone:
            here = town  # "visits Japan ... In Tokyo he co-chairs ...": a town of the trip, not the end of it
        elif town is not None or journey.COMES_BACK.search(finding.text.lower()):
            trip = here = None  # another place named, or back home: the trip is not where the next events are
        elif trip is not None and here is not None and finding.time is not None and _local(finding.zone_label) \
                and (finding.place is None or finding.place is area) \
                and (_on_the_trip(finding, trip) or followed is not None and finding.text == followed.text):
            # (or a later clause of the sentence of an event on the trip: "..., followed by a press conference at
            # 12.15pm")
            finding.area, followed = here, finding


# (and in the languages of Europe: "Il sera reçu ...", "Sie trifft ...", "Ella se reúne ...", "Hij opent ...")
_PRONOUN = frozenset({"he", "she", "they", "we", "i", "il", "elle", "ils", "elles", "er", "sie", "él", "ella", "ellos",
                      "ele", "ela", "eles", "lui", "lei", "hij", "zij"})


def _local(label: str) -> bool:
    """Does the time name no clock but the place's: no label, or "local time" ("at 11.00 local time" on the trip)?"""
    return not label or " ".join(label.lower().split()) in ("local time", "local")


def _on_the_trip(finding: Finding, trip: Finding) -> bool:
    """Is the finding within the trip's days, and told of the traveller ("She meets ..." after "The Foreign
    Minister flies to Tokyo"), not of someone at home ("the Deputy Minister briefs the press")?"""
    last = trip.last if trip.last > trip.first else trip.first + journey.TRIP
    if not trip.first <= finding.first <= last:
        return False
    subject = _subject(finding.summary)
    return bool(subject) and (subject.lower() in _PRONOUN or _SUBJECTLESS_FUTURE.fullmatch(subject) is not None
                              or subject == _subject(trip.summary))


# "During the visit, she participates", "On 26 July, the Minister calls on": a phrase of when before the subject
_WHEN_OPENS = re.compile(r"(?:during|on|in|at|after|later|then|afterwards|while|the\s+same|the\s+next|also)\b"
                         r"[^,.;:]{0,50},\s+(?=\w)", re.IGNORECASE)
# "La sera Alfano volerà", "Por la noche Pérez viajará", "Le soir, il": a part of the day or a "later" opening a
# Romance sentence, with no comma before the subject
_ROMANCE_WHEN_OPENS = re.compile(
    r"(?:la\s+sera|in\s+serata|in\s+mattinata|nel\s+pomeriggio|più\s+tardi|poi|successivamente|in\s+seguito"
    r"|por\s+la\s+(?:mañana|tarde|noche)|más\s+tarde|luego|después|à\s+tarde|à\s+noite|pela\s+manhã|mais\s+tarde"
    r"|le\s+soir|le\s+matin|dans\s+l['’]après-midi|plus\s+tard|ensuite|puis)\s*,?\s+(?=\w)", re.IGNORECASE)
# "Inaugurará una planta", "Toccherà al ministro", "Visitará": a Spanish, Portuguese or Italian verb in the future
# opening the sentence, its subject unsaid, as these languages leave it when it is the one the text is about
_SUBJECTLESS_FUTURE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:rà|rá)$")


def _subject(summary: str) -> str:
    """The capitalised words a summary opens with, its label and a phrase of when aside: "Visit: Foreign Minister
    travels to Tokyo" -> "Foreign Minister"; "During the visit, she participates" -> "She"."""
    label, _, rest = summary.partition(": ")
    said = rest if rest and label in LABELS.values() else summary
    if (opening := _WHEN_OPENS.match(said) or _ROMANCE_WHEN_OPENS.match(said)) is not None:
        said = said[opening.end() :]
        said = said[:1].upper() + said[1:]
    words = said.split()
    subject = []
    for word in words:
        if not word[:1].isupper():
            break
        subject.append(word)
    return " ".join(subject)


def _country_of_one_clock(finding: Finding) -> Place | None:
    """The country of one clock a visit goes to ("an official visit to Japan")."""
    place = finding.place or best_place(find_places(finding.text), locative_only=True)
    return place if place is not None and place.kind == COUNTRY and place.zone_certain and place.zone else None
