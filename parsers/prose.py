"""Events in prose: sentences with a day, a relative day or a time. Pure.

A sentence with a day or a span of days ("On Monday, 20 November, ...") is an event; the
sentences after it in the same paragraph add to its description. A sentence that opens with
a relative day ("On the same day, ...") is one once a day is in context, and a sentence with
only a time gives the time of the day-long event announced just before it.

This module walks the sentences and decides what dates each and what its first event is;
sentenceevents.py adds the events of a dated sentence, prosewalk.py holds the walk's records.
"""

from __future__ import annotations

import re

from parsers import (
    clauses,
    dating,
    dayheading,
    daypairs,
    documents,
    extent,
    incidents,
    itinerary,
    kinds,
    namedsummits,
    notevents,
    recurring,
    relativespans,
    rowsunder,
    samehour,
    schedule,
    series,
    slotrows,
    stamps,
    standingdays,
    tense,
    yearclues,
)
from parsers.blocks import ITEM, Block, sentence_spans
from parsers.closures import closes_a_place
from parsers.datefree import without_dates
from parsers.dates import Mention
from parsers.datewords import STAMP_LABELS_ABROAD
from parsers.daytime import time_for
from parsers.disruptions import disrupts_a_service
from parsers.doors import DOORS_NOTE, doors_of_a_gathering, start_after_doors, without_doors_after
from parsers.exposure import exposure_notice
from parsers.fieldnames import WHEN, alternatives
from parsers.findings import Finding
from parsers.joinsbefore import ANAPHOR, EVERY_ONE, extend, times_the_day, untimed_list_above
from parsers.lang_arabic import ARABIC_LETTERS
from parsers.lang_chinese import HAN, tells_what_is_to_come
from parsers.logistics import LOGISTICS
from parsers.namedagain import named_again
from parsers.namedyears import years_named
from parsers.papernames import sunday_paper
from parsers.pastrelative import attended_then, in_caption, time_gone_by
from parsers.performances import of_the_work, performance_caption
from parsers.places import best_place, find_places
from parsers.prosewalk import DatedSentence, ParagraphWalk
from parsers.reading import (
    LETTERS,
    Reading,
    add,
    blocks_by_number,
    resolve_part,
)
from parsers.relativedays import relative_day
from parsers.saidtoday import of_a_life
from parsers.sentenceevents import add_events
from parsers.sincespans import joined_to_since
from parsers.sittinghours import sitting_hours
from parsers.sittingrecord import sitting_record
from parsers.timeforms import clock_by, day_of_saying, without_days_of_saying
from parsers.timethenday import gives_its_day, move_to_its_day
from parsers.trailingaside import after_the_event
from parsers.unlessclause import in_a_condition
from parsers.verbs import CLAUSE_JOINERS
from parsers.writingtime import time_of_writing

_WHEN_FIELD = re.compile(rf"(?:{alternatives(WHEN)})\s*:", re.IGNORECASE)
# "Registration is open for the conference, which takes place on 10 March at 9:00": a practicality, then a clause
# that tells when the event it serves happens ("..., which will be held in Washington DC on Friday 5 December").
_HAPPENS_CLAUSE = re.compile(r",\s*(?:which|that)\s+(?:will\s+)?(?:takes?\s+place|(?:is|are|will\s+be)\s+held"
                             r"|runs?|opens?|starts?|begins?)\s+(?:on|from|at|in)\b")
# "Registration is open for the seminar on Tuesday 8 February", "Sign up for the workshop, held on 4 May": the day
# belongs to the event the practicality serves, named right before it (not "register by Friday", a deadline; not
# "Accreditation for the Summit opens on 3 September", the practicality's own day; not "journalists who want to cover
# the session on Monday must arrive by 1.30 p.m.", a duty whose hour is the press's).
# (The event's name is words, none of them a verb that would make the day the practicality's own.)
_NOT_A_VERB = r"(?!(?:opens?|closes?|starts?|ends?|begins?|runs?|is|are|was|will)\b)"
# ("Registration is now open for "Transforming Science", a symposium held in Brussels and online on 11-12 May": the
# event's name in quotes, what it is after a comma, and where it is held before its day)
_HELD = r"(?:(?:to\s+be\s+)?held|taking\s+place|scheduled)\s+(?:(?:in|at)\s+(?:[\w'’-]+\s+){1,5}?)?(?:on|for)"
_FOR_THE_EVENT_ON = re.compile(
    r"^(?!.*\b(?:must|should|required|needs?\s+to)\b)"
    r".*\b(?:for|to)\s+(?:(?:attend|join)\s+)?(?:(?:the|a|an|our|this|next|its|their)\s+"
    rf"(?:{_NOT_A_VERB}[\w'’-]+\s+){{0,5}}?{_NOT_A_VERB}[\w'’-]+,?\s+"
    r"|[\"“«][^\"”»]{1,150}[\"”»],\s+(?:a|an|the|our|its)\s+(?:[\w'’-]+\s+){0,3}?)"
    rf"(?:{_HELD}|on)\s+"
    r"(?:[a-z]+day\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)")

