"""The names a release gives its own kind of document ("Press Release", "Communiqué de presse", "Pressemitteilung"),
defined once for every rule that reads a header or a newsroom's stamp by them. Pure."""

from __future__ import annotations

RELEASE_KINDS = (
    "press release", "press statement", "news release", "media release", "media advisory", "statement", "news",
    "pressmeddelande", "pressemitteilung", "pressemelding", "pressemeddelelse", "persbericht", "tiedote",
    "lehdistötiedote", "communiqué de presse", "communique de presse", "communiqué", "communique",
    "comunicado de prensa", "comunicado", "nota de prensa", "nota de imprensa")
