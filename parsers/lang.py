"""German and French dates and times, read into the same mentions as the English grammar. Pure.

    days     27. Januar 2022 · am Freitag, 31. Januar · Sa., 13.11.2021 · 5. Dez. · 31.01.2020
             le mardi 21 novembre 2023 · 1er décembre
    spans    vom 26. bis 28. Juni · vom 25. September bis 2. Oktober · am 11. und 12. Februar · am 21./22. August
    lists    24./30.10. · 2./5./9.11. (days of one month, each a day of its own)
             27.-29. Feb. 2020 · du 19 au 22 novembre 2023 · les 4 et 5 mars
    weekdays am Mittwoch · le mercredi
    relative am Tag darauf · am selben Tag · le lendemain · la veille · heute · gestern · aujourd'hui · demain
             hier, mercredi 11 mars (yesterday, only before a French weekday)
    times    14.30 Uhr · 18 Uhr · um 18 Uhr · von 15.00 bis 18.00 Uhr · zwischen 10:00 und 17:00 Uhr · 20 Uhr MEZ
             16.00 tot ca. 17.00 uur · von 10 bis etwa 12 Uhr
             14 h 30 · 14h · à 10 heures · de 10 h à 12 h 30 · à midi

`foreign_mentions` finds them; `overlay` puts them among the English grammar's mentions of
the same text, a longer reading of the same words winning ("15.00 bis 18.00 Uhr" is one
time range, not the two times "15.00" and "18.00" the English grammar sees).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.dates import DayPart, Mention
from parsers.datewords import OFFSET_LABEL, ZONE_LABELS, by_first_letter
from parsers.digitscan import matches_at
from parsers.gate import folded_case, holds_any
from parsers.langgrammar import parts
from parsers.mentions import CUT_OFF_HOUR, DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, before_its_clock, day_part
from parsers.verbs import FRENCH_HAPPENING

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "janv": 1, "janvier": 1, "februar": 2, "feb": 2, "febr": 2, "février": 2,
    "févr": 2, "fevrier": 2, "märz": 3, "maerz": 3, "mär": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4,
    "avr": 4, "mai": 5, "juni": 6, "jun": 6, "juin": 6, "juli": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "août": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "oktober": 10, "okt": 10, "octobre": 10, "oct": 10, "november": 11, "nov": 11, "novembre": 11,
    "dezember": 12, "dez": 12, "décembre": 12, "déc": 12, "decembre": 12,
    # Dutch; Swedish, Danish and Norwegian (the others are spelled as in German, French or English)
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "marts": 3, "maj": 5, "augusti": 8,
    "desember": 12,
}  # fmt: skip
WEEKDAYS = {
    "montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3, "do": 3,
    "freitag": 4, "fr": 4, "samstag": 5, "sonnabend": 5, "sa": 5, "sonntag": 6, "so": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    # Swedish, Danish and Norwegian, bare and with their article ("måndagen den 14 mars", "søndag. 5. juni")
    "måndag": 0, "måndagen": 0, "mandag": 0, "mandagen": 0, "tisdag": 1, "tisdagen": 1, "tirsdag": 1,
    "tirsdagen": 1, "onsdag": 2, "onsdagen": 2, "torsdag": 3, "torsdagen": 3, "fredag": 4, "fredagen": 4,
    "lördag": 5, "lördagen": 5, "lørdag": 5, "lørdagen": 5, "söndag": 6, "söndagen": 6, "søndag": 6, "søndagen": 6,
    # Dutch
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
}  # fmt: skip
_FULL_WEEKDAYS = {name: day for name, day in WEEKDAYS.items() if len(name) > 2}
_FRENCH_DAY_NAMES = tuple(name for name in _FULL_WEEKDAYS if name.endswith("di") or name == "dimanche")
_FRENCH_WEEKDAY = f"(?i:{'|'.join(_FRENCH_DAY_NAMES)})"
_GERMAN_WEEKDAY = "(?-i:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
# After a French verb of happening ("aura lieu jeudi", verbs.py): one look-behind a verb, as each is of fixed width
_AFTER_HAPPENING = "|".join(r"(?<=\b" + verb.replace(" ", r"\s") + r"\s)" for verb in FRENCH_HAPPENING)
# The clock that opens a weekday heading's line: "10 bis 16 Uhr", "ab 10 Uhr", "10:00-16:00"; not a count ("2
# Vorstellungen", "12 Grad") nor a score ("3:1"), which head a line of no time
_GERMAN_CLOCK = (r"(?:(?:ab|von|um)\s+)?\d{1,2}(?:[.:]\d\d(?!\d)"
                 r"|(?:\s*(?:bis|[-–])\s*\d{1,2}(?:[.:]\d\d)?)?\s*(?:Uhr|h)\b)")
# Days counted from the day in context ("le lendemain", "am Tag darauf"), in any case.
RELATIVE_DAYS = {
    "am selben tag": 0, "am gleichen tag": 0, "am selben abend": 0, "am gleichen abend": 0,
    "am folgenden tag": 1, "am nächsten tag": 1, "am tag darauf": 1, "am vortag": -1,
    "le même jour": 0, "le jour même": 0, "le lendemain": 1, "la veille": -1,
}  # fmt: skip
_RELATIVE = [phrase.replace(" ", r"\s+") for phrase in sorted(RELATIVE_DAYS, key=len, reverse=True)]


def _alternatives(names: dict[str, int]) -> str:
    spelled = sorted(names, key=len, reverse=True)
    return by_first_letter([s for n in spelled for s in (n, n.capitalize(), n.upper())])


# Abbreviations take their full stop ("Dez."); a month name is always preceded by a day number.
_MONTH = rf"(?:{_alternatives(MONTHS)})(?:\.|\b)"
# Two-letter weekdays ("Sa", "Do") only in front of a date, where they cannot be other words.
_WEEKDAY = rf"(?:{_alternatives(WEEKDAYS)})\.?"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
# (Dutch "tot (en met)"; Norwegian and Danish "til (og med)", Swedish "till (och med)")
_TO = r"(?:-|–|—|bis(?:\s+(?:zum|einschließlich))?|au|tot(?:\s+en\s+met)?|till?(?:\s+o(?:g|ch)\s+med)?)"
_LEAD = r"(?:(?:[Aa]m|[Vv]om|[Ll]e|[Dd]u|[Ll]es|[Aa]b|[Oo]p|[Vv]an)\s+)?"


# A weekday that may open a date in figures with no other word before it: set off by its comma or full stop
# ("Mi, ", "Sa. "), or written out ("Mittwoch 3.11."); a bare two-letter "Do" or "So" might be another word.
_SET_OFF_WEEKDAY = (rf"(?=(?:{_alternatives(WEEKDAYS)})(?:\.?\s*,|\.\s)|(?:{_alternatives(_FULL_WEEKDAYS)})\s*,?\s*\d)")


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def _weekday(p: str) -> str:
    """'Freitag, ', 'Sa., den ', 'mardi ': the weekday that may go before a date."""
    return rf"(?:{_g(p + 'w', _WEEKDAY)}\s*,?\s*(?:(?:den|dem|le)\s+)?)?"


def _written(p: str) -> str:
    """'27. Januar 2022', '21 novembre 2023', '1er décembre', '5. Dez.'."""
    return rf"{_g(p + 'd', _DAY)}(?:\.|er\b)?\s*{_g(p + 'm', _MONTH)}(?:\s*,?\s*{_g(p + 'y', _YEAR)}\b)?"


def _numeric(p: str) -> str:
    """'31.01.2020', '5.8.2019': day, month, year (the German and Swiss order)."""
    return rf"{_g(p + 'd', _DAY)}\.\s?{_g(p + 'm', r'1[0-2]|0?[1-9]')}\.\s?{_g(p + 'y', _YEAR)}\b"


_SLASHED_DAYS = rf"(?:{_DAY}\./){{1,3}}"  # "24./", "2./5./": the days before the last of a slashed list
_MORNING_CLOCK = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*Uhr"  # the clock that makes "morgen" a day
# The part of the day German writes onto a weekday: "Freitagabend", "Samstagnachmittag", "Sonntagmorgen".
_DAY_PART = r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)"
_FORMS = {
    # Spans first: "vom 26. bis 28. Juni" must not be read as "28. Juni".
    # "und"/"et"/"en" join two days of one month ("am 11. und 12. Februar", "op 3 en 4 mei"); between two dates they
    # make a list.
    # "entre le 2 mai et le 30 juin 2031", "zwischen dem 3. März und dem 9. April": "between ... and" makes
    # the two dates a span's ends (without that lead, "le 3 mai et le 5 juin" is a list of two days).
    "s": (rf"(?:(?P<sb>[Ee]ntre\s+le|[Zz]wischen\s+dem)\s+|{_LEAD}){_weekday('s')}{_g('s1d', _DAY)}(?:\.|er\b)?"
          # ("Mittwoch, 11. Juni, bis Donnerstag, 12. Juni": a comma before "bis" when the weekdays are set off)
          rf"(?:(?:\s*{_g('s1m', _MONTH)})?(?:\s*{_g('s1y', _YEAR)})?\s*(?:,\s*(?={_TO}\s+{_WEEKDAY}))?"
          rf"(?:{_TO}|(?(sb)(?:et\s+le|und\s+dem)\b|(?!)))"
          # ("am 21./22. August 2004": two days slashed, each with its full stop, the month and year once, a span as
          # "am 23./24.8.2017" is; with no year, "vom 13./14. September" is left, as "12./19.4." is a list)
          rf"|\s*(?:und|et|en)|(?<=\.)/(?={_DAY}\.\s*{_MONTH}\s*{_YEAR}))"
          # ("fra den 16. maj til den 18. maj", "från den 16 maj till den 18 maj": the Nordic article before the end)
          rf"\s*(?:{_WEEKDAY}\s*,?\s*)?(?:den\s+)?{_written('s2')}"),
    # "am 23.-26.8.2017", "vom 23. bis 26.8.2017", "23.8.-26.8.2017", "am 23./24.8.2017": a span in figures.
    # ("(17.04./ 18.04.)", "am 19. und 20.04.": with no year, the last day's month closed by its full stop, as a
    # ministry's release under its stamp writes a trip's days; "17.04" alone stays a clock time)
    # (not "12./19.4.": days of a month slashed with no year are a list, read below)
    # "Woche 45 | 08.11 - 14.11", "KW 46: 15.11.-21.11.": a week's number, then its first and last days, the month's
    # stop often left out; after the number they are days, not the clock times "08.11" and "14.11" alone would be.
    "wk": (r"(?:[Ww]oche|WOCHE|KW|[Kk]alenderwoche|[Ww]eek|WEEK|[Ww]k\.?)\s*\d{1,2}\s*[|:,–—-]?\s*"
           rf"{_g('wk1d', _DAY)}\.\s?{_g('wk1m', r'1[0-2]|0?[1-9]')}\.?\s*(?:-|–|—|bis)\s*"
           rf"{_g('wk2d', _DAY)}\.\s?{_g('wk2m', r'1[0-2]|0?[1-9]')}\.?(?![\d.])"),
    "ns": (rf"{_LEAD}{_weekday('ns')}{_g('ns1d', _DAY)}\.(?:\s?{_g('ns1m', r'1[0-2]|0?[1-9]')}\."
           rf"|(?!\s*/\s*{_DAY}\.\s?(?:1[0-2]|0?[1-9])\.(?!\s?{_YEAR})))"
           rf"(?:\s?{_g('ns1y', _YEAR)})?\s*(?:{_TO}|/|und)\s*(?:{_WEEKDAY}\s*,?\s*)?"
           rf"{_g('ns2d', _DAY)}\.\s?{_g('ns2m', r'1[0-2]|0?[1-9]')}\.(?:\s?{_g('ns2y', _YEAR)}\b|(?![\d.]))"),
    "n": rf"{_LEAD}{_weekday('n')}{_numeric('n')}",
    # "24./30.10.", "2./5./9.11.2032": days of one month, slashed, the month (and year) written once after the last,
    # as a theatre lists its next performances ("am 23./24.8.2017", two days and a year, is a span, above).
    "sd": (rf"{_LEAD}{_g('sdl', _SLASHED_DAYS)}{_g('sdd', _DAY)}\.{_g('sdm', r'1[0-2]|0?[1-9]')}\."
           rf"(?:\s?{_g('sdy', _YEAR)})?(?![\d.])"),
    # "am 03.11.", "ab Mo., 5.8.": a day and month with their full stops and no year, only after a word that
    # opens a date; alone, "03.11" is a clock time.
    # "am Dienstag (1.12.)": the same in brackets after the weekday. "Der 11.10. jedes Jahres", "den 3.5.": after an
    # article, too (with its closing stop, unlike a clock time "11.10 Uhr").
    # "Mi, 03.11., 17:00 Uhr", "Sa. 13.11.": a weekday opens the date as those words do, as a listing of services
    # heads each row (the weekday set off by its comma or stop, or written out: the row's year is then the one
    # whose calendar has that weekday on that day).
    "ny": (rf"(?:(?:[Aa]m|[Vv]om|[Aa]b|[Dd]e[rnm])\s+|{_SET_OFF_WEEKDAY}){_weekday('ny')}(?P<nyb>\()?"
           rf"{_g('nyd', _DAY)}\.\s?"
           rf"{_g('nym', r'1[0-2]|0?[1-9]')}(?:\.(?(nyb)\)|)|(?(nyb)\)|(?!)))"
           r"(?![\d.])"),
    "d": rf"{_LEAD}{_weekday('d')}{_written('d')}",
    # ("am kommenden Sonntag", "am nächsten Freitag": the weekday ahead, as "am Sonntag" is)
    # ("am Freitagabend", "am Sonntagnachmittag": the weekday with its part of the day, written as one word)
    # ("ce jeudi", and a French weekday bare before its clock or part of the day: "se rassemblent jeudi à 17 heures";
    # not the last day of a week's run: "du lundi au vendredi à 14h")
    # ("mardi prochain", next Tuesday; "Mardi, la Chambre tiendra ...": a French weekday opening its sentence and set
    # off by a comma, as a communiqué says when, not a list of weekdays "Mardi, jeudi et samedi" nor a heading's
    # "Mardi, 25 novembre")
    "w": (rf"(?:(?:[Aa]m|[Ll]e|[Cc]e)\s+(?:(?:kommenden|nächsten)\s+)?"
          rf"|(?<!\bau\s)(?<!\bà\s)(?<!\ba\s)(?={_FRENCH_WEEKDAY}\s+(?:à|dès|vers|matin|soir|après-midi|prochain)\b"
          # ("tient mercredi, à 14h 30, un ...": or set off by a comma before its clock, as wires write it; not the
          # last of a list, "lundi, mercredi et vendredi, à 9h")
          rf"(?!\s+{_FRENCH_WEEKDAY})|(?<!\bet\s)(?<!\bou\s)(?<!,\s){_FRENCH_WEEKDAY},[ \t]*(?:à|dès|vers)[ \t]+\d)"
          # ("L'ouverture n'aura lieu que lundi.", "La séance aura lieu jeudi.", "Les travaux commencent vendredi par
          # une réunion": bare after a verb saying when it happens, closing the clause or before "par")
          rf"|(?:{_AFTER_HAPPENING})(?={_FRENCH_WEEKDAY}(?:\s*[.;]|\s+par\b))"
          rf"|(?<![\w,;] )(?<![\w,;])(?=(?-i:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche),[ \t]+"
          rf"(?!{_FRENCH_WEEKDAY}|\d|et\b|ou\b)(?:la|le|les|l['’]|il|elle|ils|elles|on|nous|une?)\b)"
          # ("Samstag: 10 bis 16 Uhr Führungen": a German weekday heading its line, a colon, then the line's clock)
          rf"|(?<![^\n])(?={_GERMAN_WEEKDAY}:[ \t]*{_GERMAN_CLOCK}))"
          rf"{_g('ww', _alternatives(_FULL_WEEKDAYS))}{_DAY_PART}?\b(?!\s*,?\s*\d)"),
    # ("Samedi" / "14h, 15h, 16h" / "Dimanche" / ...: a French weekday alone on its line, heading the hours under it,
    # as a museum's weekend programme sets them; capitalised or in capitals, the line holding nothing else)
    "wl": (rf"(?<![^\n])(?-i:{_g('wlw', '|'.join(name.capitalize() for name in _FRENCH_DAY_NAMES))}"
           rf"|{_g('wlc', '|'.join(name.upper() for name in _FRENCH_DAY_NAMES))})(?=[ \t]*(?:\n|$))"),
    # "Jeudi 15, de 9h30 à 13h", "vendredi 16 à 10h": a French weekday and its day of the month, the month in context
    # (only before a comma, a colon or the clock's word: "jeudi 15 mai" is a day, above)
    # ("jeudi 17 sera consacré aux visites", "vendredi 18 verra la clôture": before a verb to come that it is the
    # subject of; "C'est ce mardi 18 que s'est ouverte la réunion": "ce" and the day, a cleft's "que" after them)
    # (the "ce" only before a cleft: "Ce mardi 09, octobre 2018, l'équipe a rencontré" keeps its day read from "mardi")
    "wn": (rf"(?:{_g('wnc', '[Cc]e')}\s+(?={_FRENCH_WEEKDAY}\s+{_DAY}(?:er)?\s+qu(?:e\b|['’])))?"
           rf"{_g('wnw', _FRENCH_WEEKDAY)}\s+{_g('wnd', _DAY)}(?:er)?"
           rf"(?:{before_its_clock(_FRENCH_WEEKDAY, 'à|de|dès')}|(?=\s+(?:sera|seront|verra|verront)\b)"
           rf"|(?(wnc)(?=\s+qu(?:e\b|['’]))|(?!)))"),
    "rel": rf"{_g('rel', '(?i:' + '|'.join(_RELATIVE) + ')')}\b",
    # "morgen" (tomorrow) as a notice says it, with its weekday, date or clock ("morgen, Dienstag, um 11.30 Uhr",
    # "Übermorgen findet um 9 Uhr ..."); not a story's "und zwar morgen." nor "heute morgen" (this morning).
    # ("d'aujourd'hui", "of today": present-day, as in "les défis d'aujourd'hui", is no date)
    # ("vandaag", "gisteren": Dutch today and yesterday, opening the sentence, "Vandaag houdt de delegatie een
    # persconferentie", or before its clock, "vandaag om 14.00 uur"; not "de activiteiten van vandaag", of today, nor
    # "dus vandaag.", a sentence's afterthought)
    "pub": (r"(?P<pub>[Hh]eute|[Gg]estern|(?-i:Vandaag|Gisteren)|(?<![Vv]an\s)vandaag(?=\s+(?:om|vanaf|tussen)\b)"
            r"|(?<![Dd]['’])(?:[Aa]ujourd'hui|[Aa]ujourd’hui)|[Dd]emain"
            r"|(?:(?<!heute\s)(?<!Heute\s)(?<!gestern\s)(?<!Gestern\s)(?:über)?morgen"
            r"|(?<![Aa]m\s)(?<![Dd]en\s)(?<![Dd]er\s)(?<![Jj]eden\s)(?:Über)?[Mm]orgen)"
            rf"(?=\s*,?\s*(?:{_alternatives(_FULL_WEEKDAYS)}|den\s|\d)|[^.;!?]{{0,40}}?\b{_MORNING_CLOCK})"
            # French "hier" (yesterday) only before its weekday ("hier, mercredi 11 mars 2026", "hier mardi"):
            # alone it is the German "here"
            rf"|[Hh]ier(?=\s*,?\s*{_FRENCH_WEEKDAY}\b)"
            r")\b"),
}
# ("02h 22m", "1h 05min": a recording's length in hours and minutes, each with its unit, is no clock time; after "à",
# "de", "dès" or "vers", "14h 30min" is French for half past two, below)
_HOURS_WORD = r"(?:\s*(?:Uhr|h\b(?!\s?[0-5]?\d\s?(?:m|mn|min|mins)\b)|heures?\b|uur\b))"
# "14 h 30", "14h30" (the word between hour and minutes), else "14.30 Uhr", "18 Uhr", "10 heures".
# "16 heures 30", as French programmes and press releases write it: the minutes after the word, only where the
# clock's phrase goes on ("À 16 heures 30 :", "de 14 heures 30 à 16 heures"), not before a noun they would count.
_HEURES_MINUTES = (rf"{HOUR_NUMBER}\s?heures?\s[0-5]\d\b"
                   r"(?=\s*(?:$|[\n,.;:()–—-]|(?:à|et|au|aux|jusqu|puis|min(?:utes?)?|dans|sur|en|avec|pr[ée]cises?"
                   r"|heure|le|la|les|l['’]|du|de|des|pour|par|chez|entre|devant|aupr[èe]s|sous|salle|place)\b))")
# "18 Uhr 15", "14 Uhr 30 bis 16 Uhr", as some German university and town releases write it: the minutes after
# "Uhr", only where the clock's phrase goes on (a range's "bis", a comma, the room after it), never before a noun
# the number would count ("um 10 Uhr 15 Studierende"), nor before a range of such a count ("ab 10 Uhr 30 bis 40
# Teilnehmende": ten o'clock, and thirty to forty people; a range of hours ends with its "Uhr").
_UHR_MINUTEN = (rf"{HOUR_NUMBER}\s?Uhr\s[0-5]\d\b"
                r"(?=\s*(?:$|[\n,.;:()–—-]|(?:bis(?!\s+\d{1,4}\s+(?!Uhr\b)[A-ZÄÖÜ])|und|im|in|am|an|auf|ab|vor|zum|zur|s\.\s?t\.|c\.\s?t\.|statt"
                r"|pünktlich|Ortszeit|MEZ|MESZ)(?!\w)))")
# ("à 14h 30min", "de 9h 30mn": the minutes with their unit, after the word that makes it a clock)
# ("om 14u00", "van 10u tot 12u": Flemish Dutch writes the hour's letter "u", for "uur", where French writes "h")
# (the hour alone with its letter only after "om" or in a range, "van 10u tot 12u": "2u" alone is anything)
_FLEMISH = (rf"{HOUR_NUMBER}u[0-5]\d\b|(?<=\b[Oo]m ){HOUR_NUMBER}u\b|(?<=\btot ){HOUR_NUMBER}u\b"
            rf"|{HOUR_NUMBER}u(?=\s*(?:[-–]|tot)\s*{HOUR_NUMBER}u)")
_CLOCK = (rf"(?:{HOUR_NUMBER}\s?h\s?[0-5]\d\b|{_FLEMISH}|{_HEURES_MINUTES}|{_UHR_MINUTEN}"
          rf"|(?:(?<=à )|(?<=de )|(?<=dès )|(?<=vers )){HOUR_NUMBER}\s?h\s?[0-5]\d\s?m(?:in|n)\b"
          # ("à 9H", "dès 10H": the whole hour with its letter in capitals, as West African communiqués type it;
          # only after the word that makes it a clock, where no code or grade follows: never "le groupe 9H")
          rf"|(?:(?<=à )|(?<=À )|(?<=dès )|(?<=vers )){HOUR_NUMBER}H\b(?![-/.]\w)"
          rf"|{HOUR_NUMBER}(?:[:.][0-5]\d)?{_HOURS_WORD}|midi|minuit)")
_RANGE_START = rf"{_CLOCK}|{HOUR_NUMBER}(?:[:.][0-5]\d)?"  # "von 15.00 bis 18.00 Uhr": the word comes once, at the end
_OFFSET = OFFSET_LABEL  # "UTC+02:00", a <time>'s offset as the page reader writes it


def _zone_after(name: str) -> str:
    """The label of the clock after a time, bare or in brackets: "um 20 Uhr MEZ", "9.30 Uhr (MESZ)", "à 14 heures
    (CET)", "05:00 Uhr (UTC+02:00)" (an offset is read whole: never "UTC" alone before it)."""
    return rf"(?:\s*\(?\s*{_g(name, _OFFSET + '|' + ZONE_LABELS)}\b(?![+−-]\d)\)?)?"


