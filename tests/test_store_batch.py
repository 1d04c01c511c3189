"""The batch store (many articles, one transaction) against storing them one by one:
the same rows, ids and outcomes; all or nothing; and in the pipeline, a bad article
fails alone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.pipeline import Parsed, StoreReport, store_parsed
from normalize.mentions import Facts, MeetingMention, TariffMention
from scrapers.models import Article, Comment, FeedEntry, Page
from storage import articles
from storage.articles import Stored, store_article, store_articles
from storage.db import connect

T1 = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
T2 = datetime(2025, 6, 3, 12, 0, tzinfo=UTC)
T3 = datetime(2025, 6, 4, 12, 0, tzinfo=UTC)
TABLES = ("articles", "comments", "tariff_mentions", "meeting_mentions")


def item(n: int, version: int = 0, title: str | None = None) -> tuple[Article, Facts]:
    """Article n; a new version changes the second tariff's rate and keeps the rest."""
    first = f"Japan faces a {24 + n}% reciprocal tariff on its goods, report {n} said."
    second = f"The tariff on steel from {n} is {50 + version}% now."
    meeting = f"Japan held round {n + 1} of ministerial talks with the U.S. in Washington."
    text = "\n\n".join([first, second, meeting])
    starts = [0, len(first) + 2, len(first) + len(second) + 4]
    tariffs = (
        TariffMention("US", "JP", None, "reciprocal", 24.0 + n, None, "in_effect", None,
                      first, starts[0], starts[0] + len(first)),
        TariffMention("US", "*", "steel", "sectoral", 50.0 + version, 25.0, "announced",
                      date(2025, 6, 4) if n % 2 else None, second, starts[1],
                      starts[1] + len(second)),
    )
    meetings = (
        MeetingMention(("JP", "US"), "ministerial", n + 1, "held", date(2025, 6, 1), "Friday",
                       "Washington", ("Akazawa",) if n % 2 else (), meeting, starts[2],
                       starts[2] + len(meeting)),
    )
    article = Article(
        url=f"https://www.news.example/{n}", title=title or f"Story {n}", text=text,
        source="wire" if n % 3 else "agency", adapter="generic",
        published_at=T1 if n % 4 else None, fetched_url=f"https://news.example/{n}?amp",
        comments=tuple(Comment(f"reader {c}" if c else None, f"comment {c} on {n}")
                       for c in range(n % 3)),
    )
    return article, Facts(tariffs, meetings)


ROUNDS: list[tuple[datetime, list[tuple[Article, Facts]]]] = [
    # new; a URL twice (changed: new then updated); a URL twice, same text (unchanged:
    # the first title stays)
    (T1, [item(n) for n in range(10)] + [item(3, 1), item(4, 0, "Retitled 4")]),
    # unchanged, updated, updated twice, updated then unchanged, and new articles
    (T2, [item(n) for n in range(5)] + [item(n, 2) for n in range(5, 8)]
     + [item(8, 2), item(8, 3), item(9, 2), item(9, 2, "Retitled 9")]
     + [item(n) for n in range(10, 13)]),
    (T3, [item(n, 2) for n in range(5, 8)]),  # all unchanged
]


def dump(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {table: conn.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in TABLES}


def test_batch_stores_what_one_by_one_stores(tmp_path: Path) -> None:
    single, batch = connect(tmp_path / "single.duckdb"), connect(tmp_path / "batch.duckdb")
    outcomes = []
    for now, items in ROUNDS + ROUNDS[1:2]:  # round 2 again: old versions update again
        one_by_one = [store_article(single, article, facts, now) for article, facts in items]
        outcomes.append(store_articles(batch, items, now))
        assert outcomes[-1] == one_by_one
        assert dump(batch) == dump(single)
    assert [[s.outcome for s in result] for result in outcomes[1:3]] == [
        ["unchanged"] * 3 + ["updated", "unchanged"]  # 3 was updated in round 1
        + ["updated"] * 6 + ["unchanged"] + ["new"] * 3,
        ["unchanged"] * 3,
    ]
    rows = dump(batch)
    assert rows == dump(single)
    assert len(rows["articles"]) == 13
    assert len(rows["tariff_mentions"]) == 26 and len(rows["meeting_mentions"]) == 13
    # An update kept when its unchanged facts were first seen, and stamped the new one.
    seen = dict(batch.execute(
        "SELECT rate_pct, m.first_seen_at FROM tariff_mentions m JOIN articles a"
        " USING (article_id) WHERE a.url = 'https://www.news.example/5'").fetchall())
    assert seen == {29.0: T1, 52.0: T2}
    assert batch.execute("SELECT title, first_seen_at, updated_at, outlet FROM articles"
                         " WHERE url = 'https://www.news.example/9'").fetchall() == [
        ("Story 9", T1, T2, "news.example")]


def test_outcomes_follow_the_order_of_the_batch(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    result = store_articles(conn, [item(1), item(1), item(1, 1), item(2)], T1)
    assert [s.outcome for s in result] == ["new", "unchanged", "updated", "new"]
    assert result[0] == Stored(articles.article_id_for("https://www.news.example/1"), "new")
    assert store_articles(conn, [], T1) == []


def test_a_failed_batch_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = connect(tmp_path / "t.duckdb")
    store_articles(conn, [item(1)], T1)
    before = dump(conn)

    def fail(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(articles, "_insert_meetings", fail)
    with pytest.raises(RuntimeError):
        store_articles(conn, [item(1, 1), item(2), item(3)], T2)
    assert dump(conn) == before


def parsed(article: Article, facts: Facts) -> Parsed:
    page = Page(url=article.url, final_url=article.url, status=200, content=b"<html>",
                etag='"e"')
    return Parsed(FeedEntry(url=article.url), page, article, facts)


def test_a_bad_article_fails_alone_in_the_pipeline(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    good = [parsed(*item(n)) for n in range(4)]
    article, facts = item(9)
    bad = parsed(Article(url=article.url, title=None, text=article.text,  # type: ignore[arg-type]
                         source=article.source), facts)
    report = StoreReport()
    failures = store_parsed(conn, [*good[:2], bad, *good[2:]], report)
    assert [(f.url, f.stage) for f in failures] == [(article.url, "store")]
    assert failures[0].error_class == "ConstraintException"
    assert len(report.new) == 4 and report.tariff_facts == 8 and report.meeting_facts == 4
    assert report.new_by_source == {"wire": 2, "agency": 2}
    urls = {row[0] for row in conn.execute("SELECT url FROM articles").fetchall()}
    assert urls == {a.article.url for a in good}
    fetched = {row[0] for row in conn.execute(
        "SELECT url FROM fetches WHERE content_hash IS NOT NULL AND etag = '\"e\"'").fetchall()}
    assert fetched == urls
    # The same chunk again: the batch stores nothing new, the bad one fails again.
    again = StoreReport()
    assert len(store_parsed(conn, [*good, bad], again)) == 1
    assert again.unchanged == 4 and not again.new
