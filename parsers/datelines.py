"""Publication datelines and page chrome: dates that say when a text was published, not events. Pure.

"Brussels, 14 November 2023 –", "MOSCOW (Sputnik - 07th July, 2023)", a date alone
atop the body, "Issued on 23 Mar. 2015", "Published July 07, 2023 | 10:00 AM",
"Press release 10 November 2023 17:30". A date with a weekday atop an advisory
("Tuesday, 25 June 2019") is the day of its events instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers import kinds, placeindex
from parsers.blocks import HEADING, PARAGRAPH, Block
from parsers.dates import DayPart, Mention
from parsers.datewords import STAMP_LABELS_ABROAD
from parsers.documentkinds import RELEASE_KINDS
from parsers.fieldnames import END, START, WHEN, alternatives
from parsers.lang_arabic import ARABIC_LETTERS, HIJRI_MONTHS, NEWS_AGENCIES, western_digits
from parsers.listrows import beside_a_timed_row
from parsers.pairedrows import among_pairs
from parsers.places import find_places
from parsers.schedule import bare, only_when
from parsers.shortstamps import unread_stamp
from parsers.stampclauses import past_stamps
from parsers.viewcount import VIEW_COUNT

# "Brussels, 14 November 2023 –" or a date alone atop the body: when it was published, not an event.
_DATELINE_BEFORE = re.compile(
    # "Brussels, ", "Lausanne – Switzerland, ", "Strasbourg "
    # "New Delhi [India], ": a country in square brackets, as Indian wires write it
    # ("Москва, 5 февраля 2024 г.": a town in Cyrillic)
    r"^\W*(?:[A-ZА-ЯЁ][\w .'’/\[\]-]{0,40}(?:[,–—-]\s*[A-ZА-ЯЁ][\w .'’]{0,30})?(?:[,–—-]\s*|\s+)"  # "VALLETTA/VIENNA, "
    # "MOSCOW (UrduPoint News / Sputnik - ", "OTTAWA, ONTARIO--(Marketwired - "
    # "HANCOCK FIELD AIR NATIONAL GUARD BASE, SYRACUSE, N.Y. (": a base, its town and its state
    r"|[A-Z][A-Z .'’-]{2,40}(?:,\s*[\w .]+){0,2}\s*(?:--?|[–—])?\s*\([^()]{0,60})?$"
    # "TOKYO, JAPAN - Media OutReach - ", "SINGAPORE / ACCESSWIRE / ": a wire service named between dashes or slashes
    r"|[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*(?:[–—-]\s*[A-Z][\w .&]{2,40}?\s*[–—-]"
    r"|/\s*[A-Z][\w .&]{2,40}?\s*/)\s*$"
)
# "Washington, D.C. (March 4, 2019) –": a town as written and the date in brackets; the words must name a place
# ("Public Hearing (March 14, 2031)" heads what it dates, "On Tuesday (21 November)" opens a sentence).
_TOWN_BEFORE_BRACKET = re.compile(r"^\W*(?P<town>[A-Z][\w.'’-]+(?:,?\s[A-Z][\w.'’-]+){0,3})\s*\($")


# "الرياض، 10 يناير 2024": an Arabic town, the Arabic comma (or a dash) after it; "الرياض 25 رجب 1445 هـ الموافق 06
# فبراير 2024 م": or the day on the Hijri calendar, the Gregorian one after it ("الموافق", falling on)
# ("الرياض 25 رجب 1445 هـ واس -": or the town's one or two words alone before the day, as the Saudi agency dates a
# report on the Hijri calendar alone; the agency or a dash after the day closes it)
_ARABIC_TOWN_BEFORE = re.compile(rf"^\W*(?:[{ARABIC_LETTERS}][{ARABIC_LETTERS} ]{{1,30}}"
                                 rf"(?:\s*[،,–—-]|\s+\d{{1,2}}\s+(?:{alternatives(HIJRI_MONTHS)})\s+1[34]\d\d\s*(?:هـ|ه)?)"
                                 rf"|[{ARABIC_LETTERS}]+(?:\s[{ARABIC_LETTERS}]+)?\s)\s*$")


def _opens_dateline(before: str) -> bool:
    """Are the words before a date those a dateline opens with (a place, a wire's agency)?"""
    if _DATELINE_BEFORE.match(before):
        return True
    if _ARABIC_TOWN_BEFORE.match(western_digits(before)):
        return bool(find_places(before))
    town = _TOWN_BEFORE_BRACKET.match(before)
    if town is None:
        return False
    # "Sedona AZ (October 19, 2018) –": a town and its state's postal code with no comma between, read as the
    # "Sedona, AZ" the gazetteer knows
    said = placeindex.with_state_comma(town.group("town")) or town.group("town")
    named = find_places(said)
    return bool(named) and named[0].start == 0
# "... 2023 17:30 –" too, and a wire's "Nov. 2, 2020 /PRNewswire/ --" or "(Reuters) -".
_DATELINE_AFTER = re.compile(
    # "11 Dec, 2023 01:59 PM": a minute no one schedules at (not a multiple of five) is the minute of posting.
    # A minute one schedules at, then a colon, opens a row of a schedule: "18 March 2025, 10:00: Budget committee".
    r"^\s*,?\s*(?:\d{1,2}[:.](?:[0-5][05]\b(?!\s*:)|[0-5][1-46-9]\b)(?!\s*[–—-]\s*\d)|\d{1,2}:\d[1-46-9]\s?[AaPp]\.?[Mm]\b\.?)?"
    # "12 мая 2022, 09:37 (обновлено в 10:09)", "3 May 2022, 09:37 (updated 10:09)": the minute it was updated at,
    # in brackets after the stamp's own
    r"(?:\s*\((?i:обновлено|updated|actualizado|atualizado|aktualisiert|mis\s+à\s+jour|aggiornato)"
    r"(?:\s+(?:в|at|a\s+las|às|um|à))?\s*\d{1,2}[:.]\d\d\s*\))?"
    # "(Reuters) -", "(ESCWA Communications and Information Unit) –": the agency or office that filed it;
    # "[Press Secretary, PMO] –": or in square brackets, as Caribbean government offices write it
    # ("Hermosillo, Sonora, 3 de marzo de 2031.-": a full stop and a dash, as Mexican government releases write it)
    # ("GENEVA, 10 February 2031. The committee ...": or a full stop, the body's first sentence after it)
    # ("GENEVA, Switzerland, March 10, 2031/ -- Since ...": a slash and the wire's dashes, its agency left out, as APO
    # releases print it; "/African Press Organization (APO)/ —": the agency's short name in brackets after its name)
    r"\s*(?:/[\w .-]{2,30}(?:\([A-Z]{2,8}\))?/|/(?=\s*--)|\([\w .-]{2,50}\)|\[[\w .,-]{2,50}\]"
    rf"|{alternatives(NEWS_AGENCIES)}(?!\w))?"
    # ("Strasbourg, 16 March 2012. – ...": a full stop, a space and a dash, as the Council of Europe's releases open)
    r"\s*(?:\.-|\.[ \t][–—-][ \t]|[–—:|)-]|\.(?=\s+[A-ZÀ-Þ«\"“])|$"
    # "1 June 2015, Rome - Next week ...": the date, then the place and a dash; "16 July 2019, New York, NY, USA –
    # ...": the place with its state and country, each after a comma
    r"|(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){1,3}\s*[–—-]\s"
    # "June 29, 2018   CHICO, CA The Chamber ...": the date, then the town in capitals with its state, or a dash.
    r"|\s+[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}(?:,\s*[A-Z][A-Za-z.]{1,5}\s|\s*[–—-]\s)"
    # "7 September 2023 MEDIA ADVISORY": the date of the document its kind names ("29 August 2013 · BACKGROUND
    # RELEASE": after a middle dot too, and a background release or note is such a kind).
    r"|(?:[·•][ \t]*)?(?i:(?:media|press|news|background)\s+(?:advisory|release|statement|note)|statement"
    r"|communiqu[ée]|notice)\s*$"
    # "23/11/2010 MECC 550/10", "12.03.2019 Ref. 45/2019": the date, then the document's reference number alone.
    r"|\s+(?:[A-Z]{2,10}|Ref\.|No\.)\s*\d{1,5}/\d{2,4}\s*$"
    # "12 Aug 2019 • Marion Loddo", "3 May 2026 | By Jane Doe": the date, then its writer's name (a byline), not the
    # name of something held that day ("3 May 2026 • Opening Ceremony")
    r"|[ \t]*[•·|][ \t]*(?:(?:By|by|Par|par|Von|von|Por|por)[ \t]+)?"
    r"(?!(?:[A-Z][\w'’.-]+[ \t]+){0,2}(?:Meeting|Conference|Ceremony|Forum|Summit|Session|Day|Week|Festival"
    r"|Workshop|Seminar|Briefing|Launch|Opening|Assembly|Council|Committee|Exhibition|Concert|Lecture|Webinar)\b)"
    r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){1,2}[ \t]*$)"
)
# "Issued on 23 Mar. 2015", "Published July 07, 2023 | 10:00 AM": when the page was published.
_CHROME = re.compile(
    r"\b(?:issued|published(?:\s+on)?|last\s+updated?|updated(?:\s+on)?|created(?:\s+on)?|last\s+modified|posted(?:\s+on)?|press\s+release"
    r"|printed\s+on|for\s+immediate\s+release|release\s+date|date\s+of\s+issue|media\s+contacts?|last\s+reviewed"
    r"|(?<![^\n])dated"  # "Dated: 03.10.2022" opening its line (not "a letter dated 29 September")
    # "Released on 30 October 2017 at 16:35 EET" opening its line under a bank's release (not "data released on")
    r"|(?<![^\n])released(?:\s+on)?"
    rf"|{STAMP_LABELS_ABROAD}"  # the same in the other languages presscal reads
    # a byline with its author: "Posted by Jo Bloggs on", "Geschrieben von Cooper am", "Publié par la rédaction le"
    r"|(?:(?:posted|written|submitted|published)\s+by|(?:geschrieben|verfasst|gepostet|erstellt)\s+von"
    r"|publi[ée]\s+par|publicado\s+por|escrito\s+por)\s+[\w.'’ -]{1,40}?\s+(?:on|am|le|el))"
    # ("TIME PUBLISHED - Thursday, August 2, 2012, 10:59 am": a dash after the label, as some news sites write it)
    r"(?:\s+on)?\s*(?::|\s[–—-])?\s*$",  # "Last modified on 14 May 2030 at 10:15"
    re.IGNORECASE,
)
# "99年9月27日發布", "2019年3月5日 发布": a full date, at most its clock, then the Chinese word for "published" closing
# the line, as a Taiwanese or Chinese release stamps itself under its number; the label stands after the date where
# an English page puts "Published" before it (not "於9月27日發布新聞稿", a sentence about a release put out). The date
# opens its line: "錄取名單將於2026年3月30日公布" (the list will be published on 30 March) is a sentence closing on what
# is to come.
_PUBLISHED_AFTER = re.compile(r"[ \t\u3000]*(?:\d{1,2}[:：]\d\d[ \t\u3000]*)?"
                              r"(?:發布|發佈|公布|发布|公佈)[ \t\u3000。.]*")
