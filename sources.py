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

import glob
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from config import Source
from model import Article, ParseError, SourceError
from parsers.bundle import split_bundle

if TYPE_CHECKING:
    from store import SourceState

MAX_SOURCE_BYTES = 50 * 1024 * 1024  # a bundle larger than this is refused, not read into memory
MAX_FEED_ITEMS = 50  # pages fetched per feed and refresh


@dataclass(slots=True)
class SourceRead:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""
    unchanged: bool = False


def read_text(path: Path) -> str:
    """A source file's text; a binary, huge or unreadable file is a SourceError."""
    return decode(_read_bytes(path), str(path))


def _read_bytes(path: Path) -> bytes:
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


def read_source(source: Source, state: SourceState | None = None) -> SourceRead:
    """The articles of `source`, or `unchanged` when its content is what `state` last saw."""
    if source.url:
        return _read_url(source, state)
    files = [(path, _read_bytes(path)) for path in source_files(source)]
    hashes = {str(path): hashlib.sha256(data).hexdigest() for path, data in files}
    try:
        before = json.loads(state.content_hash) if state and state.content_hash.startswith("{") else {}
    except ValueError:
        before = {}
    read = SourceRead(content_hash=json.dumps(hashes, sort_keys=True))
    # Only files whose bytes changed are parsed again: the store keeps what the others gave.
    changed = [(path, data) for path, data in files if before.get(str(path)) != hashes[str(path)]]
    if not changed:
        read.unchanged = True
        return read
    for path, data in changed:
        kind = source.kind or ("html" if path.suffix.lower() in (".html", ".htm", ".xhtml") else "bundle")
        read.articles.extend(_articles(data, kind, source, str(path), read.problems))
    return read


def _articles(data: bytes, kind: str, source: Source, where: str, problems: list[str]) -> list[Article]:
    if kind == "html":
        from parsers.html import html_article

        try:
            return [html_article(data, url=where, source=source.name)]
        except ParseError as exc:
            problems.append(str(exc))
            return []
    if kind == "rss":
        return _feed_articles(data, source, where, problems)
    articles = split_bundle(decode(data, where), source.name)
    return [replace(a, url=a.url or where) for a in articles] if source.url else articles


def _read_url(source: Source, state: SourceState | None) -> SourceRead:
    from fetch import fetch

    fetched = fetch(source.url, etag=state.etag if state else "", last_modified=state.last_modified if state else "")
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
    read.articles = _articles(fetched.data, kind, source, fetched.url, read.problems)
    return read


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


def _feed_articles(data: bytes, source: Source, url: str, problems: list[str]) -> list[Article]:
    """Each feed item's page, read as a press release; an item that fails is a problem, not a failure."""
    from fetch import fetch
    from parsers.feed import carries_release, feed_items, item_article
    from parsers.html import html_article

    try:
        items = feed_items(data, url=url)
    except ParseError as exc:
        raise SourceError(f"source {source.name!r}: {exc}") from exc
    articles = []
    for index, item in enumerate(items[:MAX_FEED_ITEMS]):
        if carries_release(item):  # the item's own text is the release: no page to fetch
            articles.append(item_article(item, source=source.name, index=index))
            continue
        try:
            page = fetch(item.link)
            article = html_article(page.data, url=page.url, source=source.name, index=index)
        except (SourceError, ParseError) as exc:
            problems.append(f"feed item {item.title!r}: {exc}")
            if item.title or item.summary:  # what the item itself says is still read
                articles.append(item_article(item, source=source.name, index=index))
            continue
        articles.append(replace(article, title=item.title or article.title,
                                published=article.published or item.published))
    return articles
