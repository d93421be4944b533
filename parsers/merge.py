"""One event per happening: mentions of the same thing at the same moment merge. Pure.

An advisory often says a time twice, in a sentence ("... a joint press conference with
the Prime Minister at 11:00 (CET)") and in its list ("11:00 (CET) Joint press
conference"); two items of one source may announce the same briefing. Mentions at the
same moment merge when they are of one kind or say much the same; the merged one keeps
the most precise time, place and title, and every source sentence. Two different things
at one minute (a meeting and a group photo) stay two.
"""

from __future__ import annotations

import datetime as dt
import re

from model import LABELS, SUMMIT, VISIT, Article
from parsers import kinds, postedheads, rundays, sameday, samehour, spanbounds, timefield
from parsers.daterows import row_twin
from parsers.fieldnames import TIME, WHEN, alternatives
from parsers.findings import Finding
from parsers.followingrows import after_above
from parsers.gate import Gated
from parsers.likeness import alike, alike_topics, joined, named_apart, title_words
from parsers.pairings import other_pairings
from parsers.places import Place, best_place, find_places
from parsers.scheduleentries import fills_the_day
from parsers.whenlines import CALENDAR_WORDS, bare_when, labelled, when_line

_PROSE_WORDS = 12  # a list line says what and when in fewer words
_WORDS = re.compile(r"\w+")


def _same(a: Finding, b: Finding) -> bool:
    if (a.first, a.last, a.time) != (b.first, b.last, b.time):
        return False
    if samehour.told_apart(a) or samehour.told_apart(b):
        return False  # "A las 16 ... . A esa misma hora, ...": another happening at that hour
    if other_pairings(a.summary, b.summary):
        return False  # "Legacy at Cherry Creek, 7 p.m." and "Rampart at Erie, 7 p.m.": two games of one round
    if a.until is not None and b.until is not None and a.until != b.until \
            and not _one_told_twice(a, b) and not _one_told_twice(b, a):
        return False  # "7-9 p.m. ET" and "7-8 p.m. ET": two cards of one evening, each with its own end
    if a.caption and b.caption and a.caption != b.caption and _prose(a) and _prose(b) \
            and not labelled(a) and not labelled(b) and not _one_heading_within(a.caption, b.caption):
        return False  # "Halloween at the fire station" / "Party on the sports ground", each at 4 pm: two entries
    if kinds.EVENT in (a.kind, b.kind) and (bare_when(a) if a.kind == kinds.EVENT else bare_when(b)):
        # "Monday, January 20, 2031 - 6:00pm" under a meeting's name and "Time: 6:00 PM Pacific Time" below: a line
        # of only the day and time says when the other happens, it names no happening of its own.
        return True
    if _invites_the_media(a) or _invites_the_media(b):
        # "Media are welcome at the AU Commission on 16th February 2024 from 11H00" beside the advisory's "TIME: 11H00
        # ... WHAT: a press briefing": the invitation to the press names the advisory's fields' happening again; not a
        # sentence of another happening at that minute ("will also address the Parliament in Midrand at 11:00")
        return not _prose(b if _invites_the_media(a) else a)
    if _led_by_time(a) and _led_by_time(b) and _row_heading(a) != _row_heading(b) and _row_heading(a) \
            and _row_heading(b):
        return False  # "Fourth Committee: 10:00 7th meeting" and "Economic and Social Council: 10:00 15th meeting"
    if _led_by_time(a) and _led_by_time(b) \
            and len(title_words(a.summary) & title_words(b.summary)) < _SHARED_WORDS:
        return False  # "10:00 7th meeting, Conference Room 2" and "10:00 15th meeting, Chamber": one word shared
    if a.location and b.location and _apart(a.location, b.location) and not alike(a.summary, b.summary):
        return False  # two rows at one minute, each at its own venue and saying its own ("Sede de Presidencia", ...)
    if a.kind == b.kind:
        # A schedule may list two happenings of one kind at once: two lines, each its time and what happens; but not
        # the same line twice (one meeting in two people's schedules, with its place).
        return not (_led_by_time(a) and _led_by_time(b)) or _same_row(a, b)
    if kinds.EVENT in (a.kind, b.kind) and (_prose(a) or _led_by_time(a)) and (_prose(b) or _led_by_time(b)) \
            and not (_led_by_time(a) and _led_by_time(b)):
        # Two sentences of prose at one moment, one naming no kind ("comes before the committee ... at 2pm",
        # "The meeting is held ... at 2 pm"), or a sentence and an agenda line ("At 15h30 he leaves Santa Fe",
        # "15h30 - return to Brazil"): one happening told twice, not two.
        return True
    if _restated_row(a, b) or _restated_row(b, a):
        return True
    return alike(a.summary, b.summary) or (kinds.EVENT in (a.kind, b.kind) and alike(a.text, b.text))


