"""Croatian dates: a day's number with its dot and the month's genitive after it ("15. rujna 2025.", "17. rujna"
with its year from another date of the item, "u srijedu, 17. rujna"), a span ("od 6. do 10. listopada") and a
clock before "sati" ("u 11 sati", "od 9 do 13 sati"). world-sixtyfourth item 4 (a release of the Croatian
Parliament's presidency: "7. sjednica ... otvara se 15. rujna 2025.", "17. rujna") showed the form: no Croatian date
was read. Each text is our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE, listed

NOTICE = """{title}

Source: {source}

{body}
"""


def _events(title: str, source: str, body: str) -> list[str]:
    events = extract(NOTICE.format(title=title, source=source, body=body), source="hr", reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M %z}" for e in events)


def test_a_day_and_a_yearless_day_of_a_parliament() -> None:
    body = ("Zagreb – Odbor za zakonodavstvo održat će sjednicu 3. ožujka 2027. u 11 sati u dvorani 4. "
            "Sjednica Odbora za financije održat će se 10. ožujka u 9.30 sati.")
    assert _events("Najava sjednica odbora", "Odbor za zakonodavstvo", body) == [
        "2027-03-03 11:00 +0100", "2027-03-10 09:30 +0100"]


def test_a_weekday_heading_and_a_ministry_s_day() -> None:
    body = ("Split, 2. ožujka 2027.\n\nMinistar obrane posjetit će u petak, 12. ožujka, vojarnu u Splitu, gdje će "
            "se u 10 sati održati svečani postroj.")
    assert _events("Ministar obrane u Splitu", "Ministarstvo obrane Republike Hrvatske", body) == [
        "2027-03-12 10:00 +0100"]


def test_a_span_of_days_of_a_city_fair() -> None:
    body = ("Osijek, 1. ožujka 2027.\n\nSajam obrtnika održat će se od 6. do 8. travnja 2027. na Trgu slobode, "
            "a otvoren je od 9 do 18 sati.")
    assert "2027-04-06" in _events("Sajam obrtnika", "Grad Osijek", body)


def test_a_span_whose_days_carry_their_weekdays() -> None:
    # "od srijede 9. do petka 11. lipnja": the genitive weekdays sit between "od"/"do" and the days; "do petka" is
    # a span's end here, not the "by Friday" of a deadline
    text = NOTICE.format(title="Dani otvorenih vrata vojarne", source="Ministarstvo obrane",
                         body="Split, 1. lipnja 2027.\n\nVojarna u Splitu bit će otvorena za građane od srijede "
                              "9. do petka 11. lipnja, uz prikaz opreme i glazbeni program.")
    assert listed(text) == ["2027-06-09..2027-06-11"]
