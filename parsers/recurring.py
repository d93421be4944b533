"""Texts that name no one day's event: a rule of recurrence ("every third Wednesday"), opening hours, a day
kept every year, or a schedule that says nothing is on. Pure.
"""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.lang import MONTHS

_NEGATED = re.compile(
    r"^\W*(?:no|nothing|none)\b|\b(?:will not be held|not take place|no\s+(?:\w+\s+)?(?:events?|meetings?))\b"
    # "Pas d'agenda public", "Aucun rendez-vous public", "Sin actividades públicas", "Keine öffentlichen Termine",
    # "Nessun impegno pubblico", "Sem agenda pública": a day with nothing public on it, as other languages write it
    # (or after the day's name and a dash: "Pfingstmontag – keine öffentlichen Termine")
    r"|(?:^\W*|\s[–—-]\s+)(?:pas\s+d['’]\s?(?:agenda|activit[ée]s?|engagements?|rendez-vous)|pas\s+de\s+rendez-vous"
    r"|aucun(?:e)?\s+(?:agenda|activit[ée]|engagement|rendez-vous)|sin\s+(?:agenda|actividad(?:es)?|actos?)"
    r"|no\s+hay\s+(?:agenda|actividad(?:es)?|actos?)|keine\s+(?:öffentlichen\s+)?(?:termine|veranstaltungen)"
    r"|nessun\s+impegno|sem\s+(?:agenda|compromissos?|atividades?))\b"
    # a Japanese assembly's schedule row "| 6月16日 | 土曜 | | 休会 |": no sitting that day (a recess, or a day kept for
    # arranging the proceedings)
    r"|(?<![^\s|｜,])(?:休会|議事整理日)(?![^\s|｜])"
    # a board's schedule row "June 13, 2019, at 4:00 p.m. / Summer Break", "August 8 – Recess": the row's only words
    # name a break, so the board does not meet that day
    r"|^\W*(?:(?:summer|winter|spring|fall|autumn|easter|christmas|holiday|thanksgiving|mid-?term|legislative"
    r"|august)\s+)?(?:break|recess)\W*$|^\W*(?:sommerpause|parlamentsferien|vacances(?:\s+parlementaires)?|receso)\W*$",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """"No public meetings", "Nothing public on the schedule", "Question Time will not be held"."""
    return bool(_NEGATED.search(text))


# "every day" as other tongues say it, before the hours it gives ("svaki dan od 9 do 15 sati", "codziennie w godz.
# 9:00–15:00"): a rule of opening hours, not a relative clause's "used by 20,000 cars daily"
_EVERY_DAY_TONGUES = (r"|\b(?:svaki\s+dan|svakog\s+dana|svakodnevno|codziennie|każdego\s+dnia|denně|každý\s+de[nň]"
                      r"|dagelijks|(?:elke|iedere)\s+dag|varje\s+dag|dagligen|hver\s+dag|joka\s+päivä|päivittäin|zilnic"
                      r"|în\s+fiecare\s+zi|naponta|minden\s+nap|her\s+gün|setiap\s+hari|ogni\s+giorno|tutti\s+i\s+giorni"
                      r"|todos\s+os\s+dias|diariamente)\b"
                      r"(?=\D{0,30}?\d\d?(?:[:.,]\d\d)?\s*(?:h|uur|sati|óra|saat)?\s*(?:-|–|do|tot|to|a|alle|i|és|și|ve|s\.d\.)\s*\d)")
_WEEKDAY_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_RECURRING = Gated(re.compile(
    r"\b(?:every|each)\s+(?:other\s+|(?:first|second|third|fourth|fifth|last|[1-4](?:st|nd|rd|th))\s+)?"
    r"(?:day|week|month|year|quarter|morning|evening|weekday|weekend|working\s+day|business\s+day|"
    + _WEEKDAY_NAMES + r")\b"
    r"|\busually\b|\bregularly\b|\b(?:once|twice|three times)\s+a\s+(?:week|month|year)\b"
    # "usually" as German says it, a statistics office's rule of its release hour: "erscheinen im Allgemeinen um
    # 8:00 Uhr (MEZ)", "in aller Regel um 9:00 Uhr", "werden in der Regel um 10 Uhr veröffentlicht"
    r"|\b(?:im\s+allgemeinen|in\s+(?:aller|der)\s+regel|üblicherweise|normalerweise)\b"
    # "meets at 6.30pm on one Friday a month", "one Saturday per month": which one of them, not one day
    r"|\bone\s+(?:day|evening|morning|weekend|" + _WEEKDAY_NAMES + r")\s+(?:a|per|each|every)\s+(?:week|month|year)\b"
    r"|\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+" + _WEEKDAY_NAMES
    + r"\s+of\s+(?:each|every|the)\s+month\b|\b(?:weekly|monthly|fortnightly)\s+(?:on|at)\b"
    # "täglich 9.30 bis 17.30 Uhr", "jeden Montag", "an jedem Freitag", "werktags", "tous les jours", "chaque mardi"
    r"|\b(?:täglich|werktags|(?:an\s+)?jede[mnrs]?\s+(?:tag|woche|monat|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag)|(?:tous|toutes)\s+les\s+(?:jours|semaines|lundis|mardis|mercredis|jeudis|vendredis"
    r"|samedis|dimanches)|chaque\s+(?:jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b"
    # The part of each day a thing is done: "jeweils am Morgen um 8 Uhr gemessen", "jeden Abend", "chaque matin",
    # "tous les soirs", "cada mañana", "todos los días". "jeweils von 15 bis 18 Uhr" after dates stays: those days.
    r"|\b(?:jeweils\s+(?:am\s+)?|jede[nrs]?\s+)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)s?\b"
    r"|\b(?:chaque\s+(?:matin|midi|soir|nuit)|(?:tous|toutes)\s+les\s+(?:matins|soirs|nuits))\b"
    r"|\b(?:cada\s+(?:día|dia|mañana|tarde|noche|lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo)|todos\s+los\s+(?:días|dias|lunes|martes|miércoles|jueves|viernes|sábados|domingos)"
    r"|todas\s+las\s+(?:mañanas|tardes|noches))\b"
    # "every day" as other tongues say it: "svaki dan od 9 do 15 sati", "codziennie", "každý den", "elke dag",
    # "varje dag", "hver dag", "joka päivä", "zilnic", "naponta", "her gün", "setiap hari", "tutti i giorni", "todos os
    # dias", "diariamente" (not the Dutch "dagelijks bestuur", a board's name)
    + _EVERY_DAY_TONGUES +
    # "issued at 4.30pm on its release day", "at 9:30 on the day of publication": the hour of every release
    r"|\bon\s+(?:its|their|each|the)\s+(?:release|publication|issue)\s+days?\b"
    r"|\bon\s+the\s+days?\s+of\s+(?:(?:its|their)\s+)?(?:release|publication|issue)\b"
), "release day", "publication day", "issue day", "of release", "of publication", "of issue",
    "every", "each", "usually", "regularly", "once", "twice", "three times", "month", "weekly", "fortnightly",
    "a week", "per week", "a year", "per year",
    "täglich", "werktags", "jede", "im allgemeinen", "aller regel", "der regel", "üblicherweise", "normalerweise",
    "tous", "toutes", "chaque", "jeweils", "cada", "todos", "todas",
    "svak", "codziennie", "każdego dnia", "denně", "každý", "dagelijks", "elke dag", "iedere dag", "varje dag",
    "hver dag", "dagligen", "joka päivä", "päivittäin",
    "zilnic", "fiecare zi", "naponta", "minden nap", "her gün", "setiap hari", "ogni giorno", "tutti i giorni",
    "diariamente")
# Rules that say when, not how often: a sentence naming a particular day beside one is that day's event
# ("will brief the media after each round, on 3 June at 18:00").
_ANY_SUCH_DAY = Gated(re.compile(
    # "a media conference after each statement", "on the Tuesday after every meeting": at each of a series
    r"\b(?:after|following|before)\s+(?:each|every)\b"
    # "at 2 p.m. on the last day of each two-day meeting": a day of each of a series
    r"|\bdays?\s+of\s+(?:each|every)\b"
    # "Each State's public review is held from 15:00 to 18:00", "The public review of each State runs from 15:00":
    # a sentence whose subject is each of a list gives the hours of each, not of one day ("interviews with every
    # team's coach from 10:30am" is one day's)
    # (its verb one of holding or running: "The heads of each delegation meet the President at 10:00 tomorrow" is
    # one meeting)
    r"|^\W*(?:(?:each|every)\s+[a-z-]+['’]s\b|(?:the\s+)?(?:[a-z-]+\s+){1,2}of\s+(?:each|every)\s+(?!other\b)[a-z-]+\b)"
    r"(?=[^.;]{0,60}?\b(?:is|are)\s+held\b|[^.;]{0,60}?\b(?:runs?|lasts?|takes\s+place|starts?|begins?)\s+(?:from|at)\b)"
    # "on Wednesdays", "on the Tuesdays concerned", "on a Wednesday": no one day, any such day
    r"|\bon\s+(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    r"|\bon\s+an?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    # "On weekdays the public can visit from 4 pm", "until midnight at weekends": the days of a week's rule
    r"|\b(?:on|during)\s+weekdays\b|\b(?:at|on|over)\s+(?:the\s+)?weekends\b"
    # "los lunes a las 12:30 horas", "el Pleno se reúne los jueves", "els dijous a les 10 h": the plural article
    # before a weekday, on every such day, in Spanish and Catalan ("el jueves" is one day; nor "los martes 3 y 10 de
    # marzo", the days named)
    r"|\blos\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados|domingos)\b(?!\s*,?\s*\d)"
    r"|\bels\s+(?:dilluns|dimarts|dimecres|dijous|divendres|dissabtes|diumenges)\b(?!\s*,?\s*\d)"
), "each", "every", "ndays", "sdays", "fridays", "rdays", "on a mon", "on a tue", "on a wed", "on a thu",
    "on a fri", "on a sat", "on a sun", "weekdays", "weekends", "los lunes", "los martes", "los mi", "los jueves",
    "los viernes", "los s", "los domingos", "els di")


# Opening hours: a span of weekdays right before a span of hours ("Monday to Friday: 8am to 6pm",
# "Mo-Fr 9.00-17.00 Uhr"), as contact blocks and helplines give them; a week's rule, not an event.
# (Spanish too: "lunes", "miércoles", "jueves", "viernes", "sábado", "domingo"; "martes" as the French "mar")
_DAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|jue|vie|sáb)[a-zäéèá]*\.?"
# (`\d\d?` is `\d{1,2}`, but opens with a class: the engine skips to digits instead of trying the pattern at
# every position of a sentence that opens with the hours.)
_CLOCK = r"\d\d?(?:[:.h]\d\d)?(?:\s*(?:[ap]\.?\s?m\.?|h\b|uhr))?"
# The first day name with its first letter first, the word's start checked behind it (the same matches as
# rf"\b{_DAY_NAME}", each letter's endings in _DAY_NAME's order): the engine skips ahead to those letters instead of
# trying the pattern at every position of every sentence asked.
_FIRST_DAY_NAME = (r"[dfjlmstvw](?<!\w.)(?:(?<=m)(?:on|o|i|ar|er)|(?<=t)(?:ue|hu)|(?<=w)ed|(?<=f)(?:ri|r)"
                   r"|(?<=s)(?:at|un|a|o|am|áb)|(?<=d)(?:i|o|im)|(?<=l)un|(?<=j)(?:eu|ue)|(?<=v)(?:en|ie))[a-zäéèá]*\.?")
