"""Hindi and Nepali notices in Devanagari: a day "28 अक्टूबर" (its weekday in brackets), an hour before "बजे" with the
word for its part of the day ("सुबह 10 बजे", "शाम 4 बजे"), a fraction of the hour ("सवा १२ बजे" is 12:15, "पौने 5
बजे" 4:45) and Devanagari's figures (world-hundredsecond 9 and 14). Nothing of either script was read before. A
paper's dateline with its bureau in brackets names the day the story was filed. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
NEPAL = dt.timezone(dt.timedelta(hours=5, minutes=45))

HINDI = """राज्य मंत्रिमंडल की बैठक कल

Source: Example State Government, India

लखनऊ 11 मार्च 2031 (समाचार ब्यूरो ) : राज्य मंत्रिमंडल की बैठक कल, 12 मार्च (बुधवार) को लखनऊ में शाम 4 बजे होगी।
"""

NEPALI = """राष्ट्र बैंकले आज नीति सार्वजनिक गर्दै

Source: Example Bank of Nepal

14 March 2031

काठमाडौं । बैंकले आज शुक्रबार मध्याह्न सवा १२ बजे काठमाडौंमा आफ्नो नीति सार्वजनिक गर्नेछ ।
"""


@pytest.mark.parametrize(("text", "start"), [
    (HINDI, dt.datetime(2031, 3, 12, 16, 0, tzinfo=IST)),
    (NEPALI, dt.datetime(2031, 3, 14, 12, 15, tzinfo=NEPAL)),
])
def test_the_day_and_the_hour_before_baje(text: str, start: dt.datetime) -> None:
    events = extract(text, source="t", reference=dt.date(2033, 1, 10)).events
    assert [e.start for e in events] == [start]


@pytest.mark.parametrize(("words", "clock"), [
    ("सुबह 10 बजे", dt.time(10, 0)),
    ("दोपहर 2 बजे", dt.time(14, 0)),
    ("शाम 4:30 बजे", dt.time(16, 30)),
    ("साढ़े 3 बजे", dt.time(3, 30)),
    ("पौने 5 बजे", dt.time(4, 45)),
    ("मध्याह्न सवा १२ बजे", dt.time(12, 15)),
    # (the formal words of the evening and the night, and Nepali's afternoon)
    ("सायं 5 बजे", dt.time(17, 0)),
    ("सायंकाल 6 बजे", dt.time(18, 0)),
    ("रात्रि 8 बजे", dt.time(20, 0)),
    ("दिउँसो २ बजे", dt.time(14, 0)),
    ("दिन में 2 बजे", dt.time(14, 0)),
    ("रात 1 बजे", dt.time(1, 0)),
    ("रात 12 बजे", dt.time(0, 0)),
])
def test_the_hour_its_part_of_the_day_and_its_fraction(words: str, clock: dt.time) -> None:
    assert [m.time for m in find_mentions(f"बैठक {words} शुरू होगी।") if m.kind == "time"] == [clock]


def test_devanagari_figures_and_a_weekday_in_brackets() -> None:
    days = [m.first for m in find_mentions("बैठक २६ जुलाई २०३१ और 28 अक्टूबर (मंगलवार) को होगी।") if m.kind == "day"]
    assert [(d.day, d.month, d.year, d.weekday) for d in days if d] == [(26, 7, 2031, None), (28, 10, None, 1)]
