"""A timed line that ends with a colon over a list of what meets then (issue #10, "Layout"): "At 14:10 these
committees meet:" / "- the Committee on Fisheries;" / "- the Committee on Housing.". The rows have no time of their
own; their words join the lead line's entry, which names what meets at 14:10. Seen in world-ninetyseventh (a
parliament's day: "В 14:10 соберутся на свои заседания:" over two committees); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _sentences(text: str) -> dict[str, str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return {f"{e.start:%Y-%m-%d %H:%M}": e.sentence for e in events if isinstance(e.start, dt.datetime)}


_DAY = ("Today in the Chamber\n\nSource: National Assembly of Ruritania\n\n"
        "On 3 March 2026 the Chamber sits from 10:00.\n"
        "At 14:10 these committees meet:\n"
        "- the Committee on Fisheries;\n"
        "- the Committee on Housing.\n"
        "The Bureau meets at 16:00.\n")


def test_the_rows_join_the_timed_lead_line() -> None:
    at = _sentences(_DAY)
    assert "Fisheries" in at["2026-03-03 14:10"]
    assert "Housing" in at["2026-03-03 14:10"]


def test_the_rows_stay_out_of_the_entries_around() -> None:
    at = _sentences(_DAY)
    assert "Fisheries" not in at["2026-03-03 10:00"]
    assert "Housing" not in at["2026-03-03 16:00"]


def test_a_lead_line_without_a_colon_takes_no_row() -> None:
    text = _DAY.replace("these committees meet:", "the committees meet.")
    assert "Fisheries" not in _sentences(text)["2026-03-03 14:10"]


def test_a_line_of_other_words_ends_the_list() -> None:
    # "What took place?" is no row of the list (it ends with a question mark), nor is the line after it.
    text = _DAY.replace("- the Committee on Housing.\n", "- the Committee on Housing\nWhat took place?\nVotes\n")
    at = _sentences(text)
    assert "Housing" in at["2026-03-03 14:10"]
    assert "Votes" not in at["2026-03-03 14:10"]
