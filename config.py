"""presscal's settings: one TOML file, every setting with a default and a line of help.

The file is found at `--config`, else at $PRESSCAL_CONFIG; without one,
presscal reads the bundled examples into a SQLite file, as `make run` does.
Every problem in a file is reported at once, as sentences (ConfigError).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytz

from feeds.ics import CalendarInfo
from model import ConfigError

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "examples" / "*.txt"
SOURCE_KINDS = ("bundle", "html", "rss")


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: object
    help: str


# The [calendar] table. The README documents each (tests/test_config.py checks it does).
SETTINGS: tuple[Setting, ...] = (
    Setting("name", "presscal events", "Calendar name shown by calendar apps and feed readers."),
    Setting("description", "Events announced in press releases, read by presscal.",
            "One line describing the calendar."),
    Setting("base_url", "http://127.0.0.1:8000", "Public URL the calendar is served at; links and ids use it."),
    Setting("timezone", "Europe/Brussels", "IANA zone for times that name no zone and no place."),
    Setting("database", "sqlite:///presscal.db", "SQLAlchemy URL of the store: sqlite:///FILE or postgresql://..."),
    Setting("output", "output", "Folder the rendered calendar, feed and page are written to."),
    Setting("refresh_minutes", 30, "How often sources are read again; also the calendar's REFRESH-INTERVAL."),
    Setting("numeric_dates", "", "How the sources write 03/04/2024: dmy, mdy, or empty to read only unambiguous ones."),
    Setting("refresh_token", "",
            "Secret that enables POST /refresh (Authorization: Bearer TOKEN); empty turns it off."),
)


# The keys of a [[sources]] table. The README documents each (tests/test_pages.py checks it does).
SOURCE_SETTINGS: tuple[Setting, ...] = (
    Setting("name", "", "The source's name, unique in the file; events and reports carry it."),
    Setting("path", "", "A file or glob, relative to the configuration file (this or url)."),
    Setting("url", "", "An http:// or https:// address (this or path)."),
    Setting("kind", "", "bundle, html or rss; empty to detect it."),
    Setting("timezone", "",
            "IANA zone of this source's times that name no zone and no place; empty for the calendar's."),
)


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    path: str = ""  # a file or glob, relative to the configuration file
    url: str = ""
    kind: str = ""  # bundle | html | rss; "" = detect
    timezone: str = ""  # the zone of its unlabelled times; "" = the calendar's


@dataclass(frozen=True, slots=True)
class Config:
    name: str = "presscal events"
    description: str = "Events announced in press releases, read by presscal."
    base_url: str = "http://127.0.0.1:8000"
    timezone: str = "Europe/Brussels"
    database: str = "sqlite:///presscal.db"
    output: Path = Path("output")
    refresh_minutes: int = 30
    numeric_dates: str = ""
    refresh_token: str = ""
    sources: tuple[Source, ...] = field(default_factory=lambda: (Source("examples", path=str(EXAMPLES)),))


def load(path: str | Path | None) -> Config:
    """The configuration in `path`, or the defaults when `path` is None."""
    if path is None:
        return Config()
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError([f"{file}: no such configuration file"]) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{file}: not valid TOML ({exc})"]) from exc
    try:
        return parse(data, file.parent)
    except ConfigError as exc:
        raise ConfigError(exc.problems, str(file)) from None


def parse(data: dict[str, object], base: Path) -> Config:
    """A Config from parsed TOML; relative paths are taken from `base`."""
    problems: list[str] = []
    calendar = data.get("calendar", {})
    if not isinstance(calendar, dict):
        problems.append("[calendar] must be a table")
        calendar = {}
    known = {s.key for s in SETTINGS}
    problems.extend(f"[calendar] has an unknown setting {key!r}" for key in calendar if key not in known)
    problems.extend(f"unknown table [{key}]" for key in data if key not in ("calendar", "sources"))
    values = {s.key: calendar.get(s.key, s.default) for s in SETTINGS}
    problems.extend(_check_calendar(values))
    sources = _sources(data.get("sources"), base, problems)
    if problems:
        raise ConfigError(problems)
    output = Path(str(values["output"]))
    return Config(
        name=str(values["name"]),
        description=str(values["description"]),
        base_url=str(values["base_url"]).rstrip("/"),
        timezone=str(values["timezone"]),
        database=_database_url(str(values["database"]), base),
        output=output if output.is_absolute() else base / output,
        refresh_minutes=int(values["refresh_minutes"]),  # type: ignore[call-overload]
        numeric_dates=str(values["numeric_dates"]),
        refresh_token=str(values["refresh_token"]),
        sources=sources or Config().sources,
    )


def _check_calendar(values: dict[str, object]) -> list[str]:
    problems = []
    for key in ("name", "description", "base_url", "timezone", "database", "output", "numeric_dates", "refresh_token"):
        if not isinstance(values[key], str):
            problems.append(f"[calendar] {key} must be a string, not {values[key]!r}")
    base_url = values["base_url"]
    if isinstance(base_url, str) and urlsplit(base_url).scheme not in ("http", "https"):
        problems.append(f"[calendar] base_url must start with http:// or https://, not {base_url!r}")
    elif isinstance(base_url, str) and not urlsplit(base_url).hostname:
        problems.append(f"[calendar] base_url must name a host, as in https://events.example.org, not {base_url!r}")
    if isinstance(values["timezone"], str) and values["timezone"] not in pytz.all_timezones_set:
        problems.append(f"[calendar] timezone {values['timezone']!r} is not an IANA time zone (e.g. Europe/Brussels)")
    minutes = values["refresh_minutes"]
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 10080:
        problems.append(f"[calendar] refresh_minutes must be a whole number from 1 to 10080, not {minutes!r}")
    token = values["refresh_token"]
    if isinstance(token, str) and token and len(token) < 16:
        problems.append("[calendar] refresh_token must be at least 16 characters long "
                        "(or empty, to turn POST /refresh off)")
    if values["numeric_dates"] not in ("", "dmy", "mdy"):
        problems.append(f"[calendar] numeric_dates must be dmy, mdy or empty, not {values['numeric_dates']!r}")
    database = values["database"]
    if isinstance(database, str) and not database.startswith(("sqlite:///", "postgresql://", "postgresql+")):
        problems.append(f"[calendar] database must be sqlite:///FILE or postgresql://..., not {database!r}")
    return problems


def _sources(raw: object, base: Path, problems: list[str]) -> tuple[Source, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append("[[sources]] must be an array of tables")
        return ()
    sources = []
    names = set()
    for number, item in enumerate(raw, 1):
        where = f"source {number}"
        if not isinstance(item, dict):
            problems.append(f"{where} must be a table")
            continue
        name = item.get("name", "")
        where = f"source {number} ({name})" if name else where
        unknown = set(item) - {s.key for s in SOURCE_SETTINGS}
        problems.extend(f"{where} has an unknown key {key!r}" for key in sorted(unknown))
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where} needs a name (a string)")
        elif name in names:
            problems.append(f"{where}: the name {name!r} is used twice")
        else:
            names.add(name)
        path, url, kind = item.get("path", ""), item.get("url", ""), item.get("kind", "")
        for key, value in (("path", path), ("url", url), ("kind", kind)):
            if not isinstance(value, str):
                problems.append(f"{where}: {key} must be a string, not {value!r}")
        if not all(isinstance(v, str) for v in (path, url, kind)):
            continue
        if bool(path) == bool(url):
            problems.append(f"{where} needs exactly one of path or url")
        if url and (not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https")):
            problems.append(f"{where}: url must start with http:// or https://, not {url!r}")
        if kind not in ("", *SOURCE_KINDS):
            problems.append(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}, not {kind!r}")
        zone = item.get("timezone", "")
        if zone and (not isinstance(zone, str) or zone not in pytz.all_timezones_set):
            problems.append(f"{where}: timezone {zone!r} is not an IANA time zone (e.g. America/New_York)")
            zone = ""
        if path and isinstance(path, str) and not Path(path).is_absolute():
            path = str(base / path)
        sources.append(Source(str(name), str(path), str(url), str(kind), str(zone)))
    return tuple(sources)


def _database_url(url: str, base: Path) -> str:
    """A relative SQLite path is relative to the configuration file, like every other path;
    postgresql:// means the psycopg 3 driver (the `postgres` extra), not SQLAlchemy's default psycopg2."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        return prefix + str(base / url[len(prefix) :])
    return url


def calendar_info(config: Config) -> CalendarInfo:
    """What the renderers need to know of the calendar as a whole."""
    return CalendarInfo(name=config.name, description=config.description, base_url=config.base_url,
                        refresh_minutes=config.refresh_minutes)
