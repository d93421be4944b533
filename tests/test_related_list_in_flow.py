"""A list of other stories set in an article's flow ("Auch interessant", "Related" and a few links) ends at the
list: the paragraphs after it are the story again. Small pages we wrote in a blog's layout."""

from __future__ import annotations

import pytest

from parsers.html import html_article

_INTRO = ("<p>Der Verein lädt wieder zur Gartenmesse in die Stadthalle ein. Aussteller aus der ganzen Region zeigen "
          "Stauden, Gehölze und Werkzeug, und im Foyer gibt es Vorträge zu naturnahen Gärten und zum Kompost.</p>")
_LAST = ("<p>Die Gartenmesse ist am Samstag, 14. Juni 2031 von 9.00 Uhr bis 18.00 Uhr geöffnet. "
         "Der Eintritt ist frei.</p>")


def _page(heading: str, after: str) -> bytes:
    return (f"<html><head><title>Gartenmesse</title></head><body><article><h1>Gartenmesse</h1>{_INTRO}"
            f"<h4 class='list-title'>{heading}</h4><ul class='list'><li><a href='/a'>Rosen im Herbst schneiden</a></li>"
            f"<li><a href='/b'>Ein Teich für den Balkon</a></li></ul>{after}</article></body></html>").encode()


@pytest.mark.parametrize(("heading", "after", "kept", "why"), [
    ("Auch interessant", _LAST, True, "the paragraph after the teasers is the story's"),
    ("Related", _LAST, True, "the same under an English heading"),
    ("Auch interessant", "<li>Kompost richtig ansetzen</li>", False, "(no paragraph after it: nothing to keep)"),
])
def test_the_story_goes_on_after_a_list_of_links(heading: str, after: str, kept: bool, why: str) -> None:
    body = html_article(_page(heading, after), url="https://example.org/messe", source="t").body
    assert ("14. Juni 2031" in body) is kept, why
    assert "Rosen im Herbst" not in body, "the teasers themselves are cut"
