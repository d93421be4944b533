"""A listing whose teasers end in "Mehr erfahren", "Learn more" or "Find out more", as "Read more" teasers do.

A research institute's topic page (iass-potsdam.de) is a run of teasers of its news, each cut off with a "Mehr
erfahren" link; they name days without a year ("Am 18. März", "vom 28. bis 29. Juni in Osaka"), and each was given
the year of the one full date on the page: ten events of other pages' stories. Several such links in one container
make it a listing, and each teaser goes as a "Read more" teaser does. A single "Learn more" is an event page's
button (to register, to the organiser) and cuts nothing. Markup and texts are our own.
"""

from __future__ import annotations

import lxml.html

from parsers.pagecuts import cut_teasers


def _teaser(title: str, text: str, link: str) -> str:
    return (f'<article class="teaser"><h3><a href="/n/{title}">{title}</a></h3><p>{text}</p>'
            f'<a class="teaser__link" href="/n/{title}">{link}</a></article>')


def _listing(link: str) -> lxml.html.HtmlElement:
    teasers = [
        _teaser("Werkstatt", "Am 14. März diskutierten Fachleute in Halle über den Ausbau der Stromnetze.", link),
        _teaser("Gipfel", "Die Regierungen kommen vom 3. bis 4. Juli in Lissabon zusammen.", link),
        _teaser("Studie", "Die Studie wurde am 9. Oktober in Brüssel vorgestellt.", link),
    ]
    return lxml.html.fragment_fromstring(f'<div class="teaser-list">{"".join(teasers)}</div>')


def test_teasers_ending_in_mehr_erfahren_are_cut() -> None:
    root = _listing("Mehr erfahren")
    cut_teasers(root)
    assert not any(month in root.text_content() for month in ("März", "Juli", "Oktober"))


def test_teasers_ending_in_learn_more_are_cut() -> None:
    root = _listing(" Learn more › ")
    cut_teasers(root)
    assert "Lissabon" not in root.text_content()


def test_teasers_ending_in_find_out_more_are_cut() -> None:
    root = _listing("Find out more")
    cut_teasers(root)
    assert "Halle" not in root.text_content()


def test_one_learn_more_button_on_an_event_page_stays() -> None:
    root = lxml.html.fragment_fromstring(
        '<div class="event"><h1>Community clean-up day</h1><p>Saturday, May 17, 2031, 9:00 am - noon, Riverside '
        'Park. Gloves and bags are provided.</p><a class="button" href="/register">Learn more</a></div>')
    cut_teasers(root)
    assert "May 17, 2031" in root.text_content()


def test_event_cards_that_give_their_hours_stay() -> None:
    # (found by review: a council's "What's on" cards, each with its hour and a "Learn more" button, are events)
    cards = [
        _teaser("Clean-up", "Join volunteers on Saturday 17 May 2031 from 9am to clean the riverbank.", "Learn more"),
        _teaser("Budget", "The Mayor hosts a town hall on Tuesday 20 May 2031 at 6.30pm in the library.", "Learn more"),
        _teaser("Werkstatt", "Am 14. März diskutierten Fachleute in Halle über den Ausbau der Stromnetze.",
                "Learn more"),
    ]
    root = lxml.html.fragment_fromstring(f'<div class="teaser-list">{"".join(cards)}</div>')
    cut_teasers(root)
    text = root.text_content()
    assert "17 May 2031" in text
    assert "20 May 2031" in text
    assert "Halle" not in text  # (the story's teaser, no hour of its own, still goes)
