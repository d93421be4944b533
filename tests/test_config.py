"""Settings: defaults, a full file, every problem of a bad file at once, and the README's table."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import config as settings
from model import ConfigError

README = Path(__file__).resolve().parent.parent / "README.md"

FULL = """\
[calendar]
name = "NATO events"
description = "What NATO announces."
base_url = "https://events.example.org/"
timezone = "Europe/Vilnius"
database = "sqlite:///data/presscal.db"
output = "public"
refresh_minutes = 15
numeric_dates = "dmy"

[[sources]]
name = "nato-news"
path = "examples/*.txt"

[[sources]]
name = "absolute"
path = "/srv/news/bundle.txt"
kind = "bundle"
"""

INVALID = """\
[calendar]
colour = "blue"
timezone = "Mars/Olympus_Mons"
refresh_minutes = 0
base_url = "events.example.org"

[[sources]]
name = "both"
path = "news.txt"
url = "https://example.org/news.rss"

[[sources]]
name = "twice"
path = "a.txt"

[[sources]]
name = "twice"
path = "b.txt"
kind = "pdf"
"""


def _write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "conf"
    folder.mkdir()
    path = folder / "presscal.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_defaults() -> None:
    loaded = settings.load(None)
    assert loaded == settings.Config()
    for setting in settings.SETTINGS:
        value = getattr(loaded, setting.key)
        assert (str(value) if isinstance(value, Path) else value) == setting.default, setting.key
    [source] = loaded.sources
    assert source.path == str(settings.EXAMPLES)
    assert Path(source.path).parent.is_dir()


def test_config_is_made_from_the_settings() -> None:
    """A new setting is one row of SETTINGS (and its README line): Config has exactly those fields."""
    fields = [f.name for f in dataclasses.fields(settings.Config)]
    assert fields == [s.key for s in settings.SETTINGS] + ["sources"]


def test_a_full_file_loads_with_paths_relative_to_it(tmp_path: Path) -> None:
    path = _write(tmp_path, FULL)
    loaded = settings.load(path)
    folder = path.parent
    assert loaded.name == "NATO events"
    assert loaded.description == "What NATO announces."
    assert loaded.base_url == "https://events.example.org"
    assert loaded.timezone == "Europe/Vilnius"
    assert loaded.database == f"sqlite:///{folder / 'data' / 'presscal.db'}"
    assert loaded.output == folder / "public"
    assert loaded.refresh_minutes == 15
    assert loaded.numeric_dates == "dmy"
    assert loaded.sources == (
        settings.Source("nato-news", path=str(folder / "examples" / "*.txt")),
        settings.Source("absolute", path="/srv/news/bundle.txt", kind="bundle"),
    )


def test_the_readme_example_loads(tmp_path: Path) -> None:
    block = re.search(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert block is not None
    path = _write(tmp_path, block.group(1))
    loaded = settings.load(path)
    assert loaded.name == "NATO events"
    assert loaded.output == path.parent / "output"
    assert loaded.database == f"sqlite:///{path.parent / 'presscal.db'}"
    assert [s.name for s in loaded.sources] == ["nato-news"]


def test_absolute_and_memory_databases_are_kept(tmp_path: Path) -> None:
    cases = {
        f"sqlite:///{tmp_path / 'x.db'}": f"sqlite:///{tmp_path / 'x.db'}",
        "sqlite:///:memory:": "sqlite:///:memory:",
        "postgresql+psycopg://user@host/db": "postgresql+psycopg://user@host/db",
        # Plain postgresql:// would make SQLAlchemy look for psycopg2; presscal ships psycopg 3.
        "postgresql://user@host/db": "postgresql+psycopg://user@host/db",
    }
    for number, (url, expected) in enumerate(cases.items()):
        folder = tmp_path / f"conf{number}"
        folder.mkdir()
        path = folder / "presscal.toml"
        path.write_text(f'[calendar]\ndatabase = "{url}"\n', encoding="utf-8")
        assert settings.load(path).database == expected


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = _write(tmp_path, INVALID)
    with pytest.raises(ConfigError) as caught:
        settings.load(path)
    problems = caught.value.problems
    expected = {
        "unknown key": r"unknown setting 'colour'",
        "bad timezone": r"timezone 'Mars/Olympus_Mons' is not an IANA time zone",
        "refresh_minutes": r"refresh_minutes must be .* not 0",
        "base_url": r"base_url must start with http:// or https://, not 'events\.example\.org'",
        "path and url": r"source 1 \(both\) needs exactly one of path or url",
        "duplicate name": r"source 3 \(twice\).*'twice' is used twice",
        "unknown kind": r"source 3 \(twice\): kind must be one of .*not 'pdf'",
    }
    for what, pattern in expected.items():
        assert any(re.search(pattern, p) for p in problems), f"{what} not reported in {problems}"
    assert len(problems) == len(expected)
    message = str(caught.value)
    assert all(p in message for p in problems)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("[calendar\nname = 1\n", r"not valid TOML"),
        ('[calendar]\nname = 3\n', r"name must be a string"),
        ('[calendar]\nrefresh_minutes = true\n', r"refresh_minutes must be"),
        ('[calendar]\nrefresh_minutes = 10081\n', r"refresh_minutes must be"),
        ('[calendar]\nnumeric_dates = "ymd"\n', r"numeric_dates must be dmy, mdy or empty"),
        ('[calendar]\ndatabase = "mysql://x"\n', r"database must be sqlite:///FILE or postgresql"),
        ('[calendars]\nname = "x"\n', r"unknown table \[calendars\]"),
        ('[[sources]]\npath = "a.txt"\n', r"source 1 needs a name"),
        ('[[sources]]\nname = "x"\n', r"needs exactly one of path or url"),
        ('[[sources]]\nname = "x"\nurl = "ftp://example.org/a"\n', r"url must start with http"),
        ('[[sources]]\nname = "x"\npath = "a.txt"\nglob = "*"\n', r"unknown key 'glob'"),
    ],
)
def test_single_problems(tmp_path: Path, text: str, pattern: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        settings.load(path)
    assert any(re.search(pattern, p) for p in caught.value.problems), caught.value.problems


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        settings.load(tmp_path / "absent.toml")


def _readme_settings() -> dict[str, tuple[str, str]]:
    """The README's settings table: key -> (default, meaning), as written."""
    text = README.read_text(encoding="utf-8")
    header = text.index("| setting | default | meaning |")
    rows: dict[str, tuple[str, str]] = {}
    for line in text[header:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        assert len(cells) == 3, line
        key, default, meaning = cells
        rows[key.strip("`")] = (default, meaning)
    return rows


def _as_written(default: object) -> str:
    return "(empty)" if default == "" else f"`{default}`"


def test_the_readme_documents_every_setting() -> None:
    rows = _readme_settings()
    assert set(rows) == {s.key for s in settings.SETTINGS}
    for setting in settings.SETTINGS:
        default, _ = rows[setting.key]
        assert default == _as_written(setting.default), setting.key


def test_the_readme_meanings_match_the_settings_help() -> None:
    rows = _readme_settings()
    for setting in settings.SETTINGS:
        _, meaning = rows[setting.key]
        # Code spans and a sentence's closing full stop are the README's typography, not its content.
        assert meaning.replace("`", "").rstrip(".") == setting.help.rstrip("."), setting.key


def test_a_source_name_that_is_not_a_string_is_a_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[sources]]\nname = ["nato"]\npath = "a.txt"\n')
    with pytest.raises(ConfigError) as caught:
        settings.load(path)
    assert any("needs a name" in p for p in caught.value.problems)


def test_a_source_path_that_is_not_a_string_is_a_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[sources]]\nname = "nato"\npath = 5\n')
    with pytest.raises(ConfigError, match="path"):
        settings.load(path)


def test_a_base_url_without_a_host_is_a_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, '[calendar]\nbase_url = "http://"\n')
    with pytest.raises(ConfigError, match="base_url"):
        settings.load(path)
