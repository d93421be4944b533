"""presscal's settings: one TOML file, every setting with a default and a line of help.

The file is found at `--config`, else at $PRESSCAL_CONFIG; without one,
presscal reads the bundled examples into a SQLite file, as `make run` does.
Every problem in a file is reported at once, as sentences (ConfigError).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
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
    Setting("admin_token", "", "Secret editors sign in to /admin with (16 characters or more); empty: no token."),
    Setting("admin_password_hash", "",
            "Werkzeug hash of a password editors sign in to /admin with; with no token either, /admin is off."),
    Setting("admin_secret", "",
            "Key that signs the editors' session cookies; empty: one is made once in the store's folder."),
)


# Keys of a [[sources]] table beyond name, path, url and kind. The README documents each
# (tests/test_faults.py checks it does).
SOURCE_SETTINGS: tuple[Setting, ...] = (
    Setting("allow_private_urls", False,
            "Let links and redirects found in the source reach private, loopback and link-local addresses."),
    Setting("item_pages", 50, "At most this many item pages of a feed are fetched in one refresh."),
    Setting("item_seconds", 120, "Time budget of one refresh for a feed's item pages; the rest wait for the next."),
)


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    path: str = ""  # a file or glob, relative to the configuration file
    url: str = ""
    kind: str = ""  # bundle | html | rss; "" = detect
    allow_private_urls: bool = False
    item_pages: int = 50
    item_seconds: float = 120


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
    admin_token: str = ""
    admin_password_hash: str = ""
    admin_secret: str = ""
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
        admin_token=str(values["admin_token"]),
        admin_password_hash=str(values["admin_password_hash"]),
        admin_secret=str(values["admin_secret"]),
        sources=sources or Config().sources,
    )


def _check_calendar(values: dict[str, object]) -> list[str]:
    problems = []
    for key in ("name", "description", "base_url", "timezone", "database", "output", "numeric_dates", "refresh_token",
                "admin_token", "admin_password_hash", "admin_secret"):
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
    problems.extend(_check_admin(values))
    if values["numeric_dates"] not in ("", "dmy", "mdy"):
        problems.append(f"[calendar] numeric_dates must be dmy, mdy or empty, not {values['numeric_dates']!r}")
    database = values["database"]
    if isinstance(database, str) and not database.startswith(("sqlite:///", "postgresql://", "postgresql+")):
        problems.append(f"[calendar] database must be sqlite:///FILE or postgresql://..., not {database!r}")
    return problems


def _check_admin(values: dict[str, object]) -> list[str]:
    problems = []
    token, hashed, secret = values["admin_token"], values["admin_password_hash"], values["admin_secret"]
    if isinstance(token, str) and token and len(token) < 16:
        problems.append("[calendar] admin_token must be at least 16 characters long (or empty)")
    if isinstance(hashed, str) and hashed and (hashed.count("$") != 2 or ":" not in hashed.split("$")[0]):
        problems.append("[calendar] admin_password_hash must be a hash made by werkzeug.security."
                        "generate_password_hash, as in scrypt:32768:8:1$SALT$HASH")
    if isinstance(secret, str) and secret and len(secret) < 32:
        problems.append("[calendar] admin_secret must be at least 32 characters long (or empty, to make one)")
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
        unknown = set(item) - {"name", "path", "url", "kind"} - {s.key for s in SOURCE_SETTINGS}
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
        if path and isinstance(path, str) and not Path(path).is_absolute():
            path = str(base / path)
        sources.append(Source(str(name), str(path), str(url), str(kind), **_source_settings(item, where, problems)))
    return tuple(sources)


def _source_settings(item: dict[str, object], where: str, problems: list[str]) -> dict[str, object]:
    values = {s.key: item.get(s.key, s.default) for s in SOURCE_SETTINGS}
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
