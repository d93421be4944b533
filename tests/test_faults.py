"""The fault suite of issue 8: hostile or broken sources against real local servers and real files.

Each `test_fault_*` is one fault tried (a parametrised one, one per case): it builds a
calendar in which a good source and a bad one sit side by side, and checks that the
bad one is isolated and reported, everything else is published, /health tells the
truth, and no event published before the fault is missing after it. The number of
such events is recorded as the `lost` property of each test; bench/faults.py runs
this module and gives the figures: faults tried, faults survived, events lost.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import icalendar
import pytest
import vobject
from hypothesis import assume, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

import config as settings
from fetch import fetch
from model import SourceError
from parsers.clean import clean_event
from refresh import refresh
from store import Store
from web import create_app

from .http_server import Server, _Handler, http_server_fixture, slow  # noqa: F401 (a fixture, found by name)

NOW = dt.datetime(2023, 11, 17, 12, tzinfo=dt.UTC)
HTML = {"Content-Type": "text/html; charset=utf-8"}
SENTENCES = ("<p>The minister will hold a press conference in Brussels on 20 November 2023 at 09:15 (CET).</p>"
             "<p>A second briefing follows on 21 November 2023 at 10:00 (CET).</p>")
GOOD_BUNDLE = """\
Ministers gather in Oslo

Source: Ministry

