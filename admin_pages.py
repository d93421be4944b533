"""The HTML of the editors' pages (/admin): plain forms, no script, escaped by Jinja.

Every form posts to /admin/... with the session's CSRF token in a hidden field,
and every answer to a post is a redirect (POST-redirect-GET), so the pages work
without JavaScript and a reload never repeats an edit.
"""

from __future__ import annotations

import datetime as dt

from jinja2 import DictLoader, Environment, select_autoescape

from editorial import FIELDS, STATUSES, Edit, Overlay
from feeds.words import local_when
from model import UID_PATTERN

_LAYOUT = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>{{ title }} · {{ name }} editors</title>
<link rel="stylesheet" href="{{ root }}/style.css"></head>
<body><header><h1>{{ title }}</h1>
{% if editor %}<nav><a href="{{ root }}/admin">Review queue</a> · <a href="{{ root }}/admin/add">Add an event</a>
 · <a href="{{ root }}/admin/log">Audit log</a> · signed in as {{ editor }}
<form method="post" action="{{ root }}/admin/logout">{{ csrf_field() }}<button>Sign out</button></form></nav>
{% endif %}</header>
<main>{% for kind, message in messages %}<p class="{{ kind }}" role="status">{{ message }}</p>{% endfor %}
{% block main %}{% endblock %}</main></body></html>
"""

_MACROS = """{% macro csrf_field() %}<input type="hidden" name="csrf" value="{{ csrf }}">
<input type="hidden" name="back" value="{{ back }}">{% endmacro %}"""

_LOGIN = """{% extends "layout" %}{% block main %}
<form method="post" action="{{ root }}/admin/login">{{ csrf_field() }}
<p><label>Your name (for the audit log) <input name="name" required maxlength="80" autocomplete="username"></label></p>
<p><label>Editor token <input name="token" type="password" required autocomplete="current-password"></label></p>
<p><button>Sign in</button></p></form>{% endblock %}"""

_ACTIONS = """{% macro actions(item) %}{% set e = item.event %}
<form method="post" action="{{ root }}/admin/events/{{ e.uid }}/confirm" class="inline">{{ csrf_field() }}
<button name="confirm" value="1">Confirm</button></form>
<form method="post" action="{{ root }}/admin/events/{{ e.uid }}/hide" class="inline">{{ csrf_field() }}
<input type="hidden" name="note" value="Withdrawn by the editors"><button name="hide" value="1">Hide</button></form>
<form method="post" action="{{ root }}/admin/events/{{ e.uid }}/time" class="fix-time">{{ csrf_field() }}
<label>Start <input name="start" {% if e.all_day %}type="date" value="{{ e.start.isoformat() }}"
{% else %}type="datetime-local" value="{{ e.start.strftime('%Y-%m-%dT%H:%M') }}"{% endif %} required></label>
<label>Zone <input name="timezone" value="{{ e.timezone }}" size="16"></label>
<label>Why <input name="note" required maxlength="300"></label>
<button name="fix" value="1">Fix the time</button></form>{% endmacro %}"""

_QUEUE = """{% extends "layout" %}{% from "actions" import actions with context %}{% block main %}
<p>{{ items|length }} of {{ total }} events need a look{% if items|length > shown|length %}
 (the first {{ shown|length }} are listed){% endif %}.</p>
{% for item, reasons in shown %}{% set e = item.event %}
<article class="event" id="{{ e.uid }}"><h2><a href="{{ root }}/admin/events/{{ e.uid }}">{{ e.summary }}</a></h2>
<p><time>{{ when(e) }}</time>{% if e.location %} · {{ e.location }}{% endif %} · {{ e.status.lower() }}</p>
<ul class="reasons">{% for reason in reasons %}<li>{{ reason }}</li>{% endfor %}</ul>
<blockquote>{{ e.sentence }}</blockquote>
<p>From: {% if e.article_url %}<a href="{{ e.article_url }}" rel="noreferrer">{{ e.article_title }}</a>
{% else %}{{ e.article_title }}{% endif %} ({{ e.source }})</p>
{{ actions(item) }}</article>
{% else %}<p>Nothing to review.</p>{% endfor %}{% endblock %}"""

_EVENT = """{% extends "layout" %}{% from "actions" import actions with context %}
{% block main %}{% set e = item.event %}
<p><time>{{ when(e) }}</time>{% if e.location %} · {{ e.location }}{% endif %} · {{ e.status.lower() }} ·
SEQUENCE {{ e.sequence }}{% if item.hidden %} · <strong>hidden</strong>{% if item.merged_into %}, merged into
<a href="{{ root }}/admin/events/{{ item.merged_into }}">{{ item.merged_into }}</a>{% endif %}{% endif %}</p>
<ul class="reasons">{% for reason in reasons %}<li>{{ reason }}</li>{% endfor %}</ul>
<blockquote>{{ e.sentence }}</blockquote><p>From: {{ e.article_title }} ({{ e.source }})</p>
{{ actions(item) }}
{% if item.hidden %}<form method="post" action="{{ root }}/admin/events/{{ e.uid }}/show">{{ csrf_field() }}
<label>Why <input name="note" required></label><button>Show again</button></form>{% endif %}
<h2>Correct</h2><form method="post" action="{{ root }}/admin/events/{{ e.uid }}/edit">{{ csrf_field() }}
{% for label, field, value in editable(e) %}<p><label>{{ label }} {% if field == "status" %}<select name="status">
{% for s in statuses %}<option{% if s == value %} selected{% endif %}>{{ s }}</option>{% endfor %}</select>
{% else %}<input name="{{ field }}" value="{{ value }}">{% endif %}</label></p>{% endfor %}
<p><label>Why <input name="note" required maxlength="300"></label></p><p><button>Save</button></p></form>
<h2>Merge into another event</h2><form method="post" action="{{ root }}/admin/events/{{ e.uid }}/merge">
{{ csrf_field() }}<label>UID kept <input name="target" required pattern="{{ uid_pattern }}"></label>
<label>Why <input name="note" required></label><button>Merge (hides this one)</button></form>
<h2>History</h2><ul>{% for line in history %}<li>{{ line }}</li>{% else %}<li>No edits.</li>{% endfor %}</ul>
{% endblock %}"""

_ADD = """{% extends "layout" %}{% block main %}
<form method="post" action="{{ root }}/admin/add">{{ csrf_field() }}
<p><label>Title <input name="summary" required maxlength="300"></label></p>
<p><label>Start <input name="start" required placeholder="2023-11-20T09:30 or 2023-11-20"></label></p>
<p><label>End <input name="end" placeholder="optional"></label></p>
<p><label>Zone <input name="timezone" value="{{ zone }}"></label></p>
<p><label>Place <input name="location"></label></p><p><label>Kind <input name="kind" value="event"></label></p>
<p><label>Why <input name="note" required maxlength="300"></label></p><p><button>Add</button></p></form>
{% endblock %}"""

_LOG = """{% extends "layout" %}{% block main %}<table><thead><tr><th>When (UTC)</th><th>Who</th><th>Event</th>
<th>What</th><th>Why</th></tr></thead><tbody>{% for edit in edits %}
<tr><td>{{ edit.at.strftime('%Y-%m-%d %H:%M') }}</td>
<td>{{ edit.by }}</td><td><a href="{{ root }}/admin/events/{{ edit.uid }}">{{ edit.uid }}</a></td>
<td>{{ what(edit) }}</td><td>{{ edit.note }}</td></tr>{% else %}<tr><td colspan="5">No edits yet.</td></tr>
{% endfor %}</tbody></table>{% endblock %}"""

_ENV = Environment(
    loader=DictLoader({"layout": _MACROS + _LAYOUT, "actions": _MACROS + _ACTIONS, "login": _LOGIN,
                       "queue": _QUEUE, "event": _EVENT, "add": _ADD, "log": _LOG}),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
_ENV.globals["uid_pattern"] = UID_PATTERN
LABELS = {"start": "Start", "end": "End", "timezone": "Zone", "summary": "Title", "location": "Place",
          "kind": "Kind", "status": "Status"}


def _editable(event: object) -> list[tuple[str, str, str]]:
    def shown(value: object) -> str:
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%dT%H:%M")
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    return [(LABELS[f], f, shown(getattr(event, f))) for f in FIELDS]


def render(template: str, **context: object) -> str:
    """The page `template` with `context`; the layout needs title, name, root, editor, csrf and messages."""
    from cli_edit import change_words

    return _ENV.get_template(template).render(when=local_when, what=change_words, editable=_editable,
                                              statuses=STATUSES, **context)


def queue_items(overlays: list[Overlay], reasons_of: object) -> list[tuple[Overlay, list[str]]]:
    """The events that need a look, with why."""
    found = [(item, reasons_of(item)) for item in overlays]  # type: ignore[operator]
    return [(item, reasons) for item, reasons in found if reasons]


def newest_first(edits: list[Edit]) -> list[Edit]:
    return sorted(edits, key=lambda e: (e.at, e.number), reverse=True)
