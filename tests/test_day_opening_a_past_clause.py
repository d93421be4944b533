"""A day that opens its clause after an address or a comma, the clause's verb in the past right after its subject
("Honourable Members, on Tuesday 22 August 2023 the House adjourned to await the judgment ..."), before the item's
own date, is history, though a later clause of the sentence holds a modal ("which we had been told would be handed
down ..."). world-sixtyfourth item 14 (a Hansard of 28 August 2023) showed it: the adjournment became an event.
Each text is our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

NOTICE = """{title}

Source: {source}

{body}
"""


def _days(title: str, source: str, body: str) -> list[str]:
    events = extract(NOTICE.format(title=title, source=source, body=body), source="past", reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_an_adjournment_told_to_the_house_is_history() -> None:
    body = ("Official Report, Thursday 4th March, 2027\n\nMr Speaker: Honourable Members, on Tuesday 2 March 2027 "
            "the House adjourned to hear the Minister's statement, which we were told would be tabled today. "
            "The House will sit again on Friday 12 March 2027 at 9:00 a.m.")
    days = _days("Hansard, Thursday 4th March, 2027", "National Assembly of Samoa", body)
    assert "2027-03-02" not in days
    assert "2027-03-12" in days


def test_a_committee_s_past_meeting_after_a_comma_is_history() -> None:
    body = ("Wellington, 10 March 2027\n\nAs members will recall, on 3 March 2027 the Committee met the Ombudsman, "
            "whose report could be published later. Its next hearing is on Wednesday 17 March 2027 at 10:00 a.m.")
    days = _days("Committee notice", "Finance and Expenditure Committee", body)
    assert "2027-03-03" not in days
    assert "2027-03-17" in days


def test_a_day_to_come_opening_its_clause_stays_an_event() -> None:
    body = ("Suva, 1 March 2027\n\nHonourable Members, on Tuesday 9 March 2027 the House will meet at 9:30 a.m. "
            "to debate the budget.")
    assert "2027-03-09" in _days("Notice of sitting", "Parliament of Fiji", body)
