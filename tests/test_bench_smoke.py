"""``make bench`` starts: the runner imports every benchmark, and the parse benchmark
runs end to end on a few real pages through its function (seconds, not minutes)."""

from __future__ import annotations

import pytest

from bench import parse_normalize


def test_the_runner_knows_every_benchmark() -> None:
    from bench.__main__ import BENCHMARKS

    assert set(BENCHMARKS) == {
        "parse_normalize", "fetch", "store", "fanout", "noop_run", "backfill",
    }


def test_parse_benchmark_runs_on_five_pages() -> None:
    if not (parse_normalize.CORPUS / "html").is_dir():
        pytest.skip(f"no corpus at {parse_normalize.CORPUS}")
    lines: list[str] = []
    results = parse_normalize.run(limit=5, repeats=1, out=lines.append)
    assert len(results) == 1
    result = results[0]
    assert result.project > 0 and result.baseline > 0
    assert result.ratio > 0
    assert any("pages/s" in line for line in lines)
