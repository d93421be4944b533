"""Our own words: no file of the repository shares a run of 12 words with a published text.

The real pages in ../shared/pages are read where they are (CI has ../shared); the
checker itself (tests/own_words.py) is tested on texts written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import _in_ci
from .own_words import LIMIT, PAGES, References, read_words, reference_files, repository_files, shared_runs

OURS = """The harbour board meets on the first Tuesday of each month; members of the public
may speak for three minutes at the start, once they have signed the list at the door."""


def test_no_repository_file_shares_a_run_of_twelve_words_with_the_real_pages() -> None:
    if not PAGES.is_dir():
        reason = f"{PAGES} is missing: no published pages to compare the repository with"
        if _in_ci():
            pytest.fail(f"{reason}; in CI ($CI is set) this check must run", pytrace=False)
        pytest.skip(reason)
    references = References(read_words(p) for p in reference_files([PAGES]))
    files = repository_files()
    assert len(files) > 50, files
    copied = [r for r in shared_runs(files, references) if r.length >= LIMIT]
    assert not copied, "\n".join(f"{r.path}: {r.length} words in common: {r.text}" for r in copied)


def runs_against_ours(tmp_path: Path, name: str, text: str) -> int:
    (tmp_path / "published.txt").write_text(OURS, encoding="utf-8")
    mine = tmp_path / name
    mine.write_text(text, encoding="utf-8")
    references = References(read_words(p) for p in reference_files([tmp_path / "published.txt"]))
    [run] = shared_runs([mine], references, root=tmp_path)
    return run.length


def test_a_copied_sentence_is_found_through_markup_breaks_and_case(tmp_path: Path) -> None:
    page = ("<p>Notice</p><p>Members of the <b>public</b>\nmay speak for THREE minutes at the start,"
            " once they have&nbsp;signed the list</p><script>var x = 'the harbour board meets';</script>")
    assert runs_against_ours(tmp_path, "page.html", page) == 17


def test_a_twin_keeps_the_facts_and_loses_the_run(tmp_path: Path) -> None:
    twin = ("On the first Tuesday of every month the harbour board holds its meeting. Anyone may address it"
            " for three minutes at the start after signing the list by the door.")
    assert 0 < runs_against_ours(tmp_path, "twin.txt", twin) < LIMIT


def test_dates_are_facts_and_neither_count_nor_break_a_run(tmp_path: Path) -> None:
    (tmp_path / "published.txt").write_text("Meetings: January, February, March, April, May, June, July, August,"
                                            " September, October, November and December, at 9:30 a.m.",
                                            encoding="utf-8")
    mine = tmp_path / "months.py"
    mine.write_text('MONTHS = "january february march april may june july august september october november'
                    ' december"', encoding="utf-8")
    [run] = shared_runs([mine], References([read_words(tmp_path / "published.txt")]), root=tmp_path)
    assert run.length <= 1
