"""A news page whose article body sits in an element with a class that merely sounds like furniture ("cuerpo-ad":
"ad" a word of a Spanish site's class for its article body): paragraphs of prose there are the article. Markup
that says what furniture is (<aside>, role=navigation) is believed whatever it holds. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_PARAS = [
    "La alcaldesa de Ciudad Norte inaugura este jueves 12 de junio de 2031 el nuevo mercado municipal, una obra "
    "esperada durante años por los vecinos del barrio del puerto y por los comerciantes de la zona.",
    "La ceremonia comenzará a las 11:00 horas en la plaza del mercado, con la presencia de los concejales, de los "
    "vendedores que ocuparán los puestos y de las juntas de vecinos de los sectores cercanos.",
    "Luego la alcaldesa recorrerá los pasillos del edificio y conversará con los primeros comerciantes, que abrirán "
    "sus puestos al público durante la misma tarde del jueves, según informó el municipio.",
    "El mercado cuenta con ochenta puestos, un patio de comidas y un estacionamiento para bicicletas, y fue "
    "financiado con fondos del gobierno regional y del propio municipio a lo largo de tres años.",
    "Los comerciantes del antiguo mercado, cerrado desde el invierno pasado, tendrán preferencia para arrendar los "
    "puestos durante el primer año, con un precio rebajado acordado con la cámara de comercio local.",
    "El municipio pidió a los vecinos llegar a pie o en bicicleta, pues las calles del barrio estarán cerradas al "
    "tránsito de vehículos durante toda la mañana por la ceremonia y por la feria de productores.",
]


def _page(outer: str, close: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS)
    return f"""<html><head><title>Mercado nuevo en Ciudad Norte</title></head><body>
<div class="portada"><article class="resumen"><h1>Mercado nuevo en Ciudad Norte</h1>
<p>La alcaldesa abre el mercado del puerto.</p></article></div>
{outer}{paras}{close}
<div class="pie">Radio Norte 2031</div></body></html>""".encode()


def _starts(page: bytes) -> list[str]:
    article = html_article(page, url="https://example.cl/mercado", source="t")
    found = extract_articles([article], reference=dt.date(2031, 6, 10), default_zone="America/Santiago").events
    return sorted(e.start.isoformat()[:16] for e in found if not e.all_day)


def test_prose_under_a_class_that_sounds_like_an_advert_is_the_article() -> None:
    assert _starts(_page('<div class="cuerpo-ad" id="cuerpo-ad">', "</div>")) == ["2031-06-12T11:00"]


def test_prose_in_an_aside_stays_furniture() -> None:
    assert _starts(_page('<aside class="cuerpo">', "</aside>")) == []
