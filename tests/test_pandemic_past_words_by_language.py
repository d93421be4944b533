"""The words that tell the COVID-19 crisis as past ("since", "was"; Dutch "na", "sinds"; German "war", "seit") are
read in the language of the cause phrase matched: the English "war" (German "was") and "na" (Dutch "after") do not make
"because of the COVID-19 pandemic and the war, the forum meets online" a sentence told in the past, so the crisis is
present and bounds the item's years. Seen in pandemicyears' reading of mixed word lists (note50, "Left"). Texts in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import pandemicyears

REFERENCE = dt.date(2034, 6, 1)


@pytest.mark.parametrize("text", [
    "Because of the COVID-19 pandemic and the war, the forum meets online on Wednesday 24 June.",
    "Due to the COVID-19 pandemic, the North America (NA) forum meets online.",
    "Door de coronacrisis vergadert de commissie digitaal.",
    "Wegen der Corona-Pandemie tagt der Ausschuss online.",
])
def test_the_crisis_told_as_present(text: str) -> None:
    assert pandemicyears.window(text, REFERENCE) is not None


@pytest.mark.parametrize("text", [
    "Because of the COVID-19 pandemic, the forum was held online.",
    "Door de coronacrisis was de vergadering digitaal.",
    "Wegen der Corona-Pandemie war die Sitzung online.",
    "Wegen der Corona-Pandemie tagt der Ausschuss seit 2020 online.",
    "Debido a la pandemia de covid, la reunión fue virtual.",
])
def test_the_crisis_told_as_past(text: str) -> None:
    assert pandemicyears.window(text, REFERENCE) is None
