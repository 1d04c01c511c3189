"""Alerts over time: eight dated articles fed across several collect runs, and the exact
messages each subscriber receives by real SMTP and at the Slack endpoint.

The story (tests/data/timeline/articles.json): a baseline; a new round reported by two
outlets; a re-run; the round held; a threat; a historical recap; a deal; another
partner's deal. Plus a source that keeps failing, for the operators."""

from __future__ import annotations

import asyncio
import html
import json
from email.utils import format_datetime
from pathlib import Path

import duckdb
import pytest

from flows.collect import run_collect
from flows.digest import digest
from flows.sinks import SlackSink, SmtpSink
from scrapers.parse import parse_datetime
from tests.conftest import DATA, Site

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]
ARTICLES = json.loads((DATA / "timeline" / "articles.json").read_text(encoding="utf-8"))


def page(article: dict) -> str:  # type: ignore[type-arg]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["body"])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{html.escape(article["title"])}</title>
<link rel="canonical" href="https://{article["outlet"]}/news/{article["slug"]}">
<meta property="article:published_time" content="{article["published"]}">
</head><body><nav><a href="/">Home</a> <a href="/markets">Markets +2%</a></nav>
<article><h1>{html.escape(article["title"])}</h1>{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Tariff on rice could hit 700%</a></li></ul></aside>
<footer>Copyright 2025 {article["outlet"]}</footer></body></html>"""


def feed(site: Site, run: int) -> str:
    items = "".join(
        f"<item><title>{html.escape(a['title'])}</title><link>{site.url}/{a['slug']}</link>"
        f"<pubDate>{format_datetime(parse_datetime(a['published']))}</pubDate></item>"  # type: ignore[arg-type]
        for a in ARTICLES if a["run"] <= run
    )
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            f"{items}</channel></rss>")


def config(tmp_path: Path, site: Site, smtp: SmtpSink) -> str:
    path = tmp_path / "tariffwatch.toml"
    path.write_text(f"""
[storage]
database = "tw.duckdb"

[alerts]
source_failure_runs = 3
source_silence_hours = 0

[[sources]]
name = "news"
feed = "{site.url}/feed.xml"

[[sources]]
name = "flaky"
feed = "{site.url}/flaky.xml"

[smtp]
host = "127.0.0.1"
port = {smtp.port}
sender = "tw@example.org"

[[subscribers]]
name = "jp-desk"
email = "jp@example.org"
countries = ["JP"]

[[subscribers]]
name = "eu-desk"
email = "eu@example.org"
countries = ["EU"]
alerts = ["rate_change"]

[[subscribers]]
name = "slack"
slack_webhook_env = "TW_TIMELINE_SLACK"

[[subscribers]]
name = "jp-digest"
email = "digest@example.org"
countries = ["JP"]
mode = "digest"

[[subscribers]]
name = "ops"
email = "ops@example.org"
alerts = ["source_health"]
""", encoding="utf-8")
    return str(path)


def received(smtp: SmtpSink, start: int) -> list[tuple[str, str]]:
    return [(rcpt[0], str(m["Subject"]))
            for m, rcpt in zip(smtp.messages[start:], smtp.recipients[start:], strict=True)]


ROUND6 = "JP-US ministerial talks: round 6 planned"
THREAT = "US tariff on Japan: 24% -> 25% (threatened)"
JP_DEAL = "US tariff on Japan: 24% -> 15% (agreed)"
EU_DEAL = "US tariff on European Union: 15% (agreed)"
FLAKY = "Source flaky: failed 3 runs in a row; last error: HTTP 404"


def test_timeline(tmp_path: Path, site: Site, smtp_sink: SmtpSink, slack_sink: SlackSink,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TW_TIMELINE_SLACK", slack_sink.webhook_url())
    for article in ARTICLES:
        site.page(f"/{article['slug']}", page(article))
    path = config(tmp_path, site, smtp_sink)

    def run(number: int) -> tuple[list[tuple[str, str]], list[str]]:
        site.page("/feed.xml", feed(site, number), "application/rss+xml")
        mail_before, slack_before = len(smtp_sink.messages), len(slack_sink.posts)
        asyncio.run(run_collect(path))
        return (received(smtp_sink, mail_before),
                [p["text"].split(" - ")[0] for p in slack_sink.posts[slack_before:]])

    # 1: empty database, baseline: nothing is sent.
    assert run(1) == ([], [])
    # 2: the sixth round, reported by two outlets: one alert each, saying so.
    mails, posts = run(2)
    assert mails == [("jp@example.org", ROUND6)] and posts == [ROUND6]
    body = smtp_sink.messages[-1].get_body(preferencelist=("plain",)).get_content()
    assert "Reported by: 2 outlets" in body
    assert "Who: Ryosei Akazawa, Scott Bessent, Howard Lutnick" in body
    # 3: nothing new (the flaky source fails a third time in a row: operators hear of it).
    assert run(3) == ([("ops@example.org", FLAKY)], [])
    # 4: round 6 held (no news), a threat (news), a recap (no news).
    assert run(4) == ([("jp@example.org", THREAT)], [THREAT])
    # 5: Japan's deal and the EU's deal; the recap of the threat is no news.
    mails, posts = run(5)
    assert sorted(mails) == sorted([("jp@example.org", JP_DEAL), ("eu@example.org", EU_DEAL)])
    assert posts == [JP_DEAL, EU_DEAL]
    # 6: a re-run sends nothing at all.
    assert run(6) == ([], [])

    # The digest subscriber gets one email with the three Japan changes.
    before = len(smtp_sink.messages)
    report = digest(config_path=path)
    assert (report.messages, report.sent) == (1, 3)
    assert received(smtp_sink, before) == [("digest@example.org", "tariffwatch digest: 3 changes")]
    digest_body = smtp_sink.messages[-1].get_body(preferencelist=("plain",)).get_content()
    for headline in (ROUND6, THREAT, JP_DEAL):
        assert f"- {headline}" in digest_body
    assert digest(config_path=path).messages == 0

    # Every email can be unsubscribed from, by a per-subscriber token.
    first = smtp_sink.messages[0]
    assert first["List-Unsubscribe"].startswith("<mailto:tw@example.org?subject=unsubscribe%20")
    assert first["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    conn = duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True)
    outlets = dict(conn.execute(
        "SELECT c.headline, o.outlets FROM changes c JOIN change_outlets o USING (change_id)"
    ).fetchall())
    assert outlets[ROUND6] == 2
    assert conn.execute("SELECT count(*) FROM pending_changes").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM deliveries WHERE status <> 'sent'").fetchone() == (0,)
    conn.close()