_DATELINE_REACH = 80  # characters: a dateline opens its block
# A word in lower case before the date (but the small words of place names: "Stratford-upon-Avon", "Frankfurt am
# Main", "Port of Spain", "Alphen aan den Rijn", "Boulogne-sur-Mer"): the words name a thing, not where the text was
# written. (A wire's agency in brackets is looked past: "MOSCOW (Sputnik news agency - ".)
_NOT_A_PLACE = re.compile(r"(?<![\w'’-])(?!(?:upon|sur|sous|del|der|des|den|dem|von|van|aan|and|the|les|los|las|bei"
                          r"|unter|ob|on|in|of|am|im|an|la|le|de|du|di|da|do|dos|das|et|y|en|al|el|es|bin|ibn|ul)\b)"
                          r"[a-zа-яё]{2,}")  # ("Dar es Salaam", "Bandar Seri Begawan", "Ras al Khaimah")
# "... - Hartford City Hall" to the line's end: a row's place after its time, where a dateline's story would go on.
_LIST_OPENS = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")  # a colon ending the line: a list follows
_ROW_TAIL = re.compile(r"[ \t]*[–—-][ \t]+[A-Z][\w.'’&-]*(?:[ \t,]+[\w.'’&-]+){0,6}[ \t]*(?:\n|$)")
_LETTERS = re.compile(r"[^\W\d_]+")
_CELL_BETWEEN = re.compile(r"[ \t]*[–—|•-][ \t]*")  # between two cells of a row
_CELL_BEFORE = re.compile(r"[–—|•-][ \t]*$")
# "| Town hall on housing, Central Library": a cell of what (and where) after a row's time; not a byline ("| By ...")
_WHAT_CELL = re.compile(r"[ \t]*[–—|•][ \t]*(?!(?:By|Par|Von|Por)\b)[A-Z][\w.'’&-]*(?:[ \t,]+[\w.'’&-]+){1,12}"
                        r"[ \t]*(?:\n|$)")
