"""Days a plan was set for and another day replaced, and periods told to hold no sitting: no event on them. Pure.

    replaced    "first set for Saturday, February 9", "instead of 3 May", "postponed from 12 June",
                "on 6 May, not 7 May", "was to open on May 6, and will now open on May 10"
    superseded  "had earlier announced that the House was expected to sit again on Tuesday, 3 June"
    recess      "No plenary sittings are held in Easter week, 14-20 April"
    unrealised  "the show that would have gone out the next day", "qui aurait dû être diffusée le lendemain"
    put off     (item level) "The tours have been put off indefinitely." over "the ministers were to tour Nakuru on
                Thursday, March 18"
(The day or time set for an event that the sentence then moves is parsers/movedfrom.py's.)
"""

from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.gate import Gated
from parsers.moment import BEFORE_REACH
from parsers.verbs import CLAUSE_JOINERS, MOVED, PLANNED, PUT_OFF_NO_NEW_DAY, PUT_OFF_NO_NEW_DAY_NEEDLES

_REACH = BEFORE_REACH

# "sednica zakazana za sutra pomera se za ponedeljak", "sjednica zakazana za četvrtak odgođena je": in Serbian,
# Croatian and Bosnian, the day a sitting was set for, in a sentence that moves or puts it off (the new day follows
# "pomera se za", "odgođena za", not "zakazana za").
_SET_FOR_BEFORE = Gated(re.compile(r"\b(?:zakazan[aoi]?|planiran[aoi]?|predviđen[aoi]?)\s+za\s*$", re.IGNORECASE),
                        "zakazan", "planiran", "predvi")
_PUT_OFF = re.compile(r"\b(?:pomera|pomjera|pomeren\w*|pomjeren\w*|odlaže|odlaž\w+|odložen\w*|odgođen\w*"
                      r"|odgađa\w*|prebačen\w*)\b", re.IGNORECASE)
# "No plenary sittings are held in Easter week, 14-20 April", "there will be no sittings from 3 to 7 March", "in der
# Osterwoche finden keine Plenarsitzungen statt", Finnish "14.-20.4. ei pidetä täysistuntoja": a period without
# sittings (a recess) is no event. (A single day told off, "there will be no briefing on Friday", stays a cancelled
# event, findings.py.)
# Where one clause ends and another begins: "; ", ", and", ", but"; in Serbian and Croatian ", a", ", ali", ", no",
# ", dok" too (asked of those languages' words only: English ", a spokesman said," is an aside, no new clause)
_CLAUSE_BREAK = re.compile(rf";|,\s+(?:{CLAUSE_JOINERS})\s", re.IGNORECASE)
_SLAVIC_CLAUSE_BREAK = re.compile(rf";|,\s+(?:{CLAUSE_JOINERS}|a|ali|no|dok)\s", re.IGNORECASE)


def _in_its_clause(found: re.Match[str] | None, sentence: str, mention: Mention,
                   breaks: re.Pattern[str] = _CLAUSE_BREAK) -> bool:
    """Is the words found in the mention's own clause ("no sittings are held from 3 to 7 March"; not "... from 10 to
    14 March in Vienna, and there will be no sessions on the Wednesday", nor "the sitting set for Thursday is held,
    a odgođena je samo konferencija")?"""
    if found is None:
        return False
    low, high = min(found.start(), mention.start), max(found.end(), mention.end)
    return breaks.search(sentence, low, high) is None


_NO_SITTINGS = Gated(re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:sittings?|sessions?|meetings?|hearings?)\s+(?:are|is|will\s+be)\s+(?:held|scheduled)\b"
    r"|\bthere\s+(?:will\s+be|are)\s+no\s+(?:[\w-]+\s+)?(?:sittings|sessions|meetings|hearings)\b"
    r"|\b(?:finden|gibt\s+es)\s+keine\s+(?:\w+\s+)?\w*sitzungen\b"
    r"|\bei\s+(?:pidetä|järjestetä)\b|\bpas\s+de\s+séances?\b|\bnon\s+(?:ci\s+sono|si\s+tengono)\s+sedute\b",
    re.IGNORECASE), "no ", "keine", "ei ", "pas de", "non ")
# "The office had earlier announced that the House was expected to sit again on Tuesday, 3 June": a plan told in
# the past perfect, as the past of the past, is one that later news replaced; not when the sentence says what
# will be ("had said that the House will sit").
_SUPERSEDED = Gated(re.compile(
    r"\bhad\s+(?:\w+ly\s+|earlier\s+|first\s+)?(?:announced|said|stated|indicated|set|scheduled|planned|fixed)\b"
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:expected|due|scheduled|set|planned|slated|to)\b[^.;]{0,60}$", re.IGNORECASE),
    "had")
