"""The day of a birthday or an anniversary, set beside its name in dashes or brackets ("feiert seinen Hundertsten
– am 12. November – mit einer Doku", "zum 100. Geburtstag (12.11.)", "marks his 100th birthday – 20 November – with
a documentary", "its 50th anniversary (3 May)"): the date says which day the anniversary falls on, and what the
sentence announces (a documentary, an exhibition) is told elsewhere or on no day. No event. Pure.

A day told as the anniversary's own occasion is an event and stays: "celebrates its 50th anniversary on 20 November
with a gala", "Zum 100. Geburtstag am 20. November lädt die Stadt zu einem Festakt"; so does an aside that gives a
weekday or a clock ("our 50th anniversary (Saturday 20 November, 3 pm)"), the way a gathering is announced."""

from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.gate import Gated

# The name of a birthday or an anniversary, then an opening dash or bracket, right before the day. German also
# names a birthday by its ordinal alone after a possessive ("seinen Hundertsten", "ihren 90sten", "seinen
# Achtzigsten"; a number's, not "seinen ersten", "ihren nächsten"). Every match holds a needle.
_NAMED_BEFORE = Gated(re.compile(
    r"(?:\b(?:birthday|anniversary|centenary|centennial|bicentenary|geburtstag|todestag|jahrestag|jubiläum"
    r"|anniversaire|centenaire|cumpleaños|aniversario|centenario|compleanno|anniversario|verjaardag|jubileum)"
    r"|\b(?:seinen|ihren)\s+(?:\d+|\w*(?:zig|ßig|hundert|tausend))sten)"
    r"\s*(?:[–—]|\s-|\()\s*$",
    re.IGNORECASE),
    "birthday", "anniversar", "centen", "bicenten", "geburtstag", "todestag", "jahrestag", "jubiläum", "cumpleaños",
    "aniversario", "compleanno", "verjaardag", "jubileum", "seinen", "ihren")
# The aside closes right after the day: a dash or a bracket (the bracket may be the mention's own last character).
_CLOSED_AFTER = re.compile(r"\s*(?:[–—)]|-\s)")
_REACH = 60


