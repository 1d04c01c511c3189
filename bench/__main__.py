"""``python -m bench`` (``make bench``): run every benchmark, print one table.

Options: ``--quick`` (smaller sizes and fewer repeats everywhere), ``--only
NAME ...`` (parse_normalize, fetch, store, fanout, noop_run, backfill),
``--markdown`` (also print the table as Markdown). ``BENCH_FULL=1`` runs the
two slow ones at the issue's full sizes: fan-out with 1,000 subscribers
instead of 100, backfill at 10k/100k instead of 1k/5k.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime

from bench import backfill, fanout, fetch, noop_run, parse_normalize, store
from bench._common import Result, markdown, table

# Each takes (quick, full): --quick, and BENCH_FULL=1 (full sizes for the slow two).
BENCHMARKS: dict[str, Callable[[bool, bool], list[Result]]] = {
    "parse_normalize": lambda quick, full: parse_normalize.run(repeats=1 if quick else 3),
    "fetch": lambda quick, full: fetch.run(quick),
    "store": lambda quick, full: store.run(quick),
    "fanout": lambda quick, full: fanout.run(quick=quick or not full),
    "noop_run": lambda quick, full: noop_run.run(quick),
    "backfill": lambda quick, full: backfill.run(full=full),
}


def _machine() -> str:
    cpus = os.cpu_count()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in open("/proc/cpuinfo", encoding="utf-8")
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    return f"{cpus} cores ({model}), Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="smaller sizes, fewer repeats (fan-out: 100 subscribers)")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), metavar="NAME",
                        help=f"run only these: {', '.join(BENCHMARKS)}")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    started = time.perf_counter()
    print(f"tariffwatch benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {_machine()}")
    full = os.environ.get("BENCH_FULL") == "1" and not args.quick
    print(f"git {_git_head()}; {'--quick' if args.quick else 'standard'} repeats; "
          f"fan-out {'1,000' if full else '100'} subscribers x 20 changes; "
          f"backfill {'10k/100k' if full else '1k/5k'} articles"
          f"{'' if full else ' (BENCH_FULL=1 for the full sizes)'}")
    results: list[Result] = []
    errors: list[str] = []
    for name in names:
        print(f"\n== {name} ==", flush=True)
        begun = time.perf_counter()
        try:
            results += BENCHMARKS[name](args.quick, full)
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            errors.append(name)
        print(f"({name}: {time.perf_counter() - begun:.0f} s)", flush=True)
    print(f"\n== results ({time.perf_counter() - started:.0f} s in all) ==")
    print(table(results))
    if args.markdown:
        print()
        print(markdown(results))
    missed = [r.benchmark for r in results if not r.passed]
    if missed:
        print(f"\n{len(missed)} target(s) missed: {'; '.join(missed)}")
    if errors:
        print(f"\nbenchmark(s) that failed to run: {', '.join(errors)}")
        return 1
    return 0  # a missed target is a finding, not a failure to run


def _git_head() -> str:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=False, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=False, timeout=10)
    except OSError:
        return "unknown"
    head = done.stdout.strip() or "unknown"
    return head + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


if __name__ == "__main__":
    sys.exit(main())