_WORDS_AFTER_DATELINE = 4  # words after a dateline's date that make a sentence of their own
_STAMP_LEFTOVER = 3  # characters beside the time on a stamp's second line ("t 17:52")


# "Press Release - Ref. CG-PR006(2012)": the release's kind and its reference number on a line of their own, over the
# dateline ("Strasbourg, 16 March 2012. – ..."): a line of the header, no prose.
_KIND_AND_REFERENCE = re.compile(rf"\W*(?:{alternatives(RELEASE_KINDS)})\s*[|·•–—:-]\s*"
                                 r"(?:Ref\.|No\.|N°)\s*[\w()./-]{2,30}\s*", re.IGNORECASE)


def _kind_and_reference(text: str, mentions: list[Mention]) -> bool:
    """Is the line a release's kind and its reference number, and nothing else?"""
    return not mentions and _KIND_AND_REFERENCE.fullmatch(text) is not None


def dateline_of(text: str, mentions: list[Mention], header: bool) -> dt.date | None:
    """The publication date, if the block gives one.

    Anywhere: "Issued on 23 Mar. 2015", "Published July 07, 2023". Atop the body
    (before its first paragraph, or opening it): a date alone, or after a place,
    "Brussels, 14 November 2023 –", "MOSCOW (Sputnik - 07th July, 2023)".
    """
    if (clock_first := _clock_then_date(text, mentions)) is not None:
        return clock_first
    if not mentions or mentions[0].kind != "day" or mentions[0].first is None or mentions[0].first.year is None:
        return None
    first = mentions[0]
    before = text[: first.start]
    if _CHROME.search(before) or _PUBLISHED_AFTER.fullmatch(text, first.end) is not None \
            and not before[before.rfind("\n") + 1 :].strip():
        return _date_of(first)
    if _BRACKET_OPENS.fullmatch(before) and (slash := _SLASH_TOWN_CLOSES.match(text, first.end)) \
            and (header or slash.group().lstrip().startswith(",")) and _place_alone(slash.group().strip(" \t/,)")):
        # "(24 September 2031/Quezon City) The agency invites ...": a dateline in brackets (not "(29 September
        # 2031/Main Hall) Open house ...": a venue)
        return _date_of(first)
    if header and _news_under_its_day(text, first):
        return _date_of(first)
    if not header or first.start > _DATELINE_REACH or not _opens_dateline(before):
        return None
    if _row_or_list_head(text, mentions):
        return None
    if first.first is not None and first.first.weekday is not None and not _named_weekday_dateline(text, mentions):
        return None  # "Tuesday, 25 June 2019" atop an advisory is the day of its events
    if len(mentions) > 1 and mentions[1].kind == "time" and mentions[1].until is not None:
        return None  # "September 28, 2016 | 10:30 AM – 6:00 PM": an event's day and hours, not a dateline
    if not _DATELINE_AFTER.match(text[first.end :]) and not VIEW_COUNT.match(text[first.end :].strip(" \t·|•–-")):
        return None  # (a page's count of views may follow its date: "2023-02-18 310次")
    closing = _DATELINE_AFTER.match(text[first.end :])
    if closing is not None and closing.group().endswith(".") and not _place_alone(before):
        return None  # ("Done at Kingstown this 2nd day of March 2031. The House meets ...": a formula, no dateline)
    return _date_of(first)


# "(24 September 2031/Quezon City)": the date and, after a slash, the town it was written in, in brackets of their own
# opening the body, as some agencies date their releases.
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
# ("(20.10.2008, LISBON) The latest facts ...": or after a comma, the town in capitals, opening any paragraph)
_SLASH_TOWN_CLOSES = re.compile(r"\s*(?:/\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
                                r"|,\s*[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})\s*\)")


# "Tuesday, March 16, 2021 – The planned tours have been postponed ...": a weekday's full date opening the body, then a
# dash and a sentence telling what has happened, as some news sites open every story: the day of writing (not
# "Tuesday, 25 June 2019 – The committee meets at 10:00", an advisory's day of its events).
_NEWS_AFTER_DASH = re.compile(r"\s*[–—-]\s+[A-Z][^.!?\n]{10,200}?\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?been|was|were)\b")


def _news_under_its_day(text: str, first: Mention) -> bool:
    """Does a weekday's full date open the text, a dash and a sentence of what has happened after it?"""
    return first.first is not None and first.first.weekday is not None and first.first.year is not None \
        and not text[: first.start].strip(" \t*") and _NEWS_AFTER_DASH.match(text, first.end) is not None


def _place_alone(before: str) -> bool:
    """Are the words before a date a place's name and nothing else ("GENEVA, ", "Ottawa, Ontario, ")?"""
    words = before.strip(" ,–—-")
    if not words or len(words.split()) > _PLACE_WORDS:
        return False
    town = words.split(",", 1)[0]
    return town.isupper() and not any(ch.isdigit() for ch in town) \
        or any(sum(p.end - p.start for p in find_places(form)) >= _PLACE_SHARE * len(words)
               for form in (words, words.title()))


_PLACE_SHARE = 0.8  # of the words before a date closed by a full stop, the share a place's name fills
_PLACE_WORDS = 6  # "GENEVA, Switzerland", "Port of Spain, Trinidad and Tobago": a dateline's place is short


_CLOCK_TO_DATE = re.compile(r"\s*(?:,|on|of)?\s*", re.IGNORECASE)


