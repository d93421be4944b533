"""The agenda page's filter form end to end, in a real headless Chromium, against the real app over HTTP.

Chromium is the system's (Debian's `chromium`, /usr/bin/chromium; `.ci/run` installs it),
driven by Playwright's Python package: `playwright install` is never run. Without
Chromium or Playwright these tests fail under CI ($CI set) and are skipped locally.
A screenshot of the page is saved to tests/artifacts/ (git-ignored).

The form needs no JavaScript: it is a GET to /subscribe, which is also tested here
without a browser (redirect to the canonical query, 400 with a sentence, 503 before a build).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import threading
import urllib.request
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import icalendar
import pytest
from flask.testing import FlaskClient
from werkzeug.serving import make_server

import config as settings
from filters import fold
from refresh import refresh
from web import create_app

from .conftest import NOW, _in_ci

MakeConfig = Callable[..., settings.Config]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).parent / "artifacts"
TIMEOUT_MS = 15_000


def _unavailable(reason: str) -> None:
    """Fail under CI, where the browser test must run; skip on a developer's machine."""
    if _in_ci():
        pytest.fail(f"{reason}; in CI ($CI is set) the browser tests must run (.ci/run installs chromium)",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """The system's Chromium, headless, launched by Playwright."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"{CHROMIUM} is missing: install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is missing: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def served(make_config: MakeConfig, **overrides: object) -> Iterator[tuple[str, settings.Config]]:
    """The real app behind a real HTTP server on a free port; its base_url is that server's address.

    The port is known only once the server is bound, and the pages are rendered with the
    base URL, so the server starts with a placeholder app that is swapped for the real one
    after the build and before the first request.
    """
    server = make_server("127.0.0.1", 0, create_app(make_config()), threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    config = make_config(base_url=base, **overrides)
    refresh(config, NOW)
    server.app = create_app(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, config
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def site(make_config: MakeConfig) -> Iterator[tuple[str, settings.Config]]:
    with served(make_config) as answer:
        yield answer


def _vevents(data: bytes) -> list[Any]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _categories(event: Any) -> list[str]:
    value = event.get("CATEGORIES")
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [str(c).lower() for group in values for c in group.cats]


def test_filter_form_to_subscription_in_chromium(chromium: Any, site: tuple[str, settings.Config]) -> None:
    base, config = site
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1000, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        # The agenda: its title and its events.
        response = page.goto(f"{base}/")
        assert response is not None
        assert response.status == 200
        assert page.title() == config.name
        assert page.locator("article.event").count() >= 2, "the sample's events are listed"
        assert page.get_by_role("heading", level=1).inner_text() == config.name

        # The filter form: every field found by its label.
        page.get_by_label("Kind of event").select_option(label="Press conference")
        page.get_by_label("Place contains").fill("Kosovo")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page.png"), full_page=True)
        with page.expect_navigation():
            page.get_by_role("button", name="Get subscription links").click()

        # The subscribe page: the canonical URLs of the selection.
        assert urlsplit(page.url).path == "/subscribe"
        assert urlsplit(page.url).query == "category=press+conference&place=kosovo"
        calendar_url = page.get_by_label("Calendar URL, to paste into any calendar app:").input_value()
        assert calendar_url == f"{base}/calendar.ics?category=press+conference&place=kosovo"
        assert "category=press+conference" in calendar_url
        assert "place=kosovo" in calendar_url
        webcal = page.get_by_role("link", name="Subscribe in your calendar app").get_attribute("href")
        assert webcal == "webcal://" + calendar_url.removeprefix("http://")
        google = page.get_by_role("link", name="Add to Google Calendar").get_attribute("href") or ""
        assert google.startswith("https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F")
        assert unquote(dict(parse_qsl(urlsplit(google).query))["cid"]) == webcal
        assert page.get_by_role("link", name="Follow this selection as an Atom feed").get_attribute("href") == (
            f"{base}/feed.atom?category=press+conference&place=kosovo")
        assert page.get_by_role("link", name="This selection as JSON").get_attribute("href") == (
            f"{base}/events.json?category=press+conference&place=kosovo")
        page.screenshot(path=str(ARTIFACTS / "subscribe.png"), full_page=True)

        # The calendar behind that URL: press conferences in Kosovo only.
        with urllib.request.urlopen(calendar_url, timeout=10) as answer:
            assert answer.status == 200
            assert answer.headers["Content-Type"] == "text/calendar; charset=utf-8"
            events = _vevents(answer.read())
        assert events, "the sample has a press conference in Kosovo"
        for event in events:
            assert _categories(event) == ["press conference"], event.get("SUMMARY")
            assert "kosovo" in fold(str(event.get("LOCATION", "")))
        uids = {str(e["UID"]) for e in events}
        previewed = page.locator("article.event")
        assert previewed.count() == len(events)
        assert {previewed.nth(i).get_attribute("id") for i in range(previewed.count())} == uids

        # One event's "Add to calendar": a download of that event's .ics.
        first = previewed.first
        uid = first.get_attribute("id")
        with page.expect_download() as started:
            first.get_by_role("link", name="Add to calendar").click()
        download = started.value
        assert download.suggested_filename == f"{uid}.ics"
        data = Path(download.path()).read_bytes()
        assert [str(e["UID"]) for e in _vevents(data)] == [uid]
        assert errors == [], f"script errors on the pages: {errors}"
    finally:
        context.close()


BOSNIA = "Press conference: Secretary General and Chairwoman of the Council of Minister of Bosnia and Herzegovina"


def test_event_page_from_the_agenda_in_chromium(chromium: Any, site: tuple[str, settings.Config]) -> None:
    """The agenda links the event's page; it shows the event's own time and the reader's, and adds it to a calendar."""
    base, config = site
    context = chromium.new_context(accept_downloads=True, timezone_id="America/New_York", locale="en-US")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(f"{base}/")
        with page.expect_navigation():
            page.get_by_role("link", name=BOSNIA, exact=True).click()
        path = urlsplit(page.url).path
        assert re.fullmatch(r"/events/presscal-[0-9a-f]{24}", path)
        uid = path.rsplit("/", 1)[1]
        assert page.title() == f"{BOSNIA} · {config.name}"
        assert page.get_by_role("heading", level=1).inner_text() == BOSNIA
        # 09:15 in Sarajevo (CET) is 03:15 in New York (EST): the script writes the reader's line.
        assert page.locator(".event-time").inner_text() == "Mon 20 Nov 2023, 09:15 CET – 10:00 CET (Europe/Sarajevo)"
        reader = page.locator(".reader-time")
        reader.filter(has_text="your time").wait_for()
        assert re.search(r"Mon, Nov 20.*03:15\s?AM EST", reader.inner_text()), reader.inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)

        with page.expect_download() as started:
            page.get_by_role("link", name="Add to calendar (.ics)").click()
        download = started.value
        assert download.suggested_filename == f"{uid}.ics"
        [event] = _vevents(Path(download.path()).read_bytes())
        assert str(event["UID"]) == uid
        assert str(event["URL"]) == f"{base}/events/{uid}"  # the calendar's link leads back to this page
        google = page.get_by_role("link", name="Add to Google Calendar").get_attribute("href") or ""
        fields = dict(parse_qsl(urlsplit(google).query))
        assert (fields["action"], fields["text"], fields["dates"]) == ("TEMPLATE", BOSNIA,
                                                                      "20231120T081500Z/20231120T090000Z")
        assert errors == [], f"script errors on the page: {errors}"
    finally:
        context.close()


