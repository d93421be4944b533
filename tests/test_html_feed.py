"""Press-release pages and feeds -> articles and items, and on to events, from fixture files.

Each fixture under tests/fixtures/html/ and tests/fixtures/feeds/ has a `.expected.json`
beside it stating what reading it must give (and, under "about", why the page is as it is).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from model import Article, ParseError
from parsers import extract_articles
from parsers.feed import FeedItem, feed_items
from parsers.html import fragment_text, html_article

from .conftest import FIXTURES, REFERENCE

HTML = FIXTURES / "html"
FEEDS = FIXTURES / "feeds"
PAGE_URL = "https://www.example.org/press/release.htm"


def _cases(folder: Path) -> list[Any]:
    return [pytest.param(path, json.loads(path.read_text(encoding="utf-8")), id=path.name.split(".")[0])
            for path in sorted(folder.glob("*.expected.json"))]


def _fixture(expected_json: Path, suffix: str) -> bytes:
    return expected_json.with_name(expected_json.name.replace(".expected.json", suffix)).read_bytes()


def _page(markup: str) -> Article:
    return html_article(markup.encode("utf-8"), url=PAGE_URL, source="test")


# --- pages -----------------------------------------------------------------------------------


def test_every_fixture_page_has_its_expectations() -> None:
    pages = {p.stem for p in HTML.glob("*.html")}
    assert pages == {p.name.removesuffix(".expected.json") for p in HTML.glob("*.expected.json")}
    assert len(pages) >= 4


@pytest.mark.parametrize(("path", "expected"), _cases(HTML))
def test_a_fixture_page_reads_as_expected(path: Path, expected: dict[str, Any]) -> None:
    data = _fixture(path, ".html")
    url = f"https://www.example.org/{path.name.split('.')[0]}.htm"
    if "error" in expected:
        with pytest.raises(ParseError, match=expected["error"]) as caught:
            html_article(data, url=url, source="test")
        assert url in str(caught.value)
        return
    article = html_article(data, url=url, source="test")
    assert (article.title, article.url, article.source) == (expected["title"], url, "test")
    assert article.published == dt.date.fromisoformat(expected["published"])
    paragraphs = article.body.split("\n\n")
    for paragraph in expected["paragraphs"]:
        assert paragraph in paragraphs
    for line in expected["lines"]:
        assert line in article.body.splitlines()
    for noise in expected["absent"]:
        assert noise not in article.body
    assert article.title not in paragraphs  # the title is a field, not the body's first line
    assert "\n\n\n" not in article.body
    assert article.body == article.body.strip()


@pytest.mark.parametrize(("path", "expected"), [c for c in _cases(HTML) if "events" in c.values[1]])
def test_a_fixture_pages_advisory_gives_its_timed_events(path: Path, expected: dict[str, Any]) -> None:
    """End to end: bytes -> html_article -> extract_articles -> events at the right UTC instants."""
    article = html_article(_fixture(path, ".html"), url=PAGE_URL, source="test")
    extraction = extract_articles([article], reference=REFERENCE)
    timed = {(e.start.astimezone(dt.UTC), e.kind) for e in extraction.events if isinstance(e.start, dt.datetime)}
    for event in expected["events"]:
        assert (dt.datetime.fromisoformat(event["start"]), event["kind"]) in timed
    assert extraction.problems == []


def test_the_advisory_list_gives_the_0915_cet_press_conference_at_0815_utc() -> None:
    """The brief's own example, spelled out: "20 November 2023, 09:15 (CET) Joint press conference"."""
    article = html_article((HTML / "nato-visit-advisory-as-list.html").read_bytes(), url=PAGE_URL, source="nato")
    events = extract_articles([article], reference=dt.date(2026, 11, 27)).events
    conference = next(e for e in events if e.kind == "press conference")
    assert isinstance(conference.start, dt.datetime)
    assert conference.start.astimezone(dt.UTC) == dt.datetime(2023, 11, 20, 8, 15, tzinfo=dt.UTC)
    assert "Bosnia and Herzegovina" in conference.location
    assert conference.article_url == PAGE_URL


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ('<meta property="og:title" content=" Social  title "><title>Tab</title>', "<h1>Headline</h1>", "Social title"),
        ("<title>Tab</title>", "<h1>  </h1><h1>Headline <em>two</em></h1>", "Headline two"),
        ("<title>Tab title</title>", "<h2>Not a title</h2>", "Tab title"),
        ("", "<p>First paragraph stands in.</p>", "First paragraph stands in."),
    ],
    ids=["og-title", "first-non-empty-h1", "title-element", "first-paragraph"],
)
def test_the_title_is_og_title_else_h1_else_title(head: str, body: str, title: str) -> None:
    assert _page(f"<html><head>{head}</head><body>{body}<p>Text.</p></body></html>").title == title


@pytest.mark.parametrize(
    ("markup", "published"),
    [
        ('<meta property="article:published_time" content="2023-11-20T00:30:00+01:00">', dt.date(2023, 11, 20)),
        # htmldate reads the page's metadata before its <time> elements.
        ('<time datetime="2023-11-17">17 Nov.</time><meta name="date" content="2023-11-16">', dt.date(2023, 11, 16)),
        ('<meta name="date" content="2023-11-24">', dt.date(2023, 11, 24)),
        ('<meta name="date" content="24 November 2023">', dt.date(2023, 11, 24)),
        ('<time datetime="2023-02-30">30 Feb.</time>', dt.date(2023, 2, 1)),  # htmldate keeps the month it can read
        ("", None),
        ('<p class="byline">Posted on March 3, 2021 by the press office</p>', dt.date(2021, 3, 3)),
    ],
    ids=["published-time-as-written", "meta-date-before-time", "meta-date", "not-iso", "impossible-day", "absent",
         "byline"],
)
def test_the_publication_date(markup: str, published: dt.date | None) -> None:
    assert _page(f"<html><head></head><body>{markup}<p>Text.</p></body></html>").published == published