_HEADING_WORDS = 8  # a dated line shorter than this, without an action, only says which day
# "Publication Date: 09/03/2020", "Veröffentlicht am: 3.9.2020": the field of the document's own date, under the
# meeting it announces ("Agenda for the September 11, 2020 Commission Meeting"): no event, and no day that the lines
# below are of ("join via Zoom starting at 11:15 AM" is the meeting's day, not the day the page was posted).
_PUBLISHED_FIELD = re.compile(r"\s*(?:publication\s+date|date\s+(?:of\s+)?publication|date\s+published"
                              r"|published(?:\s+on)?|posted(?:\s+on)?|date\s+de\s+publication|fecha\s+de\s+publicación"
                              rf"|{STAMP_LABELS_ABROAD})\s*:", re.IGNORECASE)
# "The memorial service is on the morning of 6 October", "The next review is scheduled for 10 April": a thing said
# to be on the day, a sentence of its own (not "The date is ...", "Today is ...")
_THING_IS_ON = re.compile(r"\s*(?:the|a|an|our|this|next|their|his|her)\s+"
                          r"(?!(?:(?:next|new|first|final)\s+)?(?:date|day|today|deadline|week)\b)"
                          # (a paper's day, not an event's: "The next data release", "This policy is set for")
                          r"(?!(?:[\w'’-]+\s+){0,4}?(?:release|update|edition|issue|version|publication|data|figures"
                          r"|statistics|report|bulletin|policy|page|document|guidance)s?\s+(?:is|are|will\s+be)\b)"
                          r"(?:[\w'’-]+\s+){0,4}?(?:is|are|will\s+be)\s+"
                          r"(?:on|held|(?:scheduled|set|planned|slated)\s+for)\b", re.IGNORECASE)
# "The event is expected to take place at 13:00 CEST": a clause this short, of no kind, leaves the sentence
# before to say what; "He leaves the hall by road at 1.25 p.m." says it itself.
_SAYS_WHAT = 5
# "A dawn service begins at 5.30am", "Another briefing follows at 3pm": a clause opening with an indefinite article
# brings in a thing of its own, however few its words, not the one the sentence before told
_NEW_THING = re.compile(r"\W*(?:an?|another)\s+[^\W\d_]", re.IGNORECASE)



def paragraph(block: Block, block_mentions: list[Mention], context: Reading) -> None:
    """Read a paragraph sentence by sentence: a dated sentence gives events, those after it add to the last."""
    # "- Lock-Up" over "At 07:00 (ET), reporters may read ...": the caption names the paragraph's event.
    lead = f"{context.caption}: " if context.caption and context.caption_at == block.number - 1 else ""
    walk = ParagraphWalk(block, block_mentions, lead)
    # "Agriculture and Fisheries Council" heading the day's "Arrivals: from 08:30" and "Beginning of the meeting:
    # 10:00": a body's heading names each timed row of its run, as it does rows that open with their time (advisory.py)
    run_row = bool(lead) and context.caption_heads_run and len(block.text) <= schedule.NEXT_LINE_LIMIT \
        and schedule.BODY.search(context.caption) is not None
    if run_row:
        context.caption_at = context.last_row_at = block.number
    if block.kind == ITEM:
        context.previous = ""  # a list entry says what happens in it: the entry above is something else
    context.named_year = None
    found = len(context.findings)
    for start, end in sentence_spans(block.text):
        _sentence(walk, start, end, context)
    if len(context.findings) == found + 1 and _WHEN_FIELD.match(block.text):
        context.last_item = (block.number, block.chunk)  # "WHEN: Friday, 6 March, 11 a.m.": a "WHERE:" line may follow
    if run_row and not any(f.time is not None for f in context.findings[found:]):
        context.caption_at = block.number - 1  # (a row without a time ends the run)


