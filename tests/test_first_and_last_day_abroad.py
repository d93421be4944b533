"""The first or last day of a sitting named before, as other languages say it ("마지막 날에는", "le dernier jour",
"el último día", "am letzten Tag", "no primeiro dia"), is that day of the span, as "on the final day" is; a Korean
session given "6월7(금)부터 6월19(수)까지" (from Friday 7 June to Wednesday 19 June) is read as that span, and a Korean
sentence ending in its verb ("... 정례회를 연다.") is an event, not a line that says which day it is. A sentence after a
full stop opens with a letter of Hangul, Arabic, Cyrillic or Greek as well as with a capital. A district council's
session had lost its closing sitting (session 43, world-hundredtenth). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import sentence_spans
from parsers.dates import find_mentions

_REFERENCE = dt.date(2019, 5, 14)


def _days(title: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: Council\n\n{body}\n"
    return sorted(f"{e.start:%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if e.start == e.end or not isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("title", "body"), [
    ("정례회 알림", "의회가 6월7(금)부터 6월19(수)까지 13일 동안 정례회를 연다. 마지막 날에는 안건을 의결한다."),
    ("Session du conseil", "Le conseil siège du 7 au 19 juin 2019. Le dernier jour, il adopte le budget en séance."),
    ("Sesión del pleno", "El pleno sesiona del 7 al 19 de junio de 2019. El último día se vota el presupuesto."),
    ("Sitzung des Rates", "Der Rat tagt vom 7. bis 19. Juni 2019 im Rathaus. Am letzten Tag stimmt er ab."),
])
def test_the_last_day_is_the_spans_last(title: str, body: str) -> None:
    assert "06-19" in _days(title, body)


def test_the_first_day_is_the_spans_first() -> None:
    body = "A Câmara reúne-se de 7 a 19 de junho de 2019 no plenário. No primeiro dia, os vereadores elegem a mesa."
    assert "06-07" in _days("Sessão da Câmara", body)


def test_a_korean_span_with_bracketed_weekdays() -> None:
    said = "의회가 6월7(금)부터 6월19(수)까지 13일 동안 정례회를 연다"
    spans = [(m.first, m.last) for m in find_mentions(said) if m.kind == "span" and m.first and m.last]
    assert [(f.day, f.month, f.weekday, last.day, last.weekday) for f, last in spans] == [(7, 6, 4, 19, 2)]


def test_a_korean_sentence_with_its_verb_is_an_event() -> None:
    assert _days("정례회 알림", "서구의회가 6월 7일 정례회를 연다.") == ["06-07"]


@pytest.mark.parametrize("text", ["현장을 방문한다. 마지막 날에는 안건을 의결한다.",
                                  "Заседание закрыто. Встреча пройдет завтра.",
                                  "انتهى الاجتماع. يعقد المؤتمر غداً."])
def test_a_sentence_after_a_full_stop_in_an_uncased_or_other_script(text: str) -> None:
    assert len(list(sentence_spans(text))) == 2


def test_a_street_abbreviated_in_cyrillic_ends_no_sentence() -> None:
    text = "Брифинг пройдет по адресу: ул. Ришельевская, 33, в пресс-центре."
    assert len(list(sentence_spans(text))) == 1


def test_a_korean_particle_goes_with_its_day() -> None:
    text = ("정례회 알림\n\nSource: Council\n\n의회가 6월7(금)부터 6월19(수)까지 13일 동안 정례회를 연다. "
            "마지막 날에는 본회의에서 안건을 의결한다.\n")
    last = [e.summary for e in extract(text, source="test", reference=_REFERENCE).events if f"{e.start:%d}" == "19"]
    assert last == ["Meeting: 본회의에서 안건을 의결한다"]  # (본회의, a plenary sitting, names a meeting)
