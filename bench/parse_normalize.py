"""Benchmark 1: parse + normalize per page, against trafilatura alone and lxml alone.

Pages: the 181 real news pages of ``shared/data/article-extraction-benchmark``
(gzip, decompressed before timing) plus ``tests/data/gold/*.html`` if any.
Per page, in rotating order so that drift hits all three alike:

- project: ``scrapers.parse.parse_article(bytes, url)`` then
  ``normalize.extract_facts(article.text, published)``;
- baseline: ``trafilatura.extract(bytes, url=url, ...)`` with the options the
  project's generic path passes (``scrapers/parse.py``: no comments, tables
  kept, no deduplication) and trafilatura's own default of running its whole
  cascade (the project runs its main pass alone first, ``fast=True``, and the
  cascade only when that pass misses the body);
- floor: ``lxml.html.document_fromstring(bytes)``.

Each page is timed ``repeats`` times; a page's figure is the median of its
repeats and a stage's figure the sum over pages. On a miss, the project's
path is profiled (cProfile) over every page.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import trafilatura

from bench._common import Result, median, table
from normalize import extract_facts
from scrapers.errors import ScrapeError
from scrapers.parse import parse_article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"
GOLD = ROOT / "tests" / "data" / "gold"
TARGET = 1.3


@dataclass(frozen=True)
class BenchPage:
    name: str
    url: str
    content: bytes


def load_pages(limit: int | None = None) -> list[BenchPage]:
    """The corpus pages (and gold pages), decompressed; ``limit`` takes the first few."""
    urls: dict[str, str] = {}
    truth = CORPUS / "ground-truth.json"
    if truth.exists():
        urls = {key: item["url"] for key, item in json.loads(truth.read_text()).items()}
    files = sorted((CORPUS / "html").glob("*.html.gz")) + sorted(GOLD.glob("*.html"))
    if limit is not None:
        files = files[:limit]
    pages = []
    for path in files:
        if path.name.endswith(".gz"):
            key = path.name.removesuffix(".html.gz")
            content = gzip.decompress(path.read_bytes())
            url = urls.get(key, f"https://example.org/corpus/{key}")
        else:
            key = path.stem
            content = path.read_bytes()
            url = f"https://example.org/gold/{key}"
        pages.append(BenchPage(key, url, content))
    return pages


def _project(page: BenchPage) -> tuple[float, float, bool]:
    """(parse seconds, extract seconds, ok) for one page."""
    start = time.perf_counter()
    try:
        article = parse_article(page.content, page.url)
    except ScrapeError:
        return time.perf_counter() - start, 0.0, False
    parsed = time.perf_counter()
    published = article.published_at.date() if article.published_at else None
    extract_facts(article.text, published, article.title)
    return parsed - start, time.perf_counter() - parsed, True


def _trafilatura(page: BenchPage) -> None:
    trafilatura.extract(
        page.content, url=page.url, include_comments=False, include_tables=True,
        deduplicate=False,
    )


def _lxml(page: BenchPage) -> None:
    lxml.html.document_fromstring(page.content)


def profile(pages: list[BenchPage], out: Callable[[str], object]) -> None:
    """cProfile of the project's path over every page: where its extra time goes."""
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        _project(page)
    profiler.disable()
    for title, pattern, key in (
        ("the project's own functions, by cumulative time", r"/(normalize|scrapers)/",
         "cumulative"),
        ("everything, by own time", "", "tottime"),
    ):
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats(key)
        if pattern:
            stats.print_stats(pattern, 10)
        else:
            stats.print_stats(10)
        out(f"parse_normalize: cProfile over {len(pages)} pages, {title}:")
        for line in text.getvalue().splitlines():
            if "(" in line and ("/" in line or "{" in line):
                out("    " + " ".join(line.split())[:150])


def run(limit: int | None = None, repeats: int = 3, out: Callable[[str], object] = print,
        profile_on_miss: bool = True) -> list[Result]:
    pages = load_pages(limit)
    if not pages:
        raise SystemExit(f"no pages found under {CORPUS}")
    n = len(pages)
    parse_t: list[list[float]] = [[] for _ in pages]
    extract_t: list[list[float]] = [[] for _ in pages]
    traf_t: list[list[float]] = [[] for _ in pages]
    lxml_t: list[list[float]] = [[] for _ in pages]
    failed: set[str] = set()
    # Warm up: lazy imports, compiled patterns and caches belong to no page.
    _project(pages[0])
    _trafilatura(pages[0])
    _lxml(pages[0])
    for round_index in range(repeats):
        for index, page in enumerate(pages):
            order = (index + round_index) % 3
            for step in range(3):
                which = (order + step) % 3
                if which == 0:
                    parse_s, extract_s, ok = _project(page)
                    parse_t[index].append(parse_s)
                    extract_t[index].append(extract_s)
                    if not ok:
                        failed.add(page.name)
                elif which == 1:
                    start = time.perf_counter()
                    _trafilatura(page)
                    traf_t[index].append(time.perf_counter() - start)
                else:
                    start = time.perf_counter()
                    _lxml(page)
                    lxml_t[index].append(time.perf_counter() - start)
    project_s = sum(median([p + e for p, e in zip(ps, es, strict=True)])
                    for ps, es in zip(parse_t, extract_t, strict=True))
    parse_s = sum(median(ps) for ps in parse_t)
    extract_s = sum(median(es) for es in extract_t)
    traf_s = sum(median(ts) for ts in traf_t)
    lxml_s = sum(median(ls) for ls in lxml_t)
    per_page = 1000.0 / n
    out(f"parse_normalize: {n} pages ({len(list(GOLD.glob('*.html')))} gold), "
        f"{repeats} repeats, per-page medians summed; {len(failed)} pages gave no article")
    out(f"  project    {project_s * per_page:7.2f} ms/page  {n / project_s:7.1f} pages/s"
        f"  (parse_article {parse_s * per_page:.2f} ms + extract_facts "
        f"{extract_s * per_page:.2f} ms)")
    out(f"  trafilatura{traf_s * per_page:7.2f} ms/page  {n / traf_s:7.1f} pages/s")
    out(f"  lxml floor {lxml_s * per_page:7.2f} ms/page  {n / lxml_s:7.1f} pages/s"
        f"  (project is {project_s / lxml_s:.1f}x the floor)")
    result = Result(
        benchmark="parse+normalize per page",
        project=project_s * per_page,
        baseline=traf_s * per_page,
        unit="ms",
        target=f"<= {TARGET}x",
        limit=TARGET,
        baseline_name="trafilatura.extract",
    )
    if profile_on_miss and not result.passed:
        profile(pages, out)
    return [result]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    print(table(run(args.limit, args.repeats)))


if __name__ == "__main__":
    main()
