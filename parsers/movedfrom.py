"""The time or day an event was set for, told before the new one it has moved to ("The press conference scheduled for
10:00 on 7 May has been rescheduled to 15:00", "The meeting scheduled for 10 February has been moved to 12 February"),
and the day a yearly occasion usually falls on, or told to fall on a weekday, beside the day it is kept this year
("Labour Day normally falls on 1 May, but the parade is held on Saturday 3 May instead", "Le 14 juillet tombant un
dimanche, la fête aura lieu le jeudi 11 juillet"): set aside, no event. Pure."""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.mentions import Mention
from parsers.verbs import MOVED, PLANNED

# ("set for this Tuesday, October 30": a word that points at the day may stand between)
# ("it was due on December 3 and will now be held on December 6": "due on" too)
_SET_FOR = re.compile(rf"\b(?:(?:{PLANNED})\s+(?:for|at)|due\s+on)(?:\s+(?:this|next|coming))?\s*$", re.IGNORECASE)
# The sentence goes on to say the event moved: "has been rescheduled to", "was moved to", "will now start at"
# ("have been moved one day later, to", "was postponed by a week to": how far it moved may come first).
_MOVED_ON = Gated(re.compile(
    rf"\b(?:has|have|had|was|were|is|are|will\s+be)\s+(?:been\s+)?(?:{MOVED}|changed)"
    r"(?:\s+(?:by\s+)?(?:one|a|an|two|three|four|\d{1,2})\s+(?:days?|weeks?|hours?)(?:\s+(?:later|earlier))?,?)?"
    r"\s+(?:to|until|till|for)\b"
    # "it was due on December 3 and will now be held on December 6", "will now take place on": the new day, told as
    # now set, in the same clause (not "... goes ahead as planned, and the debate will now take place on")
    r"|^[\s,]*(?:and|but)?\s*(?:it\s+|is\s+)?will\s+now\s+(?:be\s+held|take\s+place)\s+(?:on|at)\b",
    re.IGNORECASE),
    "rescheduled", "moved", "postponed", "brought", "put back", "pushed back", "changed", "delayed", "shifted",
    "now")
_REACH = 24  # characters before the time where "scheduled for" stands
_DROP_REACH = 60  # characters after the day within which "mas foi adiada" stands
# German: "die (eigentlich) für Freitag, 13. März 2015, 11 Uhr, angekündigte Pressekonferenz", "die für den 5. Mai
# geplante Sitzung ... verschieben": the day an event was announced for, in a sentence that moves it
_FUER = re.compile(r"\b(?:eigentlich\s+|ursprünglich\s+|zunächst\s+)?für\s+(?:den\s+|die\s+)?$", re.IGNORECASE)
_FUER_BEFORE = re.compile(r"\bfür\b", re.IGNORECASE)
_ANNOUNCED_DE = re.compile(r"(?:,?\s*(?:um\s+)?\d{1,2}(?:[:.]\d\d)?\s*Uhr)?,?\s*(?:angekündigt|geplant|vorgesehen"
                           r"|angesetzt|terminiert|anberaumt)\w*", re.IGNORECASE)
_MOVED_DE = re.compile(r"\b(?:verschieb\w*|verschoben|verleg\w*|vorverleg\w*|vorzuziehen|vorgezogen|ziehen\s+wir\b"
                       r"(?:[^.;]|(?<=\d)\.)*\bvor\b)", re.IGNORECASE)  # (a date's dots may stand between: "13. März")
_WEEKDAYS = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
             r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch")
