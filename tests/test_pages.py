"""Real web pages: odd markup, furniture, headlines, publication dates, schedule tables, feeds whose items
carry the release, a source's own time zone, and `presscal read`.

Our own fixture pages (tests/fixtures/pages/) are modelled on structures found on real
sites, in our own words, each with a `.expected.json` beside it. The real pages of
../shared/pages are read where they lie, never copied here; without them those tests skip.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import cli
import config as settings
from model import Article
from parsers import extract_articles
from parsers.feed import FeedItem, carries_release, item_article
from parsers.html import html_article
from refresh import refresh
from store import Store

from .conftest import FIXTURES, NOW
from .http_server import Server, http_server_fixture, unused_port_fixture  # noqa: F401 (found by name)

PAGES = FIXTURES / "pages"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "pages"
README = Path(__file__).resolve().parent.parent / "README.md"
MakeConfig = Callable[..., settings.Config]
needs_shared = pytest.mark.skipif(not (SHARED / "gold.json").exists(), reason="../shared/pages is not here")


def _cases() -> list[Any]:
    return [pytest.param(next(p for p in PAGES.glob(path.name.replace(".expected.json", ".*")) if p.suffix != ".json"),
                         json.loads(path.read_text(encoding="utf-8")), id=path.name.split(".")[0])
            for path in sorted(PAGES.glob("*.expected.json"))]


def _instants(article: Article, zone: str, reference: dt.date) -> list[tuple[str, str]]:
    events = extract_articles([article], reference=reference, default_zone=zone).events
    return [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), f"{e.summary} {e.sentence}")
            for e in events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("path", "expected"), _cases())
def test_a_fixture_page_reads_as_expected(path: Path, expected: dict[str, Any]) -> None:
    article = html_article(path.read_bytes(), url=f"https://www.example.org/{path.name}", source="test")
    assert article.title == expected["title"]
    if "published" in expected:
        assert article.published == dt.date.fromisoformat(expected["published"])
    for noise in expected["absent"]:
        assert noise not in article.body, noise
    found = _instants(article, expected["zone"], article.published or dt.date(2024, 1, 1))
    assert [start for start, _ in found] == [start for start, _ in expected["events"]]
    for (_, text), (_, term) in zip(found, expected["events"], strict=True):
        assert term.lower() in text.lower()


def test_every_fixture_page_has_its_expectations() -> None:
    pages = {p.name.split(".")[0] for p in PAGES.iterdir() if p.suffix != ".json"}
    assert pages == {p.name.split(".")[0] for p in PAGES.glob("*.expected.json")}
    assert len(pages) >= 6


# --- the real pages of ../shared/pages ---------------------------------------------------------

# Where presscal's headline differs from the gold's, and why it is left so.
TITLE_DIFFERS = {
    "congress/rand_paul_press.html": "a listing page; its <title> is 'Press | …' and the longest part is kept",
    "portdetroit.com/board-meeting-schedule-2025.html": "og:title 'Board Meeting Schedule'; no <h1> agrees",
    "portoflosangeles.org/board-meeting-regular-agenda-2022-01-13.html": "the gold joins the <h1> and the <h2>",
}


def _gold() -> dict[str, Any]:
    return dict(json.loads((SHARED / "gold.json").read_text(encoding="utf-8")))


@needs_shared
def test_real_pages_have_their_own_headlines() -> None:
    headlines = {fact["page"]: fact["article"] for fact in _gold()["facts"] if not fact["page"].startswith("feeds/")}
    assert len(headlines) >= 20
    for page, headline in sorted(headlines.items()):
        title = html_article((SHARED / page).read_bytes(), url=f"http://127.0.0.1/{page}", source="t").title
        assert (title == headline) != (page in TITLE_DIFFERS), (page, title, headline)


@needs_shared
@pytest.mark.parametrize("page", ["europarl/press-release_20190712IPR56948.html",
                                  "europarl/press-release_20241212IPR25960.html",
                                  "govuk/publication_from_minister.html", "govuk/collection_page.html"])
def test_stamps_and_page_histories_are_not_the_article(page: str) -> None:
    article = html_article((SHARED / page).read_bytes(), url=f"http://127.0.0.1/{page}", source="t")
    assert not re.search(r"\d\d-\d\d-\d{4} - \d\d:\d\d", article.body)  # "18-07-2019 - 11:37"
    assert not re.search(r"\d{4} \d{1,2}:\d\d[ap]m", article.body)  # "13 September 2016 9:39am"
    assert article.published is not None
    timed = [e for e in extract_articles([article], reference=article.published, default_zone="UTC").events
             if not e.all_day]
    assert timed == []


@needs_shared
def test_a_german_page_gives_its_six_dates_at_one_time() -> None:
    page = "ahlen.de/reparaturcafe-am-31-januar.html"
    article = html_article((SHARED / page).read_bytes(), url=f"http://127.0.0.1/{page}", source="t")
    assert article.published == dt.date(2020, 1, 27)  # from the stamp: the text names no year
    gold = sorted(f["start"] for f in _gold()["facts"] if f["page"] == page and "start" in f)
    assert len(gold) == 6
    assert sorted(start for start, _ in _instants(article, "Europe/Berlin", dt.date(2026, 1, 1))) == gold


@needs_shared
def test_a_page_wrapped_in_one_form_keeps_its_article() -> None:
    page = "usgov/falsepos-num-views-a.html"
    article = html_article((SHARED / page).read_bytes(), url=f"http://127.0.0.1/{page}", source="t")
    assert article.title.startswith("Comparing Two Generations of Climate Model Simulations")
    assert len(article.body) > 1000
    assert "Number of views" not in article.body


# --- feeds, sources, the command -----------------------------------------------------------------

LONG = " ".join(["The agency will hold a public hearing on the harbour plan on 3 June 2024 at 18:00."] * 6)


@pytest.mark.parametrize(
    ("item", "carries"),
    [
        (FeedItem("Hearing", "https://example.org/a", dt.date(2024, 5, 1), LONG), True),
        (FeedItem("Hearing", "https://example.org/a", dt.date(2024, 5, 1), LONG[:200] + " ..."), False),
        (FeedItem("Hearing", "https://example.org/a", dt.date(2024, 5, 1), LONG + " Read more"), False),
        (FeedItem("Hearing", "https://example.org/a", None, ""), False),
        (FeedItem("Hearing on 3 June 2024", "", None, ""), True),
    ],
    ids=["full-text", "cut-off", "read-more", "link-only", "no-link"],
)
def test_an_item_carries_the_release_when_its_text_is_whole(item: FeedItem, carries: bool) -> None:
    assert carries_release(item) is carries


def test_a_feed_item_with_the_release_is_read_without_fetching_its_page(
    http_server: Server, make_config: MakeConfig
) -> None:
    feed = (f"<rss version='2.0'><channel><title>Agency</title><item><title>Harbour hearing</title>"
            f"<link>{http_server.url('/missing')}</link><pubDate>Wed, 01 May 2024 09:00:00 GMT</pubDate>"
            f"<description>{LONG}</description></item></channel></rss>").encode()
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed)
    config = make_config(settings.Source("agency", url=http_server.url("/feed.xml"), kind="rss",
                                         timezone="America/Chicago"))
    report = refresh(config, NOW)
    assert [r.error for r in report.sources] == [""]
    assert "/missing" not in [path for path, _ in http_server.requests]
    store = Store(config.database)
    try:
        (event,) = store.events()
    finally:
        store.close()
    # The source's own zone, not the calendar's (Europe/Brussels): 18:00 in Chicago is 23:00 UTC.
    assert event.timezone == "America/Chicago"
    assert isinstance(event.start, dt.datetime)
    assert event.start.astimezone(dt.UTC) == dt.datetime(2024, 6, 3, 23, 0, tzinfo=dt.UTC)


def test_item_article_keeps_the_items_date_as_the_reference() -> None:
    article = item_article(FeedItem("Hearing", "https://example.org/a", dt.date(2024, 5, 1), LONG),
                           source="agency")
    assert (article.title, article.published, article.url) == ("Hearing", dt.date(2024, 5, 1), "https://example.org/a")


def test_a_source_timezone_must_be_a_zone(tmp_path: Path) -> None:
    path = tmp_path / "presscal.toml"
    path.write_text('[[sources]]\nname = "a"\npath = "a.txt"\ntimezone = "Mars/Olympus"\n', encoding="utf-8")
    with pytest.raises(settings.ConfigError, match="Mars/Olympus"):
        settings.load(path)


def test_read_shows_title_date_text_and_events(capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGES / "xhtml-served-as-xml.xhtml"
    assert cli.main(["read", str(page), "--kind", "html", "--timezone", "Europe/London"]) == 0
    out = capsys.readouterr().out
    assert "title:     Harbour committee meets in March" in out
    assert "published: 2025-02-20" in out
    assert "  | The harbour committee will hold its quarterly meeting" in out
    assert "events:    1" in out
    assert "  - 2025-03-12 10:00 GMT" in out
    assert "    from: The harbour committee will hold its quarterly meeting on 12 March 2025 at 10:00" in out


def test_read_names_a_file_it_cannot_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["read", str(tmp_path / "absent.html")]) == cli.EXIT_ERROR
    assert "absent.html" in capsys.readouterr().err


def test_an_items_date_not_in_rfc_822_is_read_by_the_grammar() -> None:
    from parsers.feed import feed_items

    feed = (b"<rss version='2.0'><channel><title>T</title><item><title>Item</title><link>https://example.org/a</link>"
            b"<pubDate>Monday, April 15, 2013 - 2:23pm</pubDate></item></channel></rss>")
    (item,) = feed_items(feed, url="https://example.org/feed.xml")
    assert item.published == dt.date(2013, 4, 15)


def test_an_item_whose_page_fails_is_reported_and_its_own_words_still_read(
    http_server: Server, make_config: MakeConfig
) -> None:
    feed = (f"<rss version='2.0'><channel><title>Office</title><item>"
            f"<title>Media advisory: the Senator holds town halls on February 19-21, 2013</title>"
            f"<link>{http_server.url('/gone')}</link></item></channel></rss>").encode()
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed)
    http_server.routes["/gone"] = (404, {}, b"not here")
    config = make_config(settings.Source("office", url=http_server.url("/feed.xml"), kind="rss"))
    (report,) = refresh(config, NOW).sources
    assert any("/gone" in problem for problem in report.problems)
    store = Store(config.database)
    try:
        (event,) = store.events()
    finally:
        store.close()
    assert (event.start, event.end) == (dt.date(2013, 2, 19), dt.date(2013, 2, 22))


@pytest.mark.parametrize(
    ("footer", "town"),
    [
        ("<address>Harbor Office<br>425 Quay Street<br>San Pedro, California 90731</address>", "San Pedro, California"),
        ("<p>3311 Main Avenue, Suite 100, Cleveland, OH 44114</p>", "Cleveland, OH"),
        ("<p>Rathaus, Westenmauer 10, 59227 Ahlen</p>", "Ahlen"),
        ("<p>10 Downing Street, London SW1A 2AA</p>", "London"),
        ("<p>Bahnhofstrasse 3, 8001 Zürich</p>", "Zürich"),
        ("<h2>2025 Meeting Schedule</h2><p>Phone 313-259-5091</p>", ""),
        ("<p>In 2022 Commonwealth Games were held.</p>", ""),
    ],
    ids=["us-full-state", "us-abbreviation", "german", "uk-postcode", "swiss-after-street", "a-year", "a-sentence"],
)
def test_the_publishers_town_comes_from_a_postal_address(footer: str, town: str) -> None:
    page = (f"<html><head><meta property='og:site_name' content='The Office'></head><body><article><h1>News</h1>"
            f"<p>The board meets on 3 June 2024 at 10:00.</p></article><footer>{footer}</footer></body></html>")
    article = html_article(page.encode(), url="https://example.org/news", source="t")
    assert article.org == (f"The Office in {town}" if town else "The Office")
    assert "Phone" not in article.body  # the footer is not the article
    assert "Meeting Schedule" not in article.body


def test_read_a_url_serving_xhtml_as_xml(http_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    page = (PAGES / "xhtml-served-as-xml.xhtml").read_bytes()
    http_server.routes["/committee"] = (200, {"Content-Type": "application/xml"}, page)
    assert cli.main(["read", http_server.url("/committee"), "--timezone", "Europe/London", "--no-text"]) == 0
    out = capsys.readouterr().out
    assert "title:     Harbour committee meets in March" in out
    assert "  - 2025-03-12 10:00 GMT" in out
    assert "  | " not in out  # --no-text


_SECTIONED = """<html><head><title>Board meetings</title></head><body><nav><a href="/">Home</a></nav>
<article class="page"><div class="row"><div class="col"><h1>Board Meeting</h1>
<p>Notice is given that the board of the Harbour Commission of Toledo, Ohio, will meet on the dates listed
on this page. Members of the public may attend in person or follow the meeting online with the link below.</p>
<p>Questions about the agenda can be sent to the clerk of the commission, whose address is on the contact page.</p>
</div></div><div class="row"><div class="col"><h2>2031 Meeting Schedule</h2>
<p>All meetings will be held at the commission offices in Toledo, beginning at 10 a.m.</p></div>
<div class="col"><h3>Thursday, February 6</h3></div><div class="col"><h3>Thursday, June 5</h3></div>
<div class="col"><h3>Thursday, April 3</h3></div></div></article><footer>Copyright</footer></body></html>"""


def test_a_list_of_days_under_one_stated_time_gives_an_event_a_day() -> None:
    """The schedule is a section of its own beside the prose, inside the page's <article>."""
    article = html_article(_SECTIONED.encode(), url="https://example.org/board", source="x")
    assert "Thursday, June 5" in article.body
    events = extract_articles([article], reference=dt.date(2030, 12, 1), default_zone="America/New_York").events
    starts = [e.start for e in events]
    assert [(s.month, s.day, s.hour) for s in starts] == [(2, 6, 10), (4, 3, 10), (6, 5, 10)]  # type: ignore[union-attr]
    assert {s.year for s in starts} == {2031}


