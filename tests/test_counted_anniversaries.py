"""An item that counts the years since its history ("the 51st Independence Anniversary", "40 years of diplomatic
relations") and tells that history's full date in another sentence ("gained independence on 24 October 1964") is
written in the year the count reaches: its year-less days are of that year, and the history is no event. A state's
birth told in the past ("gained independence on", "became a republic on") is history, never the item's own date.
Releases of embassies and high commissions showed the forms. Items in our own words."""

from __future__ import annotations

from .conftest import listed

RECEPTION = """Independence celebrations in Ottawa

Source: An embassy in Ottawa

{history} {count} the embassy will hold a reception on Friday 23 October at 18:30 at the chancery, and a service of
thanksgiving follows on Sunday 25 October at 11:00.
"""


def test_a_count_of_years_after_a_birth_told_elsewhere_dates_the_item() -> None:
    text = RECEPTION.format(history="The country gained its independence on 24 October 1964.",
                            count="For the 51st Independence Anniversary,")
    assert listed(text) == ["2015-10-23 18:30", "2015-10-25 11:00"]


def test_years_of_independence_count_the_same_way() -> None:
    text = RECEPTION.format(history="The republic was born on 24 October 1964.",
                            count="To mark 56 years of independence,")
    assert listed(text) == ["2020-10-23 18:30", "2020-10-25 11:00"]


def test_a_birth_told_in_the_past_is_not_the_items_own_date() -> None:
    # (read as the item's date, the weekdays would be put in 1964; the reference's year holds no Friday 23 October)
    text = RECEPTION.format(history="The country attained independence on 24 October 1964.", count="This year")
    assert listed(text) == ["2026-10-23 18:30", "2026-10-25 11:00"]


def test_a_birth_decades_before_a_year_the_item_writes_is_no_event() -> None:
    text = RECEPTION.format(history="On 24 October 1964 the country became a sovereign republic.",
                            count="Under the 2015 programme of celebrations,")
    assert listed(text) == ["2015-10-23 18:30", "2015-10-25 11:00"]


def test_a_count_that_fits_no_single_year_dates_nothing() -> None:
    # (counted from 1964 or from 1972, the 11th anniversary falls in 1975 or 1983: two years, so neither; the days are
    # read as an undated item's, near the reference)
    text = RECEPTION.format(history="The port opened on 2 May 1964, and its second quay opened on 5 June 1972.",
                            count="For the quay's 11th anniversary,")
    assert listed(text) == ["2026-10-23 18:30", "2026-10-25 11:00"]


def test_a_count_beside_a_date_to_come_is_no_anniversary_of_it() -> None:
    # ("The 3rd National Day Parade rehearsal ... on Saturday 22 July 2029": no history to count from)
    text = ("Parade rehearsals\n\nSource: A ministry of defence\n\nThe 3rd National Day Parade rehearsal will take "
            "place on Saturday 22 July 2023 at 17:00 at the parade ground.\n")
    assert listed(text) == ["2023-07-22 17:00"]


def test_a_sentence_ending_in_a_number_counts_no_anniversary() -> None:
    text = ("Committee programme\n\nSource: A national assembly\n\nThe committee meets on Wednesday 4 March at 10:00 "
            "in Room 4. Anniversary messages from partner parliaments will be read out.\n\nThe committee last met on "
            "12 February 2021.\n")
    assert listed(text) == ["2026-03-04 10:00"]