def _placed(walk: ParagraphWalk, start: int, end: int) -> list[Mention]:
    """The block's mentions, placed in the sentence from `start` to `end` (found once per block, not per sentence)."""
    found = walk.mentions
    while walk.at < len(found) and found[walk.at].start < start:
        walk.at += 1
    mentions = []
    while walk.at < len(found) and found[walk.at].end <= end:
        mentions.append(found[walk.at].shifted(start))
        walk.at += 1
    return mentions


def _sentence(walk: ParagraphWalk, start: int, end: int, context: Reading) -> None:
    """One sentence: what dates it, and then its events, or more about the event before it."""
    sentence = walk.block.text[start:end]
    mentions = without_doors_after(sentence, _placed(walk, start, end))  # "...; seating at 10.15": no event
    previous, context.previous = context.previous, sentence
    named_before, walk.named_days = walk.named_days, [m for m in mentions if m.kind in ("day", "span")]
    mentions, said = _event_mentions(walk, sentence, mentions, context)
    # "Seit dem vergangenen Donnerstag (11. August) treffen sich ..." / "Beim Workshop, der am kommenden Dienstag
    # endet, ...": the run from the day named after "since" to the last day
    mentions = joined_to_since(sentence, mentions, previous, named_before, lambda m: relative_day(m, context, sentence))
    days, relative, times = dating.sentence_dates(sentence, mentions, context)
    if relative is not None and not days and _that_day(relative, named_before, context):
        # "... will report its results after the market closes on Tuesday, April 29. A call follows at 4:30 p.m.
        # ET that day": the day the sentence before named, though it told no event of its own.
        context.day = resolve_part(named_before[0].first, context)[0]  # type: ignore[arg-type]
    if relative is not None and relative.kind == "published" and times and not days \
            and relative.start > times[-1].start and relative_day(relative, context) == context.day:
        relative = None  # "... lands at 1.05 pm tomorrow" under "visit tomorrow (December 24)": the day in force
    if not (EVERY_ONE.match(sentence.lstrip()) and untimed_list_above(context)) \
            and series.series_time(sentence, mentions, walk.block, context):
        return  # "Every lecture starts at 8 p.m.": no event, the time of those below
    if sitting_hours(sentence, mentions, context.findings):
        return  # "Hours of sitting: 10am to 1pm": no event, the time of the sittings above
    mentions = itinerary.with_span(mentions, days)  # "on days four and five": the counted days, a mention
    earlier, walk.said_days = walk.said_days, [m for m in mentions if m.kind == "day"]
    # "He will hold a press conference at 14:30 (CET).": a time alone is on the day in context.
    standing = walk.standing
    timed_only = times[0] if times and not days and not relative and context.anchored and not standing else None
    if timed_only is not None and context.day == context.published and time_gone_by(sentence, timed_only):
        timed_only = None  # "they heard a shot around 23:00hrs": told of the past, on no day but the page's
    by_time = itinerary.attributive(sentence, times) if times and not standing else None
    doors = False
    if days or relative or timed_only or by_time:
        lowered = sentence[clauses.after_practicalities(sentence, mentions):said].lower()  # lower case: faster
        # "on 5-6 October" or "on the 7th and 9th", "from 10:00 to 16:00 each day": the hours of each day named
        several_days = any(d.kind == "span" for d in days) or _hours_of_listed_days(sentence, days)
        if days and recurring.hours_beside_a_day(lowered, span=several_days):
            times, timed_only, mentions = [], None, [m for m in mentions if m.kind != "time"]  # the hours: a rule
        elif timed_only is not None and (start_time := start_after_doors(sentence, times)) is not None:
            timed_only = start_time  # "Doors open at 6pm, talk at 6.30pm": the talk's time
        elif doors_of_a_gathering(lowered) and not start_after_doors(sentence, times):
            doors = True  # "Doors open at 7pm for the concert on Saturday 14 March": the concert's day, the doors' hour
        elif LOGISTICS.search(lowered) and not _aside_only(lowered) and not itinerary.invited(lowered) \
                and not _HAPPENS_CLAUSE.search(lowered) and not _serves_an_event(lowered, sentence, days) \
                and not after_the_event(sentence.lower(), mentions) \
                or of_a_life(lowered) or exposure_notice(lowered) \
                or recurring.recurring(lowered, span=several_days):
            days, relative, timed_only = [], None, None
    if by_time and not (days or relative or timed_only):
        itinerary.named_by_its_time(by_time, walk.said_days, earlier, sentence, previous, context)
    if not (days or relative or timed_only):
        _undated(walk, sentence, mentions, context)
        return
    _dated(walk, DatedSentence(sentence, start, previous, mentions, said, days, relative, times, timed_only,
                               named_before),
           context)
    if doors and walk.current is not None and walk.current.time is not None:
        walk.current.notes = (*walk.current.notes, DOORS_NOTE)


