"""The days a call is open ("Applications for the 2027 fellowship are open from 5 March to 10 April") bound a window
for applying, not an event; the programme's own days stay one."""

from __future__ import annotations

from tests.test_notevents import events_of, when


def test_an_open_window_for_applications_is_no_event() -> None:
    body = ("Santiago, 3 March 2027\n\nApplications for the 2027 Coastal Fellowship are open from 8 March to 16 "
            "April 2027.\n\nThe fellowship itself runs from 1 July to 31 August 2027 in Valparaíso.\n")
    assert when(events_of(body, title="Call for fellows", zone="America/Santiago")) == ["2027-07-01..2027-08-31"]
