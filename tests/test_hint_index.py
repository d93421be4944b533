"""The language readers' hint words, found in one pass (parsers/langgrammar._HintIndex): a word is found exactly where
`word in text` holds, and a reader's words added after a text was looked through are found in it when it is asked
again, though the answer for that text was kept."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from parsers.langgrammar import _HintIndex


def test_words_found_as_substrings() -> None:
    index = _HintIndex()
    words = index.words_of(("mai", "maio", "aio"))
    assert index.found("o dia 3 de maio") & words == {"mai", "maio", "aio"}
    assert index.found("le 3 mars") & words == set()


def test_words_added_later_are_found_in_a_text_seen_before() -> None:
    index = _HintIndex()
    index.words_of(("juin",))
    assert index.found("am 3. juni und 4. juin") == {"juin"}
    index.words_of(("juni",))
    assert index.found("am 3. juni und 4. juin") == {"juin", "juni"}


def test_readers_in_threads_agree_with_one_reader() -> None:
    tuples = [tuple(f"w{n}x{k}" for k in range(5)) for n in range(40)]
    texts = [" ".join(words) for words in tuples]
    index = _HintIndex()

    def ask(n: int) -> bool:
        words = index.words_of(tuples[n])
        return words <= index.found(texts[n])

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(ask, range(len(tuples))))
