"""The delivery ledger: changes, and one row per (change, subscriber, channel).

A delivery row is written (pending) before anything is sent, its attempt
counted before each send, and marked sent after. A failed send stays
pending with its error and is tried again on later runs; a crash between
send and mark may at worst resend once, never lose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from alerts.changes import Change
from alerts.subscribers import Subscriber


@dataclass(frozen=True)
class Delivery:
    change_id: str
    subscriber: str
    channel: str
    attempts: int


def record_changes(
    conn: duckdb.DuckDBPyConnection, changes: list[Change], run_id: str, now: datetime
) -> list[Change]:
    """Insert changes not seen before; returns the ones that are new to the ledger."""
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
            "INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [[c.change_id, c.kind, c.headline, now, run_id, c.article_id, c.mention_id,
              list(c.countries), c.imposer, c.target, c.sector, c.tariff_kind, c.old_rate_pct,
              c.new_rate_pct, c.status, c.effective_date, c.party_key, c.level, c.round_number,
              c.meeting_date, c.date_text, c.location, list(c.participants), c.sentence,
              c.article_title, c.article_url, c.published_at,
              c.source] for c in fresh],
        )
    return fresh


def enqueue(
    conn: duckdb.DuckDBPyConnection,
    changes: list[Change],
    subscribers: tuple[Subscriber, ...],
    now: datetime,
) -> int:
    """One pending delivery per matching subscriber and channel; idempotent."""
    rows = [
        [change.change_id, subscriber.name, channel, "pending", 0, None, now, None]
        for change in changes
        for subscriber in subscribers
        if subscriber.wants(change)
        for channel in subscriber.channels
    ]
    if not rows:
        return 0
    before = _count(conn)
    conn.executemany(
        "INSERT INTO deliveries VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows
    )
    return _count(conn) - before


def _count(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute("SELECT count(*) FROM deliveries").fetchone()
    return int(row[0]) if row else 0


def pending(conn: duckdb.DuckDBPyConnection) -> list[tuple[Delivery, Change]]:
    rows = conn.execute(
        "SELECT d.change_id, d.subscriber, d.channel, d.attempts, c.kind, c.headline,"
        " c.countries, c.article_id, c.mention_id, c.sentence, c.article_title, c.article_url,"
        " c.published_at, c.source, c.status, c.effective_date, c.imposer, c.target, c.sector,"
        " c.tariff_kind, c.old_rate_pct, c.new_rate_pct, c.party_key, c.level, c.round_number,"
        " c.meeting_date, c.date_text, c.location, c.participants"
        " FROM deliveries d JOIN changes c USING (change_id)"
        " WHERE d.status = 'pending'"
        " ORDER BY c.published_at NULLS FIRST, c.detected_at, c.change_id, d.subscriber, d.channel"
    ).fetchall()
    result = []
    for row in rows:
        delivery = Delivery(*row[:4])
        change = Change(
            change_id=row[0], kind=row[4], headline=row[5], countries=tuple(row[6]),
            article_id=row[7], mention_id=row[8], sentence=row[9], article_title=row[10],
            article_url=row[11], published_at=row[12], source=row[13], status=row[14],
            effective_date=row[15], imposer=row[16], target=row[17], sector=row[18],
            tariff_kind=row[19], old_rate_pct=row[20], new_rate_pct=row[21], party_key=row[22],
            level=row[23], round_number=row[24], meeting_date=row[25], date_text=row[26],
            location=row[27], participants=tuple(row[28] or ()),
        )
        result.append((delivery, change))
    return result


def mark_attempt(conn: duckdb.DuckDBPyConnection, delivery: Delivery) -> None:
    conn.execute(
        "UPDATE deliveries SET attempts = attempts + 1"
        " WHERE change_id = ? AND subscriber = ? AND channel = ?",
        [delivery.change_id, delivery.subscriber, delivery.channel],
    )


def mark_sent(conn: duckdb.DuckDBPyConnection, delivery: Delivery, now: datetime) -> None:
    conn.execute(
        "UPDATE deliveries SET status = 'sent', sent_at = ?, last_error = NULL"
        " WHERE change_id = ? AND subscriber = ? AND channel = ?",
        [now, delivery.change_id, delivery.subscriber, delivery.channel],
    )


def mark_failed(conn: duckdb.DuckDBPyConnection, delivery: Delivery, error: str) -> None:
    conn.execute(
        "UPDATE deliveries SET last_error = ?"
        " WHERE change_id = ? AND subscriber = ? AND channel = ?",
        [error, delivery.change_id, delivery.subscriber, delivery.channel],
    )
