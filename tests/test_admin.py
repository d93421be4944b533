"""/admin through Flask's test client on a real build: off without a token, the session cookie's flags,
CSRF, throttled sign-ins, the secret key's origin, and edits that reach the public files without names."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from flask.testing import FlaskClient

import config as settings
from admin import MAX_FAILURES, SECRET_FILE
from refresh import refresh
from web import create_app

from .conftest import NOW

MakeConfig = Callable[..., settings.Config]
TOKEN = "correct-horse-battery-staple"
PRESS_CONFERENCE_0915 = "2023-11-20T09:15:00+01:00"


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "every page's forms carry the CSRF token"
    return found.group(1)


def _client(make_config: MakeConfig, **overrides: object) -> tuple[FlaskClient, settings.Config]:
    config = make_config(admin_token=TOKEN, **overrides)
    refresh(config, NOW)
    return create_app(config).test_client(), config


def _sign_in(client: FlaskClient, token: str = TOKEN) -> str:
    page = client.get("/admin")
    answer = client.post("/admin/login", data={"csrf": _csrf(page.text), "name": "Alice Editor", "token": token})
    assert answer.status_code == 303
    return _csrf(client.get("/admin").text)


def _uid_at(config: settings.Config, when: str) -> str:
    """The UID of the published event whose start ends with `when`."""
    events = json.loads((config.output / "events.json").read_text(encoding="utf-8"))["events"]
    [uid] = [e["uid"] for e in events if e["start"].endswith(when)]
    return str(uid)


def test_admin_is_off_without_a_token_or_hash(make_config: MakeConfig) -> None:
    config = make_config()
    refresh(config, NOW)
    client = create_app(config).test_client()
    assert client.get("/admin").status_code == 404
    assert client.post("/admin/login", data={"token": "x"}).status_code == 404
    assert "Set-Cookie" not in client.get("/").headers


@pytest.mark.parametrize(("base_url", "secure"), [("http://127.0.0.1:8000", False),
                                                  ("https://events.example.org", True)])
def test_the_session_cookie_is_httponly_strict_and_secure_behind_https(make_config: MakeConfig, base_url: str,
                                                                       secure: bool) -> None:
    client, _ = _client(make_config, base_url=base_url)
    answer = client.get("/admin")
    assert answer.status_code == 200
    assert "Editor token" in answer.text
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert ("Secure" in cookie) == secure
    assert answer.headers["Cache-Control"] == "no-store"
    assert "script-src 'self'" in answer.headers["Content-Security-Policy"]
    assert "<script" not in answer.text
    # A request that came over HTTPS gets a Secure cookie whatever base_url says.
    assert "Secure" in client.get("/admin", base_url="https://localhost").headers["Set-Cookie"]


def test_pages_and_posts_need_a_signed_in_editor(make_config: MakeConfig) -> None:
    client, _ = _client(make_config)
    assert client.get("/admin/log").status_code == 303
    csrf = _csrf(client.get("/admin").text)
    answer = client.post("/admin/events/presscal-aaaaaaaaaaaaaaaaaaaaaaaa/hide", data={"csrf": csrf, "note": "x"})
    assert answer.status_code == 403


def test_failed_sign_ins_are_throttled(make_config: MakeConfig) -> None:
    client, _ = _client(make_config)
    csrf = _csrf(client.get("/admin").text)
    for _ in range(MAX_FAILURES):
        answer = client.post("/admin/login", data={"csrf": csrf, "name": "Mallory", "token": "wrong-token-wrong"})
        assert answer.status_code == 303
    refused = client.post("/admin/login", data={"csrf": csrf, "name": "Alice", "token": TOKEN})
    assert refused.status_code == 429, "even the right token waits once an address has failed too often"
    assert "try again in" in refused.text
    assert "Review queue" not in client.get("/admin").text


def test_a_form_without_its_csrf_token_or_with_a_wrong_one_is_refused(make_config: MakeConfig) -> None:
    client, config = _client(make_config)
    csrf = _sign_in(client)
    uid = _uid_at(config, PRESS_CONFERENCE_0915)
    for data in ({"note": "gone"}, {"note": "gone", "csrf": csrf[:-2] + "xx"}, {"note": "gone", "csrf": ""}):
        answer = client.post(f"/admin/events/{uid}/hide", data=data)
        assert answer.status_code == 400
        assert "CSRF" in answer.text
    assert uid in (config.output / "calendar.ics").read_text(encoding="utf-8")
    # The login form checks it too.
    assert client.post("/admin/login", data={"name": "A", "token": TOKEN}).status_code == 400


def test_an_edit_from_the_queue_reaches_the_public_files_without_the_editors_name(make_config: MakeConfig) -> None:
    client, config = _client(make_config)
    csrf = _sign_in(client)
    queue = client.get("/admin").text
    uid = _uid_at(config, PRESS_CONFERENCE_0915)
    assert f'id="{uid}"' in queue, "an event with an inferred year is in the queue"
    assert set(re.findall(r'name="csrf" value="([^"]*)"', queue)) == {csrf}, "every form carries the token"
    fix = {"csrf": csrf, "start": "2023-11-20T09:30", "timezone": "Europe/Sarajevo", "note": "moved by the office"}
    answer = client.post(f"/admin/events/{uid}/time", data=fix)
    assert answer.status_code == 303
    assert "Saved" in client.get("/admin").text
    public = [p for p in config.output.rglob("*") if p.is_file()]
    assert all(b"Alice" not in p.read_bytes() for p in public)
    ics = (config.output / "calendar.ics").read_bytes().decode("utf-8")
    assert "DTSTART;TZID=Europe/Sarajevo:20231120T093000" in ics
    assert "Corrected: moved by the office" in ics.replace("\r\n ", "")
    log = client.get("/admin/log").text
    assert "Alice Editor" in log
    assert "moved by the office" in log
    # A bad time is a sentence, and nothing is saved.
    client.post(f"/admin/events/{uid}/time", data={"csrf": csrf, "start": "tomorrow", "note": "x"})
    assert "not an ISO 8601" in client.get("/admin").text
    assert client.get("/admin/log").text.count("moved by the office") == 1


def test_an_event_added_by_hand_is_published(make_config: MakeConfig) -> None:
    client, config = _client(make_config)
    csrf = _sign_in(client)
    answer = client.post("/admin/add", data={"csrf": csrf, "summary": "Briefing on the summit", "start":
                                             "2023-11-23T10:00", "timezone": "Europe/Brussels", "location": "Brussels",
                                             "kind": "briefing", "note": "announced by phone"})
    assert answer.status_code == 303
    uid = answer.headers["Location"].rsplit("/", 1)[1]
    assert re.fullmatch(r"presscal-[0-9a-f]{24}", uid)
    ics = (config.output / "calendar.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Briefing on the summit" in ics
    assert (config.output / "events" / f"{uid}.ics").is_file()
    assert "Briefing on the summit" in client.get(f"/admin/events/{uid}").text


def test_the_secret_key_is_made_once_beside_the_store_or_taken_from_the_configuration(
        make_config: MakeConfig, tmp_path: Path) -> None:
    config = make_config(admin_token=TOKEN)
    app = create_app(config)
    secret = tmp_path / SECRET_FILE
    assert secret.is_file()
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert len(app.secret_key) >= 32  # type: ignore[arg-type]
    assert create_app(config).secret_key == app.secret_key, "made once: every worker signs with the same key"
    configured = "k" * 40
    assert create_app(make_config(admin_token=TOKEN, admin_secret=configured)).secret_key == configured
    assert create_app(make_config()).secret_key is None, "no key at all when /admin is off"


@pytest.mark.parametrize(("key", "value", "problem"), [
    ("admin_token", "short", "at least 16 characters"),
    ("admin_password_hash", "plaintext", "werkzeug.security"),
    ("admin_secret", "short", "at least 32 characters"),
])
def test_admin_settings_are_checked(key: str, value: str, problem: str) -> None:
    with pytest.raises(settings.ConfigError, match=problem):
        settings.parse({"calendar": {key: value}}, Path("."))


def test_a_password_hash_signs_in(make_config: MakeConfig) -> None:
    from werkzeug.security import generate_password_hash

    config = make_config(admin_password_hash=generate_password_hash("a long editor password"))
    refresh(config, NOW)
    client = create_app(config).test_client()
    _sign_in(client, "a long editor password")
    assert "Review queue" in client.get("/admin").text


def test_the_event_page_sets_only_what_the_editor_changed(make_config: MakeConfig) -> None:
    client, config = _client(make_config)
    csrf = _sign_in(client)
    uid = _uid_at(config, PRESS_CONFERENCE_0915)
    page = client.get(f"/admin/events/{uid}").text
    form = dict(re.findall(r'<input name="(start|end|timezone|summary|location|kind)" value="([^"]*)"', page))
    assert form["start"] == "2023-11-20T09:15"
    assert form["timezone"] == "Europe/Sarajevo"
    sent = {**form, "summary": "Joint press conference in Sarajevo", "status": "CONFIRMED", "csrf": csrf,
            "note": "a clearer title"}
    assert client.post(f"/admin/events/{uid}/edit", data=sent).status_code == 303
    history = client.get(f"/admin/events/{uid}").text
    assert "set summary=&#39;Joint press conference in Sarajevo&#39;" in history
    assert "start=" not in history, "fields left as they were keep following the source"
    other = _uid_at(config, "2023-11-20T16:10:00+01:00")
    merged = {"csrf": csrf, "target": uid, "note": "the same event"}
    assert client.post(f"/admin/events/{other}/merge", data=merged).status_code == 303
    assert f"merged into\n<a href=\"/admin/events/{uid}\">" in client.get(f"/admin/events/{other}").text
    assert other not in (config.output / "calendar.ics").read_text(encoding="utf-8")
    assert client.post(f"/admin/events/{other}/show", data={"csrf": csrf, "note": "two events after all"}
                       ).status_code == 303
    assert other in (config.output / "calendar.ics").read_text(encoding="utf-8")
    assert client.get("/admin/events/presscal-000000000000000000000000").status_code == 404
    # A form goes back to the page it was on, and only ever to a page of /admin.
    for back, where in ((f"/admin/events/{uid}", f"/admin/events/{uid}"), ("https://elsewhere.example/", "/admin"),
                        ("//elsewhere.example/admin", "/admin")):
        answer = client.post(f"/admin/events/{uid}/confirm", data={"csrf": csrf, "back": back})
        assert answer.headers["Location"] == where