def _serves_an_event(lowered: str, sentence: str, days: list[Mention]) -> bool:
    """Does the practicality name the event it serves before that event's day, told as now or to come ("kept the
    promise made at the last meeting, on 15 October" is history)?"""
    return bool(days) and _FOR_THE_EVENT_ON.search(lowered) is not None \
        and not tense.told_in_the_past(sentence, days[0])


# "(doors open 7.30pm)", "(registration from 9am)": a practicality in brackets, beside the event the sentence tells
# (or between commas, who may come: "The ceremony, open to accredited media, starts at 10:00")
_ASIDE = re.compile(r"\([^()]{0,80}\)|,\s*(?:open|closed)\s+to\s+[^,()]{0,40}(?:,|\.?\s*$)")


def _aside_only(lowered: str) -> bool:
    """Are the sentence's practicalities all in brackets, an aside to what it tells? (A line that is only the
    bracket, "(Media access from 12:00 h.)" under an entry, tells nothing else: it is the practicality.)"""
    if "(" not in lowered and " to " not in lowered:
        return False
    rest = _ASIDE.sub(" ", lowered)
    return any(c.isalnum() for c in rest) and LOGISTICS.search(rest) is None


_THAT_DAY = re.compile(r"^(?:on\s+)?(?:that|the\s+same|that\s+same)\s+day$", re.IGNORECASE)


def _that_day(relative: Mention, named_before: list[Mention], context: Reading) -> bool:
    """Is the relative day "that day", "the same day", said after a sentence that named one full day of its own,
    which is not the day in context (no event of that sentence moved the day to it)?"""
    if relative.kind != "relative" or relative.offset or not _THAT_DAY.match(relative.text.strip(" ,.")):
        return False
    named = [m for m in named_before if m.kind == "day" and m.first is not None]
    return len(named) == 1 and resolve_part(named[0].first, context)[0] != context.day  # type: ignore[arg-type]


