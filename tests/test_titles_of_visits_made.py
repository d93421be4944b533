"""A title that dates a visit or a meeting ("Visit of Vice-Minister Tanaka to Kenya and Ghana (March 3–March 7,
2023)") over a text that tells those days only in the past ("made an official visit to Kenya from March 3 to March
5") is the report of what was done: no event of the title's days. Shown by world-fiftysixth item 10 (Japan's
Ministry of Agriculture, Forestry and Fisheries), whose report of a visit made was published as a visit."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(text: str) -> list[str]:
    return [e.start.isoformat()[:10] for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_report_of_a_visit_made_is_no_event() -> None:
    text = ("Visit of Vice-Minister Tanaka to Kenya and Ghana (March 3–March 7, 2023)\n\nSource: Ministry of Health\n\n"
            "Vice-Minister Tanaka made an official visit to two countries: from March 3 to March 5 he was in Kenya, "
            "and from March 5 to March 7 in Ghana.\n\nIn Nairobi he met the Cabinet Secretary for Health.\n")
    assert _days(text) == []


def test_report_of_a_working_visit_is_no_event() -> None:
    text = ("Deputy Minister's working visit to Singapore (12–14 June 2019)\n\nSource: Ministry of Trade\n\n"
            "From 12 to 14 June the Deputy Minister was in Singapore, where she met the heads of three port "
            "companies and opened a trade fair.\n")
    assert _days(text) == []


def test_visit_to_come_keeps_its_event() -> None:
    text = ("State Minister to visit Peru (May 2–May 5, 2024)\n\nSource: Ministry of Trade\n\n"
            "The State Minister will visit Peru from May 2 to May 5 and will meet the Minister of Production.\n")
    assert _days(text) == ["2024-05-02"]
