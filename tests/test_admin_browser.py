"""The editors' pages end to end in a real headless Chromium (the system's, as in test_browser.py),
against the real app over HTTP: sign in, fix a time from the review queue and see it in
/calendar.ics with SEQUENCE + 1, refresh and see the fix hold, hide an event, and see forms
posted without their CSRF token, or with a wrong one, refused."""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import icalendar
import pytest

import config as settings
from refresh import refresh

from .conftest import NOW
from .test_browser import ARTIFACTS, TIMEOUT_MS, chromium, served  # noqa: F401 (chromium is a fixture)

MakeConfig = Callable[..., settings.Config]
TOKEN = "an-editor-token-for-the-browser"


@pytest.fixture
def admin_site(make_config: MakeConfig) -> Iterator[tuple[str, settings.Config]]:
    """The real app with /admin on, behind a real HTTP server on a free port."""
    with served(make_config, admin_token=TOKEN) as answer:
        yield answer


def _calendar(base: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{base}/calendar.ics", timeout=10) as answer:
        assert answer.headers["Content-Type"] == "text/calendar; charset=utf-8"
        data = answer.read()
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def _uid_at(config: settings.Config, start: str) -> str:
    events = json.loads((config.output / "events.json").read_text(encoding="utf-8"))["events"]
    [uid] = [e["uid"] for e in events if e["start"] == start]
    return str(uid)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_an_editor_fixes_a_time_and_hides_an_event_in_chromium(chromium: Any,  # noqa: F811
                                                                 admin_site: tuple[str, settings.Config]) -> None:
    base, config = admin_site
    fixed = _uid_at(config, "2023-11-20T09:15:00+01:00")
    hidden = _uid_at(config, "2023-11-20T16:10:00+01:00")
    before = _calendar(base)
    context = chromium.new_context(viewport={"width": 1000, "height": 900}, java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(f"{base}/admin")
        page.get_by_label("Your name").fill("Dana")
        page.get_by_label("Editor token").fill(TOKEN)
        page.get_by_role("button", name="Sign in").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Review queue"

        # Fix the time from the queue: one form, no script.
        item = page.locator(f"article#{fixed}")
        item.get_by_label("Start").fill("2023-11-20T09:30")
        item.get_by_label("Why").fill("The ministry moved it")
        item.get_by_role("button", name="Fix the time").click()
        assert "Saved" in page.locator("main").inner_text()
        after = _calendar(base)
        assert after[fixed]["DTSTART"].dt.strftime("%H:%M %Z") == "09:30 CET"
        assert int(after[fixed]["SEQUENCE"]) == int(before[fixed]["SEQUENCE"]) + 1
        assert after[fixed]["LAST-MODIFIED"].dt > before[fixed]["LAST-MODIFIED"].dt
        assert "The ministry moved it" in str(after[fixed]["DESCRIPTION"])

        # A refresh that reads the release again keeps the editor's time.
        refresh(config, NOW + dt.timedelta(hours=2), force=True)
        again = _calendar(base)
        assert again[fixed]["DTSTART"].dt.strftime("%H:%M %Z") == "09:30 CET"
        assert int(again[fixed]["SEQUENCE"]) == int(after[fixed]["SEQUENCE"])

        # Forms posted without their CSRF token, or with a wrong one, are refused: nothing is hidden.
        for form in ({"note": "forged"}, {"note": "forged", "csrf": "not-the-token"}):
            refused = page.request.post(f"{base}/admin/events/{hidden}/hide", form=form)
            assert refused.status == 400
            assert "CSRF" in refused.text()
        assert hidden in _calendar(base)

        # Hide another event with one click.
        page.goto(f"{base}/admin")
        page.locator(f"article#{hidden}").get_by_role("button", name="Hide").click()
        assert "Saved" in page.locator("main").inner_text()
        assert hidden not in _calendar(base)
        assert _status(f"{base}/events/{hidden}.ics") == 404
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "admin-queue.png"), full_page=True)

        # The audit log names the editor; the public files do not.
        page.get_by_role("link", name="Audit log").click()
        assert page.locator("tbody tr").count() == 2
        assert "Dana" in page.locator("tbody").inner_text()
        assert all(b"Dana" not in p.read_bytes() for p in config.output.rglob("*") if p.is_file())
    finally:
        context.close()
