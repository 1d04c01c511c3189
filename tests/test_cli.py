"""The CLI without flow runs: extract (the JSON contract), sql (read-only, formats)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from flows.cli import app
from normalize import extract_facts
from scrapers.models import Article
from scrapers.parse import parse_article
from storage.articles import store_article
from storage.db import connect

ROOT = Path(__file__).resolve().parents[1]
SEED_PAGE = ROOT / "flows" / "demo_site" / (
    "japan-s-top-tariff-negotiator-to-visit-u-s-for-6th-round-of-talks.html")
runner = CliRunner()


def test_extract_seed_page_gives_the_spec_table_and_nothing_from_comments() -> None:
    url = "https://japantoday.com/category/politics/japan-s-top-tariff-negotiator"
    result = runner.invoke(app, ["extract", str(SEED_PAGE), "--url", url])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert set(document) == {"article", "tariffs", "meetings"}
    article = document["article"]
    assert article["comment_count"] == 15 and article["adapter"] == "japantoday"
    assert article["published"] == "2025-06-02T09:30:00+09:00"
    assert article["url"] == ("https://japantoday.com/category/politics/"
                              "japan-s-top-tariff-negotiator-to-visit-u-s-for-6th-round-of-talks")
    tariffs = {(t["imposer"], t["target"], t["sector"], t["kind"], t["rate_pct"], t["status"])
               for t in document["tariffs"]}
    assert tariffs == {
        ("US", "*", None, "baseline", 10.0, "in_effect"),
        ("US", "JP", None, "surcharge", 14.0, "in_effect"),
        ("US", "JP", None, "reciprocal", 24.0, "in_effect"),
        ("US", "JP", "autos", "sectoral", 25.0, "in_effect"),
    }
    meetings = {(tuple(m["parties"]), m["level"], m["round"], m["status"], m["date"],
                 m["location"], tuple(m["participants"])) for m in document["meetings"]}
    g7 = ("CA", "DE", "EU", "FR", "GB", "IT", "JP", "US")
    assert meetings == {
        (("JP", "US"), "ministerial", 6, "planned", "2025-06-05", "United States",
         ("Ryosei Akazawa", "Scott Bessent", "Howard Lutnick")),
        (("JP", "US"), "ministerial", 5, "held", None, None, ("Ryosei Akazawa",)),
        (g7, "leaders", None, "planned", "2025-06-15", "Canada", ()),
    }
    text = parse_article(SEED_PAGE.read_bytes(), url).text
    assert len(text) == article["text_chars"]
    for fact in document["tariffs"] + document["meetings"]:
        assert text[fact["start"]:fact["end"]] == fact["sentence"]
    assert "Tokyo Guy" not in text and "1.8% of GDP" not in text


def test_extract_table_shows_sentences_and_offsets() -> None:
    result = runner.invoke(app, ["extract", str(SEED_PAGE), "--format", "table"])
    assert result.exit_code == 0
    assert "tariffs (4)" in result.output and "meetings (3)" in result.output
    assert "1679-1934" in result.output  # the reciprocal-regime sentence's offsets


def test_extract_usage_errors() -> None:
    missing = runner.invoke(app, ["extract", "no/such/page.html"])
    assert missing.exit_code == 2 and "no such file" in missing.output
    bad_date = runner.invoke(app, ["extract", str(SEED_PAGE), "--published", "last Tuesday"])
    assert bad_date.exit_code == 2 and "--published" in bad_date.output
    assert runner.invoke(app, ["extract", str(SEED_PAGE), "--format", "xml"]).exit_code == 2


def test_extract_empty_page_fails_with_its_name(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page)])
    assert result.exit_code == 3 and "empty.html" in result.output


def _database(tmp_path: Path) -> Path:
    db = tmp_path / "tw.duckdb"
    conn = connect(db)
    text = "Japan faces a 24 percent reciprocal tariff, up from 10 percent | in April."
    article = Article(url="https://news.example/a", title="A, \"quoted\"", text=text,
                      source="wire", published_at=datetime(2025, 6, 1, tzinfo=UTC))
    store_article(conn, article, extract_facts(text, date(2025, 6, 1)), datetime.now(UTC))
    conn.close()
    return db


def test_sql_formats(tmp_path: Path) -> None:
    db = str(_database(tmp_path))
    query = "SELECT title, rate_pct, published_at FROM tariff_history ORDER BY rate_pct"
    table = runner.invoke(app, ["sql", query, "--db", db])
    assert table.exit_code == 0
    assert "A, \"quoted\"" in table.output and "(1 row)" in table.output
    as_csv = runner.invoke(app, ["sql", query, "--db", db, "--format", "csv"])
    assert as_csv.output.splitlines()[0] == "title,rate_pct,published_at"
    assert as_csv.output.splitlines()[1].startswith('"A, ""quoted""",24.0,2025-06-01')
    rows = json.loads(runner.invoke(app, ["sql", query, "--db", db, "--format", "json"]).output)
    assert rows == [{"title": "A, \"quoted\"", "rate_pct": 24.0,
                     "published_at": "2025-06-01T00:00:00+00:00"}]


def test_sql_is_read_only_and_reports_errors(tmp_path: Path) -> None:
    db = str(_database(tmp_path))
    write = runner.invoke(app, ["sql", "DELETE FROM articles", "--db", db])
    assert write.exit_code == 2 and "read-only" in write.output.lower()
    conn = duckdb.connect(db, read_only=True)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    conn.close()
    bad = runner.invoke(app, ["sql", "SELECT nope FROM articles", "--db", db])
    assert bad.exit_code == 2 and "query failed" in bad.output
    missing = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no database" in missing.output


def test_no_arguments_prints_help() -> None:
    result = runner.invoke(app, [])
    for command in ("demo", "run", "extract", "sql", "serve"):
        assert command in result.output
