"""Patterns rewritten so the regex engine skips ahead find what the slower forms they replace find."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import (
    blocks,
    clean,
    daily,
    datescan,
    gate,
    lang,
    lang_iberian,
    lang_italian,
    lang_malay,
    legend,
    merge,
    recurring,
    releaseyear,
    tense,
    yearclues,
)
from parsers.datewords import GERMAN_MONTHS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_TAG = re.compile(r"<[^>]*>")
# Word starts and case at the edges: "De", "xde", a hint at the very start and end, (?i)'s odd letters
# ("ſ" is an "s", "K" a "k", "İ" an "i"), capitals, "à"/"À", non-ASCII before a word.
_CRAFTED = [
    "de enero", "De enero", "xde enero", "de\tENERO de", "el luneſ 5", "LUNES", "xlunes", "–lunes", "Lunes",
    "saBADO", "ſábado", "las 5", "LAS\n9", "À 5", "Às 9h", "às9", "Hoy", "ahoy", "hoyo", "HOJE.", "amanhã",
    "AMANHÃ!", "ontem", "ontems", "ayer", "de\u00a0marzo", "dé marzo", "quarta-feira", "TERÇA-FEIRA", "terca-",
    "İ lunes", "\u212a", "1de mayo", "_de mayo", "de mayos", "domingo", "Domingos", "miércoles", "MIERCOLES",
    "730AM", "1030 pm", "12345a.m.", "0730P.M", "١٢٣am", "12NN", "112 NN", "12 NNN", "9am", "12121212pm", "x1230amx",
    "12 nn", "12nnn", "12 nN",
]
# The forms the rewritten patterns replace.
_RUN_TOGETHER = re.compile(r"\d{3,4}[AaPp]\.?[Mm]\b|12\s?(?:NN|nn)\b")


def _texts() -> list[str]:
    """Every corpus and saved page we have, tags blanked, and each as lines, as written and lower-cased."""
    paths = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "pages").rglob("*.htm*"))
    texts = [_TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace")) for path in paths]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return _CRAFTED + texts + lines + [line.lower() for line in lines] + [line.upper() for line in lines]


def test_the_iberian_hint_finds_a_match_where_its_slow_form_does() -> None:
    texts = _texts()
    hits = 0
    for text in texts:
        expected = lang_iberian._HINT.search(text) is not None
        assert lang_iberian.hinted(text, gate.folded_case(text)) == expected, text[:200]
        assert lang_iberian.hinted(text, text.lower()) == expected, text[:200]
        hits += expected
    assert hits > 50  # both answers are given, many times
    assert len(texts) - hits > 1000


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("deDElunsLUNSaohyjtqmrcbfiç àÀãſK\u0130ı-_5\t\nxéáÁ’?")), max_size=30))
def test_the_iberian_hint_agrees_on_any_text(text: str) -> None:
    expected = lang_iberian._HINT.search(text) is not None
    assert lang_iberian.hinted(text, gate.folded_case(text)) == expected
    assert lang_iberian.hinted(text, text.lower()) == expected


def test_the_italian_hint_words_are_found_in_the_folded_text_where_in_the_lowered_one() -> None:
    """italian_mentions looks for its words in the folded text, which costs less to make than the lowered one."""
    words = lang_italian._HINT_WORDS
    hits = 0
    for text in [*_texts(), "OGGİ alle 9", "\u212aoggi", "Domani à 9", "x\u00a0alle 9"]:
        expected = any(word in text.lower() for word in words)
        assert any(word in gate.folded_case(text) for word in words) == expected, text[:200]
        hits += expected
    assert hits > 50


def test_run_together_hours_are_found_where_the_plain_pattern_finds_them() -> None:
    found = 0
    for text in _texts():
        expected = [m.span() for m in _RUN_TOGETHER.finditer(text)]
        assert [m.span() for m in datescan._RUN_TOGETHER.finditer(text)] == expected, text[:200]
        found += len(expected)
    assert found > 10


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789١AaPpMm.NNnn \t\nx")), max_size=30))
def test_run_together_hours_agree_on_any_text(text: str) -> None:
    assert [m.span() for m in datescan._RUN_TOGETHER.finditer(text)] == [m.span() for m in _RUN_TOGETHER.finditer(text)]


def test_lower_case_reads_the_hint_words_as_case_blind_matching_does() -> None:
    """Outside the odd cases, a character (?i) takes for a letter of the words lowers to that letter, and every
    character lowers to one: the words' places in the lower-cased text are where _HINT may match."""
    letters = sorted({c for word in lang_iberian._HINT_OPENINGS for c in word})
    blind = re.compile("(?i:[" + re.escape("".join(letters)) + "])")
    odd = set()
    for char in map(chr, range(0x110000)):
        if len(char.lower()) != 1:
            odd.add(char)
        if blind.fullmatch(char):
            odd |= {char for letter in letters if re.fullmatch(f"(?i:{re.escape(letter)})", char)
                    and char.lower() != letter}
    assert odd == set(lang_iberian._ODD_CASES)


