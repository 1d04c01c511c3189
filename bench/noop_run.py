"""Benchmark 5: a no-op scheduled run against a bare Prefect flow with one task.

Runs in a child process with Prefect in ephemeral mode (no ``PREFECT_API_URL``;
a temporary ``PREFECT_HOME``, so a fresh local database; telemetry and
analytics off as ``flows/__init__.py`` sets them). In that process:

1. the demo news site (``flows.demo.DemoSite``, every article in its feed) is
   served by ``flows.sinks.HttpSite`` on 127.0.0.1, and the real ``collect``
   flow runs once to fill an empty DuckDB file (this also starts Prefect's
   temporary server);
2. then, interleaved, ``repeats`` times each: the ``collect`` flow again (all
   pages known: it fetches the feed, skips every page, stores nothing, sends
   nothing), and a bare async ``@flow`` calling one ``@task`` that returns 1;
3. to explain the gap: the no-op run's task runs are read back from Prefect's
   API, and a bare flow calling that many one-line tasks is timed too.

Each figure is the median wall time of ``asyncio.run(flow(...))``. The
demo site sends no ETag or Last-Modified, so the project's feed fetch
answers 200, not 304, and the feed is parsed on every run (a feed that
answers 304 costs a little less).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench._common import Result, ephemeral_prefect_env, median, table, task_run_times

TARGET = 1.2
ROOT = Path(__file__).resolve().parents[1]


def _config(workdir: Path, site_url: str) -> Path:
    config = workdir / "tariffwatch.toml"
    config.write_text(
        f"""[storage]
database = "noop.duckdb"

[[sources]]
name = "demo-politics"
feed = "{site_url}/feed.xml"
""",
        encoding="utf-8",
    )
    return config


def child(repeats: int, profile: bool) -> dict[str, Any]:
    """Runs in the child process; returns the measurements."""
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    from flows.collect import collect
    from flows.demo import DemoSite
    from flows.pipeline import RunSummary
    from flows.sinks import HttpSite

    @task(cache_policy=NO_CACHE)
    def one_task() -> int:
        return 1

    @flow(name="bare")
    async def bare() -> int:
        return one_task()

    @flow(name="bare-n-tasks")
    async def bare_n(tasks: int) -> int:
        return sum(one_task() for _ in range(tasks))


    site = DemoSite()
    site.stage = len(site.stages)  # every article in the feed
    with tempfile.TemporaryDirectory(prefix="tw-bench-noop-") as tmp, \
            HttpSite(site.route) as http:
        site.base_url = http.url
        config = str(_config(Path(tmp), http.url))
        start = time.perf_counter()
        filled = asyncio.run(collect(config_path=config))
        assert isinstance(filled, RunSummary), filled
        fill_s = time.perf_counter() - start
        asyncio.run(bare())  # warm up the bare flow too
        collect_t, bare_t = [], []
        summary = None
        for _ in range(repeats):
            start = time.perf_counter()
            summary = asyncio.run(collect(config_path=config))
            collect_t.append(time.perf_counter() - start)
            start = time.perf_counter()
            asyncio.run(bare())
            bare_t.append(time.perf_counter() - start)
        assert isinstance(summary, RunSummary), summary
        names = sorted(asyncio.run(task_run_times(summary.run_id)))
        bare_n_t = []
        for _ in range(max(1, repeats // 2)):
            start = time.perf_counter()
            asyncio.run(bare_n(len(names)))
            bare_n_t.append(time.perf_counter() - start)
        lines: list[str] = []
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            asyncio.run(collect(config_path=config))
            profiler.disable()
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(
                r"(flows/|scrapers/|storage/|alerts/|prefect/(task_engine|flow_engine|"
                r"client/orchestration|artifacts))", 14,
            )
            lines = [" ".join(line.split())[:150] for line in text.getvalue().splitlines()
                     if "(" in line and "/" in line]
    return {
        "fill_s": fill_s,
        "fill_new": filled.articles_new,
        "collect": collect_t,
        "bare": bare_t,
        "task_runs": names,
        "bare_n": bare_n_t,
        "known": summary.articles_already_known,
        "new": summary.articles_new,
        "failures": len(summary.failures),
        "profile": lines,
    }


def run(quick: bool = False, out: Callable[[str], object] = print, profile_on_miss: bool = True
        ) -> list[Result]:
    repeats = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="tw-bench-prefect-home-") as home:
        env = ephemeral_prefect_env(home)
        command = [sys.executable, "-m", "bench.noop_run", "--child", "--repeats", str(repeats)]
        if profile_on_miss:
            command.append("--profile")
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=900, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"noop_run child failed:\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    collect_s, bare_s = median(data["collect"]), median(data["bare"])
    out(f"noop_run: fill run {data['fill_s']:.2f} s ({data['fill_new']} articles new, "
        f"incl. starting Prefect's temporary server); then {repeats} interleaved repeats: "
        f"collect {collect_s:.3f} s (runs: {', '.join(f'{t:.2f}' for t in data['collect'])})"
        f", bare flow {bare_s:.3f} s (runs: {', '.join(f'{t:.2f}' for t in data['bare'])})")
    out(f"noop_run: the measured collect runs found {data['known']} pages already known, "
        f"{data['new']} new, {data['failures']} failures")
    names = data["task_runs"]
    bare_n_s = median(data["bare_n"])
    out(f"noop_run: a no-op collect run makes {len(names)} task runs ({', '.join(names)}); "
        f"a bare flow with {len(names)} one-line tasks takes {bare_n_s:.3f} s "
        f"(collect is {collect_s / bare_n_s:.2f}x that): "
        f"~{(bare_n_s - bare_s) / max(1, len(names) - 1) * 1000:.0f} ms per extra task run")
    result = Result("no-op scheduled run (collect flow)", collect_s, bare_s, "s",
                    f"<= {TARGET:g}x", TARGET, "bare flow, 1 task")
    if not result.passed and data["profile"]:
        out("noop_run: cProfile of one more no-op collect run, by cumulative time:")
        for line in data["profile"]:
            out("    " + line)
    return [result]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 repeats instead of 7")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=7, help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.repeats, args.profile)))
        return
    print(table(run(args.quick)))


if __name__ == "__main__":
    main()