_TIMES = {
    "r": (rf"(?:(?:[Vv]on|[Zz]wischen|[Dd]e|[Ee]ntre|[Vv]an)\s+)?{_g('r1', _RANGE_START)}"
          # (an end said roughly: "16.00 tot ca. 17.00 uur", "von 10 bis etwa 12 Uhr", "de 9 h à environ 11 h")
          rf"\s*(?:-|–|—|bis|und|à|et|tot)\s*(?:(?:ca\.|circa|ongeveer|etwa|gegen|environ)\s*)?"
          rf"{_g('r2', _CLOCK)}{_zone_after('rz')}"),
    # ("gegen 14 Uhr", "um etwa 14 Uhr", "vers 14 h", "omstreeks 14 uur": an hour told as near is the hour)
    "t": (rf"(?:(?:[Uu]m|[Aa]b|[Àà]|[Dd]ès|[Oo]m|[Gg]egen|[Vv]ers|[Oo]mstreeks)\s+)?"
          # (a hedge alone only before a clock's minutes or its word: "ca. 2 h", "ongeveer 2 uur" last that long)
          rf"(?:(?:ca\.|circa|etwa|ongeveer|environ)\s*(?=\d{{1,2}}(?:[:.h]\s?[0-5]\d|\s?Uhr)))?"
          rf"{_g('t', _CLOCK)}{_zone_after('tz')}"),
}
_ALL = "|".join(f"(?P<f_{name}>{form})" for name, form in {**_FORMS, **_TIMES}.items())
GRAMMAR = re.compile(rf"(?<![\w/.:-])(?:{_ALL})(?![\w])")
# Where a mention may end: a day number before a month name, an hour before its word, a dotted
# date, a weekday after "am"/"le". Found first, at the regex engine's speed; GRAMMAR is then tried
# only at the word starts shortly before each (as in parsers/datescan.py), so megabytes stay cheap.
# Each pattern opens with a character or class, never `\b` or `(?<!\d)`: the engine then skips
# straight to the digits and the few letters an anchor begins with (five times faster).
_DIGIT_ANCHOR = re.compile(
    # 27. Januar · 1er décembre (the look-ahead spares the month names after most digits: a year, a time)
    # (the digit found by a cheap class and checked behind, as datescan's anchor does)
    rf"[^\x00-/:-\x7f](?<=\d)(?:(?<!\d\d)\d?(?:\.|er\b)?\s?(?=[^\W\d_])(?:{_MONTH})"
    r"|\s?(?:Uhr|h\b|H\b|h\s?[0-5]\d|heures?\b|uur\b)|u(?:[0-5]\d)?\b"  # 18 Uhr · 14h30 · 9H · 14 uur · 14u00
    r"|(?<!\d\d)\d?\.\d\d?\.(?:(?:19|20)\d\d|(?![\d.])))"  # 31.01.2020 · am 03.11.
)
_NEAR_DAYS = "selben|gleichen|folgenden|nächsten|kommenden|[Tt]ag|Vortag|même|jour|lendemain|veille"
# (The letter after the first, which every word has among "meauiob", is tested before the look-behind: most of
# the many a, l, h, d, m and g the engine stops at are ruled out by it; the scan of a copy of the sample
# 3.2 -> 2.6 M instructions.)
_WORD_ANCHOR = re.compile(  # the letter just matched, read back by the lookbehinds, picks the word
    rf"[AaLlHhGgDdMmÜüVv](?=[meauiob])(?<!\w.)(?:(?<=[Aa])m\s+(?:(?:{_alternatives(_FULL_WEEKDAYS)}){_DAY_PART}?"
    rf"|{_NEAR_DAYS})"
    rf"|(?<=[Ll])e\s+(?:{_alternatives(_FULL_WEEKDAYS)}|{_NEAR_DAYS})|(?<=[Ll])a\s+(?:{_NEAR_DAYS})"
    r"|(?<=[Hh])eute|(?<=[Hh])ier|(?<=[Gg])estern|(?<=[Gg])isteren|(?<=[Vv])andaag|(?<=[Aa])ujourd|(?<=[Dd])emain|(?<=m)i(?:di|nuit)|(?<=[Mm])orgen|(?<=[Üü])bermorgen)\b"
)
# "Woche 45 | 08.11 - 14.11": a week's number before its days, which no other anchor finds (no stop after the month)
_WEEK_ANCHOR = re.compile(r"(?<!\w)(?:[Ww]oche|WOCHE|KW|[Kk]alenderwoche|[Ww]eek|WEEK|[Ww]k\.?)"
                          r"\s*\d{1,2}\s*[|:,–—-]?\s*\d")
