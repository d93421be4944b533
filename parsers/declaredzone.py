"""A line that gives one zone for the times below it ("All times are CET", "(UK time unless stated)", an
events site's "Asia/Riyadh timezone" under the dates). Pure."""

from __future__ import annotations

import re

from parsers import schedule
from parsers.datewords import OFFSET_LABEL, ZONE_LABELS
from parsers.zones import iana_name

# "All times are CET", "(all times local)", "Times are given in Brussels time": one zone for the list below. "All hours
# are Geneva time" says the same; a bare "hours" ("Opening hours are ...") does not, so "hours" needs its "all".
_ALL_TIMES = re.compile(
    r"(?i:\b(?:(?:all\s+)?times|all\s+(?:the\s+)?hours)\s+(?:are\s+|is\s+)?"
    r"(?:given\s+|shown\s+|listed\s+|indicated\s+)?(?:in\s+)?)"
    r"(?P<label>(?i:local(?:\s+time)?)|" + OFFSET_LABEL
    + r"|[A-Z]{2,4}(?:/[A-Z]{3,4})?\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Tt]ime"
    r"|(?P<region>Eastern|Central|Mountain|Pacific)\b(?!\s[A-Z]))"  # "(all times Eastern)": the region's clock
)

# "Today's order of play (UK time unless stated)", "(CET unless otherwise noted)": the zone of the list below.
_UNLESS_STATED = re.compile(r"\(\s*(?P<label>" + OFFSET_LABEL
                            + r"|[A-Z]{2,4}(?:\s+[Tt]ime)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[Tt]ime)"
                            r",?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|shown|specified)\s*\)")

# "... public dialogues on the following dates at Geneva time:": the line that opens a list names the clock of all
# of it, once; only a town's or a land's "... time" at the very end, before the colon, so a row's own "at 10:00" or
# a sentence's "in good time" is no declaration.
_LIST_CLOCK = re.compile(r"\b(?:at|in)\s+(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s+[Tt]ime)\s*:\s*$")

# "Briefings this week (Geneva time):", "Programme (CEST)": a caption with no clock of its own, closed by the
# clock's label in brackets, names the clock of the rows below it.
# ("Programme (local time, Tokyo UTC+9):": the label after the words "local time" and the town it is the clock of)
_CAPTION_CLOCK = re.compile(rf"^[^\d()]*\(\s*(?:(?i:local)(?:\s+(?i:time))?\s*,\s*(?:[A-Z][a-z]+\s*,?\s+)?)?"
                            rf"(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}\s+[Tt]ime"
                            rf"|{OFFSET_LABEL}|{ZONE_LABELS})\s*\)\s*:?\s*$")

# "28–31 Oct 2024" / "Asia/Riyadh timezone": a conference site's header names the IANA zone of its times.
_ZONE_HEADER = re.compile(r"^\W*(?P<label>[A-Z][a-z]+/[A-Z][A-Za-z_-]+(?:/[A-Z][A-Za-z_-]+)?)\s+(?i:time\s?zone)\W*$")


def declared_label(text: str) -> str | None:
    """The zone label the line declares for the times below it, else None."""
    declared = _ALL_TIMES.search(text) if "imes " in text or "ours " in text else None
    declared = declared or schedule.TIME_COLUMN.search(text)
    declared = declared or (_UNLESS_STATED.search(text) if "unless" in text else None)
    declared = declared or (_LIST_CLOCK.search(text) if text.rstrip().endswith(":") else None)
    declared = declared or (_CAPTION_CLOCK.match(text) if text.rstrip(" :").endswith(")") else None)
    if declared:
        region = declared.groupdict().get("region")
        return f"{region} Time" if region else declared.group("label")
    header = _ZONE_HEADER.match(text) if "/" in text else None
    return header.group("label") if header and iana_name(header.group("label")) else None
