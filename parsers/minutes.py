"""Minutes of a meeting: what they record was done; only what they tell as to come is an event. Pure.

    Minutes of proceedings: the 4431 meeting of Council      the title says the item is minutes
    The meeting was held at City Hall on Tuesday 18 March 2014 at 2pm.        recorded: no event
    The report of the Committee's meeting of 11 March 2014 was adopted.       recorded: no event
    The next meeting will be held on Tuesday 1 April 2014 at 2pm.             to come: an event
"""

from __future__ import annotations

import re

from parsers.findings import Finding
from parsers.tense import tells_what_is_to_come

# "Minutes of proceedings", "Minutes of the Board meeting", "Open minutes"; not "30 minutes' walk", "Ten minutes with".
# (Not "Minutes" alone: an item so titled may tell when minutes come out.)
# Abroad and in the UN's words, a numbered sitting's record: "Acta de la 1109ª sesión ordinaria ...", "Ata da 12ª
# reunião ...", "Procès-verbal de la 3e séance ...", "Summary record of the 5th meeting" (not "Acta final de la
# conferencia", a treaty's final act, nor "Record crowds at the 5th meeting").
_SITTING = r"(?:[\w.ªº-]+\s+){0,3}(?:sesi[óo]n|reuni[óo]n|sess[ãa]o|reuni[ãa]o|s[ée]ance|r[ée]union|meeting)\b"
_MINUTES_TITLE = re.compile(r"^(?:draft|open|confirmed|unconfirmed|approved)\s+minutes\b"
                            r"|\bminutes\s+of\s+(?:the\s+)?(?:proceedings|meeting|\w+\s+meeting)\b"
                            rf"|^(?:acta\s+de\s+la|ata\s+da|proc[èe]s-verbal\s+de\s+la|summary\s+record\s+of\s+the)\s+"
                            rf"{_SITTING}", re.IGNORECASE)
# A body's minutes titled with the day they record: "States Minutes, Tuesday 3rd February 2009", "Council Minutes -
# 7 March 2016", "Board minutes: March 7, 2016", "Minutes 12 May 2015" (the noun, then the day; not "30 minutes, 4
# June", "Ten Minutes with the Mayor, 4 June", a length).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATED_MINUTES = re.compile(
    r"(?<!\d\s)(?<!\b(?:ten|two|six|few)\s)(?<!\b(?:five|four|nine)\s)(?<!\b(?:three|seven|eight|forty"
    r"|fifty|sixty)\s)(?<!\b(?:thirty|twenty|ninety|eighty)\s)(?<!\bseventy\s)(?<!\b(?:fifteen|several)\s)"
    r"\bminutes\s*(?:[,:\u2013\u2014-]\s*|\s(?:of|for)\s+)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})",
    re.IGNORECASE)
_GATE = ("inutes", "cta ", "ta da ", "verbal", "record")


def records(title: str) -> bool:
    """Does the title say the item is the minutes of a meeting?"""
    return any(word in title for word in _GATE) and (_MINUTES_TITLE.search(title) is not None
                                                      or _DATED_MINUTES.search(title) is not None)


def keep_what_is_to_come(findings: list[Finding]) -> None:
    """Drop, in place, the findings of sentences that do not tell what is to come: in minutes, the past."""
    findings[:] = [f for f in findings if tells_what_is_to_come(f.text)]
