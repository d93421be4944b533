"""Where a page's article is when trafilatura reads it as a list: its items come back as Markdown bullets.

trafilatura writes each <li> of the text it keeps as "- item"; the page holds no such "- ". Looked up with the
bullet, no item is found in the page, and the article is placed at the few lines of it that are not list items
(a "Download the recording" heading at the foot of a council's meeting page), away from the meeting's day and
time. Small pages we wrote in the layout of a municipal council's meeting page. Each rule has a row that fails
without it.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.mainpart import main_container

_ITEMS = [
    "Opening of the meeting by the chair, who welcomes the members and the public in the gallery",
    "Questions from residents about the harbour works and the closing of the ferry terminal car park",
    "Proposal to appoint two members of the audit committee for a term of three years",
    "Proposal on the multi-year budget of the joint tax office and its draft budget for next year",
    "Decision on the objection against the refusal to release documents about the fireworks",
    "Proposal to adopt the rules for rented rooms in family homes in the old town",
]


def _page(listed: bool = True) -> bytes:
    agenda = ("<ul>" + "".join(f"<li><h3><a href='#'>{n}</a></h3><p>{t}.</p></li>" for n, t in enumerate(_ITEMS, 1))
              + "</ul>") if listed else "".join(f"<p>{n} {t}.</p>" for n, t in enumerate(_ITEMS, 1))
    return ("<html><head><title>Council 12 March 2031</title></head><body><div id='page'>"
            "<h1 class='nonvisual'>Council 12 March 2031</h1><div id='content'>"
            "<div class='meta'><h2><span>Council</span> <span>12 March 2031</span> <span>19:30</span> "
            f"<span>hours</span></h2></div><h2>Agenda</h2>{agenda}"
            "<div id='downloads'><h2>Download the recording of the meeting</h2>"
            "<ul><li><a href='#'>council.mp3</a></li></ul></div></div></div></body></html>").encode()


@pytest.mark.parametrize(("listed", "why"), [
    (True, "the agenda is a list: its items found without their bullets"),
    (False, "the agenda in paragraphs (as before)"),
])
def test_the_meeting_time_is_in_the_article(listed: bool, why: str) -> None:
    article = html_article(_page(listed), url="https://example.org/council/2031-03-12", source="t")
    assert "19:30" in article.body, why
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="Europe/Amsterdam").events
    timed = [e for e in events if isinstance(e.start, dt.datetime)]
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in timed] == ["2031-03-12 19:30"], why
    assert "Council" in timed[0].summary


@pytest.mark.parametrize(("located", "why"), [
    ("- " + "\n- ".join(_ITEMS) + "\nDownload the recording of the meeting",
     "trafilatura's bullets are its own: each item is found in the page"),
    ("* " + "\n* ".join(_ITEMS) + "\nDownload the recording of the meeting", "the same with asterisks"),
    ("\n".join(_ITEMS) + "\nDownload the recording of the meeting", "lines without bullets (as before)"),
])
def test_list_items_are_looked_up_without_their_bullets(located: str, why: str) -> None:
    root = lxml.html.document_fromstring(_page())
    found = main_container(root, located)
    # the element holding the agenda, not the heading of the downloads at the foot of the page
    assert found is not None, why
    assert all(item in found.text_content() for item in _ITEMS), why
