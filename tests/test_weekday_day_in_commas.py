"""Brazil's press gives a day as its weekday and its day of the month set off by commas, no month: "nesta terça-feira,
3, o ministro ..." (the kin of "nesta quinta-feira (22)"). It was read as the weekday alone, which fit no day of the
stamp's month (world-seventyfirst 9: a defence minister's two meetings of "Nesta terça-feira, 3" were not published).
The figure is a day only when a comma or a stop closes it: "na quarta-feira, 3 ministros ..." is a count. Items in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

BRASILIA = dt.timezone(dt.timedelta(hours=-3))

ITEM = """Ministra da Saúde tem agenda no Rio

Source: Ministério da Saúde

Publicado em junho de 2031

Nesta quarta-feira, 4, a ministra da Saúde vai ao Rio de Janeiro. Às 10h ela visita o Hospital Federal de Bonsucesso.
"""


def test_the_weekday_and_its_day_in_commas() -> None:
    events = extract(ITEM, source="saude", reference=dt.date(2031, 6, 3)).events
    assert sorted(e.start for e in events if not e.all_day) == [dt.datetime(2031, 6, 4, 10, 0, tzinfo=BRASILIA)]


def test_the_mention_alone() -> None:
    found = [(m.kind, m.weekday, m.offset) for m in find_mentions("Na segunda-feira, 9, o conselho se reúne.")]
    assert found == [("weekday", 0, 9)]


def test_a_count_after_the_comma_is_no_day() -> None:
    found = [(m.kind, m.weekday, m.offset) for m in find_mentions("Na quarta-feira, 3 ministros visitam a obra.")]
    assert found == [("weekday", 2, 0)]
