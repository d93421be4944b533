"""Readers' comments under a news story, in a section whose class or id names it in the page's language
("comentarios", "commentaires", "Kommentare", "commenti"): furniture, like an English "comments" section. Each
comment's stamp ("03.mar.2031 | 10:26") and words are no event. Pages in our own words and layout."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><head><title>Nuevo puente sobre el río</title></head><body>
<div id="noticia"><h1>Nuevo puente sobre el río</h1>
<p class="fecha">Actualizado lunes 03/03/2031 09:12 horas</p>
<p>El ayuntamiento presentó el proyecto del nuevo puente, que unirá los dos barrios del norte de la ciudad.</p>
<p>Las obras costarán doce millones de euros y durarán dos años, según el concejal de urbanismo.</p>
<p>Los vecinos pidieron más plazas de aparcamiento junto a la orilla y un carril para bicicletas.</p>
<div id="{section}"><ol>
<li><div class="usuario"><strong>lector_uno</strong>
<span class="fecha_hora">03.mar.2031 | 10:26</span></div>
<h4>#1</h4><p>Ya era hora de que se hiciera algo con ese cruce. Responder Citar Denunciar</p></li>
<li><div class="usuario"><strong>vecina2</strong>
<span class="fecha_hora">03.mar.2031 | 10:30</span></div>
<h4>#2</h4><p>Veremos cuándo lo terminan, como siempre. Responder Citar Denunciar</p></li>
</ol></div></div></body></html>"""


@pytest.mark.parametrize("section", ["comentarios_lectores", "commentaires", "kommentare", "lista-commenti"])
def test_a_comment_section_named_in_the_pages_language_is_no_event(section: str) -> None:
    article = html_article(_PAGE.format(section=section).encode(), url="https://example.es/puente", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 3), default_zone="Europe/Madrid").events
    assert events == []
