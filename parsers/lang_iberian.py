"""Spanish and Portuguese dates and times, read into the same mentions as the English grammar. Pure.

    days     07 de julio del 2021 · miércoles 09 de octubre · 1 de enero de 2026 · 10 de janeiro de 2024
             quarta-feira (10/1) (a weekday, and its day and month in brackets)
    spans    del 12 al 14 de noviembre · de 19 de janeiro a 9 de fevereiro de 2024 · entre el 3 y el 5 de mayo
    weekdays este lunes · el viernes · nesta quarta-feira · na sexta-feira
    relative hoy · mañana · ayer · hoje · amanhã · ontem
    times    a las 17 horas · a las 11:00 horas · las 5 de la tarde · a las 10 de la mañana · a las 16 · às 9h
             7 de mayo, 8 de la mañana (after a date's comma)

dates.find_mentions lays them over the mentions the other grammars found in the same text, the longer
reading of the same words winning ("09 de octubre a las 11:00 horas" is a day and a time, not the time alone).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.clock import parse_clock
from parsers.fieldnames import alternatives
from parsers.gate import folded_case, holds_any, lower_case
from parsers.langgrammar import compile_forms, parts
from parsers.mentions import (
    DAY_NUMBER,
    HEADING_END,
    HEADING_START,
    YEAR_NUMBER,
    DayPart,
    Mention,
    before_its_clock,
    day_part,
    ordered_span,
)

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip
WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5,
    "domingo": 6, "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
    "sexta-feira": 4,
}  # fmt: skip
# "hoy" is the publication day; "mañana" is tomorrow only where it is no part of a clock ("de la mañana").
PUBLISHED = {"hoy": 0, "hoje": 0, "mañana": 1, "amanhã": 1, "ayer": -1, "ontem": -1}
# "las 5 de la tarde": the part of the day that says whether an hour is before or after noon.
_AFTERNOON = {"tarde": True, "noche": True, "noite": True, "mañana": False, "manhã": False, "madrugada": False}
# "a las cinco de la tarde", "às oito da noite": an hour written as a word, read only with the part of the day after
# it ("las cinco provincias" is no clock)
HOUR_WORDS = {
    "una": 1, "uma": 1, "dos": 2, "duas": 2, "tres": 3, "três": 3, "cuatro": 4, "quatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "sete": 7, "ocho": 8, "oito": 8, "nueve": 9, "nove": 9, "diez": 10, "dez": 10, "once": 11,
    "onze": 11, "doce": 12, "doze": 12,
}  # fmt: skip
_HOUR_WORD = rf"(?i:{alternatives(HOUR_WORDS)})"
_PART_OF_DAY = r"(?i:de\s+la|da)\s+(?P<vp>(?i:tarde|noche|noite|mañana|manhã|madrugada))\b"


_MONTH = rf"(?i:{alternatives(MONTHS)})"
_CAPITAL_MONTH = "(?:" + alternatives(name.capitalize() for name in MONTHS) + ")"
_YEAR_FOLLOWS = rf"(?=,?[ \t]+{YEAR_NUMBER}\b(?![:.,]\d)(?!\s+[a-zà-ÿ]))"  # a year, not a count of things
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
# "de segunda a sexta": Portuguese weekdays cut short in a run of them
SHORT = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_SHORT = rf"(?i:{alternatives(SHORT)})"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
# "de" between a day and its month: small, or large in a heading set in capitals ("SABADO 13 DE JULIO")
_OF = r"(?:de|DE)"
# Words before a weekday that make it a day of the week in context ("este lunes", "nesta quarta-feira").
# The short weekdays that are ordinals too (the second to the sixth), and their figures
_ORDINALS = {"segunda": 2, "terça": 3, "terca": 3, "quarta": 4, "quinta": 5, "sexta": 6}
_DETERMINER = (r"(?i:(?:el|la|na|no|o|a)\s+pr[óo]xim[oa]|pr[óo]xim[oa]|este|esta|el|nesta|neste|na|no|o|a|desta"
               r"|deste)")
# "y" and "e" between two days: "los días 22 y 23", "el 14 y el 21", "nos dias 14 e 15", "o 3 e o 5"
_AND = r"(?i:y\s+el|y|e\s+o|e)"
_CLOCK_WORDS = r"(?i:a\s+las|às|as|de\s+las|das|desde\s+las)"  # the words before a clock's figures ("a las 9.30")
# The ends of the weekdays' names before ", ": a day of the month after a comma and one of them is the weekday's
_NOT_AFTER_A_WEEKDAY = "".join(f"(?<!(?i:{end}),[ \t])" for end in ("feira", "lunes", "martes", "coles", "jueves",
                                                                     "viernes", "bado", "domingo"))
# "del" after the word a clock ends with ("7:00 a.m. del", "10 horas del"), before a weekday and its day of the month
# with no month after it ("del sábado 17", not "del domingo 18 de julio", a whole date)
_CLOCK_WORD_DEL = (rf"(?:(?<=\d[ap]m )|(?<=\b[aApP]\.[mM]\. )|(?<=\bhoras )|(?<=\bhrs\. )|(?<=\bhrs ))"
                   rf"del(?=\s+{_WEEKDAY}\s+{_DAY}\b(?!\s+(?i:de)\b))")
_FORMS = {
    # "del 12 al 14 de noviembre", "de 19 de janeiro a 9 de fevereiro de 2024", "entre el 3 y el 5 de mayo": a span
    # (before the days: it opens earlier, so it is found first); a row or the days named gives it bare ("Lima: 24
    # al 27 de mayo de 2017", "los días 22 y 23 de mayo"), both days, not the last one alone
    # "del martes 18 al viernes 21 de marzo", "del sábado 27 al lunes 29 de julio", "de sexta-feira 4 a domingo 6 de
    # outubro": each day may follow its weekday
    # "el 18 de setiembre y el 28 de octubre": "y" between two whole dates makes a list of two days; it joins a span's
    # ends only after "entre" ("entre el 3 de mayo y el 9 de junio", "entre os dias 3 e 6 de março"), or between bare
    # days ("los días 22 y 23 de mayo", "nos dias 14 e 15 de setembro"; days that do not follow each other are two:
    # datecontext.listed_days)
    "s": (rf"(?:(?:(?P<sb>(?i:entre))(?:\s+(?i:el|os\s+dias))?|(?i:del|de|desde\s+el|desde))\s+)?"
          rf"(?:(?P<s1w>{_WEEKDAY}),?\s+)?"
          rf"(?P<s1d>{_DAY})(?:\s+de\s+(?P<s1m>{_MONTH}))?"
          rf"\s+(?:(?i:al|a|hasta\s+el|até)|(?(s1m)(?(sb){_AND}|(?!))|{_AND}))\s+(?:(?P<s2w>{_WEEKDAY}),?\s+)?"
          rf"(?P<s2d>{_DAY})\s+{_OF}\s+(?P<s2m>{_MONTH})\b"
          rf"(?:\s+(?:{_OF}|del|DEL)\s+(?P<s2y>{_YEAR})\b)?"),
    # "Del martes 3 al sábado 7", "de terça-feira 4 a domingo 6": a span whose ends are each a weekday and its day of
    # the month, the month left to the context (a venue's bullets under "este marzo de 2026"); the first weekday picks
    # the month (dayheading._monthday_span). With the month after the last day it is a span above.
    "q": (rf"(?i:del|de|desde\s+el|desde)\s+(?P<q1w>{_WEEKDAY}),?\s+(?P<q1d>{_DAY})"
          rf"\s+(?i:al|a|hasta\s+el|até)\s+(?P<q2w>{_WEEKDAY}),?\s+(?P<q2d>{_DAY})\b"
          rf"(?![:.h]?\d|\s+{_OF}\s|º|°)"),
    # "Miércoles, 07 de julio del 2021", "09 de octubre", "10 de janeiro de 2024"
    # ("28 mayo, 6.30pm" in a list: the "de" left out, the month written small as Spanish writes it)
    # ("el próximo 1ro. de mayo": the first of the month written as an ordinal)
    # ("hoje (Segunda-feira), 15 de Setembro": the weekday in brackets before the day, as Angola's releases write it)
    # ("data: terça-feira, dia 10 de março", "jueves, día 12 de mayo": "dia"/"día" may name the day after the weekday,
    # with no determiner before it, as a card's date field writes it)
    "d": (rf"(?:(?:{_DETERMINER}\s+)?(?P<dq>\()?(?P<dw>{_WEEKDAY})(?(dq)\)),?\s+(?:(?<=,\s)(?i:d[ií]a)\s+)?)?"
          rf"(?P<dd>{_DAY})(?:º|°|(?<=1)(?i:ro|ero)\.?)?"
          # ("Miércoles, 04 Septiembre 2024 13:39": a page's stamp writes the month with a capital and no "de";
          # read so only where the year follows it, "el 5 Mayo" of a name standing alone)
          rf"\s+(?:{_OF}\s+(?P<dm>{_MONTH})|(?P<dn>{alternatives(MONTHS)}|{_CAPITAL_MONTH}{_YEAR_FOLLOWS}))\b"
          # ("Tegucigalpa, 05 abril 2016", "5 de abril, 2016": the year after the month with no "de", as datelines
          # write it)
          # (with no "de", a count after a comma is no year: "el 5 de abril, 2030 personas asistirán"; the year
          # stands before the line's end, a stop, a clock, a name or a preposition)
          rf"(?:(?:\s+(?:{_OF}|del|DEL)\s+|(?P<dbare>,?[ \t]+))(?P<dy>{_YEAR})\b(?![:.,]\d)"
          rf"(?(dbare)(?!\s+(?!{_CLOCK_WORDS}\b|(?i:en|em|no|na|y|e|desde|hasta|at[ée])\b)[a-zà-ÿ])))?"
          # ("15 de dezembro (sexta-feira)": the weekday after the date, in brackets, as agendas head their days)
          rf"(?:\s?\((?P<dv>{_WEEKDAY})\))?"),
    # "quarta-feira (10/1)": the weekday, then its day and month in brackets (the weekday confirms them); "Sábado
    # 15/03 – 16h", "Domingo, 16/03": a fixture list's weekday and day and month, no brackets (not "15/03/2031");
    # "Segunda-feira (27.11)": in brackets the day and month may be dotted, as Brazil's week agendas head each day
    # (only in brackets closed right after the month: "Sábado 10.30" bare is a clock)
    # ("na quarta-feira que vem, 26/12": "que vem", next, between the weekday and its day)
    "b": (rf"(?:{_DETERMINER}\s+)?(?P<bw>{_WEEKDAY})(?:\s+(?i:que\s+vem))?(?:\s?\(|,?\s+)(?P<bd>{_DAY})"
          r"(?:/|(?:(?<=\(\d)|(?<=\(\d\d))\.(?=(?:1[0-2]|0?[1-9])\)))(?P<bm>1[0-2]|0?[1-9])"
          r"(?:\)|(?![/\d]))"),
    # "de lunes a viernes", "de segunda a sexta-feira": a run of weekdays (the days of the week an office opens)
    "r": (rf"(?i:de|desde)\s+(?P<r1>{_WEEKDAY}|{_SHORT})\s+(?i:a|al|hasta(?:\s+el)?)\s+(?P<r2>{_WEEKDAY}|{_SHORT})\b"),
    # "nesta quinta-feira (22)": Brazil's releases give the day of the month in brackets after the weekday;
    # "el jueves 12 a las 18": or after it, with no month
    # ("na próxima segunda-feira (1º)", "as sessões de terça-feira (2)", "na terça (2) e na quinta (4)": "próxima" after
    # the determiner, an ordinal's mark, "de" and the short weekday, each only before the day in brackets)
    # ("Abertura: segunda-feira (19), às 9h": a row's label and a colon before the weekday and its day in brackets)
    # ("a las 08:30 del miércoles 10": "of" before the weekday, after the clock it dates)
    # ("a las 7:00 a.m. del sábado 17", "a las 10 horas del martes 3": the clock's "a.m."/"p.m." or "horas" between)
    # ("Programa de terça-feira:", "Agenda del jueves": the day a programme or agenda is of, as a heading gives it)
    "w": (rf"(?:(?P<wlead>{_DETERMINER}|(?<=\d )del|{_CLOCK_WORD_DEL}|de(?=\s+[\w-]+\s?\(\d))\s+"
          rf"|(?:(?<=[Pp]rograma )|(?<=[Aa]genda )|(?<=PROGRAMA )|(?<=AGENDA ))(?P<wof>de|del|para)\s+"
          rf"|(?<=:[ \t])(?=[\w-]+\s?\(\d))"
          rf"(?:(?i:pr[óo]xim[oa])\s+(?=[\w-]+\s?\(\d))?"
          rf"(?P<ww>{_WEEKDAY}|{_SHORT}(?=\s?\(\d))"
          # ("nesta terça-feira, 3, o ministro": the day set off by commas, closed by a comma or a stop, so "na
          # quarta-feira, 3 ministros" is a count)
          rf"(?:\s?\((?P<wd>{_DAY})(?:º|°)?\)|\s+(?P<wn>{_DAY})\b(?![:.h]?\d|\s+de\b|º|°)"
          rf"|,\s(?P<wc>{_DAY})(?=[,;)]|\.(?!\d))"
          # "nesta quinta-feira, dia 26, das 8h", "el jueves, día 12": the day of the month after "dia"/"día" (not
          # "dia 26 de janeiro", a whole date, nor "dia 26/1")
          rf"|,?\s(?i:d[ií]a)\s(?P<wy>{_DAY})\b(?![/.-]\d|\s+(?i:de|del|do|da)\b|º|°)|\b)"),
    # "SEGUNDA-FEIRA (14)", "Terça (28)", "Jueves 6": a line of a week agenda that holds only a weekday and its day
    # of the month (in brackets, as Brazil writes it, or bare), the heading of that day's rows, the month in context
    # (a comma may part them: "Segunda-feira, 9", "Martes, 10"; "dia"/"día" may name the day: "Terça-feira, dia 18")
    # ("Terça-feira (26), 10h – Marabá:", "Sábado (30) – Xinguara:": or a row that opens with them, the bracketed day
    # then its clock or a dash and the place; the weekday spelled whole, "Quinta (5)" being a fifth too)
    "e": (rf"{HEADING_START}(?P<ew>{_WEEKDAY}|(?P<es>{_SHORT}))(?:[ \t]?\((?P<ed>{_DAY})(?:º|°)?\)"
          rf"(?:{HEADING_END}|(?(es)(?!)|(?=[ \t]*(?:,[ \t]*\d{{1,2}}(?:h|[:.]\d\d)|[–—-][ \t]))))"
          rf"|,?[ \t]+(?:(?i:d[ií]a)[ \t]+)?(?P<en>{_DAY}){HEADING_END})"),
    # "Jueves 15, a las 9.30 horas", "Quinta-feira 15, às 9h30": a weekday and its day of the month with no word
    # before it, as a programme's row opens, the month in context (only before a comma, a colon or the clock's word:
    # "jueves 15 de mayo" is a day, above)
    "k": rf"(?P<kw>{_WEEKDAY})\s+(?P<kd>{_DAY})" + before_its_clock(_WEEKDAY, _CLOCK_WORDS),
    # "al mediodía", "desde el mediodía", "ao meio-dia": noon, after the word that puts it on the clock ("el mediodía
    # de Europa" alone is no time)
    "n": r"(?i:al|a|desde\s+el|hasta\s+el|ao|até\s+o|desde\s+o)\s+(?i:mediod[ií]a|meio-dia)\b",
    # "de 4:00 a 10:00 p.m.", "de 2 a 5 p.m.", "das 3:00 às 6:00 p.m.", "de las 4 a las 10 pm": a range of two clocks
    # of twelve hours, the half of the day said only after the second, as the Americas write it; the first clock
    # takes it too where the range still runs forward ("de 9 a 5 p.m." is 9:00 to 17:00, as English "from 9 to 5 p.m.")
    "h": (r"(?i:de|desde|das)\s+(?:(?i:las|la|as)\s+)?(?P<hh>1[0-2]|0?[1-9])(?P<hm>[:.h][0-5]\d)?"
          r"\s+(?i:a|hasta|às|as|até)\s+(?:(?i:las|la|as)\s+)?(?P<hu>1[0-2]|0?[1-9])(?P<hv>[:.h][0-5]\d)?"
          r"\s?(?P<hp>[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"),
    # "las 5 de la tarde", "a las 17 horas", "a las 11:00 horas", "a las 16", "às 9h" (a clock after "a las");
    # "pelas 10 horas" (Portuguese "at about", as Angola and Portugal write a meeting's hour); "a partir das 16 horas"
    # (from four o'clock);
    # "a las 19 y 30 horas", "las 8 y media"; "de las 8 a las 14 horas", "das 8h às 17h" (a range);
    # "a la hora 14", "Municipio B – hora 9 – Teatro": the River Plate's hour on a 24-hour clock
    # "a las 9 hora local", "a las 9 -10 de la Argentina-" (the host's clock, then another land's: dashedclocks.py);
    # "a las 11 hora de Argentina", "a las 11 hora de la Argentina" (a whole hour, then the land whose clock it is:
    # zonewords.py reads the label)
    # "entre las 10:00 y las 12:00", "entre as 14h00 e as 17h30": "y"/"e" makes a range only after "entre"
    "t": (r"(?:(?P<tb>(?i:entre))\s+(?i:las|as)"
          r"|(?i:(?:a\s+partir(?:\s+de)?|a|desde|para|hasta|de)\s+)?(?:(?<!\d\s)(?i:la\s+)?(?i:hora)|(?i:las|la|às|das|pelas)))"
          r"\s+(?P<th>[01]?\d|2[0-3])"
          # ("a las 10,30 horas": hour and minutes parted by a comma, as a decimal is, only before the hours' word,
          # its letter "h" too, or before a range's end so written: "de las 9,30 a las 14,30 horas")
          r"(?:[:.h](?P<tm>[0-5]\d)|,(?P<tc>[0-5]\d)(?=\s*(?:horas|hrs|hs|h)\b"
          r"|\s+(?i:a|hasta)\s+(?i:las\s+)?(?:[01]?\d|2[0-3]),[0-5]\d\s*(?:horas|hrs|hs|h)\b)"
          r"|(?(tb)(?!)|\s+y\s+(?P<tq>15|30|45|(?i:media|cuarto))\b))?"
          r"(?:\s*h\b)?(?:\s+(?:(?i:a|hasta|às)|(?(tb)(?:y|e)|(?!)))\s+(?i:las\s+|as\s+)?"
          r"(?P<uh>[01]?\d|2[0-3])(?:[:.h](?P<um>[0-5]\d)|,(?P<uc>[0-5]\d)(?=\s*(?:horas|hrs|hs|h)\b))?)?"
          # ("a partir de las 11hs", "desde las 20 hs": the River Plate's short "horas", glued or not)
          # ("às 17 horas e 45 minutos", "a las 9 horas y 15 minutos": the minutes said after the hours' word)
          r"(?:\s+horas\s+(?:e|y)\s+(?P<tw>[0-5]?\d)\s+minutos\b"
          r"|\s*(?:horas|hrs|hs|h)\b|\s+(?i:de\s+la)\s+(?P<tp>tarde|noche|mañana|madrugada)\b"
          # (a dot before a figure is the minutes' own, never the sentence's end: "a las 9.30 el ministro" is 9:30,
          # not 9 o'clock; with its minutes the clock stands before any word in lower case, as a whole hour may not,
          # but am/pm and a clock's label in capitals are the English grammar's to read with it)
          r"|(?=\s*(?:[,;)–—]|\.(?!\d))|\s+(?:en|horas|hrs|del?|y|no|na|em)\b|\s+hora\s+(?:local\b|de\s+(?:la\s+)?[A-ZÁÉÍÓÚ])|\s+[-(]\d|\s*$)"
          r"|(?(tm)(?=\s+(?![ap]\.?\s?m\b)[a-zà-ÿ])|(?!))"
          # ("a las 16 las dos ministras ...", "às 10 o governador ...": a whole hour after "a las" or "às", the
          # sentence's subject right after it with its article)
          r"|(?:(?<=[Aa] las \d)|(?<=[Aa] las \d\d)|(?<=[Àà]s \d)|(?<=[Àà]s \d\d))"
          # ("verá a las 13 a los miembros ...", "se reúne a las 11 con el gobernador", "às 10 com o prefeito": a whole
          # hour, then whom the subject meets, a preposition and its article)
          r"(?=\s+(?:(?:a|con|com|ante)\s+)?(?:el|la|los|las|o|os|as)\s+[^\W\d_]|\s+(?:al|ao|aos)\s+[^\W\d_]))"),
    # "a las cinco de la tarde", "a la una y media de la tarde", "às oito da noite": the hour as a word, then the part
    # of the day
    "v": (rf"(?i:(?:a|desde|para|hasta)\s+)?(?i:las|la|às|as)\s+(?P<vh>{_HOUR_WORD})"
          rf"(?:\s+(?i:y|e)\s+(?P<vq>(?i:media|meia|cuarto)))?\s+{_PART_OF_DAY}"),
    # "Martes 7 de mayo, 8 de la mañana: comienzan ...": after a date's comma, or opening a line, the hour in figures
    # with no "a las" before it, the part of the day after it making it a clock ("7 de mayo" is a day, "8 de la
    # mañana" is none); not inside a range, "de 7 de la mañana a 7 de la noche", nor after "las", read above
    "f": (r"(?:(?<=,[ \t])|(?<=^)|(?<=\n))(?P<fh>[01]?\d|2[0-3])(?::(?P<fm>[0-5]\d))?\s+(?i:de\s+la)\s+"
          r"(?P<fp>(?i:mañana|tarde|noche|madrugada))\b(?!\s+(?i:a|hasta|y)\s+(?i:las\s+)?\d)"),
    # "de 08:00 a 17:00", "desde 9.30 hasta 13.00 horas" closing a line: a range of two clocks with minutes after
    # "de" (no "las"), as a timetable's rows give hours; one mention, so a row "sábado 18 de octubre de 08:00 a
    # 17:00" says only when (inside prose the two clocks stay apart, as the sentences around them are read)
    # ("09:30 a 14:00" alone on its line, as a programme's card gives a session's hours under its name: the range
    # with no "de" before it)
    "c": (rf"(?:(?i:de|desde)\s+|{HEADING_START}[ \t]*)(?P<ch>[01]?\d|2[0-3])[:.h](?P<cm>[0-5]\d)(?:\s*h\b)?"
          r"\s+(?i:a|hasta|às|ao)\s+(?P<cu>[01]?\d|2[0-3])[:.h](?P<cv>[0-5]\d)(?:\s*(?:horas|hrs|h)\b)?"
          r"(?=[ \t]*\.?[ \t]*(?:\n|$))"),
    # "Al día siguiente", "el día anterior", "no dia seguinte": a day counted from the day in context (a day before it
    # hints the text already)
    "x": r"(?i:al|el|del|no|o|ao|do)\s+(?P<xr>(?i:d[ií]a\s+(?:siguiente|seguinte|anterior)|otro\s+d[ií]a))\b",
    # "el día 14", "o dia 16": a day of the month alone, the month in context (as English "on the 14th"); not a day
    # followed by whose or which it is ("el día 14 de mayo", "el día 2 de la conferencia", "el día 16 del pasado mes",
    # "no dia 16 do mês passado", "el día 14/5")
    # (after a comma the article may go: "Noche de los Libros, día 20: ...", "a Feira, dia 9, ...", a programme's
    # name and then its day; not after a weekday, "quinta-feira, dia 7 deste mês", which the weekday's forms read)
    # (Spanish may leave "día" out before the clock: "el 4, a las 19 horas", "el 18 a las 19 horas")
    # ("la sesión ordinaria del 25 próximo", "el próximo 25 en Lima", "no próximo dia 25": the next 25th, the day of
    # the month called the coming one and no month named; not "el próximo 25 de enero", a whole date, nor "el próximo
    # 25 aniversario", a count; nor the first day of a span or list, "el próximo 25 y 26 de marzo", "del próximo 15 al
    # 30 de abril", which the span's form reads with its month)
    "m": (rf"(?:(?:(?i:el|del|al|o|no|ao|do)\s+|(?<=,[ \t]){_NOT_AFTER_A_WEEKDAY})(?i:d[ií]a)\s+(?P<md>{_DAY})\b"
          r"(?!\s*[/.-]\d|\s+(?i:de|del|do|da|dos|das|pasado|passado)\b)"
          rf"|(?<!\w)(?i:el)\s+(?P<mb>{_DAY})(?=,?\s+(?i:a\s+las?|desde\s+las)\s+\d)"
          rf"|(?<!\w)(?i:el|del|al)\s+(?P<mn>{_DAY})\s+(?i:pr[óo]ximo)\b"
          rf"|(?<!\w)(?i:el|del|al|o|no|ao|do)\s+(?i:pr[óo]ximo)\s+(?:(?i:d[ií]a)\s+)?(?P<mx>{_DAY})"
          r"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+(?i:en|em|a|al|ao|y|e|para|con|com|a\s+las|às)\b)"
          r"(?!,?\s+(?:(?i:y|e|a|al|ao)\s+)?(?:(?i:el|o|d[ií]a)\s+)?\d))"),
    # ("por la mañana", "esta mañana": the morning, not tomorrow; "hoy en día", "hoje em dia": nowadays; "el día de
    # mañana", "o dia de amanhã": some day to come, not the next one)
    "p": (r"(?<!la )(?<![Ee]sta )(?<![Cc]ada )(?<![Dd][ií]a de )(?P<pub>(?i:hoy|hoje|amanhã|ayer|ontem|mañana))\b"
          r"(?!\s+(?i:en|em)\s+d[ií]a\b)"),
}
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:¡¿\n]|[.!?]\W)\s*$")
GRAMMAR = compile_forms(_FORMS)
_DAYS = re.compile(r"(?<![\w/.:-])(?P<f_d>" + _FORMS["d"] + ")")
# Only a text with one of these is read: most texts are English and pay for one search of this pattern.
# ("Segunda (24)": a week agenda's day heading, the short weekday before its day in brackets)
_HINT = re.compile(rf"\b(?:{_OF}\s+{_MONTH}\b|{_WEEKDAY}|{_SHORT}[ \t]?\(\d|(?i:las|às|hora)\s+\d"
                   rf"|(?i:las|às)\s+{_HOUR_WORD}\b"
                   r"|(?i:hoy|hoje|amanhã|ayer|ontem)\b"
                   r"|(?i:mediod[ií]a|meio-dia)\b)")
# Words one of which every text _HINT finds holds, in the lower-cased text, but where (?i) reads "ſ" as an "s" or
# "ı" as an "i" ("luneſ"): such a text is not read (the grammar has no such names). Asked after `hinted`, which
# answers the most texts at the cost of half as many substring searches as these 53.
_HINT_WORDS = (*MONTHS, *WEEKDAYS, *SHORT, "las", "às", "hora", "hoy", "hoje", "amanhã", "ayer", "ontem", "mediod",
               "meio-dia")
# _HINT's answer at a tenth of its cost (tests/test_fast_patterns.py checks both agree): the engine tries `\b`
# and every (?i) word at each position of a text. "de" and a month: the literal first, which the engine skips to,
# the `\b` before it a look-behind after it.
_HINT_DE = re.compile(rf"de(?<!\wde)\s+{_MONTH}\b")
# (and "DE" of a heading in capitals, looked for only in a text that holds it)
_HINT_DE_LARGE = re.compile(rf"DE(?<!\wDE)\s+{_MONTH}\b")
# Each other match opens with one of these words, found in the lower-cased text where (?i) reads it; but for
# letters (?i) takes for "i" or "s" that lower() keeps apart, "İ" lowering to two letters.
_HINT_OPENINGS = (*WEEKDAYS, *SHORT, "las", "às", "hora", "hoy", "hoje", "amanhã", "ayer", "ontem", "mediod",
                  "meio-dia")
_ODD_CASES = ("ı", "ſ", "İ")
# The openings as the folded text (gate.folded_case) shows them, "?" for each letter beyond ASCII ("s?bado", "?s"):
# found where the lower-cased text has the word and at times elsewhere, which _HINT then rules out. Folding costs a
# third of what lowering a text beyond ASCII does, and the Italian and Malay readers look in the same folded text: a
# text is lowered only once hinted (a copy of the sample 101.2 -> 99.8 M instructions).
_FOLDED_OPENINGS = tuple(word.encode("ascii", "replace").decode("ascii") for word in _HINT_OPENINGS)


def hinted(text: str, folded: str) -> bool:
    """Does _HINT find a match in `text` (`folded` is folded_case(text))?"""
    if _HINT_DE.search(text) is not None:
        return True
    if "DE" in text and _HINT_DE_LARGE.search(text) is not None:
        return True
    if any(odd in text for odd in _ODD_CASES):
        return _HINT.search(text) is not None
    # (folded_case gives the text lowered where it holds a letter that lowers to ASCII, the Kelvin sign: that text
    # beyond ASCII is looked through for the words themselves)
    for word in _FOLDED_OPENINGS if folded.isascii() else _HINT_OPENINGS:
        at = folded.find(word)
        while at >= 0:
            if _HINT.match(text, at) is not None:
                return True
            at = folded.find(word, at + 1)
    return False


def iberian_mentions(text: str) -> list[Mention]:
    """The Spanish and Portuguese date and time mentions of `text`, in order."""
    if not hinted(text, folded_case(text)):
        return []
    lowered = lower_case(text)
    if not holds_any(lowered, _HINT_WORDS):
        return []
    found = []
    for match in GRAMMAR.finditer(text):
        mention = _mention(match)
        if mention is not None:
            found.append(mention)
        elif match.lastgroup == "f_s":  # a span not read whole ("del 28 de diciembre al 2 de enero"): its days
            found.extend(m for day in _DAYS.finditer(text, match.start() + 1, match.end())
                         if (m := _mention(day)) is not None)
    return found



# "Semana 1, día 3", "Módulo 2, dia 1": a count before the comma
_COUNT_BEFORE_COMMA = re.compile(r"\d[ \t]*,[ \t]*$")


def _counted_day(text: str, start: int, number: int) -> bool:
    """Is the "día N" after a comma at `start` a count of an event's days rather than a day of the month: under a
    count before the comma ("Semana 1, día 3"), or beside the next or the last of the count ("día 1" and "día 2")?"""
    if _COUNT_BEFORE_COMMA.search(text, max(0, start - 12), start) is not None:
        return True
    return any(re.search(rf"(?i:\bd[ií]a)\s+{other}(?!\d)", text) for other in (number - 1, number + 1) if other > 0)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        last = _day(groups["s2d"], groups["s2m"], groups["s2y"], groups["s2w"])
        first = _day(groups["s1d"], groups["s1m"] or groups["s2m"], groups["s2y"], groups["s1w"])
        return ordered_span(span, first, last)  # (over a new year, "del 28 de diciembre al 2 de enero": None)
    if form == "q":
        opening, closing = int(groups["q1d"]), int(groups["q2d"])
        if not opening < closing or (closing - opening) % 7 != (_weekday(groups["q2w"]) - _weekday(groups["q1w"])) % 7:
            return None  # the weekdays do not fit the days: not a span of one month
        return Mention("monthdays", *span, offset=opening * 100 + closing, weekday=_weekday(groups["q1w"]))
    if form in ("d", "b"):
        year = groups.get("dy") if form == "d" else None
        day = _day(groups[form + "d"], groups[form + "m"] or groups.get("dn") or "", year,
                   groups[form + "w"] or (groups["dv"] if form == "d" else None))
        return Mention("day", *span, first=day) if day else None
    before = match.string[max(0, match.start() - 20) : match.start()]
    if form == "r":
        opening, closing = _weekday(groups["r1"]), _weekday(groups["r2"])
        return Mention("weekdays", *span, weekday=opening, offset=(closing - opening) % 7 or 7)
    if form == "w":
        lead = groups["wlead"] or ""
        if groups["ww"][0].isupper() and lead[:1].islower():
            return None  # "no Domingo", "a Domingo": Spanish and Portuguese write a weekday small; this is a name
        of_month = int(groups["wd"] or groups["wn"] or groups["wc"] or groups["wy"] or 0)
        if groups["wd"] and _ORDINALS.get(groups["ww"].lower()) == of_month and lead.lower() in ("a", "o"):
            return None  # "a sexta (6) edição": an ordinal, its figure in brackets, not "na sexta (6)", a Friday 6th
        weekday = WEEKDAYS.get(groups["ww"].lower(), SHORT.get(groups["ww"].lower(), 0))
        return Mention("weekday", *span, weekday=weekday, offset=of_month)
    if form == "e":  # the heading of a day: that weekday which is that day of the month
        return Mention("weekday", *span, weekday=_weekday(groups["ew"]), offset=int(groups["ed"] or groups["en"]))
    if form == "k":  # that weekday which is that day of the month, as the English grammar's "Sunday 8"
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["kw"].lower()], offset=int(groups["kd"]))
    if form == "p":
        if groups["pub"][0].isupper() and not _SENTENCE_OPENS.search(before):
            return None  # "the ferry to Hoy": a capital inside a sentence is a name
        return Mention("published", *span, offset=PUBLISHED[groups["pub"].lower()])
    if form == "m":
        # (the comma's form opens with "día" itself, no article before it)
        if match.group()[:3].lower() in ("día", "dia") \
                and _counted_day(match.string, match.start(), int(groups["md"])):
            return None  # "Programa, día 1: ... Programa, día 2:", "Semana 1, día 3:": the event's own days counted
        return Mention("monthday", *span, offset=int(groups["md"] or groups["mb"] or groups["mn"] or groups["mx"]))
    if form == "x":
        return Mention("relative", *span, offset=-1 if groups["xr"].lower().endswith("anterior") else 1)
    if form == "n":
        return Mention("time", *span, time=dt.time(12, 0))
    if form == "v":
        minute = {"media": 30, "meia": 30, "cuarto": 15}.get((groups["vq"] or "").lower(), 0)
        hour = _hour_of_day(HOUR_WORDS[groups["vh"].lower()], groups["vp"])
        return Mention("time", *span, time=dt.time(hour, minute))
    if form == "f":
        hour = _hour_of_day(int(groups["fh"]), groups["fp"])
        return Mention("time", *span, time=dt.time(hour, int(groups["fm"] or 0)))
    if form == "h":
        said_end = f"{groups['hu']}{(groups['hv'] or ':00').replace('h', ':')} {groups['hp']}"
        ends = parse_clock(said_end)
        begins = parse_clock(f"{groups['hh']}{(groups['hm'] or ':00').replace('h', ':')}", partner=said_end)
        return Mention("time", *span, time=begins, until=ends) if ends > begins else None
    if form == "c":
        begins = dt.time(int(groups["ch"]), int(groups["cm"]))
        ends = dt.time(int(groups["cu"]), int(groups["cv"]))
        return Mention("time", *span, time=begins, until=ends) if ends > begins else None
    if match.group().lower().startswith("das") and not re.search(r"\dh|:|\bhoras\b", match.group()):
        return None  # "das 10.": Portuguese "of the" (and German "das") before a number, no clock ("a partir das
        # 8 horas": the hours' word makes it one)
    quarter = {"media": "30", "cuarto": "15"}.get((groups["tq"] or "").lower(), groups["tq"])
    hour, minute = int(groups["th"]), int(groups["tm"] or groups["tc"] or groups["tw"] or quarter or 0)
    part = groups["tp"]
    hour = _hour_of_day(hour, part) if part else hour
    minuted = groups["tm"] or groups["tc"] or groups["tw"] or quarter
    if not part and not minuted and hour < 7 and not re.search(r"horas|hrs|h\b", match.group()):
        return None  # "a las 5" alone: morning or afternoon, the text does not say
    until = dt.time(int(groups["uh"]), int(groups["um"] or groups["uc"] or 0)) if groups["uh"] else None
    if until is not None and until.hour < hour and part is None:
        return None  # "de las 10 a las 2": the text does not say which half of the day each is
    return Mention("time", *span, time=dt.time(hour, minute), until=until)


def _weekday(word: str) -> int:
    return WEEKDAYS.get(word.lower(), SHORT.get(word.lower(), 0))


def _day(day: str, month: str, year: str | None, weekday: str | None) -> DayPart | None:
    number = int(month) if month.isdigit() else MONTHS[month.lower()]
    return day_part(day, number, year, WEEKDAYS.get(weekday.lower()) if weekday else None)


def _hour_of_day(hour: int, part: str) -> int:
    """The hour on the clock of "las 5 de la tarde", "às oito da noite"; "las doce de la noche" is midnight."""
    if _AFTERNOON[part.lower()] and hour < 12:
        return hour + 12
    return 0 if hour == 12 and part.lower() in ("noche", "noite") else hour
