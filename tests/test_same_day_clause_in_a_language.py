"""A clause after a semicolon that gives "the same day" names a place of its own only with a town or a venue: "in
English and French" is the language of a guide, and leaves the clause with the first clause's day and event. Texts in
our own words (reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_a_language_is_no_place_of_its_own() -> None:
    text = ("Museum night\n\nSource: Ministry of Culture\n\n"
            "The national museums open their doors free of charge on Saturday, 14 June 2031; the same day, the "
            "ministry publishes the new visitors' guide in English and French.\n")
    days = [f"{e.start:%Y-%m-%d}" for e in extract(text, source="t", reference=dt.date(2031, 3, 10)).events]
    assert days == ["2031-06-14"]
