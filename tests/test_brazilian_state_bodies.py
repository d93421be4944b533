"""A Brazilian state named in the Portuguese names of its bodies ("Assembleia Legislativa de Santa Catarina",
"Governo do Estado do Amazonas", "Assembleia Legislativa do Pará") gives the state's clock to unlabelled times, though
a town abroad has the name ("Santa Catarina", Nuevo León) or the name is a saint's, a river's or a word."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


@pytest.mark.parametrize(("org", "offset"), [
    ("Assembleia Legislativa de Santa Catarina", -3),  # Florianópolis, on Brasília's clock
    ("Governo do Estado do Amazonas", -4),  # Manaus
    ("Assembleia Legislativa do Pará", -3),  # Belém, no summer time
    ("Governo do Estado do Acre", -5),  # Rio Branco
])
def test_a_brazilian_state_bodys_name_gives_its_clock(org: str, offset: int) -> None:
    body = f"A {org} realiza na quinta-feira, 11 de dezembro de 2031, às 9 horas, uma audiência pública sobre a seca."
    article = Article(source="t", title="Audiência pública", body=body, url="", published=None, org=org)
    events = extract_articles([article], reference=dt.date(2031, 12, 1), default_zone="Europe/Brussels").events
    starts = [e.start for e in events if isinstance(e.start, dt.datetime)]
    assert [(s.hour, s.utcoffset()) for s in starts] == [(9, dt.timedelta(hours=offset))]
