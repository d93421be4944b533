"""Reading sources: local files and globs (the web comes with fetch.py). The only file reader.

A source that cannot be read is a SourceError with a sentence naming it:
a missing file, a binary or non-UTF-8 one, or one too large to be a bundle.
"""

from __future__ import annotations

import glob
from pathlib import Path

from config import Source
from model import SourceError

MAX_SOURCE_BYTES = 50 * 1024 * 1024  # a bundle larger than this is refused, not read into memory


def read_text(path: Path) -> str:
    """A source file's text; a binary, huge or unreadable file is a SourceError."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"{path}: {size:,} bytes is more than the {MAX_SOURCE_BYTES:,} a source may have")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: binary data, not a text bundle of press releases")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x})") from exc


def source_files(source: Source) -> list[Path]:
    matches = sorted(glob.glob(source.path)) if glob.has_magic(source.path) else [source.path]
    if not matches:
        raise SourceError(f"source {source.name!r}: no file matches {source.path}")
    return [Path(m) for m in matches]
