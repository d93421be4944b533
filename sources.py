"""Reading sources into articles: local files and globs, and URLs of bundles, pages and feeds.

A source is read whole, then turned into articles by its kind:
- bundle: the plain-text bundle format (parsers/bundle.py);
- html: one press-release page (parsers/html.py);
- rss: an RSS or Atom feed whose items' pages are fetched and read as html.
The kind is detected when the configuration gives none. A source that cannot
be read is a SourceError with a sentence naming it; one bad feed item is a
problem reported with the others, not a failed source. Unchanged content
(the same bytes, or an HTTP 304) is reported as such, so it is not parsed again.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import hashlib
import ipaddress
import json
import re
import time
import urllib.parse
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from config import Source
from model import Article, ParseError, SourceError
from parsers.bundle import split_bundle

if TYPE_CHECKING:
    from parsers.feed import FeedItem
    from store import SourceState

MAX_SOURCE_BYTES = 50 * 1024 * 1024  # a bundle larger than this is refused, not read into memory
MAX_ITEM_FAILURES = 8  # an item page failing this many refreshes in a row is given up (and said so)
ITEM_TIMEOUT = 15.0  # seconds for one item page, at most; less when the refresh's budget is nearly spent
MAX_ITEM_WAIT = dt.timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Pending:
    """A feed item whose page is still to be read: not reached yet, or failed."""

    link: str
    title: str
    index: int = 0
    published: str = ""  # ISO date from the feed, or ""
    failures: int = 0
    error: str = ""
    next_try: str = ""  # ISO moment before which a failed item is not tried again
    summary: str = ""  # the item's own text: read while its page cannot be
    clocked: str = ""  # a calendar item's title with the clock its date gives it (parsers/itemclock.py)


@dataclass(slots=True)
class SourceRead:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""
    unchanged: bool = False
    pending: list[Pending] = field(default_factory=list)  # the item queue after this read


def pending_to_json(pending: list[Pending]) -> str:
    return json.dumps([asdict(p) for p in pending], ensure_ascii=False)


def pending_from_json(text: str) -> list[Pending]:
    try:
        return [Pending(**item) for item in json.loads(text)] if text else []
    except (ValueError, TypeError):
        return []


def read_bytes(path: Path) -> bytes:
    """A source file's bytes; a huge or unreadable file is a SourceError."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"{path}: {size:,} bytes is more than the {MAX_SOURCE_BYTES:,} a source may have")
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read it ({exc.strerror or exc})") from exc


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise SourceError(f"{where}: binary data, not a text bundle of press releases")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{where}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x})") from exc


def source_files(source: Source) -> list[Path]:
    matches = sorted(glob.glob(source.path)) if glob.has_magic(source.path) else [source.path]
    if not matches:
        raise SourceError(f"source {source.name!r}: no file matches {source.path}")
    return [Path(m) for m in matches]


def read_source(source: Source, state: SourceState | None = None, pending: list[Pending] | None = None,
                now: dt.datetime | None = None, interval: dt.timedelta = dt.timedelta(minutes=30)) -> SourceRead:
    """The articles of `source`, or `unchanged` when its content is what `state` last saw.

    `pending` is the item queue the last read left; its due items are read even when
    the source is unchanged (their articles come with `unchanged` set).
    """
    queue = _Queue(source, pending or [], now or dt.datetime.now(dt.UTC), interval)
    read = _read_url(source, state, queue) if source.url else _read_files(source, state, queue)
    read.articles.extend(queue.drain(read.problems))
    read.pending = queue.items
    return read


