"""kill -9 in the middle of storing: no partial rows, and the next run completes the work
without duplicates."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import os, sys
from datetime import UTC, date, datetime
from normalize import extract_facts
from scrapers.models import Article
from storage import articles
from storage.db import connect

TEXT = ("Japan held a fifth round of ministerial talks with the U.S. in Washington on Friday."
        "\\n\\nJapan faces a 24 percent reciprocal tariff on its goods.")
crash_on = int(sys.argv[2]) if len(sys.argv) > 2 else -1
real_insert = articles._insert_meetings
calls = 0

def insert_then_maybe_die(*args, **kwargs):
    global calls
    calls += 1
    real_insert(*args, **kwargs)
    if calls == crash_on:
        os._exit(9)  # like kill -9, after the article row and its tariffs were written

articles._insert_meetings = insert_then_maybe_die
conn = connect(sys.argv[1])
for n in range(3):
    article = Article(url=f"https://news.example/{n}", title=f"story {n}", text=TEXT,
                      source="wire", published_at=datetime(2025, 6, 2, tzinfo=UTC))
    print(articles.store_article(conn, article, extract_facts(TEXT, date(2025, 6, 2)),
                                 datetime.now(UTC)).outcome, flush=True)
"""


def counts(db: Path) -> tuple[int, int, int]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM tariff_mentions),"
            " (SELECT count(*) FROM meeting_mentions)").fetchone()
        assert row is not None
        return row
    finally:
        conn.close()


def run(db: Path, crash_on: int | None = None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-c", textwrap.dedent(SCRIPT), str(db)]
    if crash_on is not None:
        args.append(str(crash_on))
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_kill_mid_store_leaves_no_partial_rows_and_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "tw.duckdb"
    killed = run(db, crash_on=2)  # dies inside the second article's transaction
    assert killed.returncode == 9, killed.stderr
    assert killed.stdout.split() == ["new"]
    assert counts(db) == (1, 1, 1)  # the first article whole, nothing of the second
    again = run(db)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split() == ["unchanged", "new", "new"]
    assert counts(db) == (3, 3, 3)
    assert run(db).stdout.split() == ["unchanged"] * 3
    assert counts(db) == (3, 3, 3)