def _clock_then_date(text: str, mentions: list[Mention]) -> dt.date | None:
    """"Issued at 14:30 on 30 September 2022", "Last updated: 09:12, 3 March 2023": a stamp that gives its minute
    before its date, the label opening its line ("the decision will be posted at 14:30 on ..." says what is to come)."""
    if len(mentions) < 2 or mentions[0].kind != "time" or mentions[0].until is not None:
        return None
    day = mentions[1]
    if day.kind != "day" or day.first is None or day.first.year is None \
            or not _CLOCK_TO_DATE.fullmatch(text, mentions[0].end, day.start):
        return None
    label = _CHROME.search(text, 0, mentions[0].start)
    if label is None or _LETTERS.search(text, 0, label.start()):
        return None
    return _date_of(day)


# "INFORMATICA" / a standfirst / "24/09/2020" / "24/09/2020 – I progettisti ...": the stamp restated as the body's
# dateline a few blocks down, past a standfirst that ends the header.
_STAMP_AGAIN_BLOCKS = 6
# "Beginn:", "End:", "Date:" alone on a line: a card's field name standing over its value, the line under it
_BARE_WHEN_FIELD = re.compile(rf"^\W*(?:{alternatives(WHEN + START + END)})\s*:\s*$", re.IGNORECASE)


def _stamp_again(text: str, mentions: list[Mention], header: bool, published: dt.date | None) -> dt.date | None:
    """"Publication Date: January 27, 2026 - 14:57" over "January 27, 2026": the body's own stamp repeats the date
    the page gave; standing where a dateline stands, it is that stamp again, not an event."""
    if not header or published is None:
        return None
    return published if dateline_of(text, mentions, True) == published else None


def _named_weekday_dateline(text: str, mentions: list[Mention]) -> bool:
    """"Parliament, Friday, 29 November 2024 – On Monday, 2 December 2024, ...": a weekday's date after a name and
    before a dash, when the sentence it opens names another day, is the day of writing, not of the events."""
    first = mentions[0]
    named = _LETTERS.search(text, 0, first.start) is not None
    dashed = re.match(r"\s*[–—-]\s", text[first.end :]) is not None
    return named and dashed and any(m.kind == "day" and m.first is not None for m in mentions[1:])


def _date_of(mention: Mention) -> dt.date | None:
    part = mention.first
    if part is None or part.year is None:
        return None
    try:
        return dt.date(part.year, part.month, part.day)
    except ValueError:
        return None


# "Tokyo, Aug. 30 (Jiji Press)--", "NEW YORK, May 3 (Reuters) -", "Delhi, Jan 4 (PTI):": a wire's dateline, with or
# without a year.
_CLOSES = re.compile(r"^\s*,?\s*(?:\d{4}\s*)?\)")
# ("Buenos Aires, 24 de enero (EFE).-": a full stop before the dash, as Spanish wires write it)
# "MOSCOW, January 28. /TASS/.": the agency between slashes, after and before a full stop; "Bishkek, March 4, 2021
# / Kabar /.": spaced inside its slashes, the full stop before them left out.
# (An agency's name opens in capitals: "(IANS):", not "(morning):", a part of the day after a programme's date.)
_WIRE_AFTER = re.compile(r"^\s*,?\s*(?:\d{4}\s*)?(?:\((?=[A-Z])[\w .&/-]{2,30}\)\s*\.?[-–—:]|/[\w .&-]{2,30}/\s*[-–—:]"
                         # "Hyderabad, Dec 12 (PTI) Defence Minister ...": an agency's initials, then the story's
                         # first word, with no dash between them
                         r"|\([A-Z]{2,6}\)[ \t]+(?=[A-Z][a-z])"
                         # "GANGTOK, 26 Nov [IPR]:": an Indian state's information department in square brackets,
                         # its initials in capitals ("5 May [Room 2]:" is a room)
                         r"|\[[A-Z][A-Z&/.-]{1,11}\]\s*[-–—:]"
                         r"|\.?\s*/\s?[A-Z][\w .&-]{1,29}/\s*[-–—:.])")


# The Chinese wire's word after its dateline's day: "电" (dispatch), "讯" (report)
_DISPATCH = frozenset("电電讯訊")
_CLAUSE_MARK = re.compile(r"[。，、,.!?！？：:]")
# A Chinese-language paper's byline in lenticular or full-width round brackets, its day inside:
# "【2015.10.16 台北報導】", "【2015.10.16/記者李四台北報導】", "（中央社記者吳欣紜台北31日電）": the bracket
# opens the block (a source or reporter may stand before the day), and closes with "report" (報導, 报道) or
# "dispatch" (電, 电, 訊, 讯) after the town.
_REPORT_BRACKET_OPEN = re.compile(r"^\s*[【（(〔][^】）)〕。，,\n]{0,30}$")
_REPORT_BRACKET_CLOSE = re.compile(r"[^】）)〕。，,\n]{0,30}?(?:報導|报道|報道|電|电|訊|讯)[】）)〕]")


def wire_dateline(text: str, mentions: list[Mention]) -> bool:
    """Does the block open with a news agency's dateline? Its date says when the story was filed."""
    if not mentions or mentions[0].kind != "day" or mentions[0].start > _DATELINE_REACH:
        return False
    before, after = text[: mentions[0].start], text[mentions[0].end :]
    if after[:1] in _DISPATCH and _CLAUSE_MARK.search(before) is None:
        return True  # "新华社北京8月6日电": the agency, its town and the day, then "dispatch", as Chinese wires open
    if _REPORT_BRACKET_OPEN.search(before) and _REPORT_BRACKET_CLOSE.match(after):
        return True  # "【2015.10.16 台北報導】", "（中央社記者台北31日電）": a Chinese paper's byline in its brackets
    if not _opens_dateline(before):
        return False
    if not before.strip(" \t([") and mentions[0].first is not None and mentions[0].first.weekday is not None:
        return False  # "Thursday 6 October (TBC): ...": a programme's day, its weekday given; a wire names its town
    # "MOSCOW (UrduPoint News / Sputnik - 06th June, 2020) OPEC's ...": the date inside the agency's brackets
    closes = mentions[0].text.endswith(")") or _CLOSES.match(after)
    return bool(_WIRE_AFTER.match(after) or before.count("(") > before.count(")") and closes)