# (Spanish "a" joins the days and the hours: "martes a sábado de 12:00 a 14:00h"; after a bare "a", a whole day's
# name, not "Salida a Santiago de 10:00 a 12:00", a journey)
_SPANISH_DAY = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?)\b"
# "Domingos y festivos de 10:00 a 14:00h", "sábados, de 10 a 14 h": days named in the plural, a week's days (with its
# holidays), then their hours; a Spanish singular ("el domingo de 10:00 a 14:00") is one day.
_OPENING_HOURS = re.compile(
    rf"{_FIRST_DAY_NAME}\s*(?:(?:-|–|to|through|bis|au|à)\s*{_DAY_NAME}|a\s+{_SPANISH_DAY})\s*[:,]?\s*"
    r"(?:from\s+|von\s+|de\s+)?"
    rf"{_CLOCK}\s*(?:-|–|to|until|bis|à|a(?=\s))\s*{_CLOCK}(?!\d|\s*[a-zäéû]{{3}})"
    r"|(?<![\w.])(?:(?:los\s+)?(?:sábados|sabados|domingos)|(?:los\s+)?(?:días\s+)?(?:festivos|laborables))"
    r"(?:\s*(?:,|y|e)\s*(?:(?:los\s+)?(?:sábados|sabados|domingos|festivos|laborables)))*\s*[:,]?\s*(?:de\s+)?"
    rf"{_CLOCK}\s*(?:-|–|a(?=\s))\s*{_CLOCK}(?!\d)"
)  # matched against lower-cased text