# "The crew were first due to fly to the station on February 26", "the ceremony was originally scheduled to open the
# season on 3 May": the plan told in the past with its first, set-aside day, whatever it was to do (the replacing
# day is told apart).
# "The chair had been due to hold a press briefing on Thursday, 23 May at 16h00; it has been moved to Friday": the
# plan told in the past perfect, as the past of the past, which the news replaced.
_WAS_FIRST_DUE = Gated(re.compile(
    # (the plan's own words up to its day: not past a comma or a word of the new plan, "was originally scheduled to take
    # place in Geneva, will now open in Vienna on 3 May", "was originally due last week and is now set for 3 May")
    rf"\b(?:(?:was|were)\s+(?:originally|first|initially|previously)\s+(?:{PLANNED}|expected)"
    rf"|had\s+been\s+(?:originally\s+|first\s+|initially\s+|previously\s+)?(?:{PLANNED}|expected))\s+to\b"
    r"(?:(?!\b(?:now|will|is|are|instead|but|then)\b)[^.;:!?,]){0,80}?"
    r"\b(?:on|for|in)\s*$", re.IGNORECASE), "originally", "first", "initially", "previously", "had")
# "Semula pengucapan putusan direncanakan pada Jumat (28/6/2019)", "inicialmente prevista para quarta-feira",
# "initialement prévue le 3 mai": the day first planned, told in Indonesian, Spanish, Portuguese or French, in a
# sentence or item that then gives the new day (not past a word of the new plan: "namun", "kini", "menjadi").
_FIRST_PLANNED_ABROAD = Gated(re.compile(
    # (not "seperti semula", "kembali semula": as before, back to normal, "dibuka kembali seperti semula pada Senin")
    r"\b(?<!seperti\s)(?<!kembali\s)(?:semula|awalnya)\b"
    r"(?:(?!\b(?:namun|tetapi|kini|sekarang|menjadi|dimajukan|diundur)\b)[^.;:!?]){0,80}$"
    r"|\b(?:inicialmente|originalmente|initialement)\s+(?:previst[oa]s?|programad[oa]s?|marcad[oa]s?|agendad[oa]s?"
    r"|pr[ée]vue?s?)\s+(?:para|pour|le|el|a|o|em)\s*(?:(?:el|o|a|la)\s+)?$"
    r"|\b(?:previst[oa]s?|programad[oa]s?|marcad[oa]s?|pr[ée]vue?s?)\s+(?:inicialmente|originalmente|initialement)"
    r"\s+(?:para|pour|le|el)\s*(?:(?:el|o|a|la)\s+)?$", re.IGNORECASE),
    "semula", "awalnya", "inicialmente", "originalmente", "initialement")
# "Daha önce 5 Mart 2026 Perşembe günü için duyurulan program ... 6 Mart 2026 Cuma gününe alındı", "Önceden 12 Nisan
# olarak açıklanan tören": the day first announced, told in Turkish, whose verb comes after the day; "earlier" right
# before it (a few words at most, not past a word of the new plan: "ancak", "şimdi", "artık"; nor "as" of "daha önce
# duyurulduğu gibi", as announced before, which confirms the day).
_FIRST_PLANNED_TURKISH = Gated(re.compile(
    r"\b(?:daha\s+önce|önceden)\s+(?:(?!(?:ancak|fakat|şimdi|artık|gibi|üzere)\b)[^\W\d][\w'’]*\s+){0,3}$",
    re.IGNORECASE),
    "önce")
# "The airport had said the first arrival, which ..., would be the flight from Singapore at 6.40 am; it ran late":
# what was said before would happen, at the sentence's last day or time (not "would take place on Thursday, but it
# was moved to Friday at 6 pm", whose new day comes after).
_SAID_IT_WOULD = Gated(re.compile(
    r"\bhad\s+(?:\w+ly\s+|earlier\s+|first\s+)?(?:announced|said|stated|indicated|planned|expected)\b"
    r"[^.;]{0,120}?\bwould\b(?:(?!\b(?:but|moved|now|instead|postponed|rescheduled|changed)\b)[^.;]){0,60}$",
    re.IGNORECASE), "had")
# "The library was to open on Thursday, May 6, and will now open on Monday, May 10", "were to meet on 3 May but are now
# meeting on 7 May": a plan told with "was to", whose day the same sentence then replaces with the day that follows its
# "now". Only with that "now" and a later day: "was to" alone is most often a plan that still stands, told as reported
# speech ("the minister said she was to visit Nakuru on Friday").
_WAS_TO = Gated(re.compile(
    r"\b(?:was|were)\s+to\b(?:(?!\b(?:now|will|is|are|instead|but|then)\b)[^.;:!?,]){0,80}?\b(?:on|for|in)\s*$",
    re.IGNORECASE), "was", "were")