def test_approving_the_minutes_of_a_meeting_is_not_an_event() -> None:
    body = ("The committee will meet on Friday, September 12th, 2031 at 10:00 AM.\n\n"
            "• Approval of June 13th, 2031 committee meeting minutes")
    article = Article(source="x", title="Committee", body=body, published=dt.date(2031, 8, 29))
    events = extract_articles([article], reference=dt.date(2031, 8, 29)).events
    assert [e.start.date() for e in events] == [dt.date(2031, 9, 12)]  # type: ignore[union-attr]


def test_the_meetings_under_approval_of_the_minutes_were_held_already() -> None:
    body = ("A. Call to Order\n\nB. Approval of the Minutes\n\n• Regular Meeting of November 20, 2031\n"
            "• Special Meeting of December 4, 2031\n\nC. Public Comment\n\n"
            "The board meets again on Thursday, January 29, 2032 at 9:00 a.m.")
    article = Article(source="x", title="Agenda", body=body, published=dt.date(2032, 1, 10))
    events = extract_articles([article], reference=dt.date(2032, 1, 10)).events
    assert [e.start.date() for e in events] == [dt.date(2032, 1, 29)]  # type: ignore[union-attr]


def test_a_town_named_once_in_a_speakers_affiliation_does_not_set_the_zone() -> None:
    body = ("Die Jahrestagung zur Netzpolitik findet am Samstag, 31. Januar 2032, um 10:00 Uhr statt.\n\n"
            "Es sprechen:\n\n• Anna Beispiel, Journalistin bei The Daily Courier, London")
    article = Article(source="x", title="Jahrestagung", body=body, published=dt.date(2032, 1, 5))
    events = extract_articles([article], reference=dt.date(2032, 1, 5), default_zone="Europe/Berlin").events
    assert [(e.start.hour, e.timezone) for e in events] == [(10, "Europe/Berlin")]  # type: ignore[union-attr]