def _event_mentions(walk: ParagraphWalk, sentence: str, mentions: list[Mention],
                    context: Reading) -> tuple[list[Mention], int]:
    """The mentions that may date the sentence's event, and where its words end: the year the paragraph names
    is noted; deadlines, rules, stamps, ends of what was told before and practicalities are put aside."""
    mentions = yearclues.with_framed_year(sentence, mentions)  # "In 2019, ... on 14 March": of 2019
    years = years_named(sentence, mentions)
    if years and (apart := namedsummits.written_apart(sentence)):
        years = [(at, year) for at, year in years if year not in apart]  # ("Tokyo 2020", held in 2021: a name)
    context.named_year = next((y for at_, y in reversed(years) if not mentions or at_ < mentions[0].start),
                              walk.carried)
    walk.carried = years[-1][1] if years else context.named_year
    if any(standingdays.state_start(sentence, m) for m in mentions):
        walk.standing = True  # "Starting from 21 July, ... at 14:15": a rule from then on, with its hours
    mentions = extent.two_part_spans(sentence, mentions)  # "opens on 3 June ... should close on 28 June"
    # "runs from tomorrow until 7 November": the day in context said in words starts the span
    mentions = relativespans.relative_start_spans(sentence, mentions, lambda m: relative_day(m, context))
    if context.anchored:  # "on Friday and Saturday", "today and tomorrow": both days, counted from the day in context
        mentions = daypairs.joined_days(sentence, mentions, lambda m: relative_day(m, context, sentence))
    # ("..., which runs until 31 January, says a release received on Sunday": the day of saying is no day of its own)
    unsaid = mentions if len(mentions) < 2 or not extent.may_end(sentence) else [  # (an end is a sentence's one day)
        m for m in mentions if not day_of_saying(sentence, m, mentions, undated=context.published is None)]
    if (ended := extent.end_said_later(sentence, unsaid, context.findings)) is not None:
        extent.extend_to(*ended)  # "... begins on April 22." / "The briefings run until May 29."
        mentions = []
    elif (back := extent.return_said_later(sentence, mentions, context.findings)) is not None:
        extent.back_on(*back)  # "leaves for Ulaanbaatar on Sunday ..." / "He comes back Tuesday."
        mentions = [m for m in mentions if m is not back[2]]
    # A day called off ("The meeting on 9 October is cancelled") stays: findings.py marks it cancelled, and
    # the store cancels the event announced before.
    if stamps.stamp_line(sentence, mentions):
        mentions = [m for m in mentions if m.kind != "time"]  # "(Agency) 16:09, October 17, 2024": its day only
    mentions = without_days_of_saying(sentence, mentions, context)  # "said on May 3 that it will meet on Saturday"
    if documents.papers_only(sentence, mentions):
        mentions = []  # "Date 03-01-2031 Agenda Transcript   Date 02-22-2031 Agenda": a row of files
    # ("Board Meeting   Nov 18, 2025   43m 27s": a video archive's recording, its day and its length)
    mentions = [m for m in mentions if not documents.recording_day(sentence, m, context.published)]
    context.incident_clocks.update(m.time for m in mentions if m.kind == "time" and m.time is not None
                                   and incidents.incident(sentence, m.start))  # told again below, still no event
    mentions = [m for m in mentions if (not notevents.deadline(sentence, m, mentions)
                                        or clock_by(sentence, m, mentions))  # "will hold ... by 12noon"
                and not standingdays.state_start(sentence, m) and not standingdays.office_term(sentence, m)
                and not standingdays.travel_day(sentence, m)
                and not closes_a_place(sentence, m)
                and not disrupts_a_service(sentence, m)
                and not stamps.stamp(sentence, m) and not sunday_paper(sentence, m)
                and not stamps.post_signature(sentence, m)  # "— RTA (@rta_dubai) January 5, 2024"
                and not attended_then(sentence, m)  # "Applicants who missed the workshop of 10 June 2010 ..."
                and not in_caption(sentence, m)  # "(Photo: the minister at a summit, January 13, 2020.)"
                and not sitting_record(sentence, m)  # minutes: "ADJOURNMENT ... at 8:43 p.m."
                and not time_of_writing(sentence, m)  # "as of 9.20 a.m., when this story was filed"
                and not in_a_condition(sentence, m)]  # "unless members agree to begin at 9 a.m. instead"
    mentions, said = clauses.before_practicalities(sentence, clauses.only_its_end(sentence, mentions))
    if begun := clauses.after_practicalities(sentence, mentions):
        mentions = [m for m in mentions if m.kind != "time" or m.start >= begun]  # the practicalities' clocks
    return clauses.respectively(mentions, sentence), said


# What ends the clause of a list of days before hours said of "each day" ("The council meets on 3 June and 5 June;
# the library is open ... each day", "closed on 3 June and 5 June, and otherwise open ... each day")
_OTHER_CLAUSE = re.compile(rf";|,\s+(?:{CLAUSE_JOINERS}|otherwise)\b")


def _hours_of_listed_days(sentence: str, days: list[Mention]) -> bool:
    """Two days or more listed, in the clause that ends with the hours ("on the 7th and 9th of April, from 10:00 to
    16:00 each day")."""
    listed = [d for d in days if d.kind == "day"]
    return len({d.first for d in listed}) > 1 and _OTHER_CLAUSE.search(sentence, listed[-1].end) is None


def _undated(walk: ParagraphWalk, sentence: str, mentions: list[Mention], context: Reading) -> None:
    """A sentence no date of its own dates: the event of the day a heading gave, or more about the event before."""
    if not mentions and context.heading_day is not None and dayheading.happening(sentence):
        # "Media Briefing - Monday 3 March 2014" / "The Minister is speaking at ...": that day's event.
        context.day = context.heading_day
        kind = kinds.classify(sentence)
        walk.current = add(context, f"{walk.lead}{sentence}", None, None, kind, kinds.sentence_summary(kind, sentence),
                           best_place(find_places(sentence)) or context.heading_place, [])
        return
    if walk.current is not None:
        extent.length_told_after(sentence, walk.current)  # "... flies to India today. The five-day trip ..."
    if walk.current is not None:
        walk.current = extend(walk.current, sentence)