_VENUE_LENGTH = 80  # characters of a venue's name and address


def _one_told_twice(bare: Finding, labelled: Finding) -> bool:
    """"When Wed, Nov 18, 2020 from 7pm to 8:30pm" (an app's card, no zone) beside "Wed, Nov 18, 2020 7:00 PM -
    8:00 PM (EST)" (the invitation pasted below it): each gives the day, only one the clock; one meeting told twice,
    whatever end each says (the card's clock may have taken the invitation's label: sentencelabel.carry_same_clock). A
    programme's row led by its time ("10:00-10:10 Welcome") is an entry of its own."""
    return (not bare.zone_label or bare.label_repeated) and bool(labelled.zone_label) \
        and not labelled.label_repeated and not _led_by_time(bare) and not _led_by_time(labelled)


def _apart(one: str, other: str) -> bool:
    """Do two venues name different places: neither holds the other's words ("Room 3" within "Room 3, Palais")?"""
    if len(one) > _VENUE_LENGTH or len(other) > _VENUE_LENGTH:
        return False  # (a sentence taken for a venue, "Reception hosted by the faculty ... after the ceremony")
    first, second = set(one.lower().split()), set(other.lower().split())
    return not (first <= second or second <= first)


def _one_heading_within(a: str, b: str) -> bool:
    """Does one heading say no word the other does not ("Harbour Board Meeting" over a card's teaser, "Harbour Board
    Meeting Details" over the same card opened)? Then the two are one entry of a page, shown twice."""
    first, second = title_words(a), title_words(b)
    return bool(first and second) and (first <= second or second <= first)


# "Media are welcome at", "Journalists are invited to attend", "Members of the press are cordially invited to"
_MEDIA_INVITED = re.compile(r"\b(?:media|journalists|reporters|press|newsrooms)\s+(?:representatives\s+)?(?:are|is)"
                            r"\s+(?:cordially\s+|kindly\s+)?(?:invited|welcome[ds]?)\b", re.IGNORECASE)


def _invites_the_media(finding: Finding) -> bool:
    """Is the finding's sentence an invitation to the press (to what the item announces)?"""
    return ("nvite" in finding.text or "elcome" in finding.text) and _MEDIA_INVITED.search(finding.text) is not None


def _restated_row(row: Finding, told: Finding) -> bool:
    """A programme's row naming nothing its sentence did not ("17h00: The 4th annual lecture, City Hall" below "...
    hosts its 4th annual memorial lecture tomorrow at 17:00 in the City Hall"): the happening told, then listed, though
    each was given a kind of its own (a speech, a meeting)."""
    if not (_led_by_time(row) and _prose(told)):
        return False
    label = f"{LABELS.get(row.kind, '')}: "
    words = title_words(row.summary.removeprefix(label))
    return len(words) >= 2 and words <= title_words(told.text)


