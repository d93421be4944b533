"""Main-content extractors compared on the shared real pages: the calendar's score, and time per page.

    .venv/bin/python bench/extractors.py [--pages ../shared/pages]

Each extractor gives the text of every saved page; the headline and publication date are
presscal's for all (parsers/pagemeta.py), so only the article text differs. The events
found in that text (zone Europe/Brussels, as score_pages.sh sets it) are written to one
calendar per extractor and scored with the shared scorer against the gold of the pages
(the feeds' facts left out). The extractors:
- presscal: trafilatura locates the article, presscal's reader keeps its blocks (parsers/html.py);
- trafilatura: trafilatura's own text (tables included, recall favoured);
- lxml: presscal's reader before trafilatura: the longest <article>, else <main>, else <body>,
  without scripts, navigation, headers, footers, asides and forms;
- readability: readability-lxml's summary, read into blocks (pip install readability-lxml).
Figures are printed and written to bench/results/extractors.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from results import write_results  # noqa: E402 (bench/ is the script's folder)

from config import Config, calendar_info  # noqa: E402
from feeds.ics import render_calendar  # noqa: E402
from model import Article  # noqa: E402
from parsers import extract_articles  # noqa: E402
from parsers import html as page_reader  # noqa: E402
from parsers.pagemeta import published_date  # noqa: E402

Extractor = Callable[[str], str]
_SCORER = ROOT.parent / "shared" / "tools" / "score_ics.py"
_TODAY = dt.date(2026, 12, 1)  # the reference of a page without a date, fixed for repeatability
_OLD_NOISE = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg",
              "button", "select"}


def presscal_text(text: str) -> str:
    return page_reader.html_article(text.encode("utf-8"), url="http://127.0.0.1/p", source="bench").body


def trafilatura_text(text: str) -> str:
    import trafilatura

    return trafilatura.extract(text, include_tables=True, favor_recall=True, with_metadata=False) or ""


def lxml_text(text: str) -> str:
    root = lxml.html.document_fromstring(text)
    for element in [e for e in root.iter() if isinstance(e.tag, str) and e.tag in _OLD_NOISE]:
        if element.getparent() is not None:
            element.drop_tree()
    container = max(root.iter("article"), key=lambda a: len(a.text_content()), default=None)
    if container is None:
        container = next(root.iter("main"), None)
    if container is None:
        container = next(root.iter("body"), root)
    return page_reader._blocks(container)


def readability_text(text: str) -> str:
    from readability import Document

    return page_reader.fragment_text(Document(text).summary(html_partial=True))


EXTRACTORS: dict[str, Extractor] = {"presscal": presscal_text, "trafilatura": trafilatura_text, "lxml": lxml_text,
                                    "readability": readability_text}


def run(name: str, extractor: Extractor, pages: dict[str, str], gold: Path) -> dict[str, object]:
    events, seconds = [], []
    for rel, text in pages.items():
        reference = published_date(text)
        title = page_reader.html_article(text.encode("utf-8"), url="http://127.0.0.1/p", source=rel).title
        start = time.perf_counter()
        try:
            body = extractor(text)
        except Exception as exc:  # noqa: BLE001 (a failing extractor reads nothing of that page; go on)
            print(f"  {name}: {rel}: {exc}", file=sys.stderr)
            body = ""
        seconds.append(time.perf_counter() - start)
        if body.strip():
            article = Article(source=rel, title=title, body=body, url=rel, published=reference)
            events.extend(extract_articles([article], reference=reference or _TODAY).events)
    with tempfile.NamedTemporaryFile(suffix=".ics", delete=False) as out:
        out.write(render_calendar(events, calendar_info(Config())))
    scored = subprocess.run([sys.executable, str(_SCORER), out.name, str(gold)], capture_output=True, text=True,
                            check=True)
    figures = json.loads(next(line for line in scored.stdout.splitlines() if line.startswith("{")))
    Path(out.name).unlink()
    return {"recall": figures["recall"], "precision": figures["precision"], "timed": figures["timed"],
            "events": figures["events"], "median_ms": round(statistics.median(seconds) * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "pages")
    args = parser.parse_args()
    all_facts = json.loads((args.pages / "gold.json").read_text(encoding="utf-8"))
    files = sorted(p for p in args.pages.rglob("*")
                   if p.suffix in (".html", ".htm", ".xhtml") and "feeds" not in p.parts)
    pages = {p.relative_to(args.pages).as_posix(): page_reader._decode(p.read_bytes()) for p in files}
    with tempfile.TemporaryDirectory() as folder:
        gold = Path(folder) / "pages.gold.json"
        facts = [f for f in all_facts["facts"] if not f["page"].startswith("feeds/")]
        gold.write_text(json.dumps({**all_facts, "facts": facts}), encoding="utf-8")
        figures = {name: run(name, extractor, pages, gold) for name, extractor in EXTRACTORS.items()}
    for name, values in figures.items():
        print(f"{name:12} {values}")
    write_results("extractors", figures)


if __name__ == "__main__":
    main()
