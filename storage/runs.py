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


def known_pages(
    conn: duckdb.DuckDBPyConnection, urls: list[str] | None
) -> dict[str, datetime | None]:
    """URLs already fetched and parsed (all, or those of ``urls``), with the feed's
    ``updated`` time we saw then."""
    query = "SELECT url, feed_updated_at FROM fetches WHERE content_hash IS NOT NULL"
    if urls is None:
        rows = conn.execute(query).fetchall()
    else:
        rows = conn.execute(query + " AND url IN (SELECT unnest(?))", [urls]).fetchall()
    return {url: updated for url, updated in rows}


#: A row of ``fetches``: url, source, http_status, etag, last_modified, content_hash,
#: feed_updated_at, fetched_at.
FetchRow = tuple[
    str, str, int, str | None, str | None, str | None, datetime | None, datetime
]


def record_fetch(
    conn: duckdb.DuckDBPyConnection,
    url: str,
    source: str,
    http_status: int,
    content_hash: str | None,
    feed_updated_at: datetime | None,
    now: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    record_fetches(conn, [(url, source, http_status, etag, last_modified, content_hash,
                           feed_updated_at, now)])


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


def parked_urls(conn: duckdb.DuckDBPyConnection, after_failures: int) -> set[str]:
    """URLs that failed ``after_failures`` times without a success since: not retried."""
    rows = conn.execute(
        "SELECT url FROM failed_items WHERE attempts >= ?", [after_failures]
    ).fetchall()
    return {row[0] for row in rows}


def validators(conn: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """ETag and Last-Modified of every URL fetched before, for conditional GET."""
    rows = conn.execute(
        "SELECT url, etag, last_modified FROM fetches"
        " WHERE etag IS NOT NULL OR last_modified IS NOT NULL"
    ).fetchall()
    return {url: (etag, modified) for url, etag, modified in rows}


def retry_urls(conn: duckdb.DuckDBPyConnection, parked: set[str]) -> dict[str, tuple[str, ...]]:
    """Per source, the URLs that failed and are due for another try (not parked)."""
    found: dict[str, list[str]] = {}
    for source, url in conn.execute(
        "SELECT source, url FROM failed_items ORDER BY source, url"
    ).fetchall():
        if url not in parked:
            found.setdefault(source, []).append(url)
    return {source: tuple(urls) for source, urls in found.items()}
