"""A calendar's search page lists its offers in a block classed as search results ("tool-search-result",
"search-results-list", "searchresults"): the results are the page's content, not the search box that the class word
"search" names elsewhere ("search-form", "site-search", "search"). Beside a long search form (every country an offer
may take place in), such a block holds less than half of the article's text and was cut as furniture."""

from __future__ import annotations

import lxml.html
import pytest

from parsers.mainpart import is_furniture


@pytest.mark.parametrize("names", ["tool-search-result", "search-results-list", "searchresults", "search_result box"])
def test_a_block_of_search_results_is_content(names: str) -> None:
    assert not is_furniture(lxml.html.fragment_fromstring(f"<div class='{names}'><p>Offer</p></div>"))


@pytest.mark.parametrize("names", ["search-form", "site-search", "search", "header-search-box"])
def test_a_search_box_is_still_furniture(names: str) -> None:
    assert is_furniture(lxml.html.fragment_fromstring(f"<div class='{names}'><input name='q'></div>"))