_WEEK_WORDS = ("oche", "OCHE", "KW", "eek", "EEK", "Wk", "wk")
# "ce jeudi", "jeudi à 17 heures": a French weekday without "le", which the anchor above leaves out
_FRENCH_DAY_ANCHOR = re.compile(rf"(?<![\w'’-])(?:[Cc]e\s+)?{_FRENCH_WEEKDAY}\b")
# "Samstag: 10 bis 16 Uhr": a German weekday heading its line before the line's clock, which no anchor above finds
_GERMAN_HEADING_ANCHOR = re.compile(rf"(?<![^\n]){_GERMAN_WEEKDAY}:[ \t]*{_GERMAN_CLOCK}")
_GERMAN_HEADING_WORDS = ("tag:", "woch:", "abend:")
_OPENING_LENGTH = 16  # the first letters that tell an opening word; a bound keeps long runs of letters cheap
_WORD_START = re.compile(rf"(?<![\w/.:-])\w{{1,{_OPENING_LENGTH}}}")
# Every form opens with a number or one of these words (any case): GRAMMAR is tried only there.
_OPENING_WORDS = frozenset(
    {"am", "vom", "le", "la", "du", "les", "ab", "von", "zwischen", "de", "entre", "um", "à", "dès", "der", "den",
     "dem", "heute", "hier", "gestern", "aujourd", "demain", "midi", "minuit", "morgen", "übermorgen", "op", "om",
     "vandaag", "gisteren",
     "van", "ce", "woche", "kw", "kalenderwoche", "week", "wk", "gegen", "vers", "omstreeks", "ca", "circa", "etwa",
     "ongeveer", "environ"}
    | {phrase.split()[0] for phrase in RELATIVE_DAYS} | WEEKDAYS.keys()
)
# "Bis einschließlich 9. November 2021 registrierte …", "jusqu'au 31 décembre": the end of a count or a
# rule's validity, not an event (a span "vom … bis …" is read whole before this is asked).
_CUT_OFF = re.compile(r"(?i:\bbis(?:\s+einschließlich|\s+zum|\s+zur)?|\bjusqu['’]\s?(?:au|à|a))\s*$")
_BACK = 48  # the most a mention starts before its anchor ("zwischen 10:00 und 17:00 Uhr", "am Freitag, den 31.")
_CLOCK_PARTS = re.compile(r"(?P<h>\d{1,2})(?:\s?(?:[:.]|h(?:eures?)?|Uhr|u)\s?(?P<m>\d\d))?")


