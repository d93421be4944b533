"""An event page's fields set one label a line, its value under it: "Lugar" / "Sesión online", "Tema" / "Medicina
preventiva", "Sala" / "Auditorio 2". "Tema" (topic, in Spanish, Italian and Portuguese) and "Sala" (room) are
field labels there, not the towns of those names in Ghana and Sweden: an online session of a Madrid institute was
put on Accra's clock, an hour off (pages-p39). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.places import find_places

PAGE = """<html><head><title>Jornada sobre salud laboral</title></head><body><main>
<h1>Jornada sobre salud laboral</h1>
<div class="row metadatos">
<div class="col"><span class="rowBold">Organizador</span></div><div class="col">Escuela de Medicina del Trabajo</div>
<div class="col"><span class="rowBold">Lugar</span></div><div class="col">Sesión online</div>
<div class="col"><span class="rowBold">Fecha de inicio</span></div><div class="col">04/11/2031</div>
<div class="col"><span class="rowBold">Fecha de finalización</span></div><div class="col">04/11/2031</div>
<div class="col"><span class="rowBold">Tema</span></div><div class="col">Medicina preventiva</div>
<div class="col"><span class="rowBold">Información complementaria</span></div>
<div class="col">Horario: de 17:00 a 19:00</div>
</div>
<p>Inscripción gratuita por correo a la secretaría de la escuela.</p>
</main></body></html>"""


def test_a_field_label_is_no_town() -> None:
    article = html_article(PAGE.encode(), url="https://example.es/agenda/jornada", source="t")
    events = extract_articles([article], reference=dt.date(2031, 10, 20), default_zone="Europe/Madrid").events
    starts = [e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime)]
    assert starts == [dt.datetime(2031, 11, 4, 16, 0, tzinfo=dt.UTC)], [(e.start, e.timezone) for e in events]


@pytest.mark.parametrize(("text", "name"), [
    ("Tema\nMedicina preventiva", "Tema"),
    ("Tema: la salud en el trabajo", "Tema"),
    ("Sala: Auditorio 2", "Sala"),
])
def test_the_label_alone_or_before_its_colon(text: str, name: str) -> None:
    assert name not in {m.place.name for m in find_places(text)}


def test_the_town_in_a_sentence_stays_a_town() -> None:
    assert "Tema" in {m.place.name for m in find_places("The port of Tema, Ghana, opens a new terminal.")}
