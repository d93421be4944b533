"""Every event's own page, read as search engines and chat apps read it.

extruct (an independent reader of JSON-LD and Open Graph) reads each page of a
calendar built from the sample, then changed by its source: one press conference
moved, another cancelled by a later item, and all-day spans among the rest.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urljoin, urlsplit

import extruct
import feedparser
import pytest
import pytz
from flask.testing import FlaskClient

import config as settings
from feeds.event_page import render_event_page
from feeds.html import MAX_PAST
from feeds.ics import CalendarInfo
from model import Event
from refresh import refresh
from web import create_app

from .conftest import SAMPLE

MakeConfig = Callable[..., settings.Config]
BEFORE = dt.datetime(2023, 11, 17, 9, tzinfo=dt.UTC)  # days before the sample's events: all are upcoming
LATER = BEFORE + dt.timedelta(hours=1)
BOSNIA = "Press conference: Secretary General and Chairwoman of the Council of Minister of Bosnia and Herzegovina"
KOSOVO = "Press conference: Secretary General and Ms Osmani-Sandriu of Kosovo"
NOTICE = ("Press conference in Pristina cancelled\n\nSource: NATO\n\nThe joint press conference of the "
          "Secretary General in Pristina, Kosovo on 20 November 2023 has been cancelled.\n")
SCHEMA = "https://schema.org/"
BASE = "http://127.0.0.1:8000"  # the default base_url, which the pages' absolute links use


@pytest.fixture
def changed(make_config: MakeConfig, tmp_path: Path) -> settings.Config:
    """The sample, refreshed, then changed at its source: Bosnia moved 09:15 -> 09:30, Kosovo cancelled."""
    source = tmp_path / "news.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    config = make_config(settings.Source("nato", path=str(source)))
    refresh(config, BEFORE)
    source.write_text(text.replace("20th November, 09:15 (CET)", "20th November, 09:30 (CET)") + "\n\n" + NOTICE,
                      encoding="utf-8")
    report = refresh(config, LATER)
    assert (report.added, report.changed) == (0, 2)
    return config


def _records(config: settings.Config) -> dict[str, dict[str, object]]:
    return {str(r["summary"]): r for r in json.loads((config.output / "events.json").read_bytes())["events"]}


def _markup(page: bytes, url: str) -> dict[str, list[dict[str, object]]]:
    return extruct.extract(page.decode("utf-8"), base_url=url, syntaxes=["json-ld", "opengraph"], uniform=True)


def _one_event(config: settings.Config, uid: str) -> dict[str, object]:
    data = _markup((config.output / "events" / f"{uid}.html").read_bytes(), f"{BASE}/events/{uid}")
    events = [item for item in data["json-ld"] if item.get("@type") == "Event"]
    assert len(events) == 1, f"one Event on the page of {uid}"
    assert len(data["json-ld"]) == 1
    return events[0]


def test_every_page_has_one_valid_event_with_its_times_and_status(changed: settings.Config) -> None:
    records = _records(changed)
    assert len(records) == 20
    for record in records.values():
        event = _one_event(changed, str(record["uid"]))
        for key in ("name", "startDate", "endDate", "eventStatus", "eventAttendanceMode", "url", "organizer"):
            assert event.get(key), f"{key} of {record['summary']}"
        assert event["@context"] == "https://schema.org"
        assert event["name"] == record["summary"]
        assert event["url"] == f"{BASE}/events/{record['uid']}"
        # The organisation its release names ("Source: NATO"), not the configured source's name "nato".
        assert record["org"] == "NATO"
        assert event["organizer"] == {"@type": "Organization", "name": "NATO"}
        assert event["description"] == record["sentence"]
        if record["location"]:
            assert event["location"] == {"@type": "Place", "name": record["location"], "address": record["location"]}
        if record["all_day"]:
            assert event["startDate"] == record["start"]
            last = dt.date.fromisoformat(str(record["end"])) - dt.timedelta(days=1)  # schema.org ends are inclusive
            assert event["endDate"] == last.isoformat()
        else:
            start = dt.datetime.fromisoformat(str(event["startDate"]))
            end = dt.datetime.fromisoformat(str(event["endDate"]))
            assert start == dt.datetime.fromisoformat(str(record["start"]))
            assert end == dt.datetime.fromisoformat(str(record["end"]))
            assert re.search(r"T\d\d:\d\d:\d\d[+-]\d\d:\d\d$", str(event["startDate"])), "the zone's offset"
            assert start.utcoffset() == dt.timedelta(hours=1)  # the sample's zones are all on CET in November
        assert "isAccessibleForFree" not in event  # no text says whether any of them is free


def test_an_all_day_span_has_dates_only(changed: settings.Config) -> None:
    course = next(r for r in _records(changed).values() if str(r["summary"]).startswith("Course:"))
    event = _one_event(changed, str(course["uid"]))
    assert (event["startDate"], event["endDate"]) == ("2023-11-06", "2023-11-10")  # from 6 to 10 November
    assert event["eventStatus"] == SCHEMA + "EventScheduled"
    assert "previousStartDate" not in event


def test_a_moved_event_is_rescheduled_with_its_previous_start(changed: settings.Config) -> None:
    moved = _records(changed)[BOSNIA]
    event = _one_event(changed, str(moved["uid"]))
    assert event["eventStatus"] == SCHEMA + "EventRescheduled"
    assert event["startDate"] == "2023-11-20T09:30:00+01:00"
    assert event["endDate"] == "2023-11-20T10:15:00+01:00"
    assert event["previousStartDate"] == "2023-11-20T09:15:00+01:00"
    page = (changed.output / "events" / f"{moved['uid']}.html").read_text(encoding="utf-8")
    assert "moved from 09:15 CET to 09:30 CET" in page  # the change history, in words
    assert "it was to start Mon 20 Nov 2023, 09:15 CET" in page


def test_a_cancelled_event_is_cancelled_and_marked(changed: settings.Config) -> None:
    cancelled = _records(changed)[KOSOVO]
    assert cancelled["status"] == "CANCELLED"
    event = _one_event(changed, str(cancelled["uid"]))
    assert event["eventStatus"] == SCHEMA + "EventCancelled"
    assert event["startDate"] == "2023-11-20T16:10:00+01:00"
    page = (changed.output / "events" / f"{cancelled['uid']}.html").read_text(encoding="utf-8")
    assert '<span class="status">Cancelled:</span>' in page
    assert 'class="event single cancelled"' in page


def test_link_previews_on_event_pages_and_the_agenda(changed: settings.Config) -> None:
    moved = _records(changed)[BOSNIA]
    url = f"{BASE}/events/{moved['uid']}"
    [preview] = _markup((changed.output / "events" / f"{moved['uid']}.html").read_bytes(), url)["opengraph"]
    assert preview["og:title"] == BOSNIA
    assert preview["og:url"] == url
    assert preview["og:description"] == "Mon 20 Nov 2023, 09:30 CET · Bosnia and Herzegovina"
    page = (changed.output / "events" / f"{moved['uid']}.html").read_text(encoding="utf-8")
    assert '<meta name="twitter:card" content="summary">' in page
    [agenda] = _markup((changed.output / "index.html").read_bytes(), f"{BASE}/")["opengraph"]
    assert (agenda["og:title"], agenda["og:url"]) == (changed.name, f"{BASE}/")


def test_the_agenda_lists_every_event_page_in_an_item_list(changed: settings.Config) -> None:
    records = _records(changed)
    [items] = _markup((changed.output / "index.html").read_bytes(), f"{BASE}/")["json-ld"]
    assert items["@type"] == "ItemList"
    listed = [element["url"] for element in items["itemListElement"]]
    assert [element["position"] for element in items["itemListElement"]] == list(range(1, len(listed) + 1))
    assert sorted(listed) == sorted(f"{BASE}/events/{r['uid']}" for r in records.values())


def test_the_page_shows_where_it_came_from_and_how_to_add_it(changed: settings.Config) -> None:
    moved = _records(changed)[BOSNIA]
    page = (changed.output / "events" / f"{moved['uid']}.html").read_text(encoding="utf-8")
    assert f'<a href="{moved["uid"]}.ics" download>' in page
    google = re.search(r'href="(https://calendar\.google\.com/calendar/render\?action=TEMPLATE[^"]+)"', page)
    assert google is not None
    fields = dict(parse_qsl(urlsplit(html.unescape(google.group(1))).query))
    assert fields["dates"] == "20231120T083000Z/20231120T091500Z"  # UTC, as Google's template wants
    assert fields["ctz"] == "Europe/Sarajevo"
    assert (fields["text"], fields["location"]) == (BOSNIA, "Bosnia and Herzegovina")
    assert fields["details"] == f"{BASE}/events/{moved['uid']}"
    assert "../subscribe?from=2023-11-20&amp;to=2023-11-20" in page  # the same day
    assert "../subscribe?place=bosnia+and+herzegovina" in page  # the same place
    assert f"<blockquote>{moved['sentence']}</blockquote>" in page
    assert "<cite>NATO Secretary General to visit the Western Balkans</cite>" in page


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def _crawl(client: FlaskClient, start: str) -> set[str]:
    """Every page of the site reachable by links from `start` (HTML pages only, no query strings)."""
    seen, todo = set(), [start]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        if not response.content_type.startswith("text/html"):
            continue
        links = _Links()
        links.feed(response.get_data(as_text=True))
        for href in links.hrefs:
            target = urlsplit(urljoin(f"http://site{path}", href))
            if target.netloc == "site" and not target.query and not target.path.endswith((".ics", ".atom", ".json")):
                todo.append(target.path)
    return seen


MONTHS = "January February March April May June July August September October November December".split()


def _visits(count: int) -> str:
    """`count` one-event items on as many days of 2000 (our own words)."""
    items = []
    for n in range(count):
        day, month = 1 + n % 28, MONTHS[n // 28 % 12]
        items.append(f"Visit number {n}\n\nSource: NATO\n\nOn {day} {month} 2000, the Secretary General will "
                     f"visit Brussels for talks number {n}.\n")
    return "\n\n".join(items)


def test_every_event_is_reachable_from_the_agenda_through_the_archive(make_config: MakeConfig,
                                                                       tmp_path: Path) -> None:
    bundle = tmp_path / "visits.txt"
    bundle.write_text(_visits(MAX_PAST + 20), encoding="utf-8")
    config = make_config(settings.Source("visits", path=str(bundle)))
    refresh(config, dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC))  # all past by then
    records = json.loads((config.output / "events.json").read_bytes())["events"]
    assert len(records) == MAX_PAST + 20
    pages = {f"/events/{r['uid']}" for r in records}
    client = create_app(config).test_client()
    links = _Links()
    links.feed(client.get("/").get_data(as_text=True))
    on_the_agenda = {urlsplit(urljoin("http://site/", href)).path for href in links.hrefs}
    assert len(pages - on_the_agenda) == 20, "the agenda shows only the newest past events"
    reached = _crawl(client, "/")
    assert {"/past/1", "/past/2"} <= reached
    assert pages <= reached


def test_feed_alternate_links_answer_200_with_the_event_page(changed: settings.Config) -> None:
    client = create_app(changed).test_client()
    feed = feedparser.parse(client.get("/feed.atom").data)
    assert len(feed.entries) == 20
    for entry in feed.entries:
        [alternate] = [link.href for link in entry.links if link.rel == "alternate"]
        assert alternate.startswith(f"{BASE}/events/presscal-")
        response = client.get(alternate.removeprefix(BASE))
        assert response.status_code == 200
        assert response.content_type == "text/html; charset=utf-8"
        assert _markup(response.data, alternate)["json-ld"][0]["url"] == alternate
        assert entry.id.endswith(f":event/{alternate.rsplit('/', 1)[1]}")  # ids unchanged: tag:...:event/UID


def test_an_idle_refresh_rewrites_no_page_and_a_change_rewrites_its_own(changed: settings.Config,
                                                                         tmp_path: Path) -> None:
    pages = sorted((changed.output / "events").glob("*.html"))
    assert len(pages) == 20
    stamps = {p: p.stat().st_mtime_ns for p in pages}
    assert refresh(changed, LATER + dt.timedelta(minutes=30), force=False).written == []
    source = tmp_path / "news.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("16:30 (CET)", "16:45 (CET)"), encoding="utf-8")
    report = refresh(changed, LATER + dt.timedelta(hours=1))
    assert report.changed == 1
    rewritten = [p for p in pages if p.stat().st_mtime_ns != stamps[p]]
    assert len(rewritten) == 1
    assert "16:45" in rewritten[0].read_text(encoding="utf-8")
    assert rewritten[0] in report.written


def test_markup_in_the_text_cannot_break_out_of_the_json_ld(make_config: MakeConfig, tmp_path: Path) -> None:
    bundle = tmp_path / "evil.txt"
    bundle.write_text("Talks on </script><script>alert(1)</script> & more\n\nSource: NATO\n\n"
                      "On 21 November 2023, the </script><script>alert(1)</script> Secretary General will hold a "
                      "press conference in Brussels.\n", encoding="utf-8")
    config = make_config(settings.Source("evil", path=str(bundle)))
    refresh(config, dt.datetime(2023, 11, 1, tzinfo=dt.UTC))
    [record] = json.loads((config.output / "events.json").read_bytes())["events"]
    page = (config.output / "events" / f"{record['uid']}.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert page.count("</script>") == 2  # localtime.js and the JSON-LD block
    event = _one_event(config, str(record["uid"]))
    assert event["name"] == record["summary"]
    assert "</script><script>alert(1)</script>" in str(event["description"])


def _event(sentence: str, location: str) -> Event:
    zone = pytz.timezone("Europe/Brussels")
    day = dt.date(2027, 3, 30)
    return Event(uid="presscal-0123456789abcdef01234567", summary="Briefing", kind="briefing",
                 start=zone.localize(dt.datetime.combine(day, dt.time(10))),
                 end=zone.localize(dt.datetime.combine(day, dt.time(11))),
                 timezone="Europe/Brussels", location=location, sentence=sentence, article_title="A briefing",
                 source="nato", as_published="30 March 2027, 10:00", changed=dt.datetime(2027, 3, 1, tzinfo=dt.UTC))


@pytest.mark.parametrize(("sentence", "location", "mode", "free"), [
    ("The briefing will be held online on 30 March 2027 at 10:00.", "", "Online", None),
    ("The briefing in Brussels will also be livestreamed.", "Brussels, Belgium", "Mixed", None),
    ("The briefing in Brussels on 30 March 2027 is open to the public; admission is free.", "Brussels, Belgium",
     "Offline", True),
    ("The briefing takes place in Brussels on 30 March 2027.", "Brussels, Belgium", "Offline", None),
])
def test_attendance_mode_and_free_entry_only_as_the_text_says(sentence: str, location: str, mode: str,
                                                              free: bool | None) -> None:
    info = CalendarInfo()
    event = _event(sentence, location)
    [found] = _markup(render_event_page(event, info), f"{BASE}/events/{event.uid}")["json-ld"]
    assert found["eventAttendanceMode"] == f"{SCHEMA}{mode}EventAttendanceMode"
    assert found.get("isAccessibleForFree") is free
    assert found["startDate"] == "2027-03-30T10:00:00+02:00"  # summer time in Brussels by then
    if mode == "Online":
        assert found["location"]["@type"] == "VirtualLocation"


def test_the_same_day_and_same_place_links_are_canonical_and_answer(changed: settings.Config) -> None:
    moved = _records(changed)[BOSNIA]
    client = create_app(changed).test_client()
    page = client.get(f"/events/{moved['uid']}")
    links = _Links()
    links.feed(page.get_data(as_text=True))
    related = [href for href in links.hrefs if href.startswith("../subscribe?")]
    assert len(related) == 2
    for href in related:
        response = client.get(urljoin(f"/events/{moved['uid']}", href))
        assert response.status_code == 200, href  # no redirect: the links are the filters' canonical URLs
        assert f'id="{moved["uid"]}"' in response.get_data(as_text=True)  # the event is among them
