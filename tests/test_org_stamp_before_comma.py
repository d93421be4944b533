"""A sign-off line of a date and the publisher's name as far as its comma: "30 March 2022, Office of the Premier"
under a statement of the "Office of the Premier, Northern Cape Provincial Government" (issue #10, "Not events":
provincial offices sign their statements so). The line names the publisher and the day it wrote, no event, as
"18.10.2018, Thüringer Staatskanzlei" already is. Seen in world-hundredtwentysixth; the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_a_sign_off_with_the_publishers_short_name_is_no_event() -> None:
    text = ("Premier answers the opposition\n\nSource: Office of the Premier, Free State Provincial Government\n\n"
            "The Premier has noted the opposition's claims about the housing tender and rejects them; the matter was "
            "settled by the auditor last year.\n\n"
            "14 April 2022, Office of the Premier\n")
    assert _starts(text) == []


def test_another_offices_name_beside_a_day_is_read_as_before() -> None:
    text = ("Premier answers the opposition\n\nSource: Office of the Premier, Free State Provincial Government\n\n"
            "Published 10 April 2022\n\n"
            "14 April 2022, Provincial Legislature\n")
    assert _starts(text) != []