_SHARED_WORDS = 2  # words two rows at one minute share at least, to be one happening listed twice
_SAME_ROW_WORDS = 4  # "Break" twice is two breaks of two rooms; a row naming what and where is one happening


def _same_row(a: Finding, b: Finding) -> bool:
    """Do two rows say the same, word for word, naming what happens and where?"""
    return a.summary.casefold() == b.summary.casefold() and len(title_words(a.summary)) >= _SAME_ROW_WORDS


def _prose(finding: Finding) -> bool:
    """Is the finding told in a sentence of prose, not a line of a list ("Group Photo: 16 November, 7 pm")?"""
    return len(_WORDS.findall(finding.text)) >= _PROSE_WORDS and not _led_by_time(finding)


def _other_entry(day_long: Finding, timed: Finding) -> bool:
    """Are the two told in prose under two headings of the page that say different things ("Bonfire at the angling
    club" with no time, "Lantern walk in the family garden" from 5 pm)? Then they are two entries of a list of tips,
    not one event told twice; headings alike ("Presidium of the 14th Saeima elected", "First sitting of the 14th
    Saeima") may head parts of one sitting, and two headings ("Harvest festival", "Programme and times") over one
    happening told alike ("the harvest festival fills the square", "the harvest festival opens at 11 am") are one."""
    return _headed(day_long) and bool(timed.caption) \
        and (not alike(day_long.caption, timed.caption) or named_apart(day_long.caption, timed.caption)) \
        and _prose(day_long) and _prose(timed) and not alike_topics(day_long.summary, timed.summary)


def _headed(finding: Finding) -> bool:
    """Is the finding told right under its heading (its text opens with the caption the reader put before it)? A
    caption farther up may head another part of a bundle; the timed entry's may be farther up ("Ab 16 Uhr ...")."""
    return bool(finding.caption) and finding.text.startswith(finding.caption + ": ")


def _row_heading(finding: Finding) -> str:
    """The heading the reader put before a row's time ("Fourth Committee" of "Fourth Committee: 10:00 7th meeting"),
    or ''."""
    at = finding.text.find(finding.as_published)
    return finding.text[:at].rstrip().removesuffix(":").strip() if at > 0 else ""


def _led_by_time(finding: Finding) -> bool:
    """Does the finding's line open with its time and say what happens ("1:30 p.m. Press Briefing")?

    A heading the reader put before the line ("MINISTER A: 1:30 p.m. ...") does not count.
    """
    at = finding.text.find(finding.as_published)
    before = finding.text[:max(at, 0)].rstrip()
    if at < 0 or not finding.as_published[:1].isdigit() or (before and not before.endswith(":")):
        return False
    after = finding.text[at + len(finding.as_published): at + len(finding.as_published) + 80]
    return bool(_WORDS.search(after))


# Words a line that only says where may hold besides its places: "Pretoria and online", "Dakar office"
_WHERE_WORDS = re.compile(r"(?i:\b(?:and|or|online|virtual(?:ly)?|hybrid|office|offices|hq|headquarters|venue|room"
                          r"|hall|campus|in\s+person|via\s+zoom|zoom|webinar|livestream(?:ed)?)\b|[\s,&/+()|–—-])")


def _where_only(timed: Finding) -> tuple[Place, str] | None:
    """The place of a row led by its time whose words after it only say where ("10:00 - 11:30 (SAST) Pretoria and
    online"), and those words; None when they say what happens."""
    if not _led_by_time(timed):
        return None
    at = timed.text.find(timed.as_published)
    rest = timed.text[at + len(timed.as_published) :].strip()
    rest = re.sub(r"^\(?[A-Z]{2,5}\)?\s+", "", rest)  # the time's zone label in brackets, "(SAST)"
    named = [m for m in find_places(rest) if not m.topical]
    if not rest or not named:
        return None
    left = "".join(rest[a:b] for a, b in zip([0] + [m.end for m in named], [m.start for m in named] + [len(rest)],
                                             strict=True))
    place = best_place(named)
    return (place, rest) if place is not None and not _WHERE_WORDS.sub("", left) else None


