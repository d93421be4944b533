"""Short Japanese and Chinese sentences of a gathering to come, and the weekdays of a Japanese span.

- "委員会は9月16日～18日に開催します。", "研讨会将于9月16日至18日举行。": a sentence that ends in a Japanese
  verb not of the past, or says in Chinese that it will be, is an event however few its characters; it had been
  taken for a line that only names a day, as "9月16日（水）" is.
- "10月6日（火）から8日（木）まで", "10月6日火曜日から8日木曜日まで": the weekdays after a span's days tell the
  year of a span that gives none, as they do after a single day.

Seen in world-hundrednineteenth's notes and session 45's review. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 8, 1)


def _events(line: str) -> list[tuple[str, str]]:
    text = f"お知らせ\n\nSource: 県庁\n\n{line}\n"
    return [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}")
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "委員会は9月16日～18日に開催します。",
    "研讨会将于9月16日至18日举行。",
])
def test_a_short_sentence_of_what_is_to_come_is_an_event(line: str) -> None:
    assert _events(line) == [("2026-09-16", "2026-09-19")]


@pytest.mark.parametrize("line", [
    "9月16日（水）",
    "委員会は9月16日に開催しました。",  # told of the past
])
def test_a_day_alone_or_a_past_sitting_is_none(line: str) -> None:
    assert _events(line) == []


@pytest.mark.parametrize("line", [
    "県議会の定例会は10月6日（木）から8日（土）まで県庁で開かれます。",
    "県議会の定例会は10月6日木曜日から8日土曜日まで県庁で開かれます。",
])
def test_a_spans_weekdays_tell_its_year(line: str) -> None:
    # 6 October is a Thursday in 2022, not in 2026
    assert _events(line) == [("2022-10-06", "2022-10-09")]
