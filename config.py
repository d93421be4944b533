"""presscal's settings: one TOML file, every setting with a default and a line of help.

The file is found at `--config`, else at $PRESSCAL_CONFIG; without one,
presscal reads the bundled examples into a SQLite file, as `make run` does.
Every problem in a file is reported at once, as sentences (ConfigError).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field, make_dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytz

from model import CalendarInfo, ConfigError


def _examples_folder() -> Path:
    """examples/ of the checkout, which an install ships as the data-only package presscal_examples."""
    spec = importlib.util.find_spec("presscal_examples")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parent / "examples"


EXAMPLES = _examples_folder() / "*.txt"
SOURCE_KINDS = ("bundle", "html", "rss")


def _http_url(url: str) -> str:
    if urlsplit(url).scheme not in ("http", "https"):
        return f"must start with http:// or https://, not {url!r}"
    if not urlsplit(url).hostname:
        return f"must name a host, as in https://events.example.org, not {url!r}"
    return ""


def _zone(name: str) -> str:
    return "" if name in pytz.all_timezones_set else f"{name!r} is not an IANA time zone (e.g. Europe/Brussels)"


def _whole(low: int, high: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return ""
        return f"must be a whole number from {low} to {high}, not {value!r}"
    return check


def _secret(length: int, empty: str) -> Callable[[Any], str]:
    """A secret is off when empty, else long enough to resist guessing."""
    return lambda value: f"must be at least {length} characters long ({empty})" if 0 < len(value) < length else ""


def _password_hash(hashed: str) -> str:
    if hashed and (hashed.count("$") != 2 or ":" not in hashed.split("$")[0]):
        return "must be a hash made by werkzeug.security.generate_password_hash, as in scrypt:32768:8:1$SALT$HASH"
    return ""


def _database(url: str) -> str:
    if url.startswith(("sqlite:///", "postgresql://", "postgresql+")):
        return ""
    return f"must be sqlite:///FILE or postgresql://..., not {url!r}"


def _relative_path(value: str, base: Path) -> Path:
    path = Path(value)
    return path if path.is_absolute() else base / path


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: object
    help: str
    kind: type = str  # what Config holds; a str or Path setting must be a string in the file
    checks: tuple[Callable[[Any], str], ...] = ()  # each: what is wrong with a value of the right kind, or ""
    read: Callable[[Any, Path], object] | None = None  # the value as Config holds it, from the file's folder

    def problems(self, value: object) -> list[str]:
        if self.kind in (str, Path) and not isinstance(value, str):
            return [f"[calendar] {self.key} must be a string, not {value!r}"]
        return [f"[calendar] {self.key} {wrong}" for wrong in (check(value) for check in self.checks) if wrong]

    def value(self, raw: object, base: Path) -> object:
        return self.read(raw, base) if self.read is not None else self.kind(raw)


# The [calendar] table: one row a setting. Config, its defaults and its checks are made from
# these rows; the README documents each (tests/test_config.py checks it does).
SETTINGS: tuple[Setting, ...] = (
    Setting("name", "presscal events", "Calendar name shown by calendar apps and feed readers."),
    Setting("description", "Events announced in press releases, read by presscal.",
            "One line describing the calendar."),
    Setting("base_url", "http://127.0.0.1:8000", "Public URL the calendar is served at; links and ids use it.",
            checks=(_http_url,), read=lambda url, _: url.rstrip("/")),
    Setting("timezone", "Europe/Brussels", "IANA zone for times that name no zone and no place.", checks=(_zone,)),
    Setting("database", "sqlite:///presscal.db", "SQLAlchemy URL of the store: sqlite:///FILE or postgresql://...",
            checks=(_database,), read=lambda url, base: _database_url(url, base)),
    Setting("output", "output", "Folder the rendered calendar, feed and page are written to.",
            kind=Path, read=_relative_path),
    Setting("refresh_minutes", 30, "How often sources are read again; also the calendar's REFRESH-INTERVAL.",
            kind=int, checks=(_whole(1, 10080),)),
    Setting("numeric_dates", "", "How the sources write 03/04/2024: dmy, mdy, or empty to read only unambiguous ones.",
            checks=(lambda v: "" if v in ("", "dmy", "mdy") else f"must be dmy, mdy or empty, not {v!r}",)),
    Setting("refresh_token", "",
            "Secret that enables POST /refresh (Authorization: Bearer TOKEN); empty turns it off.",
            checks=(_secret(16, "or empty, to turn POST /refresh off"),)),
    Setting("admin_token", "", "Secret editors sign in to /admin with (16 characters or more); empty: no token.",
            checks=(_secret(16, "or empty"),)),
    Setting("admin_password_hash", "",
            "Werkzeug hash of a password editors sign in to /admin with; with no token either, /admin is off.",
            checks=(_password_hash,)),
    Setting("admin_secret", "",
            "Key that signs the editors' session cookies; empty: one is made once in the store's folder.",
            checks=(_secret(32, "or empty, to make one"),)),
)


# The keys of a [[sources]] table. The README documents each (tests/test_faults.py checks it does).
SOURCE_SETTINGS: tuple[Setting, ...] = (
    Setting("name", "", "The source's name, unique in the file; events and reports carry it."),
    Setting("path", "", "A file or glob, relative to the configuration file (this or url)."),
    Setting("url", "", "An http:// or https:// address (this or path)."),
    Setting("kind", "", "bundle, html or rss; empty to detect it."),
    Setting("timezone", "",
            "IANA zone of this source's times that name no zone and no place; empty for the calendar's."),
    Setting("allow_private_urls", False,
            "Let links and redirects found in the source reach private, loopback and link-local addresses."),
    Setting("item_pages", 50, "At most this many item pages of a feed are fetched in one refresh."),
    Setting("item_seconds", 120, "Time budget of one refresh for a feed's item pages; the rest wait for the next."),
)
_FETCHING = ("allow_private_urls", "item_pages", "item_seconds")  # checked by _source_settings


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    path: str = ""  # a file or glob, relative to the configuration file
    url: str = ""
    kind: str = ""  # bundle | html | rss; "" = detect
    allow_private_urls: bool = False
    item_pages: int = 50
    item_seconds: float = 120
    timezone: str = ""  # the zone of its unlabelled times; "" = the calendar's


# The settings, read: one field a row of SETTINGS, with its default, and the sources.
Config = make_dataclass(
    "Config",
    [*((s.key, s.kind, field(default=s.kind(s.default))) for s in SETTINGS),
     ("sources", tuple[Source, ...], field(default_factory=lambda: (Source("examples", path=str(EXAMPLES)),)))],
    frozen=True, slots=True,
)
Config.__module__ = __name__  # for pickle and messages (make_dataclass has no module= before Python 3.12)
Config.__doc__ = "presscal's settings: the [calendar] table (SETTINGS) and the [[sources]]."


def load(path: str | Path | None) -> Config:
    """The configuration in `path`, or the defaults when `path` is None."""
    if path is None:
        return Config()
    import tomllib  # here, not at the top: most runs of `presscal extract` read no configuration file

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
    problems.extend(p for s in SETTINGS for p in s.problems(values[s.key]))
    sources = _sources(data.get("sources"), base, problems)
    if problems:
        raise ConfigError(problems)
    read = {s.key: s.value(values[s.key], base) for s in SETTINGS}
    return Config(**read, sources=sources or Config().sources)  # type: ignore[call-arg]


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
        sources.append(Source(str(name), str(path), str(url), str(kind), timezone=str(zone),
                              **_source_settings(item, where, problems)))
    return tuple(sources)


def _source_settings(item: dict[str, object], where: str, problems: list[str]) -> dict[str, object]:
    values = {s.key: item.get(s.key, s.default) for s in SOURCE_SETTINGS if s.key in _FETCHING}
    if not isinstance(values["allow_private_urls"], bool):
        problems.append(f"{where}: allow_private_urls must be true or false, not {values['allow_private_urls']!r}")
    pages = values["item_pages"]
    if not isinstance(pages, int) or isinstance(pages, bool) or not 0 <= pages <= 1000:
        problems.append(f"{where}: item_pages must be a whole number from 0 to 1000, not {pages!r}")
    seconds = values["item_seconds"]
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not 0 < seconds <= 3600:
        problems.append(f"{where}: item_seconds must be a number of seconds from 0 to 3600, not {seconds!r}")
    return values


def _database_url(url: str, base: Path) -> str:
    """A relative SQLite path is relative to the configuration file, like every other path;
    postgresql:// means the psycopg 3 driver (the `postgres` extra), not SQLAlchemy's default psycopg2."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        return prefix + str(base / url[len(prefix) :])
    return url


def calendar_today(config: Config, now: dt.datetime) -> dt.date:
    """The calendar's day at `now`, in its zone: the one "today" of the page, /subscribe and what stays published."""
    return now.astimezone(pytz.timezone(config.timezone)).date()


def calendar_info(config: Config) -> CalendarInfo:
    """What the renderers need to know of the calendar as a whole."""
    return CalendarInfo(name=config.name, description=config.description, base_url=config.base_url,
                        refresh_minutes=config.refresh_minutes)
