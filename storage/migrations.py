"""Schema migrations: ordered, each applied once and recorded in ``schema_migrations``.

Add a migration by appending to :data:`MIGRATIONS`; never edit one that has
shipped. Views and macros are recreated by the last step of each migration
set that touches them (``CREATE OR REPLACE``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _initial_tables(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(
        """
        CREATE TABLE articles (
            article_id     VARCHAR PRIMARY KEY,   -- sha1 of the canonical URL
            url            VARCHAR NOT NULL,      -- canonical URL
            fetched_url    VARCHAR,
            title          VARCHAR NOT NULL,
            source         VARCHAR NOT NULL,
            adapter        VARCHAR NOT NULL,
            published_at   TIMESTAMPTZ,
            text           VARCHAR NOT NULL,      -- body only; mention offsets index it
            content_hash   VARCHAR NOT NULL,
            comment_count  INTEGER NOT NULL,
            first_seen_at  TIMESTAMPTZ NOT NULL,
            updated_at     TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE comments (
            article_id  VARCHAR NOT NULL,
            position    INTEGER NOT NULL,
            author      VARCHAR,
            text        VARCHAR NOT NULL,
            PRIMARY KEY (article_id, position)
        );
        CREATE TABLE tariff_mentions (
            mention_id         VARCHAR PRIMARY KEY,
            article_id         VARCHAR NOT NULL,
            imposer            VARCHAR NOT NULL,
            target             VARCHAR NOT NULL,
            sector             VARCHAR,
            kind               VARCHAR NOT NULL,
            rate_pct           DOUBLE NOT NULL,
            previous_rate_pct  DOUBLE,
            status             VARCHAR NOT NULL,
            effective_date     DATE,
            sentence           VARCHAR NOT NULL,
            sentence_start     INTEGER NOT NULL,
            sentence_end       INTEGER NOT NULL,
            first_seen_at      TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE meeting_mentions (
            mention_id      VARCHAR PRIMARY KEY,
            article_id      VARCHAR NOT NULL,
            parties         VARCHAR[] NOT NULL,
            party_key       VARCHAR NOT NULL,     -- parties joined with '-', e.g. 'JP-US'
            level           VARCHAR NOT NULL,
            round_number    INTEGER,
            status          VARCHAR NOT NULL,
            meeting_date    DATE,
            date_text       VARCHAR,
            location        VARCHAR,
            participants    VARCHAR[] NOT NULL,
            sentence        VARCHAR NOT NULL,
            sentence_start  INTEGER NOT NULL,
            sentence_end    INTEGER NOT NULL,
            first_seen_at   TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE fetches (
            url             VARCHAR PRIMARY KEY,
            source          VARCHAR NOT NULL,
            http_status     INTEGER,
            etag            VARCHAR,
            last_modified   VARCHAR,
            content_hash    VARCHAR,
            feed_updated_at TIMESTAMPTZ,
            fetched_at      TIMESTAMPTZ NOT NULL
        );
        CREATE SEQUENCE failure_ids;
        CREATE TABLE failures (
            failure_id    BIGINT PRIMARY KEY DEFAULT nextval('failure_ids'),
            run_id        VARCHAR NOT NULL,
            source        VARCHAR NOT NULL,
            url           VARCHAR,
            stage         VARCHAR NOT NULL,
            error_class   VARCHAR NOT NULL,
            message       VARCHAR NOT NULL,
            occurred_at   TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE runs (
            run_id        VARCHAR PRIMARY KEY,
            started_at    TIMESTAMPTZ NOT NULL,
            finished_at   TIMESTAMPTZ,
            baseline      BOOLEAN NOT NULL DEFAULT false,
            summary       JSON
        );
        CREATE TABLE changes (
            change_id          VARCHAR PRIMARY KEY,
            kind               VARCHAR NOT NULL,     -- new_round | rate_change
            headline           VARCHAR NOT NULL,
            detected_at        TIMESTAMPTZ NOT NULL,
            run_id             VARCHAR NOT NULL,
            article_id         VARCHAR NOT NULL,
            mention_id         VARCHAR NOT NULL,
            countries          VARCHAR[] NOT NULL,   -- for subscriber filters
            imposer            VARCHAR,
            target             VARCHAR,
            sector             VARCHAR,
            tariff_kind        VARCHAR,
            old_rate_pct       DOUBLE,
            new_rate_pct       DOUBLE,
            status             VARCHAR,
            effective_date     DATE,
            party_key          VARCHAR,
            level              VARCHAR,
            round_number       INTEGER,
            meeting_date       DATE,
            date_text          VARCHAR,
            location           VARCHAR,
            participants       VARCHAR[],
            sentence           VARCHAR NOT NULL,
            article_title      VARCHAR NOT NULL,
            article_url        VARCHAR NOT NULL,
            published_at       TIMESTAMPTZ,
            source             VARCHAR NOT NULL
        );
        CREATE TABLE deliveries (
            change_id    VARCHAR NOT NULL,
            subscriber   VARCHAR NOT NULL,
            channel      VARCHAR NOT NULL,         -- email | slack
            status       VARCHAR NOT NULL,         -- pending | sent
            attempts     INTEGER NOT NULL DEFAULT 0,
            last_error   VARCHAR,
            created_at   TIMESTAMPTZ NOT NULL,
            sent_at      TIMESTAMPTZ,
            PRIMARY KEY (change_id, subscriber, channel)
        );
        """
    )


def _analyst_views(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(
        """
        CREATE OR REPLACE VIEW tariff_history AS
        SELECT m.imposer, m.target, m.sector, m.kind, m.rate_pct, m.previous_rate_pct,
               m.status, m.effective_date, a.published_at, a.title, a.url, a.source,
               m.sentence, m.sentence_start, m.sentence_end, m.first_seen_at,
               m.mention_id, m.article_id
        FROM tariff_mentions m JOIN articles a USING (article_id);

        CREATE OR REPLACE VIEW current_tariffs AS
        SELECT * EXCLUDE (latest) FROM (
            SELECT *, row_number() OVER (
                PARTITION BY imposer, target, sector, kind
                ORDER BY published_at DESC NULLS LAST, first_seen_at DESC, mention_id
            ) AS latest
            FROM tariff_history
        ) WHERE latest = 1;

        CREATE OR REPLACE MACRO tariffs_asof(d) AS TABLE
        SELECT * EXCLUDE (latest) FROM (
            SELECT *, row_number() OVER (
                PARTITION BY imposer, target, sector, kind
                ORDER BY coalesce(effective_date, CAST(published_at AS DATE)) DESC,
                         published_at DESC, first_seen_at DESC, mention_id
            ) AS latest
            FROM tariff_history
            WHERE status IN ('in_effect', 'agreed', 'announced', 'lifted', 'paused')
              AND coalesce(effective_date, CAST(published_at AS DATE)) <= CAST(d AS DATE)
        ) WHERE latest = 1 AND status NOT IN ('lifted', 'paused');

        CREATE OR REPLACE VIEW negotiation_rounds AS
        SELECT m.party_key, any_value(m.parties) AS parties, m.level, m.round_number,
               arg_max(m.status, a.published_at) AS latest_status,
               max(m.meeting_date) AS meeting_date,
               arg_max(m.location, a.published_at) FILTER (WHERE m.location IS NOT NULL)
                   AS location,
               min(a.published_at) AS first_reported_at,
               arg_min(a.url, a.published_at) AS first_url,
               count(*) AS mentions
        FROM meeting_mentions m JOIN articles a USING (article_id)
        WHERE m.round_number IS NOT NULL
        GROUP BY m.party_key, m.level, m.round_number;

        CREATE OR REPLACE VIEW alerts AS
        SELECT change_id, kind, headline, detected_at, countries, status, effective_date,
               sentence, article_title, article_url, published_at, source
        FROM changes;

        CREATE OR REPLACE VIEW alert_log AS
        SELECT d.subscriber, d.channel, d.status AS delivery_status, d.attempts,
               d.last_error, d.created_at, d.sent_at, c.kind, c.headline, c.article_url,
               c.change_id
        FROM deliveries d JOIN changes c USING (change_id);
        """
    )


def _trustworthy_alerts(conn: duckdb.DuckDBPyConnection) -> None:
    """Outlets and corroboration, delivery backoff, digests, unsubscribes, source health."""
    conn.execute(
        """
        ALTER TABLE articles ADD COLUMN outlet VARCHAR;
        UPDATE articles SET outlet = regexp_replace(
            regexp_extract(url, '^[a-z]+://([^/:]+)', 1), '^www\.', '');

        ALTER TABLE changes ADD COLUMN confirmed_at TIMESTAMPTZ;  -- NULL: awaiting sources
        UPDATE changes SET confirmed_at = detected_at;
        ALTER TABLE changes ALTER COLUMN article_id DROP NOT NULL;
        ALTER TABLE changes ALTER COLUMN mention_id DROP NOT NULL;

        CREATE TABLE change_support (
            change_id   VARCHAR NOT NULL,
            article_id  VARCHAR NOT NULL,
            outlet      VARCHAR NOT NULL,
            url         VARCHAR NOT NULL,
            seen_at     TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (change_id, article_id)
        );
        INSERT INTO change_support
            SELECT c.change_id, c.article_id, coalesce(a.outlet, ''), c.article_url, c.detected_at
            FROM changes c LEFT JOIN articles a USING (article_id)
            WHERE c.article_id IS NOT NULL;

        ALTER TABLE deliveries ADD COLUMN next_attempt_at TIMESTAMPTZ;

        CREATE TABLE source_runs (
            run_id      VARCHAR NOT NULL,
            source      VARCHAR NOT NULL,
            finished_at TIMESTAMPTZ NOT NULL,
            ok          BOOLEAN NOT NULL,
            new_items   INTEGER NOT NULL,
            error       VARCHAR,
            PRIMARY KEY (run_id, source)
        );

        CREATE TABLE unsubscribes (
            subscriber  VARCHAR PRIMARY KEY,
            unsubscribed_at TIMESTAMPTZ NOT NULL
        );

        CREATE TABLE meta (
            key    VARCHAR PRIMARY KEY,
            value  VARCHAR NOT NULL
        );
        INSERT INTO meta VALUES ('unsubscribe_key', md5(gen_random_uuid()::VARCHAR)
                                                  || md5(gen_random_uuid()::VARCHAR));
        """
    )


def _trust_views(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(
        """
        CREATE OR REPLACE VIEW change_outlets AS
        SELECT change_id, count(DISTINCT outlet) AS outlets, count(*) AS reports,
               list(DISTINCT outlet ORDER BY outlet) AS outlet_names
        FROM change_support GROUP BY change_id;

        CREATE OR REPLACE VIEW pending_changes AS
        SELECT c.change_id, c.kind, c.headline, c.detected_at,
               coalesce(o.outlets, 0) AS outlets, o.outlet_names, c.article_url
        FROM changes c LEFT JOIN change_outlets o USING (change_id)
        WHERE c.confirmed_at IS NULL;

        CREATE OR REPLACE VIEW alert_log AS
        SELECT d.subscriber, d.channel, d.status AS delivery_status, d.attempts,
               d.last_error, d.created_at, d.sent_at, d.next_attempt_at, c.kind, c.headline,
               c.article_url, coalesce(o.outlets, 0) AS outlets, c.change_id
        FROM deliveries d JOIN changes c USING (change_id)
        LEFT JOIN change_outlets o USING (change_id);

        CREATE OR REPLACE VIEW alerts AS
        SELECT change_id, kind, headline, detected_at, confirmed_at, countries, status,
               effective_date, sentence, article_title, article_url, published_at, source
        FROM changes;

        -- The in-force view leaves out threats and proposals; tariff_layers keeps them.
        CREATE OR REPLACE VIEW current_tariffs AS
        SELECT * EXCLUDE (latest) FROM (
            SELECT *, row_number() OVER (
                PARTITION BY imposer, target, sector, kind
                ORDER BY published_at DESC NULLS LAST, first_seen_at DESC, mention_id
            ) AS latest
            FROM tariff_history
            WHERE status IN ('announced', 'in_effect', 'agreed', 'paused', 'lifted')
        ) WHERE latest = 1 AND status <> 'lifted';

        CREATE OR REPLACE VIEW tariff_layers AS
        SELECT imposer, target, sector, kind,
               arg_max(rate_pct, published_at) AS rate_pct,
               arg_max(status, published_at) AS status,
               arg_max(effective_date, published_at) AS effective_date,
               min(first_seen_at) AS first_seen_at,
               max(first_seen_at) AS last_seen_at,
               count(*) AS mentions,
               list(mention_id ORDER BY published_at) AS mention_ids
        FROM tariff_history
        GROUP BY imposer, target, sector, kind;

        -- What the database believed at a moment: the latest fact per layer among those
        -- it had seen by then.
        CREATE OR REPLACE MACRO tariffs_believed_at(t) AS TABLE
        SELECT * EXCLUDE (latest) FROM (
            SELECT *, row_number() OVER (
                PARTITION BY imposer, target, sector, kind
                ORDER BY published_at DESC NULLS LAST, first_seen_at DESC, mention_id
            ) AS latest
            FROM tariff_history
            WHERE first_seen_at <= CAST(t AS TIMESTAMPTZ)
        ) WHERE latest = 1;

        CREATE OR REPLACE VIEW source_health AS
        SELECT source,
               max(finished_at) AS last_run_at,
               max(finished_at) FILTER (WHERE ok) AS last_ok_at,
               max(finished_at) FILTER (WHERE new_items > 0) AS last_new_items_at,
               arg_max(error, finished_at) AS last_error
        FROM source_runs GROUP BY source;
        """
    )


def _failed_items(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(
        """
        -- Items that failed and have not been stored since: retried on later runs until
        -- they have failed park_after_failures times (then parked: skipped, still listed).
        CREATE OR REPLACE VIEW failed_items AS
        SELECT f.source, f.url, arg_max(f.stage, f.occurred_at) AS stage,
               arg_max(f.error_class, f.occurred_at) AS error_class,
               arg_max(f.message, f.occurred_at) AS last_error,
               count(*) AS attempts, min(f.occurred_at) AS first_failed_at,
               max(f.occurred_at) AS last_failed_at
        FROM failures f
        LEFT JOIN fetches ok ON ok.url = f.url AND ok.content_hash IS NOT NULL
                             AND ok.fetched_at > f.occurred_at
        WHERE f.url IS NOT NULL AND ok.url IS NULL
        GROUP BY f.source, f.url;
        """
    )


def _health_with_parked(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(
        """
        CREATE OR REPLACE VIEW source_health AS
        SELECT r.source,
               max(r.finished_at) AS last_run_at,
               max(r.finished_at) FILTER (WHERE r.ok) AS last_ok_at,
               max(r.finished_at) FILTER (WHERE r.new_items > 0) AS last_new_items_at,
               arg_max(r.error, r.finished_at) AS last_error,
               any_value(f.failing_items) AS failing_items,
               any_value(f.max_attempts) AS max_item_attempts
        FROM source_runs r
        LEFT JOIN (SELECT source, count(*) AS failing_items, max(attempts) AS max_attempts
                   FROM failed_items GROUP BY source) f USING (source)
        GROUP BY r.source;
        """
    )


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial tables", _initial_tables),
    (2, "analyst views", _analyst_views),
    (3, "trustworthy alerts", _trustworthy_alerts),
    (4, "views for corroboration, layers and source health", _trust_views),
    (5, "failed items view", _failed_items),
    (6, "source health lists failing and parked items", _health_with_parked),
]


def migrate(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations in order, each in its own transaction. A current
    database costs one read."""
    try:
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
    except duckdb.CatalogException:  # a new database
        conn.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            " applied_at TIMESTAMPTZ NOT NULL)"
        )
        done = set()
    applied = []
    for version, name, step in MIGRATIONS:
        if version in done:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            step(conn)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [version, name, datetime.now(UTC)],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
