"""The forms of clock times in the date and time grammar, and the grammar itself: `GRAMMAR`, the date forms of
dateforms.py and these as one regular expression (and `GLUED`, a time glued to the word before it). Pure.
"""

from __future__ import annotations

import re

from parsers.clock import AMPM as _AMPM
from parsers.dateforms import DATE_FORMS, WEEKDAY
from parsers.dateforms import group as _g
from parsers.datewords import LONG_ZONE_LABELS, ZONE_LABELS
from parsers.mentions import HOUR_NUMBER as _HOUR

# "10:30 horas" after a Spanish date; "9:00 Hs-", "16.30 hs:", the River Plate's short "horas" of agenda rows
_HRS = r"(?:hrs|hours|HRS|HOURS|Hrs|Hours|horas|Horas|HORAS|hs|Hs|HS)\b"
# Words around "1500 hours" that make it a count of hours, not the wire's clock: "1500 hours a year", "2000 hours of
# service", "more than 1000 hours" (a count per day, week or month would pass the hours these have: it is a clock;
# "1500 hours of March 5", "1100 hours of the same day", "as of 0600 hours" are clocks).
_COUNTED = (r"(?:[’']|\s+(?:(?:a|an|per|each|every)\s+(?:year|annum)|of\s+(?!(?:the|that|this|each|every)\b)[a-z]"
            r"|annually|yearly|in\s+total|worth)\b)")
_NOT_A_COUNT_BEFORE = "(?=[012]\\d{3})" + "".join(f"(?<!{w} )" for w in ("more than", "less than", "nearly", "Nearly",
                                                                            "almost", "Almost", "total", "some", "Some",
                                                                            "over", "Over"))
# "10: 45 a. m." (a space after the colon), "14 h 45", "15 h" and "10H00" (French style): forms seen in the wild.
# "10:29:14 p.m. EDT", "14:32:10 UTC": a launch's second, where a zone follows; a race's "2:05:37" and a page's
# "last revised ..., 04:22:05 PM" name none.
# A scheduler's "19:30:00", "09:00:00" (two-figure hour, seconds of nought: no race's "2:05:00" nor a page's stamp to
# the second) is its clock too; not "00:00:00", the placeholder of a date with no time ("30/01/2013 00:00:00"), nor
# after a date of figures ("03/05/2027 09:00:00", "2027-05-03 10:00:00"): a system's stamp of when a page was written.
_SECONDS = (rf"(?::[0-5]\d(?=\s*(?:{_AMPM}\s*)?\(?\s*(?:{ZONE_LABELS})\b|\s*(?:{_AMPM}\s*)?[Ll]ocal\s)"
            r"|(?<=(?<![\d:])[012]\d:[0-5]\d)(?<!00:00)(?<!\d[/.-]\d{4} \d\d:\d\d)(?<![/.-]\d\d \d\d:\d\d):00"
            r"(?![:.,]?\d))?")
