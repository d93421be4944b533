"""A title's verb agrees with its subject's head: "The Minister of Foreign Affairs will receive" is one (its head is
Minister), "Heads of State will meet" are several, and two subjects joined by "and the" are several. Sentences in our
own words."""

from __future__ import annotations

import pytest

from parsers import kinds


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The Minister of Foreign Affairs, Dr. Amal Haddad, will receive her counterpart",
     "Minister of Foreign Affairs receives her counterpart", "the head of 'X of Y' is X, however Y ends"),
    ("The Council of Ministers will meet in Rome", "Council of Ministers meets in Rome", "a council is one"),
    ("Heads of State will meet in Rome", "Heads of State meet in Rome", "heads are several"),
    ("The President of Ghana and the Prime Minister of Togo will meet in Accra",
     "President of Ghana and the Prime Minister of Togo meet in Accra", "two subjects joined by 'and the'"),
    ("The Department of Trade and Industry will host a forum", "Department of Trade and Industry hosts a forum",
     "an 'and' inside the name after 'of' joins no subjects"),
    ("The Minister for Foreign Affairs will open the forum", "Minister for Foreign Affairs opens the forum",
     "'for' as 'of'"),
    ("Notice is hereby given that the City Council of the City of Tulsa will meet in Council Chambers",
     "City Council of the City of Tulsa meets in Council Chambers", "a legal notice's formula goes, as 'said that'"),
    ("The Committee on Budgets will hold a hearing", "Committee on Budgets holds a hearing", "'on' as 'of'"),
    ("The Special Envoy to the Great Lakes will brief the Council",
     "Special Envoy to the Great Lakes briefs the Council", "'to' as 'of'"),
    ("Ministers will meet in Brussels", "Ministers meet in Brussels", "plural, as before"),
    ("The Minister will receive the delegation", "Minister receives the delegation", "singular, as before"),
])  # fmt: skip
def test_the_verb_agrees_with_the_head_of_its_subject(sentence: str, expected: str, why: str) -> None:
    assert kinds.sentence_summary(kinds.classify(sentence), sentence).split(": ", 1)[1] == expected, why