def test_lists_nest_and_breaks_make_lines() -> None:
    body = _page("""<html><body><article><p>Programme:<br>09:15 Arrival<br/>  10:00   Doorstep</p>
        <ol><li>Brussels <ul><li>09:15 Press conference</li><li>10:00 Doorstep</li></ul></li>
        <li><p>Mons</p></li><li>   </li></ol><p>After   the
        list.</p></article></body></html>""").body
    assert body == ("Programme:\n09:15 Arrival\n10:00 Doorstep\n\n"
                    "  • Brussels\n  • 09:15 Press conference\n  • 10:00 Doorstep\n  • Mons\n\nAfter the list.")


def test_the_longest_article_is_the_press_release_not_a_teaser_card() -> None:
    article = _page("""<html><body><article><p>Teaser: other news.</p></article>
        <article><h1>Release</h1><p>The Secretary General will visit Kosovo on 20 November 2023.</p>
        <p>He will meet the troops.</p></article></body></html>""")
    assert article.body == "The Secretary General will visit Kosovo on 20 November 2023.\n\nHe will meet the troops."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"<html><head><meta charset=ISO-8859-1></head><body><p>Caf\xe9 \x93press\x94</p></body></html>",
         "Café “press”"),
        (b"<html><head><meta charset=no-such-charset></head><body><p>Caf\xc3\xa9</p></body></html>", "Café"),
        (b"<html><body><p>Caf\xc3\xa9 au lait \xe9</p></body></html>", "Café au lait \ufffd"),
        ("\ufeff<html><body><p>Kovačevski</p></body></html>".encode("utf-16"), "Kovačevski"),
        (b'<?xml version="1.0" encoding="utf-8"?><html><body><p>XHTML\x00 \x0bpage</p></body></html>', "XHTML page"),
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>R\xe9union</p></body></html>', "Réunion"),
        (b'<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xc3\xa9</p></body></html>', "Café"),
    ],
    ids=["latin-1-read-as-windows-1252", "unknown-charset-is-utf-8", "bad-bytes-replaced", "utf-16-bom",
         "xml-declaration-and-control-characters", "charset-only-in-the-xml-declaration",
         "valid-utf-8-under-a-latin-1-label"],
)
def test_bytes_are_decoded_by_the_pages_charset(data: bytes, text: str) -> None:
    assert html_article(data, url=PAGE_URL, source="test").body == text


@pytest.mark.parametrize("data", [b"", b"   \n", b"<html><body><script>x()</script></body></html>", b"<!-- -->",
                                  b"\x00\x01\x02"])
def test_a_page_without_text_is_a_parse_error_naming_the_url(data: bytes) -> None:
    with pytest.raises(ParseError, match="no text to read in the page at https://www.example.org/press/release.htm"):
        html_article(data, url=PAGE_URL, source="test")


def test_fragment_text_keeps_blocks_apart() -> None:
    assert fragment_text("<p>One</p><p>Two <b>bold</b>er</p><ul><li>a</li></ul>") == "One\n\nTwo bolder\n\n  • a"
    assert fragment_text("") == ""
    assert fragment_text("3 < 4 & 5") == "3 < 4 & 5"


# --- feeds -----------------------------------------------------------------------------------


def _item(data: dict[str, Any]) -> FeedItem:
    published = dt.date.fromisoformat(data["published"]) if data["published"] else None
    return FeedItem(title=data["title"], link=data["link"], published=published, summary=data["summary"])


@pytest.mark.parametrize(("path", "expected"), _cases(FEEDS))
def test_a_fixture_feed_reads_as_expected(path: Path, expected: dict[str, Any]) -> None:
    assert feed_items(_fixture(path, ".xml"), url=expected["url"]) == [_item(i) for i in expected["items"]]


@pytest.mark.parametrize("page", sorted(HTML.glob("*.html")), ids=lambda p: p.stem)
def test_an_html_page_is_not_a_feed(page: Path) -> None:
    with pytest.raises(ParseError, match=r"https://www\.example\.org/feed\.xml is not an RSS or Atom feed"):
        feed_items(page.read_bytes(), url="https://www.example.org/feed.xml")


@pytest.mark.parametrize("data", [b"", b"Press release\n\nSource: NATO\n", b'{"items": []}'])
def test_other_documents_are_not_feeds(data: bytes) -> None:
    with pytest.raises(ParseError, match="is not an RSS or Atom feed"):
        feed_items(data, url="https://www.example.org/feed.xml")


def test_bytes_naming_a_file_are_not_read_from_disk(tmp_path: Path) -> None:
    """feedparser.parse(bytes) opens a file of that name; feed_items must stay pure."""
    feed = tmp_path / "feed.xml"
    feed.write_bytes((FEEDS / "nato-news-rss2.xml").read_bytes())
    with pytest.raises(ParseError):
        feed_items(str(feed).encode(), url="https://www.example.org/feed.xml")


def test_a_broken_feed_with_items_still_gives_them() -> None:
    data = b"<rss version='2.0'><channel><item><title>Visit &amp; talks</title><link>/n/1</link></item></rss>"
    assert feed_items(data, url="https://www.nato.int/rss.xml") == [
        FeedItem("Visit & talks", "https://www.nato.int/n/1", None)]