# ("10:00H", "11:00 hrs. local time": the hour's letter, and the abbreviation's dot before the clock's name)
_CLOCK_TIME = (rf"(?:{_HOUR}(?:(?::\s?|[.h])[0-5]\d{_SECONDS})?\s*{_AMPM}|{_HOUR}[:.hH][0-5]\d{_SECONDS}"
               # ("12:00 noon Beijing time": the hour said twice, the zone after both; "12.00noon-8.00pm": glued)
               rf"(?:\s*(?:{_HRS}(?:\.(?=\s+(?:[Ll]ocal\s+time|\(?[A-Z]{{2,5}}\b)))?|h\b)|H\b(?!\.)"
               r"|(?<=12[:.]00)\s?(?:noon|midday)\b)?"
               rf"|{_HOUR} h [0-5]\d\b|{_HOUR} h(?= \|? ?[A-Z])"
               # "Hora: 18h30min", "às 9h30min", "às 15h30m": Brazil's clock with its minutes' "min" (or "m") glued
               # on, after the word or field that makes it a clock (a while is "1h30min de duração"), or opening a
               # programme's row before its dash ("15h30m – Cerimônia Militar")
               r"|(?:(?<=às )|(?<=Às )|(?<=as )|(?<=das )|(?<=Das )|(?<=[Hh]ora: )|(?<=[Hh]orário: )|(?<=HORA: ))"
               rf"{_HOUR}h[0-5]\dm(?:in)?\b"
               rf"|(?<![^\n])(?<![\w.]){_HOUR}h[0-5]\dm(?:in)?(?=\s*[-–—]\s)"
               rf"|{_HOUR}h(?=\s*[-–—:]\s|\s\(?(?:{ZONE_LABELS})\b)"
               # wire: "0600 GMT", "1130GMT" (glued, as some wires' diaries write it); forces: "0930 Zulu"
               # (not a count of hours: "capped at 1500 hours a year", "more than 2000 hours of service")
               rf"|{_NOT_A_COUNT_BEFORE}(?:[01]\d|2[0-3])[0-5]\d\s*{_HRS}(?!{_COUNTED})"
               rf"|(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|UTC|Zulu|ZULU)\b)"
               # "09 00 hrs", "17 30 hrs": hour and minutes of the 24-hour clock parted by a space, before the word
               # that says clock (as Mauritius's and some Commonwealth releases write it)
               # ("from 09 00 to 17 30 hrs": the range's start, the word said once at its end)
               rf"|(?:[01]\d|2[0-3]) [0-5]\d"
               rf"(?:\s*{_HRS}|(?=\s*(?:-|–|—|to|until)\s*(?:[01]\d|2[0-3]) [0-5]\d\s*{_HRS}))"
               # aviation: "0900L", the local hour (as a notice to airmen writes it), where a range, punctuation, a
               # line's end or a day follows (never "a 1000L tank")
               r"|(?:[01]\d|2[0-3])[0-5]\dL(?=[ \t]*(?:[-–]|and\b|to\b|until\b|[.,;)]|\r?\n|$|[A-Z][a-z]+day\b))"
               # the end of a range of such figures written once with its clock's label ("1300-1430 EST")
               rf"|(?<=\d\d[0-5]\d[-–])(?:[01]\d|2[0-3])[0-5]\d(?=\s(?:{LONG_ZONE_LABELS})\b)"
               # "16-00 hours", "12-00 noon": a dash between hour and minutes, only before the word that says clock
               rf"|{_HOUR}-[0-5]\d(?=\s*(?:{_HRS}|noon\b))(?:\s*(?:{_HRS}|noon\b))"
               # "14´30 horas", "10'30 h.": an acute accent or an apostrophe between hour and minutes, as Spanish
               # town halls type it, only before the word that says clock (never a year's "'30" or a minute's mark)
               rf"|{_HOUR}[´'’][0-5]\d(?=\s*(?:{_HRS}|h\b))(?:\s*(?:{_HRS}|h\b))"
               # "730AM", "1030PM": hour and minutes run together and glued to am/pm ("620 AM" is a radio's
               # frequency); "12NN", "12 nn": noon, as Manila writes it
               # (not in a code: "form 1130AM-B")
               rf"|(?:1[0-2]|0?[1-9])[0-5]\d{_AMPM}(?![-/]\w)|12\s?(?:NN|nn)\b"
               r"|(?:12\s*)?noon|midday|midnight"
               # "Noon –" opening a row; "Tuesday, March 3, Noon" ending a line; "at Noon"; "Noon ET Thursday:",
               # "Noon Friday –": the clock, where a name ("Dr. Lena Noon") never stands
               r"|(?:Noon|Midday|Midnight)(?=\s*(?:[-–—:,(]|to\b|until\b|$)|[ \t]*(?m:$)"
               r"|\s(?:[ECMP][SD]?T|GMT|UTC|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
               r"|(?<=\b[Aa]t )(?:Noon|Midday|Midnight)\b"
               # "at 10 hours", "at 15 hrs": a whole hour as Spanish and Portuguese say it ("a las 10 horas"),
               # after "at" only ("for 10 hours" is a while; "at 24 hours' notice", "at 2 hours before" too)
               rf"|(?<=\b[Aa]t ){_HOUR}\s{_HRS}(?![’']|\s+(?:notice|of|before|after|earlier|later|prior|ahead)\b))")
