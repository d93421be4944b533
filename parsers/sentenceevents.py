"""The events of one dated sentence of prose: one on each day it names, and what its clauses add. Pure.

prose.py decides that a sentence is dated and what its first event is (its clause, kind and time); this module
adds the events: each day's, a counted stay as a whole, later clauses, listed times, and a run of days as a whole.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import accessrows, clauses, dating, extent, itinerary, kinds, lengthbefore, series
from parsers.dates import Mention
from parsers.daytime import clause_between, own_day_before, time_for
from parsers.namedtimes import named_times_before
from parsers.places import COUNTRY, Place, PlaceMention, best_place, find_places
from parsers.prosewalk import DatedSentence, ParagraphWalk
from parsers.reading import Reading, add

MAX_PER_SENTENCE = 12  # "on 4, 5 and 7 March": a sentence names a few days, not hundreds
_MAX_LISTED_PLACES = 4


def _place_of(said: DatedSentence, context: Reading) -> tuple[Place | None, str]:
    """Where the sentence's events are, and the places of a tour of several countries ("" if none)."""
    # A country merely named ("Secretary of State of the United States") is not where it happens.
    named = find_places(said.clause)
    place_mentions = [m for m in named if m.locative or m.place.kind != COUNTRY]
    if said.what is not said.clause and not place_mentions:
        # "The Brussels meeting should ... The meeting is held at 2 pm in Leinster House": the place the
        # sentence itself names beats one of the sentence before it.
        named = find_places(said.what)
        place_mentions = [m for m in named if m.locative or m.place.kind != COUNTRY]
    return best_place(place_mentions) or context.heading_place or _part_place(context), _listed_places(named)


def _part_place(context: Reading) -> Place | None:
    """The place the heading of the page's part names ("Halloween at the film park in Potsdam"): where its entry
    is when its sentences name none, before a later sentence's "boat ride in Panama" (a ride's name) can."""
    return best_place([m for m in find_places(context.part) if m.locative]) if context.part else None


