"""A "Learn More" link kept in a <template> (the message a newsletter form shows after signing up) is no teaser link:
no reader sees it, and the block grown around it to cut a teaser would take in the story itself (issue #10). Seen in
pages-p52 (portsmouth.co.uk: two newsletter forms, one between the paragraphs and one after them, each with a
"Learn More" button in a <template>; the story's four short paragraphs, with its market "on November 4 and 5
between 9am and 2pm", were cut as a teaser and the page gave no event). The page is ours. Two shown "Learn more"
links under teasers still cut their teasers."""

from __future__ import annotations

import datetime as dt

from parsers import article_events
from parsers.html import html_article

_FORM = ("<form class='newsletter'><p>Sign up to the weekly newsletter.</p><input type='email'>"
         "<template><div class='newsletter-message'><p>Did you know a subscription gives you unlimited access?</p>"
         "<button><a href='/subscribe'>Learn More</a></button></div></template></form>")


def _page(extra: str = "") -> bytes:
    return ("<html><head><title>Winter fair this weekend</title></head><body><article><h1>Winter fair this weekend"
            "</h1><p>Published 3rd Nov 2031, 08:08 GMT</p><div class='article-content'>"
            "<div class='part'><p>Taking place at the town leisure centre, the indoor winter fair will open the season"
            " with stalls.</p><p>The event will take place on November 8 and 9 between 9am and 2pm at the leisure"
            f" centre.</p>{_FORM}</div><div class='part'><p>There will be something for everyone at this festive"
            " weekend event and entry is free for all.</p><p>The fair is hosted by a local events company and more"
            f" details are on its website.</p>{_FORM}</div>{extra}</div></article></body></html>").encode()


def _starts(page: bytes) -> list[str]:
    article = html_article(page, url="http://127.0.0.1/fair.html", source="test")
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in article_events(article, dt.date(2031, 11, 3), "Europe/London"))


def test_template_learn_more_cuts_no_story() -> None:
    assert _starts(_page()) == ["2031-11-08 09:00", "2031-11-09 09:00"]


def test_shown_learn_more_teasers_are_still_cut() -> None:
    teasers = ("<div class='teasers'><div><p>Carol concert on November 20 at 7pm in the square.</p>"
               "<a href='/a'>Learn more</a></div><div><p>Lantern walk on November 21 in the park.</p>"
               "<a href='/b'>Learn more</a></div></div>")
    assert "2031-11-21 00:00" not in _starts(_page(teasers))