# A number followed by a unit is a quantity, not a time: "1.13MB" is a file size, "2.5 km" a distance.
# (A recipe's nutrition table: "Eiweiß 5.71g 6.14g", "Fett 20.32 g"; a price "6.14€".)
_NOT_A_TIME = (r"(?!\s*(?:%|per\s?cent|percent|million|billion|bn\b|km|kg|m\b|tonnes|euro|EUR|USD|dollars"
               r"|g\b|mg\b|ml\b|kcal\b|kJ\b|cm\b|mm\b|€"
               r"|[kKMGT]i?B\b|[kKMG]b\b|[kKMG]bytes?\b|bytes?\b|pages?\b"
               # "in 3:41 Minuten", "a 2:05 min run": a duration, not a clock time
               r"|min\b|mins\b|minutes?\b|[Mm]inuten\b|secs?\b|seconds?\b|[Ss]ekunden\b)|[.,:]?\d"
               # "(12.11.)", "am 4.11., ...": day and month with their closing dot, as German writes a date
               r"|\.[),]"
               # "from 11.26-12.1": month.day to month.day, as East Asian texts write a trip; no clock ends at "12.1"
               r"|\s?[-–]\s?\d\d?\.\d(?![\d:.]))")
# A part of a law or a document ("Title 3.36", "Section 10.30"), or a German result after "eine" ("eine 3:41 läuft").
# A software's release after its name or the word for a version ("OS X 10.10", "macOS 10.15", "Version 10.30",
# "Android 12.10"): a tech news item's lead made an event at 10:10 of "nun auch für OS X 10.10 verfügbar".
_NOT_A_PART = "".join(f"(?<!{w} )" for w in ("Title Section Sections Chapter Article Art. Sec. Rule Paragraph § §§ "
                                              "Item Clause eine einer einen Eine Einer Einen "
                                              "Version version Versión versión Versione versione Versie versie "
                                              "macOS iOS iPadOS watchOS tvOS Android Windows Ubuntu "
                                              "Firefox Chrome Python Firmware Kernel").split() + ["OS X"])
# Words that make "X time" a part of a day or of a sitting, not a clock: "Question Time", "Free time", "Lunch time".
_NOT_A_CLOCK = (r"(?:Question|Free|Lunch|Tea|Coffee|Prime|Screen|Story|Play|Half|Extra|Full|Injury|Quiet|Family"
                r"|Reading|Speaking|Break|Travel|Show|Closing|Opening|Start|Starting|Arrival|Departure|Registration"
                r"|Dinner|Game|Prayer|Private|Members|Member|Down|Bed|Nap|Supper|Meal|Social|Study)\s")