def add_events(walk: ParagraphWalk, said: DatedSentence, context: Reading) -> None:
    """The sentence's events: one on each day it names, the whole of a counted stay, its later clauses, its
    listed times, and a run of days as a whole."""
    lead, text, kind, days, relative, mentions = walk.lead, said.text, said.kind, said.days, said.relative, \
        said.mentions
    place, listed = _place_of(said, context)
    if place is None and said.timed_only is not None and walk.current is not None \
            and walk.current.place is not None and walk.current.place.kind != COUNTRY:
        # "In New Delhi on 13 January at 10.30, she is received ... A joint press conference follows at 14.30.": a
        # time alone on the day in context is where the paragraph's event before it is
        place = walk.current.place
    elif place is not None and said.timed_only is not None and (its_day := _day_of_the_stop(place, context)):
        context.day = its_day  # "visits Nuku'alofa on Monday 16 March and Apia on Tuesday 17 March. In Nuku'alofa,
        # the Minister meets the Prime Minister at 10am": the day the item gave that stop
    own_places = _places_of_days(days, said)
    summary = kinds.sentence_summary(kind, said.what)
    if said.timed_only is not None and not days and context.dated_line == walk.block.number - 1 \
            and accessrows.access_only(said.what.strip(" ()")) \
            and (named := accessrows.title_over_the_day(walk.block, context.blocks, True)):
        # "Hearing: ..." / "Tuesday, April 20, 2021" / "(Open – 11:00am ET – 2118 Rayburn/Webex)": the bracketed line
        # says only how and where the hearing sits; the card's first line, over its day, says what it is
        summary = kinds.sentence_summary(kind, f"{named} ({said.what.strip(' ()')})")
        text = f"{named} {text}"
    if kinds.only_its_running(summary) and context.title:
        # "The visit runs from Monday 17 to Thursday 20 March.": the title says whose visit ("Prime Minister to
        # visit Japan"); "Visit: Visit runs" says nothing
        summary = kinds.sentence_summary(kind, context.title)
    timing = said.timing()
    anchors = list(days) if days else [relative]
    if days and relative is not None and own_day_before(relative, days[0], timing, said.sentence):
        anchors.insert(0, relative)  # "tomorrow at 10:30, ahead of World Radio Day on 13 February": tomorrow's time
    for anchor in anchors[:MAX_PER_SENTENCE]:
        here = own_places.get(anchor.start, place) if anchor is not None else place
        # a time alone on the day in context: the one the sentence chose ("Doors open at 6, dinner at 7": 7)
        time_mention = said.timed_only if anchor is None and said.timed_only else time_for(anchor, timing,
                                                                                           said.sentence)
        of_series = series.series_entry(said.sentence, walk.block, context) \
            if time_mention is None and anchor is not None and anchor.kind == "day" else None
        time_mention = time_mention or of_series
        location = listed if anchor and anchor.kind == "span" else ""
        if time_mention is not None and anchor is not None \
                and (night := _overnight(anchor, time_mention, said.sentence)):
            anchor = night
        if time_mention is not None and anchor is not None and _several_days(anchor):
            # "23-27 November 2017, 10am start": the days as a whole, and the start on the first of them.
            whole = add(context, f"{lead}{text}", anchor, None, kind, summary, here, [anchor], location=location)
            if time_mention.until is not None:
                walk.current = whole  # "16 to 21 February, 08h00 to 16h00": each day's hours, no start of its own
                continue
        walk.current = add(context, f"{lead}{text}", anchor, time_mention, kind, summary,
                           here, [m for m in (anchor, time_mention) if m], location=location)
        for again in _listed_on_its_day(days, anchor, said, time_mention) if time_mention and anchor else []:
            add(context, f"{lead}{text}", anchor, again, kind, summary, here, [m for m in (anchor, again) if m],
                location=location, overnight=itinerary.past_midnight(time_mention, again))
        if time_mention is not None:  # "on 12, 13 and 14 May at 10am": the days after the first at that time
            later_days, opening = extent.later_days_of_a_list(anchor, said.sentence, time_mention)
            for later in later_days:
                day = add(context, f"{lead}{text}", later, time_mention, kind, summary, here, [later, time_mention])
                day.notes = (*day.notes, opening) if opening else day.notes
        if walk.current is not None and anchor is not None and (note := extent.year_note(anchor)):
            walk.current.notes = (*walk.current.notes, note)  # "opens on 3 June and closes on 28 June 2030"
        if walk.current is not None and of_series is not None:
            walk.current.notes = (*walk.current.notes, series.series_note(context))
    for happening, what in dating.dated_happenings(said.sentence, mentions) if anchors and anchors[0] else []:
        its_kind = kinds.classify(what)  # "a prova de 14 de março": the exam, on its day
        day_before = context.day
        happened = add(context, f"{lead}{text}", happening, None, its_kind,
                       kinds.sentence_summary(its_kind, what), place, [happening])
        if context.published is not None and happened.first < context.published:
            # ("o resultado para a prova de 14 de fevereiro sai nesta segunda-feira", written in March: the exam is
            # over, what the act is for is history, and the day in context stays the act's)
            context.findings.remove(happened)
            context.day = day_before
    anchor = days[0] if days else relative
    counted = extent.counted_days(said.sentence, anchor) if len(days) <= 1 and anchor is not None \
        and anchor.kind != "span" else None
    if counted is None and len(days) == 1 and anchor is not None and not said.times:
        counted = lengthbefore.counted_before(said.previous, said.sentence, anchor)  # "spend two days ... starting on"
    if counted is not None and anchor is not None:  # "to Ankara on Friday for a two-day visit": the whole visit
        found = walk.current
        if found is None or found.time is not None or extent.ARRIVAL.search(said.clause) \
                or counted[1] and extent.ended_by_an_act(said.sentence, anchor):
            # "lands in Rabat on 4 June at 10:00 for a three-day visit": the arrival stays, the visit is another; so
            # does the act a counted run ends with ("a four-day conference that ends with the summit ... on Apr 8")
            found = add(context, f"{lead}{text}", anchor, None, kind, summary, place, [anchor])
        extent.stretch(found, *counted)
    clauses.add_clauses(said.later, said.sentence, context, place, lead, mentions)
    itinerary.add_clauses(said.onward, f"{lead}{said.sentence}", place, context, said.sentence, tuple(said.times))
    if said.onward and context.findings and context.findings[-1].first == context.day:
        # "...; por isso o Conselho antecipa a reunião para amanhã. Por volta das 17h30, ...": the last clause's event
        # is the one just announced, on the day in context, which a time told next is of
        walk.current = context.findings[-1]
    repeats = itinerary.listed_times(said.sentence, said.times, said.used, said.later) \
        or named_times_before(said.sentence, said.times, said.used)  # "Closed Session - 4:00 PM & Regular ..."
    for again in repeats if len(days) <= 1 else []:
        # "is shown at 5 pm, at 7 pm and 9 pm": the event again at each time of the list.
        on = days[0] if days else relative
        add(context, f"{lead}{text}", on, again, kind, summary, place, [m for m in (on, again) if m],
            overnight=itinerary.past_midnight(said.used, again))
    if len(days) > 1 and said.times and all(d.kind == "day" for d in days) and not _hours_of_their_own(days, said) \
            and not any(clause_between(said.sentence, a.end, b.start) for a, b in zip(days, days[1:], strict=False)):
        # ("travels on Sunday 13 September, and will call on the Speaker on Monday 14 September at 11am": two events)
        _whole(days, said.sentence, kind, summary, place, context)
    walk.timed_alone = walk.current if said.timed_only is not None and not days and relative is None else None
    context.last_prose = walk.block.number


