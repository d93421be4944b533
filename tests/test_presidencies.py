"""The years a rotating presidency an item names bounds (issue #10): "the Swedish Presidency of the Council of the EU"
was January to June 2023 (or July to December 2009), "India's G20 Presidency" December 2022 to November 2023. An
undated item naming one as current is of its term; "incoming" names the next one, "outgoing" the last. Not a former
presidency, not one told in history, not a country's own presidency with no series named, not when two disagree,
never over a year the text gives. The texts are ours, read with a reference date (1 December 2026) outside the
terms, so that a guess from the reference date shows."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import presidencies
from tests.year_texts import REFERENCE, days_of, events_of


def _span(text: str) -> tuple[str, str] | None:
    found = presidencies.window(text, REFERENCE)
    if found is None:
        return None
    return found.spans[-1][0].isoformat(), found.spans[-1][1].isoformat()


WINDOWS = [
    # (text, the latest span of the window or None, why)
    ("The Swedish Presidency of the Council of the EU hosts the ministers.", ("2023-01-01", "2023-06-30"),
     "English, the series named after"),
    ("Sweden's EU Presidency hosts the ministers.", ("2023-01-01", "2023-06-30"), "the country's name"),
    ("Ministers meet under Spain's presidency of the Council.", ("2023-07-01", "2023-12-31"),
     "under a presidency named as current"),
    ("La présidence française du Conseil de l'UE réunit les ministres.", ("2022-01-01", "2022-06-30"), "French"),
    ("Die deutsche Ratspräsidentschaft lädt die Minister ein.", ("2020-07-01", "2020-12-31"), "German"),
    ("La Presidencia española del Consejo reúne a los ministros.", ("2023-07-01", "2023-12-31"), "Spanish"),
    ("The incoming Spanish Presidency of the Council presents its programme.", ("2023-01-01", "2023-06-30"),
     "an incoming presidency is the next one: the item is of the term before it"),
    ("The outgoing Czech Presidency of the Council hands over.", ("2022-11-01", "2023-06-30"),
     "an outgoing presidency is the last: the item is of its end or the next term"),
    ("India's G20 Presidency hosts the finance ministers.", ("2022-12-01", "2023-11-30"), "a G20 presidency"),
    ("The Japanese G7 Presidency hosts the ministers.", ("2023-01-01", "2023-12-31"), "a G7 presidency"),
    ("The Maltese OSCE Chairmanship opens the conference.", ("2024-01-01", "2024-12-31"), "an OSCE chairmanship"),
    ("The Swedish Presidency of the Council and the incoming Spanish Presidency meet.", ("2023-01-01", "2023-06-30"),
     "two that agree"),
    ("The former Swedish Presidency of the Council hosts the ministers.", None, "a former presidency"),
    ("The Swedish Presidency of the Council in 2023 agreed the text.", None, "a sentence of history"),
    ("The achievements of the Swedish Presidency of the Council are set out.", None, "its achievements: history"),
    ("The French presidency said in a statement that the President would travel.", None,
     "France's own presidency: no series named"),
    ("The French presidency of the company board welcomed the results.", None, "a company's"),
    ("The French presidency welcomed the EU's decision.", None, "France's own, in a sentence of the EU"),
    ("The Swedish Presidency of the Council and the Polish Presidency of the Council meet.", None,
     "two whose terms do not meet"),
    ("The Irish Presidency of the Council hosts the ministers.", None, "a term that holds the reference date"),
    ("The Swedish Presidency of the Council of Europe meets the EU delegation.", None, "the Council of Europe's"),
    ("The Swedish Presidency of the Nordic Council of Ministers meets the EU delegation.", None,
     "another council's"),
]


@pytest.mark.parametrize(("text", "span", "why"), WINDOWS)
def test_window(text: str, span: tuple[str, str] | None, why: str) -> None:
    assert _span(text) == span, why


def test_the_presidency_dates_an_undated_item() -> None:
    events = events_of("The Swedish Presidency of the Council of the EU hosts an informal meeting of ministers on"
                       " Thursday 9 March at 10:00 in Stockholm.", "Media advisory")
    assert days_of(events) == ["2023-03-09"]
    note = next(n for n in events[0].notes if n.startswith("year "))
    assert "the item names the Swedish Presidency of the Council of the EU, January to June 2023" in note


def test_a_presidency_dates_a_day_without_weekday() -> None:
    events = events_of("Die deutsche Ratspräsidentschaft lädt am 14. September die Minister nach Berlin ein.",
                       "Einladung")
    assert days_of(events) == ["2020-09-14"]


def test_a_year_the_text_gives_wins() -> None:
    events = events_of("The Swedish Presidency of the Council of the EU hosts an informal meeting of ministers on"
                       " Thursday 13 March 2025 at 10:00 in Stockholm.", "Media advisory")
    assert days_of(events) == ["2025-03-13"]


def test_the_french_presidency_alone_leaves_the_guess() -> None:
    events = events_of("The French presidency said the minister meets the delegation of the EU on Thursday 14 March"
                       " at 10:00 in Paris.", "Media advisory")
    note = next(n for n in events[0].notes if n.startswith("year "))
    assert "Presidency" not in note
    assert days_of(events) == ["2024-03-14"]


def test_every_term_follows_the_last() -> None:
    for terms in presidencies._terms().values():
        for before, after in zip(terms, terms[1:], strict=False):
            assert before.last < after.first, (before, after)
            assert after.first - before.last <= dt.timedelta(days=400), (before, after)


@pytest.mark.parametrize("text", [
    "The French Presidency announced that President Macron will travel to Brussels on 14 March. There he attends"
    " the EU-China summit.",
    "The UK Presidency of COP26 welcomes delegates on 3 November. EU ministers attend.",
], ids=["the Élysée", "a COP's presidency"])
def test_a_presidency_beside_a_head_of_state_or_a_cop_is_not_the_councils(text: str) -> None:
    assert presidencies.window(text, dt.date(2026, 12, 1)) is None


def test_a_presidency_in_an_item_on_the_eu_is_the_councils() -> None:
    text = "EU ministers meet in Luxembourg. The Swedish Presidency chairs the meeting on 14 March."
    found = presidencies.window(text, dt.date(2026, 12, 1))
    assert found is not None
    assert "Council of the EU" in found.names
