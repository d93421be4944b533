"""A page whose root or body start tag is written XHTML-style, self-closed: '<html xml:lang="de_DE" />'.

A dog club's "Termine 2016" page (Joomla, XHTML 1.0 Strict doctype; page set p55, hundeverein-querfurt.de) opens
with `<html xml:lang="de_DE" />`. A browser ignores the slash on an element that is not void and shows the page;
libxml2 closed <html> there and dropped everything after it, so presscal found "no text to read in the page". The
pages below are ours.
"""

from __future__ import annotations

from parsers.html import html_article

_EVENT = "Die Mitgliederversammlung des Vereins findet am 12. März 2016 um 19 Uhr im Vereinsheim statt."


def _page(root: str, body: str = "<body>") -> bytes:
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" />\n'
            f'{root}\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            "<title>Hundesportverein e.V.</title>\n</head>\n"
            f'{body}\n<div id="content"><h2>Termine 2016</h2>\n<p>{_EVENT}</p>\n'
            "<p>Gäste sind herzlich willkommen.</p></div>\n</body>\n</html>\n").encode()


def test_a_self_closed_html_tag_still_reads_the_page() -> None:
    article = html_article(_page('<html xml:lang="de_DE" />'), url="https://example.org/termine", source="x")
    assert _EVENT in article.body


def test_a_self_closed_html_tag_without_attributes() -> None:
    article = html_article(_page("<html/>"), url="https://example.org/termine", source="x")
    assert _EVENT in article.body


def test_a_page_written_as_usual_is_read_as_before() -> None:
    article = html_article(_page('<html xml:lang="de">'), url="https://example.org/termine", source="x")
    assert _EVENT in article.body
