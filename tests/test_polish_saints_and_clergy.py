"""The Polish abbreviations of "saint", "priest", "bishop" and "archbishop" before a name ("w Kolegiacie św. Anny",
"kościół pw. Matki Bożej", "ks. prof. Jan Nowak")
end no sentence: an event's sentence runs on past them, and its title holds
what comes before. Seen in world-hundredfiftieth (a Kraków university's mass "w Kolegiacie św. Anny ... (1 października
o godz. 9.00)" was titled from "Anny" on). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = ("Nabożeństwo\n\nSource: Parafia\n\n2 maja 2019\n\n"
        "Uroczystą mszę w kościele {who} odprawi biskup (5 maja o godz. 10.00). Zapraszamy.\n")


@pytest.mark.parametrize("who", ["św. Floriana", "pw. Matki Bożej, z udziałem ks. Jana Lisa"])
def test_the_mass_keeps_its_words(who: str) -> None:
    events = extract(ITEM.format(who=who), source="t", reference=dt.date(2026, 12, 8)).events
    assert len(events) == 1
    assert "mszę" in events[0].summary
    assert events[0].start.replace(tzinfo=None).isoformat() == "2019-05-05T10:00:00"


def test_a_sentence_that_ends_with_a_word_still_ends() -> None:
    # "... w sali Anny. Koncert ...": a name closing its sentence, the next one apart
    text = ("Koncert\n\nSource: Parafia\n\n2 maja 2019\n\nPróby chóru trwają w sali Anny. Koncert chóru odbędzie"
            " się 5 maja o godz. 18.00.\n")
    events = extract(text, source="t", reference=dt.date(2026, 12, 8)).events
    assert [e.summary.split(": ", 1)[-1][:7] for e in events] == ["Koncert"]