def _read_files(source: Source, state: SourceState | None, queue: _Queue) -> SourceRead:
    files = [(path, read_bytes(path)) for path in source_files(source)]
    hashes = {str(path): hashlib.sha256(data).hexdigest() for path, data in files}
    try:
        before = json.loads(state.content_hash) if state and state.content_hash.startswith("{") else {}
    except ValueError:
        before = {}
    read = SourceRead(content_hash=json.dumps(hashes, sort_keys=True))
    # Only files whose bytes changed are parsed again: the store keeps what the others gave.
    changed = [(path, data) for path, data in files if before.get(str(path)) != hashes[str(path)]]
    read.unchanged = not changed
    for path, data in changed:
        kind = source.kind or file_kind(path, data)
        read.articles.extend(_articles(data, kind, source, str(path), read.problems, queue))
    return read


def _articles(data: bytes, kind: str, source: Source, where: str, problems: list[str],
              queue: _Queue) -> list[Article]:
    if kind == "html":
        article = _page(data, where, source, problems)
        if article is None:
            return []
        # A page read from a file links to the URL it names for itself, never to a path on this server; so does a
        # page served from an address with no name (a local mirror, "http://127.0.0.1:8000/..."), whose own URL
        # also tells the site's country.
        if not source.url or _unnamed_host(source.url) and own_url(data):
            article = replace(article, url=own_url(data))
        return [article]
    if kind == "rss":
        from parsers.feed import carries_release, item_article

        items = _feed_items(data, source, where)
        # An item whose own text is the release is read as it is; the others' pages are queued.
        queue.refill([_pending(index, item) for index, item in enumerate(items) if not carries_release(item)])
        return [item_article(item, source=source.name) for item in items if carries_release(item)]
    articles = split_bundle(decode(data, where), source.name)
    return [replace(a, url=a.url or where) for a in articles] if source.url else articles


def _page(data: bytes, url: str, source: Source, problems: list[str]) -> Article | None:
    """One page's article; a page that cannot be read, for whatever reason, is a problem of its own."""
    from parsers.html import html_article

    try:
        return html_article(readable(data), url=url, source=source.name)
    except ParseError as exc:
        problems.append(str(exc))
    except Exception as exc:  # the guard of one page: no page stops its source  # noqa: BLE001
        problems.append(f"{url}: the page could not be read ({type(exc).__name__}: {exc})")
    return None


def _read_url(source: Source, state: SourceState | None, queue: _Queue) -> SourceRead:
    from fetch import fetch

    fetched = fetch(source.url, etag=state.etag if state else "", last_modified=state.last_modified if state else "",
                    reach=queue.reach)
    read = SourceRead(etag=fetched.etag, last_modified=fetched.last_modified)
    if fetched.status == 304:
        read.unchanged = True
        read.etag = read.etag or (state.etag if state else "")
        read.last_modified = read.last_modified or (state.last_modified if state else "")
        return read
    read.content_hash = hashlib.sha256(fetched.data).hexdigest()
    if state is not None and state.content_hash == read.content_hash:
        read.unchanged = True
        return read
    kind = source.kind or detect_kind(fetched.data, fetched.content_type)
    read.articles = _articles(fetched.data, kind, source, fetched.url, read.problems, queue)
    return read


def file_kind(path: Path, data: bytes) -> str:
    """A local file's kind: its suffix says html; otherwise its first bytes do (a page saved as .txt is a page)."""
    return "html" if path.suffix.lower() in (".html", ".htm", ".xhtml") else detect_kind(data, "")


def detect_kind(data: bytes, content_type: str) -> str:
    """bundle, html or rss, from the Content-Type and, failing that, the first bytes."""
    head = data[:2048].lstrip().lower()
    if "rss" in content_type or "atom" in content_type or head.startswith((b"<rss", b"<feed")) or b"<rss" in head:
        return "rss"
    if b"<feed" in head and b"xmlns=\"http://www.w3.org/2005/atom\"" in head:
        return "rss"
    if "html" in content_type or head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:  # XHTML as XML
        return "html"
    return "bundle"


