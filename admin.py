"""/admin: the editors' pages (a Flask Blueprint), off (404) unless an editor token or password hash is set.

Signing in with the token (or the password whose hash is configured) gives a
session cookie: HttpOnly, SameSite=Strict, Secure when the request is HTTPS or
base_url is https. Every form carries the session's CSRF token, checked on each
POST; failed sign-ins are throttled per address. The pages are plain forms
(POST-redirect-GET), so they work without JavaScript, under the app's CSP.
Each edit is saved to the edit log and the output is rebuilt at once.
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import re
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, flash, get_flashed_messages, redirect, request, session
from flask.sessions import SecureCookieSessionInterface
from werkzeug.exceptions import BadRequest, Forbidden, NotFound, TooManyRequests
from werkzeug.security import check_password_hash

import config as settings
from admin_pages import newest_first, queue_items, render
from cli_edit import base_event, merge_edit, new_event_edit, record
from editorial import HIDE, SHOW, Edit, confirm_edit, review_reasons, set_edit
from model import UID_PATTERN, PresscalError

SECRET_FILE = "presscal-admin-secret"  # made once, beside the SQLite store (or beside output/)
MAX_FAILURES = 5  # failed sign-ins from one address ...
FAILURE_WINDOW = 15 * 60  # ... within this many seconds, then sign-ins from it wait
QUEUE_SHOWN = 200
SESSION_HOURS = 12
_ADMIN_PATH = re.compile(rf"/admin(/[a-z]+|/events/{UID_PATTERN})?")


class _Sessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, Secure also when this request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or request.is_secure)


class _Throttle:
    """Failed sign-ins per address in a sliding window (per process: each web worker counts its own)."""

    def __init__(self) -> None:
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def wait(self, address: str) -> int:
        """Seconds until `address` may try again; 0 when it may now."""
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._failures.get(address, []) if now - t < FAILURE_WINDOW]
            self._failures[address] = recent
            return int(FAILURE_WINDOW - (now - recent[0])) + 1 if len(recent) >= MAX_FAILURES else 0

    def failed(self, address: str) -> None:
        with self._lock:
            self._failures.setdefault(address, []).append(time.monotonic())


def register_admin(app: Flask, config: settings.Config) -> None:
    """Add /admin to `app` when the configuration enables it; otherwise /admin stays a 404."""
    if not (config.admin_token or config.admin_password_hash):
        return
    app.secret_key = config.admin_secret or secret_from_file(secret_path(config))
    app.session_interface = _Sessions()
    app.config.update(SESSION_COOKIE_NAME="presscal_admin", SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_SECURE=config.base_url.startswith("https:"),
                      PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=SESSION_HOURS))
    app.register_blueprint(_blueprint(config))


def secret_path(config: settings.Config) -> Path:
    """Where the generated secret key lives: beside a SQLite store, else beside output/ (never inside it)."""
    prefix = "sqlite:///"
    if config.database.startswith(prefix) and not config.database.endswith(":memory:"):
        return Path(config.database[len(prefix):]).parent / SECRET_FILE
    return Path(config.output).resolve().parent / SECRET_FILE


def secret_from_file(path: Path) -> str:
    """The secret in `path`, made (readable by its owner only) the first time it is needed."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        secret = path.read_text(encoding="ascii").strip()
        if len(secret) < 32:
            raise PresscalError(f"{path}: the admin secret key is too short or empty; delete the file to make a "
                                "new one") from None
        return secret
    secret = secrets.token_urlsafe(48)
    with os.fdopen(handle, "w", encoding="ascii") as out:
        out.write(secret + "\n")
    return secret


def _blueprint(config: settings.Config) -> Blueprint:
    """The editors' pages under /admin: signing in and the review queue, then the edits."""
    admin = Blueprint("admin", __name__, url_prefix="/admin")
    _sign_in_routes(admin, config)
    _edit_routes(admin, config)
    return admin


@contextmanager
def _edit_log() -> Iterator[Any]:
    from edits_store import EditLog
    from web_store import app_store  # the app's one Store, shared with /health and POST /refresh

    yield EditLog(app_store())


def _page(config: settings.Config, template: str, title: str, status: int = 200, **context: object) -> Response:
    html = render(template, title=title, name=config.name, root=request.script_root, back=request.path,
                  editor=session.get("editor", ""), csrf=session["csrf"],
                  messages=get_flashed_messages(with_categories=True), **context)
    response = Response(html, status=status, content_type="text/html; charset=utf-8")
    response.cache_control.no_store = True
    return response