def _absorb(kept: Finding, other: Finding) -> None:
    """`kept` takes what `other` says more precisely, and its words."""
    if kept.kind == kinds.EVENT and other.kind != kinds.EVENT:
        kept.kind, kept.summary = other.kind, other.summary
    if other.place is not None and (kept.place is None or other.place.specificity > kept.place.specificity):
        kept.place = other.place
    kept.location = kept.location or other.location
    kept.until = kept.until or other.until
    kept.zone_label = kept.zone_label or other.zone_label
    kept.text = joined(kept.text, other.text)


def _named_days_once(findings: list[Finding]) -> list[Finding]:
    """The findings, a whole-day one absorbed by a whole-day one before it that is the same named happening."""
    kept: list[Finding] = []
    for finding in findings:
        twin = next((k for k in kept if sameday.same_named_day(k, finding)), None)
        if twin is None:
            kept.append(finding)
        else:
            _absorb(twin, finding)
    return kept


def distinct(findings: list[Finding], headlines: tuple[str, ...] = ()) -> list[Finding]:
    """One finding per happening in one article.

    Timed findings at one moment that are one thing merge. A day-long finding that the
    same day also has at a stated time is that timed event said without its time, when
    it is of the same kind and place, or when it names no kind at all. A headline's
    day (`headlines`: the lines that head the item) is the day of the event its text tells.
    """
    title = headlines[0] if headlines else ""
    findings = spanbounds.drop_restated_bounds(postedheads.drop_posted_headings(_headline_told_below(findings,
                                                                                                     headlines), title))
    findings = _named_days_once(findings)  # "the SPA Public Board Meeting - 25 May", said again that day
    kept: list[Finding] = []
    # The timed findings kept, by their days and time: only those can be the same (a programme of thousands of
    # rows was otherwise weighed row against row). A finding's days and time do not change once kept.
    at_moment: dict[tuple[dt.date, dt.date, dt.time | None], list[Finding]] = {}
    for finding in findings:
        moment = (finding.first, finding.last, finding.time)
        twin = next((k for k in at_moment.get(moment, ()) if _same(k, finding)), None)
        if finding.time is not None and twin is not None:
            _absorb(twin, finding)
            continue
        kept.append(finding)
        if finding.time is not None:
            at_moment.setdefault(moment, []).append(finding)
    kept = rundays.days_told_apart(kept)  # "on March 2 and 3 at 9 a.m." and a card for March 2, 9 a.m. to 9 p.m.
    timed = [f for f in kept if f.time is not None]
    out: list[Finding] = []
    row_titles: dict[int, str] = {}  # the dated row each timed finding took ("21.10.2021 Frokostmøte")
    for finding in kept:
        # (a row said to fill its day, "ganztägig  Rat in Brüssel", is an entry of its own beside the day's timed rows)
        if finding.time is None and finding.first == finding.last and not fills_the_day(finding.text):
            same_day = [t for t in timed if t.first == finding.first and not _other_entry(finding, t)]
            same_day = [] if _another(finding, same_day) or after_above(finding.text) else same_day
            if _strike_of_the_day(finding) and not any(_strike_of_the_day(t) for t in same_day):
                # "la grève interprofessionnelle du mardi 24 septembre" beside that day's 17h assembly: a day of its
                # own; "l'appel à la grève le 24 septembre" above it is that strike told before
                told = next((o for o in out if o.time is None and o.first == o.last == finding.first
                             and _strike_of_the_day(o)), None)
                if told is not None:
                    _absorb(told, finding)
                    continue
                same_day = []
            place = finding.place.name if finding.place else ""
            twin = next((t for t in same_day if t.kind == finding.kind
                         and (t.place.name if t.place else "") == place), None)
            if twin is None and (finding.kind != kinds.MEETING or finding.place is None):
                # "... the IJF President's press conference, on July 26th" and "Time: 11:15 am" under
                # "Press Conference": one press conference, said with and without its time.
                twin = next((t for t in same_day if t.kind == finding.kind), None)
            if twin is None and finding.kind == kinds.EVENT and same_day:
                twin = same_day[0]
            if twin is None and finding.kind not in (VISIT, SUMMIT):
                twin = _named_alike(finding, same_day) or _told_again_with_time(finding, same_day)
            if twin is None and finding.kind in (VISIT, SUMMIT):
                twin = _time_field_of_the_day(same_day)
            untold = _only_time_of_day(same_day) or _card_of_the_day(same_day) \
                if twin is None and finding.kind not in (VISIT, SUMMIT) else None
            twin = twin or untold
            twin = row_twin(twin, finding, same_day, row_titles) if twin is not None else None
            if twin is None and row_titles and finding.text.startswith(finding.as_published):
                out.append(finding)  # "21.10.2021 Fast audiens" under the day's timed "21.10.2021 Frokostmøte"
                continue
            if twin is not None:
                where = _where_only(twin)
                twin.text = joined(twin.text, finding.text)
                if twin.kind == kinds.EVENT and finding.kind != kinds.EVENT and (untold or when_line(twin)):
                    twin.kind, twin.summary = finding.kind, finding.summary  # the WHEN line names nothing
                if where is not None:
                    # "Briefing on the Sahel" / "10:00 - 11:30" / "Pretoria and online": the card's name names
                    # it; the row under its time only says where
                    twin.kind, twin.summary = finding.kind, finding.summary
                    twin.place, twin.location = twin.place or where[0], twin.location or where[1]
                continue
        if finding.time is None and finding.first < finding.last and (first := _hours_of_each_day(finding, timed)):
            first.text = joined(first.text, finding.text)
            continue
        out.append(finding)
    return out


