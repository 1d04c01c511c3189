"""Benchmark 2: fetch 200 pages from a local server that adds 100 ms per response.

The server is ``flows.sinks.HttpSite``'s handler on a bounded pool of 32
threads (:class:`bench._servers.BoundedSite`), on 127.0.0.1; each response
sleeps 100 ms before answering. The project fetches the way a collection run
does: one ``make_client`` client, one ``Fetcher`` with the policy's limits,
and ``asyncio.gather`` over ``Fetcher.fetch`` of every page URL.

- against the ideal, ``pages x latency / limit`` (limit = the smaller of the
  per-host and the global limit: all pages are on one host);
- against sequential fetching: a plain loop of ``httpx.Client.get``, timed on
  20 pages and extrapolated to 200 (x10).

The configured default, ``per_host_limit = 2``, caps the speed-up over
sequential at 2x, so the ">= 8x faster" target is run with
``per_host_limit = 10, global_limit = 16`` (a setting of ``[fetch]``).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Callable

import httpx

from bench._common import Result, median, table
from bench._servers import BoundedSite
from flows.sinks import Response
from scrapers.fetch import Fetcher, FetchPolicy, make_client

LATENCY_S = 0.100
PAGES = 200
SEQUENTIAL_SAMPLE = 20
BODY = ("<html><head><title>Page</title></head><body><article>"
        + "<p>The United States raised its tariff on Japanese cars to 25% on Tuesday.</p>" * 60
        + "</article></body></html>").encode()


class SlowSite:
    """Every ``/page/<n>.html`` answers after ``latency_s``."""

    def __init__(self, latency_s: float) -> None:
        self.latency_s = latency_s

    def route(self, path: str) -> Response | None:
        if not path.startswith("/page/"):
            return None
        time.sleep(self.latency_s)
        return Response(200, BODY, (("Content-Type", "text/html; charset=utf-8"),))


async def _collect(urls: list[str], policy: FetchPolicy) -> int:
    async with make_client(policy) as client:
        fetcher = Fetcher(client, policy)
        pages = await asyncio.gather(*(fetcher.fetch(url) for url in urls))
    return sum(1 for page in pages if page.status == 200)


def project_seconds(urls: list[str], policy: FetchPolicy) -> float:
    start = time.perf_counter()
    fetched = asyncio.run(_collect(urls, policy))
    elapsed = time.perf_counter() - start
    assert fetched == len(urls), fetched
    return elapsed


def sequential_seconds(urls: list[str], policy: FetchPolicy) -> float:
    with httpx.Client(headers={"User-Agent": policy.user_agent}) as client:
        start = time.perf_counter()
        for url in urls:
            client.get(url).raise_for_status()
        return time.perf_counter() - start


def run(quick: bool = False, out: Callable[[str], object] = print) -> list[Result]:
    default = FetchPolicy()
    wide = FetchPolicy(per_host_limit=10, global_limit=16)
    repeats = 1 if quick else 3
    with BoundedSite(SlowSite(LATENCY_S).route, workers=32) as site:
        urls = [f"{site.url}/page/{i}.html" for i in range(PAGES)]
        project_seconds(urls[:4], wide)  # warm up: imports, first connection
        sequential = median([
            sequential_seconds(urls[:SEQUENTIAL_SAMPLE], default) for _ in range(repeats)
        ]) * (PAGES / SEQUENTIAL_SAMPLE)
        default_s = project_seconds(urls, default)  # ~10 s: once
        wide_s = median([project_seconds(urls, wide) for _ in range(repeats)])
    results = []
    for label, policy, seconds in (("default", default, default_s), ("wide", wide, wide_s)):
        limit = min(policy.per_host_limit, policy.global_limit)
        ideal = PAGES * LATENCY_S / limit
        out(f"fetch ({label}): per_host_limit={policy.per_host_limit} "
            f"global_limit={policy.global_limit}: {PAGES} pages in {seconds:.2f} s; ideal "
            f"{ideal:.2f} s; {sequential / seconds:.1f}x faster than sequential")
        results.append(Result(
            benchmark=f"fetch {PAGES} pages @100 ms, per_host_limit={policy.per_host_limit}",
            project=seconds, baseline=ideal, unit="s", target="<= 1.3x", limit=1.3,
            baseline_name="ideal",
        ))
    out(f"fetch: sequential httpx.Client loop: {SEQUENTIAL_SAMPLE} pages timed "
        f"(median of {repeats}), x{PAGES // SEQUENTIAL_SAMPLE} = {sequential:.2f} s for "
        f"{PAGES} pages")
    results.append(Result(
        benchmark=f"fetch {PAGES} pages @100 ms, per_host_limit=10 vs sequential",
        project=wide_s, baseline=sequential, unit="s", target="<= 0.125x (>= 8x faster)",
        limit=0.125, baseline_name=f"sequential, {SEQUENTIAL_SAMPLE} timed x10",
    ))
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat instead of three")
    args = parser.parse_args(argv)
    print(table(run(args.quick)))


if __name__ == "__main__":
    main()