def wire_day(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> DayPart | None:
    """The day of a wire's dateline without a year opening the item ("Kuala Lumpur, Nov 9 (IANS):"): the day
    the story was filed, which its "today" and "on Friday" count from once its year is known."""
    for block in blocks:
        mentions = mentions_of[block.number]
        if mentions:
            first = mentions[0].first
            # ("NAIROBI, Kenya, Jul 9 – ...", "Lucknow, December 30: ...": a placed dateline dates the story alike)
            return first if first is not None and first.year is None and (
                wire_dateline(block.text, mentions) or placed_dateline(block.text, mentions, None)) else None
    return None


# "PARIS, April 8 —", "Lucknow, December 30:", and the place after the day: "1 June 2015, Rome - "
_DASH_AFTER = re.compile(r"^\s*(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s*)?[–—:-]")
_DATELINE_DAYS = 3  # a dateline's date is the publication day or shortly before it


def _row_or_list_head(text: str, mentions: list[Mention]) -> bool:
    """"Budget town hall - March 10, 2026 6:00 PM EDT - City Hall": a row's what, when and where; "Programme of the
    Prime Minister for 12.03.2026:" over the rows of that day: the day of a list. Words in lower case before the
    date name a thing, not the place a text was written in."""
    if _clock_closes_row(text, mentions):
        return True
    before = text[: mentions[0].start].split("(", 1)[0].split("[", 1)[0]
    if _NOT_A_PLACE.search(before) is None:
        return _timed_cell(text, mentions)
    return _ROW_TAIL.match(text, mentions[-1].end) is not None or _LIST_OPENS.match(text, mentions[-1].end) is not None


# "Regular Council Meeting November 19, 2025 - 5:00 PM" closing its line, or followed by a few cells of a row
# ("00h 20m", "Agenda Video"): a dash, then a clock, then no words of a story (a lower-case word of three letters).
_DASH_TO_CLOCK = re.compile(r"[ \t]*[–—-][ \t]*")
_ROW_REST = re.compile(r"[ \t]*(?:(?![a-z]{3})[\w.:/|•–—-]+[ \t]*){0,4}(?:\n|$)")


def _clock_closes_row(text: str, mentions: list[Mention]) -> bool:
    """"Regular Council Meeting November 19, 2025 - 5:00 PM": a meeting's name, its day, a dash and a clock one
    schedules at (a multiple of five minutes) closing the line (or before a few cells) is a row of a list of
    meetings, as a body's archive lists them, not a dateline, whose dash opens the story ("WASHINGTON, Nov. 19,
    2025 - The council ..."). Before the day, the words name no place alone ("GENEVA, 10 May 2030 - 17:30": a
    place's stamp and its hour)."""
    if len(mentions) < 2 or mentions[1].kind != "time" or mentions[1].time is None \
            or mentions[1].time.minute % 5 or (dash := _DASH_TO_CLOCK.match(text, mentions[0].end)) is None \
            or dash.end() != mentions[1].start or _ROW_REST.match(text, mentions[1].end) is None:
        return False
    before = text[: mentions[0].start]
    return bool(before.strip()) and not _place_alone(before)


def _timed_cell(text: str, mentions: list[Mention]) -> bool:
    """"Agenda – Planning Commission – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor": a date in a cell of its own,
    its clock time in the next and a place after them is a row of what, when and where, whatever the words before.
    "Jan. 10, 2024 | 10 a.m. | Town hall on housing, Central Library": the row may open with its date, what and
    where in the cell after its time (a stamp's minute is when a page was posted: no row's)."""
    if len(mentions) != 2 or mentions[1].kind != "time" \
            or _CELL_BETWEEN.fullmatch(text, mentions[0].end, mentions[1].start) is None:
        return False
    if not text[: mentions[0].start].strip():
        clock = mentions[1].time
        return clock is not None and clock.minute % 5 == 0 and _WHAT_CELL.match(text, mentions[1].end) is not None
    return _CELL_BEFORE.search(text, 0, mentions[0].start) is not None \
        and _ROW_TAIL.match(text, mentions[1].end) is not None


# "Bonn, 29 November 1999 The subsidiary bodies meet ...": a dateline whose dash was lost, the story's first sentence
# straight after the year (a capitalised word, then words in lower case: prose, not a row's "Council Meeting").
_STORY_AFTER_YEAR = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[a-z]+){2}")


def _story_straight_after(text: str, day: Mention) -> bool:
    """Do a town alone and a full date with its year run straight into the story's first sentence, with no dash?"""
    return day.first is not None and day.first.year is not None and day.first.weekday is None \
        and _place_alone(text[: day.start]) and _STORY_AFTER_YEAR.match(text, day.end) is not None


def placed_dateline(text: str, mentions: list[Mention], published: dt.date | None) -> bool:
    """"PARIS, April 8 — The ...": a place and a day opening the body, the year left out, dated as the
    page is; the day the story was filed, not an event. With no publication date known, the place, the day
    and the dash opening the body are the dateline itself ("NAIROBI, Kenya, Jul 9 – Members ...")."""
    if not mentions or mentions[0].kind != "day" or mentions[0].first is None or mentions[0].start > _DATELINE_REACH:
        return False
    part = mentions[0].first
    if not (_opens_dateline(text[: mentions[0].start])
            and (_DASH_AFTER.match(text[mentions[0].end :]) or _story_straight_after(text, mentions[0]))) \
            or _row_or_list_head(text, mentions):
        return False
    if published is None:
        return part.weekday is None and _LETTERS.match(text) is not None  # a place opens it, not a weekday
    try:
        day = dt.date(part.year or published.year, part.month, part.day)
    except ValueError:
        return False
    return 0 <= (published - day).days <= _DATELINE_DAYS


def _dates_what_follows(text: str, mentions: list[Mention], published: dt.date | None) -> bool:
    """"Paris, September 25 – ... held from September 29 to October 17": past the first paragraphs, a place, a
    day and a dash opening a block still date the text when the block goes on to later days."""
    if len(mentions) < 2 or not _later_day(mentions):
        return False
    if published is not None:
        return placed_dateline(text, mentions, published)
    first = mentions[0]
    return (first.kind == "day" and first.first is not None and first.first.weekday is None
            and first.start <= _DATELINE_REACH and _opens_dateline(text[: first.start])
            and _DASH_AFTER.match(text[first.end :]) is not None)


def _later_day(mentions: list[Mention]) -> bool:
    first = mentions[0].first
    if first is None:
        return False
    for later in (m.first for m in mentions[1:] if m.kind in ("day", "span")):
        if later is None:
            continue
        years = (later.year, first.year) if later.year and first.year else (0, 0)  # a year left out: the same
        if (years[0], later.month, later.day) > (years[1], first.month, first.day):
            return True
    return False