def foreign_mentions(text: str, digits: list[int] | None) -> list[Mention]:
    """The German and French date and time mentions of `text`, in order (`digits`: where its digits stand, as
    digitscan.digit_positions gives them)."""
    found: list[Mention] = []
    taken = 0  # text before this is inside a mention already found
    tried = 0  # word starts before this were tried already: what failed for one anchor fails for the next
    cut_off = -10  # where the last cut-off date ended
    anchors = [m.start() for m in matches_at(_DIGIT_ANCHOR, text, digits)] + \
        [m.start() for m in _WORD_ANCHOR.finditer(text)]
    if any(word in text for word in _WEEK_WORDS):
        anchors += [m.start() for m in _WEEK_ANCHOR.finditer(text)]
    if any(word in text for word in _GERMAN_HEADING_WORDS):
        anchors += [m.start() for m in _GERMAN_HEADING_ANCHOR.finditer(text)]
    if holds_any(folded_case(text), _FRENCH_DAY_NAMES):  # (a few substring scans spare most texts the pattern)
        anchors += [m.start() for m in _FRENCH_DAY_ANCHOR.finditer(text)]
    for anchor in sorted(anchors):
        if anchor < taken:
            continue
        for word in _WORD_START.finditer(text, max(taken, tried, anchor - _BACK), anchor + 1 + _OPENING_LENGTH):
            if word.start() > anchor:
                break
            if not (word.group()[0].isdigit() or word.group().lower() in _OPENING_WORDS):
                continue  # a word no form opens with: a quick test saves a match of the whole grammar
            match = GRAMMAR.match(text, word.start())
            if match is not None and match.end() > anchor:
                if match.lastgroup == "f_sd":  # "24./30.10.": a day mention for each day
                    listed = _slashed_days(match)
                    mention = listed.pop() if listed else None
                    found.extend(listed)
                else:
                    mention = _mention(match)
                before = max(0, match.start() - _BACK)  # only the words just before: megabytes stay linear
                if mention is not None and mention.kind == "day" and _CUT_OFF.search(text, before, match.start()):
                    cut_off = match.end()
                    if found and (joined := _from_until(text, found[-1], mention)) is not None:
                        found[-1] = joined  # "ab 22. November ... Bis zum 25. Februar 2024": one span
                elif mention is not None and mention.kind == "time" and 0 <= match.start() - cut_off <= 2 \
                        and not _CLOSES_ITS_SENTENCE.search(text, max(0, cut_off - 12), match.start()):
                    # (not past a stop: "Anmeldung bis 5. Juni. 12.00 Uhr Eröffnung" opens a programme's row)
                    # A time right after a cut-off day is the cut-off's hour: kept as such, so that it covers the
                    # base grammar's reading of the same clock ("bis Freitag, 17. Januar 2025, 12.00 Uhr": its
                    # "12.00"), and left out after the overlay (dates.find_mentions).
                    found.append(mention._replace(kind=CUT_OFF_HOUR))
                elif mention is not None:
                    found.append(mention)
                taken = match.end() if mention is not None else taken
                break
        tried = anchor + 1
    return found


