"""How long reading one real page takes, and refreshing a feed of 50 item pages from a local server.

    .venv/bin/python bench/page_speed.py [--pages ../shared/pages] [--repeat 5]

- read: `html_article` on each saved page of the shared set (bytes in memory), the median of
  `--repeat` runs per page; then the median and the slowest page. Also read + events
  (`extract_articles`), what a refresh does per page. The target is under 50 ms a page.
- feed: a local HTTP server on 127.0.0.1 serves an RSS feed of 50 link-only items, whose
  pages are the shared pages in turn; a full refresh (fetch 50 pages, read, merge, render)
  on a fresh SQLite store, timed once.
Figures are printed and written to bench/results/page_speed.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from results import write_results  # noqa: E402 (bench/ is the script's folder)

from config import Config, Source  # noqa: E402
from parsers import extract_articles  # noqa: E402
from parsers.html import html_article  # noqa: E402
from refresh import refresh  # noqa: E402

FEED_ITEMS = 50


def saved_pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".html", ".htm", ".xhtml") and "feeds" not in p.parts)


def time_reading(pages: list[Path], repeat: int) -> dict[str, object]:
    html_article(pages[0].read_bytes(), url="http://127.0.0.1/warm-up", source="bench")  # imports, caches
    reads, with_events = {}, {}
    for page in pages:
        data = page.read_bytes()
        runs, full = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            article = html_article(data, url=f"http://127.0.0.1/{page.name}", source="bench")
            middle = time.perf_counter()
            extract_articles([article], reference=article.published or dt.date(2024, 1, 1))
            end = time.perf_counter()
            runs.append(middle - start)
            full.append(end - start)
        reads[page.name] = statistics.median(runs) * 1000
        with_events[page.name] = statistics.median(full) * 1000
    slowest = max(reads, key=lambda name: reads[name])
    return {
        "pages": len(pages),
        "read_median_ms": round(statistics.median(reads.values()), 1),
        "read_mean_ms": round(statistics.mean(reads.values()), 1),
        "read_slowest_ms": round(reads[slowest], 1),
        "read_slowest_page": slowest,
        "read_and_events_median_ms": round(statistics.median(with_events.values()), 1),
        "target_ms": 50,
    }


def time_feed_refresh(pages: list[Path]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        www = Path(folder) / "www"
        (www / "items").mkdir(parents=True)
        for number in range(FEED_ITEMS):
            (www / "items" / f"{number}.html").write_bytes(pages[number % len(pages)].read_bytes())
        handler = functools.partial(_QuietHandler, directory=str(www))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        items = "".join(f"<item><title>Item {n}</title><link>{base}/items/{n}.html</link></item>"
                        for n in range(FEED_ITEMS))
        (www / "feed.xml").write_text(f"<rss version='2.0'><channel><title>Bench</title>{items}</channel></rss>",
                                      encoding="utf-8")
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            config = Config(database=f"sqlite:///{folder}/bench.db", output=Path(folder) / "out",
                            sources=(Source("bench-feed", url=f"{base}/feed.xml", kind="rss"),))
            start = time.perf_counter()
            report = refresh(config, dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC), force=True)
            seconds = time.perf_counter() - start
        finally:
            server.shutdown()
            server.server_close()
    source = report.sources[0]
    return {"items": FEED_ITEMS, "refresh_s": round(seconds, 2), "per_item_ms": round(seconds * 1000 / FEED_ITEMS, 1),
            "articles_read": source.items, "events": source.events, "problems": len(source.problems)}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class names it so)
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "pages")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = saved_pages(args.pages)
    if not pages:
        sys.exit(f"no saved pages under {args.pages}")
    figures = {"read": time_reading(pages, args.repeat), "feed": time_feed_refresh(pages)}
    for part, values in figures.items():
        print(part, values)
    write_results("page_speed", figures)


if __name__ == "__main__":
    main()
