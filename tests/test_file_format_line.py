"""A list of meetings given one cell a line, each card's links to its papers under its time: "Agenda" over "PDF",
"Supplemental" over "PDF". "Agenda" alone on its line may be the label over a sitting's business, but a file's
format under it is the agenda's file, not what happens at the time above: the card's caption names the meeting."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

_CARDS = [("18", "Harbour Policy Presentations Meeting", "Tuesday, June 18, 2031", "09:30 AM"),
          ("24", "Budget Deliberations of the Harbour Board", "Monday, June 24, 2031", "09:30 AM"),
          ("25", "Regular Harbour Board Meeting", "Tuesday, June 25, 2031", "11:00 AM")]


def _body(papers: str) -> str:
    return "\n\n".join(f"June\n\n{day}\n\n{name}\n\n{date}\n\n{time}\n\n{papers}" for day, name, date, time in _CARDS)


def _summaries(papers: str) -> list[tuple[int, int, str]]:
    article = Article(source="t", title="Board Meeting Agendas", body=_body(papers), url="",
                      published=dt.date(2031, 6, 1), org="Harbour Board in Portland, ME")
    events = extract_articles([article], reference=dt.date(2031, 6, 1), default_zone="America/New_York").events
    return sorted((e.start.day, e.start.hour, e.summary) for e in events)  # type: ignore[union-attr]


def test_a_files_format_under_agenda_names_no_meeting() -> None:
    got = _summaries("Agenda\n\nPDF\n\nSupplemental\n\nPDF")
    assert [(d, h) for d, h, _ in got] == [(18, 9), (24, 9), (25, 11)], got
    for (_, _, summary), (_, name, _, _) in zip(got, _CARDS, strict=True):
        assert name in summary, got
        assert "PDF" not in summary, got
