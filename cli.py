"""`presscal ...`: the command line, and its one error boundary.

    presscal extract FILE... --format ics|atom|json [--reference-date YYYY-MM-DD] [--timezone ZONE]
    presscal read    URL|FILE [--kind html|rss|bundle] [--timezone ZONE] [--no-text]
    presscal build   [--config FILE] [--dry-run]
    presscal serve   [--config FILE] [--host 127.0.0.1] [--port 8000]   (on waitress)

Errors reach people as one sentence on stderr and a non-zero exit; the
traceback only with -v.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import patterncache  # noqa: F401 (first: importing it fills re's cache, so the parsers' patterns come compiled)

# isort: split
import config as settings
from model import PresscalError, SourceError
from sources import decode, read_bytes

if TYPE_CHECKING:
    from model import Article
    from refresh import Report

EXIT_ERROR = 1
EXIT_UNEXPECTED = 2  # as usage errors do, from argparse
# Commands defined here; any other command line may name an editors' command (cli_edit).
_OWN_COMMANDS = frozenset({"extract", "read", "build", "sources", "worker", "serve"})


def main(argv: Sequence[str] | None = None) -> int:
    """The one error boundary: a sentence for every error, a traceback only with --verbose."""
    given = sys.argv[1:] if argv is None else list(argv)
    # The first word that is no option names the command; a help option before it asks for all of them.
    command = next((arg for arg in given if not arg.startswith("-") or arg in ("-h", "--help")), "")
    parser = _parser(editors=command not in _OWN_COMMANDS)
    args = parser.parse_args(given)
    try:
        return int(args.run(args))
    except PresscalError as exc:
        if args.verbose:
            _print_traceback()
        print(f"presscal: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug or an error nobody translated: still a sentence, never a raw traceback
        if args.verbose:
            _print_traceback()
        print(unexpected(exc, args.verbose), file=sys.stderr)
        return EXIT_UNEXPECTED


def _print_traceback() -> None:
    import traceback  # here, not at the top: it loads only for the runs that print one

    traceback.print_exc()


def unexpected(exc: Exception, verbose: bool = False) -> str:
    """The one line for an error presscal did not expect: its type and the first line of its message."""
    lines = str(exc).strip().splitlines()
    hint = "" if verbose else "; run with --verbose for the traceback"
    return f"presscal: unexpected error ({type(exc).__name__}: {lines[0] if lines else 'no message'}){hint}"


def _parser(editors: bool = True) -> argparse.ArgumentParser:
    """The command line; `editors=False` leaves out the editors' commands, whose modules take a while to load."""
    parser = argparse.ArgumentParser(prog="presscal", description="Press releases -> calendar and feed.")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of errors")
    # Also after the command (`presscal build -v`); SUPPRESS keeps a -v given before it.
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                         help="show tracebacks of errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _reading_commands(commands, verbose)
    _store_commands(commands, verbose)
    if editors:
        from cli_edit import add_commands  # not loaded for `extract`, which scripts run on every file

        add_commands(commands)  # edit, add, merge, history, review: the editors' commands
    return parser


def _reading_commands(commands: Any, verbose: argparse.ArgumentParser) -> None:
    """`extract` and `read`: what presscal reads in files, pages and feeds, without the store."""
    extract_cmd = commands.add_parser("extract", parents=[verbose],
                                      help="print the events of files (no store, no output/)")
    extract_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract_cmd.add_argument("--format", choices=("ics", "atom", "json"), default="ics")
    extract_cmd.add_argument("--reference-date", type=_date, default=None,
                             help="date standing in for the items' publication date (default: today)")
    extract_cmd.add_argument("--timezone", type=_zone, default=None,
                             help="IANA zone for times that name no zone and no place (default: the configured one)")
    extract_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    extract_cmd.set_defaults(run=_extract)

    read_cmd = commands.add_parser("read", parents=[verbose],
                                   help="show what presscal reads in a page, feed or file, and its events")
    read_cmd.add_argument("where", metavar="URL|FILE")
    read_cmd.add_argument("--kind", choices=settings.SOURCE_KINDS, default="", help="default: detected")
    read_cmd.add_argument("--timezone", default="", help="zone of times that name none (default: the calendar's)")
    read_cmd.add_argument("--reference-date", type=_date, default=None,
                          help="date standing in for a publication date the text lacks (default: today)")
    read_cmd.add_argument("--no-text", action="store_true", help="show the title, date and events, not the text")
    read_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    read_cmd.set_defaults(run=_read)