def _feed_items(data: bytes, source: Source, url: str) -> list[FeedItem]:
    from parsers.feed import feed_items

    try:
        items = feed_items(data, url=url)
    except ParseError as exc:
        raise SourceError(f"source {source.name!r}: {exc}") from exc
    except Exception as exc:  # feedparser on hostile XML: the source's failure, not the refresh's  # noqa: BLE001
        raise SourceError(f"source {source.name!r}: {url} could not be read as a feed "
                          f"({type(exc).__name__}: {exc})") from exc
    return items


def _pending(index: int, item: FeedItem) -> Pending:
    return Pending(item.link, item.title, index, item.published.isoformat() if item.published else "",
                   summary=item.summary, clocked=item.clocked)


class _Queue:
    """A feed's item pages still to read, and the reading of the due ones within the budget."""

    def __init__(self, source: Source, items: list[Pending], now: dt.datetime, interval: dt.timedelta) -> None:
        from fetch import url_kinds

        self.source = source
        self.items = items
        self.now = now
        self.interval = interval
        # A link or redirect in content may reach what the configured URL itself is on, no more.
        own = url_kinds(source.url) if source.url else frozenset()
        self.reach: frozenset[str] | None = None if source.allow_private_urls else own

    def refill(self, fresh: list[Pending]) -> None:
        """The feed changed: every item of it is read again; items owed from before that left it still are."""
        links = {item.link for item in fresh}
        self.items = fresh + [old for old in self.items if old.link not in links]

    def drain(self, problems: list[str]) -> list[Article]:
        articles: list[Article] = []
        deadline = time.monotonic() + self.source.item_seconds
        kept: list[Pending] = []
        tried = 0
        for item in self.items:
            left = deadline - time.monotonic()
            due = not item.next_try or dt.datetime.fromisoformat(item.next_try) <= self.now
            if not due or tried >= self.source.item_pages or left <= 0:
                kept.append(item)
                continue
            tried += 1
            article, error = self._read(item, min(ITEM_TIMEOUT, left))
            if article is not None:
                articles.append(article)
                continue
            failed = replace(item, failures=item.failures + 1, error=error,
                             next_try=(self.now + self._wait(item.failures + 1)).isoformat())
            problems.append(f"feed item {item.title!r} ({item.link}): {error}")
            if item.title or item.summary:  # what the item itself says is read meanwhile
                articles.append(_item_article(item, self.source))
            if failed.failures < MAX_ITEM_FAILURES:
                kept.append(failed)
            else:
                problems.append(f"feed item {item.title!r} ({item.link}): given up after {failed.failures} failures")
        waiting = len(kept) - sum(1 for k in kept if k.failures)
        if waiting:
            problems.append(f"{waiting} feed item pages not read in this refresh (limit {self.source.item_pages} "
                            f"pages, {self.source.item_seconds:g} s): they are read at the next one")
        self.items = kept
        return articles

    def _read(self, item: Pending, timeout: float) -> tuple[Article | None, str]:
        from fetch import fetch

        try:
            page = fetch(item.link, timeout=timeout, reach=self.reach)
        except SourceError as exc:
            return None, str(exc)
        except Exception as exc:  # the guard of one item: no item stops its feed  # noqa: BLE001
            return None, f"{item.link}: cannot fetch it ({type(exc).__name__}: {exc})"
        problems: list[str] = []
        article = _page(page.data, page.url, self.source, problems)
        if article is None:
            return None, "; ".join(problems)
        published = dt.date.fromisoformat(item.published) if item.published else None
        return replace(article, title=item.title or article.title, published=article.published or published), ""

    def _wait(self, failures: int) -> dt.timedelta:
        return min(self.interval * 2 ** min(failures - 1, 16), MAX_ITEM_WAIT)


def _item_article(item: Pending, source: Source) -> Article:
    from parsers.feed import FeedItem, item_article

    published = dt.date.fromisoformat(item.published) if item.published else None
    return item_article(FeedItem(item.title, item.link, published, item.summary, item.clocked), source=source.name)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