def test_form_works_with_javascript_disabled(chromium: Any, site: tuple[str, settings.Config]) -> None:
    base, _ = site
    context = chromium.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(f"{base}/")
        page.get_by_label("Text contains").fill("Secretary General")
        page.get_by_label("Tentative events").select_option("no")
        with page.expect_navigation():
            page.get_by_role("button", name="Get subscription links").click()
        assert urlsplit(page.url).query == "q=secretary+general&tentative=no"
        assert page.get_by_label("Text contains").input_value() == "secretary general"  # the form is kept
    finally:
        context.close()


# -- /subscribe without a browser --------------------------------------------------------------------


@pytest.fixture
def client(make_config: MakeConfig) -> FlaskClient:
    config = make_config()
    refresh(config, NOW)
    return create_app(config).test_client()


class _Form(HTMLParser):
    """The controls of a page and the `for` of its labels."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labels: set[str] = set()
        self.headings: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("input", "select", "textarea"):
            self.controls.append(values)
        elif tag == "label" and values.get("for"):
            self.labels.add(str(values["for"]))
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))


@pytest.mark.parametrize("path", ["/", "/subscribe?category=press+conference&place=kosovo"])
def test_every_control_has_a_label_and_headings_go_in_order(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    found = _Form()
    found.feed(response.get_data(as_text=True))
    names = {c.get("name") for c in found.controls}
    assert {"category", "place", "q", "from", "to", "tentative"} <= names
    for control in found.controls:
        assert control.get("id") in found.labels, f"no label for {control}"
    assert found.headings[0] == 1
    assert found.headings.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(found.headings, found.headings[1:], strict=False)), found.headings


def test_the_form_sends_to_subscribe_with_get(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert '<form class="filter" method="get" action="subscribe"' in page
    for kind in ("press conference", "doorstep", "event"):
        assert f'<option value="{kind}">' in page
    assert '<option value="" selected>Any kind</option>' in page


def test_a_form_submission_is_redirected_to_the_canonical_query(client: FlaskClient) -> None:
    response = client.get("/subscribe?category=press+conference&place=Kosovo&q=&from=&to=&tentative=yes")
    assert response.status_code == 302
    assert response.headers["Location"] == "/subscribe?category=press+conference&place=kosovo"
    empty = client.get("/subscribe?category=&place=&q=&from=&to=&tentative=yes")
    assert empty.headers["Location"] == "/subscribe"


def test_subscribe_page_of_everything(client: FlaskClient) -> None:
    response = client.get("/subscribe")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    page = response.get_data(as_text=True)
    assert 'value="http://127.0.0.1:8000/calendar.ics"' in page
    assert "Every event of the calendar." in page
    assert "20 events match" in page
    again = client.get("/subscribe", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("query", "words"),
    [("category=party", "Unknown category 'party'"), ("from=tomorrow", "is not a day written YYYY-MM-DD"),
     ("colour=red", "Unknown parameter 'colour'"), ("from=2023-11-22&to=2023-11-20", "is after")],
)
def test_a_bad_selection_is_a_400_sentence(client: FlaskClient, query: str, words: str) -> None:
    response = client.get(f"/subscribe?{query}")
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    text = response.get_data(as_text=True)
    assert text.startswith("400: ")
    assert words in text
    assert text.count("\n") == 1


def test_subscribe_escapes_what_it_is_given(client: FlaskClient) -> None:
    response = client.get("/subscribe?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", follow_redirects=True)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_subscribe_before_the_first_build_is_503(make_config: MakeConfig) -> None:
    response = create_app(make_config()).test_client().get("/subscribe?place=kosovo")
    assert response.status_code == 503
    assert "not been built yet" in response.get_data(as_text=True)


def test_subscribe_links_follow_the_configured_base_url(make_config: MakeConfig) -> None:
    config = dataclasses.replace(make_config(), base_url="https://events.example.org")
    refresh(config, NOW)
    page = create_app(config).test_client().get("/subscribe?category=doorstep").get_data(as_text=True)
    assert 'href="webcal://events.example.org/calendar.ics?category=doorstep"' in page
    assert 'href="https://events.example.org/feed.atom?category=doorstep"' in page