def _dated(walk: ParagraphWalk, said: DatedSentence, context: Reading) -> None:
    """A dated sentence: the time of the event just announced, a line that only says which day, or events."""
    _clauses_of(said)
    announced = walk.current or (context.findings[-1] if context.last_prose == walk.block.number - 1 else None)
    if said.timed_only is not None and (named := named_again(said.clause, context.findings, announced)) is not None:
        context.day, announced = named.first, named  # "The men's draw starts at 17:00": the draws' day, told before
    if said.timed_only is not None and not samehour.of_another_event(said.timed_only) \
            and times_the_day(announced, said.timed_only, said.kind, said.clause, context):
        clauses.add_clauses(said.later, said.sentence, context, context.heading_place, walk.lead, said.mentions)
        if announced is not None:  # (always, when times_the_day took the time)
            _again_at_listed_times(announced, said, context, walk.lead)
        return  # "The briefing starts at 3 p.m. PDT": the time of the event just announced
    _what_it_tells(walk, said, context)
    if _publication_field(said):
        return  # "Publication Date: 09/03/2020": when the page was posted, neither an event nor the day of what follows
    if (lead := rowsunder.lead_over_the_row(said.sentence, walk.block.number, blocks_by_number(context))) is not None:
        # "1. District: 11 August 2016." under "The elections will take place as follows:": a day of what the lead-in
        # announces (its words in the event's text), not a line that only says which day
        said.text = f"{lead} {said.text}"
    elif _date_line(said, context):
        return
    one_day = len(said.days) == 1 and said.days[0].kind == "day" and not said.times
    timed = walk.timed_alone if one_day and walk.current is walk.timed_alone else None
    add_events(walk, said, context)
    if timed is not None and walk.current is not None and gives_its_day(timed, walk.current):
        move_to_its_day(timed, walk.current, context.findings)  # "... at 7 p.m. The meeting is on 8 December."


def _again_at_listed_times(announced: Finding, said: DatedSentence, context: Reading, lead: str) -> None:
    """"The debates open on 9 May. There will be two, at 4 p.m. and at 7 p.m.": the times listed after the one the
    event just announced took are that event again, on its day, as they are when the sentence names the day."""
    for again in itinerary.listed_times(said.sentence, said.times, said.used, said.later):
        add(context, f"{lead}{said.sentence}", None, again, announced.kind, announced.summary, announced.place,
            [again], overnight=itinerary.past_midnight(said.used, again))


def _clauses_of(said: DatedSentence) -> None:
    """The time of the sentence's first event, its later clauses, and the words of its first event."""
    sentence, mentions, days = said.sentence, said.mentions, said.days
    timing = said.timing()
    said.used = said.timed_only or (time_for(days[0] if days else said.relative, timing, sentence) if len(days) <= 1
                                    else None)
    # "On Friday she meets X, and on Saturday she visits Y": each weekday's clause is an event of its own.
    # ("opens the programme today, Friday 26 September, and ... follows on Sunday": the day said beside "today")
    anchor = days[0] if days and (said.relative is None or said.relative.kind == "published") else said.relative
    # ("... on Sunday, 8 February, where she addresses the council on Monday at 10:00": the Monday's time)
    beside = None if said.timed_only is not None else itinerary.later_weekday_time(sentence, timing, anchor)
    first = said.used
    if beside is not None:
        said.weekday_time, said.used = beside, None
    said.later = _later_clauses(said, timing)
    said.onward = [] if (said.times and beside is None) or said.later \
        else itinerary.weekday_clauses(sentence, mentions, anchor)
    if beside is not None and not said.onward:
        said.weekday_time, said.used = None, first  # no clause of its own: as if it were not there
        said.later = _later_clauses(said, timing)
    # "leaves at 11.05am and lands at 1.05 pm": the first event is named by its own clause.
    cut = said.later[0][0] if said.later else said.onward[0][0] if said.onward else len(sentence)
    own = [m for m in mentions if m.end <= cut]
    said.clause = _announcing_clause(sentence[:cut], own) or without_dates(sentence[:cut], own)
    said.kind = kinds.classify(said.clause)
    if said.kind == kinds.EVENT and kinds.labels_a_sitting(sentence):
        said.kind = kinds.MEETING
    said.text, said.what = sentence, said.clause