def test_the_future_marker_is_the_future_patterns_first_match() -> None:
    found = 0
    for text in _texts():
        for pos, endpos in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
            expected = tense._FUTURE_TENSE.search(text, pos, endpos)
            marker = tense.future_marker(text, pos, endpos)
            assert (marker and marker.span()) == (expected and expected.span()), text[:200]
            found += expected is not None
    assert found > 500


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("wilshaotbedurgnpvÁáãWIL ſıİK\n-_x")), max_size=30))
def test_the_future_marker_agrees_on_any_text(text: str) -> None:
    expected = tense._FUTURE_TENSE.search(text)
    assert (tense.future_marker(text) is None) == (expected is None)


def test_lower_case_reads_the_future_words_as_case_blind_matching_does() -> None:
    """As for the Iberian hint: outside tense._ODD_CASES, what (?i) takes for a letter of the words lowers to it."""
    letters = sorted({c for word in tense._FUTURE_WORDS for c in word if c != " "})
    blind = re.compile("(?i:[" + re.escape("".join(letters)) + "])")
    odd = set()
    for char in map(chr, range(0x110000)):
        if blind.fullmatch(char):
            odd |= {char for letter in letters if re.fullmatch(f"(?i:{re.escape(letter)})", char)
                    and char.lower() != letter}
    assert odd == set(tense._ODD_CASES)


# The forms before the engine was given a class to skip to.
_WORD_ANCHOR = re.compile(re.sub(r"\(\?=\[[a-z]+\]\)", "", lang._WORD_ANCHOR.pattern, count=1))
_HOURS_THEN_DAYS = re.compile(recurring._HOURS_THEN_DAYS.pattern.replace(r"\d\d?", r"\d{1,2}"))


def test_anchor_words_and_hours_are_found_where_the_plain_patterns_find_them() -> None:
    assert _WORD_ANCHOR.pattern != lang._WORD_ANCHOR.pattern
    assert _HOURS_THEN_DAYS.pattern != recurring._HOURS_THEN_DAYS.pattern
    found = 0
    for text in _texts():
        for plain, fast in ((_WORD_ANCHOR, lang._WORD_ANCHOR), (_HOURS_THEN_DAYS, recurring._HOURS_THEN_DAYS)):
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text[:200]
            found += len(expected)
    assert found > 20  # (31 on the texts at hand)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["am", "Am", "le", "La", "la", "heute", "Gestern", "aujourd'hui", "demain", "midi",
                                 "minuit", "Montag", "mardi", "Tag", "jour", "x", " ", "\n", "9", "10.30", "-", "to",
                                 "mon", "fri", "am", "pm", ",", "ma", "ale", "lu", "Morgen", "morgen", "übermorgen",
                                 "Mo", "Üb"]), max_size=12))
def test_anchor_words_and_hours_agree_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    for plain, fast in ((_WORD_ANCHOR, lang._WORD_ANCHOR), (_HOURS_THEN_DAYS, recurring._HOURS_THEN_DAYS)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_line_pattern_is_found_where_a_search_of_the_whole_text_finds_it() -> None:
    found = 0
    legends = ["Lockups run from 7:30 a.m. to 8:30 a.m.", "x\n  Note: the media lockup runs from 9 to 10 am.\n",
               "x\nunless shown,\nthe lockups are held from 8:30 to 9:30"]
    for text in _texts() + ["IP/13/145", "x\nIP/13/145\n", "\nPress release 045/2019", "Nr. 45/2019\n\n", *legends]:
        for lines in (releaseyear._RELEASE, releaseyear._RAPID, legend._LEGEND_LINE):
            expected = lines.pattern.search(text)
            fast = lines.search(text)
            assert (fast and (fast.span(), fast.groupdict())) == (expected and (expected.span(), expected.groupdict()))
            found += expected is not None
    assert found > 5


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["IP/13/145", "Press release", "No.", " ", "\t", "\n", "045/2019", "2019/045", "x",
                                 "MEMO/19/1234", " of 14 March", ":", "PR/", "Lockups", " run from ", "7:30",
                                 " to ", "8:30 a.m.", "unless shown, "]), max_size=10))
def test_a_line_pattern_agrees_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    for lines in (releaseyear._RELEASE, releaseyear._RAPID, legend._LEGEND_LINE):
        fast, expected = lines.search(text), lines.pattern.search(text)
        assert (fast and fast.span()) == (expected and expected.span())