# "grève interprofessionnelle du mardi 24 septembre", "Warnstreik am Dienstag, 24. September", "huelga general del
# 24 de septiembre", "the national strike on 24 September": a strike whose day the date names, a day-long happening of
# its own, not a timed meeting of that day (an assembly "to decide what follows the strike, on Tuesday at 5 pm") said
# without its time. (The strike's name, a word or two after it at most, then the preposition that binds the date,
# which the date as published may hold: "du mardi 24 septembre".)
_STRIKE_BEFORE_DATE = Gated(re.compile(
    # ("des lycées en grève aujourd'hui", "on strike": a state, no day's strike)
    r"(?<!\ben )(?<!\bin )(?<!\bim )(?<!\bon )"
    r"(?:\bgr[èe]ves?|\bhuelgas?|\bscioper[oi]|streiks?|\b(?:general|national|nationwide|one-day|\d+-hour)\s+strikes?)"
    r"(?:\s+[^\W\d]+){0,2}?\s+(?:(?:du|de|le|del|el|am|vom|on|of|on\s+the)\s+)?$", re.IGNORECASE),
    "grève", "greve", "huelga", "scioper", "streik", "strike")


def _strike_of_the_day(finding: Finding) -> bool:
    """Does the finding's sentence name a strike right before its date ("grève interprofessionnelle du mardi 24
    septembre"), not as the complement of a gathering's noun ("Réunion du comité de grève le mardi 24 septembre")?"""
    at = finding.text.find(finding.as_published)
    if at <= 0:
        return False
    strike = _STRIKE_BEFORE_DATE.search(finding.text[max(0, at - _STRIKE_REACH) : at])
    return strike is not None and _GATHERING_OF.search(finding.text[max(0, at - _STRIKE_REACH) : at], 0,
                                                        strike.start()) is None


