"""Blocks labelled as paid for ("Paid Partner", "Sponsored Content", "Anzeige") beside an article: their teasers
are advertisements ("The 5 Best Savings Accounts Today"), no part of the story. Markup and texts are our own."""

from __future__ import annotations

import lxml.html
import pytest

from parsers.pagecuts import cut_related

STORY = "<p>" + "The county board met to discuss the new bus routes and their costs for the coming year. " * 8 + "</p>"


def _module(heading: str) -> str:
    return (f'<div class="module"><h3 class="module-header">{heading}</h3><div class="module-body"><ul>'
            '<li><a href="/x1">The 5 Best Savings Accounts Today</a></li>'
            '<li><a href="/x2">Find a planner near you in minutes</a></li></ul></div></div>')


ROWS = [
    # (heading markup, cut?, why)
    ('LedgerWise<div class="paid-partner">Paid Partner</div>', True, "a brand and its label run together"),
    ("Sponsored Content", True, "the label alone"),
    ("Anzeige", True, "German label"),
    ("Contenu sponsorisé", True, "French label"),
    ("Bus routes at a glance", False, "an ordinary heading stays"),
    ("Why the board rejected paid advertisement on buses and what riders said", False,
     "a heading about advertising, not a label: too long, and the label does not close it"),
]


@pytest.mark.parametrize(("heading", "cut", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_paid_blocks_are_cut(heading: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{STORY}{_module(heading)}</div>")
    cut_related(root)
    assert ("Savings Accounts" not in root.text_content()) == cut, why
    assert "county board" in root.text_content()


def test_a_heading_about_advertising_keeps_its_block() -> None:
    root = lxml.html.fragment_fromstring(f"<div>{STORY}{_module('Public meeting on outdoor advertisement')}</div>")
    cut_related(root)
    assert "Savings Accounts" in root.text_content()
