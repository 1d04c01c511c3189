"""Per-subscriber unsubscribe tokens and the unsubscribed list.

A token is an HMAC of the subscriber's name under a random key kept in the
database (``meta.unsubscribe_key``), so it is stable for a subscriber, cannot
be guessed from the name, and needs no secret in the config.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

import duckdb


def _key(conn: duckdb.DuckDBPyConnection) -> bytes:
    row = conn.execute("SELECT value FROM meta WHERE key = 'unsubscribe_key'").fetchone()
    if row is None:
        raise LookupError("the database has no unsubscribe key (not migrated?)")
    return str(row[0]).encode("ascii")


def token_for(key: bytes, subscriber: str) -> str:
    return hmac.new(key, subscriber.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def tokens(conn: duckdb.DuckDBPyConnection, subscribers: list[str]) -> dict[str, str]:
    key = _key(conn)
    return {name: token_for(key, name) for name in subscribers}


def unsubscribe(
    conn: duckdb.DuckDBPyConnection, token: str, subscribers: list[str], now: datetime
) -> str | None:
    """Record the unsubscribe of the subscriber the token belongs to; returns its name."""
    key = _key(conn)
    for name in subscribers:
        if hmac.compare_digest(token_for(key, name), token.strip().lower()):
            conn.execute(
                "INSERT INTO unsubscribes VALUES (?, ?) ON CONFLICT DO NOTHING", [name, now]
            )
            return name
    return None


def unsubscribed(conn: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT subscriber FROM unsubscribes").fetchall()}
