"""A cancellation publishes the event it cancels, CANCELLED, and nothing of its own: `presscal extract`
and `presscal build` (on a real SQLite store, over two builds) agree. Texts of our own, set far ahead:
a build hides cancelled events a month after their day."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import _clean, presscal

ANNOUNCED = """Harbour board to brief the press

Source: Harbour Board

12 March 2090

The chair of the harbour board will hold a press conference on 20 March 2090 at 11:00 CET in Antwerp.
"""
CANCELS_IT = """Press conference of 20 March called off

Source: Harbour Board

14 March 2090

The press conference of the chair of the harbour board on 20 March 2090 in Antwerp has been cancelled.
"""
CANCELS_NOTHING_ANNOUNCED = """Fewer board sessions this spring

Source: Harbour Board

15 March 2090

Two sessions of the harbour board are dropped altogether: those on 8 April 2090 and 6 May 2090.
"""
CONFERENCE = "2090-03-20T11:00:00+01:00"


def _statuses(data: bytes) -> dict[str, str]:
    return {e["start"]: e["status"] for e in json.loads(data)["events"]}


def _bundle(path: Path, *items: str) -> Path:
    path.write_text("\n".join(items), encoding="utf-8")
    return path


def test_extract_publishes_the_cancelled_event_and_no_lone_cancellation(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "board.txt", ANNOUNCED, CANCELS_IT, CANCELS_NOTHING_ANNOUNCED)
    result = presscal("extract", bundle, "--format", "json", "--reference-date", "2090-03-16", cwd=tmp_path)
    _clean(result)
    assert _statuses(result.stdout) == {CONFERENCE: "CANCELLED"}
    (event,) = json.loads(result.stdout)["events"]
    assert event["article_title"] == "Harbour board to brief the press"  # the announcement, not the notice


def test_extract_of_a_lone_cancellation_publishes_nothing(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "board.txt", CANCELS_IT, CANCELS_NOTHING_ANNOUNCED)
    result = presscal("extract", bundle, "--format", "json", "--reference-date", "2090-03-16", cwd=tmp_path)
    _clean(result)
    assert _statuses(result.stdout) == {}


def test_build_agrees_with_extract_and_cancels_what_an_earlier_build_published(tmp_path: Path) -> None:
    source = tmp_path / "board.txt"
    settings = tmp_path / "presscal.toml"
    settings.write_text('[calendar]\ndatabase = "sqlite:///store.db"\noutput = "site"\n\n'
                        f'[[sources]]\nname = "board"\npath = {json.dumps(str(source))}\n', encoding="utf-8")
    events = tmp_path / "site" / "events.json"

    _bundle(source, ANNOUNCED)
    _clean(first := presscal("build", "--config", settings, cwd=tmp_path))
    assert first.returncode == 0, first.stderr
    assert _statuses(events.read_bytes()) == {CONFERENCE: "CONFIRMED"}

    _bundle(source, ANNOUNCED, CANCELS_IT, CANCELS_NOTHING_ANNOUNCED)
    _clean(second := presscal("build", "--config", settings, cwd=tmp_path))
    assert second.returncode == 0, second.stderr
    assert _statuses(events.read_bytes()) == {CONFERENCE: "CANCELLED"}  # the store's event, cancelled
    (event,) = json.loads(events.read_bytes())["events"]
    assert event["sequence"] == 1

    extracted = presscal("extract", source, "--format", "json", "--reference-date", "2090-03-16", cwd=tmp_path)
    assert _statuses(extracted.stdout) == _statuses(events.read_bytes())


def test_a_build_of_lone_cancellations_publishes_nothing(tmp_path: Path) -> None:
    source = _bundle(tmp_path / "board.txt", CANCELS_IT, CANCELS_NOTHING_ANNOUNCED)
    settings = tmp_path / "presscal.toml"
    settings.write_text('[calendar]\ndatabase = "sqlite:///store.db"\noutput = "site"\n\n'
                        f'[[sources]]\nname = "board"\npath = {json.dumps(str(source))}\n', encoding="utf-8")
    dry = presscal("build", "--config", settings, "--dry-run", cwd=tmp_path)
    _clean(dry)
    assert "0 new" in dry.stdout.decode()
    assert dry.stdout.decode().count("not published:") == 3
    result = presscal("build", "--config", settings, "--force", cwd=tmp_path)
    _clean(result)
    assert _statuses((tmp_path / "site" / "events.json").read_bytes()) == {}