# The same in other words: hours, then the days they hold on ("8.30am to 4.30pm, Monday to Friday"); hours said
# to hold daily ("open daily from 10:00 to 18:00", "9am - 5pm daily", "open seven days a week, 10am-6pm"); a
# sentence that names its hours as such ("Opening times are ...", "business hours").
_HOURS_THEN_DAYS = re.compile(rf"{_CLOCK}\s*(?:-|–|to|until|bis|à)\s*{_CLOCK}\s*,?\s*(?:from\s+|on\s+|von\s+)?"
                             rf"{_DAY_NAME}\s*(?:-|–|to|through|bis|au)\s*{_DAY_NAME}(?![a-z])")
# The times a thing starts at, then a comma and the days: "tours at 9.30 am and 2.30 pm, Monday to Friday" (a week's
# timetable; not "..., Monday to Thursday next week"). Searched only where a range of weekdays may stand.
_TIMES_THEN_DAYS = re.compile(rf"\bat\s+{_CLOCK}(?:\s*(?:,|and|&)\s*{_CLOCK})*\s*,\s*(?:from\s+|on\s+)?"
                              rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|–|to|through)\s*"
                              rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?![a-z])"
                              rf"(?!\s+(?:of\s+)?(?:next|this|that|the\s+coming)\s+week)")
