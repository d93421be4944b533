"""How long a full refresh takes, how it grows, and what an idle refresh costs.

    .venv/bin/python bench/refresh_speed.py [--articles 1000 10000] [--database sqlite postgresql://USER:PW@HOST/DB]

For each size N: N media advisories in local bundle files (100 articles a file),
each announcing a visit and four timed items on days and times that vary with
the article, so about five distinct events an article. Then, each on a fresh
store (a SQLite file, or a PostgreSQL schema of its own, dropped afterwards: the
role needs CREATE on the database) and output folder:
- a full refresh (parse, merge, render calendar, feed, page, archive pages, and per
  event its .ics and its own page, events/UID.html);
- the same refresh again with nothing changed (sources unchanged: nothing parsed,
  nothing rendered);
- a refresh after one file of the N/100 changed (one event moved).
Each is timed on the wall clock and in CPU time (user + system) of this process: on
a shared machine the CPU time varies much less, so before/after comparisons use it.
Figures are printed and written to bench/results/refresh_speed.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from results import write_results  # noqa: E402 (bench/ is the script's folder)

from config import Config, Source  # noqa: E402
from refresh import refresh  # noqa: E402

PER_FILE = 100
CITIES = ["Brussels", "Belgrade", "Skopje", "Sarajevo", "Vilnius", "Madrid", "Warsaw", "Riga", "Tallinn", "Oslo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def advisory(number: int) -> str:
    """One media advisory: a visit over two days and four timed items."""
    # A day, month and year of its own for every article: no two advisories announce the same event.
    day = 1 + number % 25
    month = MONTHS[(number // 25) % 12]
    year = 2000 + number // 300
    city = CITIES[number % len(CITIES)]
    zone = "CEST" if 4 <= (number // 25) % 12 + 1 <= 9 else "CET"
    return f"""NATO Secretary General to visit {city} ({number})

Source: NATO

From {day} to {day + 1} {month} {year}, the NATO Secretary General will visit {city}, where he will meet the \
Prime Minister and address the parliament.

Media Advisory

  • {day} {month}, {9 + number % 3:02d}:{(number * 7) % 60:02d} ({zone})   Joint press conference by the Secretary \
General with the Prime Minister
  • {day} {month}, 14:30 ({zone})   Address to the parliament by the Secretary General
  • {day + 1} {month}, 08:{(number * 3) % 60:02d} ({zone})   Doorstep statement by the Secretary General
  • {day + 1} {month}, 11:00 ({zone})   Meeting with the Minister of Defence
"""


def write_sources(folder: Path, articles: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for first in range(0, articles, PER_FILE):
        path = folder / f"advisories-{first // PER_FILE:04d}.txt"
        path.write_text("\n\n".join(advisory(n) for n in range(first, min(first + PER_FILE, articles))),
                        encoding="utf-8")
        files.append(path)
    return files


def timed(config: Config, when: dt.datetime) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds, report) of one refresh."""
    start, cpu = time.perf_counter(), time.process_time()
    report = refresh(config, when)
    return time.perf_counter() - start, time.process_time() - cpu, report


@contextmanager
def fresh_store(database: str, folder: Path) -> Iterator[str]:
    """The URL of an empty store: a SQLite file in `folder`, or a new schema on the PostgreSQL server `database`."""
    if database == "sqlite":
        yield f"sqlite:///{folder / 'presscal.db'}"
        return
    url = sa.make_url(database.replace("postgresql://", "postgresql+psycopg://", 1))
    schema = f"presscal_bench_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    try:
        with admin.begin() as db:
            db.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        try:
            yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
        finally:
            with admin.begin() as db:
                db.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


def measure(articles: int, folder: Path, database: str) -> dict[str, object]:
    files = write_sources(folder / "sources", articles)
    config = Config(database=database, output=folder / "output",
                    sources=(Source("advisories", path=str(folder / "sources" / "*.txt")),))
    now = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
    full, full_cpu, report = timed(config, now)
    idle, idle_cpu, idle_report = timed(config, now + dt.timedelta(minutes=30))
    first = files[0].read_text(encoding="utf-8").replace("14:30 (", "14:45 (", 1)
    files[0].write_text(first, encoding="utf-8")
    one_file, one_cpu, changed_report = timed(config, now + dt.timedelta(minutes=60))
    result = {
        "database": sa.make_url(database).get_backend_name(), "articles": articles, "events": report.total,  # type: ignore[attr-defined]
        "full_refresh_s": round(full, 2), "idle_refresh_s": round(idle, 3),
        "idle_share_of_full": round(idle / full, 4),
        "one_file_changed_s": round(one_file, 2),
        "full_refresh_cpu_s": round(full_cpu, 2), "idle_refresh_cpu_s": round(idle_cpu, 3),
        "one_file_changed_cpu_s": round(one_cpu, 2),
        "files_written_full": len(report.written),  # type: ignore[attr-defined]
        "event_pages_written_full": sum(p.suffix == ".html" and p.parent.name == "events"
                                        for p in report.written),  # type: ignore[attr-defined]
        "files_written_idle": len(idle_report.written),  # type: ignore[attr-defined]
        "files_written_one_file_changed": len(changed_report.written),  # type: ignore[attr-defined]
        "changed_events_after_edit": changed_report.changed,  # type: ignore[attr-defined]
    }
    print(f"{result['database']}, {articles} articles, {result['events']} events: "
          f"full refresh {full:.2f} s ({full_cpu:.2f} s CPU, "
          f"{result['files_written_full']} files); idle refresh {idle * 1000:.0f} ms ({idle_cpu * 1000:.0f} ms CPU, "
          f"{result['files_written_idle']} files); one file changed {one_file:.2f} s ({one_cpu:.2f} s CPU, "
          f"{result['changed_events_after_edit']} event changed, {result['files_written_one_file_changed']} files)")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--database", nargs="+", default=["sqlite"], metavar="sqlite|URL",
                        help="stores to time: sqlite (a fresh file) and/or a postgresql:// server URL")
    args = parser.parse_args(argv)
    results = []
    for articles in args.articles:
        for database in args.database:
            with tempfile.TemporaryDirectory() as folder, fresh_store(database, Path(folder)) as url:
                results.append(measure(articles, Path(folder), url))
    write_results("refresh_speed", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
