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

Manifest = dict[str, list[object]]  # relative path -> [size, sha256 hex, mtime ns as written]


class OutputError(PresscalError):
    """A file of output/ that could not be written (read-only folder, full disk, ...)."""


def write_files(files: dict[str, bytes], output: Path) -> list[Path]:
    """Write each of `files` (relative path -> bytes) that differs from what is there; the paths written."""
    written = []
    for relative, data in files.items():
        path = output / relative
        # Tens of thousands of per-event files are not flushed one by one (a third of a millisecond
        # each): the manifest finds any a power cut damaged, and the next build writes it again.
        if write_atomically(path, data, durable="/" not in relative):
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


def manifest_of(files: dict[str, bytes], output: Path) -> Manifest:
    """Size, hash and modification time (ns) of each file as written in `output`."""
    return {relative: [len(data), hashlib.sha256(data).hexdigest(), _mtime(output / relative)]
            for relative, data in files.items()}


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def damaged(output: Path, manifest: Manifest, only: Iterable[str] | None = None) -> set[str]:
    """The recorded files that are missing or differ, in size or in hash, from what was written.

    A file with its recorded size and modification time was not touched since: only a file
    touched since is read and hashed, so an idle refresh of a large output costs a stat a file.
    """
    bad = set()
    for relative in only if only is not None else manifest:
        size, digest, *written = manifest[relative]
        path = output / relative
        try:
            status = path.stat()
            touched = written != [status.st_mtime_ns]
            if status.st_size != size or (touched and hashlib.sha256(path.read_bytes()).hexdigest() != digest):
                bad.add(relative)
        except OSError:
            bad.add(relative)
    return bad


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