_RANGE_OF_DAYS = ("day to ", "day through ", "day-", "day –", "day - ", "mon", "tue", "fri")
_HOURS = Gated(re.compile(
    r"\bopen\s+(?:\w+\s+){0,2}?(?:daily|seven\s+days\s+a\s+week|7\s+days\s+a\s+week|(?:on\s+)?weekdays)\b"
    rf"|\bdaily\s*,?\s*(?:from\s+)?{_CLOCK}\s*(?:-|–|to|until)|{_CLOCK}\s*(?:-|–|to|until)\s*{_CLOCK}\s*,?\s*daily\b"
    # (not "office hours": a legislator holds them as an event, "on Friday at 2pm in the town hall")
    r"|\b(?:opening|business|visiting|counter|service)\s+(?:hours|times)\b"
    # "The Assembly's regular hours are ...", "usual sitting hours": a body's week, not one day's sitting
    r"|\b(?:regular|usual|normal)\s+(?:sitting\s+)?(?:hours|times)\b"
    # "The museum keeps special hours for the open house, 9 a.m. to 4 p.m.", "extended hours": when a place is open
    r"|\b(?:special|extended|longer|late|holiday)\s+(?:opening\s+)?hours\b"
), "open", "daily", "hours", "times")
# A line that opens with the label of its hours: "Opening hours: Mon-Fri 9am-5pm", "Öffnungszeiten: Mo.-Fr. 8-16 Uhr",
# "Horaires d'ouverture : du lundi au vendredi de 9 h à 17 h". (A bare "Hours: 10 a.m. – 4 p.m." under a fair's
# day is the fair's time: see `hours_line`.)
# The names of the hours a place keeps (hourstable.py reads them as a table's heading).
HOURS_NAMES = (r"(?:opening|business|visiting|counter|service)\s+(?:hours|times)|öffnungszeiten|sprechzeiten"
               r"|geschäftszeiten|servicezeiten|besuchszeiten|horaires?\s+d['’]ouverture|heures\s+d['’]ouverture"
               r"|horarios?\s+de\s+(?:atención|apertura)")
