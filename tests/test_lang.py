"""German and French dates and times (parsers/lang.py), read by the same grammar entry as the English forms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
from parsers.dates import DayPart, find_mentions

from .test_dates import Row, summaries

T = dt.time
D = DayPart
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember")  # fmt: skip
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")  # fmt: skip
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

DAY_ROWS: list[Row] = [
    ("27. Januar 2022", (("day", D(27, 1, 2022)),), "German day, month, year"),
    ("am Freitag, 31. Januar", (("day", D(31, 1, None, 4)),), "weekday and comma, no year"),
    ("am Sa, dem 31. Januar 2015", (("day", D(31, 1, 2015, 5)),), "abbreviated weekday and 'dem'"),
    ("am 5. Dez.", (("day", D(5, 12)),), "abbreviated month with its full stop"),
    ("31.01.2020", (("day", D(31, 1, 2020)),), "dotted numeric date, day first"),
    ("Sa. 13.11.2021", (("day", D(13, 11, 2021, 5)),), "weekday before a dotted date"),
    ("Der Basar ist am 03.11. im Saal", (("day", D(3, 11)),), "a dotted day and month without a year, after 'am'"),
    ("ab Mo., 5.8. geöffnet", (("day", D(5, 8, None, 0)),), "a weekday before a yearless dotted date"),
    ("Der 11.10. ist ihr Festtag", (("day", D(11, 10)),), "an article before a dotted day and month with its stop"),
    ("Er kommt den 3.5. wieder", (("day", D(3, 5)),), "'den' before a dotted day and month"),
    ("um 10.11 Uhr", (("time", T(10, 11), None, ""),), "'um' opens a time: a dotted hour stays a time"),
    ("Der Zug um 11.10 Uhr", (("time", T(11, 10), None, ""),), "an article, then a clock time without a stop"),
    ("le mardi 21 novembre 2023", (("day", D(21, 11, 2023, 1)),), "French weekday, day, month, year"),
    ("1er décembre", (("day", D(1, 12)),), "French ordinal first"),
    ("Am Mittwoch", (("weekday", 2),), "a German weekday alone"),
    ("le jeudi, nous", (("weekday", 3),), "a French weekday alone"),
    ("Le lendemain, le ministre", (("relative", 1),), "the following day, in French"),
    ("am Tag darauf", (("relative", 1),), "the following day, in German"),
    ("Am selben Tag", (("relative", 0),), "the same day"),
    ("la veille", (("relative", -1),), "the day before"),
    ("Heute", (("published", 0),), "today, from the publication date"),
    ("gestern", (("published", -1),), "yesterday"),
    ("demain", (("published", 1),), "tomorrow, in French"),
]
SPAN_ROWS: list[Row] = [
    ("vom 26. bis 28. Juni", (("span", D(26, 6), D(28, 6)),), "month named once, at the end"),
    ("vom 25. September bis 2. Oktober", (("span", D(25, 9), D(2, 10)),), "across two months"),
    ("Vom 3. bis zum 5. Mai", (("span", D(3, 5), D(5, 5)),), "bis zum inside a span"),
    ("am 11. und 12. Februar", (("span", D(11, 2), D(12, 2)),), "two days of one month are a span"),
    ("27.-29. Feb. 2020", (("span", D(27, 2, 2020), D(29, 2, 2020)),), "dotted days and an abbreviated month"),
    ("am 23.-26.8.2031", (("span", D(23, 8, 2031), D(26, 8, 2031)),), "a span in figures, the month given once"),
    ("vom 23. bis 26.8.2031", (("span", D(23, 8, 2031), D(26, 8, 2031)),), "the same with bis"),
    ("vom 30.8.-2.9.2031", (("span", D(30, 8, 2031), D(2, 9, 2031)),), "both days with their months"),
    ("am 23./24.8.2031", (("span", D(23, 8, 2031), D(24, 8, 2031)),), "two days joined by a slash"),
    ("du 19 au 22 novembre 2023", (("span", D(19, 11, 2023), D(22, 11, 2023)),), "French du … au …"),
    ("les 4 et 5 mars", (("span", D(4, 3), D(5, 3)),), "French les … et …"),
    ("am 27. März, 15. Mai und 30. Oktober", (("day", D(27, 3)), ("day", D(15, 5)), ("day", D(30, 10))),
     "a list of full dates is days, not a span"),
    ("entre le 2 mai et le 30 juin 2031", (("span", D(2, 5, 2031), D(30, 6, 2031)),),
     "French entre le … et le …: two full dates are a span's ends, the year given once"),
    ("zwischen dem 3. März und dem 9. April", (("span", D(3, 3), D(9, 4)),), "German zwischen dem … und dem …"),
    ("entre le 3 et le 5 mai", (("span", D(3, 5), D(5, 5)),), "entre le … et le …, the month named once"),
    ("la foire du 3 mai et le 5 juin 2031", (("day", D(3, 5)), ("day", D(5, 6, 2031))),
     "without 'entre', two full dates joined by 'et le' stay two days"),
]
TIME_ROWS: list[Row] = [
    ("14.30 Uhr", (("time", T(14, 30), None, ""),), "dotted time and 'Uhr'"),
    ("um 18 Uhr", (("time", T(18, 0), None, ""),), "a bare hour with 'Uhr'"),
    ("von 15.00 bis 18.00 Uhr", (("time", T(15, 0), T(18, 0), ""),), "a range with one 'Uhr' at its end"),
    ("zwischen 10:00 und 17:00 Uhr", (("time", T(10, 0), T(17, 0), ""),), "zwischen … und …"),
    ("14 h 30", (("time", T(14, 30), None, ""),), "French hour, 'h', minutes"),
    ("à 10 heures", (("time", T(10, 0), None, ""),), "French 'heures'"),
    ("de 10 h à 12 h 30", (("time", T(10, 0), T(12, 30), ""),), "French de … à …"),
    ("de 10 h à midi", (("time", T(10, 0), T(12, 0), ""),), "French noon"),
    ("rendez-vous vers midi", (("time", T(12, 0), None, ""),), "'vers midi': noon"),
    ("ouvert jusqu'à minuit", (("time", T(0, 0), None, ""),), "'jusqu'à minuit': midnight"),
    ("am 5. Dez. um 13 Uhr", (("day", D(5, 12)), ("time", T(13, 0), None, "")), "a day and its time"),
]
NOT_ROWS: list[Row] = [
    ("Tel. 02382 59743", (), "a telephone number"),
    ("Bereits 9.087 Feststellungen", (), "German thousands separator"),
    ("seit 1996 und Nr. 34", (), "a bare year and a number"),
    ("5.8 Prozent", (), "a decimal number"),
    ("Kampstraße 13-15", (), "house numbers"),
    ("die Mitglieder", (), "no date words"),
    ("Bis einschließlich 9. November 2021 registrierte", (), "the end of a count is no event"),
    ("bis zum 19. November um 13 Uhr", (), "a deadline in German, and its hour"),
    ("valable jusqu'au 31 décembre 2021", (), "a rule's validity in French"),
    ("die Werkstatt „midi“ der Kirche", (), "a quoted 'midi': a name, not noon"),
    ("Referentin bei midi", (), "'midi' after a German preposition: a name"),
]


@pytest.mark.parametrize(("text", "expected", "why"), DAY_ROWS + SPAN_ROWS + TIME_ROWS + NOT_ROWS)
def test_a_german_or_french_form(text: str, expected: tuple[object, ...], why: str) -> None:
    assert summaries(text) == expected, why


def test_english_forms_are_unchanged_beside_german_ones() -> None:
    assert summaries("On 5 May 2024 at 10:00, then am 6. Mai um 14 Uhr") == (
        ("day", D(5, 5, 2024)), ("time", T(10, 0), None, ""), ("day", D(6, 5)), ("time", T(14, 0), None, ""))


@settings(max_examples=150, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)), st.booleans(), st.sampled_from(["de", "fr"]))
def test_a_formatted_date_reads_back(day: dt.date, weekday: bool, language: str) -> None:
    months, weekdays = (GERMAN_MONTHS, GERMAN_WEEKDAYS) if language == "de" else (FRENCH_MONTHS, FRENCH_WEEKDAYS)
    said = f"{weekdays[day.weekday()]}, " if weekday else ""
    text = (f"am {said}{day.day}. {months[day.month - 1]} {day.year}" if language == "de"
            else f"le {said.rstrip(', ')} {day.day} {months[day.month - 1]} {day.year}".replace("  ", " "))
    (mention,) = find_mentions(text)
    assert mention.kind == "day"
    assert mention.first == DayPart(day.day, day.month, day.year, day.weekday() if weekday else None)


@settings(max_examples=150, deadline=None)
@given(st.times(), st.sampled_from(["{h}.{m:02d} Uhr", "{h}:{m:02d} Uhr", "{h} h {m:02d}", "{h}h{m:02d}"]))
def test_a_formatted_time_reads_back(time: dt.time, form: str) -> None:
    (mention,) = find_mentions("Beginn " + form.format(h=time.hour, m=time.minute))
    assert mention.time == dt.time(time.hour, time.minute)


def test_a_german_release_gives_its_timed_events() -> None:
    text = ("Reparaturcafé öffnet wieder\n\nSource: Stadt\n\n"
            "Das Café öffnet am Freitag, 31. Januar 2020, von 15.00 bis 18.00 Uhr. Es öffnet auch am "
            "27. März und 15. Mai jeweils von 15.00 bis 18.00 Uhr.\n")
    found = parsers.extract(text, source="stadt", reference=dt.date(2020, 1, 27), default_zone="Europe/Berlin")
    starts = [e.start.astimezone(dt.UTC) for e in found.events if isinstance(e.start, dt.datetime)]
    # CET until 29 March 2020, CEST after: each date on its own offset.
    assert starts == [dt.datetime(2020, 1, 31, 14, tzinfo=dt.UTC), dt.datetime(2020, 3, 27, 14, tzinfo=dt.UTC),
                      dt.datetime(2020, 5, 15, 13, tzinfo=dt.UTC)]


FROM_UNTIL: list[Row] = [
    ("Die Schau ist ab 12. Dezember zu sehen. Bis zum 3. März 2030 zeigt das Museum die Bilder.",
     (("span", D(12, 12, 2029), D(3, 3, 2030)),),
     "'ab DATE' and a later 'bis zum DATE': one span, the end lends its year"),
    ("La salle est ouverte dès le 4 mai, jusqu'au 20 juin 2030.", (("span", D(4, 5, 2030), D(20, 6, 2030)),),
     "'dès le DATE ... jusqu'au DATE' in French"),
    ("Am 4. Mai tagt der Rat. Bis zum 20. Juni 2030 gilt die Regel.", (("day", D(4, 5)),),
     "a plain 'am DATE' and a cut-off make no span: the cut-off stays out"),
]


@pytest.mark.parametrize(("text", "expected", "why"), FROM_UNTIL, ids=[row[2] for row in FROM_UNTIL])
def test_from_a_day_until_a_later_one(text: str, expected: tuple[object, ...], why: str) -> None:
    assert summaries(text) == expected, why


def test_an_opening_day_then_its_run_is_one_span() -> None:
    text = ("Winterschau im Schloss\n\nSource: Stadt\n\nDie Winterschau öffnet am 22. November 2030 im Schloss mit "
            "vielen Kostümen aus alten Filmen.\n\nDas Schloss lockt viele Gäste an. Im Winter ist es ab 22. November "
            "soweit. Bis zum 25. Februar 2031 zeigt die Schau wieder Kostüme.\n")
    found = parsers.extract(text, source="stadt", reference=dt.date(2030, 10, 1), default_zone="Europe/Berlin")
    assert [(e.start, e.end) for e in found.events] == [(dt.date(2030, 11, 22), dt.date(2031, 2, 26))]


def test_a_title_with_day_and_time_is_the_event_its_text_calls_today() -> None:
    text = ("Andacht im Dom, 14. März 2030, 18 Uhr\n\nSource: Kirche\n\nPublished 14 Mar 2030\n\n"
            "Heute Abend soll es um den Frieden gehen. Ihre Worte habe ich auch heute wieder im Ohr.\n")
    found = parsers.extract(text, source="kirche", reference=dt.date(2030, 3, 14), default_zone="Europe/Berlin")
    assert [e.start for e in found.events] == [dt.datetime(2030, 3, 14, 17, tzinfo=dt.UTC)]
