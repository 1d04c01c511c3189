"""Storage against real DuckDB files: migrations, idempotent upserts, views, locking."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from normalize import extract_facts
from scrapers.models import Article, Comment
from storage.articles import store_article
from storage.db import connect, connect_read_only
from storage.errors import DatabaseLocked
from storage.migrations import MIGRATIONS

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
TEXT = (
    "Japan's top tariff negotiator will travel to Washington later this week for a sixth "
    "round of ministerial talks with U.S. Treasury Secretary Scott Bessent.\n\n"
    "Japan faces a 24 percent reciprocal tariff, and a 25 percent tariff on automobiles."
)


def article(text: str = TEXT, url: str = "https://news.example/a1") -> Article:
    return Article(
        url=url, title="Talks", text=text, source="wire",
        published_at=datetime(2025, 6, 2, tzinfo=UTC),
        comments=(Comment("reader", "They should accept 10% and move on."),),
    )


def count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


def test_migrations_are_recorded_in_order_and_run_once(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    connect(db).close()
    conn = connect(db)
    versions = [r[0] for r in conn.execute(
        "SELECT version FROM schema_migrations ORDER BY version").fetchall()]
    assert versions == [version for version, _, _ in MIGRATIONS]
    assert count(conn, "schema_migrations") == len(MIGRATIONS)


def test_spec_views_and_macro_exist(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    names = {r[0] for r in conn.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}
    for name in ("articles", "tariff_mentions", "meeting_mentions", "fetches", "failures",
                 "changes", "deliveries", "current_tariffs", "tariff_history",
                 "negotiation_rounds", "alert_log", "alerts", "runs"):
        assert name in names
    assert conn.execute("SELECT count(*) FROM tariffs_asof(DATE '2025-01-01')").fetchone() == (0,)


def test_store_is_idempotent_and_keeps_offsets(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    item = article()
    facts = extract_facts(item.text, date(2025, 6, 2))
    assert facts.tariffs and facts.meetings
    first = store_article(conn, item, facts, NOW)
    again = store_article(conn, item, facts, NOW)
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert count(conn, "articles") == 1
    assert count(conn, "tariff_mentions") == len(facts.tariffs)
    assert count(conn, "meeting_mentions") == len(facts.meetings)
    assert count(conn, "comments") == 1
    for text, sentence, start, end in conn.execute(
        "SELECT a.text, m.sentence, m.sentence_start, m.sentence_end"
        " FROM tariff_mentions m JOIN articles a USING (article_id)"
    ).fetchall():
        assert text[start:end] == sentence


def test_updated_article_replaces_its_facts_but_keeps_first_seen(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    store_article(conn, article(), extract_facts(TEXT, date(2025, 6, 2)), NOW)
    seen_before = dict(conn.execute(
        "SELECT sentence, first_seen_at FROM meeting_mentions").fetchall())
    changed = TEXT.replace("24 percent", "15 percent")
    later = datetime(2025, 6, 3, tzinfo=UTC)
    outcome = store_article(conn, article(changed), extract_facts(changed, date(2025, 6, 2)),
                            later)
    assert outcome.outcome == "updated"
    rates = sorted(r[0] for r in conn.execute("SELECT rate_pct FROM tariff_mentions").fetchall())
    assert rates == [15.0, 25.0]
    # The meeting sentence did not change: the database still says when it first knew it.
    seen_after = dict(conn.execute(
        "SELECT sentence, first_seen_at FROM meeting_mentions").fetchall())
    assert seen_after == seen_before
    assert count(conn, "articles") == 1


def test_failed_store_leaves_nothing_behind(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    facts = extract_facts(TEXT, date(2025, 6, 2))
    conn.execute("DROP TABLE meeting_mentions")  # make the second half of the store fail
    with pytest.raises(duckdb.Error):
        store_article(conn, article(), facts, NOW)
    assert count(conn, "articles") == 0
    assert count(conn, "tariff_mentions") == 0


def test_views_answer_the_analysts_questions(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    old = article("Japan faces a 24 percent reciprocal tariff on its goods.",
                  "https://news.example/old")
    new = Article(url="https://news.example/new", title="Deal",
                  text="Under the agreement the reciprocal tariff on Japanese goods was cut to"
                       " 15 percent from 24 percent, effective August 7.",
                  source="wire", published_at=datetime(2025, 7, 23, tzinfo=UTC))
    store_article(conn, old, extract_facts(old.text, date(2025, 6, 2)), NOW)
    store_article(conn, new, extract_facts(new.text, date(2025, 7, 23)), NOW)
    current = conn.execute(
        "SELECT rate_pct FROM current_tariffs WHERE target = 'JP' AND kind = 'reciprocal'"
    ).fetchall()
    assert current == [(15.0,)]
    assert conn.execute(
        "SELECT rate_pct FROM tariffs_asof(DATE '2025-07-01') WHERE target = 'JP'"
    ).fetchall() == [(24.0,)]
    assert conn.execute(
        "SELECT rate_pct FROM tariffs_asof(DATE '2025-08-07') WHERE target = 'JP'"
    ).fetchall() == [(15.0,)]
    assert count(conn, "tariff_history") == 2


def test_read_only_connection_cannot_write(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    connect(db).close()
    reader = connect_read_only(db)
    with pytest.raises(duckdb.Error):
        reader.execute("CREATE TABLE x (a INTEGER)")


def test_second_writer_waits_then_names_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            conn = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked) as caught:
            connect(db, wait_s=0.5)
        assert str(db) in str(caught.value)
        assert "PID" in str(caught.value)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    connect(db).close()  # free again once the holder is gone