def _store_commands(commands: Any, verbose: argparse.ArgumentParser) -> None:
    """`build`, `sources`, `worker` and `serve`: the store, output/ and the web server."""
    build_cmd = commands.add_parser("build", parents=[verbose],
                                    help="read the sources into the store and write output/")
    build_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    build_cmd.add_argument("--force", action="store_true",
                           help="read unchanged and backing-off sources, and publish even an empty calendar")
    build_cmd.add_argument("--dry-run", action="store_true",
                           help="read every source and print what would change; write nothing")
    build_cmd.set_defaults(run=_build)

    sources_cmd = commands.add_parser("sources", parents=[verbose],
                                      help="show each source's last success, last error and counts")
    sources_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    sources_cmd.set_defaults(run=_sources)

    worker_cmd = commands.add_parser("worker", parents=[verbose], help="run only the scheduled refresh (no web server)")
    worker_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    worker_cmd.set_defaults(run=_worker)

    serve_cmd = commands.add_parser("serve", parents=[verbose], help="build, then serve the calendar over HTTP")
    serve_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    serve_cmd.add_argument("--host", default="127.0.0.1")
    serve_cmd.add_argument("--port", type=int, default=8000)
    serve_cmd.add_argument("--no-scheduler", action="store_true",
                           help="do not refresh in the background (when `presscal worker` does it)")
    serve_cmd.set_defaults(run=_serve)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from exc


def _zone(text: str) -> str:
    import pytz

    if text not in pytz.all_timezones_set:
        raise argparse.ArgumentTypeError(f"not an IANA time zone (e.g. Europe/Brussels): {text!r}")
    return text


def _extract(args: argparse.Namespace) -> int:
    # Imported here, not at the top: `extract` needs no store, and SQLAlchemy takes a fifth of a second to import.
    from parallel import article_map
    from parsers import extract_articles

    config = settings.load(args.config)
    reference = args.reference_date or settings.calendar_today(config, dt.datetime.now(dt.UTC))
    events = []
    failed = False
    for path in args.files:
        try:
            articles = _file_articles(path, args.timezone or config.timezone)
        except SourceError as exc:
            print(f"presscal: {exc}", file=sys.stderr)
            failed = True
            continue
        # A large bundle is read on every core; this process loads the writers while the workers read.
        with article_map(articles, meanwhile=_load_writers) as map_articles:
            found = extract_articles(articles, reference=reference, default_zone=args.timezone or config.timezone,
                                     zone_given=bool(args.timezone),
                                     numeric_order=config.numeric_dates, map_articles=map_articles)
        for problem in found.problems:
            print(f"presscal: {path}: {problem}", file=sys.stderr)
        events.extend(found.events)
    from feeds.events_json import render_json
    from feeds.ics import render_calendar
    from merge_plan import standing

    events = standing(events)  # what `build` would publish: no lone cancellation, notices applied
    info = settings.calendar_info(config)
    if args.format == "atom":
        from feeds.atom import render_feed  # feedgen and lxml load only when asked for

        output = render_feed(events, info)
    else:
        output = render_calendar(events, info) if args.format == "ics" else render_json(events)
    sys.stdout.buffer.write(output)
    sys.stdout.buffer.flush()
    return EXIT_ERROR if failed else 0


def _load_writers() -> None:
    """The modules `extract` writes with (icalendar takes three hundredths of a second to import)."""
    import importlib

    for module in ("feeds.events_json", "feeds.ics", "merge_plan"):
        importlib.import_module(module)


