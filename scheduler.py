"""APScheduler wiring only: refresh every `refresh_minutes`, each run calling refresh.refresh.

Runs never overlap (max_instances=1); runs missed while the process was busy
or asleep are coalesced into one and still run if less than an interval late
(misfire_grace_time), so a late refresh is never silently dropped. Backoff for
failing sources is refresh's business: the job itself always runs, and a run
that fails as a whole (a locked store, a full disk) is logged, never fatal.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler

from config import Config
from model import PresscalError
from refresh import Report, refresh

LOG = logging.getLogger("presscal.scheduler")
JOB_ID = "presscal-refresh"


def refresh_job(config: Config, on_report: Callable[[Report], None] | None = None) -> Callable[[], None]:
    def run() -> None:
        try:
            report = refresh(config, dt.datetime.now(dt.UTC))
        except PresscalError as exc:  # e.g. the database is unreachable: a sentence, and the next run tries again
            LOG.error("refresh failed: %s", exc)
            return
        except Exception:  # a full disk, a bug: said with its traceback, and the next run tries again  # noqa: BLE001
            LOG.exception("the scheduled refresh failed")
            return
        for source in report.sources:
            if source.error:
                LOG.warning("source %s failed: %s", source.name, source.error)
        if on_report is not None:
            on_report(report)

    return run


def schedule(scheduler: BaseScheduler, config: Config, on_report: Callable[[Report], None] | None = None,
             first_run: dt.datetime | None = None) -> BaseScheduler:
    scheduler.add_job(
        refresh_job(config, on_report), "interval", minutes=config.refresh_minutes, id=JOB_ID,
        max_instances=1, coalesce=True, misfire_grace_time=config.refresh_minutes * 60,
        next_run_time=first_run, replace_existing=True,
    )
    return scheduler


def start_background(config: Config, first_run: dt.datetime | None = None) -> BackgroundScheduler:
    """The scheduler of `presscal serve`: one process (waitress serves with threads), one scheduler."""
    scheduler = BackgroundScheduler(timezone="UTC")
    schedule(scheduler, config, first_run=first_run).start()
    return scheduler


def run_worker(config: Config) -> None:
    """`presscal worker`: only the scheduler, for deployments whose web processes only serve."""
    scheduler = BlockingScheduler(timezone="UTC")
    schedule(scheduler, config, first_run=dt.datetime.now(dt.UTC))
    scheduler.start()