def test_a_year_counted_from_is_sought_wherever_it_can_be_found() -> None:
    texts = [*_texts(), "last year's 2018 forum", "LAST YEAR’S 2018", "next yeaR'ſ 2021 summit"]
    for text in texts:
        if releaseyear._COUNTED.search(text) is not None:
            assert releaseyear._may_count(text), text[:200]
    assert sum(releaseyear._may_count(text) for text in texts) < len(texts) / 10  # most texts are skipped


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("lastehixnYEARS'’ſ 2019\n")), max_size=30))
def test_a_year_counted_from_is_sought_on_any_text(text: str) -> None:
    assert releaseyear._may_count(text) or releaseyear._COUNTED.search(text) is None


def test_lower_case_reads_the_counted_words_as_case_blind_matching_does() -> None:
    """Outside releaseyear._ODD_S, what (?i) takes for a letter of "year's" lowers to it."""
    letters = sorted({c for word in releaseyear._COUNTED_WORDS for c in word})
    blind = re.compile("(?i:[" + re.escape("".join(letters)) + "])")
    odd = {char for char in map(chr, range(0x110000)) if blind.fullmatch(char)
           for letter in letters if re.fullmatch(f"(?i:{re.escape(letter)})", char) and char.lower() != letter}
    assert odd == {releaseyear._ODD_S}


# Beyond the Basic Multilingual Plane: a character, a noncharacter of plane 1 and of plane 16; lone surrogates.
_WIDE = ["\U0001f600", "\U0001fffe", "\U0010ffff", "\ud800", "\udfff", "\uffff", "\ufdd0", "\x85", "\x1b", "é", "’"]


def test_a_clean_text_is_one_the_whole_class_finds_nothing_in() -> None:
    texts = _texts() + [a + "text" + b for a in ["", *_WIDE] for b in ["", *_WIDE]]
    for text in texts:
        assert clean.is_clean(text) == (clean._FORBIDDEN.search(text) is None), ascii(text[:200])
    assert sum(not clean.is_clean(text) for text in texts) > 50


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_WIDE, "a", " ", "\n", "\t"]), max_size=12))
def test_a_clean_text_agrees_on_any_text(text: str) -> None:
    assert clean.is_clean(text) == (clean._FORBIDDEN.search(text) is None)


def test_the_iberian_mentions_are_read_in_every_text_the_hint_finds_a_match_in() -> None:
    """A text is read where _HINT finds a match and one of the words stands; any other gives none."""
    read = 0
    for text in _texts():
        mentions = lang_iberian.iberian_mentions(text)
        lowered = text.lower()
        if lang_iberian._HINT.search(text) is None or not any(w in lowered for w in lang_iberian._HINT_WORDS):
            assert mentions == [], text[:200]
        else:
            expected = lang.overlay([], mentions)  # (the mentions, in order)
            assert mentions == expected
            read += bool(mentions)
    assert read > 20


# The form before the stop was put first; a German ordinal day's stop ("Am 2. August") ends no sentence.
_ORDINAL = rf"\s+(?i:{GERMAN_MONTHS})\b"
_SENTENCE_END = re.compile(rf"(?<=[.!?])(?!(?<=\b\d\.){_ORDINAL})(?!(?<=\b\d\d\.){_ORDINAL})\s+(?=[A-Z])")


def test_a_findings_own_sentence_ends_where_the_look_behind_form_splits_it() -> None:
    texts = [*_texts(), "Open daily.  \nThe fair", "x!Y", "a. b. C", "?", ". A", "Am 2. August. Dann",
             "Im Jahr 2019. März"]
    for text in texts:
        assert daily._own_sentence(text) == _SENTENCE_END.split(text, maxsplit=1)[0], text[:200]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(".!? \t\nAbZ1")), max_size=20))
def test_a_findings_own_sentence_agrees_on_any_text(text: str) -> None:
    assert daily._own_sentence(text) == _SENTENCE_END.split(text, maxsplit=1)[0]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["daily", "DAİLY", "daıly", "Daily", "each", "EVERY", "every", " ", "\n", "day",
                                 "morning", "weekday", "x", "dai", "ly"]), max_size=8))
def test_the_daily_gate_agrees_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    assert (daily._DAILY.search(text) and daily._DAILY.search(text).span()) == (
        (m := daily._DAILY.pattern.search(text)) and m.span())


def test_lower_case_reads_the_daily_needles_as_case_blind_matching_does() -> None:
    """What (?i) takes for a letter of the needles lowers to it, but "ı" (a needle of its own) and "İ" (lowered to
    "i" and a dot: "dai" still)."""
    letters = sorted({c for word in ("daily", "each", "every") for c in word})
    blind = re.compile("(?i:[" + re.escape("".join(letters)) + "])")
    odd = {char for char in map(chr, range(0x110000)) if blind.fullmatch(char)
           for letter in letters if re.fullmatch(f"(?i:{re.escape(letter)})", char) and char.lower() != letter}
    assert odd == {"ı", "İ"}
    assert "daı" in daily._DAILY.needles
    assert "İ".lower().startswith("i")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Later", "LATER", "Also", "ALſO", "alſo", "EARLİER", "earlıer", "Earlier", "too",
                                 "TOO", " ", "\n", "x", "earli", "on", "On the", "SAME", "ſame",
                                 "day", "that"]), max_size=8))
