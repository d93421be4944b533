"""A database that fails reaches people as a sentence: which database (password masked), what
failed and why; never SQL, parameters or a traceback. Real files, a real server, a real closed port."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

import config as settings
from model import StoreError
from scheduler import refresh_job
from store import Store

from .conftest import SAMPLE
from .http_server import unused_port_fixture  # noqa: F401 (the fixture)

PRESSCAL = Path(sys.executable).parent / "presscal"
SECRET = "s3cret-Pass"


def _sentence(message: str) -> str:
    """The message, checked to be one line without SQL or a secret."""
    assert "\n" not in message
    for leak in ("SELECT", "INSERT", "UPDATE ", "CREATE", "[SQL", "[parameters", "Traceback", SECRET):
        assert leak not in message, message
    return message


def _unreachable(port: int) -> str:
    return f"postgresql+psycopg://presscal:{SECRET}@127.0.0.1:{port}/presscal"


def test_a_sqlite_file_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "presscal.db"
    with pytest.raises(StoreError) as failed:
        Store(f"sqlite:///{path}")
    message = _sentence(str(failed.value))
    assert message.startswith(f"database sqlite:///{path}: opening the store failed: ")
    assert "cannot be opened" in message


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are notes, not a database.\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as failed:
        Store(f"sqlite:///{path}")
    assert "is not a SQLite database" in _sentence(str(failed.value))


def test_a_server_that_does_not_answer(unused_port: int) -> None:
    with pytest.raises(StoreError) as failed:
        Store(_unreachable(unused_port))
    message = _sentence(str(failed.value))
    assert message.startswith(f"database postgresql+psycopg://presscal:***@127.0.0.1:{unused_port}/presscal: ")
    assert "the server does not answer" in message


def test_a_wrong_password_and_a_missing_database(postgres_url: str) -> None:
    url = sa.make_url(postgres_url)
    with pytest.raises(StoreError) as refused:
        Store(url.set(password=SECRET).render_as_string(hide_password=False))
    assert "refused the user name or password" in _sentence(str(refused.value))
    with pytest.raises(StoreError) as missing:
        Store(url.set(database="presscal_nowhere").render_as_string(hide_password=False))
    assert _sentence(str(missing.value)).endswith('failed: database "presscal_nowhere" does not exist')


def test_a_locked_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "presscal.db"
    store = Store(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process is writing and does not let go
        with pytest.raises(StoreError) as failed:
            store.set_meta("published", "{}")
        message = _sentence(str(failed.value))
        assert message.startswith(f"database sqlite:///{path}: writing the store's notes failed: ")
        assert "locked by another process" in message
    finally:
        other.close()
        store.close()


@pytest.mark.parametrize("command", ["build", "sources", "worker"])
def test_the_commands_say_it_in_one_line_and_exit_1(tmp_path: Path, unused_port: int, command: str) -> None:
    config = tmp_path / "presscal.toml"
    config.write_text(f'[calendar]\ndatabase = "{_unreachable(unused_port)}"\noutput = "output"\n\n'
                      f'[[sources]]\nname = "nato"\npath = "{SAMPLE}"\n', encoding="utf-8")
    result = subprocess.run([str(PRESSCAL), command, "--config", str(config)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 1
    [line] = [x for x in result.stderr.splitlines() if x]
    assert _sentence(line).startswith("presscal: database postgresql+psycopg://presscal:***@")
    assert "the server does not answer" in line
    assert not (tmp_path / "output").exists()


def test_a_worker_run_that_cannot_reach_the_database_logs_a_sentence(
    unused_port: int, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    config = settings.Config(database=_unreachable(unused_port), output=tmp_path / "output",
                             sources=(settings.Source("nato", path=str(SAMPLE)),))
    with caplog.at_level(logging.ERROR, logger="presscal.scheduler"):
        refresh_job(config)()  # does not raise: the next scheduled run tries again
    [record] = caplog.records
    assert record.exc_info is None
    assert _sentence(record.getMessage()).startswith("refresh failed: database postgresql+psycopg://presscal:***@")
