"""The delivery ledger: changes, the articles that report them, and one delivery
row per (change, subscriber, channel).

A change waits (``confirmed_at`` NULL, visible in ``pending_changes``) until
``min_sources`` distinct outlets report it; then one pending delivery per
matching subscriber and channel is written. A delivery's attempt is counted
before each send and the row marked sent after, so a crash between the two
resends at most once and never loses. A failed send stays pending with its
error and a ``next_attempt_at`` (exponential backoff, or the server's
Retry-After), and is tried again on a later run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import duckdb

from alerts.changes import Change, Support
from alerts.subscribers import Subscriber

BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_CAP = timedelta(hours=6)

_CHANGE_COLUMNS = (
    "change_id, kind, headline, countries, article_id, mention_id, sentence, article_title,"
    " article_url, published_at, source, status, effective_date, imposer, target, sector,"
    " tariff_kind, old_rate_pct, new_rate_pct, party_key, level, round_number, meeting_date,"
    " date_text, location, participants"
)


@dataclass(frozen=True)
class Delivery:
    change_id: str
    subscriber: str
    channel: str
    attempts: int


def record_changes(
    conn: duckdb.DuckDBPyConnection, changes: list[Change], run_id: str, now: datetime
) -> list[Change]:
    """Insert changes not seen before (awaiting confirmation); returns the new ones."""
    if not changes:
        return []
    known = {
        row[0]
        for row in conn.execute(
            "SELECT change_id FROM changes WHERE change_id IN (SELECT unnest(?))",
            [[c.change_id for c in changes]],
        ).fetchall()
    }
    fresh = [c for c in changes if c.change_id not in known]
    if fresh:
        conn.executemany(
            f"INSERT INTO changes ({_CHANGE_COLUMNS}, detected_at, run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?) ON CONFLICT DO NOTHING",
            [[c.change_id, c.kind, c.headline, list(c.countries), c.article_id, c.mention_id,
              c.sentence, c.article_title, c.article_url, c.published_at, c.source, c.status,
              c.effective_date, c.imposer, c.target, c.sector, c.tariff_kind, c.old_rate_pct,
              c.new_rate_pct, c.party_key, c.level, c.round_number, c.meeting_date,
              c.date_text, c.location, list(c.participants), now, run_id] for c in fresh],
        )
    return fresh


def record_supports(
    conn: duckdb.DuckDBPyConnection, supports: list[Support], now: datetime
) -> None:
    if supports:
        conn.executemany(
            "INSERT INTO change_support VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [[s.change_id, s.article_id, s.outlet, s.url, now] for s in supports],
        )


def confirm(
    conn: duckdb.DuckDBPyConnection, min_sources: int, now: datetime
) -> list[Change]:
    """Confirm waiting changes reported by at least ``min_sources`` outlets."""
    rows = conn.execute(
        "UPDATE changes SET confirmed_at = ? WHERE confirmed_at IS NULL AND"
        " (SELECT count(DISTINCT outlet) FROM change_support s"
        "  WHERE s.change_id = changes.change_id) >= ?"
        " RETURNING change_id",
        [now, min_sources],
    ).fetchall()
    return load_changes(conn, [row[0] for row in rows])


def load_changes(conn: duckdb.DuckDBPyConnection, change_ids: list[str]) -> list[Change]:
    if not change_ids:
        return []
    rows = conn.execute(
        f"SELECT {_CHANGE_COLUMNS}, coalesce(o.outlets, 0) FROM changes c"
        " LEFT JOIN change_outlets o USING (change_id)"
        " WHERE change_id IN (SELECT unnest(?))"
        " ORDER BY published_at NULLS FIRST, detected_at, change_id",
        [change_ids],
    ).fetchall()
    return [_change(row) for row in rows]


def _change(row: tuple[Any, ...]) -> Change:
    values = list(row)
    outlets = int(values.pop())
    values[3] = tuple(values[3] or ())  # countries
    values[25] = tuple(values[25] or ())  # participants
    return replace(Change(*values), outlets=outlets)


def enqueue(
    conn: duckdb.DuckDBPyConnection,
    changes: list[Change],
    subscribers: tuple[Subscriber, ...],
    now: datetime,
) -> int:
    """One pending delivery per matching subscriber and channel; idempotent."""
    rows = [
        [change.change_id, subscriber.name, channel, "pending", 0, None, now, None, None]
        for change in changes
        for subscriber in subscribers
        if subscriber.wants(change)
        for channel in subscriber.channels
    ]
    if not rows:
        return 0
    before = _count(conn)
    conn.executemany(
        "INSERT INTO deliveries (change_id, subscriber, channel, status, attempts, last_error,"
        " created_at, sent_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        rows,
    )
    return _count(conn) - before


def _count(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute("SELECT count(*) FROM deliveries").fetchone()
    return int(row[0]) if row else 0


def pending(
    conn: duckdb.DuckDBPyConnection, now: datetime
) -> list[tuple[Delivery, Change]]:
    """Deliveries due now (not waiting out a backoff), oldest news first."""
    rows = conn.execute(
        "SELECT d.change_id, d.subscriber, d.channel, d.attempts FROM deliveries d"
        " JOIN changes c USING (change_id)"
        " WHERE d.status = 'pending' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)"
        " ORDER BY c.published_at NULLS FIRST, c.detected_at, c.change_id, d.subscriber,"
        " d.channel",
        [now],
    ).fetchall()
    changes = {c.change_id: c for c in load_changes(conn, sorted({r[0] for r in rows}))}
    return [(Delivery(*row), changes[row[0]]) for row in rows]


def waiting_count(conn: duckdb.DuckDBPyConnection) -> int:
    """Changes still waiting for enough outlets (``min_sources``)."""
    row = conn.execute("SELECT count(*) FROM changes WHERE confirmed_at IS NULL").fetchone()
    return int(row[0]) if row else 0


def pending_count(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone()
    return int(row[0]) if row else 0


def _where(delivery: Delivery) -> list[str]:
    return [delivery.change_id, delivery.subscriber, delivery.channel]


_KEY = " WHERE change_id = ? AND subscriber = ? AND channel = ?"


_MANY = " WHERE concat_ws(chr(31), change_id, subscriber, channel) IN (SELECT unnest(?))"


def _keys(deliveries: list[Delivery]) -> list[str]:
    return ["\x1f".join(_where(d)) for d in deliveries]


def mark_attempt(conn: duckdb.DuckDBPyConnection, delivery: Delivery) -> None:
    mark_attempts(conn, [delivery])


def mark_attempts(conn: duckdb.DuckDBPyConnection, deliveries: list[Delivery]) -> None:
    """Count an attempt for each delivery, in one statement, before any of them is sent."""
    if deliveries:
        conn.execute("UPDATE deliveries SET attempts = attempts + 1" + _MANY,
                     [_keys(deliveries)])


def mark_sent(conn: duckdb.DuckDBPyConnection, delivery: Delivery, now: datetime) -> None:
    mark_sent_many(conn, [delivery], now)


def mark_sent_many(
    conn: duckdb.DuckDBPyConnection, deliveries: list[Delivery], now: datetime
) -> None:
    if deliveries:
        conn.execute(
            "UPDATE deliveries SET status = 'sent', sent_at = ?, last_error = NULL,"
            " next_attempt_at = NULL" + _MANY,
            [now, _keys(deliveries)],
        )


def mark_failed(
    conn: duckdb.DuckDBPyConnection,
    delivery: Delivery,
    error: str,
    now: datetime,
    retry_after_s: float | None = None,
) -> None:
    """Keep the delivery pending; try again after a backoff (or the server's Retry-After)."""
    attempts = max(delivery.attempts + 1, 1)
    if retry_after_s is not None:
        wait = timedelta(seconds=retry_after_s)
    else:
        wait = min(BACKOFF_BASE * 2 ** (attempts - 1), BACKOFF_CAP)
    conn.execute(
        "UPDATE deliveries SET last_error = ?, next_attempt_at = ?" + _KEY,
        [error, now + wait, *_where(delivery)],
    )


def mark_waiting(
    conn: duckdb.DuckDBPyConnection, deliveries: list[Delivery], error: str
) -> None:
    """Not tried: the channel was found down earlier in this run. Stays pending."""
    if deliveries:
        conn.execute("UPDATE deliveries SET last_error = ?" + _MANY, [error, _keys(deliveries)])


def mark_dropped(conn: duckdb.DuckDBPyConnection, delivery: Delivery, reason: str) -> None:
    """The subscriber unsubscribed or was removed from the config: nothing to send."""
    conn.execute(
        "UPDATE deliveries SET status = 'dropped', last_error = ?, next_attempt_at = NULL"
        + _KEY,
        [reason, *_where(delivery)],
    )
