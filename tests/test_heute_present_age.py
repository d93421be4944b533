"""A German "heute" that means "nowadays" in a speech or an essay, not the day of anything: a state that lasts into
the present ("sind noch heute von ... geprägt"), what no longer holds ("heute nicht mehr"), and the present set
against a constancy of the past ("hat schon immer ..., heute ..."). With a clock time in the sentence, or as the
day of a sitting, "heute" stays a day."""

from __future__ import annotations

import pytest

from parsers import saidtoday
from parsers.dates import find_mentions


def _said(sentence: str) -> bool:
    today = next(m for m in find_mentions(sentence) if m.kind == "published")
    return saidtoday.said_today(sentence, today)


@pytest.mark.parametrize(("sentence", "nowadays"), [
    ("Unsere Bilder vom Dorfleben sind noch heute von alten Kinderbüchern geprägt.", True),
    ("Der Marktplatz ist auch heute ein Ort der Begegnung.", True),
    ("So, wie sich die Gemeinden heute nicht mehr alles gefallen lassen, so müssen auch die Kantone handeln.", True),
    ("Der Verband hat schon immer den Genossenschaftsbau unterstützt, heute fördert er vor allem Sanierungen.", True),
    ("Der Verband hat schon immer gefeiert, heute um 18 Uhr lädt er zum Empfang ins Rathaus.", False),
    ("Die Ausstellung ist noch heute bis 18 Uhr geöffnet.", False),
    ("Der Kreistag tagt heute im Sitzungssaal.", False),
    ("Die Ministerin ist auch heute beim Gipfel in Luxemburg.", False),
    ("Der Kreistag tagt heute nicht mehr im Saal 2, sondern im großen Sitzungssaal.", False),
])
def test_heute_of_the_present_age(sentence: str, nowadays: bool) -> None:
    assert _said(sentence) is nowadays
