"""Benchmark 3: store 10,000 tariff mentions through the storage upsert path.

Data: 2,000 generated articles with 5 tariff mentions each (10,000 mentions),
built as ``Article`` and ``Facts`` (``TariffMention`` objects made directly).

- project: the storage path the pipeline uses (``flows.pipeline.store_parsed``):
  ``storage.articles.store_articles``, one transaction per chunk of
  ``CHUNK_PAGES`` (500) articles, into a fresh DuckDB file
  (``storage.db.connect``: migrated before timing);
- baseline: the very rows the project wrote (read back from its file after
  its timed run: ids, hashes, every column) bulk-inserted into a fresh file
  of the same schema in one transaction with ``executemany`` (the issue's
  baseline);
- columnar: the same rows as one ``INSERT ... SELECT unnest(?), ...`` per
  table (a bulk load without Arrow or pandas, which are not installed);
- for context (printed, not a table row): ``store_article`` per article,
  one transaction each, into another fresh file.

Each is the median of ``repeats`` runs, each into a new file. On a miss, the
project's path is profiled twice: cProfile, and time per SQL statement.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from bench._common import Result, median, table
from flows.pipeline import CHUNK_PAGES
from normalize.mentions import Facts, TariffMention
from scrapers.models import Article
from storage.articles import store_article, store_articles
from storage.db import connect

ARTICLES = 2_000
PER_ARTICLE = 5
TARGET = 2.0
TARGETS = ["JP", "CN", "EU", "CA", "MX", "KR", "IN", "VN", "GB", "BR"]
SECTORS = [None, "autos", "steel", "aluminum", "semiconductors", "pharmaceuticals"]
KINDS = ["reciprocal", "sectoral", "baseline", "surcharge", "retaliatory"]
STATUSES = ["announced", "in_effect", "agreed", "proposed", "threatened"]
NOW = datetime(2025, 8, 1, 12, 0, tzinfo=UTC)
TABLES = ("articles", "tariff_mentions")


def generate(articles: int = ARTICLES, per_article: int = PER_ARTICLE
             ) -> list[tuple[Article, Facts]]:
    items = []
    for a in range(articles):
        sentences, mentions = [], []
        offset = 0
        for m in range(per_article):
            target = TARGETS[(a + m) % len(TARGETS)]
            sector = SECTORS[(a * 7 + m) % len(SECTORS)]
            rate = float(5 + (a * 3 + m * 11) % 60)
            sentence = (f"The United States set a {rate:g}% tariff on "
                        f"{sector or 'all'} imports from {target} in report {a}-{m}.")
            mentions.append(TariffMention(
                imposer="US", target=target, sector=sector, kind=KINDS[m % len(KINDS)],  # type: ignore[arg-type]
                rate_pct=rate, previous_rate_pct=10.0 if m % 2 else None,
                status=STATUSES[(a + m) % len(STATUSES)],  # type: ignore[arg-type]
                effective_date=date(2025, 8, 1) + timedelta(days=m) if m % 3 == 0 else None,
                sentence=sentence, start=offset, end=offset + len(sentence),
            ))
            sentences.append(sentence)
            offset += len(sentence) + 2
        text = "\n\n".join(sentences)
        article = Article(
            url=f"https://news.example.org/{a // 100}/tariffs-{a}.html",
            title=f"Tariff report {a}", text=text, source="bench", adapter="generic",
            published_at=NOW - timedelta(minutes=a), fetched_url=None,
        )
        items.append((article, Facts(tuple(mentions), ())))
    return items


Rows = dict[str, tuple[list[str], list[str], list[tuple[Any, ...]]]]


def stored_rows(conn: duckdb.DuckDBPyConnection) -> Rows:
    """What the project wrote, per table: (column names, column types, rows).

    The bulk baselines insert exactly these rows (ids, hashes, every column the
    current schema has), so they write the same data into the same table shape.
    """
    data: Rows = {}
    for table_name in TABLES:
        described = conn.execute(f"DESCRIBE {table_name}").fetchall()
        names = [str(row[0]) for row in described]
        types = [str(row[1]) for row in described]
        rows = conn.execute(f"SELECT {', '.join(names)} FROM {table_name}").fetchall()
        data[table_name] = (names, types, rows)
    return data


def _fresh(directory: Path, name: str) -> duckdb.DuckDBPyConnection:
    return connect(directory / f"{name}.duckdb")


def store_in_chunks(conn: duckdb.DuckDBPyConnection, items: list[tuple[Article, Facts]]
                    ) -> None:
    """The pipeline's storage path: one batch (one transaction) per chunk of pages."""
    for start in range(0, len(items), CHUNK_PAGES):
        store_articles(conn, items[start:start + CHUNK_PAGES], NOW)


def store_one_by_one(conn: duckdb.DuckDBPyConnection, items: list[tuple[Article, Facts]]
                     ) -> None:
    for article, facts in items:
        store_article(conn, article, facts, NOW)


def project_seconds(directory: Path, items: list[tuple[Article, Facts]], name: str,
                    path: Callable[[duckdb.DuckDBPyConnection, list[tuple[Article, Facts]]],
                                   None] = store_in_chunks) -> tuple[float, Rows]:
    conn = _fresh(directory, name)
    try:
        start = time.perf_counter()
        path(conn, items)
        elapsed = time.perf_counter() - start
        _check(conn, items)
        return elapsed, stored_rows(conn)
    finally:
        conn.close()


