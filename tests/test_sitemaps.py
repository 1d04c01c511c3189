"""Sitemaps as sources: XML sitemaps, Google News sitemaps, sitemap indexes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.collect import run_collect
from scrapers.errors import FeedError
from scrapers.sitemaps import read_sitemap
from tests.conftest import Site

NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{base}/a</loc>
    <news:news><news:publication><news:name>Wire</news:name><news:language>en</news:language>
    </news:publication><news:publication_date>2025-07-23T01:45:00+00:00</news:publication_date>
    <news:title>Japan and U.S. strike deal</news:title></news:news></url>
  <url><loc>/b</loc><lastmod>2025-07-22</lastmod></url>
  <url><loc>{base}/a</loc></url>
</urlset>"""


def test_news_sitemap_entries() -> None:
    sitemap = read_sitemap(NEWS.format(base="https://n.example").encode(),
                           "https://n.example/sitemap.xml")
    assert [e.url for e in sitemap.entries] == ["https://n.example/a", "https://n.example/b"]
    first, second = sitemap.entries
    assert first.title == "Japan and U.S. strike deal"
    assert first.published_at == datetime(2025, 7, 23, 1, 45, tzinfo=UTC)
    assert second.published_at == datetime(2025, 7, 22, tzinfo=UTC)


def test_sitemap_index_lists_children() -> None:
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>/news-1.xml</loc></sitemap><sitemap><loc>/news-2.xml</loc>"
             b"</sitemap></sitemapindex>")
    sitemap = read_sitemap(index, "https://n.example/index.xml")
    assert sitemap.children == ("https://n.example/news-1.xml", "https://n.example/news-2.xml")
    assert sitemap.entries == ()


@pytest.mark.parametrize("content", [b"<html><body>no</body></html>", b"", b"\x00\xff"])
def test_not_a_sitemap(content: bytes) -> None:
    with pytest.raises(FeedError, match="not a sitemap"):
        read_sitemap(content, "https://n.example/x.xml")


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_sitemap_source_is_collected(tmp_path: Path, site: Site) -> None:
    body = ("<html><head><title>Deal</title></head><body><article><p>Japan and the United "
            "States agreed to cut the reciprocal tariff on Japanese goods to 15 percent from "
            "24 percent, officials said on Tuesday in Washington.</p></article></body></html>")
    site.page("/a", body)
    site.page("/b", body.replace("Deal", "Deal, day two"))
    site.page("/news-1.xml", NEWS.format(base=site.url), "application/xml")
    site.page("/index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              "<sitemap><loc>/news-1.xml</loc></sitemap></sitemapindex>", "application/xml")
    config = tmp_path / "tariffwatch.toml"
    config.write_text(f'[storage]\ndatabase = "tw.duckdb"\n[[sources]]\nname = "wire"\n'
                      f'sitemap = "{site.url}/index.xml"\n', encoding="utf-8")
    summary = asyncio.run(run_collect(str(config)))
    assert summary.articles_new == 2 and not summary.failures
    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    assert conn.execute("SELECT count(*) FROM tariff_mentions").fetchone() == (2,)
    conn.close()
