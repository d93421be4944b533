"""`presscal build --dry-run`: the plan, source by source, and nothing written (on both databases)."""

from __future__ import annotations

import json
from pathlib import Path

from store import Store

from .conftest import SAMPLE
from .test_cli import SAMPLE_EVENTS, _clean, presscal


def _config(tmp_path: Path, store_url: str, bundle: Path) -> Path:
    settings = tmp_path / "presscal.toml"
    settings.write_text(
        "[calendar]\n"
        f"database = {json.dumps(store_url)}\n"
        f"output = {json.dumps(str(tmp_path / 'site'))}\n"
        "\n[[sources]]\n"
        'name = "nato"\n'
        f"path = {json.dumps(str(bundle))}\n",
        encoding="utf-8",
    )
    return settings


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder`, with its bytes and modification time."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _stored(store_url: str) -> tuple[int, list[tuple[str, int, str]]]:
    store = Store(store_url)
    try:
        return store.count(), [(e.uid, e.sequence, e.changed.isoformat()) for e in store.events()]
    finally:
        store.close()


def test_a_dry_run_prints_the_plan_and_writes_nothing(tmp_path: Path, store_url: str) -> None:
    bundle = tmp_path / "nato.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    bundle.write_text(text, encoding="utf-8")
    settings = _config(tmp_path, store_url, bundle)

    first = presscal("build", "--dry-run", "--config", settings, cwd=tmp_path)
    _clean(first)
    assert first.returncode == 0, first.stderr
    out = first.stdout.decode()
    assert f"source nato: 9 items read: {SAMPLE_EVENTS} new, 0 changed, 0 unchanged" in out
    assert out.count("\n  new: ") == SAMPLE_EVENTS
    assert _stored(store_url) == (0, [])
    assert not (tmp_path / "site").exists()

    built = presscal("build", "--config", settings, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    stored, published = _stored(store_url), _files(tmp_path / "site")
    assert stored[0] == SAMPLE_EVENTS

    # The press conference moves by half an hour: the plan says so, and still nothing is written.
    assert text.count("09:15 (CET)") == 1
    bundle.write_text(text.replace("09:15 (CET)", "09:45 (CET)"), encoding="utf-8")
    moved = presscal("build", "--dry-run", "--config", settings, cwd=tmp_path)
    _clean(moved)
    assert moved.returncode == 0, moved.stderr
    out = moved.stdout.decode()
    assert f"source nato: 9 items read: 0 new, 1 changed, {SAMPLE_EVENTS - 1} unchanged" in out
    assert "(moved from 09:15 CET to 09:45 CET, SEQUENCE 1)" in out
    assert "dry run: nothing was written" in out
    assert _stored(store_url) == stored
    assert _files(tmp_path / "site") == published

    # The build that follows does what the dry run said.
    after = presscal("build", "--config", settings, cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    assert "(0 new, 1 changed)" in after.stdout.decode()


def test_a_dry_run_of_a_failing_source_says_so(tmp_path: Path, store_url: str) -> None:
    result = presscal("build", "--dry-run", "--config", _config(tmp_path, store_url, tmp_path / "gone.txt"),
                      cwd=tmp_path)
    stderr = _clean(result)
    assert result.returncode == 1
    assert "source nato: FAILED:" in stderr
    assert "gone.txt" in stderr
    assert _stored(store_url) == (0, [])
