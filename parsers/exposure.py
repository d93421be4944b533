"""An exposure notice: the places and hours where people may have met an infection, which are no events. Pure.

    "Anyone who visited the clothing store ... was potentially exposed ... between the hours of 10 a.m. to 6 p.m.
    Tuesday, March 10", "passengers who travelled on the 7:15 a.m. ferry on Monday, May 4, may have been exposed to
    measles": a health office tells who should watch for symptoms or stay home; the visit, the service or the flight
    it names happened, and is not announced.
"""

from __future__ import annotations

import re

# who was there: "anyone who visited", "people who attended", "passengers who travelled on"
_WHO_WAS_THERE = re.compile(
    r"\b(?:anyone|anybody|everyone|people|persons|those|individuals|visitors|customers|patrons|passengers|travell?ers"
    r"|worshippers|guests|residents|staff|students|members\s+of\s+the\s+public)\s+who\s+(?:had\s+)?"
    r"(?:visited|attended|went\s+to|was\s+at|were\s+at|was\s+in|were\s+in|shopped|dined|ate|stayed|worked|travell?ed"
    r"|flew|rode|boarded|took)\b")
# what it means for them: exposed, or told to watch for symptoms, to isolate or to get tested
_AT_RISK = re.compile(
    r"\b(?:(?:potentially|possibly|may\s+have\s+been|might\s+have\s+been|could\s+have\s+been|were|was)\s+exposed"
    r"|exposure|self[- ]?(?:quarantine|isolate|isolation|monitor)|quarantine|monitor\s+(?:themselves\s+)?for\s+symptoms"
    r"|watch\s+for\s+symptoms|get\s+tested|be\s+tested)\b")


def exposure_notice(sentence: str) -> bool:
    """Does `sentence` (lower-cased) name where and when people may have been exposed to an infection?"""
    return "who" in sentence and _WHO_WAS_THERE.search(sentence) is not None and _AT_RISK.search(sentence) is not None