# "GMT+8", "UTC/GMT +5:30" (both names of the clock, as some releases write them)
# ("5 p.m. local (2200 GMT)": "local" alone, before the same moment on another clock, as wires write it)
_ZONE_LABEL = (r"(?:(?:UTC|GMT)\s?/\s?)?(?:UTC|GMT)\s?[+−-]\s?\d\d?(?::?\d\d)?|" + ZONE_LABELS + r"|[Ll]ocal\s+time"
               r"|[Ll]ocal(?=\s\((?=[^()]{0,20}\d))"
               # "Geneva time", "Eastern Time"; not what an agenda's row names ("2:00pm Question Time", "Free time")
               # ("Bogotá time", "Zürich time": a town's name may carry an accent)
               r"|(?!" + _NOT_A_CLOCK + r")[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+){0,3}\s+[Tt]ime"
               # "5:00 a.m. Singapore local time": the town's clock said to be the local one there (not "(The Hague
               # local time)", read as before: the local time of the place)
               r"|(?!" + _NOT_A_CLOCK + r"|The\b)[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+){0,2}\s+local\s+[Tt]ime"
               r"|[A-Z]{2,3}\s+time"  # "UK time": a country's initials
               # "8:30 a.m. E.T.": North America's clock letters with dots, as wire copy writes them (the last
               # dot stays outside, where it may end the sentence)
               r"|[ECMP]\.(?:[SD]\.)?T(?=\.)"
               # "8:15 central time": the North American clocks, in lower case as news copy writes them
               r"|(?:eastern|central|mountain|pacific)(?:\s(?:standard|daylight))?\s+time"
               # "10:00 a.m. Japan standard time": a country's clock, its kind in lower case
               r"|[A-Z][a-z]+\s(?:standard|daylight|summer)\s+time"
               # "2 p.m. Eastern on June 10": a North American clock's name alone, where the sentence goes on
               # with a day, a place or punctuation (never "10 a.m. Pacific Islands Forum", "Central Bank"), or at the
               # end of its line or before a card's next field ("10:00 a.m. Central" / "WHERE: Online")
               r"|(?:[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific)"
               # ... or an aside of the time on another clock ("11 a.m. Eastern (4 p.m. GMT)", "9 a.m. Pacific / 12 ET")
               r"(?=\s*(?:[,;)]|\.(?!\w)|$|\n)|\s(?:on|at|in|and)\b|\s+[A-Z][A-Za-z]{1,15}\s?:|\s\((?=[^()]{0,20}\d)"
               r"|\s?/\s?\d)")


_RANGE_START = (_CLOCK_TIME
                # "15. 00 – 16.00": a stray space after the start's dot, where an end with its minutes follows
                + "|" + _HOUR + r"\.\s[0-5]\d(?=\s*[-–]\s*" + _HOUR + r"[.:][0-5]\d)"
                + "|" + _HOUR + r"(?::\s?[0-5]\d)?"  # "9: 30 – 10: 30 a. m.", "from 2-6 p.m."
                # "0930-1030 hrs", "from 0930 to 1100 hours", "1400-1530 GMT": a military or wire start whose "hrs"
                # or clock is written once, after the end
                + r"|(?:[01]\d|2[0-3])[0-5]\d(?=(?:\s?[-–]\s?|\s+to\s+)(?:[01]\d|2[0-3])[0-5]\d"
                + rf"(?:\s*{_HRS}|\s(?:GMT|UTC)\b))"
                # "1300-1430 EST": so with another clock's label (not "2019-2020 EST", two years)
                + r"|(?!(?:19|20)\d\d-(?:19|20)\d\d)(?:[01]\d|2[0-3])[0-5]\d(?=[-–](?:[01]\d|2[0-3])[0-5]\d"
                + rf"\s(?:{LONG_ZONE_LABELS})\b)"
                # "730-1130AM": a run-together start whose am/pm is written once, after the run-together end
                + rf"|(?:1[0-2]|0?[1-9])[0-5]\d(?=\s?[-–]\s?(?:1[0-2]|0?[1-9])[0-5]\d{_AMPM})")


