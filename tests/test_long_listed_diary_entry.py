"""A list row under a day line of a minister's week agenda is that day's engagement however many people it names:
"• Werkbezoek: ... spreekt ze met A (director), B (chair), C (adviser) ... (Den Haag)" runs past the 300 characters
of a diary's entry line and was dropped, and the row under it with it (world-eightyfirst, a health ministry's week
agenda). Items in our own words."""

from __future__ import annotations

from .conftest import listed

AGENDA = """Agenda of the Minister for Ports, week 24

Source: A ministry of transport

Dates 12 June 2034 - 16 June 2034

13 June
  • Council of ministers (The Hague)

15 June
  • Working visit: on the day of the inland shipping fair the minister tours the new lock at Terneuzen, where a \
pilot boat is shown to her and she talks with the lock keepers, among them Jan Vos (head of operations), Lies de Wit \
(harbour master of Terneuzen), Karim Bakker (chair of the skippers' union), Eva Smit (director of the lock \
authority), Tom Peeters (adviser on water safety) and Noor Visser (mayor of the port town) (Terneuzen)
  • Conversation: two students of the maritime academy hand the minister their plan for cleaner barges (The Hague)
"""


def test_a_long_listed_row_is_an_engagement_and_so_is_the_row_under_it() -> None:
    assert listed(AGENDA) == ["2034-06-13", "2034-06-15", "2034-06-15"]
