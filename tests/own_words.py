"""Find runs of words a file shares with published texts (the "our own words" rule).

    python -m tests.own_words [--against PATH ...] [--min 12] [FILE ...]

The repository may take facts from published releases and pages, never their sentences:
no run of 12 or more consecutive words in common. Both sides are reduced to words first:
markup, scripts and styles of HTML/XML are dropped and entities decoded, case and accents
folded, so a copied sentence is found whatever its tags or line breaks. With no FILE it
checks every text file git tracks but the seed (see `SEED`); with no --against it reads
../shared/pages, the real saved pages. It prints the longest shared run of each file and
exits 1 when one reaches --min.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "pages"
LIMIT = 12
# The seed bundle is the project's founding text (issue 9), and the golden files are rendered from it.
SEED = ("examples/", "tests/fixtures/corpus/nato-2023-11.", "tests/golden/")
MARKUP = {".html", ".htm", ".xml", ".atom", ".rss"}
WORD = re.compile(r"\w+")
NOTES = {"README.md", "SOURCES.txt"}
# Addresses are facts, not prose: URLs, feed ids ("tag:...") and e-mail addresses are left out.
ADDRESS = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|tag:|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
MERIDIEM = re.compile(r"\b([AaPp])\.\s?[Mm]\.")  # "9:30 a.m." is one time: its letters are one word, "am"


class _Text(HTMLParser):
    """Keeps what a reader sees: text outside tags, scripts and styles, and attribute values
    such as titles and summaries that a page shows elsewhere."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        shown = dict(attrs)
        said = " ".join(v or "" for k, v in attrs if k in ("name", "property")).lower()
        if tag == "meta" and ("title" in said or "description" in said):  # og:title, description, ...
            self.parts.append(f" {shown.get('content') or ''} ")
        self.parts.extend(f" {value} " for name, value in attrs if value and name in ("title", "alt"))
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(raw: str, suffix: str) -> str:
    if suffix.lower() not in MARKUP:
        return raw
    reader = _Text()
    reader.feed(raw)
    reader.close()
    # Feeds escape their HTML summaries once more; a second pass reads those too.
    text = "".join(reader.parts)
    if "<" in text:
        again = _Text()
        again.feed(text)
        again.close()
        text = "".join(again.parts)
    return html.unescape(text)


def words(text: str) -> list[str]:
    folded = MERIDIEM.sub(r"\1m", ADDRESS.sub(" ", unicodedata.normalize("NFKD", text)))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return WORD.findall(folded)


def read_words(path: Path) -> list[str]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return words(visible_text(text, path.suffix))


@dataclass(frozen=True)
class Run:
    """The longest run of words `path` shares with the references, its length not counting dates."""

    path: str
    length: int
    text: str


# Dates are facts we may keep: month and weekday names and words with digits (14h00, 07th) neither
# count towards a run nor break it, so a list of month names is no copy; a sentence around a date is.
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue wed thu fri sat sun am pm".split())
SEED_LENGTH = 3


def weight(run: Sequence[str]) -> int:
    return sum(1 for w in run if w not in CALENDAR and not any(c.isdigit() for c in w))


class References:
    """The word sequences of the published texts, indexed by their runs of three words."""

    def __init__(self, texts: Iterable[Sequence[str]]) -> None:
        self.texts = [list(t) for t in texts if t]
        self.index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for n, text in enumerate(self.texts):
            for i in range(len(text) - SEED_LENGTH + 1):
                self.index.setdefault(tuple(text[i:i + SEED_LENGTH]), []).append((n, i))

    def longest(self, mine: Sequence[str]) -> tuple[int, int, int]:
        """(weight, start, end) in `mine` of the heaviest run found word for word in a reference."""
        best = (0, 0, 0)
        for i in range(len(mine) - SEED_LENGTH + 1):
            for n, at in self.index.get(tuple(mine[i:i + SEED_LENGTH]), ()):
                text, j = self.texts[n], SEED_LENGTH
                while i + j < len(mine) and at + j < len(text) and mine[i + j] == text[at + j]:
                    j += 1
                found = weight(mine[i:i + j])
                if found > best[0]:
                    best = (found, i, i + j)
        return best


def reference_files(paths: Iterable[Path]) -> list[Path]:
    """The files of `paths`, folders read through; a folder's own notes (README, SOURCES, gold) are ours."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.name not in NOTES and p.suffix != ".json")
        else:
            found.append(path)
    return found


def repository_files(root: Path = ROOT) -> list[Path]:
    """Text files git tracks, but the seed and the exempt ones."""
    listed = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=False)
    if listed.returncode == 0:
        names = listed.stdout.splitlines()
    else:  # not a git checkout (an unpacked archive): what is there, but tools' folders
        names = [str(p.relative_to(root)) for p in root.rglob("*")
                 if p.is_file() and not {".git", ".venv", "output"} & set(p.relative_to(root).parts)]
    files = []
    for name in names:
        path = root / name
        if name.startswith(SEED) or not path.is_file():
            continue
        if b"\0" in path.read_bytes()[:4096]:
            continue
        files.append(path)
    return files


def shared_runs(files: Iterable[Path], references: References, root: Path = ROOT) -> list[Run]:
    runs = []
    for path in files:
        mine = read_words(path)
        length, start, end = references.longest(mine)
        name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        runs.append(Run(name, length, " ".join(mine[start:end])))
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--against", nargs="+", type=Path, default=[PAGES],
                        help="published texts: files or folders (default: ../shared/pages)")
    parser.add_argument("--min", type=int, default=LIMIT, help="a run this long fails (default: 12)")
    args = parser.parse_args(argv)
    references = References(read_words(p) for p in reference_files(args.against))
    runs = shared_runs(args.files or repository_files(), references)
    for run in sorted(runs, key=lambda r: -r.length):
        mark = "FAIL" if run.length >= args.min else "ok  "
        print(f"{mark} {run.length:>3}  {run.path}  {run.text[:100]}")
    return 1 if any(r.length >= args.min for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