# "comité de grève", "assemblée générale de grève", "piquet de grève", "strike committee meeting of": a gathering
# named by the strike it serves, a meeting of its own (not "journée de grève", the strike's day).
_GATHERING_OF = re.compile(r"(?i:\b(?:comit[ée]s?|assembl[ée]es?(?:\s+g[ée]n[ée]rales?)?|r[ée]unions?|piquets?|ag"
                           r"|asambleas?|reuni[óo]n|assemblea|comitato|riunione|committee|meeting|rally)"
                           r"\s+(?:de|d'|del|di|della|of(?:\s+the)?)\s*(?:la\s+)?)$")


_STRIKE_REACH = 60  # characters before the date: the strike's word, its name and the preposition


_RUN_DAYS = 7  # days of a run that one sentence may give the hours of, day by day


def _first_sentence(text: str) -> str:
    found = _SENTENCE_START.search(text)
    return text[: found.start()] if found else text


def _hours_of_each_day(run: Finding, timed: list[Finding]) -> Finding | None:
    """"Am 21. und 22. Mai findet die Show im Park statt" and "Die Show ist am Samstag, 21. Mai, von 10 bis 18 Uhr
    und am Sonntag, 22. Mai, von 10 bis 17 Uhr geöffnet": a run of days, each of which one sentence gives its hours,
    is those timed days said without their times, when both name the same thing. The first timed day is returned,
    to keep the run's words; None when a day has no time, or another, or the hours are told apart, or where the one
    sentence gives the run and its days' time (the run as a whole is told too)."""
    days = (run.last - run.first).days + 1
    if days > _RUN_DAYS:
        return None
    each = [[t for t in timed if t.first == t.last == run.first + dt.timedelta(days=d)] for d in range(days)]
    if any(len(on) != 1 for on in each):
        return None
    told = {_first_sentence(on[0].text) for on in each}  # (later sentences add to a day's text: the first tells)
    if len(told) != 1 and days > 1 and run.kind != kinds.EVENT and all(on[0].kind == run.kind for on in each):
        # "les cérémonies ... les 21 et 22 juin" over "Lundi 21 juin à 15 heures : cérémonie ..." and "Mardi 22 juin
        # à 11 heures : ... cérémonie ...": a run that announces what its days' rows, one each, tell with times
        return each[0][0]
    if len(told) != 1 or _first_sentence(run.text) in told:
        return None  # "Hearings are set for Tuesday, ..., and Thursday, ..., starting at 10:00 a.m.": run and days
    return each[0][0] if _proper_words(run.text) & _proper_words(each[0][0].text) else None


# "Later on Saturday, the Fijiana play ...", "The All Blacks also play on Saturday", "On the same day, an
# exhibition opens at ...": the sentence tells another happening of the day, besides the one told with a time.
# (Gated: the engine tried `\b` and five (?i) words at every position. Lower-cased, every match holds a needle;
# "İ" lowers to "i" and a dot, so "earli" holds all the rest of "earlier", and the gate lets texts with "ı" or "ſ"
# through.)
_ANOTHER = Gated(re.compile(r"^(?:Later|Also|Earlier)\b|^(?:On\s+)?(?:the|that)\s+same\s+day\b|\b(?:also|too)\b",
                            re.IGNORECASE), "later", "also", "too", "earli", "same")


def _another(finding: Finding, same_day: list[Finding]) -> bool:
    """A day-long sentence that says it adds another happening to its day ("later on", "also"); not one that
    names the day's timed event again ("Reporters can also follow the press conference online on Tuesday")."""
    at = finding.text.find(finding.as_published)
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(finding.text, 0, max(at, 0))]
    end = _SENTENCE_START.search(finding.text, max(at, 0))
    sentence = finding.text[starts[-1] : end.start() if end else len(finding.text)]
    if at < 0 or _ANOTHER.search(sentence) is None:
        return False
    return not any(re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}{re.escape(t.kind)}s?\b", sentence, re.IGNORECASE)
                   for t in same_day)


