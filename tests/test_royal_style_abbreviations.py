"""The styles of royalty and rank written as dotted initials before a name ("H.M. the King", "H.R.H. the Princess",
Danish and Norwegian "H.K.H. Kronprinsen", Spanish and French "S.M. el Rey", "S.A.R.", "S.E.") end no sentence:
"... til Amalienborg, hvor H.M. Dronningen og H.K.H. Kronprinsen tager imod ... kl. 10." was cut after "H.K.H.", and
the audience's event lost its palace and its hosts (world-eightyfirst, a foreign ministry's release). Texts in our
own words."""

from __future__ import annotations

import pytest

from parsers.blocks import sentences


@pytest.mark.parametrize("text", [
    "After lunch the delegation drives to the palace, where H.M. King Harald and H.R.H. Princess Ingrid receive it "
    "at 15:30.",
    "Derefter kører gæsterne til Fredensborg, hvor H.K.H. Kronprinsessen tager imod dem kl. 11.",
    "Por la tarde, S.M. Felipe VI y S.A.R. Leonor presiden la entrega de premios a las 18:00.",
    "Le soir, S.E. Monsieur l'Ambassadeur offre une réception à la résidence à 19 heures.",
])
def test_a_style_before_a_name_ends_no_sentence(text: str) -> None:
    assert list(sentences(text)) == [text]


def test_a_sentence_still_ends_after_an_ordinary_word() -> None:
    text = "The visit ends at the palace. H.M. the King then leaves for Aarhus at 16:00."
    assert list(sentences(text)) == ["The visit ends at the palace.", "H.M. the King then leaves for Aarhus at 16:00."]
