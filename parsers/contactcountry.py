"""The country an item's contact lines put its body in: the web and mail addresses it gives ("press@borough.gov.uk",
"www.health.govt.nz") and its telephone numbers' country codes ("+44 20 ...", "+254 20 ..."). Pure.

A careful reader of a notice that names no place at all ("The board meets on Tuesday at 10am", then "Contact:
+353 1 ...") takes its times on the clock of the country its contacts are in, rather than the calendar's. Only
where every such cue names the same country, and it keeps one clock: "+1" serves a continent of clocks, and a
".com" or ".org" says nothing.
"""

from __future__ import annotations

import re

from parsers.placeindex import Place
from parsers.sitecountry import country_of_code, domain_country

# A host name after "@", "www." or a scheme: its last label is the country's code where it has one.
_HOST = re.compile(r"(?:@|\bwww\.|https?://)((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
# "+44 20 7946 0000", "+254-20-...", "(+353) 1 ...": an international number's country code.
_PHONE = re.compile(r"(?:\(\s*)?\+\s?(\d{1,3})(?=[\s().-]*\d)")
# Calling codes of countries of one clock (those of several, "+1", "+7", "+61", say nothing and are left out).
_CALLING = {
    "20": "eg", "27": "za", "30": "gr", "31": "nl", "32": "be", "33": "fr", "36": "hu", "39": "it", "40": "ro",
    "41": "ch", "43": "at", "44": "gb", "45": "dk", "46": "se", "47": "no", "48": "pl", "49": "de", "60": "my",
    "63": "ph", "64": "nz", "65": "sg", "66": "th", "81": "jp", "82": "kr", "84": "vn", "86": "cn", "90": "tr",
    "91": "in", "92": "pk", "94": "lk", "212": "ma", "216": "tn", "221": "sn", "225": "ci", "233": "gh",
    "234": "ng", "237": "cm", "250": "rw", "251": "et", "254": "ke", "255": "tz", "256": "ug", "260": "zm",
    "263": "zw", "264": "na", "265": "mw", "267": "bw", "351": "pt", "352": "lu", "353": "ie", "354": "is",
    "356": "mt", "357": "cy", "358": "fi", "359": "bg", "370": "lt", "371": "lv", "372": "ee", "380": "ua",
    "385": "hr", "386": "si", "420": "cz", "421": "sk", "852": "hk", "880": "bd", "886": "tw", "961": "lb",
    "962": "jo", "965": "kw", "966": "sa", "971": "ae", "972": "il", "974": "qa", "977": "np",
}  # fmt: skip


def contact_country(body: str) -> Place | None:
    """The one country of a single clock that the item's addresses and telephone numbers all name, else None."""
    if "@" not in body and "www." not in body and "://" not in body and "+" not in body:
        return None
    found: dict[str, Place] = {}
    for host in _HOST.finditer(body):
        place = domain_country(host.group(1))
        if place is not None:
            found[place.name] = place
    for phone in _PHONE.finditer(body):
        code = _CALLING.get(phone.group(1))
        place = country_of_code(code) if code else None
        if place is not None:
            found[place.name] = place
    return next(iter(found.values())) if len(found) == 1 else None
