"""Days that bound a state, not a happening: the day a standing rule, price or supply begins, the days an office is
held for, and the days participants are told to travel on. Pure.

    rule     "Starting from 21 July, ... at 14:15", "as of 1 March", "from 3 June onwards", "new fares apply from",
             "tickets are available from Thursday 8th April"
    term     "the Presidency runs from 1 July 2024 to 30 June 2025", "he leaves office on 3 July", "Council Members
             serve two years, from April 1, 2017 to March 31, 2019"
    travel   "Media may arrive from 31 August and should leave on 3 September"
"""

from __future__ import annotations

import re

from parsers import extent, recurring
from parsers.dates import Mention

_REACH = 40  # characters before a mention where its preposition stands

# "Starting from 21 July, the decisions come out at 14:15", "as of 1 January", "with effect from Monday",
# "from 3 June onwards": the day a standing rule or state begins; the times that go with it are the rule's.
# ("Valid from 1 March, the new fares apply", "in force as of Monday", "the law will take effect on 1 July", "comes
# into force on 1 April": a rule's first day too)
_STATE_BEFORE = re.compile(r"\b(?:starting\s+(?:from|as\s+of)|as\s+(?:of|from)|with\s+effect\s+(?:from|as\s+of)"
                           r"|effective\s+(?:from|as\s+of)?|(?:valid|applicable|in\s+(?:force|effect))\s+(?:from|as\s+of)"
                           # "a warning is in force from 06:00 on Thursday": with the hour it begins at
                           r"|(?:valid|in\s+(?:force|effect))\s+from\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+on)?"
                           r"|(?:(?:take|takes|taking)\s+effect|(?:come|comes|coming|enter|enters|entering|go|goes|going)"
                           r"\s+into\s+(?:force|effect)|(?:become|becomes)\s+effective)(?:\s+(?:on|from|as\s+of))?|from"
                           # "the measures below begin at 5 a.m. on Tuesday", "the restrictions will start at midnight
                           # on": the day an order's measures begin, with the hour they begin at (a curfew, a closure)
                           r"|\b(?P<order>measures|restrictions|rules|regulations|curfews?|orders?|provisions|lockdown)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:begin|begins|start|starts|apply|applies|(?:take|takes)\s+effect)"
                           r"(?:\s+at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h(?:rs)?)?|midnight|noon))?"
                           r"(?:\s+(?:on|from|as\s+of))?"
                           # "From today, 12 March, residents can ...", "Desde hoy, 12 de marzo,", "A partir de hoy,",
                           # "Dès aujourd'hui,", "Da oggi,": the day of the item, said as the first of a state
                           r"|(?:from|starting|as\s+of)\s+today|desde\s+(?:hoy|hoje)|a\s+partir\s+de\s+(?:hoy|hoje)"
                           r"|(?:à\s+partir|dès)\s+(?:d['’]\s?)?aujourd['’]\s?hui|(?:a\s+partire\s+)?da\s+oggi)"
                           r"\s*,?\s*$",
                           re.IGNORECASE)
# "hearings will no longer be hybrid, starting on Monday, August 7": a practice that stops from that day on (not
# "the festival runs for three days, starting on Friday", whose first day it is).
_TALKS = re.compile(r"\b(?:talks|negotiations|discussions|consultations|debates?|hearings?|meetings?|conferences?"
                    r"|seminars?|workshops?|sessions?)\b", re.IGNORECASE)
_STARTING_ON = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_NO_LONGER = re.compile(r"\b(?:no\s+longer|(?:will|to)\s+(?:stop|cease|end)|discontinu\w*)\b", re.IGNORECASE)
_ONWARDS_AFTER = re.compile(r"^\s*(?:onwards?\b|on\s*(?:[,.;]|$))", re.IGNORECASE)


def state_start(sentence: str, mention: Mention) -> bool:
    """The day a standing rule begins ("Starting from 21 July", "as of Monday", "from 3 June onwards")."""
    if mention.kind not in ("day", "weekday"):
        return False
    before = sentence[max(0, mention.start - _REACH) : mention.start]
    found = _STATE_BEFORE.search(before)
    if found is not None and found.group("order") and _TALKS.search(sentence, 0, mention.start):
        return False  # "Talks on the new trade rules begin on Monday": the talks begin, a happening
    if found is None:
        return _STARTING_ON.search(before) is not None and _NO_LONGER.search(sentence) is not None
    if extent.counted_just_before(sentence[: mention.start - len(before) + found.start()]):
        return False  # "A three-day programme starting from Nov 22": the first of the days counted, a happening
    plain_from = found.group().strip().lower() == "from"
    # ("From 14 June it will also open on Mondays": from then on, any such day)
    return not plain_from or _ONWARDS_AFTER.match(sentence[mention.end :]) is not None \
        or _PRICE_CHANGE.search(sentence, 0, mention.start) is not None \
        or _AVAILABLE.search(sentence, 0, mention.start) is not None \
        or recurring.recurring(sentence[mention.end :].lower())