# Codecs that are no text encoding of a web page: transforms (rot13, hex, base64, zlib) raise
# LookupError on decode, idna and punycode refuse errors="replace", the rest decode to nonsense.
_NOT_PAGE_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape",
                                "utf-32", "utf-32-le", "utf-32-be", "utf-7"})


def readable(data: bytes) -> bytes:
    """The page's bytes, re-encoded as UTF-8 with a BOM where its own label would mislead the parser.

    A UTF-32 page (its BOM first) and a page labelling itself with a codec that is no text
    encoding (rot13, hex, base64, zlib, idna, utf-32 without a BOM) are decoded here, as
    UTF-8 in the latter case, bad bytes replaced; other pages go to the parser as they are.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return codecs.BOM_UTF8 + data.decode("utf-32", errors="replace").encode("utf-8")
    match = _CHARSET.search(data[:4096])
    if match is None or _page_charset(match.group(1).decode("ascii", "replace")):
        return data
    return codecs.BOM_UTF8 + data.decode("utf-8", errors="replace").encode("utf-8")


def _page_charset(label: str) -> bool:
    try:
        info = codecs.lookup(label)
    except LookupError:
        return True  # an unknown label: the parser reads such a page as UTF-8 by itself
    return bool(getattr(info, "_is_text_encoding", True)) and info.name not in _NOT_PAGE_CHARSETS


_LINK_TAG = re.compile(rb"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def _unnamed_host(url: str) -> bool:
    """Is `url`'s host an IP address or localhost, a name that says nothing of the site?"""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def own_url(data: bytes) -> str:
    """The URL a page names for itself (rel=canonical, else og:url), if absolute http(s); else ""."""
    found: dict[str, str] = {}
    for tag in _LINK_TAG.finditer(data[:65536]):
        attributes = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"")
                      for m in _ATTRIBUTE.finditer(tag.group(0))}
        value = attributes.get(b"href") or attributes.get(b"content") or b""
        if attributes.get(b"rel", b"").lower() == b"canonical":
            found.setdefault("canonical", value.decode("utf-8", "replace").strip())
        elif attributes.get(b"property", b"").lower() == b"og:url":
            found.setdefault("og", value.decode("utf-8", "replace").strip())
    for url in (found.get("canonical", ""), found.get("og", "")):
        if re.match(r"https?://[^/\s]", url, re.IGNORECASE):
            return url
    return _links_home(data)


_ANCHOR_HREF = re.compile(rb"""<a\b[^>]*?\bhref\s*=\s*["']?\s*https?://([^/"'\s>:?#]+)""", re.IGNORECASE)
_LINKS_HOME = 5  # absolute links, every one to the same host, that make it the page's site
# Hosts of many sites' pages (tickets, social media, video, documents, maps): their links say nothing of whose page
# links there ("https://www.eventbrite.co.uk/e/..." from a New York choir's page)
_SHARED_HOST = re.compile(r"(?:^|\.)(?:eventbrite|ticketmaster|facebook|fb|twitter|x|instagram|linkedin|youtube|youtu"
                          r"|vimeo|google|goo|docs\.google|drive\.google|dropbox|issuu|scribd|flickr|tiktok|meetup"
                          r"|zoom|bit|tinyurl|wordpress|blogspot|medium|apple|spotify|soundcloud|github|wikipedia"
                          r"|bandcamp|songkick)\.")


def _links_home(data: bytes) -> str:
    """The site of a page that names no URL for itself but whose every absolute link, five or more, goes to one host
    (the piece of a city's meetings list a widget sends, "<a href='https://www.examplecityca.gov/...'>"): that host's
    home, "https://www.examplecityca.gov/"; else ""."""
    hosts = [m.group(1).decode("ascii", "replace").lower() for m in _ANCHOR_HREF.finditer(data[:262144])]
    if len(hosts) < _LINKS_HOME or len(set(hosts)) != 1 or _SHARED_HOST.search(hosts[0]):
        return ""
    return f"https://{hosts[0]}/"
