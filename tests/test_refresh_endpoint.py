"""POST /refresh: off by default, and with a token only for whoever sends it."""

from __future__ import annotations

import dataclasses

import config as settings
from web import create_app

TOKEN = "a-long-enough-secret-token"


def test_off_without_a_token(make_config) -> None:  # type: ignore[no-untyped-def]
    client = create_app(make_config()).test_client()
    assert client.post("/refresh", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 404


def test_with_a_token_it_refreshes_for_the_right_bearer_only(make_config) -> None:  # type: ignore[no-untyped-def]
    config: settings.Config = dataclasses.replace(make_config(), refresh_token=TOKEN)
    client = create_app(config).test_client()
    missing = client.post("/refresh")
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.post("/refresh", headers={"Authorization": "Bearer wrong"}).status_code == 401
    done = client.post("/refresh", headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 200
    assert done.get_json()["added"] == done.get_json()["events"] > 0
    assert (config.output / "calendar.ics").exists()
    assert client.get("/refresh").status_code == 405


def test_a_large_body_is_refused(make_config) -> None:  # type: ignore[no-untyped-def]
    config: settings.Config = dataclasses.replace(make_config(), refresh_token=TOKEN)
    client = create_app(config).test_client()
    response = client.post("/refresh", data=b"x" * 100_000, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413  # refused before any work
    assert not (config.output / "calendar.ics").exists()


def test_a_huge_query_string_is_refused(make_config) -> None:  # type: ignore[no-untyped-def]
    client = create_app(make_config()).test_client()
    assert client.get("/calendar.ics?q=" + "x" * 10_000).status_code == 414
