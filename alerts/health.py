"""Source health: tell operators when a source keeps failing or goes quiet.

A source that failed ``failure_runs`` runs in a row, or that has produced no
new article for ``silence`` although it has been tried all that time, gives
one ``source_health`` change per episode (the same episode never alerts
twice); subscribers get it only if their ``alerts`` list names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb

from alerts.changes import Change
from storage.ids import stable_id


@dataclass(frozen=True)
class SourceRun:
    source: str
    ok: bool
    new_items: int
    error: str | None = None


def record_source_runs(
    conn: duckdb.DuckDBPyConnection, run_id: str, results: list[SourceRun], now: datetime
) -> None:
    if results:
        conn.executemany(
            "INSERT INTO source_runs VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [[run_id, r.source, now, r.ok, r.new_items, r.error] for r in results],
        )


def check_sources(
    conn: duckdb.DuckDBPyConnection,
    sources: list[str],
    failure_runs: int,
    silence: timedelta | None,
    now: datetime,
) -> list[Change]:
    changes = []
    for source in sources:
        history = conn.execute(
            "SELECT run_id, finished_at, ok, new_items, error FROM source_runs"
            " WHERE source = ? ORDER BY finished_at DESC, run_id DESC",
            [source],
        ).fetchall()
        streak = []
        for row in history:
            if row[2]:
                break
            streak.append(row)
        if failure_runs > 0 and len(streak) >= failure_runs:
            first_failure = streak[-1]
            problem = f"failed {len(streak)} runs in a row; last error: {streak[0][4]}"
            changes.append(_health(source, "failing", first_failure[0], problem,
                                   first_failure[1]))
            continue
        if silence is None or not history:
            continue
        productive = [row for row in history if row[3] > 0]
        quiet_since = productive[0][1] if productive else history[-1][1]
        if now - quiet_since >= silence and history[-1][1] <= now - silence:
            hours = int((now - quiet_since).total_seconds() // 3600)
            problem = f"no new articles for {hours} hours"
            changes.append(_health(source, "silent", str(quiet_since), problem, quiet_since))
    return changes


def _health(source: str, episode: str, since: str, problem: str, when: datetime) -> Change:
    return Change(
        change_id=stable_id("source_health", source, episode, since),
        kind="source_health",
        headline=f"Source {source}: {problem}",
        countries=(),
        article_id=None,
        mention_id=None,
        sentence=problem,
        article_title=f"source {source}",
        article_url="",
        published_at=when,
        source=source,
        status=problem,
    )
