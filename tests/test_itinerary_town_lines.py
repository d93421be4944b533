"""An itinerary in local times whose town lines head the rows under them ("Paris, France" / "11:00 a.m. ..." /
"London, United Kingdom" / "7:30 p.m. ..."): a town line under a row heads the next row, as the day's first town line
did, whatever its country (found by review: "Porto, Portugal" under a Lisbon row); it is not the venue of the row
above. The second meeting was read
in Paris, on Paris's clock. (Met in our own texts in the style of a foreign ministry's travel notice.) Texts of our
own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_TEXT = """Minister's travel

Source: Ministry of Foreign Affairs of Canada

June 7, 2030

The Minister will travel to Portugal and the United Kingdom June 10-11. All times local.

Monday, June 10
Lisbon, Portugal
11:00 a.m. The Minister meets with the Foreign Minister of Portugal.
Berlin, Germany
7:30 p.m. The Minister meets with the Chancellor.
"""


def test_each_town_line_heads_its_row() -> None:
    events = [e for e in extract(_TEXT, source="t", reference=dt.date(2030, 1, 1)).events if not e.all_day]
    assert [(e.start.strftime("%H:%M"), e.timezone, e.location) for e in events] == [
        ("11:00", "Europe/Lisbon", "Lisbon, Portugal"), ("19:30", "Europe/Berlin", "Berlin, Germany")]


def test_a_town_line_in_the_rows_own_country_heads_the_next_row() -> None:
    text = _TEXT.replace("Berlin, Germany\n7:30 p.m. The Minister meets with the Chancellor.\n",
                         "Porto, Portugal\n7:30 p.m. The Minister meets with the President.\n")
    events = [e for e in extract(text, source="t", reference=dt.date(2030, 1, 1)).events if not e.all_day]
    assert [(e.timezone, e.location) for e in events] == [("Europe/Lisbon", "Lisbon, Portugal"),
                                                           ("Europe/Lisbon", "Porto, Portugal")]


def test_town_lines_of_one_country_each_head_their_row() -> None:
    # (found by review) a town line in the country of the row above heads the next row too, when town lines open
    # the run: the locations do not swap
    text = _TEXT.replace("Berlin, Germany\n7:30 p.m. The Minister meets with the Chancellor.\n",
                         "Berlin, Germany\n7:00 p.m. Arrival.\nPotsdam, Germany\n"
                         "7:30 p.m. The Minister meets with the Chancellor.\n")
    events = [e for e in extract(text, source="t", reference=dt.date(2030, 1, 1)).events if not e.all_day]
    assert [(e.start.strftime("%H:%M"), e.location.split(",")[0]) for e in events] == [
        ("11:00", "Lisbon"), ("19:00", "Berlin"), ("19:30", "Potsdam")]


def test_venue_lines_under_their_rows_stay_their_venues() -> None:
    # rows whose places stand under them (the run opens with a row): each place line is the venue of the row above
    rows = ("Monday, June 10\n11:00 a.m. The Minister meets the Pope.\nVatican City\n"
            "3:00 p.m. The Minister meets the President.\nRome, Italy\n")
    text = _TEXT.split("Monday, June 10")[0] + rows
    events = [e for e in extract(text, source="t", reference=dt.date(2030, 1, 1)).events if not e.all_day]
    assert [e.location.split(",")[0] for e in events] == ["Vatican City", "Rome"]
