"""A start field with an aside in brackets of when the doors open ("Aanvang: 19.30 uur (zaal open 19.00 uur)",
"Start: 7.30 pm (doors open 7 pm)"): the field says when the entry starts, the aside only when the room opens; and a
line under the field of what it costs to get in ("Toegang gratis", "Admission free") names nothing. The entry is the
one the item names, at the field's time. Noted as left in note50 (a Dutch start field with a bracketed remark kept the
remark as the title). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_ITEMS = {
    "nl": ("Voorjaarsconcert in de Grote Kerk", "Het koor geeft op zaterdag 14 maart 2026 een voorjaarsconcert.",
           "Aanvang: 19.30 uur", "(zaal open 19.00 uur)", "Toegang gratis"),
    "en": ("Spring concert in the Great Church", "The choir gives a spring concert on Saturday 14 March 2026.",
           "Start: 7.30 pm", "(doors open 7 pm)", "Admission free"),
}


def _events(title: str, lead: str, field: str, below: str = "") -> list[tuple[str, str]]:
    text = f"{title}\n\nSource: Choir\n\n{lead}\n\n{field}\n{below}\n"
    return [(e.start.isoformat()[:16], e.summary)
            for e in extract(text, source="t", reference=dt.date(2026, 3, 1)).events]


@pytest.mark.parametrize("language", sorted(_ITEMS))
@pytest.mark.parametrize("aside", [True, False])
@pytest.mark.parametrize("with_admission", [True, False])
def test_the_field_times_the_item_s_event(language: str, aside: bool, with_admission: bool) -> None:
    title, lead, field, doors, admission = _ITEMS[language]
    events = _events(title, lead, f"{field} {doors}" if aside else field, admission if with_admission else "")
    assert len(events) == 1
    assert events[0][0] == "2026-03-14T19:30"
    assert title.split()[0].lower() in events[0][1].lower()
