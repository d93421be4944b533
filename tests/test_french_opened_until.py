"""A French gathering told opened on a weekday and its day of the month, in a cleft, and going on until a written day
("C'est ce mardi 18 que s'est ouverte la réunion des experts ... ; leurs travaux se poursuivront jusqu'au 21 décembre
2018"): one run from the first day, in the last day's month, to the last. "jusqu'au" alone is a cut-off (no event);
"se poursuivra" and "continuera" now join "restera ouverte" and "se prolongera" as verbs that carry a run to its end.
Seen in world-hundredfortyfourth item 2 (a Sahel authority's experts' meeting). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _spans(body: str) -> list[tuple[str, str]]:
    item = f"Session\n\nSource: Commission du fleuve\n\n{body}\n"
    return [(e.start.isoformat()[:10], e.end.isoformat()[:10])
            for e in extract(item, source="fr", reference=_REFERENCE).events]


def test_a_run_opened_in_a_cleft_and_going_on() -> None:
    body = ("C'est ce lundi 7 que s'est ouvert à Niamey l'atelier régional des techniciens de la Commission ; "
            "les travaux se poursuivront jusqu'au 10 juin 2027.")
    assert _spans(body) == [("2027-06-07", "2027-06-11")]


def test_a_run_that_crosses_the_month() -> None:
    body = ("C'est ce lundi 28 que s'est ouverte à Niamey la session du comité technique ; les échanges "
            "continueront jusqu'au 2 juillet 2027.")
    assert _spans(body) == [("2027-06-28", "2027-07-03")]
