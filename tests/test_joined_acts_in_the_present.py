"""A title speaks in the present, every act of its clause alike (issue #10, "Titles"): "The Premier will tour the
flood area and meet local leaders" is "Premier tours the flood area and meets local leaders", not "... and meet".
Seen in the item titles of world-fresh and world-twentyseventh ("... and inaugurate others"); the texts are ours."""

from __future__ import annotations

import pytest

from parsers.kinds import sentence_summary
from parsers.presenttense import in_the_present


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Premier will tour the flood area and meet local leaders",
     "Premier tours the flood area and meets local leaders"),
    ("The Queen will open the bridge, meet staff and unveil a plaque",
     "Queen opens the bridge, meets staff and unveils a plaque"),
    ("The Mayor will also attend the ceremony and then deliver remarks",
     "Mayor attends the ceremony and then delivers remarks"),
    ("The head of the agency will give a talk and answer questions",
     "Head of the agency gives a talk and answers questions"),
    ("The City Council will recess and reconvene at the Government Center",
     "City Council recesses and reconvenes at the Government Center"),
    # an adverb between "will" and its verb leaves with "will", not taking the verb's ending ("He thereafters")
    ("The Minister will thereafter address the graduating cadets",
     "Minister addresses the graduating cadets"),
    ("The Governor will separately hold talks with the union",
     "Governor holds talks with the union"),
    ("The ferries will once more follow the summer timetable",
     "Ferries follow the summer timetable"),
    # a surname ending in "s" after a title is one person, not several
    ("Deputy Secretary Jones will travel to Ottawa and meet officials",
     "Deputy Secretary Jones travels to Ottawa and meets officials"),
    ("Dr. Evans will open the clinic", "Dr. Evans opens the clinic"),
    # but a title's plural, or "General" before a common noun, names several
    ("The Director Generals will meet the board", "Director Generals meet the board"),
    ("General Elections will be held in May", "General Elections are held in May"),
    ("The committee will further its inquiry", "Committee furthers its inquiry"),
])
def test_acts_joined_to_the_first_take_its_form(sentence: str, title: str) -> None:
    assert sentence_summary("meeting", sentence) == f"Meeting: {title}"


@pytest.mark.parametrize(("sentence", "kept"), [
    # several subjects: every verb keeps its form
    ("Ministers will meet in Oslo and sign the accord", "Ministers meet in Oslo and sign the accord"),
    # a noun after "and", not an act
    ("The President will visit Paris and Lyon", "The President visits Paris and Lyon"),
    ("The Minister will attend the launch and tour of the new site",
     "The Minister attends the launch and tour of the new site"),
    ("The Mayor will host a tour and open day", "The Mayor hosts a tour and open day"),
    # a verb as often a noun before another noun (the reviewer's texts)
    ("The Minister will discuss trade and travel policy", "The Minister discusses trade and travel policy"),
    ("The envoy will meet ministers, business leaders and travel agents",
     "The envoy meets ministers, business leaders and travel agents"),
    ("The Minister will review the past and present.", "The Minister reviews the past and present."),
])
def test_nouns_and_plural_subjects_are_left(sentence: str, kept: str) -> None:
    assert in_the_present(sentence) == kept


def test_another_clause_keeps_its_own_subject() -> None:
    # "where he will meet ... and address ...": each "will" clause is put in the present with its own acts
    assert in_the_present("The Secretary General will travel to Kyiv, where he will meet the President and address "
                          "the Rada") == ("The Secretary General travels to Kyiv, where he meets the President and "
                                          "addresses the Rada")
    # a joined act in a clause of its own ("who ...") is that clause's, not the first's
    assert in_the_present("The Minister will open the hall that staff use and meet daily") == (
        "The Minister opens the hall that staff use and meet daily")


@pytest.mark.parametrize(("sentence", "kept"), [
    # a minister's release in the first person: "I" takes the verb as "we" does
    ("Next week I will fly to Lima and meet the trade minister", "Next week I fly to Lima and meet the trade minister"),
    ("On Monday I will be in Hobart", "On Monday I am in Hobart"),
    # a hyphened verb is one verb, its ending on its last part ("coes-chair" was written)
    ("While in Geneva she will co-chair the donors' meeting", "While in Geneva she co-chairs the donors' meeting"),
    ("The envoys will co-host a reception", "The envoys co-host a reception"),
    ("The Mayor will re-open the library", "The Mayor re-opens the library"),
    # a Roman numeral after a name is no first person (found by review)
    ("World War I will be remembered at the cenotaph", "World War I is remembered at the cenotaph"),
    ("Phase I will begin in May", "Phase I begins in May"),
    ("During Phase I will be tested the new engines", "During Phase I is tested the new engines"),
    # after a preposition or "as", a name opens the sentence and "I" is its subject (found by review)
    ("In Geneva I will meet the Director-General", "In Geneva I meet the Director-General"),
    ("As Minister I will attend the summit", "As Minister I attend the summit"),
    # a room so numbered after a preposition is still a numeral (found by review)
    ("The hearing in Courtroom I will begin at ten", "The hearing in Courtroom I begins at ten"),
])
def test_first_person_and_hyphened_verbs(sentence: str, kept: str) -> None:
    assert in_the_present(sentence) == kept
