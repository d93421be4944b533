"""A block headed "Weiterführende Links", "Further links" or "Liens utiles" beside a story lists other pages, each
under its own date ("03. Juni 2031  Was ändert sich beim Busverkehr?"): those dates are the other pages', not events
(pages-dev19, a regional broadcaster's story). Markup and texts are our own."""

from __future__ import annotations

import lxml.html
import pytest

from parsers.pagecuts import cut_related

STORY = "<p>" + "Der Kreistag hat die neuen Buslinien und ihre Kosten für das kommende Jahr beraten. " * 8 + "</p>"


def _links(heading: str) -> str:
    return (f'<div class="box"><div class="linklist"><h4 class="headline">{heading}</h4><ul>'
            '<li><a href="/a1"><span class="date">03. Juni 2031</span> Was ändert sich beim Busverkehr?</a></li>'
            '<li><a href="/a2"><span class="date">28. Mai 2031</span> Neue Haltestellen im Süden</a></li>'
            '</ul></div></div>')


ROWS = [
    ("Weiterführende Links", True, "German"),
    ("Further links", True, "English"),
    ("Liens utiles", True, "French"),
    ("Fahrplan der neuen Linien", False, "an ordinary heading stays"),
]


@pytest.mark.parametrize(("heading", "cut", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_further_links_are_cut(heading: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{STORY}{_links(heading)}</div>")
    cut_related(root)
    assert ("Haltestellen" not in root.text_content()) == cut, why
    assert "Kreistag" in root.text_content()
