"""`presscal edit|add|merge|history|review` on a real build: each edit is in the calendar at once,
survives a refresh that reads a new value (and is flagged for review with both values)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from pathlib import Path

import icalendar
import pytest

from cli import main

from .conftest import SAMPLE

EDIT_NOTE = "The ministry moved it"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A configuration reading a copy of the sample (so a test can change it), built once."""
    source = tmp_path / "nato.txt"
    source.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    config = tmp_path / "presscal.toml"
    config.write_text('[calendar]\ndatabase = "sqlite:///presscal.db"\noutput = "output"\n'
                      '[[sources]]\nname = "nato"\npath = "nato.txt"\n', encoding="utf-8")
    assert main(["build", "--config", str(config)]) == 0
    return config


def _events(config: Path) -> dict[str, icalendar.Event]:
    data = (config.parent / "output" / "calendar.ics").read_bytes()
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def _uid_at(config: Path, start: str) -> str:
    events = json.loads((config.parent / "output" / "events.json").read_text(encoding="utf-8"))["events"]
    [uid] = [e["uid"] for e in events if e["start"] == start]
    return str(uid)


def _hhmm(event: icalendar.Event) -> str:
    return str(event["DTSTART"].dt.strftime("%H:%M %Z"))


def test_an_edit_is_published_at_once_and_survives_a_changed_source(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    uid = _uid_at(project, "2023-11-20T09:15:00+01:00")
    before = _events(project)[uid]
    assert main(["edit", uid, "--start", "2023-11-20T09:30", "--note", EDIT_NOTE, "--config", str(project)]) == 0
    after = _events(project)[uid]
    assert _hhmm(after) == "09:30 CET"
    assert after["DTEND"].dt - after["DTSTART"].dt == before["DTEND"].dt - before["DTSTART"].dt
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert f"Corrected: {EDIT_NOTE}" in str(after["DESCRIPTION"])
    assert getpass.getuser() not in (project.parent / "output" / "calendar.ics").read_text(encoding="utf-8")

    # The release now says 09:45: the editor's 09:30 stands, and the event asks for a look.
    source = project.parent / "nato.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("November, 09:15 (CET)", "November, 09:45 (CET)"),
                      encoding="utf-8")
    assert main(["build", "--config", str(project)]) == 0
    assert _hhmm(_events(project)[uid]) == "09:30 CET"
    capsys.readouterr()
    assert main(["review", "--config", str(project)]) == 0
    review = capsys.readouterr().out
    assert f"{uid}  Mon 20 Nov 2023, 09:30 CET" in review
    assert "the source now says 09:45 CET; you set 09:30 CET" in review

    assert main(["history", uid, "--config", str(project)]) == 0
    history = capsys.readouterr().out
    assert f"{getpass.getuser()}  set start='2023-11-20T09:30:00+01:00'" in history
    assert f"note: {EDIT_NOTE}" in history
    assert "needs review: the source now says 09:45 CET; you set 09:30 CET" in history

    # Confirmed as it is: off the queue, and nothing a subscriber sees changes.
    sequence = int(_events(project)[uid]["SEQUENCE"])
    assert main(["edit", uid, "--confirm", "--note", "09:30 stands", "--config", str(project)]) == 0
    capsys.readouterr()
    assert main(["review", "--config", str(project)]) == 0
    assert uid not in capsys.readouterr().out
    assert int(_events(project)[uid]["SEQUENCE"]) == sequence


def test_hide_show_merge_and_add(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kept = _uid_at(project, "2023-11-20T09:15:00+01:00")
    other = _uid_at(project, "2023-11-20T16:10:00+01:00")
    events = project.parent / "output" / "events"
    assert main(["edit", other, "--hide", "--note", "not public", "--by", "Evangelina", "--config", str(project)]) == 0
    assert other not in _events(project)
    assert not (events / f"{other}.ics").exists()
    assert main(["edit", other, "--show", "--note", "public after all", "--config", str(project)]) == 0
    assert int(_events(project)[other]["SEQUENCE"]) == 2
    assert main(["merge", kept, other, "--note", "one event", "--config", str(project)]) == 0
    assert other not in _events(project)
    assert kept in _events(project)
    capsys.readouterr()
    assert main(["history", other, "--config", str(project)]) == 0
    assert f"merged into {kept}" in capsys.readouterr().out

    assert main(["add", "--title", "Briefing on the summit", "--start", "2023-11-23T10:00", "--place", "Brussels",
                 "--note", "announced by phone", "--config", str(project)]) == 0
    uid = capsys.readouterr().out.split()[-1]
    added = _events(project)[uid]
    assert str(added["SUMMARY"]) == "Briefing on the summit"
    assert _hhmm(added) == "10:00 CET"
    assert added["DTEND"].dt - added["DTSTART"].dt == dt.timedelta(hours=1)
    feed = (project.parent / "output" / "feed.atom").read_text(encoding="utf-8")
    assert feed.index("[Corrected]") < feed.index("<title>Mon 06 Nov"), "corrected entries lead the feed"
    assert main(["edit", uid, "--title", "Briefing on the December summit", "--note", "retitled",
                 "--config", str(project)]) == 0
    assert str(_events(project)[uid]["SUMMARY"]) == "Briefing on the December summit"
    assert all(b"Evangelina" not in p.read_bytes() for p in (project.parent / "output").rglob("*") if p.is_file())


@pytest.mark.parametrize(("args", "message"), [
    (["edit", "presscal-000000000000000000000000", "--title", "X"], "no event has the UID"),
    (["edit", "{uid}", "--start", "2023-11-20T11:00", "--end", "2023-11-20T10:00"], "must come after the start"),
    (["edit", "{uid}"], "nothing to do"),
    (["merge", "{uid}", "{uid}"], "cannot be merged into itself"),
])
def test_a_wrong_edit_is_one_sentence_and_exit_1(project: Path, capsys: pytest.CaptureFixture[str],
                                                 args: list[str], message: str) -> None:
    uid = _uid_at(project, "2023-11-20T09:15:00+01:00")
    argv = [a.format(uid=uid) for a in args] + ["--note", "n", "--config", str(project)]
    capsys.readouterr()
    assert main(argv) == 1
    error = capsys.readouterr().err
    assert error.startswith("presscal: ")
    assert message in error
