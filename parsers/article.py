"""Find the events of one article: narrative itineraries and media-advisory lists. Pure.

This module walks the blocks and hands each to its reader: advisory.py reads the lines of a
list, prose.py paragraphs; schedule.py tells the lines of one-cell-a-line schedules apart, and
pendingtime.py reads the lines under a time alone on its line; blockmemory.py keeps what a block
tells about the blocks after it, reading.py what a reader keeps in mind.

Reading goes block by block, keeping what a reader keeps in mind:
- the day in context, which "the same day", "later that day" or a list item
  with only a time refer to, and which gives a year-less date its year;
- the place set by a heading ("Kosovo") for the list items below it.

What makes an event:
- a sentence with a day or a span of days ("On Monday, 20 November, ...",
  "From 19 to 22 November 2023, ..."); the sentences after it in the same
  paragraph add to its description;
- a sentence that opens with a relative day ("On the same day, ...",
  "Later that day, ...", "On Wednesday, ...") once a day is in context;
- a list item that opens with a date and/or a time.
Months without a day ("In May"), years, decades and far-off dates
("by 2031") are not events, and neither is a date more than a year before
the article's newest one (history, anniversaries).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from model import Article
from parsers import (
    captionrows,
    comingyear,
    dayheading,
    dotteddays,
    extent,
    hourstable,
    itemyear,
    itinerary,
    leadins,
    listrows,
    monthcells,
    monthrows,
    namefirstrows,
    notevents,
    numericorder,
    orgstamps,
    pageclock,
    pastpage,
    replaced,
    resolve,
    restated,
    samehour,
    schedule,
    scheduleentries,
    standinghour,
    weekdaycells,
    yearclues,
    yearslips,
)
from parsers.actionlog import drop_action_log
from parsers.admissionend import without_admission_ends
from parsers.advisory import (
    heading,
    item,
    names_a_visit,
    names_only_a_place,
    place_line,
    venue_of_row,
    visit_heading,
)
from parsers.area import venue_under
from parsers.blockmemory import remember
from parsers.blockmentions import mentions_by_block
from parsers.blocks import HEADING, ITEM, Block, split_blocks
from parsers.colonlist import row_of_timed_lead
from parsers.datelist import days_at_one_time, days_under_heading, named_days_under_heading
from parsers.dates import Mention
from parsers.daycard import day_card
from parsers.declaredzone import declared_label
from parsers.diaryplaces import follow_the_diary, follow_the_trip, leave_from_home
from parsers.donedays import opens_history
from parsers.endfield import bare_end_field, end_field, end_of_the_event_above, end_of_the_start_field
from parsers.fieldlists import fill_from_fields
from parsers.findings import Finding
from parsers.followingrows import cell_over_its_row, row_after_above
from parsers.itemcontext import item_context
from parsers.livelog import drop_live_log
from parsers.movedfrom import day_set_aside
from parsers.namedaylines import named_above
from parsers.namedday import named_day_over_hours
from parsers.pairings import drop_visitors_towns
from parsers.pastlist import drop_past_rows
from parsers.pendingtime import Pending, after_pending, flush, share_the_runs_place
from parsers.placedays import place_and_days
from parsers.places import COUNTRY, best_place, find_places
from parsers.prose import paragraph
from parsers.reading import (
    VENUE_LINE,
    Reading,
    blocks_by_number,
    opens,
    resolve_part,
)
from parsers.recurring import clock_alone, hours_line, standing_schedule
from parsers.relativedays import relative_day
from parsers.settle import settle
from parsers.stamps import (
    listed_byline,
    minute_under_day,
    opening_stamp,
    seconds_stamp,
    stamp_line,
    stamp_lines_apart,
    town_stamp,
    updated_stamp_line,
)
from parsers.timefield import date_field_under, day_of_the_time_above, days_over_hours, time_then_date
from parsers.title import card, rows_to_titles_day, title_day, title_event, title_mentions
from parsers.zonelabels import AMBIGUOUS

# "Location: NATO Headquarters, Brussels (Press Theatre)": where the list's events are.

def article_findings(article: Article, reference: dt.date, numeric_order: str = "",
                     zone_given: bool = False) -> list[Finding]:
    """The events of `article` as found in its text, in order; `zone_given`: the source's clock was chosen for it,
    and the script it is written in says nothing of where its events are."""
    # ("12" under "... December 2019"; "22日" over "月曜日", one cell a line; a stamp line inside a wrapped notice)
    blocks = split_blocks(weekdaycells.joined(monthcells.written_out(article.title, stamp_lines_apart(article.body))))
    order = numericorder.order_of(article, numeric_order)
    mentions_of = mentions_by_block(blocks, order.order)
    if (dotted := numericorder.dotted_order(article, (m for ms in mentions_of.values() for m in ms), order)):
        order, mentions_of = dotted, mentions_by_block(blocks, dotted.order)  # "03.10.2026" of a US item: again
    numeric_order = order.order
    mentions_of = itemyear.mend_slips(mentions_of)
    blocks = restated.clocks_restated_below(blocks, mentions_of)  # "(02.00 London; ...)" under "When: 10.00 ..."
    marked = itemyear.anniversary(article, reference, lambda: frozenset(
        m.first.year for b in blocks for m in mentions_of[b.number]
        if m.first is not None and m.first.year and comingyear.is_history(b.text, m))) \
        if article.published is None else None
    if marked is not None:
        # "the 72nd anniversary of the victory of 8 May 1945": that date is history, not a day of the item.
        mentions_of = {n: itemyear.without_anniversary(b.text, mentions_of[n], marked[1]) for n, b in
                       ((b.number, b) for b in blocks)}
    mentions_of = monthrows.month_rows(blocks, mentions_of)  # "MARCH" over "Tue 2 – Regular Council Meeting, 7:00 pm"
    for row in pageclock.clock_rows(blocks, mentions_of):
        mentions_of[row] = []  # "29 March 2017" over "Moscow: 18:10" and "London: 16:10": the page's clock
    for row in pageclock.weather_rows(blocks, mentions_of):
        mentions_of[row] = []  # "31 March 2023" under "15.2 C" and "Bucharest": the page's weather box
    for row in hourstable.hours_rows(article.title, blocks, mentions_of):
        mentions_of[row] = []  # "Wednesday 24 December: closed" under "Opening hours": when a place is open, no event
    for row in hourstable.holiday_rows(blocks, mentions_of):
        mentions_of[row] = []  # "Labour Day | 5/1/2025" under "Public holidays, 2025": a page's list, not the item's
    context, datelines = item_context(article, blocks, mentions_of, reference, numeric_order, marked)
    context.zone_given = zone_given
    mended, context.slips = yearslips.mend(mentions_of, context.published)  # "Monday, 16 January 2022" of 2023
    if context.slips:
        mentions_of.update(mended)
        context.item_years |= {year for year, _, _ in context.slips}
    # "10.12 In Brussels" under its week
    mentions_of = dotteddays.dated_rows(blocks, mentions_of, context.day, title_mentions(article.title, numeric_order))
    as_written, (blocks, mentions_of) = blocks, namefirstrows.date_first(blocks, mentions_of)  # "Park Up – Fri 10 ..."
    titled = title_day(article.title, numeric_order, context, [m for ms in mentions_of.values() for m in ms])
    if dayheading.may_date_below(article.title):
        dayheading.heading_day(article.title, list(title_mentions(article.title, numeric_order)), context)
    context.blocks = [b for b in blocks if b.number not in datelines]
    _read_blocks(blocks, mentions_of, context, numeric_order)
    # "18.10.2018, Thüringer Staatskanzlei" over a note: the day it was posted dates the note's words, is no event
    context.findings[:] = orgstamps.without_org_stamps(context.findings, article.org, blocks, mentions_of)
    namefirstrows.as_written(context.findings, blocks, as_written)  # the rows turned date first, as the page wrote them
    if context.history_findings:
        # Clock times told after a day of history ("À 00h49, ...") with no day of their own: that night's, not events.
        context.findings[:] = [f for f in context.findings if not any(f is h for h in context.history_findings)]
    if context.incident_clocks:
        # "De melding werd om 11:12 ... verzonden" over the pager row "11:12 a1 ...": the incident's clock told again
        # with no day of its own is no event either.
        clocks = context.incident_clocks
        context.findings[:] = [f for f in context.findings if not (f.date_inferred and f.time in clocks)]
    if standing_schedule([b.text for b in blocks], [{m.kind for m in mentions_of[b.number]} for b in blocks]):
        # "On every Wednesday before graduation ..." over "0830 Depot Theater: Welcome Orientation": no day named,
        # the rows put on the page's stamp day only: a standing programme, no events ("The weekly meeting ... on
        # Monday at 10 am" names its day: it stays)
        context.findings[:] = [f for f in context.findings if not (f.date_inferred and clock_alone(f.as_published))]
    standinghour.hours_of_the_list(context.findings)  # "Sitzungsbeginn ist jeweils um 9:30 Uhr" over the year's days
    leadins.drop_lead_ins(context.findings)  # "... attend the following events on Saturday." over its rows
    if replaced.put_off_for_good(article.body):  # "The tours have been put off indefinitely." / "... were to tour ..."
        context.findings[:] = [f for f in context.findings if not replaced.plan_put_off(f.text, f.as_published)]
    rows_to_titles_day(article.title, numeric_order, context)  # "Appointments for tomorrow", "... on Thursday"
    without_admission_ends(context.findings)  # "...; last admission at 11:00": the hours' bound, no event
    settle(article, context)
    if not context.findings and titled is None and not card(article, context):
        day_card(article, context)  # "Date: Friday 12 June 2026" / "Venue: Town Hall, Leeds" under any title
    if not context.findings and titled is None:
        place_and_days(article, context)  # "Riyadh – 27-28 July 2016" opening the body of a workshop's page
    # "... [2013] NZCA 114 (17 April 2013)": the day it was given; "Agenda realizada del alcalde el 21 de febrero":
    # the day it was done
    if not pastpage.reported_judgment(article.title) and not pastpage.archive(article.title):
        title_event(article, titled, numeric_order, context)
    numericorder.note_orders(context.findings, order)
    return context.findings


def _read_blocks(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: Reading,
                 numeric_order: str) -> None:
    """Read the blocks in order, then the days that lists and headings give many events at once; the area
    goes to timed findings whose place does not settle their zone."""
    context.diary_days = scheduleentries.day_lines(context.blocks, mentions_of)
    before_walk = context.day
    _walk(blocks, mentions_of, context, numeric_order)
    share_the_runs_place(context)
    fill_from_fields(context.blocks, mentions_of, context.findings)
    days_at_one_time(context.blocks, mentions_of, context, before_walk)
    days_under_heading(context.blocks, mentions_of, context, before_walk)
    named_days_under_heading(blocks, mentions_of, context)
    drop_past_rows(context.blocks, context.findings, context.published)  # "... flew to six cities:" / "May 7 – Gander"
    drop_live_log(context.blocks, context.findings)  # "10.22 - ..." over "10.18 - ...": a live blog, newest first
    drop_action_log(context.blocks, context.findings)  # "MAJOR ACTIONS:" / "9/17/2009 Introduced in House"
    drop_visitors_towns(context.findings)  # "No. 11 Windsor (9-2) at No. 6 Ponderosa (7-3), 6 p.m.": a team, no town
    if context.diary_days >= 2 and any(f.time is not None for f in context.findings):
        follow_the_diary(context.findings, context.area())  # "Travel to Addis Ababa" on Wednesday: Thursday is there
    leave_from_home(context.findings, context.area)  # "At 15h30 ... leaves Santa Fe for Brasília": Santa Fe's clock
    if any(f.time is not None and (f.place is None or not f.place.zone_certain) for f in context.findings):
        area = context.area()  # only where a time needs it: finding the area reads every place in the text
        # A regional label ("MST") its area may not keep that day: the clocks of the towns the item names.
        named = _named_clocks(context.blocks) if any(f.zone_label for f in context.findings) else ()
        for finding in context.findings:
            finding.area, finding.item_zones = area, named
        follow_the_trip(context.findings, area)  # "travels to Tokyo on 6 May. On 7 May at 10:00 ...": Tokyo's clock
    elif any(f.zone_label.upper() in AMBIGUOUS for f in context.findings):
        # "in Geneva at 1400 hrs PST", from Islamabad: whose clock the label names, the item's towns and area tell
        area = context.area()
        home = (area.zone,) if area is not None and area.zone and area.zone_certain else ()
        named = tuple(dict.fromkeys(_named_clocks(blocks) + home))  # (the dateline's town among them)
        for finding in context.findings:
            finding.item_zones = named


def _named_clocks(blocks: list[Block]) -> tuple[str, ...]:
    """The zones of the towns and regions of one clock that the blocks name, in order, once each."""
    return tuple(dict.fromkeys(m.place.zone for b in blocks for m in find_places(b.text)
                               if m.place.zone and m.place.zone_certain and m.place.kind != COUNTRY))


_STAMP_LINES = 0  # the item's first line, where a town's stamp stands ("17.08.2012 07:00 CORRIENTES")


def _walk(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: Reading, numeric_order: str) -> None:
    """Read the blocks in order; a time alone on its line waits for the lines that say what and where."""
    context.mentions_of = mentions_of  # (a line's mentions, for the lines that look ahead)
    pending: Pending | None = None  # "+/- 09.00" alone on its line: what happens is on the next line
    taken = -1  # a day line read with the time above it
    texts = {b.number: b.text for b in blocks}  # (for the stamps atop releases, looked up once)
    above: Block | None = None
    datelines = {b.number for b in blocks} - {b.number for b in context.blocks}
    for at, block in enumerate(blocks):
        mentions = mentions_of[block.number]
        if block.number == taken:
            continue
        if (posted := context.post_days.get(block.number)) is not None:
            # "Thursday, January 15, 2026" over a post's title: the post's words are of that day, as an item's of its
            # dateline ("will meet on December 4" in a post of November 2025 is December 2025's)
            context.published = context.day = posted
            context.anchored, context.previous = True, ""
            context.year_reason = f"the date gives none; the post's date {posted:%d %B %Y} sets it"
        above, line_above = block, above
        if pending is not None and pending[0] is line_above and time_then_date(line_above, block, mentions):
            flush(pending, context)  # "Time: 10:00" waiting for what, then "Date: 20 January": the entry, dated below
            pending = None
        if line_above is not None and minute_under_day(block.text, mentions, line_above.text,
                                                       mentions_of[line_above.number]):
            continue  # "07 October, 2025" / "15:09": the stamp's filing minute on a line of its own
        if day_of_the_time_above(line_above, block, mentions, context):
            continue
        # "Mon 8 |", "SEGUNDA-FEIRA (14)" alone: that weekday and day, near the item's days
        mentions = dayheading.numbered_days(mentions, context, block.text)
        mentions = samehour.with_same_hour(block.text, mentions, context.findings)  # "A esa misma hora, ..."
        below = blocks[at + 1] if at + 1 < len(blocks) else None
        if (over := schedule.time_over_date(block, mentions, mentions_of, context, numeric_order)
                or named_day_over_hours(block, mentions, mentions_of, context, numeric_order)
                or (date_field_under(block, mentions, below, mentions_of[below.number], context, numeric_order)
                    if below is not None else None)
                or (days_over_hours(block, mentions, below, mentions_of[below.number], numeric_order)
                    if below is not None else None)) is not None:
            block, mentions, taken = *over, block.number + 1
        if updated_stamp_line(block.text, mentions):
            # "2024/9/26 12:21(9/26 14:11 更新)": the story's stamp and its last update, read as a date line
            block = Block(block.kind, _blank_times(block.text, mentions), block.number, block.chunk)
            mentions, context.stamp_at = [mentions[0]], block.number
        elif len(mentions) == 2 and (stamp_line(block.text, mentions, line_above.text if line_above else "")
                                   or block.number <= _STAMP_LINES and town_stamp(block.text, mentions)
                                   and not (below is not None
                                            and town_stamp(below.text, mentions_of[below.number], known=False))
                                   or opening_stamp(block.number, block.text, mentions, mentions_of, texts)
                                   or listed_byline(block.number, block.text, mentions, texts)) \
                or seconds_stamp(block.text, mentions, block.number):
            # "June 28, 2018 / 3:54 AM": the story's stamp, read as a date line (its day, no event)
            block = Block(block.kind, _blank_times(block.text, mentions), block.number, block.chunk)
            mentions, context.stamp_at = [m for m in mentions if m.kind != "time"], block.number
        if pending is not None and mentions and end_field(block.text):
            flush(pending, context)  # "Starts: ..., 18:00" waits for what; "Ends: 20:00" only says when it ends
            pending = None
        if pending is not None and not mentions and bare_end_field(block.text):
            flush(pending, context)  # "Ende:" alone names the field of the line under it, not what happens
            pending = None
            continue
        if pending is not None:
            pending, used = after_pending(pending, block, mentions, context, numeric_order)
            if used:
                continue
        if (mentions or block.kind == HEADING or "ime" in block.text or "ours " in block.text
                or block.text.rstrip(" :").endswith(")")) \
                and (label := declared_label(block.text)) is not None:
            context.zone_label = label
        if itemyear.year_heading(block, mentions, context, stamp=block.number in datelines):
            continue
        venue = VENUE_LINE.match(block.text)
        if not mentions and place_line(block, context):
            continue  # "In Kigali:" over the items of that town
        if not mentions and below is not None and below.number in datelines and names_only_a_place(block.text):
            continue  # "New Delhi" over "July 24, 2024": where the dateline was written, not where the items happen
        if not mentions and not venue and venue_under(block, context):
            continue  # "Press Room, Centre Block, Parliament Hill." under a sentence with a time
        if not mentions and below is not None and (joined := cell_over_its_row(block, below)) is not None \
                and not mentions_of[below.number] and row_after_above(joined, context):
            taken = below.number  # "Following above" / "The Prime Minister will meet ...": one row
            continue
        if not mentions and (listrows.name_of_row(block, context) or row_after_above(block, context)
                             or row_of_timed_lead(block, context)
                             or scheduleentries.venue_of_last(block, venue, context)
                             or scheduleentries.what_of_last(block, context)
                             or scheduleentries.words_of_last(block, context)
                             or (not venue and scheduleentries.cell_of_last(block, context))):
            continue
        if mentions and hours_line(block.text):
            continue  # "Opening hours: Mon-Fri 9am-5pm": a week's rule, none of its days or times an event
        if end_of_the_start_field(block, mentions, context):
            continue  # "Start date: 14 June" / "End date: 16 June" / "Time: 10:00": the time is the start day's
        if end_of_the_event_above(block, mentions, context, line_above.text if line_above is not None else ""):
            remember(block, mentions, context)
            continue  # "Ends: Tue 10 Mar 2026, 20:00" under the start: the end of the event above
        if (named := named_above(block, mentions, mentions_of, context)) is not None:
            block, mentions = named  # "Opening of the session" / "Tuesday 10 March 2026": names and date lines in turn
        if (card := schedule.card_line(block, mentions, context) or schedule.card_row(block, mentions, context)
                or schedule.place_then_time_under_name(block, mentions, context)):
            block, mentions = card  # "Hall Auditorium, 7:30 pm" under a card's date: the card's first line says what
            venue = None  # ("Venue: Concert Hall, 7:30 pm" so titled is the card's entry, no venue of the one above)
        pending = _read(block, mentions, venue, context)
        if pending is None and _card_of_a_day(block, below, context):
            # "Murder Mystery Evening" / "13 Sep 2031", then a blank line and the next card's name: the card's day
            item(Block(ITEM, f"{block.text} – {context.caption}", block.number, block.chunk), mentions, context,
                 wait=False)
        if block.number in datelines and not mentions:
            context.previous = ""  # "Issued: 15 January 2026" says when it was written, not what the next sentence is
        remember(block, mentions, context)
    if pending is not None:
        flush(pending, context)


# "Publication Date", "Posted", "Deadline for entries": a caption that names the date under it, not a happening
_NAMES_A_DATE = re.compile(r"\b(?:dates?|dated|posted|updated|published|publication|issued|released|deadlines?"
                           r"|closing|due)\b", re.IGNORECASE)


def _card_of_a_day(block: Block, below: Block | None, context: Reading) -> bool:
    """Is the block a card's date line with no time ("13 Sep 2031", "Del 22 de febrero al 20 de marzo"), under the
    card's name in its chunk and over a blank line and the next card's name (or the text's end)?"""
    if context.dated_line != block.number or not context.caption or context.caption_at != block.number - 1 \
            or below is not None and (below.chunk == block.chunk or below.kind != HEADING) \
            or _NAMES_A_DATE.search(context.caption):
        return False
    by_number = blocks_by_number(context)
    above, two_above = by_number.get(block.number - 1), by_number.get(block.number - 2)
    return above is not None and above.kind == HEADING and above.chunk == block.chunk \
        and (two_above is None or two_above.chunk != block.chunk)


def _blank_times(text: str, mentions: list[Mention]) -> str:
    """The text with its times (and the separator or source name around them) blanked, places kept."""
    day = next(m for m in mentions if m.kind != "time")
    return " " * day.start + text[day.start : day.end] + " " * (len(text) - day.end)


def _read(block: Block, mentions: list[Mention], venue: re.Match[str] | None, context: Reading) -> Pending | None:
    """One block: a venue line, a heading, a list line or a paragraph. Returns a time left waiting."""
    if context.findings and context.last_prose == block.number - 1 and block.kind != HEADING:
        extent.length_told_after(block.text, context.findings[-1])  # "... flies to India today." / "The five-day trip"
    if not any(m.kind == "time" for m in mentions) and names_a_visit(block.text) \
            and (visited := visit_heading(block.text, find_places(block.text))) is not None:
        context.heading_place = visited  # "Bulgária, visita oficial (1.º dia)", however its line is laid out
    if len(mentions) == 1 and mentions[0].kind == "weekday" and context.anchored \
            and yearclues.WEEKDAY_LINE.match(block.text):
        # A line that is only a weekday ("Wednesday" under "the 23-24 March session"): a heading over the
        # entries of the next such day; the sentence above it does not say what happens under it.
        context.day, context.previous = relative_day(mentions[0], context), ""
        if mentions[0].weekday is not None and (back := dayheading.before_the_next_day_line(
                block.number, context.day, mentions[0].weekday, context)) is not None:
            # "Tuesday" / "Wednesday" / "May 23" under "... graduate on May 25": the week before the next heading
            context.day_reason = (back, f"the weekday heading '{block.text.strip()}' is put before the next day"
                                        f" heading below it, {back:%A %d %B %Y}")
            context.day = back
    elif (counted := dayheading.counted_day(block.text, mentions, context.findings)) is not None:
        context.day, context.previous, context.anchored = counted, "", True  # "Day 2" under "on 14 and 15 March"
    elif venue:
        context.venue, context.venue_at = venue.group("venue").strip(), block.number
        context.heading_place = best_place(find_places(context.venue)) or context.heading_place
    elif (diary := dayheading.diary_heading(block.text, mentions)) is not None \
            and (block.kind != HEADING or diary.kind == "weekday"):  # (a heading's full date is heading()'s)
        # "Prime Minister's Schedule December 8" over the rows of that day, under the page's own date line.
        if diary.kind == "weekday":
            context.day = relative_day(diary, context)  # "Programme for Saturday": the next Saturday
        elif context.long_before_the_newest(diary.first):
            # "For 3 March 2020, the diary of my predecessor records these engagements:" in an answer of 2022: a
            # diary of history, whose rows are that history's (the times said after a day of history, dropped)
            context.day, _, _ = resolve_part(diary.first, context)  # type: ignore[arg-type]
            context.history_day, context.history_diary = context.day, True
        else:
            context.day, _, _ = resolve_part(diary.first, context)  # type: ignore[arg-type]
        context.anchored = True
        # "Programme for Thursday 6 October 2022, Kenyatta International Convention Centre, Nairobi:": there
        context.heading_place = best_place(find_places(block.text[diary.end :])) or context.heading_place
    elif block.kind == HEADING:
        heading(block, mentions, context)
    elif context.local_at == block.number - 1 and context.findings and schedule.only_when(block.text, mentions) \
            and mentions[0].kind == "time":
        # "Local Event Time:" / "11:25 AM": the entry above happens then, on the clock of where it is.
        last = context.findings[-1]
        last.time, last.until, last.zone_label = mentions[0].time, mentions[0].until, "local time"
        last.as_published = f"{last.as_published}; local time {mentions[0].text}"
        context.last_item = (block.number, block.chunk)
    elif (week := notevents.week_line(block.text, mentions)) is not None and week.first is not None:
        # "Week of May 26" over "Monday: ..." and "Thursday, 4 p.m.: ...": the week the weekday rows fall in, its day
        # no event; where nothing dates the item, a week named by its day alone is taken to begin on a Monday, which
        # tells the year
        monday = dataclasses.replace(week.first, weekday=0)
        fitted = resolve.year_of_weekdays([monday], context.named_years, context.reference) \
            if week.first.year is None and week.first.weekday is None and not context.year_evidence \
            and not context.anchored and context.reference is not None else None
        if fitted is not None:
            context.day, reason = fitted
            context.year_reason = f"the date gives none; a week named by its day begins on a Monday: {reason}"
        else:
            context.day, _, _ = resolve_part(week.first, context)
        context.anchored, context.previous = True, ""
    elif block.kind == ITEM and schedule.day_then_sentences(block.text, mentions):
        # "Monday 8 June: The minister meets ... at 10:00.": a day's line of a programme, told in sentences.
        paragraph(block, mentions, context)
        context.last_item = None
    elif mentions and opens(block.text, mentions[0]) and (block.kind == ITEM or mentions[0].kind == "time"
                                                          and not schedule.times_told_later(block.text, mentions)
                                                          or schedule.when_alone(block.text, mentions)) \
            and not (block.kind != ITEM and opens_history(block.text, mentions)) \
            and not (mentions[0].kind == "day"
                     and day_set_aside(block.text, mentions[0].start, mentions[0].end, mentions)):
        # A list line, bulleted or not: "±12:00 (CET)  Press briefing ..." (not one opening with the day its event
        # was set for, then the day it moved to: "5月13日(水)を予定していた決算発表は、5月21日(木)へ延期", prose)
        found = len(context.findings)
        waiting: Pending | None = None
        if item(block, mentions, context):
            if context.field_at == block.number - 1:
                # "- Time" / "09:45 (Eastern Time)": a field's value, about the text's own subject.
                item(block, mentions, context, wait=False)
            elif row_venue := venue_of_row(block, mentions):
                # "– 9.30 Uhr, Schloss Bellevue" over what happens there: the time waits, with its venue.
                waiting = (Block(ITEM, block.text[: block.text.rindex(row_venue)].rstrip(" ,|•·"), block.number,
                                 block.chunk), mentions, row_venue)
            else:
                waiting = (block, mentions, "")
        if len(context.findings) > found:
            context.last_item = (block.number, block.chunk)
        return waiting
    elif (mentions or context.heading_day or itinerary.day_of_span(block.text, context.findings)) \
            and not (context.practical and block.kind == ITEM):  # "On days four and five of the fair, ..."
        # a paragraph without a date or time starts no event, but under a dated heading: skip it unread
        # (A heading's year is its list's: prose under "Since 1996 a day of remembrance" tells its own years.)
        standing, time = listrows.standing_time(block, mentions)
        if standing:
            context.standing_time = time
        listed_year, context.heading_year = context.heading_year, None
        context.row = listrows.is_meeting_row(block, mentions) or listrows.untimed_row(block, mentions, context) \
            or captionrows.captioned_day_row(block, mentions, context)
        context.last_item = None
        paragraph(block, mentions, context)
        context.row = False
        context.heading_year = listed_year
    return None