_BYLINE_WORDS = 3  # words beside a posting line's date and minute: an agency or a byline ("(Xinhua)")


_ROW_WORDS = 2  # words after a row's day and time: what happens then


def _dated_row(block: Block, mentions: list[Mention]) -> bool:
    """A list line that opens with a day, then its clock time, then what happens ("28/05/2019 - 12:00 Introduction to
    functional programming 78-420")."""
    return block.kind != PARAGRAPH and len(mentions) >= 2 and mentions[0].kind == "day" \
        and mentions[1].kind == "time" and not block.text[: mentions[0].start].strip(" \t-–—•*·") \
        and not _LETTERS.search(block.text, mentions[0].end, mentions[1].start) \
        and len(_LETTERS.findall(block.text[mentions[1].end :])) >= _ROW_WORDS


def _opens_a_row(block: Block, mentions: list[Mention]) -> bool:
    """"8:00 a.m. – Breakfast briefing": a line that opens with its clock time, under a date alone that heads the rows
    of that day (the day of its events, not of publication)."""
    return block.kind != PARAGRAPH and bool(mentions) and mentions[0].kind == "time" \
        and not block.text[: mentions[0].start].strip(" \t-–—•*·")


def _posting_line(text: str, mentions: list[Mention]) -> dt.date | None:
    """The day of a line that is only a date, a minute no one schedules at and a byline at most: "(Xinhua) 16:09,
    October 17, 2024", "June 28, 2018 / 3:54 AM". Events are set at round minutes; a text is posted at any."""
    if len(mentions) != 2 or {m.kind for m in mentions} != {"day", "time"}:
        return None
    day, clock = sorted(mentions, key=lambda m: m.kind)
    if clock.time is None or clock.until is not None or clock.time.minute % 5 == 0 or day.first is None \
            or day.first.weekday is not None:
        return None
    if len(_LETTERS.findall(text.replace(day.text, " ").replace(clock.text, " "))) > _BYLINE_WORDS:
        return None
    return _date_of(day)


# "Jane Roe | Sunday, 29 March, 2015 at 15:50": a writer's name, a bar, then the day and minute the story was posted
_BYLINE_BAR = re.compile(r"[ \t]*(?P<name>[^\W\d_][^|\d\n]{0,40}?)[ \t]*\|[ \t]*")


# "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", "12 March 2031 | Author: Jane Roe": a full date,
# then a dash or bar and its writer, named by a label and a colon ("Redaktion:", "Autor:", "Rédaction :") or by "By",
# "Von", "Par", "Por" and a capitalised name: the story's byline, however far its day lies from the page's own date.
_WRITER_AFTER = re.compile(
    r"[ \t]*[–—|•·-][ \t]*(?:(?i:redaktion|autor(?:in)?|verfasser(?:in)?|text|author|written\s+by|editor|reporter"
    r"|r[ée]daction|auteur|auteure|redacci[óo]n|redazione|autore|redactie)[ \t]*:|(?:By|Von|Par|Por|Door)(?=[ \t]))"
    r"[ \t]*(?P<name>[A-ZÀ-Þ][^\n]{1,80}?)[ \t]*"
)


def _date_and_writer(text: str, mentions: list[Mention]) -> dt.date | None:
    """The day of a byline line atop an item: a full date alone before a dash or bar, then its writer ("05.02.2020 -
    Redaktion: Eberhard Fuhr (Pressesprecher des EJW)"); a line naming a kind of event after its date stays."""
    if len(mentions) != 1 or mentions[0].kind != "day" or text[: mentions[0].start].strip(" \t*·•"):
        return None
    writer = _WRITER_AFTER.fullmatch(text, mentions[0].end)
    if writer is None or len(_LETTERS.findall(writer.group("name"))) > _WRITER_WORDS \
            or kinds.classify(writer.group("name")) != kinds.EVENT:
        return None
    return _date_of(mentions[0])


_WRITER_WORDS = 8  # a writer's name and, in brackets, their post ("Eberhard Fuhr (Pressesprecher des EJW)")


def _byline_and_minute(text: str, mentions: list[Mention]) -> dt.date | None:
    """The day of a byline line atop an item: a name of a few words that names no kind of event, a bar, and a full
    date with its minute, nothing after (at any minute: the bar and the name say it is the writer's stamp)."""
    if len(mentions) != 2 or [m.kind for m in mentions] != ["day", "time"] or _LETTERS.search(text, mentions[1].end):
        return None
    bar = _BYLINE_BAR.fullmatch(text, 0, mentions[0].start)
    if bar is None or len(_LETTERS.findall(bar.group("name"))) > _BYLINE_WORDS \
            or kinds.classify(bar.group("name")) != kinds.EVENT:
        return None
    return _date_of(mentions[0])


# "No: 316, 16 October 2022, Press Release: ...", "12 May 2024 – Press Statement on ...": a release's header, its
# number at most before its date and the kind of document right after; the day it was issued, no event.
_RELEASE_NUMBER = re.compile(r"\W*(?:(?:No|Nr|N°|Nº)\s*[.:]?\s*\d+[\w/-]*\s*[,–—-]?\s*)?", re.IGNORECASE)
_RELEASE_KIND = re.compile(rf"\s*[,–—:-]?\s*(?:{alternatives(RELEASE_KINDS)})\b", re.IGNORECASE)


def _release_header(text: str, mentions: list[Mention]) -> dt.date | None:
    """The day of a release's header line: "No: 316, 16 October 2022, Press Release: ...", a full date between its
    number and the kind of document."""
    if not mentions or mentions[0].kind != "day" or mentions[0].first is None or mentions[0].first.year is None \
            or any(m.kind == "time" for m in mentions):
        return None
    day = mentions[0]
    if _RELEASE_NUMBER.fullmatch(text, 0, day.start) is None or _RELEASE_KIND.match(text, day.end) is None:
        return None
    return _date_of(day)


def _unread(text: str, mentions: list[Mention], numeric_order: str, first_line: bool,
            year_first: bool) -> dt.date | None:
    """A stamp line whose date the grammar left unread ("Published 14/03/19", "09/11/05" opening the item); an event
    notice's "Date: 28/05/2021", read as a day, is the event's."""
    return None if any(m.kind in ("day", "span") for m in mentions) \
        else unread_stamp(text, numeric_order, first_line, year_first)


