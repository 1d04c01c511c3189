"""Benchmark 6: end-to-end backfill of N generated articles, per-article cost and peak RSS.

A local site (``flows.sinks.HttpSite``'s handler on a bounded pool, HTTP/1.1
keep-alive, 127.0.0.1) serves N generated news pages (~20 KB each, generic
layout: the trafilatura path; each with tariff and meeting sentences, and the
styles, script and menus a real page carries) from this process.
Each size runs in a child process of its own, so that its peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is its own. The child runs
the real ``backfill`` flow (``flows.backfill``: collection with alerts off;
default ``[fetch]`` limits) with Prefect in ephemeral mode, on a config whose
one source lists the N page URLs, into a new DuckDB file. A warm-up flow
starts Prefect's temporary server before the clock, so the timed run's fixed
cost is one flow run (~0.1-0.5 s, benchmark 5). Per-task times are read back
from Prefect's API.

Sizes: 1,000 and 5,000 (``--quick``, the default of ``make bench``), or
10,000 and 100,000 with ``--full`` (``BENCH_FULL=1 make bench``); the small
size runs before and after the large one and its per-article figure is the
mean of the two. Targets: per-article cost at the larger size <= 1.1x that at
the smaller, and peak RSS < 1 GiB (of the larger run).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench._common import Result, ephemeral_prefect_env, table, task_run_times
from bench._servers import BoundedSite
from flows.sinks import Response

ROOT = Path(__file__).resolve().parents[1]
QUICK_SIZES = (1_000, 5_000)
FULL_SIZES = (10_000, 100_000)
LINEAR_TARGET = 1.1
RSS_LIMIT_MIB = 1024.0
COUNTRIES = ["Japan", "China", "Canada", "Mexico", "South Korea", "India", "Vietnam",
             "Brazil", "the European Union", "Britain"]
SECTORS = ["steel", "aluminum", "cars", "semiconductors", "lumber", "copper"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_PATH = re.compile(r"^/news/(\d+)\.html$")
# What a real page carries besides its story (the corpus pages average ~170 KB): styles,
# an inline script, a long menu. It brings a generated page to ~20 KB.
_STYLE = "<style>" + "".join(
    f".c{i} {{ margin: {i % 9}px; padding: {i % 5}px; color: #{i * 2654435761 % 0xFFFFFF:06x}; }}"
    for i in range(120)) + "</style>"
_SCRIPT = "<script>window.__config = " + json.dumps(
    {f"slot_{i}": {"id": f"ad-{i:04d}", "sizes": [[300, 250], [728, 90]], "lazy": i % 2 == 0}
     for i in range(110)}) + ";</script>"
_MENU = "<ul class=\"menu\">" + "".join(
    f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(90)) + "</ul>"


def article_html(number: int) -> bytes:
    """A news page in a generic layout; the same number always gives the same page."""
    country = COUNTRIES[number % len(COUNTRIES)]
    partner = COUNTRIES[(number * 7 + 3) % len(COUNTRIES)]
    sector = SECTORS[number % len(SECTORS)]
    rate = 10 + number % 41
    old = 25 if rate != 25 else 20
    round_name = ORDINALS[number % len(ORDINALS)]
    day = 1 + number % 28
    month = 1 + (number // 28) % 12
    published = f"2025-{month:02d}-{day:02d}T09:{number % 60:02d}:00+00:00"
    paragraphs = [
        f"WASHINGTON (Report {number}) - The United States will raise its tariff on "
        f"{sector} from {country} to {rate}% from {old}% starting next month, the Commerce "
        f"Department said on Tuesday.",
        f"Officials from {country} said they would respond, and a spokesperson added that "
        f"talks with Washington would continue despite the decision announced in report "
        f"{number}.",
        f"Negotiators from {partner} and the United States will hold a {round_name} round "
        f"of ministerial talks in Washington next week, according to people familiar with "
        f"the plans.",
        "The administration has said the baseline tariff of 10% on all trading partners "
        "remains in place while the negotiations go on.",
        "Economists said the measures would weigh on trade flows and raise costs for "
        "manufacturers that depend on imported parts and materials this year.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    related = "".join(f'<li><a href="/news/{number + k}.html">Markets rise {k}.5% as '
                      f"investors weigh tariffs</a></li>" for k in range(1, 6))
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Tariffs on {country}: {rate}% on {sector} (report {number})</title>"
        f'<meta property="article:published_time" content="{published}">'
        f'<link rel="canonical" href="/news/{number}.html">{_STYLE}{_SCRIPT}</head><body>'
        f'<header>{_MENU}<nav><a href="/">Home</a> <a href="/world">World</a> '
        '<a href="/business">Business</a> <a href="/markets">Markets</a></nav></header>'
        f"<main><article><h1>Tariffs on {country}: {rate}% on {sector} (report {number})"
        f"</h1><p class=\"byline\">By Staff Reporter</p>{body}</article>"
        f"<aside><h2>Related</h2><ul>{related}</ul></aside></main>"
        "<footer><p>Copyright 2025 Example News. All rights reserved.</p></footer>"
        "</body></html>"
    ).encode()


def route(path: str) -> Response | None:
    match = _PATH.match(path)
    if match is None:
        return None
    return Response(200, article_html(int(match.group(1))),
                    (("Content-Type", "text/html; charset=utf-8"),))


def child(base_url: str, size: int) -> dict[str, Any]:
    """Runs in the child process: one backfill flow run of ``size`` pages; the figures."""
    from prefect import flow

    from flows.backfill import backfill

    @flow(name="warm-up")
    def warm_up() -> None:
        """Starts Prefect's temporary server before the clock does."""

    warm_up()
    urls = [f"{base_url}/news/{i}.html" for i in range(size)]
    with tempfile.TemporaryDirectory(prefix="tw-bench-backfill-") as tmp:
        config = Path(tmp) / "tariffwatch.toml"
        config.write_text(
            '[storage]\ndatabase = "backfill.duckdb"\n\n[[sources]]\nname = "generated"\n'
            f"pages = {json.dumps(urls)}\n",
            encoding="utf-8",
        )
        start = time.perf_counter()
        summary = asyncio.run(backfill(config_path=str(config)))
        total = time.perf_counter() - start
        tasks = asyncio.run(task_run_times(summary.run_id))
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "size": size, "total_s": total, "tasks": tasks,
        "new": summary.articles_new, "tariff_facts": summary.tariff_facts,
        "meeting_facts": summary.meeting_facts, "failures": len(summary.failures),
        "peak_rss_mib": rss_kib / 1024,
    }


