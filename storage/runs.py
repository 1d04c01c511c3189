"""Run bookkeeping: runs, per-URL fetch state, and failures."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import duckdb


def start_run(conn: duckdb.DuckDBPyConnection, run_id: str, now: datetime) -> None:
    conn.execute(
        "INSERT INTO runs (run_id, started_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [run_id, now],
    )


def finish_run(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    now: datetime,
    baseline: bool,
    summary: dict[str, Any],
) -> None:
    conn.execute(
        "UPDATE runs SET finished_at = ?, baseline = ?, summary = ? WHERE run_id = ?",
        [now, baseline, json.dumps(summary, default=str), run_id],
    )


def record_failure(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    source: str,
    url: str | None,
    stage: str,
    error_class: str,
    message: str,
    now: datetime,
) -> None:
    conn.execute(
        "INSERT INTO failures (run_id, source, url, stage, error_class, message, occurred_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [run_id, source, url, stage, error_class, message, now],
    )


def fetch_state(conn: duckdb.DuckDBPyConnection) -> tuple[
    dict[str, datetime | None], dict[str, tuple[str | None, str | None]]
]:
    """From one read of ``fetches``: the URLs already fetched and parsed, with the feed's
    ``updated`` time we saw then; and the ETag and Last-Modified of every URL that had
    them, for conditional GET."""
    known: dict[str, datetime | None] = {}
    validators: dict[str, tuple[str | None, str | None]] = {}
    for url, parsed, updated, etag, modified in conn.execute(
        "SELECT url, content_hash IS NOT NULL, feed_updated_at, etag, last_modified"
        " FROM fetches"
    ).fetchall():
        if parsed:
            known[url] = updated
        if etag is not None or modified is not None:
            validators[url] = (etag, modified)
    return known, validators


#: A row of ``fetches``: url, source, http_status, etag, last_modified, content_hash,
#: feed_updated_at, fetched_at.
FetchRow = tuple[
    str, str, int, str | None, str | None, str | None, datetime | None, datetime
]


def record_fetches(conn: duckdb.DuckDBPyConnection, rows: list[FetchRow]) -> None:
    """Insert or replace fetch rows in one statement (the last row of a URL wins)."""
    latest = list({row[0]: row for row in rows}.values())
    if not latest:
        return
    columns = [list(column) for column in zip(*latest, strict=True)]
    conn.execute(
        "INSERT INTO fetches SELECT " + ", ".join("unnest(?)" for _ in columns)
        + " ON CONFLICT (url) DO UPDATE SET source = excluded.source,"
        " http_status = excluded.http_status, etag = excluded.etag,"
        " last_modified = excluded.last_modified, content_hash = excluded.content_hash,"
        " feed_updated_at = excluded.feed_updated_at, fetched_at = excluded.fetched_at",
        columns,
    )


def refetched_as_stored(conn: duckdb.DuckDBPyConnection, row: FetchRow) -> bool:
    """Whether recording ``row`` would only move its ``fetched_at``: the stored fetch of
    its URL has the same status, hash and validators, and no failure since to clear."""
    url, _, status, etag, modified, digest, _, _ = row
    found = conn.execute(
        "SELECT count(*) FROM fetches WHERE url = $1 AND http_status = $2"
        " AND content_hash IS NOT DISTINCT FROM $3 AND etag IS NOT DISTINCT FROM $4"
        " AND last_modified IS NOT DISTINCT FROM $5 AND fetched_at > (SELECT"
        " coalesce(max(occurred_at), '-infinity'::TIMESTAMPTZ) FROM failures WHERE url = $1)",
        [url, status, digest, etag, modified],
    ).fetchone()
    return bool(found and found[0])


def failed_items(
    conn: duckdb.DuckDBPyConnection, park_after: int
) -> tuple[set[str], dict[str, tuple[str, ...]]]:
    """Items that failed without a success since: the URLs that failed ``park_after``
    times (parked: not retried), and per source the URLs due for another try."""
    rows = conn.execute(
        "SELECT source, url, attempts FROM failed_items ORDER BY source, url"
    ).fetchall()
    parked = {url for _, url, attempts in rows if attempts >= park_after}
    retry: dict[str, list[str]] = {}
    for source, url, _ in rows:
        if url not in parked:
            retry.setdefault(source, []).append(url)
    return parked, {source: tuple(urls) for source, urls in retry.items()}
