"""A sentence that lists a session and the days of each State it reviews, "from 31 July to 25 August: Kuwait (2-3
August); ...; Canada (14-15 August) and New Zealand (15-16 August)", names nine days or spans: each is an event,
up to twelve in one sentence (world-seventyfirst 14: the last State of a racial-discrimination committee's list of
eight was dropped; world-fiftythird gained a cricket tour's last fixture). Past twelve a sentence is a table of
days, not a list of events. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Panel to hear nine governments

Source: Panel of Experts on Water Rights

GENEVA (20 March 2031) – Meeting from 1 to 30 April 2031, the panel hears these governments on these dates: {rows}.
"""

COUNTRIES = ["Peru", "Chile", "Japan", "Kenya", "Ghana", "Nepal", "Fiji", "Oman", "Chad", "Cuba", "Iran", "Mali",
             "Togo"]


def _spans(count: int) -> list[tuple[dt.date, dt.date]]:
    rows = "; ".join(f"{name} ({2 * n + 2}-{2 * n + 3} April)" for n, name in enumerate(COUNTRIES[:count]))
    events = extract(ITEM.format(rows=rows), source="panel", reference=dt.date(2031, 3, 20)).events
    return sorted((e.start, e.end) for e in events if e.all_day and (e.end - e.start).days == 2)


def test_nine_listed_spans_are_nine_events() -> None:
    spans = _spans(8)  # eight States and the session: nine days or spans in the sentence
    assert len(spans) == 8
    assert spans[-1] == (dt.date(2031, 4, 16), dt.date(2031, 4, 18))


def test_past_twelve_a_sentence_is_a_table() -> None:
    assert len(_spans(13)) == 11
