"""A body named by the Palestinian nationality stands in Palestine and keeps its clock (Asia/Hebron).

Form: an organisation named by its nationality ("Palestinian Central Bureau of Statistics", "Palestinian Monetary
Authority") whose release calendar gives times with no zone and names no town. Seen in a statistics office's bulletin
(world-seventysecond): five release times at 10:00 were read on Brussels' clock, an hour off. The texts are ours."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles
from parsers.orghome import home_of

REFERENCE = dt.date(2026, 12, 5)


def test_the_nationality_names_the_country() -> None:
    home = home_of("Palestinian Monetary Authority")
    assert home is not None
    assert home.zone == "Asia/Hebron"


def test_release_times_keep_palestine_clock() -> None:
    body = ("Bulletin of 3 March 2024\n\n"
            "Coming releases\n\n"
            "12/03/2024 - Labour force survey, Q4 2023: press release (Time: 11:00)\n"
            "21/03/2024 - Price index of housing, 02/2024: press release (Time: 11:00)\n")
    article = Article(source="t", title="Monthly bulletin", body=body, org="Palestinian Statistics Office")
    events = extract_articles([article], reference=REFERENCE).events
    starts = sorted(e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime))
    # Palestine keeps UTC+2 in March before its summer time: 11:00 is 09:00 UTC
    assert starts == [dt.datetime(2024, 3, 12, 9, 0, tzinfo=dt.UTC), dt.datetime(2024, 3, 21, 9, 0, tzinfo=dt.UTC)]
