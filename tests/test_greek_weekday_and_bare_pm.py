"""Greek: "7μμ", the afternoon's mark with no stops glued to the hour, is 19:00; "την Τετάρτη", a weekday after its
article in a sentence told in the future ("θα"), is that weekday of the stamp's week; "το μεσημέρι" is noon (issue
#10, "Dates" and "Languages"). Seen in world-ninetythird (a head of state's day in Athens: "Στις 7μμ ο Πρόεδρος θα
παραστεί ...", a wreath "το μεσημέρι", "την Τετάρτη" under a stamp of the Tuesday before); the texts are ours. A
weekday in a sentence told in the past ("επισκέφθηκε τη Δευτέρα") is not moved to the days to come."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_glued_afternoon_mark() -> None:
    text = ("Εκδήλωση του Δήμου\n\nSource: Δήμος Πατρέων\n\n3 Οκτωβρίου 2025\n\n"
            "Στις 8μμ ο Δήμαρχος θα μιλήσει στο Δημοτικό Θέατρο της Πάτρας.\n")
    assert _starts(text) == ["2025-10-03 20:00"]


def test_weekday_in_a_sentence_to_come() -> None:
    text = ("Επίσκεψη του Υπουργού\n\nSource: Υπουργείο Παιδείας\n\n7 Οκτωβρίου 2025\n\n"
            "Ο Υπουργός θα βρεθεί την Πέμπτη στη Θεσσαλονίκη, όπου στις 11:00 θα εγκαινιάσει το νέο σχολείο.\n")
    assert _starts(text) == ["2025-10-09 11:00"]


def test_weekday_opening_the_item_dates_a_later_clock() -> None:
    text = ("Επίσκεψη του Υπουργού\n\nSource: Υπουργείο Παιδείας\n\n7 Οκτωβρίου 2025\n\n"
            "Την Πέμπτη ο Υπουργός θα μεταβεί στη Θεσσαλονίκη.\n\n"
            "Στις 6 μ.μ. θα μιλήσει σε εκδήλωση του Πανεπιστημίου.\n")
    assert _starts(text) == ["2025-10-09 18:00"]


def test_weekday_told_in_the_past_stays_put() -> None:
    # Not moved to the Monday to come: the sentence tells what was done.
    text = ("Επίσκεψη του Υπουργού\n\nSource: Υπουργείο Παιδείας\n\n7 Οκτωβρίου 2025\n\n"
            "Ο Υπουργός επισκέφθηκε τη Δευτέρα στις 11:00 το νέο σχολείο της Λάρισας.\n")
    assert "2025-10-13 11:00" not in _starts(text)


def test_noon() -> None:
    # "το μεσημέρι": at noon, on the day in context; "μέχρι το μεσημέρι" (until noon) is no time of an event.
    text = ("Επίσκεψη του Υπουργού\n\nSource: Υπουργείο Παιδείας\n\n7 Οκτωβρίου 2025\n\n"
            "Την Πέμπτη ο Υπουργός θα μεταβεί στη Λάρισα.\n\n"
            "Ο Υπουργός θα εγκαινιάσει το μεσημέρι τη νέα βιβλιοθήκη του Πανεπιστημίου.\n")
    assert _starts(text) == ["2025-10-09 12:00"]


def test_until_noon_is_no_time() -> None:
    text = ("Ανακοίνωση\n\nSource: Δήμος Λάρισας\n\n7 Οκτωβρίου 2025\n\n"
            "Την Πέμπτη 9 Οκτωβρίου το δημαρχείο θα είναι ανοιχτό μέχρι το μεσημέρι.\n")
    assert _starts(text) == []
