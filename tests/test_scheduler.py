"""The scheduled refresh: one job that never overlaps, run by `serve` and by `presscal worker`."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler

import config as settings
import scheduler
from refresh import Report

from .conftest import SAMPLE

PRESSCAL = Path(sys.executable).parent / "presscal"


def test_the_job_never_overlaps_and_late_runs_are_kept(make_config) -> None:  # type: ignore[no-untyped-def]
    config: settings.Config = make_config()
    background = BackgroundScheduler(timezone="UTC")
    background.start(paused=True)  # job stores dedupe by id only once started
    try:
        _check_job(background, config)
    finally:
        background.shutdown(wait=False)


def _check_job(background: BackgroundScheduler, config: settings.Config) -> None:
    scheduler.schedule(background, config, first_run=None)
    job = background.get_job(scheduler.JOB_ID)
    assert job.max_instances == 1
    assert job.coalesce is True
    assert job.misfire_grace_time == config.refresh_minutes * 60
    assert job.trigger.interval == dt.timedelta(minutes=config.refresh_minutes)
    assert len(background.get_jobs()) == 1
    scheduler.schedule(background, config)  # scheduling again replaces, never doubles, the job
    assert len(background.get_jobs()) == 1


def test_a_scheduled_run_refreshes_the_output(make_config) -> None:  # type: ignore[no-untyped-def]
    config: settings.Config = make_config()
    reports: list[Report] = []
    done = threading.Event()

    def collect(report: Report) -> None:
        reports.append(report)
        done.set()

    background = BackgroundScheduler(timezone="UTC")
    scheduler.schedule(background, config, on_report=collect, first_run=dt.datetime.now(dt.UTC))
    background.start()
    try:
        assert done.wait(timeout=60)
    finally:
        background.shutdown(wait=True)
    assert reports[0].added > 0
    assert (config.output / "calendar.ics").exists()


def test_presscal_worker_refreshes_then_waits(tmp_path: Path, store_url: str) -> None:
    config = tmp_path / "presscal.toml"
    config.write_text(
        f'[calendar]\ndatabase = "{store_url}"\noutput = "output"\nrefresh_minutes = 60\n\n'
        f'[[sources]]\nname = "nato"\npath = "{SAMPLE}"\n', encoding="utf-8")
    worker = subprocess.Popen([str(PRESSCAL), "worker", "--config", str(config)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        calendar = tmp_path / "output" / "calendar.ics"
        while not calendar.exists() and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.2)
        assert calendar.exists(), worker.stderr.read() if worker.poll() is not None else "no calendar yet"
        assert worker.poll() is None  # it goes on waiting for the next run
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.communicate()


def test_the_background_scheduler_holds_one_job(make_config) -> None:  # type: ignore[no-untyped-def]
    config: settings.Config = make_config()
    started = scheduler.start_background(config, first_run=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
    try:
        assert started.running
        assert [job.id for job in started.get_jobs()] == [scheduler.JOB_ID]
    finally:
        started.shutdown(wait=False)