def anniversary_day(sentence: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Is the moment from `start` to `end` (a day with no weekday and no clock) only the day of the birthday or
    anniversary named before it, in an aside of dashes or brackets?"""
    if any((m.kind == "weekday" or m.first is not None and m.first.weekday is not None) and start <= m.start < end
           or m.kind == "time" for m in mentions):
        return False  # (a clock anywhere in the sentence: "its 50th anniversary (3 May) with a gala at 7 pm" is then)
    if _NAMED_BEFORE.search(sentence[max(0, start - _REACH) : start]) is None:
        return False
    return sentence[end - 1 : end] == ")" or _CLOSED_AFTER.match(sentence, end) is not None


# An anniversary as the subject of a day it falls on or is marked, the day right after: "Una efeméride que se
# celebrará el próximo 11 de julio", "el aniversario se cumple el 11 de julio", "the anniversary falls on 11 July",
# "der Jahrestag fällt auf den 11. Juli", "l'anniversaire tombe le 11 juillet". Every match holds a needle.
_FALLS_ON = Gated(re.compile(
    r"\b(?:efem[ée]rides?|aniversario|anniversary|jahrestag|anniversaire)\s+(?:(?:que|which|that|qui)\s+)?"
    r"(?:(?:se\s+)?(?:celebrar[áa]|cumplir[áa]|cumple|conmemorar[áa])|(?:falls|fell|will\s+fall)|(?:is|will\s+be)\s+marked"
    r"|f[äa]llt|j[äa]hrt\s+sich|tombe|tombera)\s+(?:(?:el|on|am|auf\s+den|le)\s+)?(?:pr[óo]ximo\s+)?$",
    re.IGNORECASE),
    "efem", "aniversario", "anniversary", "jahrestag", "anniversaire")
# What the day is marked with: a gathering told after it ("con una gala", "with a concert"), which stays an event.
# (or where: "on 11 July at a ceremony at the war memorial", "el 11 de julio en el Teatro Principal", "am 11. Juli im
# Rathaus": a place the day is marked at is a gathering's)
_MARKED_WITH = re.compile(r"\s*,?\s*(?:con|with|mit|avec|par|by|at|in|en|à|au|im|bei|dans)\b", re.IGNORECASE)


def anniversary_falls(sentence: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Is the day from `start` to `end` the one an anniversary named right before it falls on or is marked on ("Una
    efeméride que se celebrará el próximo 11 de julio"), with no clock and nothing it is marked with told after it?
    The day says when the anniversary is, not a gathering (pages-p52, farodevigo.es: ten years after a final)."""
    if any(m.kind == "time" for m in mentions):
        return False
    if _FALLS_ON.search(sentence[max(0, start - _REACH) : start]) is None:
        return False
    return _MARKED_WITH.match(sentence, end) is None


# A yearly observance named right before its day, no year: "on World Water Day, 22 March", "mit dem Intersex Awareness
# Day am 26. Oktober", "la Journée mondiale de l'eau, le 22 mars", "el Día Mundial del Agua, 22 de marzo", "der
# Weltwassertag am 22. März": the day says when the observance falls, not a gathering of the item (not an "Open Day
# on 22 March", which a body holds: the name is an observance's by "World", "International", "Awareness" ...).
_OBSERVANCE_BEFORE = Gated(re.compile(
    r"(?:\b(?:world|international|national|universal|global)\s+(?:[\w'’-]+\s+){0,4}?day"
    r"|\b(?:\w+\s+){1,3}awareness\s+day|\bwelt\w*tag|\binternationale[nr]?\s+(?:\w+\s+)?tag"
    r"|\b(?:journ[ée]e|d[íi]a|giornata)\s+(?:mondiale?|mundial|internationale?|internacional|internazionale|nationale?"
    r"|nacional|nazionale)|\bwereld\w*dag|\binternationale\s+(?:\w+\s+)?dag)"
    # (the rest of its name: "of Yoga", "de l'eau", "del Agua", "der Frau")
    # (not a day of action, which a body holds: "a National Day of Action on 5 March")
    r"(?:\s+(?:of|for|against|de|del|des|du|della|dello|der|van)\b(?!\s+(?:action|protest|strike|mobili))"
    r"(?:\s+[\w'’-]+){1,6}?)?"
    r"(?:\s*[,(])?(?:\s+(?:on|am|le|el|il|op))?\s*$",
    re.IGNORECASE),
    "day", "tag", "journ", "día", "dia", "giornata", "dag")
# What is done for the observance, which the item organises: "For World AIDS Day on December 1, the agencies put on
# a festival", "to mark World Water Day, 22 March", "zum Weltwassertag am 22. März", "pour la Journée mondiale ..."
_DONE_FOR = re.compile(r"\b(?:for|to\s+mark|zum|pour|para|per)\s+(?:the\s+|la\s+|le\s+|el\s+|il\s+)?$",
                       re.IGNORECASE)
_NAME_REACH = 120  # "International Day for the Elimination of Violence against Women, 25 November"
# A gathering's place told right after the day ("on World Water Day, 22 March, in the town hall"): the item's own.
_HELD_AT = re.compile(r"\s*[,)]?\s*(?:at|in|im|à|au|dans|bei|en|nel|nella|in\s+der)\s", re.IGNORECASE)


# The same in Japanese and Korean, where the observance's name ends in its "day" (の日, 記念日, デー, 날):
# the name, then its day in brackets ("「海上保安の日」(5月12日)"); the day, then の and the name
# ("5月12日の海上保安の日"); the day designated as the name ("9월 10일을 '해양경찰의 날'로 지정"). A Japanese
# day stays where に follows (what is done on it: "5月12日の海上保安の日に横浜港で式典"); the Korean
# designation names the yearly day only.
_CJK_NAME_BEFORE = Gated(re.compile(
    r"[「『“\"]?[^\s「」『』、。()（）]{1,24}?(?:の日|記念日|デー)[」』”\"]?\s*[(（]\s*$"), "の日", "記念日", "デー")
_CJK_NAME_AFTER = re.compile(r"\s*の\s*[「『“\"]?[^\s「」『』、。()（）]{1,24}?(?:の日|記念日|デー)[」』”\"]?")
_CJK_CLOSED = re.compile(r"\s*[)）]")
_CJK_ON_IT = re.compile(r"\s*に(?!向け|むけ|先立|さきだ)")
_KO_DESIGNATED = re.compile(r"\s*[을를]\s*['‘\"“「]?[^'’\"”」\n]{1,24}?날['’\"”」]?\s*(?:로|으로)\s")


def _cjk_observance(sentence: str, start: int, end: int) -> bool:
    """The Japanese and Korean forms of an observance's day (world-hundredfortythird: 「海上保安の日」(5月12日), 9월
    10일을 '해양경찰의 날'로 기념하고 있다)."""
    if _KO_DESIGNATED.match(sentence, end) is not None:
        return True
    if _CJK_NAME_BEFORE.search(sentence, max(0, start - 30), start) is not None \
            and (closed := _CJK_CLOSED.match(sentence, end)) is not None:
        return _CJK_ON_IT.match(sentence, closed.end()) is None
    if (named := _CJK_NAME_AFTER.match(sentence, end)) is not None:
        return _CJK_ON_IT.match(sentence, named.end()) is None
    return False


def observance_day(sentence: str, start: int, end: int, mentions: list[Mention], mention: Mention) -> bool:
    """Is the day from `start` to `end`, with no year, the day of a yearly observance named right before it ("on World
    Water Day, 22 March"), with no clock in the sentence and no place told after it? (pages-p57, regenbogenportal.de:
    a week opened "mit dem Intersex Awareness Day am 26. Oktober")"""
    if mention.first is None or mention.first.year is not None or mention.last is not None \
            or any(m.kind == "time" for m in mentions):
        return False
    if _cjk_observance(sentence, start, end):
        return True
    named = _OBSERVANCE_BEFORE.search(sentence, max(0, start - _NAME_REACH), start)
    if named is None or _DONE_FOR.search(sentence, max(0, named.start() - 20), named.start()) is not None:
        return False
    return _HELD_AT.match(sentence, end) is None
