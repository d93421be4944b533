"""The words of the date grammar: month and weekday names, relative days, counts and zone labels. Pure."""

from __future__ import annotations

import re

# "11-VIII-2021", "5.X.2023": the months in Roman numerals, January first
# The English names as a text writes them, in order: for the modules that write a day back into a text
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A pattern: the German months by name ("2. Oktober 2018", not "2.10.2018"), for the modules that tell a German day
GERMAN_MONTHS = r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# "December fourth", "the twenty-first of May": days of the month in words.
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINALS = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, 1)}, "thirty-first": 31,
}  # fmt: skip
RELATIVE_DAYS = {
    "same day": 0, "same morning": 0, "same afternoon": 0, "same evening": 0, "same night": 0,
    "that day": 0, "that morning": 0, "that afternoon": 0, "that evening": 0, "that night": 0,
    "following day": 1, "next day": 1, "day after": 1, "following morning": 1, "next morning": 1,
    "following afternoon": 1, "following evening": 1, "next evening": 1,
    "previous day": -1, "preceding day": -1, "day before": -1,
}  # fmt: skip
# "Two days later": the numbers in words that the figures 2-9 of "reln" also say
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# Zone labels a time may carry; zones.py says what each means.
ZONE_LABELS = (
    "CET/CEST|EET/EEST|WET/WEST|GMT/BST|EST/EDT|CST/CDT|MST/MDT|PST/PDT|AEST/AEDT|NZST/NZDT|CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|BST|GMT|UTC|MSK|"
    "AEDST|ACDST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|HKT|SGT|JST|KST|PHT|WIB|WITA|WIT|ICT|PKT|SAST|EAT|CAT|WAT|GST|"
    "AKST|AKDT|HST|NST|NDT|ADT|AST|AET|NZT|MYT|NPT|IRST|BRST|BRT|ART|CLST|CLT|COT|PET|UYT|VET|PYT|GYT|"
    "TRT|AZT|UZT|AFT|BTT|MMT|BNT|TLT|ULAT|MVT|MUT|SCT|ChST|PGT|SBT|VUT|FJT|TOT|"
    "EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|NT|IST|Zulu|ZULU|Z"
)
# The labels of three letters or more: after a range of four figures ("1300-1430 EST") they name its clock, where a
# shorter one ("ET", "Z") may end any code.
# A fixed offset as texts write it, read whole ("GMT" alone is UTC): "GMT+3", "UTC+05:30", "UTC+5.30", "GMT-4".
OFFSET_LABEL = r"(?:UTC|GMT)\s?[+−-]\s?\d\d?(?:[:.]?\d\d)?"
LONG_ZONE_LABELS = "|".join(label for label in ZONE_LABELS.split("|") if len(label) >= 3 and "/" not in label)

# "the" right before a date or a place ("the 3 March vote", "the Brussels summit"): what follows names a thing.
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)

# The publication labels of the other languages presscal reads, before a page's or item's stamp: "Publicado el",
# "Publicado em", "Publié le", "Mis à jour le", "Veröffentlicht am", "Aktualisiert am", "Pubblicato il".
STAMP_LABELS_ABROAD = (r"publicado(?:\s+(?:el|em))?|actualizado(?:\s+el)?|atualizado(?:\s+em)?|publi[ée](?:\s+le)?"
                       r"|mis\s+[àa]\s+jour(?:\s+le)?|ver[öo]ffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?"
                       r"|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|publiziert(?:\s+am)?"
                       # and the Slavic, Dutch and Nordic labels: "Objavljeno:", "Opublikowano:", "Zveřejněno:",
                       # "Gepubliceerd op", "Publicerad:", "Julkaistu:"
                       r"|objavljen[oa]?|ažurirano|opublikowano|zaktualizowano|zveřejněno|publikováno|aktualizováno"
                       r"|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|publicerad|publiceret|publisert|julkaistu"
                       r"|päivitetty"
                       # and the Arabic: "آخر تحديث" (last updated), "تاريخ النشر" (date of publication), "نشر بتاريخ"
                       # (published on)
                       r"|آخر\s+تحديث|تاريخ\s+(?:النشر|التحديث)|نشر\s+بتاريخ")


def spelled_names(table: dict[str, int]) -> str:
    """Capitalised and upper-case spellings, longest first, so 'Sept' wins over 'Sep'."""
    spelled = sorted(table, key=len, reverse=True)
    return by_first_letter([s for n in spelled for s in (n.capitalize(), n.upper())])


def by_first_letter(words: list[str]) -> str:
    """The words as alternatives, those with one first letter grouped (in their order): the engine then tests a
    handful of letters at each place, not every word. Words of different first letters never match at one place,
    so the matches are the same."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