def _later_clauses(said: DatedSentence, timing: list[Mention]) -> list[tuple[int, Mention, str]]:
    """The sentence's later clauses with times of their own, after the time of its first event."""
    return clauses.later_clauses(said.sentence, said.times, said.used) \
        or clauses.paired_times(said.sentence, timing, said.used) \
        or slotrows.next_slots(said.sentence, said.mentions, said.used)  # "10:00 Uhr Welpen 11:15 Uhr Junghunde"


_CLAUSE_OPENING_WORDS = 3  # "; the new clinic opens": a clause says what happens in a few words at least


def _announcing_clause(sentence: str, own: list[Mention]) -> str:
    """The words of the clause after the semicolon before the first date or time, without its dates, when what comes
    before that semicolon is history, undated ("Last year's forum drew 400 delegates; this year's opens on ..."), or
    the first date is a day counted from another; ""
    when the whole sentence says what (a row's "Speakers; 28 March, 1:25 p.m., Briefing Room" keeps its speakers)."""
    if ";" not in sentence or not own:
        return ""
    semicolon = sentence.rfind(";", 0, own[0].start)
    # (or "goes straight to the hotel; the work resumes the next day with ...": the day counted from the day in
    # context dates the clause it stands in)
    counted = own[0].kind == "relative" and own[0].offset != 0
    if semicolon < 0 or not (counted or tense.told_as_history(sentence[:semicolon])):
        return ""
    opens = semicolon + 1
    after = without_dates(sentence[opens:], [m._replace(start=m.start - opens, end=m.end - opens) for m in own])
    return after if len(after.split()) >= _CLAUSE_OPENING_WORDS else ""


def _what_it_tells(walk: ParagraphWalk, said: DatedSentence, context: Reading) -> None:
    """What the event is: its clause, else the caption over a generic clause, else the sentence before."""
    if walk.lead and schedule.generic(said.clause):  # "WHAT: Ribbon cutting" over "WHEN: Thursday, ...": the caption
        said.clause = said.what = context.caption
        said.kind = kinds.classify(said.clause)
    elif context.caption and performance_caption(said.sentence):  # "Premiere: ..." under the work's title
        said.clause = said.what = of_the_work(said.clause, context.caption)
    bare = said.kind == kinds.EVENT and not said.days and not said.later \
        and len(LETTERS.findall(said.clause)) < _SAYS_WHAT \
        and not itinerary.names_its_own(said.clause, said.previous) \
        and not _NEW_THING.match(said.clause)  # "Question Time will follow at 2.30 pm", "A reception follows at 7pm"
    if said.previous and (bare or ANAPHOR.match(said.clause)) and not _dated_apart(said):
        # "The event is expected to take place at 13:00 CEST", "This meeting takes place on 16 November
        # at 7 pm": what it is, the sentence before says.
        said.what = without_dates(said.previous, [])
        said.kind = kinds.classify(said.what) if said.kind == kinds.EVENT else said.kind
        said.text = f"{said.previous} {said.sentence}"


def _dated_apart(said: DatedSentence) -> bool:
    """Do the sentence and the one before it name different days ("Registration closes on Friday 23 January. The
    conference opens on Monday 26 January")? Then the one before tells of something else, not what "the
    conference" is."""
    def reach(mention: Mention) -> tuple[tuple[int, int], tuple[int, int]] | None:
        first, last = mention.first, mention.last or mention.first
        return ((first.month, first.day), (last.month, last.day)) if first is not None and last is not None else None
    if said.relative is not None and said.relative.kind == "relative" and said.relative.offset:
        return True  # "The next day, she travels to Moncton": a day after the one before, so another event
    own = [r for m in said.days if (r := reach(m))]
    before = [r for m in said.previous_days if (r := reach(m))]
    # ("21 and 22 September ... on the second day": a day within the days before is theirs)
    return bool(own) and bool(before) and not any(a[0] <= b[1] and b[0] <= a[1] for a in own for b in before)


# "Thursday 18 June—General debate on the armed forces.", "Tuesday 16 June – Opposition day": the day, a dash, then
# what happens that day (two words or more): an entry of a list of days, not a line that only says which day it is
_DASHED_ENTRY = re.compile(r"\s*[—–]\s*|\s+-\s+")
_ENTRY_WORDS = 2


