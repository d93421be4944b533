"""A COP numbered by another treaty is not the UN climate conference of that number: "COP14 in Sharm El-Sheikh" (the
biodiversity convention's, of 2018) is neither the climate's 14th session (2008) nor the climate conference Sharm
El-Sheikh hosted (COP27, 2022). The number is checked against the named host's climate conference, and a COP whose
sentence names another convention is not read as the climate's. Seen as a leftover of issue #10's year rules. The
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract, namedsummits, numberedsessions

_SHARM = ("The minister will lead the delegation to COP14 in Sharm El-Sheikh from 17 to 29 November, where "
          "biodiversity and climate meet.")
_CBD = ("The minister will lead the delegation to COP14 of the Convention on Biological Diversity from 17 to 29 "
        "November; nature and climate are on its agenda.")


def test_a_cop_number_not_of_the_hosts_climate_conference_bounds_no_year() -> None:
    assert namedsummits.window(_SHARM, dt.date(2026, 10, 1)) is None


def test_the_hosts_own_climate_cop_still_bounds_it() -> None:
    window = namedsummits.window(_SHARM.replace("COP14", "COP27"), dt.date(2026, 10, 1))
    assert window is not None
    assert window.spans[-1][1] == dt.date(2022, 11, 20)


def test_a_cop_of_another_convention_is_not_the_climates() -> None:
    assert numberedsessions.window(_CBD, dt.date(2026, 10, 1)) is None
    assert numberedsessions.window(_CBD.replace(" of the Convention on Biological Diversity", ", the UN climate"
                                                " conference,"), dt.date(2026, 10, 1)) is not None


def test_the_item_keeps_the_year_of_its_reference() -> None:
    text = f"Biodiversity talks\n\nSource: Ministry of Environment\n\n{_CBD}\n"
    events = extract(text, source="ministry", reference=dt.date(2018, 10, 1)).events
    assert [f"{e.start}" for e in events] == ["2018-11-17"]
