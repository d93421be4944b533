"""Writing output/: every file replaced atomically and durably, and repaired when it is not what was written.

Each file is written to a temporary file, flushed to disk (fsync), renamed over
the old one, and its folder is flushed after the renames, so neither a killed
process nor a power cut leaves an empty or half file. What was written is
recorded as a manifest (relative path -> size and SHA-256), so that a later
build can find a file truncated, emptied or edited behind its back and write
it again. A file that cannot be written is an OutputError naming it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from model import PresscalError

Manifest = dict[str, list[object]]  # relative path -> [size, sha256 hex]


class OutputError(PresscalError):
    """A file of output/ that could not be written (read-only folder, full disk, ...)."""


def write_files(files: dict[str, bytes], output: Path) -> list[Path]:
    """Write each of `files` (relative path -> bytes) that differs from what is there; the paths written."""
    written = []
    for relative, data in files.items():
        path = output / relative
        if write_atomically(path, data):
            written.append(path)
    for folder in sorted({path.parent for path in written}):
        sync_folder(folder)
    return written


def write_atomically(path: Path, data: bytes, durable: bool = True) -> bool:
    """Replace `path` with `data` by rename, unless it holds those bytes already. True if written.

    The rename makes the change atomic for readers and for a killed process; `durable`
    also flushes the bytes to disk first, so a power cut cannot leave an empty file
    (the folder holding the new name is flushed by `sync_folder`).
    """
    if _read(path) == data:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames into it) to disk; a system that cannot is left as it is."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def manifest_of(files: dict[str, bytes]) -> Manifest:
    return {relative: [len(data), hashlib.sha256(data).hexdigest()] for relative, data in files.items()}


def damaged(output: Path, manifest: Manifest, only: Iterable[str] | None = None) -> set[str]:
    """The recorded files that are missing or differ, in size or in hash, from what was written."""
    bad = set()
    for relative in only if only is not None else manifest:
        size, digest = manifest[relative]
        path = output / relative
        try:
            if path.stat().st_size != size or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                bad.add(relative)
        except OSError:
            bad.add(relative)
    return bad


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
