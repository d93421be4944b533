"""A sentence that adds to the event the sentence before announced: its time ("The briefing starts at 3 p.m."),
the time of each of the days listed before ("Both hearings start at 9am"), or more words and a place. Pure."""

from __future__ import annotations

import re

from parsers import bothdays, itinerary, kinds
from parsers.dates import Mention
from parsers.findings import Finding
from parsers.pairings import other_pairings
from parsers.places import COUNTRY, best_place, find_places
from parsers.reading import MAX_TEXT, Reading
from parsers.seriesnouns import PLURALS

# "This meeting takes place ...", "It starts at ...": the sentence before says what.
ANAPHOR = re.compile(r"^(?:this|that|these|it(?!\s+is\s+(?:the\s+turn|time)\b)"  # not "it is the turn of"
                      r"|the\s+(?:meeting|event|session|briefing|conference|ceremony|visit"
                      r"|hearing|discussion|call|talks?))\b", re.IGNORECASE)

# The same in other languages, where a court or council gives one hour to the sittings it has just listed:
# "Alle Termine beginnen um 9:30 Uhr", "Beginn ist an allen Tagen um 10 Uhr", "Die Sitzungen beginnen jeweils um",
# "Todas las audiencias inician a las", "Toutes les audiences débutent à", "Ambas as sessões começam às",
# "Tutte le udienze iniziano alle".
_SITTINGS = (r"(?:termine|sitzungen|verhandlungen|verhandlungstage|sitzungstage|veranstaltungen"
             r"|sesiones|audiencias|reuniones|jornadas|séances|seances|audiences|réunions|reunions"
             r"|sessões|sessoes|audiências|reuniões|reunioes|udienze|sedute|sessioni|riunioni)")
_EVERY_ONE_ELSEWHERE = (rf"(?:alle|beide|todas\s+las|ambas(?:\s+las|\s+as)?|toutes\s+les|les\s+deux|todas\s+as"
                        rf"|tutte\s+le|entrambe\s+le)\s+{_SITTINGS}\b"
                        rf"|(?:die\s+)?{_SITTINGS}\s+beginnen\s+jeweils\b"
                        r"|(?:verhandlungs)?beginn\s+ist\s+(?:jeweils|an\s+(?:allen|beiden)\s+(?:\w+)?tagen)\b")

# "Both hearings start at 9am", "All sessions begin at 10:00", "The two debates open at 6 pm": the time of each
# event the sentence before announced.
# ("Meetings start at 7pm" after a list of meeting dates: a plural gathering opening the clause is each of them)
EVERY_ONE = re.compile(r"^(?:both|all|each|the\s+(?:two|three|four|five)\b"
                       rf"|(?:the\s+)?(?:{PLURALS})\s+(?:all\s+)?(?:start|begin|are\s+held|take\s+place|run)\b"
                       rf"|{_EVERY_ONE_ELSEWHERE})",
                       re.IGNORECASE)


def untimed_list_above(context: Reading) -> bool:
    """Did the sentence before list several days of one event with no time ("Meeting dates: 10 June, 8 July.")? Then
    "All meetings begin at 10am" gives them their time, as it would give a series below its own."""
    last = context.findings[-1] if context.findings else None
    return last is not None and last.time is None and last.first == last.last == context.day \
        and sum(1 for f in context.findings if f.text == last.text and f.time is None) > 1


def times_the_day(current: Finding | None, said: Mention, kind: str, clause: str, context: Reading) -> bool:
    """A sentence that gives only a time to the day-long event the sentence before announced joins it; so does
    one at the very time of the event before ("... at 11am. A silence will be observed at 11am.")."""
    if current is None or not current.first == current.last == context.day or current.time not in (None, said.time):
        return False
    if other_pairings(current.summary, clause):
        return False  # "Rampart at Erie, 7 p.m.: ..." under "Legacy at Cherry Creek, 7 p.m.: ...": two games of a round
    every = EVERY_ONE.match(clause) is not None
    if kind not in (kinds.EVENT, current.kind) and not ANAPHOR.match(clause) and not every:
        return False
    if itinerary.names_its_own(clause, current.text):
        return False  # "... the House sits. Question Time will be held at 2pm.": a part of the day, named
    if bothdays.said_of_days(clause, context.findings):
        return False  # "On both days the gates open at 9.30 am": the hours of the days told before (bothdays.py)
    if current.time is None:
        # "hearings in Townsville on 2 February and in Cairns on 3 February. Both hearings start at 9am."
        told = [f for f in context.findings if f.text == current.text and f.time is None] if every else [current]
        for finding in told:
            finding.time, finding.until = said.time, said.until
            finding.zone_label = said.zone or context.zone_label
            if finding is not current:
                finding.as_published = f"{finding.as_published} {said.text}"
        # "... holds an Open Briefing on Friday 29 May" / "It runs from 1:15 - 3:15pm at United Nations Headquarters,
        # New York": where the time is, over a town the sentence before named (its dateline's, the sender's)
        here = best_place([m for m in find_places(clause) if m.locative and not m.topical and m.place.kind != COUNTRY])
        if here is not None and (current.place is None or here.specificity > current.place.specificity):
            current.place = here
    current.as_published = f"{current.as_published} {said.text}"
    current.text = f"{current.text} {clause}" if len(current.text) < MAX_TEXT else current.text
    return True


def extend(finding: Finding, sentence: str) -> Finding:
    """A sentence that goes on about the event before it joins its text (and may give its place)."""
    if len(finding.text) + len(sentence) >= MAX_TEXT:
        return finding  # enough said: the description stays readable and the work bounded
    place = finding.place
    if place is None or (place.kind == COUNTRY and not finding.location):
        better = best_place([m for m in find_places(sentence) if m.locative or m.place.kind != COUNTRY])
        if better is not None and (place is None or better.country == place.country):
            place = better
    finding.text = f"{finding.text} {sentence}"
    finding.place = place
    return finding


