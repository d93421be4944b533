"""Two readings of a place's name by what stands beside it (issue #10, zones). "PNG" is Papua New Guinea as its own
bodies and press write it ("PNG Growers' Association", "Boroko, PNG"), and the image format beside a file's word or
another format ("PNG files", "JPEG or PNG"). A town before the adjective of its own body and a thing that happens
("Paisley Diocesan Mass") is where that happens, over a town named in passing ("a Solemn Mass in Rome"). Seen in
world-hundredthirtysixth (a chamber of commerce's AGM in Port Moresby; a diocese's Mass); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(text: str) -> list[str]:
    return [e.timezone for e in extract(text, source="test", reference=_REFERENCE).events]


def test_png_of_a_body_is_papua_new_guinea() -> None:
    text = ("Annual meeting of the PNG Growers' Association\n\nSource: PNG Growers' Association\n\n"
            "The PNG Growers' Association holds its annual general meeting on Saturday 16 May 2026 from 09:00 am to "
            "12:00 pm at the Association's hall.\n")
    assert _zones(text) == ["Pacific/Port_Moresby"]


def test_png_of_an_image_is_no_country() -> None:
    text = ("New photo archive opens to researchers\n\nSource: National Archives Service\n\n"
            "The archive opens its new reading room on Tuesday 12 May 2026 at 10:00. Scans are supplied as PNG files "
            "at 600 dpi, or as JPEG or PNG images for the web.\n")
    assert _zones(text) == ["Europe/Brussels"]


def test_town_of_a_diocesan_mass_is_its_place() -> None:
    text = ("Jubilee Mass at the cathedral\n\nSource: Diocese of Paisley\n\n"
            "Jubilee year, opening celebration: Paisley Diocesan Mass\nSunday, May 17, 2026, 3:00 PM\n"
            "The Holy Father opened the jubilee year with a Solemn Mass in Rome. To open it in our Diocese, the Bishop "
            "invites you to Holy Mass in the Cathedral at 3pm on Sunday 17 May.\n")
    assert _zones(text) == ["Europe/London"]