def _back() -> Response:
    """To the page the form was on (a path of /admin only: never an open redirect)."""
    target = request.form.get("back", "").removeprefix(request.script_root)
    where = target if _ADMIN_PATH.fullmatch(target) else "/admin"
    return redirect(f"{request.script_root}{where}", code=303)  # type: ignore[return-value]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sign_in_routes(admin: Blueprint, config: settings.Config) -> None:
    """The guard on every admin request (session, CSRF, sign-in), the queue page, signing in and out."""
    throttle = _Throttle()

    @admin.before_request
    def guard() -> Response | None:
        session.permanent = True
        session.setdefault("csrf", secrets.token_urlsafe(32))
        if request.method == "POST":
            sent = request.form.get("csrf", "")
            if not sent or not hmac.compare_digest(sent, session["csrf"]):
                raise BadRequest("The form's CSRF token is missing or wrong: reload the page and send the form again.")
            if request.endpoint != "admin.login" and not session.get("editor"):
                raise Forbidden("Sign in at /admin first.")
        elif request.endpoint != "admin.queue" and not session.get("editor"):
            return redirect(f"{request.script_root}/admin", code=303)  # type: ignore[return-value]
        return None

    @admin.get("")
    def queue() -> Response:
        if not session.get("editor"):
            return _page(config, "login", "Sign in")
        with _edit_log() as log:
            overlays = log.overlays()
        items = queue_items(overlays, review_reasons)
        return _page(config, "queue", "Review queue", items=items, shown=items[:QUEUE_SHOWN], total=len(overlays))

    @admin.post("/login")
    def login() -> Response:
        address = request.remote_addr or "?"
        wait = throttle.wait(address)
        if wait:
            raise TooManyRequests(f"Too many failed sign-ins from this address: try again in {wait} seconds.")
        token = request.form.get("token", "")
        name = " ".join(request.form.get("name", "").split())[:80]
        if not (_token_ok(config, token) and name):
            throttle.failed(address)
            flash("That name and token do not sign you in.", "error")
            return _back()
        session.clear()  # a new session (and CSRF token) at sign-in: no fixation
        session["editor"], session["csrf"] = name, secrets.token_urlsafe(32)
        return _back()

    @admin.post("/logout")
    def logout() -> Response:
        session.clear()
        return _back()


def _edit_routes(admin: Blueprint, config: settings.Config) -> None:
    """The edits: an action on an event, an event's page and history, adding an event, the audit log."""

    @admin.post("/events/<uid>/<action>")
    def act(uid: str, action: str) -> Response:
        note = request.form.get("note", "").strip()
        try:
            with _edit_log() as log:
                edit = _action_edit(log, uid, action, request.form, note=note, by=session["editor"], at=_now())
                record(log, config, [edit])
        except PresscalError as exc:
            flash(f"Not saved: {exc}", "error")
            return _back()
        flash(f"Saved: {action} of {uid}.", "done")
        return _back()

    @admin.get("/events/<uid>")
    def event(uid: str) -> Response:
        from cli_edit import describe

        with _edit_log() as log:
            item = log.event(uid)
            if item is None:
                raise NotFound(f"No event has the UID {uid}.")
            history = [describe(e) for e in log.edits(uid)]
        return _page(config, "event", item.event.summary, item=item, reasons=review_reasons(item), history=history)

    @admin.get("/add")
    def add_form() -> Response:
        return _page(config, "add", "Add an event", zone=config.timezone)

    @admin.post("/add")
    def add() -> Response:
        fields = {f: request.form.get(f, "").strip() for f in ("summary", "start", "end", "timezone", "location",
                                                               "kind")}
        try:
            with _edit_log() as log:
                edit = new_event_edit({k: v for k, v in fields.items() if v}, config, at=_now(),
                                      by=session["editor"], note=request.form.get("note", "").strip())
                record(log, config, [edit])
        except PresscalError as exc:
            flash(f"Not added: {exc}", "error")
            return redirect(f"{request.script_root}/admin/add", code=303)  # type: ignore[return-value]
        flash(f"Added {edit.uid}.", "done")
        return redirect(f"{request.script_root}/admin/events/{edit.uid}", code=303)  # type: ignore[return-value]

    @admin.get("/log")
    def audit_log() -> Response:
        with _edit_log() as log:
            edits = newest_first(log.edits())
        return _page(config, "log", "Audit log", edits=edits)


def _token_ok(config: settings.Config, token: str) -> bool:
    if not token:
        return False
    if config.admin_token and hmac.compare_digest(token.encode(), config.admin_token.encode()):
        return True
    return bool(config.admin_password_hash) and check_password_hash(config.admin_password_hash, token)


def _action_edit(log: Any, uid: str, action: str, form: Any, *, note: str, by: str, at: dt.datetime) -> Edit:
    """The edit a one-click action or a form of the event page asks for."""
    base = base_event(log, uid)
    if action == "confirm":
        return confirm_edit(base, at=at, by=by, note=note)
    if not note:
        raise PresscalError("say why (the note is published with the correction)")
    if action in ("hide", "show"):
        return Edit(uid, HIDE if action == "hide" else SHOW, at, by, note)
    if action == "merge":
        return merge_edit(log, form.get("target", "").strip(), uid, at=at, by=by, note=note)
    if action == "time":
        wanted = {f: form.get(f, "").strip() for f in ("start", "end", "timezone")}
        return set_edit(base, {k: v for k, v in wanted.items() if v}, at=at, by=by, note=note)
    if action == "edit":
        current = log.event(uid).event
        wanted = {f: form.get(f, "").strip() for f in ("start", "end", "timezone", "summary", "location", "kind",
                                                      "status")}
        # Only what the editor changed on the form becomes an edit: the rest keeps following the source.
        changed = {f: v for f, v in wanted.items() if v != _as_form(getattr(current, f))}
        if {"start", "end", "timezone"} & set(changed):  # the times are read in the zone the form shows
            changed.update({f: wanted[f] for f in ("start", "end", "timezone") if wanted[f]})
        return set_edit(base, changed, at=at, by=by, note=note)
    raise NotFound(f"There is no action {action!r}.")


def _as_form(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat() if isinstance(value, dt.date) else str(value)
