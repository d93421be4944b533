"""A today between a verb of numbering and a count of members ("le comité réunit aujourd'hui 9 Etats membres", "the
union today counts 27 member states", "zählt heute 30 Mitglieder"): what a body is made of nowadays, no event on the
item's day; a today with a gathering of members that day stays. Issue #10, "Not events"; seen in world-ninetyfirst
(a regional committee's communiqué); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2027, 3, 3)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize("line", [
    "Créé en 1980, le comité réunit aujourd'hui 9 Etats membres : le Niger, le Mali et le Tchad entre autres.",
    "Founded in 1980, the committee today counts 9 member states, among them Niger, Mali and Chad.",
    "Der 1980 gegründete Ausschuss zählt heute 9 Mitglieder, darunter Niger, Mali und Tschad.",
    "Fundado en 1980, el comité reúne hoy a 9 miembros, entre ellos Níger, Malí y Chad.",
])
def test_members_counted_nowadays(line: str) -> None:
    text = (f"The committee's conference\n\nSource: Committee\n\n(Niamey, 3 March 2027). The committee holds its "
            f"12th conference on Monday 8 March 2027.\n\n{line}\n")
    assert _days(text) == ["2027-03-08"]


def test_members_meeting_today_at_a_time_stays() -> None:
    text = ("The committee's members meet\n\nSource: Committee\n\n(Niamey, 3 March 2027). The committee today "
            "gathers 9 member states at 10:00 in the Palais des Congrès.\n")
    assert _days(text) == ["2027-03-03"]
