"""Open the DuckDB file: writers migrate it, readers get a read-only handle."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from storage.errors import DatabaseLocked
from storage.migrations import migrate


def connect(path: str | Path, *, wait_s: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open ``path`` for writing, creating and migrating it as needed.

    DuckDB allows one writing process; if another holds the file we retry
    with backoff for up to ``wait_s`` seconds, then raise :class:`DatabaseLocked`.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    delay = 0.2
    while True:
        try:
            conn = duckdb.connect(str(target))
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise DatabaseLocked(str(target), _lock_detail(str(exc))) from None
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 5.0)
    conn.execute("SET TimeZone = 'UTC'")
    migrate(conn)
    return conn


def connect_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    target = Path(path)
    if not target.exists():
        raise FileNotFoundError(f"no database at {target}")
    conn = duckdb.connect(str(target), read_only=True)
    conn.execute("SET TimeZone = 'UTC'")
    return conn


def _lock_detail(message: str) -> str:
    # DuckDB says e.g. 'Conflicting lock is held in /usr/bin/python3 (PID 1234)'.
    marker = "Conflicting lock is held in"
    if marker in message:
        return message[message.index(marker):].split("\n")[0].rstrip(". ")
    return "lock held"
