"""A ceremony's act told in the present or the future with its clock after "by" ("The former governor cuts the tape by
12noon.", "The ribbon will be cut by 10am.", "The Minister commissions the bridge by noon") says when the ceremony
happens, as "at" does, and gives its hour to the day the sentence before dated (world-fiftyfirst 10: "On Saturday 27th
of May the Governor ... commission the new Government House Complex" / "Kayode Fayemi ... cuts the tape by 12noon."
was published as a whole day). A task to be done by then stays a deadline. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: Office of the Governor of Example State, Nigeria

Posted: 26 May 2030

{body}
"""


def _starts(title: str, body: str) -> list[str]:
    events = extract(ITEM.format(title=title, body=body), source="x", reference=dt.date(2030, 5, 26),
                     default_zone="Africa/Lagos").events
    return sorted(e.start.isoformat() if not e.all_day else e.start.strftime("%Y-%m-%d") for e in events)


def test_cuts_the_tape_by_noon() -> None:
    body = ("On Saturday 1st of June the Governor opens the new general hospital in Aba. The former governor of a "
            "neighbouring state cuts the tape by 12noon.")
    assert _starts("Governor to open hospital", body) == ["2030-06-01T12:00:00+01:00"]


def test_the_ribbon_will_be_cut_by() -> None:
    body = "On Saturday 1st of June the Governor will open the new market in Umuahia. The ribbon will be cut by 10am."
    assert _starts("Governor to open market", body) == ["2030-06-01T10:00:00+01:00"]


def test_a_task_by_then_stays_a_deadline() -> None:
    body = ("On Saturday 1st of June the Governor opens the new market in Umuahia. Traders must register their "
            "stalls by 10am.")
    assert _starts("Governor to open market", body) == ["2030-06-01"]
