"""Filtered subscriptions: the query grammar, its canonical form, what a filter selects, and the routes."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode

import feedparser
import hypothesis
import icalendar
import pytest
import pytz
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import config as presscal_settings
from feeds.ics import CalendarInfo
from filters import CATEGORIES, KEYS, MAX_QUERY_LENGTH, Filter, FilterError, fold, parse_query
from model import TENTATIVE, Event
from refresh import refresh
from web import FilteredFiles, OutputFiles, create_app

from .conftest import NOW, SAMPLE

PLAIN = "text/plain; charset=utf-8"
PATHS = ("/calendar.ics", "/feed.atom", "/events.json")
D = dt.date

# -- the grammar: (query, the filter it asks for, why) ----------------------------------------------

PARSED = [
    ("", Filter(), "no query: everything"),
    ("category=press+conference", Filter(categories=("press conference",)), "a kind with a space"),
    ("category=Press%20%20Conference", Filter(categories=("press conference",)), "case and spaces folded"),
    ("category=speech&category=meeting", Filter(categories=("meeting", "speech")), "repeatable, sorted"),
    ("category=meeting&category=MEETING", Filter(categories=("meeting",)), "each kind once"),
    ("place=Li%C3%A8ge", Filter(place="liege"), "accents folded"),
    ("place=++North+++Macedonia+", Filter(place="north macedonia"), "spaces collapsed"),
    ("q=Stra%C3%9Fe", Filter(q="strasse"), "case-folded, not just lower-cased"),
    ("q=%EF%AC%81nal", Filter(q="final"), "compatibility forms: the fi ligature"),
    ("from=2023-11-20", Filter(from_day=D(2023, 11, 20)), "from alone"),
    ("to=2023-11-20&from=2023-11-20", Filter(from_day=D(2023, 11, 20), to_day=D(2023, 11, 20)), "one day"),
    ("from=+2023-11-20+", Filter(from_day=D(2023, 11, 20)), "spaces around a day"),
    ("tentative=no", Filter(tentative=False), "leave out tentative events"),
    ("tentative=YES", Filter(), "the default, in capitals"),
    ("q=&place=+&from=&to=&tentative=&category=", Filter(), "empty values count as not given"),
    ("place=&place=Kosovo", Filter(place="kosovo"), "an empty value is not a second one"),
    ("category", Filter(), "a name without a value is an empty value"),
    ("q=%CC%81", Filter(), "a lone accent folds to nothing"),
    ("q=" + "a" * (MAX_QUERY_LENGTH - 2), Filter(q="a" * (MAX_QUERY_LENGTH - 2)), "exactly the longest query"),
    ("&".join(["category=meeting"] * 20), Filter(categories=("meeting",)), "exactly the most parameters"),
]


@pytest.mark.parametrize(("query", "expected", "why"), PARSED, ids=[row[2] for row in PARSED])
def test_parse(query: str, expected: Filter, why: str) -> None:
    assert parse_query(query) == expected, why


CATEGORY_LIST = "ceremony, conference, course, doorstep, event, meeting, press conference, speech, summit and visit"
PARAMETER_LIST = "category, from, place, q, tentative and to"

# (query, the sentence of the 400, why)
REFUSED = [
    ("foo=1", f"Unknown parameter 'foo': the parameters are {PARAMETER_LIST}.", "unknown parameter"),
    ("Category=meeting", f"Unknown parameter 'Category': the parameters are {PARAMETER_LIST}.", "keys keep their case"),
    ("utm=1", f"Unknown parameter 'utm': the parameters are {PARAMETER_LIST}.", "only utm_* tracks"),
    ("__=1", f"Unknown parameter '__': the parameters are {PARAMETER_LIST}.", "only _ busts caches"),
    ("%0Afoo=1", f"Unknown parameter '\\nfoo': the parameters are {PARAMETER_LIST}.", "a line break is escaped"),
    ("category=party", f"Unknown category 'party': the categories are {CATEGORY_LIST}.", "unknown category"),
    ("category=press-conference", f"Unknown category 'press-conference': the categories are {CATEGORY_LIST}.",
     "a hyphen is not a space"),
    ("from=2023-1-5", "from='2023-1-5' is not a day written YYYY-MM-DD.", "short month and day"),
    ("from=2023-02-30", "from='2023-02-30' is not a day written YYYY-MM-DD.", "no such day"),
    ("to=20231120", "to='20231120' is not a day written YYYY-MM-DD.", "basic ISO form"),
    ("to=2023-W47-1", "to='2023-W47-1' is not a day written YYYY-MM-DD.", "ISO week form"),
    ("to=%D9%A2%D9%A0%D9%A2%D9%A3-11-20", "to='٢٠٢٣-11-20' is not a day written YYYY-MM-DD.", "other digits"),
    ("from=2023-11-22&to=2023-11-20", "from=2023-11-22 is after to=2023-11-20.", "from after to"),
    ("tentative=maybe", "tentative='maybe' must be yes or no.", "tentative is yes or no"),
    ("tentative=1", "tentative='1' must be yes or no.", "not a number either"),
    ("place=a&place=b", "The parameter place can be given only once.", "place once"),
    ("from=2023-11-20&from=2023-11-20", "The parameter from can be given only once.", "even the same day"),
    ("q=" + "a" * (MAX_QUERY_LENGTH - 1), "The query string is longer than 1,000 characters.", "too long"),
    ("&".join(["category=meeting"] * 21), "The query has more than 20 parameters.", "too many parameters"),
    ("q=" + "\ufdfa" * 11, "The query string is longer than 1,000 characters once normalised.",
     "folding can lengthen text"),
    ("q=" + "x" * 100 + "&nope=1", f"Unknown parameter 'nope': the parameters are {PARAMETER_LIST}.",
     "the first problem is named"),
    ("nope=1&" + "x" * 60 + "=1", f"Unknown parameter 'nope': the parameters are {PARAMETER_LIST}.", "in order"),
    ("x" * 60 + "=1", f"Unknown parameter '{'x' * 39}…': the parameters are {PARAMETER_LIST}.",
     "a long name is shortened"),
]


@pytest.mark.parametrize(("query", "sentence", "why"), REFUSED, ids=[row[2] for row in REFUSED])
def test_refused(query: str, sentence: str, why: str) -> None:
    with pytest.raises(FilterError) as raised:
        parse_query(query)
    assert str(raised.value) == sentence, why
    assert "\n" not in str(raised.value)


# (query, its canonical query)
CANONICAL = [
    ("", ""),
    ("category=press+conference", "category=press+conference"),
    ("category=Press%20Conference", "category=press+conference"),
    ("place=Brussels&category=meeting", "category=meeting&place=brussels"),
    ("category=speech&category=meeting&category=speech", "category=meeting&category=speech"),
    ("tentative=no&from=2023-11-01", "from=2023-11-01&tentative=no"),
    ("to=2023-11-30&q=x&tentative=no&place=y&from=2023-11-01&category=visit",
     "category=visit&from=2023-11-01&place=y&q=x&tentative=no&to=2023-11-30"),
    ("tentative=yes", ""),
    ("q=", ""),
    ("q=a%20b", "q=a+b"),
    ("q=caf%C3%A9", "q=cafe"),
    ("q=%26%3D%2B%25", "q=%26%3D%2B%25"),
    ("q=%e2%80%9c", "q=%E2%80%9C"),
    ("utm_source=newsletter&category=meeting&utm_medium=email", "category=meeting"),  # tracking: no filter
    ("_=1700000000", ""),  # a cache buster
    ("category=meeting&_=1&_=2&utm_campaign=", "category=meeting"),
]


@pytest.mark.parametrize(("query", "canonical"), CANONICAL)
def test_canonical_query(query: str, canonical: str) -> None:
    assert parse_query(query).canonical_query() == canonical
    assert parse_query(canonical).canonical_query() == canonical


def test_every_category_is_accepted() -> None:
    assert "press conference" in CATEGORIES
    for category in CATEGORIES:
        assert parse_query(urlencode({"category": category.upper()})).categories == (category,)


# -- canonical form: properties ---------------------------------------------------------------------

texts = st.text(max_size=30)
days = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


@st.composite
def filters(draw: st.DrawFn) -> Filter:
    start, end = draw(st.one_of(st.none(), days)), draw(st.one_of(st.none(), days))
    if start and end and start > end:
        start, end = end, start
    return Filter(
        categories=tuple(sorted(draw(st.sets(st.sampled_from(CATEGORIES))))),
        place=fold(draw(texts)),
        q=fold(draw(texts)),
        from_day=start,
        to_day=end,
        tentative=draw(st.booleans()),
    )


@given(filters())
def test_a_filter_parses_back_from_its_canonical_query(chosen: Filter) -> None:
    assert parse_query(chosen.canonical_query()) == chosen


real_values = st.one_of(texts, st.sampled_from([*CATEGORIES, "yes", "no", "YES", ""]), days.map(D.isoformat))
queries = st.one_of(
    st.text(max_size=200),
    st.lists(st.tuples(texts, texts), max_size=6).map(urlencode),
    st.lists(st.tuples(st.sampled_from(KEYS), real_values), max_size=8).map(urlencode),
)


@given(queries)
def test_a_canonical_query_is_canonical(query: str) -> None:
    """Any query is refused or has a canonical form that parses to the same filter: no redirect loops."""
    try:
        chosen = parse_query(query)
    except FilterError:
        return
    canonical = chosen.canonical_query()
    assert len(canonical) <= MAX_QUERY_LENGTH
    assert parse_query(canonical) == chosen
    assert parse_query(canonical).canonical_query() == canonical


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_fold_is_idempotent_on_every_code_point() -> None:
    """Folding is per character (then spaces), so checking each code point covers what Hypothesis may miss."""
    unstable = [cp for cp in range(sys.maxunicode + 1)
                if not 0xD800 <= cp <= 0xDFFF and fold(fold(chr(cp))) != fold(chr(cp))]
    fold.cache_clear()
    assert unstable == []


# -- what a filter selects --------------------------------------------------------------------------


def _select(events: list[Event], query: str) -> list[str]:
    return [e.summary for e in sorted(parse_query(query).select(events), key=lambda e: e.sort_key)]


def test_category_selects_that_kind(sample_events: list[Event]) -> None:
    chosen = parse_query("category=press+conference&category=doorstep")
    picked = [e for e in sample_events if chosen.matches(e)]
    assert len(picked) == 6
    assert {e.kind for e in picked} == {"press conference", "doorstep"}
    assert all(not chosen.matches(e) for e in sample_events if e.kind not in ("press conference", "doorstep"))


@pytest.mark.parametrize("place", ["belgrade", "BELGRADE", "Belgrade,+Serbia", "b%C3%A9lgr%C3%A1de"])
def test_place_is_a_case_and_accent_insensitive_part_of_the_location(sample_events: list[Event], place: str) -> None:
    assert _select(sample_events, f"place={place}") == [
        "Visit: Secretary General is in Belgrade",
        next(e.summary for e in sample_events if e.kind == "meeting" and e.location == "Belgrade, Serbia"),
    ]


def test_place_looks_only_at_the_location(sample_events: list[Event]) -> None:
    assert parse_query("place=stoltenberg").select(sample_events) == []
    assert parse_query("q=stoltenberg").select(sample_events) != []


def test_place_matches_accented_locations(sample_events: list[Event]) -> None:
    event = replace(sample_events[0], location="Liège, Belgium")
    assert parse_query("place=liege").matches(event)
    assert parse_query("place=LI%C3%88GE").matches(event)
    assert not parse_query("place=lieges").matches(event)


@pytest.mark.parametrize(
    ("field", "value"),
    [("summary", "Talks on Özçelik"), ("location", "Özçelik Hall"), ("sentence", "Mr Özçelik will attend."),
     ("article_title", "Özçelik visits")],
)
def test_q_looks_at_summary_location_sentence_and_article_title(sample_events: list[Event], field: str,
                                                                value: str) -> None:
    event = replace(sample_events[0], **{field: value})
    assert parse_query("q=ozcelik").matches(event)
    assert not parse_query("q=ozcelik").matches(sample_events[0])


def test_q_is_not_matched_across_fields(sample_events: list[Event]) -> None:
    event = replace(sample_events[0], summary="Talks on", location="Kosovo")
    assert not parse_query("q=on+kosovo").matches(event)


def test_from_and_to_are_inclusive_days(sample_events: list[Event]) -> None:
    day = sorted(_select(sample_events, "from=2023-11-21&to=2023-11-21"))
    assert len(day) == 7  # six on the 21st, and the visit of the 19th to the 22nd
    assert _select(sample_events, "to=2023-11-06") == [_select(sample_events, "")[0]]
    assert _select(sample_events, "from=2023-11-23") == []


def test_from_and_to_use_the_local_start_day(sample_events: list[Event]) -> None:
    """00:30 in Brussels on the 21st is 23:30 UTC on the 20th: it is an event of the 21st."""
    timed = next(e for e in sample_events if e.kind == "doorstep")
    start = dt.datetime(2023, 11, 20, 23, 30, tzinfo=dt.UTC).astimezone(pytz.timezone("Europe/Brussels"))
    assert f"{start:%Y-%m-%d %H:%M}" == "2023-11-21 00:30"
    event = replace(timed, start=start, end=start + dt.timedelta(minutes=15))
    assert parse_query("from=2023-11-21&to=2023-11-21").matches(event)
    assert not parse_query("to=2023-11-20").matches(event)


def test_a_span_counts_on_each_of_its_days(sample_events: list[Event]) -> None:
    span = next(e for e in sample_events if e.location == "Bosnia and Herzegovina, Kosovo, Serbia, North Macedonia")
    assert span.end == D(2023, 11, 23)  # 19 to 22 November
    assert parse_query("to=2023-11-19").matches(span)
    assert parse_query("from=2023-11-20").matches(span)
    assert parse_query("from=2023-11-22").matches(span)
    assert not parse_query("from=2023-11-23").matches(span)
    assert not parse_query("to=2023-11-18").matches(span)


def test_tentative_no_leaves_out_tentative_events(sample_events: list[Event]) -> None:
    tentative = replace(sample_events[0], status=TENTATIVE)
    assert parse_query("").matches(tentative)
    assert parse_query("tentative=yes").matches(tentative)
    assert not parse_query("tentative=no").matches(tentative)
    assert parse_query("tentative=no").matches(sample_events[0])


def test_conditions_all_hold(sample_events: list[Event]) -> None:
    picked = parse_query("category=press+conference&place=north+macedonia&from=2023-11-22").select(sample_events)
    assert [(e.kind, e.location, f"{e.start:%Y-%m-%d}") for e in picked] == [
        ("press conference", "North Macedonia", "2023-11-22")
    ]


def test_no_filter_selects_everything(sample_events: list[Event]) -> None:
    assert parse_query("").selects_everything
    assert parse_query("").select(sample_events) == sample_events


# -- through the web app ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> presscal_settings.Config:
    folder = tmp_path_factory.mktemp("filters")
    config = presscal_settings.Config(database=f"sqlite:///{folder / 'presscal.db'}", output=folder / "output",
                                      sources=(presscal_settings.Source("nato", path=str(SAMPLE)),))
    refresh(config, NOW)
    return config


@pytest.fixture(scope="module")
def client(built: presscal_settings.Config) -> FlaskClient:
    return create_app(built).test_client()


@pytest.fixture(scope="module")
def records(built: presscal_settings.Config) -> list[dict[str, object]]:
    events: list[dict[str, object]] = json.loads((built.output / "events.json").read_bytes())["events"]
    return events


Record = dict[str, object]


def _last_day(r: Record) -> str:
    """The record's last local day: the day before an all-day event's exclusive end."""
    end = str(r["end"])[:10]
    return (D.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if r["all_day"] else end


# (canonical query, which events.json records it selects, by a plain reading of the rule)
SELECTIONS: list[tuple[str, Callable[[Record], bool]]] = [
    ("category=press+conference", lambda r: r["kind"] == "press conference"),
    ("category=doorstep&category=speech", lambda r: r["kind"] in ("doorstep", "speech")),
    ("place=kosovo", lambda r: "kosovo" in str(r["location"]).lower()),
    ("q=belgrade", lambda r: any("belgrade" in str(r[k]).lower()
                                 for k in ("summary", "location", "sentence", "article_title"))),
    ("from=2023-11-21&to=2023-11-21", lambda r: str(r["start"])[:10] <= "2023-11-21" <= _last_day(r)),
    ("category=visit&from=2023-11-20", lambda r: r["kind"] == "visit" and _last_day(r) >= "2023-11-20"),
    ("category=summit", lambda r: False),
]


@pytest.mark.parametrize(("query", "rule"), SELECTIONS, ids=[row[0] for row in SELECTIONS])
def test_filtered_calendar_holds_exactly_the_matching_events(client: FlaskClient, records: list[Record], query: str,
                                                             rule: Callable[[Record], bool]) -> None:
    response = client.get(f"/calendar.ics?{query}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.data)
    expected = sorted(str(r["uid"]) for r in records if rule(r))
    assert sorted(str(e["UID"]) for e in calendar.walk("VEVENT")) == expected
    assert query == "category=summit" or expected, "the row should select something"


@pytest.mark.parametrize(("query", "rule"), SELECTIONS, ids=[row[0] for row in SELECTIONS])
def test_filtered_json_holds_exactly_the_matching_events(client: FlaskClient, records: list[Record], query: str,
                                                         rule: Callable[[Record], bool]) -> None:
    response = client.get(f"/events.json?{query}")
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["events"] == [r for r in records if rule(r)]


def test_filtered_feed_is_valid_atom_of_press_conferences(client: FlaskClient, built: presscal_settings.Config,
                                                          records: list[Record]) -> None:
    response = client.get("/feed.atom?category=press+conference", base_url=built.base_url)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert len(parsed.entries) == sum(r["kind"] == "press conference" for r in records) == 5
    assert {t.term for e in parsed.entries for t in e.tags} == {"press conference"}
    self_links = [link["href"] for link in parsed.feed.links if link["rel"] == "self"]
    assert self_links == [response.request.url] == [f"{built.base_url}/feed.atom?category=press+conference"]
    whole = feedparser.parse(client.get("/feed.atom").data)
    assert parsed.feed.id != whole.feed.id  # another feed, with the same entries' ids
    assert {e.id for e in parsed.entries} < {e.id for e in whole.entries}


def test_unfiltered_feed_keeps_its_self_link(client: FlaskClient, built: presscal_settings.Config) -> None:
    response = client.get("/feed.atom")
    assert response.data == (built.output / "feed.atom").read_bytes()
    assert f'href="{built.base_url}/feed.atom" rel="self"'.encode() in response.data


@pytest.mark.parametrize("path", PATHS)
def test_another_spelling_redirects_to_the_canonical_url(client: FlaskClient, path: str) -> None:
    response = client.get(f"{path}?place=North%20%20Macedonia&category=Press+Conference")
    assert response.status_code == 301
    assert response.headers["Location"] == f"{path}?category=press+conference&place=north+macedonia"
    assert client.get(response.headers["Location"]).status_code == 200


@pytest.mark.parametrize("path", PATHS)
def test_tracking_and_cache_busting_parameters_are_dropped_by_the_redirect(client: FlaskClient, path: str) -> None:
    """A link shared with tracking tags still works: 301 to the filter without them, not 400."""
    response = client.get(f"{path}?utm_source=x&category=press+conference&utm_medium=social")
    assert response.status_code == 301
    assert response.headers["Location"] == f"{path}?category=press+conference"
    busted = client.get(f"{path}?_=1700000000123")
    assert busted.status_code == 301
    assert busted.headers["Location"] == path
    assert client.get(busted.headers["Location"]).status_code == 200


@pytest.mark.parametrize("path", PATHS)
def test_the_default_filter_redirects_to_the_plain_url(client: FlaskClient, path: str) -> None:
    response = client.get(f"{path}?tentative=yes&q=")
    assert response.status_code == 301
    assert response.headers["Location"] == path


@pytest.mark.parametrize("path", PATHS)
def test_canonical_url_has_one_etag_and_answers_304(client: FlaskClient, path: str) -> None:
    url = f"{path}?category=meeting&place=brussels"
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert first.data == second.data
    assert first.headers["ETag"] == second.headers["ETag"]
    assert first.headers["ETag"] != client.get(path).headers["ETag"]
    assert first.last_modified is not None
    assert first.cache_control.public
    assert first.cache_control.max_age == 300
    assert first.headers.getlist("Date") == []
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    since = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert since.status_code == 304


@pytest.mark.parametrize("path", PATHS)
def test_head_of_a_filtered_url_has_the_headers_of_get(client: FlaskClient, path: str) -> None:
    url = f"{path}?category=visit"
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.data == b""
    assert sorted(head.headers.items()) == sorted(got.headers.items())


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(
    ("query", "words"),
    [("nope=1", "Unknown parameter 'nope'"), ("from=21-11-2023", "not a day written YYYY-MM-DD"),
     ("from=2023-11-22&to=2023-11-21", "is after"), ("tentative=maybe", "yes or no"),
     ("category=party", "Unknown category 'party'"), ("q=" + "a" * 1000, "longer than 1,000 characters"),
     ("&".join(["category=visit"] * 21), "more than 20 parameters")],
)
def test_bad_filters_are_400_with_a_sentence(client: FlaskClient, path: str, query: str, words: str) -> None:
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response.headers["Content-Type"] == PLAIN
    text = response.get_data(as_text=True)
    assert text.startswith("400: ")
    assert words in text
    assert text.count("\n") == 1
    assert "Traceback" not in text
    assert "ETag" not in response.headers


def test_an_empty_query_serves_the_rendered_file(client: FlaskClient, built: presscal_settings.Config) -> None:
    for path in PATHS:
        assert client.get(f"{path}?").data == (built.output / path.lstrip("/")).read_bytes()


def test_a_filter_before_the_first_build_is_503(tmp_path: Path) -> None:
    config = presscal_settings.Config(database=f"sqlite:///{tmp_path / 'p.db'}", output=tmp_path / "never")
    response = create_app(config).test_client().get("/calendar.ics?category=visit")
    assert response.status_code == 503
    assert "not been built yet" in response.get_data(as_text=True)


def test_a_new_events_json_gives_a_new_filtered_answer(tmp_path: Path) -> None:
    config = presscal_settings.Config(database=f"sqlite:///{tmp_path / 'p.db'}", output=tmp_path / "output",
                                      sources=(presscal_settings.Source("nato", path=str(SAMPLE)),))
    refresh(config, NOW)
    client = create_app(config).test_client()
    url = "/calendar.ics?category=press+conference"
    before = client.get(url)
    path = config.output / "events.json"
    data = json.loads(path.read_bytes())
    data["events"] = [r for r in data["events"] if r["location"] != "Kosovo"]
    replacement = path.with_name(".events.json.new")
    replacement.write_text(json.dumps(data), encoding="utf-8")
    replacement.replace(path)  # as refresh replaces files
    after = client.get(url, headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert after.headers["ETag"] != before.headers["ETag"]
    assert after.data.count(b"BEGIN:VEVENT") == before.data.count(b"BEGIN:VEVENT") - 1


def test_the_rendered_cache_is_bounded(built: presscal_settings.Config) -> None:
    filtered = FilteredFiles(OutputFiles(built.output), CalendarInfo(), size=3)
    answers = [filtered.get("events.json", Filter(categories=(c,))) for c in CATEGORIES]
    assert all(a is not None for a in answers)
    assert len(filtered._rendered) == 3
    again = filtered.get("events.json", Filter(categories=(CATEGORIES[-1],)))
    assert again is answers[-1]  # still cached: the same object


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), query=queries)
def test_no_query_is_a_server_error(client: FlaskClient, path: str, query: str) -> None:
    response = client.get(path, query_string=query)
    hypothesis.event(f"status {response.status_code}")  # --hypothesis-show-statistics: every kind of answer is seen
    assert response.status_code in (200, 301, 400), response.get_data(as_text=True)
    if response.status_code == 301:
        assert client.get(response.headers["Location"]).status_code == 200  # one redirect, never a loop
    if response.status_code == 400:
        text = response.get_data(as_text=True)
        assert text.startswith("400: ")
        assert text.count("\n") == 1