# A cut-off day that closes its sentence: a month's whole name and a stop ("bis 5. Juni. 12.00 Uhr Eröffnung"), not
# a month cut short ("bis 17. Jan. 12.00 Uhr") nor figures ("bis 5.6. 12.00 Uhr")
_CLOSES_ITS_SENTENCE = re.compile(r"[^\W\d_]{4}\.\s*$|[;!?]\s*$")


# "ab 22. November", "dès le 3 mars", "à partir du 3 mars": the first day of what lasts.
_FROM = re.compile(r"(?i:(?<!\w)(?:ab|dès\s+le|à\s+partir\s+du)\s+)$")
_FROM_REACH = 160  # "ab 22. November soweit. Bis zum 25. Februar 2024": the end in the next sentence or so
# "ouvrira le 13 février ... et restera ouverte (pendant 14 jours,) jusqu'au 26 février": a first day said after a
# verb of opening, a last day after a verb of staying open or going on, or after how long: one run (the English,
# Spanish and Italian kin are joined by parsers/extent.py; this grammar reads "jusqu'au" days as cut-offs)
_OPENS = re.compile(r"(?i:(?<!\w)(?:s['’])?(?:ouvr(?:e|ent|ira|iront)|début(?:e|ent|era|eront)|commencer(?:a|ont)"
                    r"|(?:sera|seront)\s+inaugurée?s?|inaugur(?:e|era))(?:\s+(?:le|du))?\s+)$")