# Spanish, Portuguese and French: "que el calendario fijaba para el miércoles 27 de agosto ... se recorre al viernes",
# "prevista para el 3 de mayo, se pospone al 10", "marcada para o dia 5, foi adiada para o dia 12", "prévue le mardi
# 4 mai, est reportée au jeudi 6": the day an event was set for, in a sentence that moves it to another day
_SET_FOR_ROMANCE = Gated(re.compile(
    # ("chegou a ser fixada para", "llegó a fijarse para": at one point set for)
    r"\b(?:(?:programad|previst|fijad|fixad|pautad|agendad|marcad|convocad)[oa]s?|fijaba"
    r"|(?:fij|fix|program|agend|marc|paut)ar(?:se|-se)|estaba\s+(?:programad|previst)[oa]"
    r"|pr[ée]vue?s?|fix[ée]e?s?|programm[ée]e?s?)(?:\s+(?:para|pour|por|le|au|à))?\s+(?:el\s+|o\s+|a\s+|le\s+)?"
    r"(?:d[íi]a\s+|jour\s+)?$", re.IGNORECASE),
    "programad", "previst", "fijad", "fijaba", "pautad", "agendad", "marcad", "convocad", "prévu", "prevu", "fix",
    "programm", "fijar", "programar", "agendar", "marcar", "pautar")
_MOVED_ROMANCE = re.compile(
    r"\b(?:se\s+(?:recorre|pospone|posterga|aplaza|traslada|reprograma|adelanta|cambia|mueve)"
    r"|(?:fue|ha\s+sido|ser[áa]|foi|será|a\s+été|est|sera)\s+(?:pospuest|postergad|aplazad|trasladad|reprogramad"
    r"|adelantad|adiad|remarcad|transferid|antecipad|report[ée]|d[ée]plac[ée]|avanc[ée]|d[ée]cal[ée])\w*"
    r"|pasa\s+al|passa\s+para)\b", re.IGNORECASE)
# "..., mas foi adiada", "..., pero fue aplazada", "pero se suspendió": the plan then put off or called off, in the
# same sentence, with no new day (one given after it is the moved-to day, above)
_DROPPED_ROMANCE = re.compile(
    r"\b(?:mas|pero|porém|sin\s+embargo)\s+(?:(?:foi|fue|ha\s+sido|acabou|acabó|terminó)\s+(?:sendo\s+|siendo\s+)?"
    r"(?:adiad|aplazad|pospuest|postergad|cancelad|suspens|suspendid)[oa]s?"
    r"|se\s+(?:suspendió|canceló|aplazó|pospuso|postergó)|(?:a|o)\s+(?:adiaram|cancelaram|suspenderam))\b",
    re.IGNORECASE)
# Japanese: "2020年5月13日(水)を予定していた決算発表は、2020年5月21日(木)へ延期いたします", "5月13日に予定しておりました
# 説明会を、5月21日に変更します": the day an event was planned for, after it "予定していた" (had been planned), in a
# sentence that puts it off ("延期") or changes it ("変更") to a day named after it
_PLANNED_JA = re.compile(r"\s*(?:[(（][月火水木金土日][)）])?\s*(?:を|に|で)?\s*(?:開催を?)?\s*"
                         r"予定(?:して(?:い|おり)(?:た|ました)|の)")
_MOVED_JA = re.compile(r"(?:へ|に|まで)\s*(?:延期|変更|繰り下げ|繰り上げ|前倒し|日程変更)")
# Between the planned day and the day it moved to: the planned thing, its topic or object mark and at most a
# comma ("決算発表は、", "説明会を、"), or the "but" of "予定しておりましたが、". A clause closed
# by a comma ("決算発表は予定通り行い、配当支払開始日を") means the day moved to is
# another thing's.
_PLANNED_THING = re.compile(r"(?:[^、。,]{0,40}?[はを]|が)\s*[、,]?\s*")
# "normally falls on 16 October", "is usually marked on 1 May": the day a yearly occasion is kept as a rule
_USUALLY_ON = re.compile(r"\b(?:normally|usually|traditionally|ordinarily|customarily|generally)\s+(?:falls?"
                         r"|(?:is|are)\s+(?:held|marked|celebrated|observed|kept)|takes?\s+place)\s+on\s*(?:the\s+)?$",
                         re.IGNORECASE)
