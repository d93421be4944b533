"""A blog's front page of posts, each under its own date line and title, newest first: each post's date dates that
post's words, as an item's dateline does, not the first post's; the date lines are no events. Issue #10, the forms
left by earlier sessions (seen in pages-p52: a club's front page whose older posts took the newest post's year). The
page is ours; its days name no weekday, so that only the post's date can give their year."""

from __future__ import annotations

import datetime as dt

from model import Event
from parsers import extract, extract_articles
from parsers.html import html_article

_POST = """<div class="post">
<h2 class="date-header">{date}</h2>
<h3 class="post-title">{title}</h3>
<div class="post-body">
<p>{opening}</p>
<p>{event}</p>
<p>{closing}</p>
</div>
</div>"""
_POSTS = [
    ("Monday, March 2, 2026", "Spring clean-up on the towpath",
     "The thaw has left the towpath strewn with branches, bottles and the odd shopping trolley.",
     "Volunteers are invited to our spring clean-up on March 14 at 9 a.m. at the Mill Street footbridge.",
     "Please wear sturdy boots and bring water. Children are welcome with an adult."),
    ("Thursday, January 15, 2026", "Winter bird count",
     "Every winter our members count the birds along the river for the state's wildlife office.",
     "The count starts tomorrow at 8 a.m. at the boathouse. Binoculars will be provided.",
     "Last year we counted 41 species, among them a pair of kingfishers below the old mill."),
    ("Tuesday, November 11, 2025", "Annual meeting",
     "The board has set the agenda for this year's members' meeting: the accounts, the election of two directors and"
     " the plans for the new landing.",
     "Our annual meeting will be held on December 4 at 7 p.m. in the library's community room.",
     "Members who cannot attend may send a proxy form to the secretary."),
]
_PAGE = ("<html><head><title>Friends of the Mill River - Blog</title></head><body><header><h1>Friends of the Mill"
         " River</h1></header><main>" + "\n".join(_POST.format(date=d, title=t, opening=o, event=e, closing=c)
                                               for d, t, o, e, c in _POSTS) + "</main></body></html>")


def _events(page: str) -> list[Event]:
    article = html_article(page.encode(), url="https://example.org/blog", source="t")
    return extract_articles([article], reference=dt.date(2026, 3, 3), default_zone="America/New_York",
                            zone_given=True).events


def test_each_post_is_dated_by_its_own_date_line() -> None:
    starts = sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in _events(_PAGE) if not e.all_day)
    # (December 4 in a post of November 2025 is December 2025's, not December 2026's, after the newest post's day;
    # "tomorrow" in the post of 15 January is 16 January)
    assert starts == ["2025-12-04 19:00", "2026-01-16 08:00", "2026-03-14 09:00"]


def test_the_post_dates_are_no_events() -> None:
    assert [e for e in _events(_PAGE) if e.all_day] == []


def test_a_list_of_days_rising_down_the_page_is_no_page_of_posts() -> None:
    # Events under their days, soonest first: each day line is the event's own day.
    rising = ("<html><head><title>Walks</title></head><body><main>"
              "<h2>Saturday, April 4, 2026</h2><h3>Heron walk</h3><p>A guided walk along the lower river.</p>"
              "<h2>Saturday, May 2, 2026</h2><h3>Wildflower walk</h3><p>A guided walk in the water meadows.</p>"
              "</main></body></html>")
    assert sorted(f"{e.start}" for e in _events(rising)) == ["2026-04-04", "2026-05-02"]


def test_a_list_of_briefings_under_their_days_is_no_page_of_posts() -> None:
    # Newest first too, but each entry only names its speakers: the days are the press conferences'.
    text = ("Upcoming press conferences\n\nSource: Press office\n\n"
            "Accredited correspondents may attend the press conferences below in the main briefing room.\n\n"
            "12 Mar 2026\n\nWater Agency Press Conference\n\nAna Ruiz, Director of Programmes\n\n"
            "10 Mar 2026\n\nHealth Agency Press Conference\n\nTom Okafor, Chief Medical Officer\n")
    found = extract(text, source="t", reference=dt.date(2026, 3, 3)).events
    assert sorted(f"{e.start}" for e in found) == ["2026-03-10", "2026-03-12"]