_RUNS_UNTIL = re.compile(r"(?i:(?<!\w)(?:(?:(?:rester|demeurer)(?:a|ont)|reste|restent|demeure|sera|seront)\s+"
                         r"(?:ouverte?s?|visibles?|accessibles?|présentée?s?)|(?:se\s+)?prolonger(?:a|ont)|durer(?:a|ont)"
                         # ("leurs travaux se poursuivront jusqu'au 21 décembre": a gathering going on)
                         r"|se\s+poursuivr(?:a|ont)|continuer(?:a|ont))"
                         r"(?:\s+pendant\s+(?:[\w-]+\s+){1,2}?(?:jours|semaines|mois)\s*,?)?"
                         r"|\bpendant\s+(?:[\w-]+\s+){1,2}?(?:jours|semaines|mois)\s*,)\s+jusqu['’]\s?(?:au|à|a)\s*$")


# "C'est ce mardi 18 que s'est ouverte la réunion ...": a cleft that puts the first day before the verb of opening
_OPENED_AFTER = re.compile(r"(?i:\s+qu(?:e\s+|['’]\s*)(?:s['’](?:est|sont)\s+ouverte?s?|(?:a|ont)\s+(?:débuté|commencé)"
                           r"|s['’]ouvr(?:e|ent)|début(?:e|ent)|commencen?t)\b)")
