"""The labels of a teaser's link to the rest of a story ("Read more", "Weiterlesen", "Lire la suite"), defined once
for the rule that cuts a listing's teasers and the one that keeps such a label out of the next card's title. Pure."""

from __future__ import annotations

# (each a pattern, for the spellings with and without an accent)
READ_MORE = ("continue reading", "read more", "weiterlesen", "mehr lesen", "lire la suite", r"leer\s+m[áa]s",
             "seguir leyendo", "leia mais", "continue lendo", "lees meer", r"leggi\s+(?:tutto|di\s+pi[ùu])")


def read_more() -> str:
    """An alternation of the labels, any run of spaces between their words."""
    return "|".join(label.replace(" ", r"\s+") for label in READ_MORE)
