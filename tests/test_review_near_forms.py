"""Near forms of this session's rules that a careful reader reads otherwise (found in review): a day named before
"the 14th" that is already gone by, "last year's", a paper "made by the Board" followed by the verb of the sentence,
English read as Turkish, a Turkish, Catalan, Italian or Romanian "tomorrow" opening a paragraph, "el día 2 de la
conferencia", an invitation to the press beside a speech elsewhere at the same minute, "postponed by a week to".
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

REFERENCE = dt.date(2026, 6, 1)


def _events(body: str, published: str = "1 June 2026") -> list[tuple[str, str]]:
    text = f"Notice\n\nSource: Test Office\n\nPublished: {published}\n\n{body}\n"
    return sorted((str(e.start), e.summary) for e in extract(text, source="x", reference=REFERENCE).events)


def _starts(body: str, published: str = "1 June 2026") -> list[str]:
    return [start for start, _ in _events(body, published)]


@pytest.mark.parametrize("body", [
    "Last year's forum was held on 20 May 2025. The mayors will appear before the committee on the 14th at 10:00.",
    "The forum met on 12 May 2026 in Oslo. On the 14th at 10:00 the mayors will appear before the committee.",
])
def test_the_14th_after_a_day_gone_by_is_the_next_one_from_the_publication_day(body: str) -> None:
    assert _starts(body) == ["2026-06-14 10:00:00+02:00"]


def test_last_years_champions_are_no_day_of_last_year() -> None:
    body = "On 12 July last year's champions will defend their title at the stadium in Oslo at 15:00."
    assert _starts(body) == ["2026-07-12 15:00:00+02:00"]


def test_papers_made_by_a_body_and_then_debated_on_a_day() -> None:
    body = "The Regulations made by the Licensing Board will be debated on 3 June at 14:00 in the Chamber."
    assert _starts(body) == ["2026-06-03 14:00:00+02:00"]


def test_an_english_text_with_an_apostrophe_and_dun_is_not_turkish() -> None:
    body = ("We've moved the regatta indoors this year. Dun Laoghaire Harbour hosts the prize-giving at 14:00 "
            "tomorrow.")
    found = _events(body, published="10 November 2026")
    assert [start for start, _ in found] == ["2026-11-11 14:00:00+01:00"]


@pytest.mark.parametrize(("text", "opening"), [
    ("Cumhurbaşkanı yarın adaya gidecek.\n\nYarın saat 14.00'te tören yapılacak.", "Yarın"),
    ("El Govern es reunirà.\n\nDemà a les 10 hores es reunirà el Consell.", "Demà"),
    ("Il consiglio si riunisce in via Roma.\n\nDomani alle 10 il sindaco presenta il bilancio.", "Domani"),
    ("Consiliul se reunește în sala mare.\n\nMâine la ora 10 primarul prezintă bugetul.", "Mâine"),
])
def test_tomorrow_opening_a_paragraph_is_tomorrow(text: str, opening: str) -> None:
    found = [m for m in find_mentions(text, "") if m.kind == "published"]
    assert found
    assert all(m.offset == 1 for m in found)
    assert any(m.text.startswith(opening) for m in found)


@pytest.mark.parametrize("second", [
    "El día 2 de la conferencia se dedicará al agua.",
    "Como se acordó el día 16 del pasado mes, la comisión se reunirá.",
    "Conforme decidido no dia 16 do mês passado, a comissão reúne-se.",
])
def test_a_day_of_something_or_of_last_month_is_no_day_of_the_month_alone(second: str) -> None:
    assert not [m for m in find_mentions(f"La sesión es el 12 de junio. {second}", "") if m.kind == "monthday"]


def test_an_invitation_to_the_press_does_not_swallow_a_speech_elsewhere_at_that_minute() -> None:
    body = ("Media are welcome at the Commission on 16 June 2026 from 11:00 for the signing.\n\n"
            "The Chairperson will also address the Parliament in Midrand on 16 June 2026 at 11:00.")
    found = _events(body)
    assert any("Midrand" in summary or "Parliament" in summary for _, summary in found)


def test_postponed_by_a_week_to_a_new_day() -> None:
    assert _starts("The vote scheduled for 9 June has been postponed by a week to 16 June.") == ["2026-06-16"]


def _page_events(body: str) -> list[str]:
    from parsers import extract_articles
    from parsers.html import html_article

    page = f"<html><head><title>Office</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/office", source="t")
    events = extract_articles([article], reference=dt.date(2030, 11, 20), default_zone="America/Denver").events
    return sorted(f"{e.start} {e.summary}" for e in events)


@pytest.mark.parametrize(("caption", "field"), [
    ("2031 Holiday Closures", "Office Hours: 8:00 a.m. to 5:00 p.m."),
    ("2031 Collection Days Cancelled", "Collection time: 7 a.m."),
])
def test_an_hour_field_over_days_nothing_is_held_on_makes_no_events(caption: str, field: str) -> None:
    body = (f"<h1>Office</h1><ul><li>{caption}</li></ul><p>{field}</p>"
            "<ul><li>January 19, 2031</li><li>February 16, 2031</li><li>May 25, 2031</li></ul>")
    assert _page_events(body) == []


@pytest.mark.parametrize("line", [
    "(29 September 2026/Main Hall) Open house for families, with guided tours of the new wing.",
    "(29 September 2026/Online) Webinar on rockets for beginners, with the museum's astronomer.",
])
def test_a_bracketed_date_with_a_venue_after_its_slash_is_the_event_not_a_dateline(line: str) -> None:
    text = f"Museum events\n\nSource: Example City Museum\n\n{line}\n"
    assert [str(e.start) for e in extract(text, source="x", reference=REFERENCE).events] == ["2026-09-29"]


def test_the_stamp_day_told_as_expected_to_come_stays() -> None:
    text = ("Signing in Almaty\n\nSource: Test Ministry\n\n14.05.2031 |\n\nOn May 14, they were expected to sign the "
            "agreement at 15:00 in Almaty.\n")
    events = extract(text, source="x", reference=dt.date(2031, 5, 1)).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2031-05-14 15:00"]