On 5 December 2023, ministers will gather in Oslo. At 10:00 (CET) there will be a press conference.
"""


def page(title: str = "Minister meets press", head: str = "", body: str = SENTENCES) -> bytes:
    return (f"<!doctype html><html><head>{head}<title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>").encode()


def make_config(tmp_path: Path, *sources: settings.Source, **overrides: object) -> settings.Config:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_BUNDLE, encoding="utf-8")
    values: dict[str, object] = {"database": f"sqlite:///{tmp_path / 'presscal.db'}", "output": tmp_path / "output",
                                 "sources": (settings.Source("good", path=str(good)), *sources)}
    values.update(overrides)
    return settings.Config(**values)  # type: ignore[arg-type]


def published(config: settings.Config) -> dict[str, str]:
    """UID -> summary of the published calendar, after icalendar, vobject and feedparser all read the files."""
    calendar = (config.output / "calendar.ics").read_bytes()
    events = {str(e["UID"]): str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(calendar).walk("VEVENT")}
    assert {str(v.uid.value) for v in vobject.readOne(calendar.decode("utf-8")).vevent_list} == set(events)
    feed = feedparser.parse((config.output / "feed.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == len(events)
    return events


def lost(before: dict[str, str], config: settings.Config, record_property: pytest.RecordProperty) -> int:
    missing = len(set(before) - set(published(config)))
    record_property("at_stake", len(before))
    record_property("lost", missing)
    return missing


def health(config: settings.Config) -> dict[str, object]:
    answer = create_app(config).test_client().get("/health")
    assert answer.status_code == 200
    return json.loads(answer.data)  # type: ignore[no-any-return]


def source_health(config: settings.Config, name: str) -> dict[str, object]:
    return next(s for s in health(config)["sources"] if s["name"] == name)  # type: ignore[attr-defined,union-attr]


# Finding 1: one control character stops all publishing.
LATE = "<p>A third briefing\x00 follows on 22 November 2023 at 11:00 (CET).</p>"  # a NUL past the first 8 KiB


@pytest.mark.parametrize(("title", "late"), [("Minister\x1bmeets press", ""), ("Minister meets press\uffff", ""),
                                             ("Minister &#x1; meets", ""), ("Minister\x7f\x85meets", ""),
                                             ("Minister meets press", LATE)])
def test_fault_a_control_character_in_a_title_is_cleaned(tmp_path: Path, http_server: Server, title: str, late: str,
                                                         record_property: pytest.RecordProperty) -> None:
    body = SENTENCES + "<p>" + "filler " * 1500 + "</p>" + late
    http_server.routes["/page.html"] = (200, HTML, page(title, body=body))
    config = make_config(tmp_path, settings.Source("bad", url=http_server.url("/page.html")))
    report = refresh(config, NOW)
    assert [s.error for s in report.sources] == ["", ""]
    assert len(published(config)) == (4 if late else 3)  # one from the good source, the others from the page
    store = Store(config.database)
    try:
        stored = store.events()
    finally:
        store.close()
    assert {e.source for e in stored} == {"good", "bad"}
    assert all(clean_event(e) == e for e in stored)  # nothing XML cannot carry reached the store
    assert {e.article_title.replace(" ", "") for e in stored if e.source == "bad"} <= {"Ministermeetspress",
                                                                                     "Ministermeets"}
    assert lost({}, config, record_property) == 0


def test_fault_a_store_poisoned_by_an_older_version_heals(tmp_path: Path,
                                                          record_property: pytest.RecordProperty) -> None:
    config = make_config(tmp_path)
    refresh(config, NOW)
    before = published(config)
    store = Store(config.database)
    try:
        # What an older presscal stored: a summary XML cannot carry.
        poisoned = [e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "summary": e.summary + "\x1b\uffff"})
                    for e in store.events()]
        store.rewrite(poisoned)
    finally:
        store.close()
    (config.output / "calendar.ics").unlink()  # so the build renders again
    report = refresh(config, NOW + dt.timedelta(hours=1))
    assert any("cleaned in the store" in p for p in report.problems)
    assert published(config) == before
    assert lost(before, config, record_property) == 0


def test_an_event_that_cannot_be_rendered_is_left_out_and_reported(tmp_path: Path) -> None:
    from feeds.atom import render_feed
    from feeds.ics import CalendarInfo

    config = make_config(tmp_path)
    refresh(config, NOW)
    store = Store(config.database)
    try:
        [good] = store.events()
    finally:
        store.close()
    bad = good.__class__(**{**{f: getattr(good, f) for f in good.__slots__}, "uid": "bad", "summary": "a\x01b"})
    problems: list[str] = []
    feed = feedparser.parse(render_feed([good, bad], CalendarInfo(), problems=problems))
    assert [e.id.rsplit("/", 1)[1] for e in feed.entries] == [good.uid]
    assert problems == [f"event bad ('a\\x01b') left out of the feed: {problems[0].split(': ', 1)[1]}"]


# Finding 2: a bogus charset crashed the whole refresh; the page is read as UTF-8 instead.
@pytest.mark.parametrize("charset", ["rot13", "hex", "base64", "zlib", "bz2", "idna", "punycode", "utf-32",
                                     "undefined", "uu", "quopri"])
def test_fault_a_bogus_charset_is_an_unknown_one(tmp_path: Path, http_server: Server, charset: str,
                                                 record_property: pytest.RecordProperty) -> None:
    bogus = page("Minister meets press", head=f'<meta charset="{charset}">')
    http_server.routes["/page.html"] = (200, {"Content-Type": "text/html"}, bogus)
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, _feed(http_server, "/page.html"))
    config = make_config(tmp_path, settings.Source("page", url=http_server.url("/page.html")),
                         settings.Source("feed", url=http_server.url("/feed.xml")))
    report = refresh(config, NOW)
    assert [(s.name, s.error, s.events) for s in report.sources] == [("good", "", 1), ("page", "", 2), ("feed", "", 2)]
    assert lost({}, config, record_property) == 0


def _feed(server: Server, *paths: str) -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>{server.url(p)}</link></item>" for n, p in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
            f"<link>{server.url('/')}</link><description>d</description>{items}</channel></rss>").encode()


# Finding 3: a server that drips its body is cut off at the deadline.
def _drip(handler: _Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        while not handler.server.served.stopping.wait(0.1):
            handler.wfile.write(b" ")
            handler.wfile.flush()
    except OSError:
        pass  # cut off, as it should be


def test_fault_a_dripping_server_is_cut_off_at_the_deadline(http_server: Server,
                                                            record_property: pytest.RecordProperty) -> None:
    http_server.routes["/drip"] = _drip
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"/drip: no complete answer within 1 seconds"):
        fetch(http_server.url("/drip"), timeout=1.0)
    assert time.monotonic() - started < 2.5  # each byte comes well within the per-read timeout
    record_property("lost", 0)


def test_fault_a_dripping_item_page_costs_the_budget_not_the_refresh(tmp_path: Path, http_server: Server,
                                                                     record_property: pytest.RecordProperty) -> None:
    http_server.routes["/drip"] = _drip
    http_server.routes["/page.html"] = (200, HTML, page())
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"f1"'},
                                       _feed(http_server, "/drip", "/page.html"))
    source = settings.Source("feed", url=http_server.url("/feed.xml"), item_seconds=1)
    config = make_config(tmp_path, source)
    started = time.monotonic()
    report = refresh(config, NOW)
    assert time.monotonic() - started < 4
    feed = report.sources[1]
    assert feed.error == ""
    assert any("/drip" in p and "within" in p for p in feed.problems)
    state = source_health(config, "feed")
    assert state["status"] == "warning"
    [failed] = state["failed_items"]  # type: ignore[misc]
    assert (failed["link"], failed["failures"]) == (http_server.url("/drip"), 1)
    assert state["waiting_items"] == 1
    assert health(config)["status"] == "degraded"
    from health import describe
    from health import health as compute

    lines = describe(next(s for s in compute(config).sources if s.name == "feed"))  # `presscal sources`
    assert lines[0].startswith("feed: warning: ")
    assert f"  item failed 1 times: 'Item 0' {http_server.url('/drip')}: " in "\n".join(lines)
    assert "  1 item pages wait for the next refresh" in lines
    # The feed has not changed (304), yet the item not reached is read at the next refresh.
    again = refresh(config, NOW + dt.timedelta(minutes=5))
    assert again.sources[1].events == 2
    assert lost({}, config, record_property) == 0


# Finding 4: a body shorter than its Content-Length is an error, and what was published stays.
def _short(handler: _Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "193")
    handler.end_headers()
    handler.wfile.write(page()[:141])


def test_fault_a_body_cut_short_is_an_error(tmp_path: Path, http_server: Server,
                                            record_property: pytest.RecordProperty) -> None:
    http_server.routes["/page.html"] = (200, HTML, page())
    config = make_config(tmp_path, settings.Source("page", url=http_server.url("/page.html")))
    refresh(config, NOW)
    before = published(config)
    http_server.routes["/page.html"] = _short
    report = refresh(config, NOW + dt.timedelta(hours=1))
    assert report.sources[1].error.endswith("the body was cut short: 141 of the 193 bytes its Content-Length announced")
    assert source_health(config, "page")["status"] == "failing"
    assert published(config) == before
    assert lost(before, config, record_property) == 0


# Finding 5: links and redirects from content may not reach private addresses.
def test_fault_an_item_link_to_a_loopback_address_is_refused_from_a_file_feed(
        tmp_path: Path, http_server: Server, record_property: pytest.RecordProperty) -> None:
    http_server.routes["/secret.html"] = (200, HTML, page("Internal", body=SENTENCES + "<p>password 8d1f</p>"))
    feed = tmp_path / "feed.xml"
    feed.write_bytes(_feed(http_server, "/secret.html"))
    config = make_config(tmp_path, settings.Source("feed", path=str(feed), kind="rss"))
    report = refresh(config, NOW)
    assert any("refused to connect to 127.0.0.1" in p and "a loopback address" in p for p in report.sources[1].problems)
    assert ("/secret.html", ) not in {(path,) for path, _ in http_server.requests}
    assert not any(b"8d1f" in p.read_bytes() for p in config.output.rglob("*") if p.is_file())
    assert source_health(config, "feed")["status"] == "warning"
    allowed = make_config(tmp_path, settings.Source("feed", path=str(feed), kind="rss", allow_private_urls=True))
    assert refresh(allowed, NOW + dt.timedelta(hours=1)).sources[1].events == 2  # the failed item is retried
    assert lost({}, config, record_property) == 0


def test_fault_a_redirect_to_a_link_local_address_is_refused(http_server: Server,
                                                             record_property: pytest.RecordProperty) -> None:
    http_server.routes["/moved"] = (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"refused to connect to 169\.254\.169\.254 .*a link-local address"):
        fetch(http_server.url("/moved"), reach=frozenset({"loopback"}))
    assert time.monotonic() - started < 1  # refused before any connection is tried
    with pytest.raises(SourceError, match=r"a loopback address"):
        fetch(http_server.url("/moved"), reach=frozenset())
    record_property("lost", 0)


def test_links_with_spaces_and_non_ascii_are_sent_as_browsers_send_them(http_server: Server) -> None:
    http_server.routes["/news/%C3%A9lan%20visit.html?a=%C3%BC"] = (200, HTML, page())
    assert fetch(http_server.url("/news/élan visit.html?a=ü")).data == page()


# Finding 6: item pages have one budget per refresh and a limit; the rest are read the next time.
def test_fault_slow_item_pages_cost_one_budget(tmp_path: Path, http_server: Server,
                                               record_property: pytest.RecordProperty) -> None:
    http_server.routes["/slow.html"] = slow(3.0)
    paths = ["/slow.html", *(f"/p{n}.html" for n in range(5))]
    for path in paths[1:]:
        http_server.routes[path] = (200, HTML, page(f"Page {path}"))
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"f1"'},
                                       _feed(http_server, *paths))
    source = settings.Source("feed", url=http_server.url("/feed.xml"), item_seconds=1, item_pages=3)
    config = make_config(tmp_path, source)
    started = time.monotonic()
    first = refresh(config, NOW).sources[1]
    assert time.monotonic() - started < 2.5
    assert first.items == 1  # the slow item's own title, read while its page is not
    assert source_health(config, "feed")["waiting_items"] == 5
    second = refresh(config, NOW + dt.timedelta(minutes=1)).sources[1]  # the feed answers 304
    assert second.items == 3  # at most item_pages a refresh; the slow one waits for its backoff
    third = refresh(config, NOW + dt.timedelta(minutes=2)).sources[1]
    assert third.items == 2
    state = source_health(config, "feed")
    assert (state["waiting_items"], len(state["failed_items"])) == (0, 1)  # type: ignore[arg-type]
    http_server.routes["/slow.html"] = (200, HTML, page("Late page"))
    assert refresh(config, NOW + dt.timedelta(hours=2)).sources[1].items == 1
    assert source_health(config, "feed")["status"] == "ok"
    assert lost({}, config, record_property) == 0


# Finding 7: a locked database, a read-only output folder and a full disk: one sentence, exit 1.
def _build(config_file: Path, *, limit: int = 0) -> subprocess.CompletedProcess[str]:
    prelude = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
               f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); " if limit else "import sys; ")
    code = prelude + f"import cli; sys.exit(cli.main(['build', '--config', {str(config_file)!r}]))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def _toml(tmp_path: Path, output: str = "output") -> Path:
    (tmp_path / "good.txt").write_text(GOOD_BUNDLE, encoding="utf-8")
    file = tmp_path / "presscal.toml"
    file.write_text(f'[calendar]\noutput = "{output}"\ndatabase = "sqlite:///presscal.db"\n'
                    '[[sources]]\nname = "good"\npath = "good.txt"\n', encoding="utf-8")
    return file


def _one_sentence(result: subprocess.CompletedProcess[str], names: str) -> None:
    lines = [line for line in result.stderr.splitlines() if line.startswith("presscal:")]
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1, result.stderr
    assert names in lines[0], result.stderr
    for leak in ("Traceback", "SELECT", "INSERT", "UPDATE", "[SQL", "parameters"):
        assert leak not in result.stderr


def test_fault_a_locked_database_is_one_sentence(tmp_path: Path, record_property: pytest.RecordProperty) -> None:
    file = _toml(tmp_path)
    assert _build(file).returncode == 0
    before = (tmp_path / "output" / "calendar.ics").read_bytes()
    (tmp_path / "good.txt").write_text(GOOD_BUNDLE + "\n", encoding="utf-8")  # so the build has to write
    holder = sqlite3.connect(tmp_path / "presscal.db", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = _build(file)
    finally:
        holder.close()
    _one_sentence(result, f"database sqlite:///{tmp_path / 'presscal.db'}: ")
    assert "locked" in result.stderr
    assert (tmp_path / "output" / "calendar.ics").read_bytes() == before
    record_property("lost", 0)


def test_fault_an_output_folder_that_cannot_be_written_is_one_sentence(
        tmp_path: Path, record_property: pytest.RecordProperty) -> None:
    (tmp_path / "output").write_text("a file where the folder should be", encoding="utf-8")
    _one_sentence(_build(_toml(tmp_path)), f"{tmp_path / 'output'}")
    record_property("lost", 0)


def test_fault_a_full_disk_is_one_sentence(tmp_path: Path, record_property: pytest.RecordProperty) -> None:
    file = _toml(tmp_path)
    assert _build(file).returncode == 0
    before = (tmp_path / "output" / "calendar.ics").read_bytes()
    (tmp_path / "good.txt").write_text(GOOD_BUNDLE + GOOD_BUNDLE.replace("Oslo", "Bergen") * 40, encoding="utf-8")
    result = _build(file, limit=len(before) + 100)  # no file may grow past this: as if the disk were full
    _one_sentence(result, str(tmp_path))
    assert re.search(r"File too large|disk I/O error|database or disk is full", result.stderr), result.stderr
    assert (tmp_path / "output" / "calendar.ics").read_bytes() == before
    record_property("lost", 0)


# Finding 8: an empty 200 or a navigation-only page where events were is a warning; the events stay.
NAVIGATION_ONLY = b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"


@pytest.mark.parametrize("empty", [b"", NAVIGATION_ONLY])
def test_fault_a_source_that_suddenly_gives_nothing_is_a_warning(tmp_path: Path, http_server: Server, empty: bytes,
                                                                 record_property: pytest.RecordProperty) -> None:
    http_server.routes["/page.html"] = (200, HTML, page())
    config = make_config(tmp_path, settings.Source("page", url=http_server.url("/page.html")))
    refresh(config, NOW)
    before = published(config)
    http_server.routes["/page.html"] = (200, HTML, empty)
    report = refresh(config, NOW + dt.timedelta(hours=1))
    assert report.sources[1].warning == "gave 0 events, had 2"
    state = source_health(config, "page")
    assert state["status"] == "warning"
    assert str(state["warning"]).startswith("gave 0 events, had 2")
    assert health(config)["status"] == "degraded"
    assert lost(before, config, record_property) == 0
    http_server.routes["/page.html"] = (200, HTML, page(body=SENTENCES + "<p>Back.</p>"))
    refresh(config, NOW + dt.timedelta(hours=2))
    assert source_health(config, "page")["status"] == "ok"


# Finding 9: a source renamed in the configuration keeps its events.
@pytest.mark.parametrize("older_store", [False, True])
def test_fault_a_renamed_source_keeps_its_events(tmp_path: Path, older_store: bool,
                                                 record_property: pytest.RecordProperty) -> None:
    pages = tmp_path / "page.html"
    pages.write_bytes(page())
    config = make_config(tmp_path, settings.Source("ministry", path=str(pages)))
    refresh(config, NOW)
    before = published(config)
    if older_store:  # read by a version that kept no location: known by its file
        store = Store(config.database)
        try:
            store.delete_meta("source:ministry")
        finally:
            store.close()
    renamed = make_config(tmp_path, settings.Source("ministry-news", path=str(pages)))
    report = refresh(renamed, NOW + dt.timedelta(hours=1))
    assert any("'ministry-news' was called 'ministry'" in p for p in report.problems)
    pages.write_bytes(page(body=SENTENCES + "<p>More words.</p>"))  # read again under the new name
    refresh(renamed, NOW + dt.timedelta(hours=2))
    after = published(renamed)
    assert set(after) == set(before)  # the same UIDs, no duplicates
    store = Store(renamed.database)
    try:
        assert {e.source for e in store.events()} == {"good", "ministry-news"}
    finally:
        store.close()
    assert lost(before, renamed, record_property) == 0


# Finding 10: a published file damaged behind presscal's back is repaired by the next build.
@pytest.mark.parametrize("damage", ["truncate", "edit", "delete"])
def test_fault_a_damaged_published_file_is_repaired(tmp_path: Path, damage: str,
                                                    record_property: pytest.RecordProperty) -> None:
    config = make_config(tmp_path)
    refresh(config, NOW)
    before = published(config)
    files = {p: p.read_bytes() for p in config.output.rglob("*") if p.is_file()}
    single = next(p for p in files if p.parent.name == "events")
    if damage == "truncate":
        single.write_bytes(b"")
    elif damage == "edit":
        (config.output / "calendar.ics").write_bytes(files[config.output / "calendar.ics"].replace(b"Oslo", b"Olso"))
    else:
        (config.output / "feed.atom").unlink()
    report = refresh(config, NOW)  # nothing changed in the sources: not forced
    assert any("differ from what was written" in p for p in report.problems)
    assert {p: p.read_bytes() for p in config.output.rglob("*") if p.is_file()} == files
    assert refresh(config, NOW).written == []  # and the next build finds nothing to repair
    assert lost(before, config, record_property) == 0


# Finding 11: events from local HTML files link to the page's own URL, or to nothing; never to a path.
@pytest.mark.parametrize(("head", "link"), [
    ('<link rel="canonical" href="https://ministry.example/news/briefing">', "https://ministry.example/news/briefing"),
    ('<meta property="og:url" content="https://ministry.example/n/2">', "https://ministry.example/n/2"),
    ("", ""),
])
def test_fault_a_local_page_never_publishes_its_path(tmp_path: Path, head: str, link: str,
                                                     record_property: pytest.RecordProperty) -> None:
    folder = tmp_path / "srv" / "www"
    folder.mkdir(parents=True)
    (folder / "page.html").write_bytes(page(head=head))
    config = make_config(tmp_path, settings.Source("local", path=str(folder / "page.html")))
    refresh(config, NOW)
    for path in config.output.rglob("*"):
        assert not path.is_file() or str(folder).encode() not in path.read_bytes(), path
    calendar = icalendar.Calendar.from_ical((config.output / "calendar.ics").read_bytes())
    found = [e for e in calendar.walk("VEVENT") if "Press conference: Minister" in str(e["SUMMARY"])]
    assert found
    for event in found:  # URL is the event's own page; the article's address, when the page names one, is cited
        assert "/events/" in str(event["URL"])
        assert (link in str(event["DESCRIPTION"])) if link else ("http" not in str(event["DESCRIPTION"]))
    assert lost({}, config, record_property) == 0


# Finding 12: a Location header never comes from SCRIPT_NAME.
def test_fault_script_name_cannot_redirect_elsewhere(tmp_path: Path, record_property: pytest.RecordProperty) -> None:
    config = make_config(tmp_path, base_url="https://events.example.org/cal")
    client = create_app(config).test_client()
    answer = client.get("/calendar.ics?place=Kosovo", environ_overrides={"SCRIPT_NAME": "//evil.example"})
    assert answer.status_code == 301
    assert answer.headers["Location"].startswith("/cal/calendar.ics?")
    answer = client.get("/subscribe?place=", environ_overrides={"SCRIPT_NAME": "//evil.example"})
    assert answer.headers["Location"] == "/cal/subscribe"
    record_property("lost", 0)


def test_the_readme_documents_every_source_setting() -> None:
    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in text[text.index("| source key | default | meaning |"):].splitlines()[2:]:
        if not line.startswith("|"):
            break
        key, default, meaning = (c.strip() for c in line.strip().strip("|").split("|"))
        rows[key.strip("`")] = (default, meaning)
    assert set(rows) == {s.key for s in settings.SOURCE_SETTINGS}
    for setting in settings.SOURCE_SETTINGS:
        written = str(setting.default).lower() if isinstance(setting.default, bool) else setting.default
        assert rows[setting.key] == (f"`{written}`" if written != "" else "(empty)", setting.help), setting.key


@pytest.mark.parametrize(("toml", "problem"), [
    ("allow_private_urls = 1", "allow_private_urls must be true or false, not 1"),
    ("item_pages = -1", "item_pages must be a whole number from 0 to 1000, not -1"),
    ("item_seconds = 0", "item_seconds must be a number of seconds from 0 to 3600, not 0"),
])
def test_source_settings_are_checked(toml: str, problem: str) -> None:
    import tomllib

    from model import ConfigError

    with pytest.raises(ConfigError, match=re.escape(problem)):
        settings.parse(tomllib.loads(f'[[sources]]\nname = "x"\nurl = "https://a.example/"\n{toml}\n'), Path("."))


# Minor findings.
def test_fault_a_utf32_page_keeps_its_title(tmp_path: Path, record_property: pytest.RecordProperty) -> None:
    file = tmp_path / "page.html"
    file.write_bytes(page("Ministre à Bruxelles").decode().encode("utf-32"))
    config = make_config(tmp_path, settings.Source("wide", path=str(file)))
    assert refresh(config, NOW).sources[1].events == 2
    store = Store(config.database)
    try:
        assert {e.article_title for e in store.events() if e.source == "wide"} == {"Ministre à Bruxelles"}
    finally:
        store.close()
    assert lost({}, config, record_property) == 0


def test_fault_a_deeply_nested_page_sinks_nothing(tmp_path: Path, http_server: Server,
                                                  record_property: pytest.RecordProperty) -> None:
    deep = "<div>" * 5000 + SENTENCES + "</div>" * 5000
    http_server.routes["/deep.html"] = (200, HTML, page(body=deep))
    config = make_config(tmp_path, settings.Source("deep", url=http_server.url("/deep.html")))
    report = refresh(config, NOW)
    assert report.sources[0].events == 1
    assert report.sources[1].error == ""  # read, or reported as a problem of its page: never a crash
    assert lost({}, config, record_property) == 0


def test_a_literal_backslash_n_stays_one_in_the_calendar(tmp_path: Path) -> None:
    file = tmp_path / "page.html"
    file.write_bytes(page(body=SENTENCES.replace("in Brussels", "in Brussels (room C:\\New)")))
    config = make_config(tmp_path, settings.Source("page", path=str(file)))
    refresh(config, NOW)
    calendar = (config.output / "calendar.ics").read_bytes()
    descriptions = [str(e["DESCRIPTION"]) for e in icalendar.Calendar.from_ical(calendar).walk("VEVENT")]
    assert any("C:\\New" in d for d in descriptions)
    assert any("C:\\New" in str(v.description.value) for v in vobject.readOne(calendar.decode()).vevent_list)


def test_build_and_sources_count_items_alike(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import cli

    from .conftest import SAMPLE

    file = tmp_path / "presscal.toml"
    file.write_text(f'[calendar]\ndatabase = "sqlite:///presscal.db"\n[[sources]]\nname = "nato"\npath = "{SAMPLE}"\n',
                    encoding="utf-8")
    assert cli.main(["build", "--config", str(file)]) == 0
    built = re.search(r"source nato: (\d+) items read", capsys.readouterr().out)
    assert cli.main(["sources", "--config", str(file)]) == 0
    shown = re.search(r"nato: ok: (\d+) items read at the last change, (\d+) with events", capsys.readouterr().out)
    assert built
    assert shown
    assert built.group(1) == shown.group(1)
    assert int(shown.group(2)) <= int(shown.group(1))


# Property: arbitrary Unicode in titles, text and places renders into files independent parsers read.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)
# Hypothesis also draws strings from the code under test ("preset time", "cancelled"): words that rightly change
# what the sentence says (logistics, a cancellation) are not the noise this property is about.
_WORDS = re.compile(r"[A-Za-z]{3}")


@given(title=ANY_TEXT, text=ANY_TEXT, place=ANY_TEXT)
@settings_(max_examples=150, deadline=None)
def test_any_text_the_parsers_accept_renders_into_readable_files(title: str, text: str, place: str) -> None:
    from feeds.atom import render_feed
    from feeds.ics import CalendarInfo, render_calendar
    from model import Article
    from parsers import extract_articles

    assume(not any(_WORDS.search(part) for part in (title, text, place)))
    body = f"{text}\n\nOn 20 November 2023 at 09:15 (CET) the minister gives a press conference in {place}. {text}"
    found = extract_articles([Article(source="any", title=title, body=body)], reference=NOW.date())
    assert found.events  # the sentence stated one, whatever surrounds it
    problems: list[str] = []
    calendar = render_calendar(found.events, CalendarInfo(), problems)
    feed = render_feed(found.events, CalendarInfo(), problems=problems)
    assert problems == []  # nothing had to be left out: the parsers' edge cleaned it all
    uids = {e.uid for e in found.events}
    assert {str(e["UID"]) for e in icalendar.Calendar.from_ical(calendar).walk("VEVENT")} == uids
    parsed = vobject.readOne(calendar.decode("utf-8"))
    assert {str(v.uid.value) for v in getattr(parsed, "vevent_list", [])} == uids
    read = feedparser.parse(feed)
    assert not read.bozo, read.get("bozo_exception")
    assert len(read.entries) == len(uids)
    for event, vevent in zip(sorted(found.events, key=lambda e: e.sort_key), parsed.vevent_list, strict=True):
        assert vevent.summary.value == event.summary


def test_fault_a_scheduled_run_that_fails_as_a_whole_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                               record_property: pytest.RecordProperty) -> None:
    from scheduler import refresh_job

    config = make_config(tmp_path, database=f"sqlite:///{tmp_path / 'no-such-folder' / 'presscal.db'}")
    refresh_job(config)()  # the job returns: the scheduler runs it again at the next interval
    assert "refresh failed" in caplog.text
    assert f"database sqlite:///{tmp_path / 'no-such-folder' / 'presscal.db'}: " in caplog.text
    record_property("lost", 0)
