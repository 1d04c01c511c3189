"""Store an article and its facts: one transaction, idempotent.

An article is keyed by its canonical URL. Storing the same text again is a
no-op ("unchanged"); a changed text ("updated") replaces the article's
facts, keeping ``first_seen_at`` of facts that were already known. A crash
at any point leaves either the old or the new version, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlsplit

import duckdb

from normalize.mentions import Facts, MeetingMention, TariffMention
from scrapers.models import Article
from storage.ids import content_hash, stable_id

StoreOutcome = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True)
class Stored:
    article_id: str
    outcome: StoreOutcome


def article_id_for(url: str) -> str:
    return stable_id("article", url)


def outlet_of(url: str) -> str:
    """The publication an article belongs to: its canonical URL's host, without "www."."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def tariff_mention_id(article_id: str, mention: TariffMention) -> str:
    return stable_id(
        "tariff", article_id, mention.start, mention.layer, mention.rate_pct,
        mention.previous_rate_pct, mention.status,
    )


def meeting_mention_id(article_id: str, mention: MeetingMention) -> str:
    return stable_id(
        "meeting", article_id, mention.start, mention.parties, mention.level,
        mention.round_number, mention.status,
    )


def store_article(
    conn: duckdb.DuckDBPyConnection, article: Article, facts: Facts, now: datetime
) -> Stored:
    article_id = article_id_for(article.url)
    digest = content_hash(article.text)
    conn.execute("BEGIN TRANSACTION")
    try:
        row = conn.execute(
            "SELECT content_hash FROM articles WHERE article_id = ?", [article_id]
        ).fetchone()
        if row is not None and row[0] == digest:
            conn.execute("ROLLBACK")
            return Stored(article_id, "unchanged")
        outcome: StoreOutcome = "new" if row is None else "updated"
        # A new article has no facts yet: only an update needs their first sightings.
        known = _first_seen(conn, article_id) if row is not None else {}
        if row is not None:
            for table in ("tariff_mentions", "meeting_mentions", "comments"):
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            conn.execute(
                "UPDATE articles SET fetched_url = ?, title = ?, source = ?, adapter = ?,"
                " published_at = ?, text = ?, content_hash = ?, comment_count = ?,"
                " updated_at = ? WHERE article_id = ?",
                [article.fetched_url, article.title, article.source, article.adapter,
                 article.published_at, article.text, digest, article.comment_count, now,
                 article_id],
            )
        else:
            conn.execute(
                "INSERT INTO articles (article_id, url, fetched_url, title, source, adapter,"
                " published_at, text, content_hash, comment_count, first_seen_at, updated_at,"
                " outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, article.url, article.fetched_url, article.title, article.source,
                 article.adapter, article.published_at, article.text, digest,
                 article.comment_count, now, now, outlet_of(article.url)],
            )
        _insert_rows(conn, "comments",
                     [[article_id, i, c.author, c.text] for i, c in enumerate(article.comments)])
        _insert_tariffs(conn, article_id, facts.tariffs, known, now)
        _insert_meetings(conn, article_id, facts.meetings, known, now)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return Stored(article_id, outcome)


def _first_seen(conn: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, datetime]:
    rows = conn.execute(
        "SELECT mention_id, first_seen_at FROM tariff_mentions WHERE article_id = ?"
        " UNION ALL SELECT mention_id, first_seen_at FROM meeting_mentions WHERE article_id = ?",
        [article_id, article_id],
    ).fetchall()
    return {mention_id: seen for mention_id, seen in rows}


def _insert_tariffs(
    conn: duckdb.DuckDBPyConnection,
    article_id: str,
    mentions: tuple[TariffMention, ...],
    known: dict[str, datetime],
    now: datetime,
) -> None:
    _insert_rows(conn, "tariff_mentions", _fact_rows((
        (tariff_mention_id(article_id, m), [
            article_id, m.imposer, m.target, m.sector, m.kind, m.rate_pct,
            m.previous_rate_pct, m.status, m.effective_date, m.sentence, m.start, m.end,
        ]) for m in mentions
    ), known, now))


def _insert_meetings(
    conn: duckdb.DuckDBPyConnection,
    article_id: str,
    mentions: tuple[MeetingMention, ...],
    known: dict[str, datetime],
    now: datetime,
) -> None:
    _insert_rows(conn, "meeting_mentions", _fact_rows((
        (meeting_mention_id(article_id, m), [
            article_id, list(m.parties), m.party_key, m.level, m.round_number, m.status,
            m.date, m.date_text, m.location, list(m.participants), m.sentence, m.start, m.end,
        ]) for m in mentions
    ), known, now))


def _fact_rows(
    facts: Iterable[tuple[str, list[Any]]], known: dict[str, datetime], now: datetime
) -> list[list[Any]]:
    """Rows of mention id, values, first sighting: one per id (the same fact twice in a
    sentence is one fact), keeping when an updated article's facts were first seen."""
    found: dict[str, list[Any]] = {}
    for mention_id, values in facts:
        found.setdefault(mention_id, [mention_id, *values, known.get(mention_id, now)])
    return list(found.values())


def _insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """Insert rows column-wise in one statement: DuckDB runs executemany a row at a time."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    selects = ", ".join("unnest(?)" for _ in columns)
    conn.execute(f"INSERT INTO {table} SELECT {selects}", columns)