# "14 July falls on a Sunday", "Le 14 juillet tombant un dimanche", "el 1 de mayo cae en domingo", "der 1. Mai fällt
# auf einen Sonntag": the day named for the weekday it falls on
_FALLS_ON_A_WEEKDAY = re.compile(rf"\s*,?\s*(?:(?:falls|falling|fell|tombe|tombant|tombait|cae|cayendo|fällt)\s+"
                                 rf"(?:on\s+a\s+|un\s+|le\s+|en\s+|auf\s+einen\s+)?(?:{_WEEKDAYS})\b"
                                 rf"|auf\s+einen\s+(?:{_WEEKDAYS})\s+fällt\b)", re.IGNORECASE)


def time_set_aside(sentence: str, start: int, end: int) -> bool:
    """Is the time from `start` to `end` the one its event was set for, before the sentence says it moved?"""
    if _SET_FOR.search(sentence, max(0, start - _REACH), start) is not None:
        return _MOVED_ON.search(sentence[end:]) is not None
    # "die für Freitag, 13. März 2015, 11 Uhr, angekündigte Pressekonferenz ... vorverlegen": its hour too
    return _FUER_BEFORE.search(sentence, max(0, start - 2 * _REACH), start) is not None \
        and _ANNOUNCED_DE.match(sentence, end) is not None and _MOVED_DE.search(sentence) is not None


def day_set_aside(sentence: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Is the day from `start` to `end` the one its event was set for, the sentence giving another day it moved to?
    ("scheduled for 10 February has been moved to 12 February"; not "... moved to 14:30 on the same day", whose
    day stays the event's.)"""
    falls = _FALLS_ON_A_WEEKDAY.match(sentence, end)
    if falls is not None or _USUALLY_ON.search(sentence, max(0, start - 2 * _REACH), start) is not None:
        # kept on another day this year: the sentence names that day (not the weekday it is said to fall on)
        told = falls.end() if falls is not None else end
        return any(m.kind in ("day", "span", "weekday") and (m.end <= start or m.start >= told) for m in mentions)
    if (planned := _PLANNED_JA.match(sentence, end)) is not None \
            and (moved := _MOVED_JA.search(sentence, end)) is not None:
        # "5月13日(水)を予定していた決算発表は、5月21日(木)へ延期": a day named between, then the move
        return any(end <= m.start < moved.start() and m.kind in ("day", "span", "weekday")
                   and _PLANNED_THING.fullmatch(sentence, planned.end(), m.start) is not None for m in mentions)
    if _FUER.search(sentence, max(0, start - _REACH), start) is not None \
            and _ANNOUNCED_DE.match(sentence, end) is not None and _MOVED_DE.search(sentence) is not None:
        return True  # "die für Freitag, 13. März, 11 Uhr, angekündigte Pressekonferenz ... vorverlegen"
    if _SET_FOR_ROMANCE.search(sentence, max(0, start - 2 * _REACH), start) is not None \
            and _DROPPED_ROMANCE.search(sentence, end, end + _DROP_REACH) is not None \
            and not any(m.start >= end and m.kind in ("day", "span", "weekday") for m in mentions):
        # "chegou a ser fixada para o sábado, 22 de novembro, mas foi adiada": set for that day, then put off with
        # no new day; no event on it (not "... mas foi adiada para o dia 29", the day moved to)
        return True
    if _SET_FOR_ROMANCE.search(sentence, max(0, start - 2 * _REACH), start) is not None \
            and (moved := _MOVED_ROMANCE.search(sentence, end)) is not None \
            and not any(end <= m.start < moved.start() and m.kind in ("day", "span", "weekday") for m in mentions):
        # (no other day between: "la reunión prevista para el 27 de mayo se mantiene, pero la sesión del 3 de junio se
        # pospone al 10": what moves is the 3 June sitting)
        return any(m.start >= moved.end() and m.kind in ("day", "span", "weekday") for m in mentions)
    if _SET_FOR.search(sentence, max(0, start - _REACH), start) is None:
        return False
    moved = _MOVED_ON.search(sentence[end:])
    return moved is not None and any(m.start >= end + moved.end() and m.kind in ("day", "span", "weekday")
                                     for m in mentions)
