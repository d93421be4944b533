"""A date alone on its line between a signatory's title and the contact lines under it ("Democracy Advisor / 5
February 2014 / Contact Telephone: (09) ..."), is the day the notice was signed: the contact lines name no entry of
that day. "Telephone:", "Contact Telephone:", "Contact Phone:", "Media Contact:" are fields, as "Contact:" and
"Phone:" are. Shown by world-fiftysixth item 4 (Auckland Council), whose notice's date was published as an all-day
event titled "Democracy Advisor"."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(text: str) -> list[str]:
    return [e.start.isoformat()[:10] for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_advisors_date_over_contact_lines_is_no_event() -> None:
    text = ("Finance Committee: notice of meeting\n\nSource: Nelson City Council\n\n"
            "Date:\n\nTime:\n\nTuesday, 11 March 2014\n\n10.00am\n\nFinance Committee\n\n"
            "MEMBERSHIP\n\nChairperson\n\nCr Ann Smith\n\nJane Roe\n\nGovernance Advisor\n\n4 March 2014\n\n"
            "Contact Telephone: (03) 555 0100\n\nEmail: governance@example.org\n")
    assert _days(text) == ["2014-03-11"]


def test_secretarys_date_over_a_telephone_line_is_no_event() -> None:
    text = ("Annual General Meeting\n\nSource: Harbour Yacht Club\n\n"
            "Date:\n\nTime:\n\nThursday 16 May 2019\n\n7.00pm\n\nClubhouse, Marine Parade\n\n"
            "By order of the Board\n\nJohn Smith\n\nCompany Secretary\n\n12 April 2019\n\n"
            "Telephone: 555 0101\n")
    assert _days(text) == ["2019-05-16"]