def _entry_after_the_day(sentence: str, day: Mention) -> bool:
    """Does the day open the line and a dash then say what happens (not only where: "Monday 2 April – Brussels")?"""
    dash = _DASHED_ENTRY.match(sentence, day.end)
    if day.start > 0 or dash is None:
        return False
    rest = sentence[dash.end() :].strip(" .")
    named = find_places(rest)
    # ("Tuesday 9 March—Edinburgh: debate on the Scotland Bill" says what, after the town)
    alone = bool(named) and named[0].start == 0 and not LETTERS.search(rest, named[0].end)
    return len(LETTERS.findall(rest)) >= _ENTRY_WORDS and not alone


def _publication_field(said: DatedSentence) -> bool:
    """A line that is only the field of the page's publication date: its label, one day, no time, nothing else."""
    field = _PUBLISHED_FIELD.match(said.sentence)
    if field is None or len(said.days) != 1 or said.times or said.days[0].start < field.end():
        return False
    return not LETTERS.search(said.sentence, said.days[0].end)


# Chinese and Japanese write no spaces between words, and say in a Han character what English says in a word: each
# counts as one (a run of kana, a loanword such as "プレスリリース" or a particle, as one word)
_KANA_RUN = re.compile(r"[\u3040-\u30ff]+")


# Arabic writes the article, and a preposition or conjunction before it, as one word with its noun: "للصحفيين" is
# "for the journalists". Such a word counts as two, as English counts "the centre".
_ARABIC_ARTICLE = re.compile(rf"(?!(?:ال|وال)(?:ذي|تي|ذين|لذان|لتان|لاتي|آن)(?![{ARABIC_LETTERS}]))"
                             rf"(?:[وفبك]?ال|لل)[{ARABIC_LETTERS}]{{2}}")  # (not "الذي", "التي", "الآن": one word)


def _word_count(text: str) -> int:
    """The words of `text`, as a short heading is measured by them."""
    return sum(max(1, len(HAN.findall(word)) + len(_KANA_RUN.findall(word))) + bool(_ARABIC_ARTICLE.match(word))
               for word in LETTERS.findall(text))


# "서구의회가 6월 7일 정례회를 연다.": a Korean sentence ends in its verb's "다" (the council "opens" the session), an
# action however few its words
_KOREAN_STATEMENT = re.compile(r"[\uac00-\ud7a3]다[.!]?[\s\"”’)]*$")


def _date_line(said: DatedSentence, context: Reading) -> bool:
    """A short dated line with no action only says which day it is: it sets the day in context."""
    days = said.days
    if said.kind == kinds.EVENT and days and not said.times and _word_count(said.clause) < _HEADING_WORDS \
            and not (said.start > 0 and days[0].kind == "span") \
            and not itinerary.statement(said.sentence, said.clause, days[0]) \
            and not (context.section and find_places(said.clause)) and not context.row \
            and not _THING_IS_ON.match(said.sentence) and not extent.still_running(days[0]) \
            and not _KOREAN_STATEMENT.search(said.sentence) and not tells_what_is_to_come(said.sentence) \
            and not performance_caption(said.sentence) and not _entry_after_the_day(said.sentence, days[0]):
        # (Under a heading of proceedings, "Hearings", a short dated line that names a town besides its day,
        # "Madurai: August 18, Lakshmi Sundaram Hall", is one of them; "Week of Monday, November 11" heads rows.)
        # ("Ab 22. November ist es soweit." in prose; "Am 11. und 12. März bietet X Y an." is a sentence of
        # prose, an event; "THE HAGUE, 22 January 2015." a dateline)
        # "Residence Palace - Monday 2 April 2012": a date line says which day, it is not an event; "Premiere:
        # Saturday 05. Sep. 2020" tells a performance on it (performances.py). (A row of a
        # meetings table whose time is not given is a meeting: listrows.untimed_row.)
        context.day, _, _ = resolve_part(days[0].first, context)  # type: ignore[arg-type]
        if days[0].kind == "span" and days[0].last is not None and context.published is not None \
                and context.day <= context.published <= resolve_part(days[0].last, context, near=context.day)[0]:
            # "13 October 2015" / "Guam, 12–16 October 2015": a paper dated within the session it belongs to (a
            # daily journal, an order of the day) is of its own day; the rows below it are that day's.
            context.day = context.published
        context.anchored = True
        return True
    return False