_HOURS_LABEL = re.compile(rf"^\W*(?:{HOURS_NAMES})\s*(?::|[–—-]\s|are\b|is\b)", re.IGNORECASE)


# A day kept every year: "ist seit 1996 Gedenktag", "has been designated as a National Day of Service", "Der 11.10.
# eines jeden Jahres ist ...", "the 3rd of May of every year", "le 3 mai de chaque année" (a date of every year).
_OBSERVED = Gated(re.compile(r"\b(?:ist|is|wurde|was)\b.{0,40}?\b(?:gedenktag|feiertag)\b"
                       r"|\b(?:designated|proclaimed|declared)\s+(?:as\s+)?(?:an?\s+|the\s+)?"
                       r"(?:\w+\s+){0,3}day\b"
                       r"|\b(?:eines\s+jeden|jedes)\s+jahres\b|\bof\s+(?:every|each)\s+year\b|\bde\s+chaque\s+ann[ée]e\b"
                       # "(25 يوليو) كل سنة", "25 يوليو من كل عام", "في 25 يوليو سنويا": an Arabic day of a month, then
                       # "(of) every year" or "yearly"
                       r"|\d{1,2}\s+[\u0621-\u064a]+\s*\)?\s*(?:من\s+)?(?:كل\s+(?:سنة|عام)|سنوي(?:اً|ًا|ا))"
                       # "proclaimed 21 February as International Mother Language Day", "chose June 21 as the
                       # International Day of Yoga": a body naming a date of every year, the date between; the day's
                       # name an observance's ("World ... Day", "Day of Rivers"), not "the day of the final vote"
                       # (the sentence is lower-cased)
                       r"|\b(?:chose|chosen|adopted|designated|proclaimed|declared)\s+(?:\w+\s+){1,3}?as\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}?(?:(?:international|world|national|universal|global)\s+(?:[\w'’-]+\s+){0,3}?"
                       r"day\b|day\s+of\s+(?!(?:the|an?|its|their|his|her|our|voting|elections?)\b)\w)"),
                  "gedenktag", "feiertag", "designated", "proclaimed", "declared", "jahres", "every year", "each year",
                  "chaque ann", "chose", "adopted", "كل سنة", "كل عام", "سنوي")


# A particular day: "10 May", "May 10", "3 June": a sentence that names one is about that day, whatever
# rule of recurrence it also mentions ("after each round, on 3 June and on 4 June").
# (English's "March", "May" and "December" besides the shared names, which leave them out as words of their own)
# (Names of one length in alphabetical order, not the set's, which changes from process to process: the same pattern
# every time, so it comes compiled from patterncache's table instead of being compiled at every start.)
_MONTH_NAME = "|".join(sorted(sorted(re.escape(name) for name in {*MONTHS, "march", "may", "december"}),
                              key=len, reverse=True))
_PARTICULAR_DAY = re.compile(rf"\b(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:{_MONTH_NAME})[a-zé]*\b"
                             rf"|(?:{_MONTH_NAME})[a-zé]*\.?\s+(?:3[01]|[12]\d|0?[1-9])(?!\d))")