def test_the_another_gate_agrees_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    assert (merge._ANOTHER.search(text) and merge._ANOTHER.search(text).span()) == (
        (m := merge._ANOTHER.pattern.search(text)) and m.span())


def test_lower_case_reads_the_another_needles_as_case_blind_matching_does() -> None:
    """What (?i) takes for a letter of the words lowers to it, but "ſ" and "ı" (which the gate lets through) and
    "İ" (whose lower case holds an "i")."""
    letters = sorted({c for word in ("later", "also", "earlier", "too") for c in word})
    blind = re.compile("(?i:[" + re.escape("".join(letters)) + "])")
    odd = {char for char in map(chr, range(0x110000)) if blind.fullmatch(char)
           for letter in letters if re.fullmatch(f"(?i:{re.escape(letter)})", char) and char.lower() != letter}
    assert odd == {"ſ", "ı", "İ"}
    assert "earli" in merge._ANOTHER.needles
    assert {"ſ", "ı"} <= set(gate._APART)


# The plain form of yearclues._AHEAD_YEAR, which opens with `\b`.
_AHEAD_YEAR = re.compile(r"\b(?:(?:early|late)\s+in|in\s+(?:early|late)|by(?:\s+(?:early|late|(?:the\s+)?end\s+of))?"
                         r"|before\s+the\s+end\s+of)\s+(?P<year>(?:19|20)\d\d)\b(?![/.-]?\d)")


def test_a_year_looked_ahead_to_is_found_where_the_plain_pattern_finds_it() -> None:
    found = 0
    more = ["by 20145", "by the end of 2020", "by end of 2021", "before the end of 2019", "xbefore the end of 2019"]
    for text in [*_texts(), "early in 2014", "by late 2031.", "xby 2014", "in early 2019", "abby 2020", *more]:
        expected = [(m.span(), m.groups()) for m in _AHEAD_YEAR.finditer(text)]
        assert [(m.span(), m.groups()) for m in yearclues._AHEAD_YEAR.finditer(text)] == expected, text[:200]
        found += len(expected)
    assert found > 5


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["early", "late", "in", "by", " ", "\n", "2014", "1999", "x", "_", "é", "-", "/3",
                                 "Early", "BY", "the", "end", "of", "before"]), max_size=10))
def test_a_year_looked_ahead_to_agrees_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    assert [m.span() for m in yearclues._AHEAD_YEAR.finditer(text)] == [m.span() for m in _AHEAD_YEAR.finditer(text)]


def test_the_space_is_the_only_white_space_a_printable_text_holds() -> None:
    """blocks.one_spaced takes a printable text for one holding no white space but spaces: what str.split() splits
    at, but the space, str.isprintable() refuses."""
    spaces = [char for char in map(chr, range(0x110000)) if char.isspace()]
    assert len(spaces) > 20
    assert [char for char in spaces if char.isprintable()] == [" "]


def test_one_spaced_joins_the_words_as_split_and_join_do() -> None:
    texts = [*_texts(), "", " ", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u2028b", "a\u3000b", "x\u200bx", "a\n"]
    kept = 0
    for text in texts:
        assert blocks.one_spaced(text) == " ".join(text.split()), text[:200]
        kept += blocks.one_spaced(text) is text
    assert kept > len(texts) / 3  # most lines are their own answer


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00a0\u2028\u3000\u200b\x1f\x85é")), max_size=20))
def test_one_spaced_agrees_on_any_text(text: str) -> None:
    assert blocks.one_spaced(text) == " ".join(text.split())


def _malay_hint(lowered: str) -> bool:
    return any(word in lowered for word in lang_malay._HINT_WORDS)


def test_the_malay_hint_words_are_found_in_the_folded_text_as_in_the_lower_case() -> None:
    assert all(word.isascii() and "?" not in word for word in lang_malay._HINT_WORDS)  # what folding keeps
    texts = [*_texts(), "Isnin, 5 Januari", "hari\u00a0ini", "\u0130SNIN", "\u212aAMIS", "pada\u2009hari", "rab\u00fc"]
    hits = 0
    for text in texts:
        expected = _malay_hint(text.lower())
        assert _malay_hint(gate.folded_case(text)) is expected, text[:200]
        hits += expected
    assert hits > 20


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("padhrinISNKm \u00a0\u0130\u0131\u212a\u017fé?")), max_size=20))
def test_the_malay_hint_agrees_on_any_text(text: str) -> None:
    assert _malay_hint(gate.folded_case(text)) is _malay_hint(text.lower())