_NOW_AFTER = re.compile(r"[^.;:!?]{0,30}?\b(?:and|but)\s+(?:(?:it|they)\s+)?"
                        r"(?:(?:will|is|are|has\s+been|have\s+been)\s+)?now\b", re.IGNORECASE)


def _was_to_then_now(sentence: str, mention: Mention, start: int, mentions: list[Mention]) -> bool:
    """Is the day at `start` the one a plan "was to" keep, before "and will now ..." and another day?"""
    if _WAS_TO.search(sentence, max(0, start - 3 * _REACH), start) is None:
        return False
    now = _NOW_AFTER.match(sentence, mention.end)
    return now is not None and any(m.start >= now.end() for m in mentions)


_WILL = re.compile(r"\b(?:will|shall|as\s+planned|go(?:es)?\s+ahead|(?:is|are|remains?)\s+(?:confirmed|unchanged)"
                   r"|still)\b", re.IGNORECASE)  # the plan stands: "goes ahead as planned", "is confirmed"


# "which would have been held on 5 May", "the broadcast that should have gone out the next day", "qui aurait dû être
# diffusée le lendemain", "die Sitzung hätte am 5. Mai", "que debería haberse celebrado el 5 de mayo": a day told in
# the conditional perfect, what was to happen and did not; a few words of its clause between the verb and the day.
_UNREALISED_BEFORE = Gated(re.compile(
    r"(?:\b(?:would|should|was\s+to|were\s+to)\s+have|\bauraient\s+(?:dû|du|pu|été|eu\s+lieu)"
    r"|\baurait\s+(?:dû|du|pu|été|eu\s+lieu)|\bhätten?|\bdeber[íi]an?\s+haber(?:se)?"
    r"|\bhabr[íi]an?\s+(?:sido|tenido\s+lugar))\s+(?:[^\W\d][\w'’-]*\s+){0,4}$", re.IGNORECASE),
    "have", "aurai", "hätte", "haber", "habr")

_REPLACED_BEFORE = Gated(re.compile(
    r"\b(?:instead\s+of|rather\s+than|(?:originally|first|initially|previously)\s+(?:\w+\s+)?"
    rf"(?:{PLANNED})(?:\s+to\s+(?:run|be\s+held|take\s+place)(?:\s+(?:on|in))?|\s+(?:for|on|from|in))|postponed\s+from|moved\s+from|brought\s+forward\s+from"
    # "Planned at first for Thursday, November 10": the plan, its adverb after the verb
    rf"|(?:{PLANNED})\s+(?:at\s+first|originally|initially)\s+(?:for|on|in)"
    # "it had been set for November 11": the plan the news replaced, told in the past perfect
    rf"|\bhad\s+been\s+(?:{PLANNED}|called)\s+(?:for|on)"
    # "was moved to 19 March from 12 March": the day it was moved from, after the new one
    rf"|(?:{MOVED})\b[^.;]{{0,60}}?\bfrom"
    # "on 6 May, not 7 May", "(and not on Tuesday 7 May as announced)": the day set aside
    r"|(?:[,(;]|\band|\bbut)\s*(?:and\s+)?not\s+(?:on|for|at)?)"
    r"(?:\s+(?:next\s+|this\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(?)?"  # "next Saturday (Dec. 10)"
    r"(?:\s+(?:next|this|last))?"  # the same where the weekday opens the date ("next" + "Saturday (Dec. 10)")
    # "not at the customary 12 p.m.", "instead of the present 7:00 am": the time or day set aside, so described
    r"(?:\s+the\s+(?:usual|customary|normal|regular|present|current|previous|earlier|original|traditional))?"
    r"\s*$",
    re.IGNORECASE,
), "instead", "rather", "originally", "first", "initially", "previously", "postponed", "moved", "brought",
   "rescheduled", "put", "pushed", "delayed", "shifted", "not", "had")

# "first fixed for 16 February and 2 March", "instead of 3, 4 or 5 May": the days listed after the first
# share its words.
_LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*$", re.IGNORECASE)


def _head_of_list(sentence: str, start: int, mentions: list[Mention]) -> int:
    """Where the words about a list of days begin: before its first day, when the mention at `start` ends it."""
    for other in reversed(mentions):
        if other.end <= start and other.kind == "day" and _LISTED.match(sentence, other.end, start):
            start = other.start
    return start


def _replaced_list(sentence: str, start: int, mentions: list[Mention]) -> bool:
    """A day listed after a day another replaced ("first fixed for 16 February and 2 March"): replaced too."""
    head = _head_of_list(sentence, start, mentions)
    return head < start and _REPLACED_BEFORE.search(sentence[max(0, head - _REACH) : head]) is not None


