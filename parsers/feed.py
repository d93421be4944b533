"""An RSS 2.0 or Atom feed of press releases -> its items. Pure: the caller fetched the bytes.

feedparser does the reading (both formats, and the broken XML real feeds are made
of); this module keeps what presscal needs of each item, as a frozen record.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

import feedparser

from model import Article, ParseError, excerpt_of
from parsers.dates import find_mentions
from parsers.html import fragment_text
from parsers.itemclock import item_clock, labelled

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_RELEASE_WORDS = 60  # an item's own text this long is the release, not a teaser of it
_CUT = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|read more|continue reading|more\s*»)\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedItem:
    title: str
    link: str  # absolute URL of the item's page; "" when the item names none
    published: dt.date | None
    summary: str = ""  # plain text, the HTML stripped: the release itself when long enough (carries_release)
    clocked: str = ""  # a calendar item's title with the offset its date gives its time ("1:00 PM (UTC-07:00)")


def feed_items(data: bytes, *, url: str) -> list[FeedItem]:
    """The items of the feed at `url`, in feed order; a document that is no feed is a ParseError."""
    # A BytesIO, never the bytes themselves: feedparser opens a bytes value naming an existing
    # file, and fetches a str that looks like a URL. No response headers either: with any,
    # feedparser takes the data for an HTTP answer and flags a missing Content-Type as broken.
    parsed = feedparser.parse(io.BytesIO(data))
    # Not a feed: feedparser recognised no RSS or Atom version (bozo or not, an HTML page has none).
    if not parsed.entries and not parsed.get("version"):
        # feedparser's SAX errors read "<unknown>:8:2: mismatched tag": the document has no name there.
        reason = str(parsed.get("bozo_exception") or "no RSS or Atom elements in it").replace("<unknown>:", "line ")
        raise ParseError(f"{url} is not an RSS or Atom feed ({reason})",
                         text=excerpt_of(data[:200].decode("utf-8", "replace")))
    return [_item(entry, url) for entry in parsed.entries]


def carries_release(item: FeedItem) -> bool:
    """Does the item's own text hold the release, so that its page need not be fetched?

    Yes when it is long and not cut off ("…", "Read more"), or when the item has no page to fetch.
    """
    if not item.link:
        return bool(item.title or item.summary)
    return len(item.summary.split()) >= _RELEASE_WORDS and not _CUT.search(item.summary)


def item_article(item: FeedItem, *, source: str) -> Article:
    """The release as the feed item itself gives it: its title, its text, its date."""
    body = item.summary or item.title
    if item.clocked:  # the title's time with its clock, then the item's text
        body = "\n\n".join(part for part in (item.clocked, item.summary) if part)
    return Article(source=source, title=item.title or excerpt_of(item.summary), body=body,
                   url=item.link, published=item.published)


def _item(entry: Any, url: str) -> FeedItem:
    link = entry.get("link") or ""
    title = " ".join((entry.get("title") or "").split())
    label, at = item_clock(title, _stamp(entry))
    return FeedItem(
        title=title,
        link=urllib.parse.urljoin(url, link.strip()) if link.strip() else "",
        published=_date(entry),
        summary=_plain(_richest(entry)),
        clocked=labelled(title, label, at) if label else "",
    )


def _stamp(entry: Any) -> dt.datetime | None:
    """The item's date as a moment with its offset, when the feed writes one (RFC 822 or ISO 8601)."""
    raw = (entry.get("published") or "").strip()  # (asking feedparser for a missing "updated" warns)
    try:
        moment = (dt.datetime.fromisoformat(raw.replace("Z", "+00:00")) if _ISO_DATE.match(raw)
                  else email.utils.parsedate_to_datetime(raw))
    except (ValueError, TypeError, IndexError):
        return None
    return moment if moment.tzinfo is not None else None


def _date(entry: Any) -> dt.date | None:
    """The day as the feed writes it; feedparser's *_parsed values are shifted to UTC, which can change the day."""
    for key in ("published", "updated", "created"):
        raw = (entry.get(key) or "").strip()
        match = _ISO_DATE.match(raw)
        try:
            if match:
                return dt.date(*(int(part) for part in match.groups()))
            if raw:
                return email.utils.parsedate_to_datetime(raw).date()  # RFC 822, as RSS 2.0 dates are
        except (ValueError, TypeError, IndexError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        # "Monday, April 15, 2013 - 2:23pm": not RFC 822, but a date our grammar reads.
        day = next((m.first for m in find_mentions(raw) if m.kind == "day" and m.first and m.first.year), None)
        if day is not None and day.year is not None:
            return dt.date(day.year, day.month, day.day)
    return None


def _richest(entry: Any) -> Any:
    """The item's fullest text: its content (content:encoded, Atom content) if longer than its summary."""
    details = [*(entry.get("content") or []), entry.get("summary_detail") or {}]
    return max(details, key=lambda d: len(d.get("value") or ""))


def _plain(detail: Any) -> str:
    """Plain text of a summary: an HTML one keeps its paragraphs and list items apart, as a page body does."""
    value = detail.get("value") or ""
    return fragment_text(value) if "html" in (detail.get("type") or "") else " ".join(value.split())
