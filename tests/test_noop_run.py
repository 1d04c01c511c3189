"""A scheduled run that finds nothing new: it still records the run and the sources'
health, names the flow run, and skips what has nothing to say (the summary artifact,
a feed row that would only move its fetched_at)."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.collect import run_collect
from flows.demo import DemoSite
from flows.pipeline import Harvest, record_feed
from flows.sinks import HttpSite
from scrapers.models import Page, Source
from storage import runs
from storage.db import connect


def feed_row(conn: duckdb.DuckDBPyConnection, url: str) -> tuple[Any, ...] | None:
    return conn.execute("SELECT http_status, content_hash, etag, fetched_at FROM fetches"
                        " WHERE url = ?", [url]).fetchone()


def test_a_feed_read_as_stored_is_not_rewritten_unless_a_failure_needs_clearing(
        tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.duckdb")
    url = "https://news.example/feed.xml"
    source = Source(name="wire", feed=url)

    def read(content: bytes, etag: str | None = '"1"') -> None:
        page = Page(url=url, final_url=url, status=200, content=content, etag=etag)
        record_feed(conn, Harvest(source, feed_page=page))

    read(b"<rss/>")
    first = feed_row(conn, url)
    assert first is not None
    read(b"<rss/>")
    assert feed_row(conn, url) == first  # nothing to record
    read(b"<rss/>", etag='"2"')
    second = feed_row(conn, url)
    assert second is not None and second[2] == '"2"' and second[3] > first[3]
    # A failure after the stored read: the next good read is recorded, and clears it.
    runs.record_failure(conn, "r1", "wire", url, "fetch", "FetchError", "HTTP 503",
                        second[3] + timedelta(microseconds=1))
    assert conn.execute("SELECT count(*) FROM failed_items").fetchone() == (1,)
    read(b"<rss/>", etag='"2"')
    third = feed_row(conn, url)
    assert third is not None and third[3] > second[3]
    assert conn.execute("SELECT count(*) FROM failed_items").fetchone() == (0,)
    read(b"<rss/>", etag='"2"')
    assert feed_row(conn, url) == third


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_a_no_op_run_records_itself_but_publishes_no_artifact(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    demo = DemoSite()
    demo.stage = len(demo.stages)
    with HttpSite(demo.route) as http:
        demo.base_url = http.url
        config = tmp_path / "tariffwatch.toml"
        config.write_text(f'[storage]\ndatabase = "tw.duckdb"\n[[sources]]\nname = "demo"\n'
                          f'feed = "{http.url}/feed.xml"\n', encoding="utf-8")
        first = asyncio.run(run_collect(str(config)))
        again = asyncio.run(run_collect(str(config)))
    assert first.articles_new > 0 and first.eventful()
    assert again.articles_new == 0 and again.articles_already_known == first.articles_new
    assert not again.eventful()

    async def flow_runs() -> dict[str, tuple[str, int]]:
        async with get_client() as client:
            found = {}
            for summary in (first, again):
                run = (await client.read_flow_runs(flow_run_filter=FlowRunFilter(
                    id=FlowRunFilterId(any_=[summary.run_id]))))[0]
                artifacts = await client.read_artifacts(flow_run_filter=FlowRunFilter(
                    id=FlowRunFilterId(any_=[summary.run_id])))
                found[summary.run_id] = (run.name, len(artifacts))
            return found

    found = asyncio.run(flow_runs())
    names = [name for name, _ in found.values()]
    assert all(re.fullmatch(r"collect \d{4}-\d\d-\d\d \d\d:\d\dZ", name) for name in names), names
    assert [artifacts for _, artifacts in found.values()] == [1, 0]
    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    recorded = conn.execute("SELECT run_id, finished_at IS NOT NULL FROM runs"
                            " ORDER BY started_at").fetchall()
    health = conn.execute("SELECT run_id, ok FROM source_runs ORDER BY finished_at").fetchall()
    conn.close()
    assert recorded == [(first.run_id, True), (again.run_id, True)]
    assert health == [(first.run_id, True), (again.run_id, True)]
