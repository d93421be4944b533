"""Shared fixtures: the sample corpus, a built output folder, the Flask app and client."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import config as settings
from model import Event
from parsers import extract

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
GOLDEN = Path(__file__).parent / "golden"
SAMPLE = CORPUS / "nato-2023-11.txt"
# The sample's items are from November 2023; any later day works as the reference,
# since every date in it has a year in its own article.
REFERENCE = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_events(sample_text: str) -> list[Event]:
    return extract(sample_text, source="nato-2023-11", reference=REFERENCE).events


@pytest.fixture
def make_config(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A Config whose database and output live in this test's own folder."""

    def make(*sources: settings.Source, **overrides: object) -> settings.Config:
        values: dict[str, object] = {
            "database": f"sqlite:///{tmp_path / 'presscal.db'}",
            "output": tmp_path / "output",
            "sources": sources or (settings.Source("nato", path=str(SAMPLE)),),
        }
        values.update(overrides)
        return settings.Config(**values)  # type: ignore[arg-type]

    return make