def executemany_seconds(directory: Path, data: Rows, name: str,
                        items: list[tuple[Article, Facts]]) -> float:
    conn = _fresh(directory, name)
    try:
        start = time.perf_counter()
        conn.execute("BEGIN TRANSACTION")
        for table_name, (names, _, rows) in data.items():
            marks = ", ".join("?" for _ in names)
            conn.executemany(
                f"INSERT INTO {table_name} ({', '.join(names)}) VALUES ({marks})", rows
            )
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        _check(conn, items)
    finally:
        conn.close()
    return elapsed


def columnar_seconds(directory: Path, data: Rows, name: str,
                     items: list[tuple[Article, Facts]]) -> float:
    conn = _fresh(directory, name)
    try:
        start = time.perf_counter()
        conn.execute("BEGIN TRANSACTION")
        for table_name, (names, types, rows) in data.items():
            columns = [list(column) for column in zip(*rows, strict=True)]
            select = ", ".join(f"unnest(?::{kind}[])" for kind in types)
            conn.execute(f"INSERT INTO {table_name} ({', '.join(names)}) SELECT {select}",
                         columns)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        _check(conn, items)
    finally:
        conn.close()
    return elapsed


def _check(conn: duckdb.DuckDBPyConnection, items: list[tuple[Article, Facts]]) -> None:
    row = conn.execute("SELECT count(*) FROM tariff_mentions").fetchone()
    expected = sum(len(facts.tariffs) for _, facts in items)
    assert row is not None and row[0] == expected, (row, expected)


class StatementTimer:
    """A connection stand-in that adds up wall time per SQL statement kind."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self._conn = conn
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def _key(self, method: str, sql: str) -> str:
        words = " ".join(sql.split()[:3])
        return f"{method}: {words}"

    def execute(self, sql: str, params: Any = None) -> Any:
        start = time.perf_counter()
        try:
            return self._conn.execute(sql, params)
        finally:
            key = self._key("execute", sql)
            self.seconds[key] += time.perf_counter() - start
            self.calls[key] += 1

    def executemany(self, sql: str, params: Any) -> Any:
        start = time.perf_counter()
        try:
            return self._conn.executemany(sql, params)
        finally:
            key = self._key("executemany", sql)
            self.seconds[key] += time.perf_counter() - start
            self.calls[key] += 1


def profile(directory: Path, items: list[tuple[Article, Facts]],
            out: Callable[[str], object]) -> None:
    sample = items
    conn = _fresh(directory, "profile-cprofile")
    profiler = cProfile.Profile()
    profiler.enable()
    store_in_chunks(conn, sample)
    profiler.disable()
    conn.close()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(8)
    out(f"store: cProfile of store_articles over {len(sample)} articles, top by own time:")
    for line in text.getvalue().splitlines():
        if line.strip() and ("{" in line or "/" in line or "ncalls" in line):
            out("    " + line.strip()[:150])

    conn = _fresh(directory, "profile-statements")
    timer = StatementTimer(conn)
    start = time.perf_counter()
    store_in_chunks(timer, sample)  # type: ignore[arg-type]
    total = time.perf_counter() - start
    conn.close()
    out(f"store: wall time per SQL statement over {len(sample)} articles ({total:.2f} s):")
    for key, seconds in sorted(timer.seconds.items(), key=lambda kv: -kv[1]):
        out(f"    {seconds / total:5.1%}  {seconds * 1000 / len(sample):6.3f} ms/article  "
            f"{timer.calls[key]:5d} calls  {key}")


def run(quick: bool = False, out: Callable[[str], object] = print, profile_on_miss: bool = True
        ) -> list[Result]:
    repeats = 1 if quick else 3
    items = generate()
    mentions = sum(len(facts.tariffs) for _, facts in items)
    with tempfile.TemporaryDirectory(prefix="tw-bench-store-") as tmp:
        directory = Path(tmp)
        project, single, many, columnar = [], [], [], []
        for r in range(repeats):  # interleaved, so drift hits all four
            seconds, data = project_seconds(directory, items, f"project-{r}")
            project.append(seconds)
            single.append(project_seconds(directory, items, f"single-{r}", store_one_by_one)[0])
            many.append(executemany_seconds(directory, data, f"many-{r}", items))
            columnar.append(columnar_seconds(directory, data, f"columnar-{r}", items))
        project_s, many_s, columnar_s = median(project), median(many), median(columnar)
        single_s = median(single)
        out(f"store: {len(items)} articles x {PER_ARTICLE} = {mentions} tariff mentions, "
            f"median of {repeats}: store_articles in chunks of {CHUNK_PAGES} {project_s:.3f} s "
            f"({mentions / project_s:,.0f} mentions/s), executemany {many_s:.2f} s, "
            f"columnar unnest {columnar_s:.3f} s")
        out(f"store: for context, store_article per article (one transaction each): "
            f"{single_s:.2f} s, {single_s / columnar_s:.0f}x the columnar bulk insert, "
            f"{single_s / many_s:.2f}x executemany, {single_s / project_s:.0f}x the batch path")
        results = [
            Result(f"store {mentions:,} mentions (store_articles)", project_s, many_s, "s",
                   f"<= {TARGET:g}x", TARGET, "executemany bulk"),
            Result(f"store {mentions:,} mentions vs columnar bulk", project_s, columnar_s, "s",
                   f"<= {TARGET:g}x", TARGET, "INSERT SELECT unnest"),
        ]
        if profile_on_miss and not all(result.passed for result in results):
            profile(directory, items, out)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat instead of three")
    args = parser.parse_args(argv)
    print(table(run(args.quick)))


if __name__ == "__main__":
    main()
