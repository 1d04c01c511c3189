"""Store articles and their facts: one transaction per call, idempotent.

An article is keyed by its canonical URL. Storing the same text again is a
no-op ("unchanged"); a changed text ("updated") replaces the article's
facts, keeping ``first_seen_at`` of facts that were already known. A crash
at any point leaves either the old or the new version, never a mix.

:func:`store_articles` stores many articles in one transaction (one hash
lookup, one column-wise insert per table), with the outcomes of storing
them one by one in order at the same ``now``; :func:`store_article` is the
batch of one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlsplit

import duckdb

from normalize.mentions import Facts, MeetingMention, TariffMention
from scrapers.models import Article
from storage.ids import content_hash, stable_id

StoreOutcome = Literal["new", "updated", "unchanged"]

ARTICLE_COLUMNS = (
    "article_id", "url", "fetched_url", "title", "source", "adapter", "published_at", "text",
    "content_hash", "comment_count", "first_seen_at", "updated_at", "outlet",
)


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
    return store_articles(conn, [(article, facts)], now)[0]


def store_articles(
    conn: duckdb.DuckDBPyConnection, items: Sequence[tuple[Article, Facts]], now: datetime
) -> list[Stored]:
    """Store ``items`` in one transaction: all of them or, on an error, none.

    A URL twice in ``items`` ends as storing them one by one would: the last
    version that changed the text is kept.
    """
    ids = [article_id_for(article.url) for article, _ in items]
    conn.execute("BEGIN TRANSACTION")
    try:
        # What an update keeps of an existing row: when it was first seen, its outlet.
        existing: dict[str, tuple[str, datetime, str | None]] = {
            article_id: (digest, first_seen, outlet)
            for article_id, digest, first_seen, outlet in conn.execute(
                "SELECT article_id, content_hash, first_seen_at, outlet FROM articles"
                " WHERE article_id IN (SELECT unnest(?))", [ids],
            ).fetchall()
        }
        hashes = {article_id: row[0] for article_id, row in existing.items()}
        outcomes: list[Stored] = []
        rows: dict[str, list[Any]] = {}  # article id -> the row to write (last version wins)
        fresh: dict[str, tuple[Article, Facts]] = {}
        for article_id, (article, facts) in zip(ids, items, strict=True):
            digest = content_hash(article.text)
            if hashes.get(article_id) == digest:
                outcomes.append(Stored(article_id, "unchanged"))
                continue
            outcomes.append(Stored(article_id, "updated" if article_id in hashes else "new"))
            hashes[article_id] = digest
            if article_id in existing:
                _, first_seen, outlet = existing[article_id]
            else:
                first_seen, outlet = now, outlet_of(article.url)
            rows[article_id] = [
                article_id, article.url, article.fetched_url, article.title, article.source,
                article.adapter, article.published_at, article.text, digest,
                article.comment_count, first_seen, now, outlet,
            ]
            fresh[article_id] = (article, facts)
        # An update replaces the row and the facts; a new article has no facts to keep.
        replaced = [article_id for article_id in rows if article_id in existing]
        known = _first_seen(conn, replaced) if replaced else {}
        if replaced:
            for table in ("tariff_mentions", "meeting_mentions", "comments", "articles"):
                conn.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))",
                             [replaced])
        _insert_rows(conn, "articles", list(rows.values()), ARTICLE_COLUMNS)
        _insert_rows(conn, "comments", [
            [article_id, i, c.author, c.text]
            for article_id, (article, _) in fresh.items() for i, c in enumerate(article.comments)
        ])
        _insert_tariffs(conn, fresh, known, now)
        _insert_meetings(conn, fresh, known, now)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return outcomes


def _first_seen(conn: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, datetime]:
    rows = conn.execute(
        "SELECT mention_id, first_seen_at FROM tariff_mentions"
        " WHERE article_id IN (SELECT unnest($1)) UNION ALL"
        " SELECT mention_id, first_seen_at FROM meeting_mentions"
        " WHERE article_id IN (SELECT unnest($1))",
        [article_ids],
    ).fetchall()
    return {mention_id: seen for mention_id, seen in rows}


def _insert_tariffs(
    conn: duckdb.DuckDBPyConnection,
    fresh: dict[str, tuple[Article, Facts]],
    known: dict[str, datetime],
    now: datetime,
) -> None:
    _insert_rows(conn, "tariff_mentions", _fact_rows((
        (tariff_mention_id(article_id, m), [
            article_id, m.imposer, m.target, m.sector, m.kind, m.rate_pct,
            m.previous_rate_pct, m.status, m.effective_date, m.sentence, m.start, m.end,
        ]) for article_id, (_, facts) in fresh.items() for m in facts.tariffs
    ), known, now))


def _insert_meetings(
    conn: duckdb.DuckDBPyConnection,
    fresh: dict[str, tuple[Article, Facts]],
    known: dict[str, datetime],
    now: datetime,
) -> None:
    _insert_rows(conn, "meeting_mentions", _fact_rows((
        (meeting_mention_id(article_id, m), [
            article_id, list(m.parties), m.party_key, m.level, m.round_number, m.status,
            m.date, m.date_text, m.location, list(m.participants), m.sentence, m.start, m.end,
        ]) for article_id, (_, facts) in fresh.items() for m in facts.meetings
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


def _insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]],
                 names: tuple[str, ...] = ()) -> None:
    """Insert rows column-wise in one statement: DuckDB runs executemany a row at a time."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    selects = ", ".join("unnest(?)" for _ in columns)
    into = f"{table} ({', '.join(names)})" if names else table
    conn.execute(f"INSERT INTO {into} SELECT {selects}", columns)
