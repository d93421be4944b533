"""Settle what the walk of an article found, once it is over: namesake places, openings of spans, rows that
the text dates or places after them, and a journey or programme as a whole. Pure."""

from __future__ import annotations

from model import Article
from parsers import (
    bothdays,
    dayshours,
    heldconference,
    itinerary,
    journey,
    kinds,
    minutes,
    pastpage,
    programmeday,
    sentencelabel,
    toldbelow,
)
from parsers.area import place_the_unplaced, settle_body_towns, settle_namesakes, settle_venues_after_the
from parsers.disruptions import drop_disruptions
from parsers.findings import Finding
from parsers.namesakegrounds import settle_grounds
from parsers.programmeends import drop_end_rows
from parsers.reading import Reading
from parsers.statetowns import settle_by_state


def settle(article: Article, context: Reading) -> None:
    """Settle what the walk found: namesake places, openings of spans, and a journey or programme as a whole."""
    settle_namesakes(article, context, context.findings)
    settle_venues_after_the(article, context.findings)  # "SINGAPORE - ... at the Padang": a field there
    settle_body_towns(article, context.findings)  # "Buffalo City Metropolitan Council" of that municipality's item
    settle_by_state(context.blocks, context.findings)  # "Riverside ..." over "Riverside, NJ 08075": New Jersey's
    settle_grounds(context.blocks, context.findings)  # "(Orlando Stadium, 6pm)" among Gauteng's grounds: Soweto's
    if minutes.records(article.title) or pastpage.archive(article.title) or pastpage.reported_judgment(article.title):
        # "The meeting was held on ...": the minutes record it; "Past sittings": the sittings held; "[2013] NZCA
        # 114": the judgment given
        minutes.keep_what_is_to_come(context.findings)
    # "【市長】では、10月の定例会見を始めます。" under "日時 令和6年10月23日(水) 10時30分~": a conference's record
    heldconference.drop_held_conference(article.title, context.blocks, context.findings)
    bothdays.over_the_days(context.findings)  # "on March 20 and 21" ... "On both days the gates open from 9.30 am"
    dayshours.drop_days_told_by_the_hour(context.findings, context.blocks)  # "on 25 and 26 August. From 9:20 on 25 ..."
    _openings_of_spans(context)
    toldbelow.drop_told_below(context.findings)  # "... from October 8 to 16; the details follow." over timed rows
    sentencelabel.carry_labels(context.findings)  # "on 12 June at 2pm (BST) and a second one on 19 June at 6pm"
    sentencelabel.carry_same_clock(context.findings)  # "Event Date: ..., 9:30 a.m. MDT" over "will speak at 9:30 a.m."
    drop_disruptions(context.findings)  # "Saturday 14 March, 22:00 – ...: no trains between Leeds and York"
    drop_end_rows(context.findings)  # "7pm – End" under the evening's rows: when it is over, no event
    place_the_unplaced(context.findings)
    programmeday.programme_before_its_day(context.findings, context.published, article.title,
                                          article.body)  # rows, then its day
    # A journey or a programme as a whole, after the openings of spans went: its first day stays an event.
    for whole in (journey.journey(context.findings), itinerary.programme(context.findings, article.title)):
        if whole is not None:
            parts = journey.days_of_one_sentence(whole, context.findings)
            context.findings[:] = [f for f in context.findings if not any(f is p for p in parts)] + [whole]


def _openings_of_spans(context: Reading) -> None:
    """"The exhibition opens on 22 November" and, later, "from 22 November until 25 February": the opening
    day, told first without a time or a kind of its own, is the first day of the span, not an event of its own.
    (A span told first and then its days, "From 19 to 22 November ... On Sunday, 19 November, ...", is an
    itinerary: its days stay.)"""
    dropped: list[Finding] = []
    for at, span in enumerate(context.findings):
        if span.last > span.first and span.time is None:
            opening = [f for f in context.findings[:at]
                       if f.last == f.first == span.first and f.time is None and f.kind == kinds.EVENT]
            # ("6月21日和22日" before "6月21日、22日": the days listed with the opening day, within the span, too)
            dropped += opening + [f for f in context.findings[:at]
                                  if f.last == f.first and span.first < f.first <= span.last and f.time is None
                                  and f.kind == kinds.EVENT and any(f.text == o.text for o in opening)]
    if dropped:
        context.findings[:] = [f for f in context.findings if not any(f is d for d in dropped)]
