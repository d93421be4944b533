"""Forms of page furniture met on real pages (pages-dev22):

* a block headed by the site's host ("aktuell auf example.de", "More on example.com") lists the site's other
  stories: the places they name (a war abroad) say nothing of where the article's event is; so does a block
  headed "Press Releases" on a department's page (titles telling of past days);
* a field holding schema.org's startDate beside the day it shows ("Beginn: 14.06.2031 11:00") is the event's,
  even when the page's date was read from that same day: no publication stamp;
* a stamp opened by a weekday and set off by a dash ("Domingo, Junio 8, 2031 - 07:32") is the page's stamp;
* a block classed as "more posts" is a list of the site's other stories; so are blocks headed "Minuto a Minuto",
  "Vea También", and a teaser ending in "Leer más".

Markup and texts are our own."""

from __future__ import annotations

import lxml.html
import pytest

from parsers.pagecuts import cut_related
from parsers.pagestamps import is_stamp, stamped_at

STORY = "<p>" + "Die Gruppe zeigt neue Fotografien aus dem Alltag der Stadt in einer kleinen Galerie. " * 8 + "</p>"


def _site_news(heading: str) -> str:
    return (f'<div class="section-header"><h3>{heading}</h3></div>'
            '<div class="grid"><div class="card"><a href="/x1">Krieg im Nachbarland</a><h1>Lage in Kiew</h1></div>'
            '<div class="card"><a href="/x2">Wahlen</a><h1>Neue Regierung in Wien</h1></div></div>')


ROWS = [
    ("aktuell auf example.de", True, "German, the site's host"),
    ("More on news.example.com", True, "English, a host of three labels"),
    ("Aktuell", False, "the word alone names no site"),
    ("Mehr auf der Karte", False, "no host after 'auf'"),
    ("Press Releases", True, "a department page's block of its press releases: other pages"),
    ("Press releases on the new bridge", False, "a heading about releases, no block of them"),
]


@pytest.mark.parametrize(("heading", "cut", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_site_news_block_is_cut(heading: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{STORY}{_site_news(heading)}</div>")
    cut_related(root)
    assert ("Kiew" not in root.text_content()) == cut, why
    assert "Galerie" in root.text_content()


def _field(inner: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(f'<dd class="event-meta event-meta-start">{inner}</dd>')


def test_start_field_with_microdata_is_no_stamp() -> None:
    field = _field('<meta itemprop="startDate" content="2031-06-14T11:00:00"/>14.06.2031 11:00')
    assert not is_stamp(field, "2031-06-14"), "schema.org's startDate marks the event's own day"


def test_same_line_without_microdata_is_a_stamp() -> None:
    assert is_stamp(_field("14.06.2031 11:00"), "2031-06-14"), "the publication day and minute, no event mark"


@pytest.mark.parametrize(("text", "published", "stamp", "why"), [
    ("Domingo, Junio 8, 2031 - 07:32", "2031-06-08", True, "a weekday first, the month named in Spanish, a dash"),
    ("08/06/2031 - 07:32", "2031-06-08", True, "figures and a dash before the minute"),
    ("Sunday, June 8, 2031 - 07:32", "2031-06-08", True, "English, a weekday first"),
    ("Domingo, Junio 15, 2031 - 19:00", "2031-06-08", False, "another day than the page's: it may be an event"),
])  # fmt: skip
def test_weekday_and_dash_stamp(text: str, published: str, stamp: bool, why: str) -> None:
    assert stamped_at(text, published) == stamp, why


def test_more_posts_list_is_furniture() -> None:
    from parsers.mainpart import is_furniture

    teaser = lxml.html.fragment_fromstring('<div class="theme-more-post-text"><h2><a href="/x">Race today with the new '
                                           'kart game</a></h2><p>Fine, I will try it.</p></div>')
    assert is_furniture(teaser), "a theme's 'more posts' list: other stories, their 'today' is theirs"
    assert not is_furniture(lxml.html.fragment_fromstring('<div class="post-text"><p>The story.</p></div>'))


@pytest.mark.parametrize(("heading", "cut", "why"), [
    ("Minuto a Minuto", True, "a Spanish paper's live list of its stories"),
    ("Vea También...", True, "Spanish 'see also'"),
    ("Últimas noticias", True, "Spanish 'latest news'"),
    ("Recomendado", True, "Spanish 'recommended', a block of other stories"),
    ("Recomendado por el médico", False, "a heading that goes on is no such block"),
    ("Minuto de silencio en el estadio", False, "an ordinary heading stays"),
])  # fmt: skip
def test_spanish_related_headings(heading: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{STORY}{_site_news(heading)}</div>")
    cut_related(root)
    assert ("Kiew" not in root.text_content()) == cut, why


def test_spanish_read_more_teaser_is_cut() -> None:
    from parsers.pagecuts import cut_teasers

    root = lxml.html.fragment_fromstring(
        f'<div>{STORY}<div class="card"><div>05/06/2031 - 12:20</div><h2><a href="/y">Cumple años un cantante</a></h2>'
        '<p>Nació un día como hoy.</p><ul><li><a href="/y">Leer más</a></li></ul></div></div>')
    cut_teasers(root)
    assert "Cumple" not in root.text_content(), "a teaser with its 'Leer más' link: another page's story"
    assert "Galerie" in root.text_content()
