"""Events -> an Atom feed (RFC 4287), as bytes, with feedgen. Pure.

One entry per event. Its id is a `tag:` URI (RFC 4151) made from the UID, so
an event that changes keeps its entry and the entry's `updated` moves; its
title gives the local date and time; its content says when (as published and
in UTC), where, and the sentence it came from. feedgen's defaults that embed
the clock or its own version (updated, generator) are always set here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator
from lxml import etree

from feeds.ics import event_page_url
from feeds.words import description, local_when, status_word
from model import CalendarInfo, Event

_TAG_DATE = "2026"  # the year presscal's tag: ids were minted; part of every id, never to change
_EMPTY_FEED_UPDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ATOM = "{http://www.w3.org/2005/Atom}"
MAX_ENTRIES = 500


def tag_authority(base_url: str) -> str:
    """The DNS name of the public base URL (an IP address is not a tag authority: use localhost)."""
    host = urlsplit(base_url).hostname or "localhost"
    return host if re.search(r"[a-z]", host) else "localhost"


def entry_id(base_url: str, uid: str) -> str:
    return f"tag:{tag_authority(base_url)},{_TAG_DATE}:event/{uid}"


def render_feed(events: Iterable[Event], info: CalendarInfo, query: str = "",
                problems: list[str] | None = None) -> bytes:
    """The feed of `events`; `query`, the canonical query of a filtered feed, goes into its id and its links.

    An event whose text XML cannot carry is left out, and said so in `problems`.

    A feed is a window, not an archive: it holds the MAX_ENTRIES most recently
    changed events (readers keep what they have seen), in calendar order.
    """
    recent = sorted(_writable(events, problems), key=lambda e: (e.changed, e.sort_key), reverse=True)[:MAX_ENTRIES]
    # Corrected events lead, the latest correction first; the others follow in calendar order.
    chosen = [e for e in recent if e.corrected]
    chosen += sorted((e for e in recent if not e.corrected), key=lambda e: e.sort_key)
    base = info.base_url.rstrip("/")
    # A filtered feed is a feed of its own (RFC 4287 4.2.6: ids are unique); its entries keep their ids.
    suffix = f"?{query}" if query else ""
    feed = FeedGenerator()
    feed.id(f"tag:{tag_authority(base)},{_TAG_DATE}:feed{suffix}")
    feed.title(info.name)
    feed.subtitle(info.description)
    feed.author({"name": info.name})
    feed.link(href=f"{base}/feed.atom{suffix}", rel="self", type="application/atom+xml")
    feed.link(href=f"{base}/", rel="alternate", type="text/html")
    feed.link(href=f"{base}/calendar.ics{suffix}", rel="related", type="text/calendar")
    feed.generator("presscal", uri="https://presscal.invalid/")
    feed.language("en")
    feed.updated(max((e.changed for e in chosen), default=_EMPTY_FEED_UPDATED))
    entry_links = []
    for event in chosen:
        links = _links(base, event)
        entry_links.append(links)
        entry = feed.add_entry(order="append")
        entry.id(entry_id(base, event.uid))
        status = status_word(event) or ("Corrected" if event.corrected else "Changed" if event.change else "")
        prefix = f"[{status}] " if status else ""
        entry.title(f"{prefix}{local_when(event)}: {event.summary}")
        entry.updated(event.changed)
        entry.content(_content(event), type="text")
        entry.link(links)
        entry.category(term=event.kind, label=event.kind.capitalize())
    return _with_link_attributes(bytes(feed.atom_str(pretty=True)), entry_links)


def _writable(events: Iterable[Event], problems: list[str] | None) -> list[Event]:
    """The events whose every text lxml can put in XML; one bad event never sinks the feed."""
    probe = etree.Element("probe")
    kept = []
    for event in events:
        try:
            for text in (event.summary, event.location, _content(event), event.article_url, event.kind):
                probe.text = text  # lxml raises ValueError on what XML 1.0 cannot carry
        except ValueError as exc:
            if problems is not None:
                problems.append(f"event {event.uid} ({event.summary[:60]!r}) left out of the feed: {exc}")
            continue
        kept.append(event)
    return kept


def _links(base: str, event: Event) -> list[dict[str, str]]:
    # Readers open the alternate link: the event's own page, which outlives the agenda's window.
    links = [
        {"href": event_page_url(base, event.uid), "rel": "alternate", "type": "text/html"},
        {"href": f"{base}/events/{event.uid}.ics", "rel": "enclosure", "type": "text/calendar"},
    ]
    # A feed file read from disk may give its items relative links: RFC 4287 readers resolve those each
    # against a base of their own, so only an absolute address is a link.
    if urlsplit(event.article_url).scheme in ("http", "https"):
        links.append({"href": event.article_url, "rel": "related", "type": "text/html"})
    return links


def _with_link_attributes(document: bytes, entry_links: list[list[dict[str, str]]]) -> bytes:
    """Put back the rel and type of entry links, which feedgen 1.0.0 drops (lkiesow/python-feedgen#135)."""
    root = etree.fromstring(document)
    for entry, links in zip(root.iter(f"{_ATOM}entry"), entry_links, strict=True):
        for element, link in zip(entry.iter(f"{_ATOM}link"), links, strict=True):
            for name, value in link.items():
                element.set(name, value)
    return bytes(etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8"))


def _content(event: Event) -> str:
    where = f"Where: {event.location}\n" if event.location else ""
    return f"When: {local_when(event)}\n{where}\n{description(event)}"
