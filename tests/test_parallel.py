"""A large bundle read on several cores gives exactly what one process gives: the same events, in the same
order, with the same problems, and the same calendar bytes from `presscal extract`."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import parallel
from model import Article
from parsers import extract_articles
from parsers.bundle import split_bundle

from .conftest import CORPUS, REFERENCE

PRESSCAL = Path(sys.executable).parent / "presscal"
several_cores = pytest.mark.skipif(parallel.usable_cores() < 2, reason="one core: nothing to share out")


def _every_corpus() -> list[Article]:
    """Every article of every corpus: many layouts, years, zones and problems (weekdays that disagree...)."""
    return [article for path in sorted(CORPUS.glob("*.txt"))
            for article in split_bundle(path.read_text(encoding="utf-8"), path.stem)]


def _large_bundle() -> list[Article]:
    articles = _every_corpus()
    copies = parallel.MIN_CHARACTERS // sum(len(a.body) for a in articles) + 1
    return articles * copies


def test_a_small_bundle_is_read_in_this_process() -> None:
    with parallel.article_map(_every_corpus()[:3]) as map_articles:
        assert map_articles is map


@several_cores
def test_several_cores_give_what_one_gives() -> None:
    articles = _large_bundle()
    alone = extract_articles(articles, reference=REFERENCE, default_zone="Europe/Brussels")
    with parallel.article_map(articles) as map_articles:
        assert map_articles is not map
        shared = extract_articles(articles, reference=REFERENCE, default_zone="Europe/Brussels",
                                  map_articles=map_articles)
    assert shared.events == alone.events
    assert shared.problems == alone.problems
    assert len(alone.events) > 400  # the check has something to compare
    assert alone.problems


@several_cores
def test_the_command_writes_the_same_calendar_on_one_core_and_on_several(tmp_path: Path) -> None:
    bundle = tmp_path / "large.txt"
    bundle.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))) * 3,
                      encoding="utf-8")
    assert bundle.stat().st_size > parallel.MIN_CHARACTERS
    command = [str(PRESSCAL), "extract", str(bundle), "--format", "ics", "--reference-date", REFERENCE.isoformat()]
    env = {k: v for k, v in os.environ.items() if k != "PRESSCAL_CONFIG"}
    several = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env, check=True, timeout=300)
    one = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env, check=True, timeout=300,
                         preexec_fn=lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}))
    assert several.stdout == one.stdout
    assert several.stderr == one.stderr
    assert several.stdout.count(b"BEGIN:VEVENT") > 100


@several_cores
def test_the_parent_does_its_own_work_while_the_workers_read() -> None:
    articles = _large_bundle()
    done: list[int] = []
    with parallel.article_map(articles, meanwhile=lambda: done.append(os.getpid())) as map_articles:
        shared = extract_articles(articles, reference=REFERENCE, default_zone="Europe/Brussels",
                                  map_articles=map_articles)
    assert done == [os.getpid()]  # once, in this process
    assert shared.events
    with parallel.article_map(articles[:3], meanwhile=lambda: done.append(0)) as map_articles:
        assert map_articles is map
    assert done == [os.getpid()]  # read here: the caller does its own work after


@several_cores
def test_the_workers_read_the_articles_they_were_forked_with_and_are_sent_any_later_ones() -> None:
    articles = _large_bundle()
    alone = extract_articles(articles, reference=REFERENCE, default_zone="Europe/Brussels")
    later = [dataclasses.replace(a, title=f"{a.title} (again)") for a in articles]  # other events, other uids
    with parallel.article_map(articles) as map_articles:
        first = extract_articles(articles, reference=REFERENCE, default_zone="Europe/Brussels",
                                 map_articles=map_articles)
        assert parallel._INHERITED is None  # this process keeps no reference to what the workers inherited
        # The same pool given other articles after the fork: they cannot be read by their places, so are sent.
        second = extract_articles(later, reference=REFERENCE, default_zone="Europe/Brussels",
                                  map_articles=map_articles)
    assert first.events == alone.events
    assert second.events == extract_articles(later, reference=REFERENCE, default_zone="Europe/Brussels").events


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid`, read from /proc."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while the folder was read
            continue
        if int(fields[1]) == pid:
            children.add(int(stat.parent.name))
    return children


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; it waits only for its new parent to reap it


@several_cores
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_the_workers_end_when_the_command_is_killed(tmp_path: Path) -> None:
    bundle = tmp_path / "large.txt"
    bundle.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))) * 6,
                      encoding="utf-8")
    command = [str(PRESSCAL), "extract", str(bundle), "--format", "ics", "--reference-date", REFERENCE.isoformat()]
    parent = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        workers: set[int] = set()
        for _ in range(600):  # the workers start once the bundle is split; wait for them, a minute at most
            workers = _children(parent.pid)
            if workers or parent.poll() is not None:
                break
            time.sleep(0.1)
        assert workers, "the command read the bundle without workers"
    finally:
        parent.kill()
        parent.wait()
    for _ in range(300):
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # leave no stray process behind a failing test
        os.kill(pid, 9)
    assert not left, f"workers {left} outlived the killed command"
