"""``tariffwatch demo``: the whole path, offline, in one command.

Serves the bundled sample pages and an RSS feed from a local HTTP server,
starts a local SMTP server and a local Slack webhook, and runs the real
``collect`` flow twice: the first run records the baseline, the second runs
after new articles appear in the feed and sends alerts. Prints what the
mailbox and the Slack channel received.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from flows.pipeline import RunSummary
from flows.sinks import HttpSite, Response, SlackSink, SmtpSink
from scrapers.parse import parse_datetime

WEBHOOK_ENV = "TARIFFWATCH_DEMO_SLACK_WEBHOOK"


class DemoSite:
    """The sample news site; ``stage`` says how many batches of articles the feed lists."""

    def __init__(self) -> None:
        root = resources.files("flows") / "demo_site"
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        self.stages: list[list[dict[str, str]]] = manifest["stages"]
        self.pages = {
            item["path"]: (root / item["file"]).read_bytes()
            for stage in self.stages for item in stage
        }
        self.stage = 1

    def route(self, path: str) -> Response | None:
        if path == "/feed.xml":
            return Response(200, self.feed(self.base_url),
                            (("Content-Type", "application/rss+xml; charset=utf-8"),))
        body = self.pages.get(path)
        if body is None:
            return None
        return Response(200, body, (("Content-Type", "text/html; charset=utf-8"),))

    base_url = ""

    def feed(self, base_url: str) -> bytes:
        items = [item for stage in self.stages[: self.stage] for item in stage]
        entries = []
        for item in sorted(items, key=lambda i: i["published"], reverse=True):
            when = parse_datetime(item["published"])
            assert when is not None
            entries.append(
                f"<item><title>{escape(item['title'])}</title>"
                f"<link>{base_url}{item['path']}</link>"
                f"<guid>{base_url}{item['path']}</guid>"
                f"<pubDate>{format_datetime(when)}</pubDate></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            "<title>Demo politics</title>"
            f"<link>{base_url}/</link><description>Sample tariff news</description>"
            + "".join(entries)
            + "</channel></rss>\n"
        ).encode()


def demo_config(workdir: Path, site_url: str, smtp_port: int) -> Path:
    config = workdir / "tariffwatch.toml"
    config.write_text(
        f"""# Written by `tariffwatch demo`: everything runs on this machine.
[storage]
database = "tariffwatch.duckdb"

[[sources]]
name = "demo-politics"
feed = "{site_url}/feed.xml"
adapter = "auto"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
sender = "tariffwatch@example.org"

[[subscribers]]
name = "trade-desk"
email = "desk@example.org"
countries = ["JP"]

[[subscribers]]
name = "slack-rounds"
slack_webhook_env = "{WEBHOOK_ENV}"
alerts = ["new_round"]
""",
        encoding="utf-8",
    )
    return config


@contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def run_demo(workdir: Path, out: Callable[[str], Any] = print) -> tuple[SmtpSink, SlackSink]:
    """Run the demo in ``workdir`` (emptied first); returns the sinks for inspection."""
    from flows.collect import run_collect

    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    site = DemoSite()
    with HttpSite(site.route) as http, SmtpSink() as smtp, SlackSink() as slack:
        site.base_url = http.url
        config = demo_config(workdir, http.url, smtp.port)
        with _env(WEBHOOK_ENV, slack.webhook_url()):
            out(f"== run 1: feed with {len(site.stages[0])} articles (empty database) ==")
            first = asyncio.run(run_collect(str(config)))
            _print_summary(first, out)
            site.stage = 2
            out(f"\n== run 2: {len(site.stages[1])} new articles in the feed ==")
            second = asyncio.run(run_collect(str(config)))
            _print_summary(second, out)
        _print_received(smtp, slack, out)
        out(f"\nThe database is {workdir / 'tariffwatch.duckdb'}; try:")
        out(f'  tariffwatch sql "SELECT * FROM negotiation_rounds" --db '
            f"{workdir / 'tariffwatch.duckdb'}")
    return smtp, slack


def _print_summary(summary: RunSummary, out: Callable[[str], Any]) -> None:
    for line in summary.lines():
        out(line)


def _print_received(smtp: SmtpSink, slack: SlackSink, out: Callable[[str], Any]) -> None:
    out(f"\n== the mailbox received {len(smtp.messages)} email(s) ==")
    for message, recipients in zip(smtp.messages, smtp.recipients, strict=True):
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        out(f"\nTo: {', '.join(recipients)}\nSubject: {message['Subject']}")
        out("\n".join("  " + line for line in str(text).strip().splitlines()))
    out(f"\n== the Slack channel received {len(slack.posts)} message(s) ==")
    for post in slack.posts:
        out(f"\n{post['text']}")
        for block in post.get("blocks", []):
            if block.get("type") == "section" and "text" in block:
                out("  " + block["text"]["text"])
