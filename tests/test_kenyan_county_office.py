"""A Kenyan county's own name for its government, "County Government of Embu", "County Assembly of Nakuru", says
the country when the notice names no town the gazetteer holds (issue #10, "Zone": a budget forum's "9:30AM" rows at
sub-county halls were read on the calendar's clock, Brussels). An American county puts its name first ("Polk County
Government") and keeps its own reading. Seen in world-hundredfourth; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.institutioncountry import institution_country

_REFERENCE = dt.date(2026, 1, 10)


def test_the_kenyan_forms_name_kenya() -> None:
    assert institution_country("County Government of Kitui (via a county newsletter)") == "KE"
    assert institution_country("County Assembly of Kakamega") == "KE"


def test_an_american_county_government_is_not_kenyan() -> None:
    assert institution_country("Polk County Government") is None
    assert institution_country("Board of County Commissioners") is None


def test_rows_of_a_county_notice_keep_nairobi_time() -> None:
    text = ("Kitui County budget hearings\n\nSource: County Government of Kitui\n\n"
            "Hearings on the county's fiscal strategy paper are held on February 12, 2026 as follows:\n"
            "Ward Venue Time\nMwingi Central\nChiefs' Camp 10:00AM\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [(f"{e.start:%Y-%m-%d %H:%M}", str(e.start.tzinfo)) for e in events] \
        == [("2026-02-12 10:00", "Africa/Nairobi")]