_STAMP = re.compile(r"\b(?:printed|updated|created|modified|posted|generated)\b", re.IGNORECASE)
_UPDATE = re.compile(r"\b(?:updated|modified|revised|aktualisiert|mis\s+à\s+jour|actualizado|atualizado|aggiornato)\b",
                     re.IGNORECASE)


def updates_only(blocks: list[Block], datelines: set[int]) -> bool:
    """Are the item's datelines all a page's update stamps ("Last updated on September 11th, 2021")? They tell when the
    page last changed, not when its story was written."""
    texts = [b.text for b in blocks if b.number in datelines]
    return bool(texts) and all(_UPDATE.search(text) for text in texts)


def is_stamp(text: str) -> bool:
    """A page stamp ("Printed on 27/10/2009"), whose time may follow on the next line ("t 17:52")."""
    return bool(_STAMP.search(text))


def tells_a_revision(text: str) -> bool:
    """Does the line say when the page was made or last changed ("This calendar was last revised 19-October-2021")?"""
    return bool(_STAMP.search(text) or _UPDATE.search(text))


def read_datelines(blocks: list[Block], mentions_of: dict[int, list[Mention]],
                   published: dt.date | None, numeric_order: str = "",
                   year_first: bool = False) -> tuple[dt.date | None, set[int]]:
    """The publication date, taken from the blocks that give it; their dates are no events (removed in place).
    `year_first`: the item writes a date of two-digit year year first ("11.08.22" atop a notice in Korean).

    Returns the date and the blocks that are datelines (their places are where the text was written).
    """
    given = published  # the feed's or page's own date stands over any in the text
    header = True  # up to the first paragraph of prose: where datelines stand
    found: set[int] = set()
    stamps: set[int] = set()
    under_time = False
    for at, block in enumerate(blocks):
        mentions = mentions_of[block.number]
        if under_time:
            # "10:00 - 10:15 a.m." / "Tuesday, July 3, 2018": a day under a time alone on its line is the time's.
            under_time = False
            header = header and block.kind != PARAGRAPH
            continue
        under_time = bool(mentions) and all(m.kind == "time" for m in mentions) and only_when(block.text, mentions)
        heads_rows = at + 1 < len(blocks) and _opens_a_row(blocks[at + 1], mentions_of[blocks[at + 1].number])
        if mentions and mentions[0].kind == "day" \
                and beside_a_timed_row(block, mentions[0], blocks[max(0, at - 1) : at + 2]):
            pass  # "Board of Trustees   7/28/2031" beside rows of the same name with their times: a row, no dateline
        elif _dated_row(block, mentions) and any(
                other.chunk == block.chunk and _dated_row(other, mentions_of[other.number])
                for other in blocks[max(0, at - 1) : at + 2] if other is not block):
            pass  # "28/05/2019 - 12:00 Functional programming" over "29/05/2019 - 13:00 ...": a table's rows, no stamp
        elif at and _BARE_WHEN_FIELD.match(blocks[at - 1].text):
            pass  # "End:" over "9 March 2028, 15:30": a card's end, no stamp of the item
        elif mentions and mentions[0].kind == "day" and "(" in block.text \
                and among_pairs(block.text, block.chunk, [(b.text, b.chunk) for b in blocks[max(0, at - 1) : at + 2]]):
            pass  # "Gabon (17 Feb)" over "Azerbaijan (18 Feb)": rows of a list, no town's dateline
        elif (dateline := dateline_of(block.text, mentions, header and published is None and not heads_rows)
                or _stamp_again(block.text, mentions, header or at < _STAMP_AGAIN_BLOCKS, published)) is not None:
            published = published or dateline
            if given is None and dateline is not None and dateline > published and _UPDATE.search(block.text):
                # "First published 3 May 2019" / "Last updated 14 November 2023": the text's days without a year
                # are of the item as it now stands
                published = dateline
            # "Issued on 23 Mar. 2015 | Last updated: 23 Mar. 2015 17:44": none of it is an event.
            # "Strasbourg 10.11.2005 - Ministers meet on ...": the words after the dateline go on.
            dated = mentions[1:] if mentions[0].kind == "time" else mentions  # (the stamp's minute before its date)
            goes_on = len(_LETTERS.findall(block.text[dated[0].end :])) >= _WORDS_AFTER_DATELINE
            mentions_of[block.number] = past_stamps(block.text, dated) if goes_on else []
            found.add(block.number)
            if is_stamp(block.text):
                stamps.add(block.number)
        elif (posted := _posting_line(block.text, mentions)
              or _unread(block.text, mentions, numeric_order, at == 0, year_first)
              or (_byline_and_minute(block.text, mentions) if header else None)
              or (_date_and_writer(block.text, mentions) if header else None)
              or (_release_header(block.text, mentions) if header else None)) is not None:
            published = published or posted
            mentions_of[block.number] = []
            found.add(block.number)
        elif (wire := wire_dateline(block.text, mentions)) or (
                header and placed_dateline(block.text, mentions, published)):
            if wire:
                published = published or _date_of(mentions[0])  # "(Sputnik - 06th June, 2020)": filed that day
            mentions_of[block.number] = mentions[1:]
            found.add(block.number)
        elif at and _entry_stamp(block, mentions, blocks[at - 1], blocks[at + 1 : at + 2]):
            mentions_of[block.number] = []  # "1. Title" / "20 November 2014, Bangkok, Thailand" / summary: its stamp
        elif _dates_what_follows(block.text, mentions, published):
            published = published or _date_of(mentions[0])
            mentions_of[block.number] = mentions[1:]
            found.add(block.number)
        elif block.number - 1 in stamps and mentions and all(m.kind == "time" for m in mentions) \
                and len(bare(block.text, mentions).strip()) <= _STAMP_LEFTOVER:
            mentions_of[block.number] = []  # "Printed on 27/10/2009" / "t 17:52": the stamp's time
        header = header and (block.kind != PARAGRAPH or _kind_and_reference(block.text, mentions))
    if published is None and (closing := _closing_dateline(blocks, mentions_of, found)) is not None:
        published = _date_of(mentions_of[blocks[-1].number][0])
        mentions_of[closing] = []
        found.add(closing)
    return published, found


