"""The parts of one sentence: later clauses that each have a time of their own ("leaves at 11.05am and lands
at 1.05 pm"), times paired "respectively", and the practicalities set apart after the event's own words. Pure."""

from __future__ import annotations

import datetime as dt
import re

from parsers import kinds
from parsers.datefree import without_dates
from parsers.dates import Mention
from parsers.logistics import LOGISTICS
from parsers.places import COUNTRY, Place, best_place, find_places
from parsers.reading import Reading, add

_MAX_CLAUSES = 8  # a sentence tells a few clauses, not hundreds
# What joins two clauses of one sentence, each with its own time ("at 11.05am and lands at 1.05 pm").
_JOINT = re.compile(r"(?:,\s*|\band\s+)then\b|;|,\s*(?:and\b)?|\band\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
_SECOND_TIME = re.compile(r"\s+and\s+(?:at\s+)?(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*,?\s*respectively\b")
_RESPECTIVE_REACH = 16
_CLAUSE_DAYS = ("day", "weekday", "relative", "published")  # a later clause's own day: "and Y on Tuesday at 10:30"
# ("at about 13:00", "at around noon": the hedge goes with the preposition)
_LAST_PREPOSITION = re.compile(r"\b(?:on|from|at|by|between|during|in)(?:\s+(?:about|around|approximately))?\s*$",
                               re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")  # "... of Sabbavaram mandal. There, ...": its clause ends
_NEW_SENTENCE = re.compile(r"\s+(?=[A-Z])")  # "at 10.30 a.m. By road he reaches": the time's full stop ends it
# (a word joined by "&" counts as one: "the Q&A follows at 11:00", "R&D")
_CONTENT = re.compile(r"\b(?!(?:at|by|on|in|around|about|from|and|then|the|a|an|approximately|again)\b)"
                      r"(?:[^\W\d_]+&[^\W\d_]+|[^\W\d_]{2,})", re.IGNORECASE)
# "at 10:00, 11:00 and 12:00 in the main hall": words that only say where belong to the list, no clause.
_PLACE_ONLY = re.compile(r"(?:in|at|on|for|with|inside|near|of)\b", re.IGNORECASE)
_ON_DAY = re.compile(r"on\s+(?:the\s+)?(?:[A-Z][a-z]+day\b|\d{1,2}\b)")  # a clause of its own day, no place
# "Friday 08:00 to 16:00, Saturday 08:00 to 14:00": a later clause of only its own weekday and hours is the same
# event again on that day (its name is the item's), though it says no more words.
_WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# (or two, "on Wednesday and Thursday", the same hour on each)
_WEEKDAY_ONLY = re.compile(rf"(?:on\s+)?{_WEEKDAY_NAME}(?:\s+(?:and|&)\s+{_WEEKDAY_NAME})?")
_WEEKDAY_AFTER = re.compile(rf"[ \t]*,?[ \t]*on\s+{_WEEKDAY_NAME}")  # "at 10:00 on Monday": the time's own weekday
_RELATIVE = re.compile(r"^(?:where|whereupon|when)\s+(?=\w)", re.IGNORECASE)
# "and on Thursday, at 9:00", "and on 30 April, at 10:00": a day, then the comma before its own time
_DAY_BEFORE_COMMA = re.compile(r"\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                               r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)\s*$")
_CLAUSE_WORDS = 2  # "at 10:00, 11:00 and 12:00" lists times; a clause says what happens
# "...; Redmond, 1 p.m.-2 p.m.": a row of a place and its hours after a semicolon, under the head of the sentence's
# first row ("Town hall meetings — Bend, Oregon, 9 a.m.-10 a.m.").
_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
_NAMED_ROW = re.compile(rf"\s*;\s*(?P<name>{_NAME}),\s*$")
_NAMED_ROW_HEAD = re.compile(rf"(?P<head>[^;]*?\w[^;]*?)\s*[—–:-]\s*(?:{_NAME},\s*){{1,2}}$")
_ROW = re.compile(r";\s*(?P<name>[^;]*?\w[^;]*?),\s*$")  # "; the Committee on Finance, " before a row's time
# The verbs of an event's ending.
# ("The House rises at 10 pm", "and adjourns at 6 pm": a sitting's end, as parliaments say it)
_ENDING = r"ends?|finish(?:es)?|concludes?|is\s+over|wraps?\s+up|rises|adjourns"
# "starts at 10:00 and ends at 12:00": one event; so is "the gates open from 9.30 am; the exhibition itself shuts at
# 4.45 pm" (a thing the sentence named before, closing)
_ENDS = re.compile(rf"^(?:it\s+|they\s+|the\s+\w+(?:\s+\w+)?\s+(?:itself\s+)?)?(?:{_ENDING}|closes?|shuts?)\b",
                   re.IGNORECASE)


def later_clauses(sentence: str, times: list[Mention], used: Mention | None) -> list[tuple[int, Mention, str]]:
    """"He leaves the hall at 1.25 p.m. and is back at the airport at 1.45 p.m.", "..., then suspends at 12 noon":
    each later time that opens a clause of its own (after "and", a comma, "then", a semicolon or a new
    sentence hidden behind "p.m.") is an event of its own. Returns (where its clause starts, time, clause)."""
    if used is None or used not in times:
        return []
    rest = times[times.index(used) + 1 :][:_MAX_CLAUSES]
    joints: list[re.Match[str] | None] = []
    before = used
    for mention in rest:
        # "There, with Union Ministers, he joins ... and at 3 p.m. speaks": the clause after the last joint.
        found_joints = list(_JOINT.finditer(sentence, before.end, mention.start))
        joint = found_joints[-1] if found_joints else None
        if joint is not None and not _said_after(sentence, joint, mention):
            # "..., then celebrates Mass in St Patrick's Cathedral, Parramatta, at 6.00pm.": the commas of a place
            # named with its town open no clause; the clause opens at the last joint with words after it.
            joint = next((j for j in reversed(found_joints) if _said_after(sentence, j, mention)), joint)
        if joint is not None and len(found_joints) > 1 and joint.group().startswith(",") \
                and _DAY_BEFORE_COMMA.fullmatch(sentence, found_joints[-2].end(), joint.start()):
            # "at 2:00 p.m. and on Thursday, at 9:00 a.m.": the comma between a day and its time opens no clause;
            # the clause, with its own day, opens at the joint before the day
            joint = found_joints[-2]
        if joint is None and before.text.endswith("."):
            joint = _NEW_SENTENCE.match(sentence, before.end, mention.start + 1)
        joints.append(joint)
        before = mention
    found: list[tuple[int, Mention, str]] = []
    for number, (mention, joint) in enumerate(zip(rest, joints, strict=True)):
        if joint is None:
            continue
        following = joints[number + 1] if number + 1 < len(rest) else None
        end = following.start() if following else rest[number + 1].start if number + 1 < len(rest) else len(sentence)
        after = "" if mention.text.endswith(".") and _NEW_SENTENCE.match(sentence, mention.end) else \
            sentence[mention.end : end]  # "at 2.50 p.m. There, ...": the time's full stop ends the clause
        lead_in = _LAST_PREPOSITION.sub("", sentence[joint.end() : mention.start])
        if len(_CONTENT.findall(lead_in)) >= _CLAUSE_WORDS:
            after = _JOINT.split(after, maxsplit=1)[0]  # "is at the airport by 7.15 p.m. and flies back": its own
        previous = rest[number - 1] if number else used
        named = _NAMED_ROW.match(sentence, previous.end, mention.start)
        head = _NAMED_ROW_HEAD.match(sentence, 0, used.start) if named else None
        if named and head and not after.split(";", 1)[0].strip(" ,."):
            # "Bend, 9 a.m.-10 a.m.; Redmond, 1 p.m.-2 p.m.": each place and its hours, the head's event there
            lead_in, after = f"{head.group('head')}, {named.group('name')}", ""
        elif not lead_in.strip(" ,;") and (row := _ROW.search(sentence, previous.end, mention.start)) \
                and not after.split(";", 1)[0].strip(" ,."):
            # "the Audit Committee, 8 a.m.; the Governance and Ethics Committee, 9 a.m.; ...": rows of a name and
            # its time set apart by semicolons; each time's name is the one before it, not the next row's
            lead_in, after = row.group("name"), ""
        words = f"{lead_in} {after}"
        clause = " ".join(_SENTENCE_END.split(words, maxsplit=1)[0].split()).strip(" ,;.")
        clause = _RELATIVE.sub("", clause)  # "..., where at 10.30 the host receives her": the host receives her
        parallel = _PLACE_ONLY.match(clause) is not None and _parallel_places(sentence, used, clause)
        if len(_CONTENT.findall(clause)) >= (1 if parallel else _CLAUSE_WORDS) and not _ENDS.search(clause) \
                and not (_PLACE_ONLY.match(clause) and not _ON_DAY.match(clause)  # "and on Saturday at 9:00 ..."
                         and kinds.classify(clause) == kinds.EVENT  # (", with a press conference at 13:00": one)
                         and not parallel):
            found.append((joint.start(), mention, clause))
        elif _WEEKDAY_ONLY.fullmatch(clause) and (_WEEKDAY_ONLY.search(sentence, 0, used.start)
                                                  or _WEEKDAY_AFTER.match(sentence, used.end)):
            # "Friday 08:00 to 16:00, Saturday 08:00 to 14:00"; "at 10:00 on Monday and at 14:00 on Wednesday"
            found.append((joint.start(), mention, ""))
    return found


# "at the Nadi Civic Centre from 9am-12pm and at Sai Hall, Sigatoka, from 2pm-4pm": each place with its own hours
# after the same preposition; the later place is a stop of its own, not the first event's room
_PLACE_BEFORE_TIME = re.compile(r"\b(?P<prep>at|in)\s+(?:the\s+)?[^\W\d][^,;:]*?(?:,\s*[A-Z][\w'-]*)?,?"
                                r"(?:\s+(?:from|at|between))?\s*$")


def _parallel_places(sentence: str, used: Mention, clause: str) -> bool:
    before = _PLACE_BEFORE_TIME.search(sentence, max(0, used.start - 80), used.start)
    return before is not None and clause.split(maxsplit=1)[0].lower() == before.group("prep")


def _said_after(sentence: str, joint: re.Match[str], mention: Mention) -> bool:
    """Does something come between the joint and the time, or after the time before the sentence ends?"""
    lead_in = _LAST_PREPOSITION.sub("", sentence[joint.end() : mention.start])
    return len(_CONTENT.findall(lead_in)) >= _CLAUSE_WORDS or len(_CONTENT.findall(sentence[mention.end :])) > 0


def respectively(mentions: list[Mention], sentence: str) -> list[Mention]:
    """"in Birmingham and Cardiff on 7 and 8 June, respectively": two single days, each for one of the
    subjects, not a span; "at 1345 and 1400 respectively": the second time, which "at" does not open, too."""
    if "respectively" not in sentence:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        after = _RESPECTIVELY.match(sentence, mention.end)
        paired = _SECOND_TIME.match(sentence, mention.end)
        if mention.kind == "span" and after and mention.first and mention.last and " and " in mention.text:
            out += [mention._replace(kind="day", last=None, end=mention.start + mention.text.index(" and ")),
                    mention._replace(kind="day", first=mention.last, last=None,
                                     start=mention.start + mention.text.index(" and ") + len(" and "))]
        elif mention.kind == "time" and paired:
            hour, minute = int(paired.group("hh")), int(paired.group("mm"))
            said = paired.group("hh") + paired.group("mm")
            out += [mention, Mention("time", paired.start("hh"), paired.end("mm"), said, time=dt.time(hour, minute),
                                     zone=mention.zone)]
        else:
            out.append(mention)
    return out


_PRACTICAL_LEAD_IN = 2  # words between a comma and the practicality it opens: "with media", "and doors", "with"


def before_practicalities(sentence: str, mentions: list[Mention]) -> tuple[list[Mention], int]:
    """"This Sunday, May 16, 2-4 p.m. Media: doors open at 1 p.m.": the event's own day and time stand before
    the practicalities, which a full stop, a colon or a semicolon sets apart ("The race starts at 9:30; runners
    register by 8:00"); only those after it are the practicalities'. Returns the mentions of the event and where
    its words end."""
    if not mentions or ": " not in sentence and ". " not in sentence and "; " not in sentence \
            and ", " not in sentence:
        return mentions, len(sentence)
    found = LOGISTICS.search(sentence.lower())
    if found is None:
        return mentions, len(sentence)
    parted = max(sentence.rfind(mark, 0, found.start()) for mark in (": ", ". ", "; ")) + 1
    comma = sentence.rfind(", ", 0, found.start())
    if comma + 1 > parted and len(sentence[comma + 2 : found.start()].split()) <= _PRACTICAL_LEAD_IN \
            and not found.group().endswith(" than") and not found.group().startswith("doors") \
            and any(m.end > found.end() for m in mentions):
        # "..., with media access from 10:30 a.m.": a comma and a few words open it too, with a time of its own (not
        # "from 7am, no later than ...", a bound of the clause before it; nor "..., and registration is required",
        # which makes the whole a duty; nor "..., and doors open at 7.30pm", the gathering's doors: doors.py)
        parted = comma + 1
    if any(m.start < parted <= m.end for m in mentions):
        return mentions, len(sentence)  # "Am 24. und 31. Dezember bleibt ... geschlossen": a day's full stop
    if parted <= 1 or not any(m.end <= parted for m in mentions):
        return mentions, len(sentence)
    if not any(m.kind == "time" and m.end <= parted for m in mentions) \
            and after_practicalities(sentence, mentions) > parted:
        # "Thursday June 11, Boise: registration 8 a.m., meeting 9 a.m.": no time before the colon, and after the
        # practicality the event named with its own time (after_practicalities leaves the practicality's clock out)
        return mentions, len(sentence)
    return [m for m in mentions if m.end <= parted], parted


def paired_times(sentence: str, mentions: list[Mention], used: Mention | None) -> list[tuple[int, Mention, str]]:
    """The later times of "at 1345 and 1400 respectively", each an event on the day in context."""
    times = [m for m in mentions if m.kind == "time"]
    if used is None or "respectively" not in sentence or used not in times:
        return []
    clause = without_dates(sentence[: used.start], [m for m in mentions if m.end <= used.start]).strip(" ,;")
    return [(len(sentence), m, clause) for m in times[times.index(used) + 1 :]
            if _RESPECTIVELY.search(sentence, m.end, m.end + _RESPECTIVE_REACH)]


_AND_DAY = re.compile(r"[ \t]*(?:,|and|&)?[ \t]*")


def _days_right_after(sentence: str, time: Mention, mentions: list[Mention]) -> list[Mention]:
    """The weekdays told right after a later clause's time ("and at 14:00 on Wednesday", "... on Wednesday and
    Thursday"), the day each is, in order."""
    days: list[Mention] = []
    end = time.end
    for mention in mentions:
        if mention.start < end:
            continue
        if mention.kind != "weekday" or not _AND_DAY.fullmatch(sentence, end, mention.start):
            break
        days.append(mention)
        end = mention.end
    return days


def add_clauses(later: list[tuple[int, Mention, str]], sentence: str, context: Reading, place: Place | None,
                 lead: str, mentions: list[Mention]) -> None:
    """An event for each later clause with a time of its own, on the day it names ("and the upper chamber on
    Tuesday at 10:30 am") or else the day in context, at the place it names."""
    for start, mention, clause in later:
        day = next((m for m in reversed(mentions) if m.kind in _CLAUSE_DAYS and start <= m.start
                    and m.end <= mention.start), None)
        after = _days_right_after(sentence, mention, mentions) if day is None else []
        if after and (not clause or _WEEKDAY_ONLY.fullmatch(clause)):
            # "Hearings are at 10:00 on Monday and at 14:00 on Wednesday": the first event
            first = context.findings[-1]  # again, that day ("... on Wednesday and Thursday": on each of them)
            for other in after:
                add(context, f"{lead}{sentence}", other, mention, first.kind, first.summary, first.place or place,
                    [other, mention])
            continue
        day = day or (after[0] if after else None)  # "and at 14:00 on Wednesday she visits the port"
        if day is not None:  # its words leave the title as the sentence's own dates do
            clause = re.sub(rf"(?:\b(?:on|from|by|during|in)\s+)?{re.escape(' '.join(day.text.split()))}", "",
                            clause, flags=re.IGNORECASE)
        kind = kinds.classify(clause)
        own = best_place([m for m in find_places(clause) if m.locative or m.place.kind != COUNTRY]) or place
        add(context, f"{lead}{sentence}", day, mention, kind, kinds.sentence_summary(kind, clause), own,
            [m for m in (day, mention) if m])


_STARTS = re.compile(r"\b(?:starts?|begins?|commences?|opens?|kicks? off|gets? under ?way)\b")
_FROM_A_TIME = re.compile(r"\s*[a-z][\w\s-]{0,40}?\bfrom\s+\d")  # "; speeches from 6.30pm": it starts then


_FOR_A_START = re.compile(r" for an? (?=\d)")  # "... for a 7 pm start": the time after it is the event's
# "meeting 9:00 am", "the meeting runs 9:00 am", "talk at 7 pm": a clause that names a thing and its time at once
_NAMED_TIME = re.compile(r"\s*(?:the\s+)?(?!(?:from|at|on|until|till|by|to|between|and|or)\b)[a-z][\w-]*"
                         r"(?:\s+[a-z][\w-]*)?\s+(?:(?:runs|is|starts|begins)\s+)?"
                         r"(?:at\s+|from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h\b)?")
_PRACTICAL_OPENING = 16  # characters: before "and", the practicality opens the sentence ("Doors open", "Registration")


def _words_before(sentence: str, end: int, mentions: list[Mention]) -> int:
    """Characters of words before `end` in its clause, its dates not counted ("On Thursday 19 February, doors open
    ...": "On"; "Friday 12 March, the old mill, Leeds: registration ...": none, the colon opens the clause)."""
    begin = sentence.rfind(": ", 0, end) + 1  # (0 without a colon)
    kept = sentence[begin:end]
    for mention in reversed([m for m in mentions if begin <= m.start and m.end <= end]):
        kept = kept[: mention.start - begin] + kept[mention.end - begin :]
    return len(kept.strip(" ,;:"))


def after_practicalities(sentence: str, mentions: list[Mention]) -> int:
    """"Runners register by 8:00; the race starts at 9:30", "Doors open at 6:30 pm and the talk starts at 7": the
    practicalities before a semicolon or "and" (or a comma before a thing named with its time: "Registration 8:30 am,
    meeting 9:00 am"), the event's time after it ("Registration closes on Friday, and the conference opens on Monday
    30 June": or its day). Where the event's words begin (0 when the sentence is not so)."""
    cut = sentence.rfind("; ")
    joint = 2
    if cut < 0:
        cut, joint = sentence.rfind(" and "), 5
    if cut < 0 and (start := _FOR_A_START.search(sentence)):  # "Doors open at 6:30 pm for a 7 pm start"
        cut, joint = start.start(), start.end() - start.start()
    if cut < 0:  # "Registration 8:30 am, meeting 9:00 am - 12:00 pm": the event's time after a comma
        commas = [(comma, m) for m in mentions if m.kind == "time" and (comma := sentence.rfind(", ", 0, m.start)) >= 0]
        cut = next((comma for comma, m in commas if _NAMED_TIME.match(sentence.lower(), comma + 2, m.end)), -1)
        joint = 2
    if cut < 0 or not any(m.kind in ("time", "day", "span") and m.start > cut for m in mentions):
        return 0
    if not any(m.kind == "time" and m.start > cut for m in mentions) \
            and (joint == len(" and ") and sentence[cut - 1] != "," or not _STARTS.search(sentence.lower(), cut)):
        return 0  # a day alone after the joint: only after ", and" or ";", a clause that starts something
    lowered = sentence.lower()
    practical = LOGISTICS.search(lowered, 0, cut)
    if practical is None or LOGISTICS.search(lowered, cut) is not None:
        return 0
    opening_only = joint == len(" and ") or sentence.startswith(", ", cut)  # (not after a semicolon)
    if opening_only and _words_before(sentence, practical.start(), mentions) > _PRACTICAL_OPENING:
        return 0  # "The Minister launches the voter registration drive at 10:00 ... and ...": the event's own words
    # only a clause that starts something: "accredit online; the procedure closes at midnight" is one deadline
    return cut + joint if _STARTS.search(lowered, cut) or _FROM_A_TIME.match(lowered, cut + joint) \
        or _NAMED_TIME.match(lowered, cut + joint) else 0


# "... begins at dusk and ends at 8 pm": the words just before a time that say it is when the event is over.
# ("closes at" is left out: "registration closes at noon" names a deadline more often than an end.)
# ("وتنتهي عند الثانية بعد الظهر", "ويختتم في الخامسة مساء": Arabic's "and it ends", its "at" held by the
# time's mention)
_ARABIC_ENDING = r"و?(?:تنتهي|ينتهي|تختتم|يختتم|تُختتم|يُختتم)(?:\s+(?:أعمالها|أعماله|فعالياتها|فعالياته))?"
_ENDS_AT = re.compile(rf"(?:\b(?:{_ENDING})(?:\s+(?:at|by|around|about))?|(?<!\w){_ARABIC_ENDING})\s*$",
                      re.IGNORECASE)  # (a time's mention may hold its "at")
_ENDS_REACH = 30  # characters before a time where its ending words stand


def only_its_end(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Without the time an event ends at, when no time before it says when it starts ("begins at dusk and ends at
    8 pm": a day, not an event at 8 pm)."""
    times = [m for m in mentions if m.kind == "time"]
    if not times or times[0].until is not None:
        return mentions
    first = times[0]
    if not _ENDS_AT.search(sentence, max(0, first.start - _ENDS_REACH), first.start):
        return mentions
    return [m for m in mentions if m is not first]


# What opens a later clause that ends with its own day: "..., and flies home on", "..., before the summit on".
_DAY_CLAUSE_JOINT = re.compile(r",\s*(?:and\s+|then\s+|before\s+|after\s+)?|\s+and\s+|\s+before\s+|\s+after\s+")


def before_its_day(sentence: str, opened: int, day: int) -> tuple[int, str] | None:
    """The clause that a day at `day` ends ("..., before the summit on Thursday 26 June": "the summit"), after the
    last joint since `opened`: where its joint starts and its words; None without a joint."""
    joints = list(_DAY_CLAUSE_JOINT.finditer(sentence, opened, day))
    if not joints:
        return None
    words = sentence[joints[-1].end() : day].strip(" ,;.")
    return joints[-1].start(), words[:-2].rstrip() if words.lower().endswith(" on") else words