# "the next one is on", "the next session will be": the one day of a series the sentence names besides its rule;
# so is the series' first ("with the first clinic taking place on Tuesday March 16th", "the first one will be held").
_NEXT_ONE = re.compile(r"\b(?:next|first)\s+(?:one|[a-z'-]+(?:\s+[a-z'-]+)?)\s+(?:is|will\s+be|takes\s+place"
                       r"|taking\s+place|will\s+take\s+place|falls)\b")
# An aside ", which is normally closed on Mondays," describes a place or a body, not the event's day; so does one
# that tells the event's habit ("Media Day, held every year, takes place on Monday, Oct. 27").
# (Its closing comma is left for the next aside to open: "The reception, held for UN Day, which falls on October 24
# every year, will run ...": two asides in a row, each put aside.)
_ASIDE = re.compile(r",\s*(?:which|who|where|as|held|organi[sz]ed|staged|hosted)\b[^,.;]*(?=,)")
# "As every year, a programme of dialogues runs between April 10 – 13, 2031": the habit said as an aside opening the
# sentence (or after an abbreviation's dot the sentence splitter kept, "Washington, D.C. As every year, ...");
# the day the sentence names is this year's.
_HABIT_OPENING = re.compile(r"(?:^\W*|(?<=[.!?;:])\s+)(?:as|like)\s+(?:every|each)\s+year\s*,")
_DATELINE = re.compile(r"^.{0,80}?\b(?:19|20)\d\d\s*[-–—]\s")  # "Ruritania, 1 June 2027 - ": the item's day


_BARE_HOURS = re.compile(r"^\W*hours\s*:", re.IGNORECASE)


def hours_line(text: str) -> bool:
    """A line of opening hours: labelled as such, or "Hours:" with hours that hold for days of the week."""
    return _HOURS_LABEL.match(text) is not None or (
        _BARE_HOURS.match(text) is not None and _week_hours(text.lower()) is not None)


# The last sentence asked of and its week's hours: prose asks first whether a sentence's hours stand beside its day,
# then whether the sentence recurs, which asks again (three searches of every position). Only a memo; a tuple, replaced
# whole, so threads reading texts at once never see half of one.
_LAST_ASKED: tuple[str, re.Match[str] | None] = ("", None)


def _week_hours(sentence: str) -> re.Match[str] | None:
    global _LAST_ASKED
    last = _LAST_ASKED
    if last[0] == sentence:
        return last[1]
    hours = _OPENING_HOURS.search(sentence) or _HOURS_THEN_DAYS.search(sentence) or _HOURS.search(sentence)
    if hours is None and "at " in sentence and ", " in sentence and any(w in sentence for w in _RANGE_OF_DAYS):
        hours = _TIMES_THEN_DAYS.search(sentence)  # "tours at 9.30 am and 2.30 pm, monday to friday"
    _LAST_ASKED = (sentence, hours)
    return hours


def hours_beside_a_day(sentence: str, span: bool = False) -> bool:
    """"City Hall reopens on Thursday, April 1; hours 8:30 to 4:30, Monday through Friday": the day is an event,
    the hours a rule from then on, no time of it (`sentence` lower-cased). Only when nothing else recurs. Hours said
    to hold daily beside a `span` of days ("June 12-13, 9am-4pm daily") are each of its days' hours, as with "each
    day"."""
    hours = _week_hours(sentence)
    if hours is None or span and _EACH_DAY.search(hours.group()):
        return False
    return not recurring(sentence[: hours.start()] + sentence[hours.end() :])


# "The committee meets weekly.", "Weekly briefings:", "ogni martedì": a line naming a rule of the week by its adverb
# (the forms of _RECURRING name it by "every"/"each" and what recurs: "every Tuesday", "each week")
_WEEK_ADVERB = Gated(re.compile(
    r"\b(?:weekly|fortnightly|wöchentlich|hebdomadaire|semanal(?:mente)?|settimanale"
    r"|ogni\s+(?:giorno|settimana|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica))\b",
    re.IGNORECASE,
), "weekly", "fortnightly", "wöchentlich", "hebdomadaire", "semanal", "settimanale", "ogni")