def _headline_told_below(findings: list[Finding], headlines: tuple[str, ...]) -> list[Finding]:
    """"Assembly moves its spring sitting to June 10" over "Members will now meet again on Tuesday, 10th June
    2031": a headline announces the event its text tells, so its day-long mention joins the one
    event of the text on that day, or the one of its kind there. Several others of that day: it stays."""
    out = list(findings)
    for finding in findings:
        if finding.time is not None or finding.first != finding.last or not any(
                finding.text.startswith(line) and finding.as_published in line for line in headlines):
            # (a headline dated by the lead sentence joined to it is that sentence's event, not a headline's)
            continue
        below = [f for f in out if f is not finding and f.first == f.last == finding.first]
        twin = below[0] if len(below) == 1 else _only_of_kind(finding, below)
        if twin is None or finding.kind not in (kinds.EVENT, twin.kind):
            continue  # "Council sitting called off for Wednesday, June 3" over a curfew of that day: another thing
        twin.text = joined(twin.text, finding.text)
        if twin.kind == kinds.EVENT and finding.kind != kinds.EVENT:
            twin.kind, twin.summary = finding.kind, finding.summary
        out.remove(finding)
    return out


def _time_field_of_the_day(same_day: list[Finding]) -> Finding | None:
    """"The Minister will on Thursday, 3 October 2024 visit the Port of Ngqura" over a card "Date: Thursday,
    3 October 2024" / "Time: 09H00" / "Venue: Port of Ngqura": the day's one time, in a card's time field, is the
    time of the visit (a visit is otherwise kept apart from the day's timed happenings, which may be parts of it)."""
    return same_day[0] if len(same_day) == 1 and timefield.is_time_field(same_day[0].text) else None


# A card's time field anywhere in its lines ("Venue: Juba Conference Room" / "Date: Wednesday 15 May 2019" /
# "Time: 10:00-11:00").
_CARD_TIME_FIELD = re.compile(rf"(?:^|\s)(?:{alternatives(TIME)}|{alternatives(WHEN)})\s*:", re.IGNORECASE)


def _card_of_the_day(same_day: list[Finding]) -> Finding | None:
    """"On Wednesday, the head of mission will meet the press" over a card "Venue: ..." / "Date: Wednesday 15 May" /
    "Time: 10:00-11:00" that names nothing: the day's one time, in a card's time field, is the time of what the
    sentence names."""
    if len(same_day) != 1 or same_day[0].kind != kinds.EVENT:
        return None
    return same_day[0] if _CARD_TIME_FIELD.search(same_day[0].text) else None


def _only_of_kind(finding: Finding, below: list[Finding]) -> Finding | None:
    same = [f for f in below if f.kind == finding.kind]
    return same[0] if len(same) == 1 else None


def _only_time_of_day(same_day: list[Finding]) -> Finding | None:
    """"... to hold a news conference (November 30, 2021)" over a list "Time 4:00 PM (EST)", or "the press
    conference tomorrow" beside "It is expected to begin at 10:45 am tomorrow": the day's one time, in a line
    led by it or a sentence whose subject points back, naming no kind, is the time of the event the day-long
    mention names. "Question Time will be held at 2pm" names its own; a day with a second time holds more."""
    untitled = [t for t in same_day if t.kind == kinds.EVENT]
    if len(untitled) != 1:
        return None
    timed = untitled[0]
    if len(same_day) > 1:
        # "meet in Rome on Monday, 25 July" over "Start: 09.30, in the Red Room" and "Press conference afterwards,
        # at 12.30": the line that only says when is the day's event; the press conference names its own kind.
        return timed if _led_by_time(timed) else None
    return timed if _led_by_time(timed) or _POINTS_BACK.match(_sentence_of_time(timed)) else None


_POINTS_BACK = re.compile(r"(?:it|this|that|they)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _sentence_of_time(finding: Finding) -> str:
    """The sentence of the finding's text that holds its time."""
    at = finding.text.find(finding.as_published)
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(finding.text, 0, max(at, 0))]
    return finding.text[starts[-1]:] if at >= 0 else ""


