"""The years a summit, a climate conference, a Games or an Expo named by its host bounds (issue #10): "the Vilnius
Summit" of NATO was in July 2023, "the Dubai climate conference" in December 2023, "the Tokyo Games" in 2021 though
named "Tokyo 2020", "Expo 2020 Dubai" from October 2021 to March 2022. One named as coming bounds the item to the
months before it, one named as past dates nothing; not without its body named, not when two disagree, never over a
year the text gives. The texts are ours, read with a reference date (1 December 2026) after those times, so that a
guess from the reference date shows."""

from __future__ import annotations

import pytest

from parsers import namedsummits
from tests.year_texts import REFERENCE, days_of, events_of


def _span(text: str) -> tuple[str, str] | None:
    found = namedsummits.window(text, REFERENCE)
    if found is None:
        return None
    return found.spans[-1][0].isoformat(), found.spans[-1][1].isoformat()


WINDOWS = [
    # (text, the latest span of the window or None, why)
    ("Ahead of the Vilnius Summit, NATO ministers meet in Brussels.", ("2022-07-11", "2023-07-12"),
     "a summit to come: the year before it, up to its days"),
    ("NATO leaders meet at the Madrid Summit.", ("2021-06-28", "2022-07-30"), "a summit as the item's own"),
    ("The Dubai climate conference opens its doors to observers.", ("2022-11-30", "2024-01-12"),
     "a climate conference by its host city"),
    ("The G7 Summit in Hiroshima gathers the leaders.", ("2022-05-19", "2023-06-20"), "a G7 summit"),
    ("The G7 Summit in Elmau gathers the leaders.", ("2021-06-26", "2022-07-28"),
     "a host of two summits: the later one last"),
    ("Athletes prepare for the Tokyo 2020 Olympic Games.", ("2020-07-23", "2021-09-05"),
     "Tokyo 2020 was held in 2021"),
    ("Expo 2020 Dubai welcomes the delegation.", ("2020-10-01", "2022-04-30"), "Expo 2020 was held in 2021-22"),
    ("The decisions taken at the Madrid Summit of NATO guide the Alliance.", None, "a summit told as past"),
    ("In 2023 NATO leaders met at the Vilnius Summit.", None, "a sentence of history"),
    ("The Vilnius Summit of the city's mayors opens.", None, "no NATO named"),
    ("The conference meets at the Dubai Expo Centre.", None, "a venue named after an Expo"),
    ("The Rugby World Cup in South Africa opens.", None, "another World Cup"),
    ("NATO leaders meet at the Madrid Summit. The Washington Summit of NATO opens.", None, "two that disagree"),
    ("Tickets for the Los Angeles Olympic Games go on sale.", None, "a gathering after the reference date"),
]


@pytest.mark.parametrize(("text", "span", "why"), WINDOWS)
def test_window(text: str, span: tuple[str, str] | None, why: str) -> None:
    assert _span(text) == span, why


def test_a_summit_to_come_dates_an_undated_item() -> None:
    events = events_of("Ahead of the Vilnius Summit, NATO Defence Ministers meet on Thursday 16 February at 10:00"
                       " in Brussels.", "Media advisory")
    assert days_of(events) == ["2023-02-16"]
    note = next(n for n in events[0].notes if n.startswith("year "))
    assert "the item names the Vilnius NATO Summit to come (11 to 12 July 2023)" in note


def test_a_climate_conference_dates_a_day_without_weekday() -> None:
    events = events_of("The minister will lead the delegation to the Dubai climate conference, and meets the press"
                       " on 20 November at 11:00 in Berlin.", "Media advisory")
    assert days_of(events) == ["2023-11-20"]


def test_a_year_the_text_gives_wins() -> None:
    events = events_of("Ahead of the Vilnius Summit, NATO Defence Ministers meet on Thursday 13 February 2025 at"
                       " 10:00 in Brussels.", "Media advisory")
    assert days_of(events) == ["2025-02-13"]


def test_a_past_summit_leaves_the_guess() -> None:
    events = events_of("Following the decisions taken at the Madrid Summit, NATO Defence Ministers meet on Thursday"
                       " 16 February at 10:00 in Brussels.", "Media advisory")
    note = next(n for n in events[0].notes if n.startswith("year "))
    assert "Summit" not in note


@pytest.mark.parametrize(("text", "years"), [
    ("The Tokyo 2020 Olympic Games open.", {2020}),
    ("Expo 2020 Dubai opens its Belgian pavilion.", {2020}),
    ("The Paris 2024 Olympic Games open.", set()),
    ("The Tokyo 2020 review meets.", set()),
])
def test_years_of_names_held_apart(text: str, years: set[int]) -> None:
    assert namedsummits.written_apart(text) == years


def test_tokyo_2020_is_of_2021() -> None:
    events = events_of("The Tokyo 2020 Olympic Games torch relay arrives in Fukushima on 25 March at 10:00.",
                       "Media advisory")
    assert days_of(events) == ["2021-03-25"]


def test_expo_2020_is_of_2021() -> None:
    events = events_of("Expo 2020 Dubai hosts the national day of Belgium on Friday 12 November at 10:00.",
                       "Media advisory")
    assert days_of(events) == ["2021-11-12"]
