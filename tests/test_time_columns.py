"""Tables whose column heads are clock times, pasted one cell per line: each row's date, then one cell per head.

Texts in our own words, in the style of a house of parliament's outreach programme and a minister's tour.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles
from parsers.timecolumns import time_columns

_DAY = dt.date(2031, 1, 20)

_TABLE = """Members of the public may attend every meeting below.

DATE
10H00 SESSION
14H30 SESSION
Wednesday, 5 Feb 2031
Courtesy call on the Regional Governor, Governor's Office, KEETMANSHOOP
Town hall meeting, Community Hall, KEETMANSHOOP
Thursday, 6 Feb 2031
Visit to the fishing cooperative, LÜDERITZ
Talk with learners of the high school, LÜDERITZ"""


def _events(text: str) -> list[tuple[str, str]]:
    article = Article(source="t", title="Outreach visits", body=text, url="", published=_DAY,
                      org="Parliament of Namibia (National Council)")
    return sorted((str(e.start), e.summary) for e in extract_articles([article], reference=_DAY).events)


def test_each_cell_at_its_columns_time_on_its_rows_day() -> None:
    starts = [start for start, _ in _events(_TABLE)]
    assert starts == ["2031-02-05 10:00:00+02:00", "2031-02-05 14:30:00+02:00",
                      "2031-02-06 10:00:00+02:00", "2031-02-06 14:30:00+02:00"]


def test_the_cell_names_the_event() -> None:
    summaries = " ".join(summary for _, summary in _events(_TABLE))
    assert "fishing cooperative" in summaries
    assert "SESSION" not in summaries


def test_lines_that_are_no_such_table_stay() -> None:
    lines = ["09:00 Registration", "10:00 Opening", "Tuesday, 4 March", "A talk on water"]
    assert time_columns(lines) == lines  # rows with a clock each: a programme, not column heads
    agenda = ["09:00 Registration", "10:00 Opening", "Tuesday, 4 March", "Visit to a farm", "A talk on water"]
    assert time_columns(agenda) == agenda  # heads differ in their words: a programme's rows
    prose = ["DATE", "09H00", "11H00", "Monday, 14 Feb", "Our tour goes on in the spring."]
    assert time_columns(prose) == prose  # a row with too few cells is no table


def test_rows_kept_whole_between_bars() -> None:
    text = ("Members of the public may attend every meeting below.\n\n"
            "DATE | 10H00 SESSION | 14H30 SESSION\n"
            "Wednesday, 5 Feb 2031 | Courtesy call on the Regional Governor | Town hall meeting, KEETMANSHOOP\n"
            "Thursday, 6 Feb 2031 | Visit to the fishing cooperative | -")
    assert [start for start, _ in _events(text)] == ["2031-02-05 10:00:00+02:00", "2031-02-05 14:30:00+02:00",
                                                     "2031-02-06 10:00:00+02:00"]
