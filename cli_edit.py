"""`presscal edit|add|merge|history|review`: the editors' commands (registered by cli.py).

    presscal edit UID [--start … --end … --timezone … --title … --place … --kind … --status …]
                      [--hide | --show | --confirm] --note TEXT [--by NAME]
    presscal add --title … --start … [--end … --timezone … --place … --kind … --status …] --note TEXT
    presscal merge KEPT_UID OTHER_UID --note TEXT
    presscal history UID
    presscal review

Times are ISO 8601 wall times (2023-11-20T09:30, or a date for an all-day event)
in --timezone, which defaults to the event's zone. Every edit is logged with who
(--by, else the user's login name), when and why, and the output is rebuilt at
once so subscribers see the correction.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import config as settings
from editorial import (
    ADD,
    ADDED_SOURCE,
    CONFIRMED,
    HIDE,
    MERGE,
    SHOW,
    STATUSES,
    Edit,
    added_uid,
    confirm_edit,
    review_reasons,
)
from editorial import set_edit as make_set_edit
from model import PresscalError

# CLI option -> Event field.
OPTIONS = {"start": "start", "end": "end", "timezone": "timezone", "title": "summary", "place": "location",
           "kind": "kind", "status": "status"}


def add_commands(commands: Any) -> None:
    """Add the editors' subcommands to cli.py's subparsers."""
    edit_cmd = commands.add_parser("edit", help="correct, hide or show an event; the correction outlives refreshes")
    edit_cmd.add_argument("uid", metavar="UID")
    _fields(edit_cmd, required=False)
    shown = edit_cmd.add_mutually_exclusive_group()
    shown.add_argument("--hide", action="store_true", help="leave the event out of every output")
    shown.add_argument("--show", action="store_true", help="publish a hidden event again")
    shown.add_argument("--confirm", action="store_true", help="take it off the review queue as it is now")
    _common(edit_cmd)
    edit_cmd.set_defaults(run=run_edit)

    add_cmd = commands.add_parser("add", help="add an event the releases never stated")
    _fields(add_cmd, required=True)
    _common(add_cmd)
    add_cmd.set_defaults(run=run_add)

    merge_cmd = commands.add_parser("merge", help="merge two events that are one: the second is hidden")
    merge_cmd.add_argument("kept", metavar="UID", help="the event kept")
    merge_cmd.add_argument("other", metavar="UID", help="the event hidden, pointing to the one kept")
    _common(merge_cmd)
    merge_cmd.set_defaults(run=run_merge)

    history_cmd = commands.add_parser("history", help="every edit of an event: who, when, what and why")
    history_cmd.add_argument("uid", metavar="UID")
    history_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    history_cmd.set_defaults(run=run_history)

    review_cmd = commands.add_parser("review", help="the events that need an editor's look, and why")
    review_cmd.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))
    review_cmd.set_defaults(run=run_review)


def _fields(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--start", required=required, help="2023-11-20T09:30 (wall time) or 2023-11-20 (all day)")
    parser.add_argument("--end", help="as --start; default: the event's length (one hour for a new event)")
    parser.add_argument("--timezone", help="IANA zone of the times (default: the event's, else the calendar's)")
    parser.add_argument("--title", required=required)
    parser.add_argument("--place")
    parser.add_argument("--kind")
    parser.add_argument("--status", choices=STATUSES)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--note", required=True, help="why: published in the event's description")
    parser.add_argument("--by", default="", help="the editor's name for the audit log (default: your login name)")
    parser.add_argument("--config", default=os.environ.get("PRESSCAL_CONFIG"))


def _editor(args: argparse.Namespace) -> str:
    return str(args.by or getpass.getuser())


@contextmanager
def _log(args: argparse.Namespace) -> Iterator[tuple[Any, settings.Config]]:
    from edits_store import EditLog  # SQLAlchemy loads only for the commands that need it
    from store import Store

    config = settings.load(args.config)
    store = Store(config.database)
    try:
        yield EditLog(store), config
    finally:
        store.close()


def republish(log: Any, config: settings.Config) -> int:
    """Rebuild output/ so subscribers see the edit; the number of events published."""
    from refresh import Report, publish
    from refresh_lock import refresh_lock

    report = Report([])
    with refresh_lock(config):  # output/ has one writer at a time: a running refresh finishes first
        publish(log.store, config, dt.datetime.now(dt.UTC), report)
    if report.refused:
        raise PresscalError(f"the edit is saved, but output/ was not rebuilt: {report.refused}")
    return report.total


def record(log: Any, config: settings.Config, edits: list[Edit]) -> None:
    """Save `edits` and rebuild the output (shared with the /admin pages)."""
    for edit in edits:
        log.add(edit)
    republish(log, config)


def run_edit(args: argparse.Namespace) -> int:
    now = dt.datetime.now(dt.UTC)
    requested = {field: getattr(args, option) for option, field in OPTIONS.items()
                 if getattr(args, option) is not None}
    with _log(args) as (log, config):
        base = base_event(log, args.uid)
        edits = []
        if requested:
            edits.append(make_set_edit(base, requested, at=now, by=_editor(args), note=args.note))
        if args.hide or args.show:
            edits.append(Edit(args.uid, HIDE if args.hide else SHOW, now, _editor(args), args.note))
        if args.confirm:
            edits.append(confirm_edit(base, at=now, by=_editor(args), note=args.note))
        if not edits:
            raise PresscalError("nothing to do: give a field to change, --hide, --show or --confirm")
        record(log, config, edits)
        item = log.event(args.uid)
    print(f"{args.uid}: {'hidden' if item.hidden else 'published'}, SEQUENCE {item.event.sequence}")
    return 0


def base_event(log: Any, uid: str) -> Any:
    """The event an edit applies to, as its source gave it (or as it was added by hand)."""
    from editorial import added_event

    source = log.source_event(uid)
    if source is not None:
        return source
    adds = [e for e in log.edits(uid) if e.action == ADD]
    if not adds:
        raise PresscalError(f"no event has the UID {uid!r}: `presscal review` and events.json list them")
    return added_event(adds[0])


def new_event_edit(fields: dict[str, str], config: settings.Config, *, at: dt.datetime, by: str,
                   note: str) -> Edit:
    """The ADD edit of an event typed by an editor (validated as any correction is)."""
    from editorial import set_edit
    from model import Event

    zone = fields.get("timezone") or config.timezone
    blank = Event(uid="", summary=fields.get("summary", ""), kind="event", start=at.date(),
                  end=at.date() + dt.timedelta(days=1), timezone="", location="", sentence="", article_title="",
                  source=ADDED_SOURCE, as_published="", changed=at)
    wanted = {k: v for k, v in fields.items() if v}
    wanted["timezone"] = zone
    if "end" not in wanted and "T" in wanted.get("start", ""):
        blank = dataclasses.replace(blank, start=at, end=at + dt.timedelta(hours=1))  # a new timed event: an hour
    checked = set_edit(blank, wanted, at=at, by=by, note=note)
    values = dict(checked.values)
    values.setdefault("kind", "event")
    values.setdefault("status", CONFIRMED)
    values["as_published"] = fields.get("start", "")
    uid = added_uid(values.get("summary", ""), values["start"], at)
    return Edit(uid, ADD, at, by, note, tuple(values.items()))


def run_add(args: argparse.Namespace) -> int:
    now = dt.datetime.now(dt.UTC)
    fields = {field: getattr(args, option) for option, field in OPTIONS.items() if getattr(args, option)}
    with _log(args) as (log, config):
        edit = new_event_edit(fields, config, at=now, by=_editor(args), note=args.note)
        record(log, config, [edit])
    print(f"added {edit.uid}")
    return 0


def merge_edit(log: Any, kept: str, other: str, *, at: dt.datetime, by: str, note: str) -> Edit:
    if kept == other:
        raise PresscalError("an event cannot be merged into itself: give two different UIDs")
    for uid in (kept, other):
        base_event(log, uid)  # both must exist
    if log.event(kept).hidden:
        raise PresscalError(f"{kept} is hidden: show it before merging another event into it")
    return Edit(other, MERGE, at, by, note, target=kept)


def run_merge(args: argparse.Namespace) -> int:
    now = dt.datetime.now(dt.UTC)
    with _log(args) as (log, config):
        record(log, config, [merge_edit(log, args.kept, args.other, at=now, by=_editor(args), note=args.note)])
    print(f"{args.other} is merged into {args.kept} (hidden, pointing to it)")
    return 0


def describe(edit: Edit) -> str:
    """One line of the audit log."""
    return (f"{edit.at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC  {edit.by}  {change_words(edit)}; "
            f"note: {edit.note or '(none)'}")


def change_words(edit: Edit) -> str:
    """What an edit did: 'set start=..., end=... (the source said ...)', 'hid', 'merged into UID'."""
    what = {ADD: "added", HIDE: "hid", SHOW: "showed again", MERGE: f"merged into {edit.target}",
            "confirm": "confirmed"}.get(edit.action, "set")
    values = ", ".join(f"{field}={value!r}" for field, value in edit.values if field != "as_published")
    if edit.action == "confirm":
        return what
    said = f" (the source said {', '.join(f'{f}={v!r}' for f, v in edit.was)})" if edit.was else ""
    return f"{what}{' ' + values if values else ''}{said}"


def run_history(args: argparse.Namespace) -> int:
    with _log(args) as (log, _):
        base_event(log, args.uid)
        edits = log.edits(args.uid)
        item = log.event(args.uid)
    if not edits:
        print(f"{args.uid}: no edits; it is as its source gave it")
    for edit in edits:
        print(describe(edit))
    for flag in item.flags if item else ():
        print(f"needs review: {flag.message}")
    return 0


def run_review(args: argparse.Namespace) -> int:
    from feeds.words import local_when

    with _log(args) as (log, _):
        overlays = log.overlays()
    count = 0
    for item in overlays:
        reasons = review_reasons(item)
        if not reasons:
            continue
        count += 1
        event = item.event
        print(f"{event.uid}  {local_when(event)}  {event.summary}")
        print(f"  from: {event.article_title} ({event.source})")
        for reason in reasons:
            print(f"  - {reason}")
    print(f"{count} events need a look")
    return 0
