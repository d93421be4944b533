"""Where a news page's article is: the text a reader sees, lead included.

A hidden schema.org copy of the article (a display:none NewsArticle block whose articleBody lacks the lead) is
no reader's text, even when it comes first in the page; and a lead set apart from the body, in its own block
beside the block holding the photo and the rest of the text, is the article's first paragraph."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_LEAD = ("Before the river conference on 14 March in Lowtown the River Trust calls for flood plans in every town,"
         " and asks the councils along the river to send their engineers.")
_REST = [
    "The river trust and its partners keep watch over the banks all year long, from the springs to the sea.",
    "Volunteers clear the weirs in spring and count the birds in autumn every year, in all weathers.",
    "The towns along the river are asked to take part in the work of the trust and to share their maps.",
    "Experts of the trust are glad to speak to the press on the flood plans and on the work in the towns.",
    "More about the work of the trust is on its website for all readers, with the maps of every reach.",
]

_MORE = [
    "The trust thanks the many helpers of the past year for their time, their boats and their patience.",
    "Questions on the flood plans can be sent to the office of the trust in Lowtown at any time of year.",
]


def _days(page: str) -> list[str]:
    article = html_article(page.encode(), url="https://example.org/news/flood-plans", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 2), default_zone="Europe/Berlin").events
    return sorted(str(e.start)[:10] for e in events)


def test_a_hidden_microdata_copy_is_not_the_article() -> None:
    hidden = "\n".join(_REST)
    page = ("<html><head><title>River Trust calls for flood plans</title></head><body>"
            "<div class='h-hide' style='display:none; visibility:hidden' itemscope"
            " itemtype='https://schema.org/NewsArticle'>"
            "<span itemprop='headline'>River Trust calls for flood plans</span>"
            f"<span itemprop='description'>{_LEAD}</span><span itemprop='articleBody'>{hidden}</span></div>"
            "<main><h1>River Trust calls for flood plans</h1><p class='meta'>Lowtown, 02.03.2031</p>"
            f"<div class='textblock'><p><strong>{_LEAD}</strong></p>"
            + "".join(f"<p>{line}</p>" for line in _REST) + "</div></main></body></html>")
    assert _days(page) == ["2031-03-14"]


def test_a_lead_in_its_own_block_beside_the_photo_block_is_read() -> None:
    # no <main> or <article> to say where the article ends, no heading but the <title>
    page = ("<html><head><title>River Trust calls for flood plans</title></head><body><div class='page'>"
            "<div class='column-main'><p class='meta'>Lowtown, 02.03.2031, 058/31</p>"
            f"<div class='textblock'><p><strong>{_LEAD}</strong></p></div>"
            "<div class='media media-left'><figure class='media-img'><img src='a.jpg' alt='the river'></figure>"
            "<div class='media-body'>" + "".join(f"<p>{line}</p>" for line in _REST + _MORE) + "</div></div>"
            "</div></div></body></html>")
    assert _days(page) == ["2031-03-14"]
