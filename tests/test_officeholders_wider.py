"""The wider table of office-holders (issue #10): governors, premiers, mayors, chief executives and the heads of more
international bodies bound an undated item's year as the heads of state do, and the guards hold: a surname many
people hold counts only in full, a central bank's governor is not a state's, a former or a lieutenant governor bounds
nothing. Each text is our own, read with a reference date (1 December 2026) outside those terms."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import officeholders
from tests.year_texts import REFERENCE, events_of

WINDOWS = [
    # (text, the first and last days of the window or None, why)
    ("Governor Ritter signs the water bill.", ("2007-01-01", "2011-01-31"), "a state's governor by surname"),
    ("Gov. Andrew Cuomo tours the bridge.", ("2011-01-01", "2021-08-31"), "the abbreviated title and a full name"),
    ("Governor Scott signs the budget.", None, "a surname many governors hold counts only in full"),
    ("Governor Rick Scott signs the budget.", ("2011-01-01", "2019-01-31"), "in full it counts"),
    ("Bank of England Governor Carney speaks at the dinner.", None, "a central bank's governor is not Delaware's"),
    ("RBA Governor Bullock speaks at the dinner.", None, "nor is the Reserve Bank of Australia's Montana's"),
    ("John Carney, Governor of the Bank of England, speaks.", None, "nor a title after the name"),
    ("Governor Carney signs the budget.", ("2017-01-01", "2025-01-31"), "a state's governor of the same surname"),
    ("Chief Executive Carrie Lam will attend the flag-raising.", ("2017-07-01", "2022-07-01"),
     "Hong Kong's Chief Executive"),
    ("The Chief Executive, Mr Donald Tsang, opens the exhibition.", ("2005-06-21", "2012-07-01"),
     "a title in apposition before an honorific"),
    ("Chief Executive Tsang of Acme Holdings presents the results.", None,
     "every company has a chief executive: Hong Kong's count only in full"),
    ("Premier Wynne opens the transit line.", ("2013-02-01", "2018-06-29"), "a province's premier"),
    ("Premier Ford opens the highway.", None, "a surname many hold"),
    ("Ministerpräsident Laschet eröffnet die Messe.", ("2017-06-01", "2021-10-31"), "a Ministerpräsident"),
    ("Erster Bürgermeister Olaf Scholz eröffnet den Hafengeburtstag.", ("2011-03-01", "2018-03-31"),
     "a Chancellor's earlier office, by its title"),
    ("First Minister Sturgeon opens the bridge.", ("2014-11-01", "2023-03-31"), "a devolved government's head"),
    ("Deputy First Minister Nicola Sturgeon opens the bridge.", None, "a deputy holds another office"),
    ("Mayor Sadiq Khan opens the festival.", None, "an incumbent mayor holds the reference date"),
    ("Mayor Boris Johnson opens the festival.", ("2008-05-04", "2016-05-09"), "the title says which office"),
    ("Mayor Johnson opens the festival.", None, "a surname many hold, though one of them was London's mayor"),
    ("Mayor de Blasio announces the parade route.", ("2014-01-01", "2022-01-01"), "a city's mayor by surname"),
    ("Former Mayor Bloomberg opens the festival.", None, "a former mayor bounds nothing"),
    ("Kristalina Georgieva meets UNESCO Director-General Irina Bokova.", ("2009-11-15", "2017-11-15"),
     "the head of an agency"),
    ("President of the General Assembly Csaba Kőrösi opens the debate.", ("2022-09-01", "2023-09-30"),
     "a session's president"),
    ("Finance Minister Schäuble meets Treasury Secretary Lew.", ("2013-02-01", "2017-01-31"),
     "two finance ministers' terms intersect"),
    ("Chancellor of the Exchequer George Osborne presents the budget.", ("2010-05-11", "2016-07-13"),
     "a finance minister in full"),
    ("Chancellor Brown presents the budget.", None, "a surname many hold"),
    ("Foreign Minister Josep Borrell meets the press.", ("2018-06-01", "2019-11-30"),
     "the title says which of a person's offices"),
    ("Lt. Gov. Ralph Northam tours the plant.", None, "a lieutenant governor holds another office"),
    ("Lieutenant Governor Northam tours the plant.", None, "in full too"),
]


@pytest.mark.parametrize(("text", "expected", "why"), WINDOWS, ids=[row[2] for row in WINDOWS])
def test_the_window_of_the_wider_holders_named_in_office(text: str, expected: tuple[str, str | None] | None,
                                                         why: str) -> None:
    window = officeholders.window(text, REFERENCE)
    found = None if window is None else (window.spans[0][0].isoformat(), window.spans[-1][1].isoformat())
    if expected is not None and expected[1] is None:
        assert found is None, why  # an incumbent: the window holds the reference date
        assert officeholders.holders_named(text), why
        return
    assert found == expected, why


ITEMS = [
    # (body, expected days, why)
    ("Governor Ritter signs the water bill on 14 June at 10:00.", ["2010-06-14"], "a governor"),
    ("Mayor de Blasio announces the parade route on 14 March at 10:00.", ["2021-03-14"], "a mayor"),
    ("Chief Executive Carrie Lam will attend the flag-raising ceremony on October 1 at 8:00.", ["2021-10-01"],
     "a chief executive"),
    ("UNESCO Director-General Irina Bokova opens the exhibition on 14 March at 10:00.", ["2017-03-14"],
     "an agency's head"),
    ("Bank of England Governor Carney speaks at the dinner on 14 March at 19:00.", ["2026-03-14"],
     "a central bank's governor leaves the guess alone"),
]


@pytest.mark.parametrize(("body", "expected", "why"), ITEMS, ids=[row[2] for row in ITEMS])
def test_an_undated_item_takes_a_year_of_the_wider_terms(body: str, expected: list[str], why: str) -> None:
    found = sorted(e.start.date().isoformat() if isinstance(e.start, dt.datetime) else e.start.isoformat()
                   for e in events_of(body, "Schedule"))
    assert found == expected, why
