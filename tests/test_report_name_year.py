"""A year opening a report's name ("the 2007 EFA Global Monitoring Report", "2023 World Drug Report") names the
report, which may come out the year before it or after it; it is not the year of the paragraph's dates (issue #10,
"Year"). It had put a list's yearless days ("launch set for 28 November", "December 1 ... at 19:30hrs") in the
report's year, though the page names its own month and year ("October 2006"). An annual report's year still tells
when it is given out. Seen in world-eightysecond (a UNESCO office's news list); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _days(text: str) -> list[dt.date]:
    return sorted(s.date() if isinstance(s, dt.datetime) else s
                  for s in (e.start for e in extract(text, source="test", reference=_REFERENCE).events))


def test_a_report_named_for_next_year_launched_this_year() -> None:
    text = ("Regional office news\n\nSource: Island Education Office\n\n"
            "Out now: the newsletter of September 2011.\n\n"
            "The 2012 Pacific Literacy Review will be launched at the Tanoa hotel in Nadi on 14 November.\n")
    assert _days(text) == [dt.date(2011, 11, 14)]


def test_an_annual_report_given_out_the_year_after() -> None:
    text = ("Board news\n\nSource: Harbour Board\n\n"
            "The Board presents its Annual Report 2018 on 14 March in Cork.\n")
    assert _days(text) == [dt.date(2019, 3, 14)]
