"""End to end through real Prefect flow runs (one session-wide test harness):
feed -> pages -> facts -> DuckDB -> alerts by real SMTP and a local Slack endpoint."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.collect import run_collect
from flows.demo import DemoSite
from flows.sinks import HttpSite, SlackSink, SmtpSink

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

EXPECTED_RUN2 = [
    "JP-US ministerial talks: round 6 planned",
    "US tariff on all partners (aluminum): 25% -> 50% (announced)",
    "US tariff on all partners (steel): 25% -> 50% (announced)",
    # "Akazawa, who made his eighth visit to Washington for the talks": a numbered visit
    # is a round (the extraction issue lists "the eighth visit")
    "JP-US ministerial talks: round 8 held",
    "US tariff on Japan (autos): 25% -> 15% (agreed)",
    "US tariff on Japan: 24% -> 15% (agreed)",
]


def write_config(tmp_path: Path, feed: str, smtp_port: int, extra: str = "") -> Path:
    config = tmp_path / "tariffwatch.toml"
    config.write_text(f"""
[storage]
database = "tw.duckdb"

[[sources]]
name = "demo-politics"
feed = "{feed}"
{extra}
[smtp]
host = "127.0.0.1"
port = {smtp_port}
sender = "tw@example.org"

[[subscribers]]
name = "desk"
email = "desk@example.org"
countries = ["JP"]

[[subscribers]]
name = "eu-desk"
email = "eu@example.org"
countries = ["EU"]
alerts = ["new_round"]

