"""The day and hour a count, a text or a report was made: a stamp, not an event. Pure.

"Figures correct as at 3 May 2031, 10 a.m.", "Bilan arrêté au 3 mai 2031 à 10h", "Datenstand: 03.05.2031",
"mis à jour le 3 mai", "zuletzt aktualisiert am 3. Mai": the words before the day say that what follows
(a sum raised, cases counted, a page's text) stood so at that moment. "the road is closed, the police
reported at 1:30 p.m.": the moment a state of things was reported. Nothing happens then.
"recorded 4,100 crossings between 2 May and 30 June", "ont enregistré 12 000 entrées entre le 2 mai et le 30 juin":
the period over which a number was counted, not a happening that lasts that long.
"""

from __future__ import annotations

import re

from parsers.gate import Gated

# A tally as at a day: English "as at", "correct as of"; French "point d'étape au", "bilan (arrêté) au",
# "situation au", "chiffres à la date du"; German "Stand:", "Datenstand", "Stand vom".
# (Not French "au" alone, which closes a range: "du 3 au 5 mai".)
_TALLY_BEFORE = Gated(re.compile(
    r"(?:(?i:\bas\s+at|\bcorrect\s+as\s+(?:of|at)|\b(?:figures|totals?|data|numbers|counts?)\s+as\s+(?:of|at)"
    r"|\b(?:point\s+d['’]\s?[ée]tape|bilan|situation|chiffres|donn[ée]es|d[ée]compte|comptage|cumul|total)"
    r"(?:\s+(?:provisoire|actuel|arr[êe]t[ée]e?s?))?\s+(?:au|[àa]\s+la\s+date\s+du)|\barr[êe]t[ée]e?s?\s+au)"
    # German "Stand" with a capital and a colon, "vom" or "per": a stand at a fair is "am Stand"
    r"|\bStand\s*(?::|vom|per)|\b(?:Daten|Zahlen)stand\s*(?::|vom|per)?)\s*$"
), "as at", "as of", "au", "du", "stand")
# A text brought up to date, in French and German: "mis à jour le", "zuletzt aktualisiert am", "Stand vom".
_UPDATED_BEFORE = Gated(re.compile(
    r"(?:\bmise?s?\s+[àa]\s+jour|\bactualis[ée]e?s?|\bmodifi[ée]e?s?)\s+(?:(?:le|du)\s*)?$"
    r"|\b(?:zuletzt\s+)?(?:aktualisiert|ge[äa]ndert|bearbeitet)\s+(?:am\s*)?$", re.IGNORECASE),
    "jour", "actualis", "modifi", "aktualisiert", "ndert", "bearbeitet")

# "the police reported at 1:30 p.m. on Nov. 8", "the mayor said shortly after 9 a.m.": a verb of saying in the
# past right before a clock time, and the day after it; not "will announce at", "is to report at", where the
# saying is the event to come, nor a passive ("the shortlist is announced at 6 p.m."), which tells when it happens.
_REPORTED_AT_BEFORE = Gated(re.compile(
    r"(?<!\bbe )(?<!\bto )(?<!\bwill )(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"
    r"(?<!\bget )(?<!\bgets )\b(?:reported|said|announced|stated|confirmed|tweeted|wrote|told\s+\w+)"
    r"(?:\s+(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after)))?"
    r"(?:\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?)?(?:\s+on)?\s*$", re.IGNORECASE),
    "reported", "said", "announced", "stated", "confirmed", "tweeted", "wrote", "told")


def counted_to(before: str, kind: str = "day") -> bool:
    """Do the words right `before` a day or time say that a count or a text stood so then, or that a state of
    things was reported then?"""
    return _TALLY_BEFORE.search(before) is not None or _UPDATED_BEFORE.search(before) is not None \
        or (kind in ("time", "day") and _REPORTED_AT_BEFORE.search(before) is not None)


# "the operators recorded 4,100 crossings between", "1,250 cases were registered from", "ont enregistré 12 000
# entrées", "verzeichnete 800 Besucher": a verb of counting, then a few words, right before a span, with a number
# near (what was counted). (A number is asked for: "the band recorded its album between" counts nothing.)
_COUNTED_OVER = Gated(re.compile(
    r"\b(?:recorded|registered|counted|logged|tallied|enregistr[ée]e?s?|recens[ée]e?s?|comptabilis[ée]e?s?"
    r"|d[ée]nombr[ée]e?s?|registrierte[n]?|z[äa]hlte[n]?|verzeichnete[n]?)"
    r"(?P<gap>(?:\s+[^\s.;:!?]+){0,6}?)\s*$", re.IGNORECASE),
    "recorded", "registered", "counted", "logged", "tallied", "enregistr", "recens", "comptabilis", "nombr",
    "registrierte", "hlte", "verzeichnete")
_COUNT_REACH = 90  # "ont enregistré 365 000 déplacements en trottinette et à vélo entre le ..."


def counted_over(sentence: str, start: int) -> bool:
    """Do the words before a span at `start` say that a number was counted over it ("recorded 4,100 crossings
    between 2 May and 30 June")?"""
    window = sentence[max(0, start - _COUNT_REACH) : start]
    found = _COUNTED_OVER.search(window)
    # the number after the verb ("recorded 4,100 crossings") or just before it ("4,100 crossings were recorded")
    return found is not None and any(c.isdigit() for c in window[max(0, found.start() - 30) :])


# "The world population will reach seven billion on 31 October", "alcanzará los siete mil millones el 31 de octubre",
# "atteindra 8 milliards le 15 novembre": a count said to reach a level on a day, a milestone, no gathering. (The
# level is a large number, in figures or words: "reaches the final on Sunday" names no level.)
_REACHES_A_LEVEL = Gated(re.compile(
    r"\b(?:reach(?:es)?|hits?|pass(?:es)?|surpass(?:es)?|exceeds?|tops?|alcanzar[áa]n?|superar[áa]n?|atteindr(?:a|ont)"
    r"|dépassera|dépasseront|erreicht|erreichen|übersteigt|überschreitet)\b[^.;:!?]{0,40}?"
    r"\b(?:\d[\d,.\s]*|[a-zà-ü]+)\s*(?:billions?|millions?|thousands?|mil\s+millones|millones|milliards?|Milliarden?"
    r"|Millionen)\b[^.;:!?]{0,30}$", re.IGNORECASE),
    "reach", "hit", "pass", "surpass", "exceed", "top", "alcanzar", "superar", "atteindr", "dépasser", "erreich",
    "übersteigt", "überschreitet")


def reaches_a_level(before: str) -> bool:
    """Do the words right `before` a day say that a count reaches a level then (a milestone, no gathering)?"""
    return _REACHES_A_LEVEL.search(before) is not None