# "from 9:30 to 11", "10.30-12,": an end written as a bare hour after a start with its minutes, where the
# sentence goes on with a place, a zone or punctuation (never a day: "from 9:30 to 11 March").
# (The start has its minutes or am/pm: "beat Riverside 2-1 on Sunday" is a score.)
_BARE_END_AFTER = rf"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s(?:at|in|on|and|with|local)\b|\s\(?(?:{ZONE_LABELS})\b)"
_BARE_END = (r"(?:(?<=[:.h]\d\d to )|(?<=[:.h]\d\d[-–])|(?<=[:.h]\d\d [-–] )|(?<=[ap]m to )|(?<=[ap]m[-–]))" + _HOUR
             + _BARE_END_AFTER
             # "from 09 to 17", "from 08 to 13,": two bare hours on a 24-hour clock, as European opening hours are
             # written; only after "from", the start's hour written with its zero (no count or age is: "aged from 6
             # to 14,", "went from 9 to 14 in one step") and an end past noon
             + r"|(?:(?<=from 0\d to )|(?<=From 0\d to ))(?:1[3-9]|2[0-3])"
             + _BARE_END_AFTER)

# "AWSTwith": a label of three or more capitals glued to the lower-case word after it still ends there.
_LABEL_END = r"(?:\b|(?<=[A-Z]{3})(?=[a-z]{2}))"


def _zone(p: str) -> str:
    # The space before a closing bracket belongs to the label, never the line break after a bare label.
    # "16:00 - 17:00 | East Africa Time", "13:00 - 14:00 | West African Countries (GMT)": a table's next cell may
    # name the clock, alone or in brackets after the region's name.
    # "(Bangkok time, GMT+7)", "(Geneva time / CET)": a bracket that names the clock twice holds both names
    return (rf"(?:\s*(?:\|\s*(?:[A-Z][\w/'.-]*\s+){{0,4}}(?=\()|\|\s*)?{_g(p + 'zb', '[(]')}?\s*"
            rf"{_g(p + 'zone', _ZONE_LABEL)}{_LABEL_END}"
            rf"(?({p}zb)(?:\s*[,/;]\s*(?:{_ZONE_LABEL}){_LABEL_END}(?=\s*\)))?)"
            r"(?:\s*\))?)?")