def _file_articles(path: Path, zone: str) -> list[Article]:
    """The articles of one file: a bundle split into its items, or a saved page or feed read as `build` reads it."""
    from parsers.bundle import split_bundle
    from sources import file_kind, read_source

    data = read_bytes(path)
    kind = file_kind(path, data)
    if kind == "bundle":
        return split_bundle(decode(data, str(path)), path.stem)
    read = read_source(settings.Source(name=path.stem, path=str(path), kind=kind, timezone=zone))
    for problem in read.problems:
        print(f"presscal: {problem}", file=sys.stderr)
    return read.articles


def _read(args: argparse.Namespace) -> int:
    """Each article of URL|FILE: title, publication date, text, and each event with the sentence it came from."""
    from parsers import extract_articles
    from sources import read_source

    config = settings.load(args.config)
    zone = args.timezone or config.timezone
    if zone not in settings.pytz.all_timezones_set:
        raise PresscalError(f"{zone!r} is not an IANA time zone (e.g. Europe/Brussels)")
    is_url = args.where.startswith(("http://", "https://"))
    source = settings.Source(name=args.where, url=args.where if is_url else "",
                             path="" if is_url else args.where, kind=args.kind, timezone=zone)
    read = read_source(source)
    reference = args.reference_date or settings.calendar_today(config, dt.datetime.now(dt.UTC))
    for problem in read.problems:
        print(f"presscal: {problem}", file=sys.stderr)
    for article in read.articles:
        found = extract_articles([article], reference=reference, default_zone=zone, zone_given=bool(args.timezone),
                                 numeric_order=config.numeric_dates)
        print(f"title:     {article.title}")
        print(f"published: {article.published or f'not found (read as of {reference})'}")
        print(f"url:       {article.url}")
        if not args.no_text:
            print("text:")
            print("\n".join(f"  | {line}" for line in article.body.splitlines()))
        print(f"events:    {len(found.events)}")
        for event in found.events:
            guessed = f"  (inferred: {', '.join(sorted(event.inferred))})" if event.inferred else ""
            when = event.start.strftime("%Y-%m-%d %H:%M %Z") if isinstance(event.start, dt.datetime) else (
                f"{event.start}" + (f" .. {event.end - dt.timedelta(days=1)}" if event.end != event.start else ""))
            print(f"  - {when}  {event.summary}{guessed}")
            print(f"    from: {event.sentence}")
        for problem in found.problems:
            print(f"  note: {problem}")
        print()
    return EXIT_ERROR if not read.articles else 0


def _build(args: argparse.Namespace) -> int:
    from refresh import refresh

    config = settings.load(args.config)
    if args.dry_run:
        return _dry_run(config)
    with _publishing(config):
        report = refresh(config, dt.datetime.now(dt.UTC), force=args.force)
    _print_report(report, config)
    failed = report.refused or (report.sources and all(s.error and not s.skipped for s in report.sources))
    return EXIT_ERROR if failed else 0


def _dry_run(config: settings.Config) -> int:
    """Print, source by source, what a build would add and change in the store; write nothing."""
    from refresh import plan_refresh
    from store import Store

    store = Store(config.database)
    try:
        plans = plan_refresh(config, dt.datetime.now(dt.UTC), store)
    finally:
        store.close()
    for source in plans:
        if source.error:
            print(f"source {source.name}: FAILED: {source.error}", file=sys.stderr)
            continue
        plan = source.plan
        print(f"source {source.name}: {source.items} items read: {len(plan.added)} new, {len(plan.changed)} changed, "
              f"{len(plan.unchanged)} unchanged")
        for event in plan.added:
            print(f"  new: {event.summary} ({event.first_day.isoformat()}) {event.uid}")
        for event in plan.unannounced:
            print(f"  not published: {event.summary} ({event.first_day.isoformat()}): cancels no announced event")
        for change in plan.changed:
            what = f"{change.after.change}, SEQUENCE {change.after.sequence}" if change.material else "wording"
            print(f"  changed: {change.after.summary} ({what}) {change.after.uid}")
        for problem in source.problems:
            print(f"  note: {problem}", file=sys.stderr)
    print(f"dry run: nothing was written to the store or to {config.output}")
    return EXIT_ERROR if plans and all(p.error for p in plans) else 0