def replaced(sentence: str, mention: Mention, start: int, before: str, mentions: list[Mention]) -> bool:
    """Is the moment at `start` (`before`: the few words right before it) one a plan set and another replaced, or a
    period without sittings?"""
    return bool((mention.kind == "day" and _replaced_list(sentence, start, mentions))
                or _was_to_then_now(sentence, mention, start, mentions)
                or _REPLACED_BEFORE.search(before) or _UNREALISED_BEFORE.search(before)
                or (_SET_FOR_BEFORE.search(before) and _in_its_clause(_PUT_OFF.search(sentence), sentence, mention,
                                                                           _SLAVIC_CLAUSE_BREAK))
                or (mention.kind == "span" and _in_its_clause(_NO_SITTINGS.search(sentence), sentence, mention))
                or (_SUPERSEDED.search(sentence, max(0, start - 3 * _REACH), start) and not _WILL.search(sentence))
                or _FIRST_PLANNED_ABROAD.search(sentence, max(0, start - 3 * _REACH), start)
                or _FIRST_PLANNED_TURKISH.search(sentence, max(0, start - 3 * _REACH), start)
                or ((due := _WAS_FIRST_DUE.search(sentence, max(0, start - 3 * _REACH), start))
                    # (a plan told in the past perfect that still stands, "... and the opening goes ahead as planned")
                    and not (due.group().lower().startswith("had") and _WILL.search(sentence)))
                or (_SAID_IT_WOULD.search(sentence, max(0, start - 5 * _REACH), start) and not _WILL.search(sentence)
                    and all(m.start <= mention.start for m in mentions)))


# "The tours the ministers were to make have been put off indefinitely", "postponed until further notice", "reportée
# sine die", "aplazada hasta nuevo aviso", "auf unbestimmte Zeit verschoben": the item's notice that its plan is off,
# with no new day. It reaches the schedule the item then tells as that plan (plan_put_off).
_PUT_OFF_FOR_GOOD = Gated(re.compile(
    r"\b(?:put\s+off|postponed|deferred|suspended|called\s+off|cancell?ed)\s+(?:indefinitely|until\s+further\s+notice"
    r"|sine\s+die|without\s+a\s+new\s+date)\b"
    rf"|\b(?:{PUT_OFF_NO_NEW_DAY})\b",  # (in other tongues: verbs.py)
    re.IGNORECASE), "indefinitely", "notice", "sine", "date", *PUT_OFF_NO_NEW_DAY_NEEDLES)
# (the words of "no new day", one word each: "put\noff" runs over a line)
# The plan so told, before its day in its sentence: "the ministers were to tour", "was due to open", "devait se tenir",
# "iba a celebrarse", "estaba prevista", "sollte ... stattfinden"; not past a word of a new plan ("and will now").
_PLAN_TOLD = Gated(re.compile(
    r"\b(?:was|were)\s+(?:to|(?:due|set|scheduled|planned|expected)\s+to)\b"
    r"|\bhad\s+been\s+(?:due|set|scheduled|planned|expected)\s+to\b"
    r"|\bdevai(?:t|ent)\b|\b(?:était|étaient)\s+prévue?s?\b|\biban?\s+a\b|\bestaban?\s+previst[oa]s?\b|\bsollten?\b",
    re.IGNORECASE), "was", "were", "been", "devai", "prévu", "iba", "estaba", "sollte")
_NEW_PLAN = re.compile(r"\b(?:now|will|instead|new\s+date|désormais|ahora|nun)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


def put_off_for_good(text: str) -> bool:
    """Does the item give notice that its plan is put off with no new day, or called off ("have been put off
    indefinitely", "postponed until further notice")?"""
    return _PUT_OFF_FOR_GOOD.search(text) is not None


def plan_put_off(text: str, day_words: str) -> bool:
    """In an item that put its plan off for good (put_off_for_good), is the day its words name told as that plan's,
    what was to be ("the ministers were to tour Nakuru County on Thursday, March 18")? Only with that notice: "was to"
    alone is most often a plan that still stands, told as reported speech."""
    if not day_words or not _PLAN_TOLD.could_match(text):
        return False
    at = text.find(day_words)
    at = at if at >= 0 else text.find(day_words.split(" ")[0])  # (the words of its mentions, joined: the first)
    if at < 0:
        return False
    start = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_STOP.search(text, at)
    end = stop.start() if stop is not None else len(text)
    plans = list(_PLAN_TOLD.pattern.finditer(text, start, at))  # the last plan told before the day is its own
    # (a new plan or the plan kept may also follow the day: "was due to open the bridge on Friday, March 21, and will
    # do so as planned")
    return bool(plans) and _NEW_PLAN.search(text, plans[-1].end(), end) is None and _WILL.search(text, at, end) is None