def test_a_title_that_is_only_a_date_over_a_list_of_headlines_is_no_event() -> None:
    body = ("• Smith: Harbour Office to be Named After Local Teacher\n"
            "• Jones: Statement on the Harbour Budget\n• Weekly Update from Rep. Brown")
    article = Article(source="x", title="Friday, March 28, 2031", body=body, published=dt.date(2031, 3, 28))
    assert extract_articles([article], reference=dt.date(2031, 3, 28)).events == []


@pytest.mark.parametrize(("markup", "stamp", "why"), [
    ('<div class="article--meta"><time datetime="11.11.2021 18:00">11.11.2021</time> <b>Artikel</b></div>', True,
     "a post's meta line dated in figures: the day and month are no clock time"),
    ('<div class="event-meta">11.11.2021, 18.30 Uhr, Stadthalle</div>', False,
     "an event's meta fields give its time, and stay"),
    ('<div class="post-meta">Posted March 4, 2024</div>', True, "a post's meta line without a time"),
    ('<div class="Post-metas">Posted the March 4, 2024 at 0h00</div>', True, "a line that says it is the stamp"),
    ('<p>Stand: 08.05.2019, 05:02 Uhr</p>', True, "a German 'as of' stamp, with its time"),
    ('<p>Published reports are due by 12 May.</p>', False, "'Published' opening a sentence, not a stamp"),
    ('<p>Updated guidance takes effect on 1 June 2024.</p>', False, "'Updated' as an adjective"),
])
def test_a_meta_line_is_a_stamp_unless_it_gives_a_time(markup: str, stamp: bool, why: str) -> None:
    from parsers.pagestamps import is_stamp
    element = lxml.html.fragment_fromstring(markup)
    assert is_stamp(element, "") is stamp, why