def _run_size(base_url: str, size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tw-bench-prefect-home-") as home:
        done = subprocess.run(
            [sys.executable, "-m", "bench.backfill", "--child", "--base", base_url,
             "--size", str(size)],
            cwd=ROOT, env=ephemeral_prefect_env(home), capture_output=True, text=True,
            timeout=3 * 3600, check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"backfill child ({size}) failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(full: bool | None = None, out: Callable[[str], object] = print) -> list[Result]:
    if full is None:
        full = os.environ.get("BENCH_FULL") == "1"
    small, large = FULL_SIZES if full else QUICK_SIZES
    figures: dict[int, dict[str, Any]] = {}
    with BoundedSite(route, workers=16, keep_alive=True) as site:
        # small, large, small again: the two small runs bracket the large one, so a drift
        # of the machine's speed during the run shows as their spread, not as non-linearity.
        first = _run_size(site.url, small)
        figures[large] = _run_size(site.url, large)
        again = _run_size(site.url, small)
    figures[small] = first
    for size, f in ((small, first), (large, figures[large]), (small, again)):
        per = 1000.0 / size
        tasks = ", ".join(f"{name} {seconds * per:.2f}"
                          for name, seconds in sorted(f["tasks"].items()))
        out(f"backfill {size:,}: {f['total_s']:.1f} s = {f['total_s'] * per:.2f} ms/article "
            f"(task runs, ms/article: {tasks}); {f['new']:,} new, {f['tariff_facts']:,} "
            f"tariff and {f['meeting_facts']:,} meeting facts, {f['failures']} failures; "
            f"peak RSS {f['peak_rss_mib']:.0f} MiB")
    if not full:
        slope = ((figures[large]["peak_rss_mib"] - figures[small]["peak_rss_mib"])
                 / (large - small))
        at_full = figures[small]["peak_rss_mib"] + slope * (FULL_SIZES[1] - small)
        out(f"backfill: peak RSS grows ~{slope * 1024:.0f} KiB per article between the two "
            f"sizes (a straight line through them reaches {at_full:,.0f} MiB at "
            f"{FULL_SIZES[1]:,}: an extrapolation, not a measurement)")
    small_ms = (first["total_s"] + again["total_s"]) / 2 * 1000.0 / small
    large_ms = figures[large]["total_s"] * 1000.0 / large
    mode = "full" if full else "quick; BENCH_FULL=1 for 10k/100k"
    return [
        Result(f"backfill per article, {large:,} vs {small:,} ({mode})", large_ms, small_ms,
               "ms", f"<= {LINEAR_TARGET:g}x", LINEAR_TARGET,
               f"per article at {small:,}, mean of 2"),
        Result(f"backfill peak RSS at {large:,}", figures[large]["peak_rss_mib"],
               RSS_LIMIT_MIB, "MiB", "< 1 GiB", 1.0, "limit"),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true",
                      help=f"{QUICK_SIZES[0]:,} and {QUICK_SIZES[1]:,} articles (default)")
    size.add_argument("--full", action="store_true",
                      help=f"{FULL_SIZES[0]:,} and {FULL_SIZES[1]:,} articles (or BENCH_FULL=1)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.base, args.size)))
        return
    print(table(run(True if args.full else (False if args.quick else None))))


if __name__ == "__main__":
    main()
