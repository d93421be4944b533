"""How an item's numeric dates run ("03/10/2026", "03.10.2026": 3 October or March 10), and why, for the events'
descriptions. Pure.

A date of the item that reads one way only tells; else the source's configuration; else Japanese or Chinese, which
put the month first; else the reading that puts them near the item's own day; else the country the item is of (its
organisation, title, dateline, or the one country of the towns it names); else its language. A dotted or dashed
date ("17.12.2024", "24-04-2019") runs day first, as the form does, but in an item without slashes of a month-first
country, written in English, none of whose dotted dates reads day first only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

from model import Article
from parsers import yearclues
from parsers.area import dateline_place
from parsers.dates import Mention
from parsers.findings import Finding
from parsers.placeindex import Place
from parsers.places import best_place, find_places

_DATELINE_LENGTH = 60  # characters of a body's first line that may be a dateline ("Brussels, 12/03/2019")
# A numeric date as an event gives it, with its year or (slashed) without: "3/10", "03.10.2026", "3-10-26".
_NUMERIC = re.compile(r"(?<![\w./-])([01]?\d)(?:/([01]?\d)(?:/(?:\d{4}|\d\d))?|([.-])([01]?\d)\3(?:\d{4}|\d\d))"
                      r"(?![\w/-]|\.\d)")
_FULL_DOTTED = re.compile(r"[0-3]?\d([.-])[0-3]?\d\1(?:19|20)\d\d")  # a mention that is only "03.10.2026"
_ORDER_WORDS = {"mdy": "month", "dmy": "day"}


class Order(NamedTuple):
    order: str  # "mdy", "dmy" or "" (nothing tells)
    why: str  # why, when presscal decided it ("" when configured or undecided)


def order_of(article: Article, configured: str = "") -> Order:
    """How the article's slashed dates run, and why (a date of its own that reads one way only tells, whatever
    the configuration says; else `configured`; else the item's day, country or language). An item without a
    slash is `configured` here; its dotted dates are weighed once read (`dotted_order`)."""
    if "/" not in article.body:
        return Order(configured, "")
    text = f"{article.title}\n{article.body}"
    told = yearclues.one_way_date(text)
    if told is not None:
        return Order(told[0], f"the item's {told[1]} reads only so")
    if configured:
        return Order(configured, "")
    # "会議は6/3 10:00から": Japanese and Chinese write the month first (2026/06/03, 6/3), wherever the item is from.
    if _written_in_cjk(text):
        return Order("mdy", "the item is written in Japanese or Chinese, which put the month first")
    # "Issued 2 February 2026" over rows of "10/02/2026": the reading near the item's own day (not October's).
    if near := yearclues.order_near_its_day(text, article.published):
        return Order(near, "that reading puts the item's numeric dates near its own day")
    home = _home(article)
    if home is not None:
        return _of_country(home)
    # "Publié le 02/05/2016" of a town hall whose name says no country: French writes the day first.
    if yearclues.writes_day_first(text):
        return Order("dmy", "the item is written in a language that puts the day first")
    return Order("", "")


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # kana and Han
_LATIN = re.compile(r"[A-Za-z]")


def _written_in_cjk(text: str) -> bool:
    """Is the item written in Japanese or Chinese: more kana and Han characters than Latin letters?"""
    return _CJK.search(text) is not None and len(_CJK.findall(text)) > len(_LATIN.findall(text))


_YEAR_FIRST_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")  # kana, Han and Hangul


def short_dates_year_first(article: Article) -> bool:
    """Does the item write a date of two-digit year, month and day year first ("11.08.22" atop a notice in Korean:
    22 August 2011)? Korean, Japanese and Chinese do, as they write the full date ("2011.08.22"): an item with more
    Hangul, kana and Han characters than Latin letters."""
    text = f"{article.title}\n{article.body}"
    return _YEAR_FIRST_SCRIPT.search(text) is not None \
        and len(_YEAR_FIRST_SCRIPT.findall(text)) > len(_LATIN.findall(text))


def dotted_order(article: Article, mentions: Iterable[Mention], read: Order) -> Order | None:
    """"Agenda – Planning Commission – 03.10.2026 – 7:00 PM – Civic Center, Ann Arbor": the dotted or dashed dates of
    an item without slashes, read day first as the form runs (`mentions`), run month first in an item of a
    month-first country written in English, unless one of them reads day first only ("17.12.2024"). The order to
    read them again in, or None to keep them as read."""
    if read.order or "/" in article.body:
        return None
    dotted = [m for m in mentions if m.kind == "day" and m.first is not None and m.first.year is not None
              and _FULL_DOTTED.fullmatch(m.text)]
    if not dotted or any(m.first is not None and m.first.day > 12 for m in dotted):
        return None
    home = _home(article)
    if home is None or home.country not in yearclues.MONTH_FIRST \
            or yearclues.writes_day_first(f"{article.title}\n{article.body}"):
        return None
    return _of_country(home)


def _home(article: Article) -> Place | None:
    """The place the item is of: its organisation's, its title's or its dateline's, else that of the one country of
    the towns it names ("Location: Clovis City Hall, Clovis, California" under "03/10/2026 6:00 PM")."""
    opening = article.body.lstrip().split("\n", 1)[0]
    home = best_place(find_places(article.org)) or best_place(find_places(article.title)) or (
        best_place(find_places(opening)) if len(opening) <= _DATELINE_LENGTH else None)
    if home is not None:
        return home
    # "ABUJA – The Minister will brief the press on 09/12/2026 ...": a wire dateline opening a long first line.
    if (dated := dateline_place(article.body)) is not None and dated.country:
        return dated
    towns = [m.place for m in find_places(article.body) if not m.topical and m.place.country]
    return towns[0] if towns and len({p.country for p in towns}) == 1 else None


def _of_country(home: Place) -> Order:
    order = yearclues.numeric_order("", home.country)
    return Order(order, f"the item is of {home.display}, which writes dates so")


def note_orders(findings: list[Finding], order: Order) -> None:
    """Adds to each finding whose day was read from a numeric date that reads both ways ("03.10.2026") how it was
    read and why, as a year or a zone inferred is told."""
    if not order.why or order.order not in _ORDER_WORDS:
        return
    for finding in findings:
        said = finding.as_published
        if not any(c.isdigit() for c in said):
            continue
        for match in _NUMERIC.finditer(said):
            a, b = int(match.group(1)), int(match.group(2) or match.group(4))
            if a == b or not (1 <= a <= 12 and 1 <= b <= 12) or (match.group(3) and order.order == "dmy"):
                continue  # (a dotted date read day first is read as its form runs: nothing was decided)
            month, number = (a, b) if order.order == "mdy" else (b, a)
            if any((day.month, day.day) == (month, number) for day in (finding.first, finding.last)):
                finding.notes = (*finding.notes, _note(finding.first, month, number, match.group(), order))
                break


def _note(first: dt.date, month: int, number: int, written: str, order: Order) -> str:
    day = dt.date(first.year, month, number) if (first.month, first.day) != (month, number) else first
    return f"date {day:%-d %B %Y} inferred: {written} read {_ORDER_WORDS[order.order]} first; {order.why}"