@contextlib.contextmanager
def _publishing(config: settings.Config) -> Iterator[None]:
    """A file refresh cannot write, as a sentence naming it (refresh lets OSError through)."""
    try:
        yield
    except OSError as exc:
        path = Path(exc.filename) if exc.filename else None
        reason = exc.strerror or str(exc)
        output = config.output.resolve()
        if path is None or path.resolve() == output:
            raise PresscalError(f"cannot write the output folder {config.output}: {reason}") from exc
        if path.resolve().is_relative_to(output):
            raise PresscalError(f"cannot write {path} in the output folder {config.output}: {reason}") from exc
        raise PresscalError(f"{path}: {reason}") from exc


def _sources(args: argparse.Namespace) -> int:
    from health import describe, health

    report = health(settings.load(args.config))
    for source in report.sources:
        print("\n".join(describe(source)))
    return 0


def _worker(args: argparse.Namespace) -> int:
    from scheduler import run_worker
    from store import Store

    config = settings.load(args.config)
    Store(config.database).close()  # a database that cannot be opened fails now, not in each run's log
    print(f"presscal worker: refreshing {len(config.sources)} sources every {config.refresh_minutes} minutes",
          flush=True)
    run_worker(config)
    return 0


def _print_report(report: Report, config: settings.Config) -> None:
    for source in report.sources:
        if source.skipped:
            print(f"source {source.name}: skipped: {source.skipped}")
        if source.error:
            print(f"source {source.name}: FAILED: {source.error}", file=sys.stderr)
        elif not source.skipped:
            print(f"source {source.name}: {source.items} items read, {source.events} events")
        if source.warning:
            print(f"source {source.name}: WARNING: {source.warning}", file=sys.stderr)
        for problem in source.problems:
            print(f"  note: {problem}", file=sys.stderr)
    for problem in report.problems:
        print(f"note: {problem}", file=sys.stderr)
    print(f"store: {report.total} events ({report.added} new, {report.changed} changed); "
          f"wrote {len(report.written)} files to {config.output}")
    if report.refused:
        print(f"presscal: refused to publish: {report.refused}", file=sys.stderr)


def _serve(args: argparse.Namespace) -> int:
    import waitress.server  # a production server, so no development-server warning; gunicorn is for several workers

    from refresh import refresh
    from web import create_app  # Flask is only needed to serve

    config = settings.load(args.config)
    if config.base_url == settings.Config().base_url:
        # Not configured: links and subscriptions point where this server actually listens.
        config = dataclasses.replace(config, base_url=f"http://{args.host}:{args.port}")
    with _publishing(config):
        _print_report(refresh(config, dt.datetime.now(dt.UTC)), config)
    try:
        server = waitress.server.create_server(create_app(config), host=args.host, port=args.port, threads=8)
    except OSError as exc:  # the address is taken, or not this machine's
        raise PresscalError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from exc
    if not args.no_scheduler:
        from scheduler import start_background

        start_background(config)  # this process's only scheduler; its first run comes one interval after this one
    base = f"http://{args.host}:{args.port}"
    print(f"presscal is serving {config.name!r} on {base}/")
    print(f"  subscribe:  webcal://{args.host}:{args.port}/calendar.ics")
    print(f"  calendar:   {base}/calendar.ics")
    print(f"  feed:       {base}/feed.atom")
    print("  stop with Ctrl+C", flush=True)
    import faulthandler
    import signal

    if hasattr(signal, "SIGUSR1"):  # `kill -USR1 PID` prints where every thread is, for a server that will not stop
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