# "asked to raise its non-tariff charges from September 1", "new fares apply from 1 April": a price's change from a
# day is a state that begins then, like "from 3 June onwards".
_PRICE_CHANGE = re.compile(
    r"\b(?:rais|increas|hik|cut|reduc|lower|revis|appl|ris|go(?:es)?\s+up|go(?:es)?\s+down)\w*\s+(?:[\w-]+\s+){0,4}?"
    r"(?:charges|fares|tariffs?|prices|rates|fees|tolls|premiums)\b"
    # ("The new rules apply from 1 February": a rule's first day, as a price's is)
    r"|\b(?:charges|fares|tariffs?|prices|rates|fees|tolls|premiums|rules|regulations|restrictions|requirements"
    r"|guidelines)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rise|go\s+up|go\s+down|apply|change|increase|fall)\b", re.IGNORECASE)

# "Tickets are available at the office from Thursday 8th April", "seats go on sale from 1 May", "race numbers can be
# collected from Wednesday", "the office hands the tickets out from Monday": the day a supply opens, from then on;
# no event, and no day for the times of the schedule around it (within the clause: not "Tickets are available online,
# and the festival runs from Friday")
_AVAILABLE = re.compile(r"\b(?:available|on\s+sale|collected|picked\s+up|issued|distributed"
                        r"|hand(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,3}?out)\b(?:(?!\band\b|\bbut\b)[^.;:!?,])*$",
                        re.IGNORECASE)


# "The Presidency runs from 1 July 2024 to 30 June 2025", "its term ends on 30 June": the days an office is held
# for, told by the office's word and a verb of its lasting, are no event (the meetings held in it are).
_TERM_BEFORE = re.compile(r"\b(?:presidency|chairmanship|chairship|term|mandate|tenure)\b[^.;:]{0,40}?"
                          r"\b(?:runs?|ran|lasts?|ends?|ended|expires?)\s+(?:on\s+|from\s+|until\s+)?$", re.IGNORECASE)


# "Council Members serve two years, from April 1, 2017 to March 31, 2019", "members sit for a three-year term from":
# the days the holders of an office serve, told by the verb of serving and the length of the term, no event either
# (not "volunteers serve meals from 9 May": a term is counted in years or months)
_SERVE_BEFORE = re.compile(r"\b(?:serves?|served|serving|sits?|sitting)\s+(?:for\s+)?(?:a\s+|an\s+)?(?:[\w]+[\s-]+)?"
                           r"(?:years?|months?|(?:year|month)\s+terms?|terms?)\b,?\s+(?:(?:from|until|till|through)\s+)?$",
                           re.IGNORECASE)


# "He leaves office on 3 July", "she steps down on 30 June": the day a holder's term ends, no event either.
_LEAVES_BEFORE = re.compile(r"\b(?:(?:leaves?|leaving|left)\s+(?:office|(?:his|her|their)\s+post)"
                            r"|(?:steps?|stepping|stepped|stands?|standing|stood)\s+down)\b[^.;:]{0,40}?"
                            r"\b(?:on|from|as\s+of|with\s+effect\s+from)\s+$", re.IGNORECASE)


# "Media may arrive from 31 August and should leave on 3 September", "delegates are asked to depart by 6 May": the
# days participants are told to travel on are logistics, not events (not "The President arrives in Accra on 3 June").
# ("The President is expected to arrive in Accra on 3 June" is news of a visit: "expected" only of those told to)
_TRAVEL_BEFORE = re.compile(r"\b(?:may|should|must|can|(?:are|is)\s+(?:invited|requested|asked|advised)\s+to"
                            r"|(?:participants|delegates|delegations|media|journalists|guests|attendees|visitors)"
                            r"\s+are\s+expected\s+to)"
                            r"\s+(?:arrive|depart|leave|check\s+(?:in|out))\b[^.;:]{0,30}?"
                            r"\b(?:on|from|by|before|after|until)\s+$", re.IGNORECASE)


def travel_day(sentence: str, mention: Mention) -> bool:
    """A day participants are told they may or should arrive or leave on."""
    return mention.kind in ("day", "span") and \
        _TRAVEL_BEFORE.search(sentence, max(0, mention.start - _REACH - 20), mention.start) is not None


def office_term(sentence: str, mention: Mention) -> bool:
    """A day or span that bounds an office's term ("the Presidency runs from ...", "its term ends on ...", "he
    leaves office on ...")."""
    before = max(0, mention.start - _REACH)
    return mention.kind in ("day", "span") and (_TERM_BEFORE.search(sentence, before, mention.start) is not None
                                                or _LEAVES_BEFORE.search(sentence, before, mention.start) is not None
                                                or _SERVE_BEFORE.search(sentence, before, mention.start) is not None)