_CLEFT_REACH = 260  # the cleft's subject, a gathering's long name, may stand between the two days


def _first_of_the_month_said(start: Mention, end: Mention) -> Mention:
    """"ce mardi 18" before "jusqu'au 21 décembre 2018": the weekday's day of the month in the end's month and year
    (the month before it when the day is later than the end's); any other mention as it is."""
    last = end.first
    if start.kind != "weekday" or not start.offset or last is None or not 1 <= start.offset <= 31:
        return start
    before = (12, last.year - 1 if last.year else None) if last.month == 1 else (last.month - 1, last.year)
    for month, year in ([(last.month, last.year)] if start.offset <= last.day else []) + [before]:
        # (the month whose day of that number falls on the weekday said: "ce jeudi 18" before "jusqu'au 21 janvier
        # 2026" is 18 December 2025, a Thursday, not 18 January, a Sunday)
        if year is None or _falls_on(year, month, start.offset, start.weekday):
            return start._replace(kind="day", first=DayPart(start.offset, month, year, start.weekday), offset=0)
    return start


def _falls_on(year: int, month: int, day: int, weekday: int | None) -> bool:
    """Is there such a day, and on that weekday (when one is said)?"""
    try:
        return weekday is None or dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _from_until(text: str, start: Mention, end: Mention) -> Mention | None:
    """"ab 22. November" and a later "bis zum 25. Februar 2024" in the same paragraph, "ouvrira le 13 février ...
    restera ouverte jusqu'au 26 février": a span from one to the other (the span keeps the words of its start, where a
    sentence reads it; the end lends its year). "C'est ce mardi 18 que s'est ouverte la réunion ...; leurs travaux se
    poursuivront jusqu'au 21 décembre 2018": the same, the first day a weekday and its day of the month, in the end's
    month."""
    cleft = start.kind == "weekday" and _OPENED_AFTER.match(text, start.end) is not None \
        and _RUNS_UNTIL.search(text, max(0, end.start - 64), end.start) is not None
    if cleft:
        between = text[start.end : end.start]
        if len(between) > _CLEFT_REACH or "\n" in between or re.search(r"[.!?]\s", between):
            return None
        start = _first_of_the_month_said(start, end)
        if start.first is None or end.first is None or (start.first.month, start.first.day) >= \
                (end.first.month, end.first.day) and start.first.year == end.first.year:
            return None
        return start._replace(kind="span", last=end.first)
    first, last = start.first, end.first
    lead = text[max(0, start.start - 16) : start.start] + start.text.split(" ", 1)[0] + " "
    if start.kind != "day" or first is None or last is None or not (
            _FROM.search(lead) or _FROM.search(text, max(0, start.start - 16), start.start)
            or (_OPENS.search(text[max(0, start.start - 24) : start.start] + start.text.split(" ", 1)[0] + " ")
                and _RUNS_UNTIL.search(text, max(0, end.start - 64), end.start))):
        return None
    between = text[start.end : end.start]
    if len(between) > _FROM_REACH or "\n" in between:
        return None
    if first.year is None and last.year is not None:
        year = last.year - 1 if (first.month, first.day) > (last.month, last.day) else last.year
        first = DayPart(first.day, first.month, year, first.weekday)
    if (first.year or 0, first.month, first.day) >= (last.year or first.year or 0, last.month, last.day):
        return None
    return start._replace(kind="span", first=first, last=last)