_TOKEN = re.compile(r"[\w'’-]+")
_OFFICES = frozenset({"prime", "minister", "secretary", "general", "president", "vice", "state", "foreign", "affairs",
                      "chief", "deputy", "first", "high", "representative", "council", "european", "united",
                      "national", "press", "media", "conference", "the", "sri", "new", "south", "north", "captain"})


def _names(text: str) -> set[str]:
    """Names of people in a text: two capitalised words, neither an office nor a common word."""
    words = [w if w[:1].isupper() and w[1:2].islower() and w.lower() not in _OFFICES else ""
             for w in _TOKEN.findall(text)]
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a and b}


def _named_alike(finding: Finding, same_day: list[Finding]) -> Finding | None:
    """"Angelo Mathews opens the programme with his media conference on Tuesday 28 May" and "First up is
    captain Angelo Mathews, on Tuesday 28 May at 0945": the one person's one engagement, said twice."""
    names = _names(finding.summary)
    matching = [t for t in same_day if names & _names(t.summary)]
    return matching[0] if len(matching) == 1 else None


def _told_again_with_time(finding: Finding, same_day: list[Finding]) -> Finding | None:
    """"The Assembly is called to meet in the House on Monday" and "Under the order, the House sits on Monday at
    4 pm": two sentences of prose about one day and one named body or place, the second giving the time of what
    the first named, and naming no kind. Or the second is a line that only says when (`whenlines.when_line`)."""
    if len(same_day) != 1 or same_day[0].kind != kinds.EVENT or not _prose(finding) or _led_by_time(same_day[0]):
        return None
    timed = same_day[0]
    if _proper_words(finding.text) & _proper_words(timed.text) or when_line(timed) or _points_back(finding, timed):
        return timed
    return None


# "The address goes out at 8 p.m." after "Today, Tuesday, April 14, the Chairman addresses the people ...": the
# timed sentence opens on the thing the day's sentence told ("the address", "the ceremony"), said again.
_THE_NOUN = re.compile(r"\s*(?:The|This|That)\s+(?P<noun>[a-z]{5,}?)s?\b")


def _points_back(finding: Finding, timed: Finding) -> bool:
    at = timed.text.find(timed.as_published.split()[0]) if timed.as_published.strip() else -1
    start = max((m.end() for m in _SENTENCE_START.finditer(timed.text, 0, max(at, 0))), default=0)
    noun = _THE_NOUN.match(timed.text, start)
    said = rf"\b{re.escape(noun.group('noun'))}" if noun is not None else ""
    return bool(said) and re.search(said, finding.text, re.IGNORECASE) is not None


def _proper_words(text: str) -> set[str]:
    """Capitalised words past a sentence's first, days and months aside: the names a sentence speaks of; an acronym
    however short ("its annual general meeting (AGM)", then "The AGM takes place ... at noon")."""
    words = _TOKEN.findall(text)
    return {w.lower() for w in words[1:] if (len(w) >= 4 and w[:1].isupper() or len(w) >= 2 and w.isupper()
                                             and w.isalpha()) and w.lower() not in CALENDAR_WORDS}


_HEAD_LINES = 2  # a date line may stand above the headline
_HEAD_WORDS = 20  # a headline is a line of a few words, not a paragraph


def headlines(article: Article) -> tuple[str, ...]:
    """The lines that head an item: its title, and the first lines of its body that end without a full stop
    (a saved page opens with its headline, maybe under a date line)."""
    lines = [line.strip() for line in article.body.splitlines() if line.strip()][:_HEAD_LINES]
    heads = [line for line in lines if not line.endswith(".") and len(_WORDS.findall(line)) <= _HEAD_WORDS]
    return tuple(h for h in (article.title.strip(), *heads) if h)
