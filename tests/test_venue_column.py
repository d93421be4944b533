"""A table whose header row names its columns ("Date | Venue | Time") with a column of where and none of what:
each row's cell under "Venue" is where that row's event is, not what it is; what it is, the caption or title over
the table says. Parliaments' notices of public hearings and ministries' tour tables showed the form. Texts of our own.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract, extract_articles
from parsers.html import html_article

REFERENCE = dt.date(2031, 2, 20)
ROWS = [("Mon, 9th June", "Bay Town, Old Market Hall", "9.00 a.m."),
        ("Tue, 10th June", "Hill Town, Teachers' College", "10.30 a.m.")]


def _summaries(events: list) -> list[str]:
    return [e.summary for e in sorted(events, key=lambda e: e.start.isoformat())]


def test_a_venue_cell_is_where_the_captioned_event_is() -> None:
    table = "\n".join(" | ".join(row) for row in ROWS)
    text = (f"Consultations on the water bill\n\nSource: A parliament's committee on water\n\n"
            f"The committee will hold county consultations on the Water Bill, 2031 as follows:\n\n"
            f"Date | Venue | Time\n{table}\n")
    summaries = _summaries(extract(text, source="t", reference=REFERENCE).events)
    assert len(summaries) == 2
    assert all("consultations on the water bill" in s.lower() for s in summaries)
    assert "Old Market Hall" in summaries[0]
    assert "Teachers' College" in summaries[1]
    assert not any(s.lower().startswith(("date", "venue")) for s in summaries)


def test_a_pages_table_with_a_location_column_reads_the_same() -> None:
    cells = "".join(f"<tr><td>{d}</td><td>{v}</td><td>{t}</td></tr>" for d, v, t in ROWS)
    page = ("<html><head><title>Consultations on the water bill</title></head><body><main>"
            "<h1>Consultations on the water bill</h1><p>The committee will hold county consultations on the Water "
            f"Bill, 2031 as follows:</p><table><tr><th>Date</th><th>Location</th><th>Time</th></tr>{cells}</table>"
            "</main></body></html>")
    article = html_article(page.encode(), url="https://example.org/consultations", source="t")
    summaries = _summaries(extract_articles([article], reference=REFERENCE).events)
    assert len(summaries) == 2
    assert all("consultations on the water bill" in s.lower() for s in summaries)


def test_a_table_with_a_column_of_what_keeps_its_rows_words() -> None:
    table = "\n".join(f"{d} | Hearing of farmers | {v} | {t}" for d, v, t in ROWS)
    text = (f"Consultations on the water bill\n\nSource: A parliament's committee on water\n\n"
            f"Hearings on the Water Bill, 2031:\n\nDate | Event | Venue | Time\n{table}\n")
    summaries = _summaries(extract(text, source="t", reference=REFERENCE).events)
    assert len(summaries) == 2
    assert all("Hearing of farmers" in s for s in summaries)


def test_a_line_right_under_a_tables_last_row_does_not_name_it() -> None:
    table = "\n".join(" | ".join(row) for row in ROWS)
    text = (f"Consultations on the water bill\n\nSource: A parliament's committee on water\n\n"
            f"County consultations on the Water Bill, 2031:\n\nDate | Venue | Time\n{table}\nClerk of the Assembly\n")
    summaries = _summaries(extract(text, source="t", reference=REFERENCE).events)
    assert len(summaries) == 2
    assert not any("Clerk" in s for s in summaries)


def test_a_tables_undated_row_is_not_the_place_of_the_row_above() -> None:
    text = ("Meetings 2031\n\nSource: A regional fisheries body\n\nDATE | EVENT | LOCATION | CONVENER |\n"
            "1 - 3 March 2031 | Working group on fishing licences, first meeting | Bridgetown, Barbados | FAO |\n"
            "TBD | Billfish workshop, third edition | Santo Domingo, Dominican Republic | FAO |\n")
    events = extract(text, source="t", reference=REFERENCE).events
    assert len(events) == 1
    assert "TBD" not in events[0].location


def test_a_second_table_under_its_own_header_keeps_its_rows_words() -> None:
    first = " | ".join(ROWS[0])
    text = (f"Programme of the visit\n\nSource: A speaker's office\n\nDate | Venue | Time\n{first}\n\n"
            "Date | Event | Venue\nTue, 17th June 2031 | Opening of the youth parliament | Teachers' College\n")
    summaries = _summaries(extract(text, source="t", reference=REFERENCE).events)
    assert summaries[-1].startswith("Opening of the youth parliament")


def test_every_row_of_a_long_table_reads_the_same() -> None:
    rows = "\n".join(f"{day} June 2031 | Town {day}, Hall | 9.00 a.m." for day in range(2, 22))
    text = (f"Hearings\n\nSource: A committee\n\nPublic hearings on the Water Bill:\n\nDate | Venue | Time\n{rows}\n")
    summaries = _summaries(extract(text, source="t", reference=REFERENCE).events)
    assert len(summaries) == 20
    assert all("hearings" in s.lower() for s in summaries)
