"""An appeal about an incident ("Police are appealing for witnesses after a burglary on Main Street between
10pm on Saturday 3 January and 6am on Sunday") or a police report of one ("Am Sonntag, 5. Mai, kurz nach 21.25 Uhr,
wurde der Polizei ein Unfall gemeldet", "stellte eine Streife am Dienstag gegen 10 Uhr einen Schaden fest"): its dates
say when something happened, not an event. Pure."""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.tense import tells_what_is_to_come

# "appealing for witnesses", "appeal for information", "asking anyone who saw", "urging drivers with dashcam
# footage": a call to those who saw what happened.
_APPEAL = Gated(re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|calling|asking|urging)\s+(?:for\s+)?(?:any\s+)?(?:further\s+)?"
    r"(?:witnesses|information|sightings|dash-?cam|footage|anyone\s+(?:who|with)|drivers\s+who)",
    re.IGNORECASE), "appeal", "calling", "asking", "urging")
# "after a burglary on ...", "following the fatal collision on ...": the day of an incident.
_AFTER_INCIDENT = Gated(re.compile(
    r"\b(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:burglary|robbery|theft|break-in|assault"
    r"|attack|collision|crash|shooting|stabbing|hit-and-run|arson|disturbance|incident)\b[^.;]*$",
    re.IGNORECASE), "after", "following")

# "wurde der Kantonspolizei ein Brand gemeldet", "kam es auf der Hauptstrasse zu einem Unfall", "Police were called to
# the harbour road": a police report's account of what happened, and when; every match holds a needle.
_REPORTED = Gated(re.compile(
    r"\bwurde\s+(?:der|dem)\s+[\w-]*polizei\b[^.;]{0,160}?\bgemeldet\b"
    r"|\bkam\s+es\b[^.;]{0,120}?\bzu\s+(?:einem|einer)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*unfall|[\w-]*brand"
    r"|zusammensto(?:ss|ß)|kollision|[\w-]*überfall|einbruch|schlägerei|auseinandersetzung)\b"
    r"|\b(?:police|officers|firefighters|paramedics|emergency\s+services)\s+(?:were|was)\s+called\b"
    r"|\bwas\s+reported\s+to\s+(?:the\s+)?police\b",
    re.IGNORECASE), "gemeldet", "kam", " called", "reported to")

# A German police report of what a patrol found ("Am Dienstag stellte eine Streifenwagenbesatzung gegen 10.15 Uhr einen
# beschädigten Ampelmast fest", "Die Beamten stellten am Montag gegen 3 Uhr fest, dass die Tür aufgebrochen war"): when
# the officers, the fire brigade or a witness noticed the damage, no event. The separable "fest" closes the clause
# (not "stellte am Sonntag das Fest vor", a festival presented); the finder names the police, its patrol or its crews,
# before or after the verb. Every match holds a needle.
# (a compound's head is tried from the start of its word only: from every letter of a long hyphenated run of words,
# "[\w-]*" would go over the run again each time)
_FINDER = (r"(?:(?<![\w-])(?:[\w-]*streife\w*|[\w-]*beamt(?:e|en|in|innen)|[\w-]*polizei|[\w-]*feuerwehr)"
           r"|polizist(?:en|in|innen)?|einsatzkräfte|rettungskräfte|zeug(?:e|en|in|innen)|passant(?:en|in)?"
           r"|anwohner(?:in|innen)?)")
_IN_CLAUSE = r"(?:[^.;]|\.(?=\S))"  # within the clause: a dot inside "10.15 Uhr" or "(15.12.)" closes nothing
_FOUND_DE = Gated(re.compile(
    rf"\bstellten?\b{_IN_CLAUSE}{{0,60}}?\b{_FINDER}\b{_IN_CLAUSE}{{0,200}}?\b(?-i:fest)(?=\s*(?:[.,;:!?)]|$))"
    rf"|\b{_FINDER}\s+stellten?\b{_IN_CLAUSE}{{0,200}}?\b(?-i:fest)(?=\s*(?:[.,;:!?)]|$))",
    re.IGNORECASE), "stellte")

# A French police report ("Une équipe de la zone ... patrouillait dans les rues ... quand elle surprend un véhicule",
# "Un homme a reçu un P.-V. de 250 euros pour avoir circulé ...", "le conducteur a été interpellé"): a patrol's round
# told in the imperfect, a fine given "for having" done something, an arrest; when it happened, no event. Every match
# holds a needle.
_REPORTED_FR = Gated(re.compile(
    r"\bpatrouill(?:ait|aient)\b"
    r"|\b(?:euros?|€|amende|p\.-?v\.?|procès-verbal)[^.;]{0,80}?\bpour avoir\s+\w+[ée]\b"
    r"|\b(?:a|ont)\s+été\s+(?:interpellée?s?|arrêtée?s?|verbalisée?s?|interceptée?s?)\b",
    re.IGNORECASE), "patrouill", "pour avoir", "interpell", "arr", "verbalis", "intercept")
# A French sentence that tells what is to come ("Une conférence de presse aura lieu le 14 mars ...", "Le lauréat
# recevra 1 000 euros le 14 mars ... pour avoir fondé"): its future is an event's, whatever report it also cites
# (tense.tells_what_is_to_come reads the English markers only).
_FUTURE_FR = re.compile(r"\b(?:aura|auront|sera|seront|fera|feront|ira|iront|tiendra|tiendront|recevra|recevront"
                        r"|viendra|viendront|[a-zéèêô]{3,}(?:era|eront|ira|iront))\b")

# A Dutch emergency dispatch report ("is de ambulance met spoed uitgereden naar ...", "De melding werd om 11:12 via
# het P2000-netwerk verzonden"): when the crews were sent, no event. Words rare in the corpora: a plain substring scan
# lets a sentence through to the pattern, no Gated.
_DISPATCHED = re.compile(
    r"\b(?:is|zijn|werd|werden)\s+(?:de\s+|het\s+)?(?:ambulance|brandweer|politie|traumahelikopter|hulpdiensten?)\b"
    r"[^.;]{0,80}?\b(?:uitgereden|uitgerukt|gealarmeerd|opgeroepen)\b"
    r"|\bmelding\s+(?:werd|is)\b[^.;]{0,160}?\b(?:verzonden|ontvangen|binnengekomen)\b",
    re.IGNORECASE)
_DISPATCH_WORDS = ("uitgere", "uitgeruk", "gealarmeerd", "opgeroepen", "melding")


def _dispatched(sentence: str) -> bool:
    low = sentence.lower()
    return any(word in low for word in _DISPATCH_WORDS) and _DISPATCHED.search(sentence) is not None


def incident(sentence: str, start: int) -> bool:
    """Does the date at `start` tell when an incident happened, in a sentence that appeals about it or names
    it right before (and tells of nothing to come: "will hold a press conference on Monday to appeal ...")?"""
    # (The gated words of an incident first: most sentences hold none, and the marker of what is to come costs more.)
    return (_APPEAL.search(sentence) is not None or _AFTER_INCIDENT.search(sentence, 0, start) is not None
            or _REPORTED.search(sentence) is not None
            or _FOUND_DE.search(sentence) is not None
            or (_REPORTED_FR.search(sentence) is not None and _FUTURE_FR.search(sentence) is None)
            or _dispatched(sentence)) and not tells_what_is_to_come(sentence)
