"""What every benchmark shares: timing, medians, a result row and the table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Result:
    """One row of the table: the project's figure beside a baseline of the same run."""

    benchmark: str
    project: float  # in ``unit``; lower is better
    baseline: float
    unit: str
    target: str  # e.g. "<= 1.3x"
    limit: float  # the ratio that passes (project / baseline <= limit)
    baseline_name: str = ""

    @property
    def ratio(self) -> float:
        return self.project / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool:
        return self.ratio <= self.limit


def median(values: list[float]) -> float:
    return statistics.median(values)


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` is the elapsed wall time in seconds."""
    elapsed: list[float] = []
    start = time.perf_counter()
    try:
        yield elapsed
    finally:
        elapsed.append(time.perf_counter() - start)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value >= 0.1 else f"{value * 1000:.2f} ms"
    if unit == "ms":
        return f"{value:.2f} ms"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.3g} {unit}"


def table(results: list[Result]) -> str:
    header = ["benchmark", "project", "baseline (same run)", "ratio", "target", "result"]
    rows = [header]
    for r in results:
        baseline = fmt(r.baseline, r.unit)
        if r.baseline_name:
            baseline = f"{baseline} ({r.baseline_name})"
        rows.append([
            r.benchmark, fmt(r.project, r.unit), baseline, f"{r.ratio:.2f}x", r.target,
            "pass" if r.passed else "MISS",
        ])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown(results: list[Result]) -> str:
    lines = ["| benchmark | project | baseline (same run) | ratio | target | result |",
             "|---|---|---|---|---|---|"]
    for r in results:
        baseline = fmt(r.baseline, r.unit)
        if r.baseline_name:
            baseline = f"{baseline} ({r.baseline_name})"
        lines.append(
            f"| {r.benchmark} | {fmt(r.project, r.unit)} | {baseline} | {r.ratio:.2f}x "
            f"| {r.target} | {'pass' if r.passed else 'MISS'} |"
        )
    return "\n".join(lines)


def ephemeral_prefect_env(home: str) -> dict[str, str]:
    """The environment for a child process that runs Prefect flows in ephemeral mode.

    No ``PREFECT_API_URL`` (so Prefect starts its temporary local server), a fresh
    ``PREFECT_HOME``, analytics and telemetry off (as ``flows/__init__.py`` sets them).
    """
    import os

    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env.update({
        "PREFECT_HOME": home,
        "PREFECT_SERVER_EPHEMERAL_ENABLED": "true",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    })
    return env


async def task_run_times(flow_run_id: str) -> dict[str, float]:
    """Seconds per task run of a flow run (by task run name), read from Prefect's API."""
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async with get_client() as client:
        found = await client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[UUID(flow_run_id)]))
        )
    return {run.name: run.total_run_time.total_seconds() for run in found}