_AND_BEFORE = re.compile(r"\band\s+$")
_STOPS_BACK = 12  # findings: the stops of a trip are told a few sentences before their hours


def _day_of_the_stop(place: Place, context: Reading) -> dt.date | None:
    """The one day a recent day-long event of the item is at that town, when it is not the day in context, on a tour:
    other days at other towns (not "Things begin on Friday at a hotel in Abuja. ... The day closes at 3:00pm at the
    Abuja National Stadium", one town's programme)."""
    stops = [f for f in context.findings[-_STOPS_BACK:] if f.time is None and f.first == f.last
             and f.place is not None and f.place.kind != COUNTRY]
    days = {f.first for f in stops if f.place is not None and f.place.name == place.name}
    others = {f.first for f in stops if f.place is not None and f.place.name != place.name}
    return days.pop() if len(days) == 1 and others and context.day not in days and not days & others else None


def _places_of_days(days: list[Mention], said: DatedSentence) -> dict[int, Place]:
    """"first on 3 March at 18:30 in Leipzig, then on 5 March at 16:00 in London", "flies to Paris on 3 May at 10:00
    and to London on 4 May at 9:00": when each of several days has a town of its own, all after their days or all
    before them, each day's event is in its own town (and on its clock); keyed by where the day's mention starts.
    Else nothing."""
    if len(days) < 2 or len(days) > MAX_PER_SENTENCE:
        return {}
    found = [m for m in find_places(said.sentence) if not m.topical and m.place.kind != COUNTRY]
    # ("visits Nuku'alofa on Monday 16 March and Apia on Tuesday 17 March": the town after "and" is a stop as the
    # first is, when the first is one)
    named = [m for at, m in enumerate(found) if m.locative or at and found[at - 1].locative
             and _AND_BEFORE.search(said.sentence, found[at - 1].end, m.start)]
    edges = [0, *(d.start for d in days), len(said.sentence)]
    for after in (True, False):
        # after each day, up to the next day; or before each day, from the end of the day before
        own = {day.start: best_place([m for m in named if (day.end if after else edges[at]) <= m.start
                                      and m.end <= (edges[at + 2] if after else day.start)])
               for at, day in enumerate(days)}
        if after and any(m.start < days[0].start for m in named):
            continue  # a town before the first day: not the layout of towns after their days
        if all(own.values()) and len({p.display for p in own.values() if p}) == len(own):
            return {start: p for start, p in own.items() if p}
    return {}


