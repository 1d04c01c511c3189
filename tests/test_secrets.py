"""Secrets (SMTP password, Slack webhook URL) never appear in logs, output, alerts,
the database or error messages, even when the servers fail and echo what they got."""

from __future__ import annotations

import re

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from flows.cli import app
from flows.demo import DemoSite
from flows.sinks import HttpSite, SmtpSink

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

PASSWORD = "pw-5ecret-hunter2"
TOKEN = "xoxb-5ecret-webhook-token"


def test_no_secret_anywhere(tmp_path, smtp_sink: SmtpSink, httpserver: HTTPServer,
                            monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
                            ) -> None:
    def echo(request: Request) -> Response:  # a broken proxy that echoes the URL it got
        return Response(f"upstream error for {request.url}", status=500)

    httpserver.expect_request(f"/services/{TOKEN}").respond_with_handler(echo)
    monkeypatch.setenv("TW_SMTP_USER", "user")
    monkeypatch.setenv("TW_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("TW_SLACK", httpserver.url_for(f"/services/{TOKEN}"))
    demo = DemoSite()
    with HttpSite(demo.route) as http:
        demo.base_url = http.url
        config = tmp_path / "tariffwatch.toml"
        config.write_text(f"""
[storage]
database = "tw.duckdb"
[[sources]]
name = "demo"
feed = "{http.url}/feed.xml"
[smtp]
host = "127.0.0.1"
port = {smtp_sink.port}
username_env = "TW_SMTP_USER"
password_env = "TW_SMTP_PASSWORD"
[[subscribers]]
name = "desk"
email = "desk@example.org"
[[subscribers]]
name = "slack"
slack_webhook_env = "TW_SLACK"
""", encoding="utf-8")
        runner = CliRunner()
        first = runner.invoke(app, ["run", "--config", str(config)])
        demo.stage = 2
        second = runner.invoke(app, ["run", "--config", str(config)])
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    # Both channels failed (the SMTP server offers no AUTH; the proxy answered 500) ...
    assert re.search(r"alerts: 0 sent, [1-9]\d* failed", second.output), second.output
    captured = capfd.readouterr()
    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    stored = []
    for table in ("deliveries", "failures", "runs", "changes", "articles", "source_runs"):
        stored += [str(row) for row in conn.execute(f"SELECT * FROM {table}").fetchall()]
    errors = [row[0] for row in conn.execute(
        "SELECT DISTINCT last_error FROM deliveries").fetchall()]
    conn.close()
    # ... and said why, without the secrets.
    assert any("SMTP" in str(e) for e in errors) and any("HTTP 500" in str(e) for e in errors)
    for text in [first.output, second.output, captured.out, captured.err, *stored]:
        assert PASSWORD not in text
        assert TOKEN not in text
