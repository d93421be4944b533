"""A page that says in its title it lists past sittings or events ("Vergangene Plenarsitzungen: Plenarwoche Oktober
2025", "Past meetings of the Board", "Séances précédentes", "Sesiones anteriores"): an archive, whose days are
history; only a sentence that tells what is to come keeps its event. Pure."""

from __future__ import annotations

import re

_GATHERINGS = (r"(?:\w*sitzung(?:en)?|sitzungswochen?|plenarwochen?|veranstaltungen|termine|sessions?|sittings?"
               r"|meetings?|events?|hearings?|séances|réunions|événements|sesiones|reuniones|eventos|audiencias)")
_PAST_TITLE = re.compile(
    # (the gathering right after its past word: "Past Presidents Meeting" names a meeting of former presidents)
    rf"^\W*(?:past|previous|earlier|vergangene|frühere|bisherige|vorherige|zurückliegende)\s+{_GATHERINGS}\b"
    rf"|^\W*(?:[\w-]+\s+){{0,2}}?{_GATHERINGS}\s+(?:passé(?:e)?s|précédentes|antérieures|anteriores|pasad[oa]s)\b",
    re.IGNORECASE)


# "Smith v Jones [2015] NZHC 1234 (3 June 2015)", "[2019] SGHC 45", "[2013] EWCA Civ 12": a judgment's neutral
# citation, the year in brackets, the court's letters and the number; the item is the judgment as reported.
_NEUTRAL_CITATION = re.compile(r"\[(?:19|20)\d\d\]\s+[A-Z][A-Za-z]{1,7}(?:\s+[A-Z][a-z]{1,5})?\s+\d{1,5}\b")


def reported_judgment(title: str) -> bool:
    """Is the item a judgment as reported, titled with its neutral citation? Its hearing and judgment are history."""
    return "[" in title and _NEUTRAL_CITATION.search(title) is not None


# "和歌山県知事 活動報告(2019年10月)", "Governor's activity report, October 2019": an office holder's report of the
# days gone by (what the governor did, hour by hour), whose rows are history as an archive's are. Japanese writes it
# 活動報告 (or 活動記録, 活動実績: the record, the done); not "活動予定" (the plans), nor "活動報告会" (a meeting
# held to report on them, an event to come). The English title is the report itself, owned ("Governor's activity
# report"), not a thing done with it: no "of" or colon before it ("Presentation of the Activity Report 2029", "Media
# advisory: launch of ...": a gathering about the report, an event to come). A minister's diary (活動日誌, the log
# of the day) is such a record too; so is a mayor's agenda as done ("Agenda realizada del alcalde", "Agenda cumplida",
# Portuguese "agenda cumprida", Catalan "agenda realitzada"): the agenda carried out, not the one announced.
# A Japanese city's or prefecture's "市長の一日" / "知事の一日" ("the mayor's day", "the governor's day"), a month's
# page of what the office holder did each day, is such a record too (not "市長の日程", "知事の予定": the days to come);
# a deputy's, "副市長の一日", holds the same words.
_REPORT_TITLE = re.compile(r"活動(?:報告|記録|実績|日誌)(?!会)|(?:市長|知事|町長|村長|区長)の一日"
                           r"|^(?:(?!\bof\b)[^:])*?\bactivit(?:y|ies)\s+(?:report|log|record)\b"
                           r"|\bagenda\s+(?:realizada|cumplida|cumprida|realitzada)\b", re.IGNORECASE)


def archive(title: str) -> bool:
    """Does the title say the page lists past sittings or events, or reports an office holder's past activities?"""
    return _PAST_TITLE.search(title) is not None or _REPORT_TITLE.search(title) is not None