def _listed_on_its_day(days: list[Mention], anchor: Mention, said: DatedSentence, time: Mention) -> list[Mention]:
    """"Thursday, April 20, from 9 to 10 a.m. and from 1 to 6 p.m.; and Tuesday, April 25, ...": of a sentence of
    several days, the times listed after a day's own time and before the next day are that day's too."""
    if len(days) <= 1 or anchor not in days:
        return []
    after = days[days.index(anchor) + 1 :]
    stop = after[0].start if after else len(said.sentence)
    return [m for m in itinerary.listed_times(said.sentence, said.times, time, said.later) if m.start < stop]


def _hours_of_their_own(days: list[Mention], said: DatedSentence) -> bool:
    """Does each day give hours of its own, not all alike ("from 11 a.m. to 2 p.m. Saturday, August 11, and noon to
    3 p.m. Sunday, August 12")? Then the days are sessions apart, not one event from the first to the last."""
    return len(said.times) >= len(days) and len({(m.time, m.until) for m in said.times}) > 1


def _overnight(span: Mention, hours: Mention, sentence: str) -> Mention | None:
    """"the night of 5 to 6 March from 23:00 to 05:00": two days in a row and hours that end before they start are one
    night's work, from the first day's start to the next morning: the first day alone, the hours carry over."""
    first, last = span.first, span.last
    if span.kind != "span" or first is None or last is None or hours.time is None or hours.until is None \
            or hours.until >= hours.time or not _NIGHT.search(sentence):
        return None  # ("on 12-13 March from 6pm to midnight": two evenings, unless the text says it is one night)
    year = first.year or (last.year - 1 if last.year and last.month < first.month else last.year) or 2000
    try:
        night = dt.date(year, first.month, first.day) + dt.timedelta(days=1)
    except ValueError:
        return None
    return Mention("day", span.start, span.end, span.text, first=first) \
        if (night.month, night.day) == (last.month, last.day) else None


# "overnight", "the night of 5 to 6 March", "la nuit du 5 au 6 mars", "in der Nacht vom 5. zum 6. März": one night
_NIGHT = re.compile(r"(?i:\b(?:overnight|night\s+of|nuit\s+du|nacht\s+(?:vom|zum)|noche\s+del|notte\s+tra)\b)")


def _several_days(mention: Mention) -> bool:
    first, last = mention.first, mention.last
    # "on 14 February and 19 June": two days, not a range from one to the other.
    return mention.kind == "span" and first is not None and last is not None and (first.day, first.month) != (
        last.day, last.month) and "&" not in mention.text and not extent.listed_and(mention.text)


def _whole(days: list[Mention], sentence: str, kind: str, summary: str, place: Place | None,
           context: Reading) -> None:
    """"Hearings on Tuesday, February 7, Wednesday, February 8, and Thursday, February 9, starting at 10:00":
    days that follow each other are also one event as a whole, from the first to the last."""
    if len(days) > MAX_PER_SENTENCE or len(context.findings) < len(days):
        return
    dates = [context.findings[-len(days) + at].first for at in range(len(days))]
    if any((b - a).days != 1 for a, b in zip(dates, dates[1:], strict=False)):
        return
    first, last = days[0].first, days[-1].first
    if first is None or last is None:
        return
    whole = Mention("span", days[0].start, days[-1].end, sentence[days[0].start : days[-1].end], first=first,
                    last=last)
    add(context, sentence, whole, None, kind, summary, place, [whole])


def _listed_places(mentions: list[PlaceMention]) -> str:
    """A tour of several countries is located in all of them ("Bosnia and Herzegovina, Kosovo, Serbia");
    a venue and its city ("NATO Headquarters in Brussels") are one place."""
    if len({m.place.country for m in mentions}) < 2:
        return ""
    displays = list(dict.fromkeys(m.place.display for m in mentions))
    kept = [d for d in displays if not any(d != other and d in other for other in displays)]
    return ", ".join(kept[:_MAX_LISTED_PLACES]) if len(kept) > 1 else ""
