"""A forwarded mail's header label is no part of an event's title: "Subject: News briefing at 1145 TODAY" under the
mail's "Date:" line is a briefing titled "News briefing ...", not "Subject: News briefing ..." (world-fortyninth 3: a
police department's notice to reporters, quoted with its headers). "Re:" and "Fwd:" go too. Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Short notice from the fire service

Source: Harbour City Fire Department

The notice below reached reporters this morning:

From: Okafor, Lee
Date: March 4, 2031 9:02:11 AM EST
Subject: {subject}

Hello all, apologies for the late notice.
"""


def _summaries(subject: str) -> list[str]:
    events = extract(ITEM.format(subject=subject), source="fire", reference=dt.date(2031, 3, 1),
                     default_zone="America/New_York").events
    return [e.summary for e in events]


def test_subject_label_is_dropped() -> None:
    [summary] = _summaries("Media briefing at 1330 TODAY")
    assert "Subject" not in summary
    assert "Media briefing" in summary


def test_reply_and_forward_labels_are_dropped() -> None:
    [summary] = _summaries("Re: Fwd: Media briefing at 1330 TODAY")
    assert "Re:" not in summary
    assert "Fwd" not in summary
    assert "Subject" not in summary
