"""Events -> the JSON list that /events.json serves. Pure."""

from __future__ import annotations

import json
from collections.abc import Iterable

from model import Event, event_to_dict


def render_json(events: Iterable[Event]) -> bytes:
    records = [event_to_dict(e) for e in sorted(events, key=lambda e: e.sort_key)]
    return json.dumps({"events": records}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