_TIME_FORMS = {
    # "and" makes a range only after "between": "at 11:00 and 12:00" are two times, a list.
    "tr": (rf"(?:(?:from|From|at|At)\s+|{_g('trb', 'between|Between')}\s+)?{_g('t1', _RANGE_START)}"
           rf"\s*(?:-|–|—|to|To|TO|until|till|(?(trb)and|(?!)))\s*{_g('t2', _CLOCK_TIME + '|' + _BARE_END)}"
           rf"{_NOT_A_TIME}{_zone('tr')}"),
    # "at 10 in the morning", "from 7.30 in the evening": the half of the day told in words is the am/pm
    # (only after "at"/"from", where a bare number is a clock and not a count).
    "hd": (r"\b(?:at|At|from|From)\s+(?P<hdh>1[0-2]|0?[1-9])(?:[.:](?P<hdm>[0-5]\d))?\s+in\s+the\s+"
           r"(?P<hdp>morning|afternoon|evening)\b" + _zone("hd")),
    # (Not a part of a code or a document: "Title 3.36", "Section 10.30", "§ 2.15", "Chapter 7.12".)
    # ("at 8:15 this morning, central time": the clock's label after the part of the day it names, as news copy
    # puts it; the words between stay out of the time, the day's word read as before)
    "t": (rf"(?:\b(?:at|from|At|From)\s+)?{_NOT_A_PART}{_g('t', _CLOCK_TIME)}{_NOT_A_TIME}{_zone('t')}"
          r"(?(tzone)|(?=\s+(?:this\s+(?:morning|afternoon|evening)|tonight),?\s+"
          rf"{_g('tlate', _ZONE_LABEL)}{_LABEL_END}))?"),
    # "at 1440": a 24-hour time without separator, only after "at" and never one that reads as a year.
    # A sentence's final full stop may follow it ("on Sunday, 2 June at 1045."), a decimal may not; a clause's comma
    # may ("on April 26 at 1730, and media are invited"), a thousands' comma ("at 1,500") or a list of figures ("at
    # 1500, 1000 and 500") may not.
    # (Figures that may be a year, 1900 to 2359, only before "on" and a day: "at 1930 on 22 January".)
    # (Nor after a value's verb: "The index closed at 2015 on Monday" is a level.)
    # ("at about 1400": an hour told as near, the prize-giving's)
    "mil": (rf"\b(?:at|At)\s+(?:(?:about|around|approximately)\s+)?"
            rf"(?!(?:19|20)\d\d\s+(?!on\s+(?:\d|{WEEKDAY})))(?!(?:19|20)\d\d(?!\s))"
            r"(?:(?<!closed at )(?<!stood at )(?<!ended at )(?<!settled at )(?<!peaked at )(?<!finished at )"
            r"(?<!traded at )|(?!(?:19|20)\d\d))"
            # (nor after a price's or a count's verb: "priced at 1500, 1000 and 500", "stands at 1200, the agency")
            r"(?<!priced at )(?<!stands at )(?<!set at )(?<!fixed at )(?<!estimated at )(?<!capped at )"
            # ("at 1400H": the hour's letter after the figures, as Manila writes it; "at about 1300hrs": the word)
            rf"(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?!\s?{_HRS}{_COUNTED})(?:[hH]\b|\s?{_HRS})?(?![\d:/%]|,(?!\s+\D)|\.\d)"
            r"(?!\s?(?:Hz|kHz|MHz|kW|MW|m|km|ft|feet|metres|meters|tonnes|people|units)\b)"  # a quantity, "at 1000 Hz"
            rf"{_zone('mil')}"),
    # "at 10 o'clock", "at 3 o'clock in the afternoon", "at 10 o'clock a.m. ET": a meeting's hour of the day, the half
    # of the day told (in words or as am/pm) or else the one meetings are held in (7 to 11 in the morning, 1 to 6 after
    # noon).
    "oc": (r"(?:\b(?:at|At)\s+)?(?P<och>1[0-2]|0?[1-9])\s?o[’']\s?clock\b"
           rf"(?:\s+(?:in\s+the\s+|at\s+)(?P<ocp>morning|afternoon|evening|night)\b|\s?(?P<ocm>{_AMPM}))?"
           + _zone("oc")),
}
FORMS = {**DATE_FORMS, **_TIME_FORMS}  # every form by its key, in the grammar's order: the first to match is the one
_ALL = "|".join(f"(?P<f_{name}>{form})" for name, form in FORMS.items())
GRAMMAR = re.compile(rf"(?<![\w/.:-])(?:{_ALL})")
# Each form alone, as GRAMMAR has it: where GRAMMAR matches, its match is that of the first of these to match
# (datescan.leftmost tries only those that may open with the character at hand).
FORM_PATTERNS = {name: re.compile(rf"(?<![\w/.:-])(?:(?P<f_{name}>{form}))") for name, form in FORMS.items()}
# A time glued to the word before it ("approximately12.00pm", "from1.00pm– 5.00pm"), as pages lose spaces:
# only times that cannot be a version or a number ("v2.10"), with am/pm or a colon.
_GLUED_TIME = rf"{_HOUR}(?:[:.][0-5]\d)?\s*{_AMPM}|{_HOUR}:[0-5]\d"
_GLUED_BODY = (rf"(?:(?P<f_tr>{_g('t1', _GLUED_TIME)}\s*(?:-|–|—|to)\s*{_g('t2', _CLOCK_TIME)}{_NOT_A_TIME}"
               rf"{_zone('tr')})|(?P<f_t>{_g('t', _GLUED_TIME)}{_NOT_A_TIME}{_zone('t')}))")
GLUED = re.compile(rf"(?<=[a-z]){_GLUED_BODY}")
# The same time glued to the colon of its field's name ("Time:10:00-11:00", "Hora:18:30"): the grammar wants a gap
# before a time, and a colon right before digits is mostly a clock's own ("10:00:00").
FIELD_GLUED = re.compile(rf"(?<=[^\W\d_]:){_GLUED_BODY}")
