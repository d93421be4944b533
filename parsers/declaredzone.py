"""A line that gives one zone for the times below it ("All times are CET", "(UK time unless stated)", an
events site's "Asia/Riyadh timezone" under the dates). Pure."""

from __future__ import annotations

import re

from parsers import schedule
from parsers.datewords import OFFSET_LABEL, ZONE_LABELS
from parsers.zones import iana_name

# "All times are CET", "(all times local)", "Times are given in Brussels time": one zone for the list below. "All hours
# are Geneva time" says the same; a bare "hours" ("Opening hours are ...") does not, so "hours" needs its "all".
# ("Week overview (times: Central European Time, CET)", "Times: CET": the label after a colon, as a field gives it)
# Capitals only where they are a label the zone table knows: "Times: TBC", "(all times: TBA)", "Times: EU summit"
# declare no clock (read as a label, "TBC" had put an unknown zone on every row below).
_ALL_TIMES = re.compile(
    r"(?i:\b(?:(?:all\s+)?times|all\s+(?:the\s+)?hours)(?:\s*:\s*|\s+)(?:are\s+|is\s+)?"
    r"(?:given\s+|shown\s+|listed\s+|indicated\s+)?(?:in\s+)?)"
    r"(?P<label>(?i:local(?:\s+time)?)|" + OFFSET_LABEL
    + rf"|(?:{ZONE_LABELS})\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,3}}\s+[Tt]ime"
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


# "17時25分 桃園国際空港着(以下、台湾)", "9時30分(以下、現地時間) ... 面談(以下、香港)": a Japanese schedule's row
# that says the rows from it on happen in that land, after "以下は現地時間" (local time from here on) or with it: the
# land's clock, for this row and those below it, until another such mark ("(以下、日本時間)", Japan's clock again).
_HEREAFTER_LANDS = {
    "台湾": "Asia/Taipei", "臺灣": "Asia/Taipei", "台北": "Asia/Taipei", "韓国": "Asia/Seoul", "韓國": "Asia/Seoul",
    "ソウル": "Asia/Seoul", "中国": "Asia/Shanghai", "中國": "Asia/Shanghai", "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai", "香港": "Asia/Hong_Kong", "マカオ": "Asia/Macau", "澳門": "Asia/Macau",
    "シンガポール": "Asia/Singapore", "タイ": "Asia/Bangkok", "ベトナム": "Asia/Ho_Chi_Minh",
    "フィリピン": "Asia/Manila", "モンゴル": "Asia/Ulaanbaatar", "インド": "Asia/Kolkata",
    "英国": "Europe/London", "イギリス": "Europe/London", "フランス": "Europe/Paris", "ドイツ": "Europe/Berlin",
    "イタリア": "Europe/Rome", "日本": "Asia/Tokyo", "日本時間": "Asia/Tokyo",
}  # fmt: skip
_LANDS = "|".join(sorted(_HEREAFTER_LANDS, key=len, reverse=True))
_HEREAFTER = re.compile(r"[(（]\s*以下[、,，は]?\s*(?P<land>" + _LANDS + r")\s*[)）]")
# Only on a row that opens with its clock, or alone on its line: "（以下、英国）" after a country's long name in a
# sentence is the legal "hereinafter", a short name, no clock ("…連合王国（以下、英国）の首相と東京で会談")
_CLOCK_ROW = re.compile(r"\s*[0-2]?\d\s*(?:時|[:：])")


def declared_label(text: str) -> str | None:
    """The zone label the line declares for the times below it, else None."""
    hereafter = _HEREAFTER.search(text) if "以下" in text else None
    if hereafter is not None and (_CLOCK_ROW.match(text) or hereafter.group().strip() == text.strip()):
        return _HEREAFTER_LANDS[hereafter.group("land")]
    declared = _ALL_TIMES.search(text) if "imes " in text or "ours " in text or "imes:" in text else None
    declared = declared or schedule.TIME_COLUMN.search(text)
    declared = declared or (_UNLESS_STATED.search(text) if "unless" in text else None)
    declared = declared or (_LIST_CLOCK.search(text) if text.rstrip().endswith(":") else None)
    declared = declared or (_CAPTION_CLOCK.match(text) if text.rstrip(" :").endswith(")") else None)
    if declared:
        region = declared.groupdict().get("region")
        return f"{region} Time" if region else declared.group("label")
    header = _ZONE_HEADER.match(text) if "/" in text else None
    return header.group("label") if header and iana_name(header.group("label")) else None