def overlay(base: list[Mention], foreign: list[Mention]) -> list[Mention]:
    """`base` with `foreign` laid over it; of two that overlap, the longer stays (a tie goes to `foreign`).

    Both lists are in order and neither overlaps itself, so one sweep merges them.
    """
    if not foreign:
        return base
    merged: list[Mention] = []
    at = 0  # the next mention of `base` not yet placed
    for mention in foreign:
        while at < len(base) and base[at].end <= mention.start:
            merged.append(base[at])
            at += 1
        overlapping: list[Mention] = []
        while at + len(overlapping) < len(base) and base[at + len(overlapping)].start < mention.end:
            overlapping.append(base[at + len(overlapping)])
        if all(len(mention.text) >= len(m.text) for m in overlapping):
            merged.append(mention)
            at += len(overlapping)
    merged.extend(base[at:])
    return merged


_NUMBER = re.compile(r"\d+")


def _slashed_days(match: re.Match[str]) -> list[Mention]:
    """The days of "24./30.10.", "2./5./9.11.", each a mention of its own number (the last with the month's); two
    days in a row ("23./24.8.") are one span from the first to the second."""
    month = int(match.group("sdm"))
    numbers = [*_NUMBER.finditer(match.group("sdl")), None]
    at = match.start("sdl")
    days = []
    for number in numbers:
        # (each day's mention takes its slash in: no "//" is left where the days are cut from a summary)
        start, end = (at + number.start(), at + number.end() + 2) if number else (match.start("sdd"), match.end())
        day = day_part(number.group() if number else match.group("sdd"), month, match.group("sdy"), None)
        if day is None:
            return []  # "31./32.10.": no list of days
        days.append(Mention("day", start, end, match.string[start:end], first=day))
    if len(days) == 2 and days[0].first and days[1].first and days[1].first.day == days[0].first.day + 1:
        return [Mention("span", match.start(), match.end(), match.group().strip(), first=days[0].first,
                        last=days[1].first)]
    return days


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "wk":  # a week's days: a span with no year
        first, last = _day(groups["wk1d"], groups["wk1m"], None), _day(groups["wk2d"], groups["wk2m"], None)
        return Mention("span", *span, first=first, last=last) if first and last else None
    if form in ("s", "ns"):
        last = _day(groups[form + "2d"], groups[form + "2m"], groups[form + "2y"])
        first = _day(groups[form + "1d"], groups[form + "1m"] or groups[form + "2m"],
                     groups[form + "1y"] or groups[form + "2y"], groups[form + "w"])
        if first is None or last is None:
            return None
        if groups[form + "1y"] is None and first.year is not None and last.year is not None \
                and (first.month, first.day) > (last.month, last.day):
            # "28. Dezember bis 2. Januar 2024" (not "1. November 2018 bis 31. Oktober 2019": its own year said)
            first = DayPart(first.day, first.month, first.year - 1)
        return Mention("span", *span, first=first, last=last)
    if form in ("n", "d", "ny"):
        day = _day(groups[form + "d"], groups[form + "m"], groups.get(form + "y"), groups[form + "w"])
        return Mention("day", *span, first=day) if day else None
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    if form == "wl":
        return Mention("weekday", *span, weekday=WEEKDAYS[(groups["wlw"] or groups["wlc"]).lower()])
    if form == "wn":  # that weekday which is that day of the month, as the English grammar's "Sunday 8"
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["wnw"].lower()], offset=int(groups["wnd"]))
    if form == "rel":
        return Mention("relative", *span, offset=RELATIVE_DAYS[" ".join(groups["rel"].lower().split())])
    if form == "pub":
        if _COUNT_TO_LINE_END.match(match.string, match.end()):
            return None  # a visitor counter's row, "Heute   29" over "Gestern   21": a count, not a day
        offset = {"heute": 0, "gestern": -1, "hier": -1, "demain": 1, "morgen": 1, "übermorgen": 2, "vandaag": 0,
                  "gisteren": -1}.get(
            groups["pub"].lower(), 0)
        return Mention("published", *span, offset=offset)
    if form == "r":
        return Mention("time", *span, time=_clock(groups["r1"]), until=_clock(groups["r2"]), zone=groups["rz"] or "")
    if groups["t"].lower() in ("midi", "minuit") and not _said_as_time(match):
        return None  # „midi“, "Referent bei midi": a name (a workshop, a bar), not noon
    return Mention("time", *span, time=_clock(groups["t"]), zone=groups["tz"] or "")


# What puts "midi" and "minuit" on the clock: a preposition ("à midi", "vers minuit", "jusqu'à midi").
# ... or the day it is the noon of: "le lendemain midi", "demain midi" (no preposition between them)
_NOON_LEAD = re.compile(r"(?i:(?:^|\s)(?:à|a|vers|dès|avant|jusqu['’]à|de|entre|et|lendemain|demain"
                        r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)$")


# What follows a counter's label to the end of its line: a whole number, alone ("Heute   29", "Gestern: 1.204").
_COUNT_TO_LINE_END = re.compile(r"[ \t]*:?[ \t]+\d+(?:[.,’' ]\d{3})*[ \t]*(?:\n|$)")


def _said_as_time(match: re.Match[str]) -> bool:
    if match.group().strip() != match.group("t"):
        return True  # the grammar took the preposition in: "à midi", "dès minuit", "vers midi"
    return _NOON_LEAD.search(match.string, max(0, match.start() - 12), match.start()) is not None


def _day(day: str | None, month: str | None, year: str | None, weekday: str | None = None) -> DayPart | None:
    if day is None or month is None:
        return None
    number = MONTHS.get(month.lower().rstrip("."), 0) if not month.isdigit() else int(month)
    return day_part(day, number, year, WEEKDAYS.get(weekday.lower().rstrip(".")) if weekday else None)


def _clock(text: str) -> dt.time:
    if text.strip().lower() in ("midi", "minuit"):
        return dt.time(12 if text.strip().lower() == "midi" else 0, 0)
    parts = _CLOCK_PARTS.match(text.strip())
    if parts is None:  # the grammar only hands over clock times
        raise ValueError(f"not a time: {text!r}")
    return dt.time(int(parts.group("h")), int(parts.group("m") or 0))