# A list of releases: a numbered title, then the release's date (its town and country after it, or a comma alone),
# then its summary: "1. Social protection: ..." / "20 November 2014, Bangkok, Thailand" / "Governments' ..."
_NUMBERED_TITLE = re.compile(r"\d{1,3}\.[ \t]+[^\W\d]")
_PLACES_AFTER = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}){0,3}[ \t]*,?[ \t]*")


def _entry_stamp(block: Block, mentions: list[Mention], above: Block, below: list[Block]) -> bool:
    """Is the block the date line of an entry of a list of releases, between its numbered title and its summary?"""
    return len(mentions) == 1 and mentions[0].kind == "day" and mentions[0].start == 0 \
        and mentions[0].first is not None and mentions[0].first.year is not None \
        and above.chunk == block.chunk and _NUMBERED_TITLE.match(above.text) is not None \
        and bool(below) and below[0].chunk == block.chunk and not _NUMBERED_TITLE.match(below[0].text) \
        and _PLACES_AFTER.fullmatch(block.text, mentions[0].end) is not None


# ("Issued by Parliament of the Republic of South Africa, 10 June 2025": the body that issued it, then the day)
_FOOT_STAMP = re.compile(r"\s*(?:released|issued|published|posted|dated|(?:date\s+of\s+)?(?:issue|release|publication)"
                         r"(?:\s+date)?)(?:\s+on|\s+by\s*:?\s+[^,\n]{2,90},)?\s*:?\s*", re.IGNORECASE)
_FOOT_TOWN = re.compile(r"\s*(?P<town>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})\s*,\s*")  # "Dhaka, "
_DAYS_IN_WORDS = frozenset({"weekday", "weekdays", "relative", "published", "time"})


def _prose(block: Block, mentions_of: dict[int, list[Mention]]) -> bool:
    """Does the block say more than its days ("The spokesperson will brief ..."), not a row of a list of days?"""
    return len(_LETTERS.findall(bare(block.text, mentions_of[block.number]))) >= _WORDS_AFTER_DATELINE


def _closing_dateline(blocks: list[Block], mentions_of: dict[int, list[Mention]], found: set[int]) -> int | None:
    """The last block, when it is the item's dateline, its town and date alone under prose ("Dhaka, 16 November
    2024"), and the item names days that it dates (in words, "on Monday at 10 am", or without a year, "on 12 May");
    no dateline stood above. Not a list's last row ("May 25, 2031" under other days), nor an event's name and day
    ("Annual General Meeting, 30 November 2024")."""
    if len(blocks) < 2 or found or blocks[-2].kind != PARAGRAPH:
        return None
    last = blocks[-1]
    mentions = mentions_of[last.number]
    if len(mentions) == 1 and mentions[0].kind == "day" and not last.text[mentions[0].end :].strip(" .") \
            and (_FOOT_STAMP.fullmatch(last.text, 0, mentions[0].start)
                 or not last.text[: mentions[0].start].strip() and mentions[0].first is not None
                 and mentions[0].first.year is not None and _prose(blocks[-2], mentions_of)):
        # "Released May 20, 2024", "Issued: 5.12.2023", or the full date alone ("3 June 2026") closing the item: its
        # day of issue, as a town's dateline is
        return last.number if _needs_its_day(blocks, mentions_of) else None
    town = _FOOT_TOWN.fullmatch(last.text, 0, mentions[0].start) if len(mentions) == 1 else None
    # (its weekday too, "New York, Wednesday, 18 March 2026": at the foot of prose no advisory's day of events)
    day = mentions[0]._replace(first=dataclasses.replace(mentions[0].first, weekday=None)) \
        if len(mentions) == 1 and mentions[0].first is not None else None
    if town is None or day is None or last.kind == HEADING or last.text[mentions[0].end :].strip(" .") \
            or not any(m.start == 0 and m.end == len(town.group("town")) for m in find_places(town.group("town"))) \
            or dateline_of(last.text, [day], True) is None:
        return None
    return last.number if _needs_its_day(blocks, mentions_of) else None


def _needs_its_day(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> bool:
    """Does the item above its last line name days that only the item's own date settles: days in words ("on Monday
    at 10 am") or dates without a year ("from 4 to 22 May")?"""
    return any(m.kind in _DAYS_IN_WORDS or m.first is not None and m.first.year is None
               for b in blocks[:-1] for m in mentions_of[b.number])


_POSTS = 2  # dated posts a page must hold for its date lines to be the posts' own
_PROSE_WORDS = 8  # words of a sentence of a post's own text
_PROSE_END = re.compile(r"[.!?][\"”’)]*\s*$")


def post_dates(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> dict[int, dt.date]:
    """The date lines of a page of posts, each over its post's title and its text: "Monday, March 2, 2026" / "Spring
    clean-up" / paragraphs, then "Thursday, January 15, 2026" / "Winter bird count" / paragraphs further down, newest
    first, as a blog's front page heads each post. Each dates its post's words, as an item's dateline does; none is
    an event. Two at least, their days falling down the page (a list of events under their days runs the other way),
    each post told in sentences (a newsroom's list of press conferences, "06 Dec 2023" / "OHCHR Press Conference" /
    "Volker Türk, High Commissioner", names its speakers only: its days are the conferences')."""
    lines = [at for at, block in enumerate(blocks[:-1]) if _post_date_line(block, blocks[at + 1], mentions_of)]
    if len(lines) < _POSTS:
        return {}
    found: dict[int, dt.date] = {}
    for at, end in zip(lines, [*lines[1:], len(blocks)], strict=True):
        day = _date_of(mentions_of[blocks[at].number][0])
        if day is None or (found and day >= list(found.values())[-1]) or not any(
                _told_in_sentences(block.text) for block in blocks[at + 2 : end]):
            return {}
        found[blocks[at].number] = day
    return found


def _post_date_line(block: Block, below: Block, mentions_of: dict[int, list[Mention]]) -> bool:
    """A line of only a full date over a heading with no date: a post's date over its title."""
    mentions = mentions_of[block.number]
    return len(mentions) == 1 and mentions[0].kind == "day" and only_when(block.text, mentions) \
        and below.kind == HEADING and not mentions_of[below.number]


def _told_in_sentences(text: str) -> bool:
    """A sentence of some words, ended with its stop."""
    return len(text.split()) >= _PROSE_WORDS and _PROSE_END.search(text) is not None
