"""Counties and regions whose names other places share, read only after a town ("Truro, Cornwall", "Windsor,
Berkshire", "Motueka, Tasman"): there they say which country and clock the town keeps, as a state does after a
town ("Oak Ridge, Tennessee"). Alone, "Cornwall" may be the town in Ontario, "Norfolk" the city in Virginia and
"Nelson" a name, so the gazetteer does not hold them. Pure; data and its look-up only.
"""

from __future__ import annotations

import functools
import re

from parsers.placeindex import REGION, Place

# name, country code, zone: the counties of England, Scotland and Wales the region table leaves out for their
# namesakes abroad or their use as words and names, and the regions of New Zealand left out alike.
_AFTER_A_TOWN = """\
Cornwall	GB	Europe/London	United Kingdom
Devon	GB	Europe/London	United Kingdom
Somerset	GB	Europe/London	United Kingdom
Dorset	GB	Europe/London	United Kingdom
Hampshire	GB	Europe/London	United Kingdom
Berkshire	GB	Europe/London	United Kingdom
Surrey	GB	Europe/London	United Kingdom
Kent	GB	Europe/London	United Kingdom
Sussex	GB	Europe/London	United Kingdom
East Sussex	GB	Europe/London	United Kingdom
West Sussex	GB	Europe/London	United Kingdom
Essex	GB	Europe/London	United Kingdom
Suffolk	GB	Europe/London	United Kingdom
Norfolk	GB	Europe/London	United Kingdom
Middlesex	GB	Europe/London	United Kingdom
Rutland	GB	Europe/London	United Kingdom
Cheshire	GB	Europe/London	United Kingdom
Northumberland	GB	Europe/London	United Kingdom
Isle of Wight	GB	Europe/London	United Kingdom
Fife	GB	Europe/London	United Kingdom
Moray	GB	Europe/London	United Kingdom
Anglesey	GB	Europe/London	United Kingdom
Tasman	NZ	Pacific/Auckland	New Zealand
"""


@functools.cache
def regions_after_a_town() -> dict[str, Place]:
    """The regions read only after a town, by name."""
    table = {}
    for line in _AFTER_A_TOWN.splitlines():
        name, country, zone, country_name = line.split("\t")
        table[name] = Place(name, REGION, f"{name}, {country_name}", country, zone, True)
    return table


# ", Cornwall" and the like: a region of the table after a comma (the engine skips to the comma and space).
REGION_AFTER_A_TOWN = re.compile(
    r", (" + "|".join(sorted((re.escape(line.split("\t")[0]) for line in _AFTER_A_TOWN.splitlines()),
                             key=len, reverse=True)) + r")\b(?![-'’])")