[[subscribers]]
name = "slack"
slack_webhook_env = "TW_TEST_SLACK"
""", encoding="utf-8")
    return config


def counts(db: Path) -> dict[str, int]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "tariff_mentions", "meeting_mentions", "changes",
                          "deliveries", "comments")
        }
    finally:
        conn.close()


def test_two_runs_then_a_quiet_third(
    tmp_path: Path, smtp_sink: SmtpSink, slack_sink: SlackSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TW_TEST_SLACK", slack_sink.webhook_url())
    demo = DemoSite()
    with HttpSite(demo.route) as http:
        demo.base_url = http.url
        config = str(write_config(tmp_path, f"{http.url}/feed.xml", smtp_sink.port))

        first = asyncio.run(run_collect(config))
        assert first.baseline and first.articles_new == 2 and not first.failures
        assert smtp_sink.messages == [] and slack_sink.posts == []

        demo.stage = 2
        second = asyncio.run(run_collect(config))
        assert not second.baseline and second.articles_new == 3
        assert second.articles_already_known == 2
        assert second.changes == EXPECTED_RUN2
        # The Japan desk gets all six (the steel and aluminum rates apply to every partner);
        # the EU desk wants new rounds only for the EU: none; Slack takes everything.
        assert [m["Subject"] for m in smtp_sink.messages] == EXPECTED_RUN2
        assert {r for rs in smtp_sink.recipients for r in rs} == {"desk@example.org"}
        assert [p["text"].split(" - http")[0] for p in slack_sink.posts] == EXPECTED_RUN2
        round_mail = smtp_sink.messages[0].get_body(preferencelist=("plain",)).get_content()
        assert "Ryosei Akazawa, Scott Bessent, Howard Lutnick" in round_mail
        assert "2025-06-05 (later this week)" in round_mail
        assert "sixth round of ministerial-level talks" in round_mail
        assert "/japan-s-top-tariff-negotiator-to-visit-u-s-for-6th-round-of-talks" in round_mail
        assert second.alerts_sent == 12 and second.alerts_pending == 0
        before = counts(tmp_path / "tw.duckdb")
        requests_before = len(http.requests)

        third = asyncio.run(run_collect(config))
        assert third.articles_new == 0 and third.changes == [] and third.alerts_sent == 0
        assert len(smtp_sink.messages) == 6 and len(slack_sink.posts) == 6
        assert counts(tmp_path / "tw.duckdb") == before
        # Stored pages are not fetched again: only robots.txt and the feed.
        assert http.requests[requests_before:] == ["/robots.txt", "/feed.xml"]
    assert before["comments"] == 15 + 2 + 2 + 1  # kept apart from the body, never facts


def test_a_broken_source_fails_alone(
    tmp_path: Path, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TW_TEST_SLACK", "http://127.0.0.1:9/unused")
    demo = DemoSite()
    with HttpSite(demo.route) as http:
        demo.base_url = http.url
        broken = (f'[[sources]]\nname = "broken"\nfeed = "{http.url}/missing-feed.xml"\n'
                  f'[[sources]]\nname = "gone-pages"\npages = ["{http.url}/gone.html"]\n')
        config = write_config(tmp_path, f"{http.url}/feed.xml", smtp_sink.port, broken)
        result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 3, result.output
    assert "broken: fetch" in result.output and "missing-feed.xml: HTTP 404" in result.output
    assert "gone-pages: fetch" in result.output and "gone.html: HTTP 404" in result.output
    assert "2 new" in result.output  # the good source was stored all the same
    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    failures = conn.execute("SELECT source, stage, message FROM failures ORDER BY source"
                            ).fetchall()
    conn.close()
    assert failures == [("broken", "fetch", "HTTP 404"), ("gone-pages", "fetch", "HTTP 404")]


def test_run_with_bad_config_exits_2_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[[sources]]\nname = "x"\nfeed = 42\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 2
    assert "sources[1].feed: expected str, got int" in result.output


def test_demo_command(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--workdir", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert "the mailbox received 6 email(s)" in result.output
    assert "the Slack channel received 2 message(s)" in result.output
    assert "Subject: JP-US ministerial talks: round 6 planned" in result.output
    assert "Subject: US tariff on Japan: 24% -> 15% (agreed)" in result.output
    assert "Traceback" not in result.output
    assert os.path.exists(tmp_path / "demo" / "tariffwatch.duckdb")


def test_failing_pages_are_retried_then_parked(tmp_path: Path, site) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "tariffwatch.toml"
    config.write_text(
        '[storage]\ndatabase = "tw.duckdb"\n[fetch]\npark_after_failures = 2\nretries = 0\n'
        f'[[sources]]\nname = "list"\npages = ["{site.url}/gone.html"]\n', encoding="utf-8")
    for _ in range(3):
        asyncio.run(run_collect(str(config)))
    assert site.requests.count("/gone.html") == 2  # tried twice, then parked
    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    parked = conn.execute("SELECT url, stage, attempts, last_error FROM failed_items").fetchall()
    conn.close()
    assert parked == [(f"{site.url}/gone.html", "fetch", 2, "HTTP 404")]


def test_run_publishes_a_markdown_artifact_and_stores_the_summary(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    demo = DemoSite()
    with HttpSite(demo.route) as http:
        demo.base_url = http.url
        config = tmp_path / "tariffwatch.toml"
        config.write_text(f'[storage]\ndatabase = "tw.duckdb"\n[[sources]]\nname = "demo"\n'
                          f'feed = "{http.url}/feed.xml"\n', encoding="utf-8")
        summary = asyncio.run(run_collect(str(config)))

    async def artifacts() -> list[str]:
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["collect-summary"])))
            return [str(a.data) for a in found]

    published = asyncio.run(artifacts())
    assert any("| articles new | 2 |" in text for text in published)
    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    stored = conn.execute("SELECT summary->>'articles_new', baseline FROM runs").fetchall()
    conn.close()
    assert stored == [("2", True)] and summary.articles_new == 2


def test_run_checks_the_smtp_server_at_start(tmp_path: Path) -> None:
    from flows.sinks import free_port

    config = tmp_path / "tariffwatch.toml"
    base = '[storage]\ndatabase = "tw.duckdb"\n[smtp]\nsender = "t@example.org"\n'
    config.write_text(base + 'host = "no-such-host.invalid"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 2 and "smtp.host: unknown host" in result.output
    config.write_text(base + f'host = "127.0.0.1"\nport = {free_port()}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--config", str(config)])
    # A server that is down is an outage, not bad config: the run goes on.
    assert result.exit_code == 0 and "warning: smtp.host: cannot connect" in result.output


def test_long_page_lists_go_in_chunks(tmp_path: Path, site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from flows import pipeline

    monkeypatch.setattr(pipeline, "CHUNK_PAGES", 2)
    body = ("<html><head><title>Story {n}</title></head><body><article><p>Story {n}: Japan "
            "faces a 24 percent reciprocal tariff on most of its goods, officials said on "
            "Monday in Tokyo.</p></article></body></html>")
    urls = [site.page(f"/p{n}", body.format(n=n)) for n in range(5)]
    assert [[len(s.pages) for s in r] for r in pipeline.rounds(
        (pipeline.Source(name="list", pages=tuple(urls)),))] == [[2], [2], [1]]
    config = tmp_path / "tariffwatch.toml"
    config.write_text(f'[storage]\ndatabase = "tw.duckdb"\n[[sources]]\nname = "list"\n'
                      f"pages = {urls!r}\n".replace("'", '"'), encoding="utf-8")
    summary = asyncio.run(run_collect(str(config)))
    assert summary.articles_new == 5 and not summary.failures
    again = asyncio.run(run_collect(str(config)))
    assert again.articles_new == 0 and again.articles_already_known == 5