def weekly_rule(line: str) -> bool:
    """Does a line over weekday rows say they are a rule of the week ("The committee meets weekly.", "every Tuesday
    and Thursday")? A caption that only counts its readers with "each" or "every" ("Each delegation will be received
    at these times:", "Every member state is invited:") does not."""
    lowered = line.lower()
    return bool(_RECURRING.search(lowered) or _WEEK_ADVERB.search(lowered))


# "on 5-6 October, from 9:00 to 17:00 each day": the hours of each day of the span the sentence names.
# ("täglich", "jeden Tag", "tous les jours", "chaque jour", "todos los días", "cada día": "daily" in German, French
# and Spanish, which _RECURRING reads as a rule; beside a span of days they give its days' hours, as "daily" does)
_EACH_DAY = re.compile(r"\b(?:each|every)\s+day\b|\bdaily\b|\bon\s+both\s+days\b"
                       r"|\b(?:täglich|jeden\s+tag|tous\s+les\s+jours|chaque\s+jour|todos\s+los\s+d[ií]as|cada\s+d[ií]a)\b"
                       + _EVERY_DAY_TONGUES)

# "... (25 July) every year; this year a ceremony is held on 25 July at 10 a.m.", "... كل سنة، ويقيم هذا العام حفلا":
# the day of every year, then this year's own, which is an event
_THIS_YEARS = re.compile(r"\b(?:this\s+year|cette\s+ann[ée]e|este\s+año|dieses\s+jahr|in\s+diesem\s+jahr)\b"
                         r"|هذا\s+العام|هذه\s+السنة", re.IGNORECASE)


def recurring(sentence: str, span: bool = False) -> bool:
    """A rule of recurrence ("usually on the 4th Tuesday", "every third Wednesday", opening hours):
    no one day's event (`sentence` lower-cased). A sentence that names a particular day is that day's; one that
    names a `span` of days gives the hours of each of its days with "each day", "daily"."""
    if (hours := _week_hours(sentence)) and not (span and _EACH_DAY.search(hours.group())) \
            or _OBSERVED.search(sentence) and not _THIS_YEARS.search(sentence):
        return True
    told = _HABIT_OPENING.sub(" ", _ASIDE.sub("", sentence))
    if span:
        told = _EACH_DAY.sub("", told)
    if _RECURRING.search(told):
        # "Once a month the centre holds a French evening, and the next one is on October 11": the rule, then the
        # one day it names
        return not (_NEXT_ONE.search(told) and _PARTICULAR_DAY.search(told))
    return bool(_ANY_SUCH_DAY.search(told)) and not _PARTICULAR_DAY.search(_DATELINE.sub("", sentence))


# The kinds of mention that name a day: a date, a span of dates, or a day counted from the page's ("today").
_DAY_KINDS = frozenset({"day", "span", "published"})


def standing_schedule(texts: list[str], kinds_named: list[set[str]]) -> bool:
    """Is the item a standing programme: its rows give clock times only, it names no date and no day counted from
    its own ("today", "tomorrow"), and a line of it states a rule of the week ("On every Wednesday before graduation
    ...")? The rows' day would come from the page's stamp alone; they are what happens every such day, no events.
    `kinds_named`: the kinds of mention of each block (its datelines' taken out)."""
    return not any(kinds & _DAY_KINDS for kinds in kinds_named) and any(weekly_rule(text) for text in texts)


# A clock's own letters ("10 am", "0830 hrs", "9 Uhr"): a row's time alone names no day
_CLOCK_LETTERS = re.compile(r"\b(?:[ap]\.?m\.?|hrs?|h|uhr)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def clock_alone(said: str) -> bool:
    """Is what a finding was read from a clock time alone ("0830", "1000 – 1200"), no weekday or day word beside it
    ("on Monday at 10 am" is that Monday's)?"""
    return _WORD.search(_CLOCK_LETTERS.sub(" ", said)) is None
