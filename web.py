"""The HTTP face of presscal: `create_app()` serves what refresh rendered into output/.

Thin by design: this module only assembles the app. The views are a Blueprint
(views.py), the caches and the 304 shortcut live in web_cache.py, and the one
Store of the app, opened at the first request that needs it, in web_store.py.

    gunicorn 'web:create_app()'     # configuration from $PRESSCAL_CONFIG
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask

import config as settings
from views import EXTENSION, Site, views
from web_cache import FilteredFiles, OutputFiles, not_modified_shortcut
from web_store import attach_store

__all__ = ["FilteredFiles", "OutputFiles", "create_app"]


def create_app(config: settings.Config | None = None) -> Flask:
    """The presscal web app; `config` defaults to $PRESSCAL_CONFIG (or the built-in defaults)."""
    config = config or settings.load(os.environ.get("PRESSCAL_CONFIG"))
    app = Flask(__name__)
    app.config["PRESSCAL"] = config
    app.config["MAX_CONTENT_LENGTH"] = 16 * 1024  # nothing presscal accepts has a body worth more
    files = OutputFiles(Path(config.output))
    info = settings.calendar_info(config)
    max_age = min(300, config.refresh_minutes * 60)
    base = urlsplit(config.base_url).path.strip("/")
    app.extensions[EXTENSION] = Site(config, files, FilteredFiles(files, info), info, max_age,
                                     f"/{base}" if base else "")
    attach_store(app, config.database)  # opened by the first request that reads the database
    app.register_blueprint(views)
    from admin import register_admin  # /admin, the editors' pages: off unless an admin token or hash is set

    register_admin(app, config)
    app.wsgi_app = not_modified_shortcut(app.wsgi_app, files, max_age)  # type: ignore[method-assign]
    return app
