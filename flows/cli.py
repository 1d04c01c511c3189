"""``tariffwatch``: the command line.

Exit codes: 0 success; 2 bad usage or config (the message names the key or
file); 3 completed, but some sources or pages failed (each listed); 1 anything else.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from flows.settings import (
    DEFAULT_DATABASE,
    ConfigError,
    Settings,
    config_path,
    load_settings,
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Watch trade negotiations: tariff-rate and negotiation-meeting facts, with alerts.",
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class SqlFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _settings(config: str | None) -> Settings:
    """The validated config, or exit 2 with the message that names the file and key."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None


@app.command()
def demo(
    workdir: Annotated[Path, typer.Option(help="Where the demo writes its config and "
                                               "database (emptied first).")] = Path("data/demo"),
) -> None:
    """Offline demo: local news site, two collection runs, alerts to a local mailbox and Slack."""
    from flows.demo import run_demo

    run_demo(workdir, out=typer.echo)


@app.command()
def run(
    config: Annotated[str | None, typer.Option(help="Config file (default: $TARIFFWATCH_CONFIG "
                                                    "or ./tariffwatch.toml).")] = None,
    alert_initial: Annotated[bool, typer.Option(help="Alert on the first run of an empty "
                                                     "database too.")] = False,
) -> None:
    """One collection pass (a Prefect flow run): fetch, parse, extract, store, detect, deliver."""
    from flows.collect import RunFailed, run_collect

    settings = _settings(config)  # fail fast with exit 2, before any flow run
    if settings.smtp is not None:
        problem = _smtp_problem(settings.smtp.host, settings.smtp.port)
        if problem and problem.startswith("unknown host"):
            raise _fail(f"{settings.config_path}: smtp.host: {problem}", EXIT_USAGE)
        if problem:  # an outage, not a config error: collect anyway, alerts stay pending
            typer.echo(f"warning: smtp.host: {problem}; alerts will wait in the ledger",
                       err=True)
    chosen = config_path(config)
    try:
        summary = asyncio.run(run_collect(str(chosen) if chosen else None, alert_initial))
    except RunFailed as exc:
        raise _fail(str(exc), EXIT_PARTIAL if exc.locked else EXIT_ERROR) from None
    for line in summary.lines():
        typer.echo(line)
    if summary.failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def extract(
    path_or_url: Annotated[str, typer.Argument(help="An HTML file, or an http(s) URL to fetch.")],
    url: Annotated[str | None, typer.Option(help="The page's URL, for a file.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication time (ISO 8601) if the "
                                                       "page has none.")] = None,
    adapter: Annotated[str, typer.Option(help="auto, generic, or a site adapter name.")] = "auto",
    format: Annotated[ExtractFormat, typer.Option(help="Output format.")] = ExtractFormat.json,
) -> None:
    """One page to facts, as the extraction JSON contract (no database)."""
    from normalize import extract_facts
    from scrapers.errors import ScrapeError
    from scrapers.parse import parse_article, parse_datetime

    published_at = None
    if published:
        published_at = parse_datetime(published)
        if published_at is None:
            raise _fail(f"--published: not an ISO 8601 date or time: {published!r}", EXIT_USAGE)
    try:
        content, page_url, charset = _read_page(path_or_url, url)
        article = parse_article(content, page_url, source=_source_name(page_url),
                                adapter=adapter, published_at=published_at,
                                header_charset=charset)
    except FileNotFoundError:
        raise _fail(f"{path_or_url}: no such file", EXIT_USAGE) from None
    except ScrapeError as exc:
        raise _fail(str(exc), EXIT_PARTIAL) from None
    when = article.published_at or published_at
    facts = extract_facts(article.text, when.date() if when else None, article.title)
    document = {
        "article": {
            "url": article.url,
            "title": article.title,
            "published": article.published_at.isoformat() if article.published_at else None,
            "source": article.source,
            "adapter": article.adapter,
            "text_chars": len(article.text),
            "comment_count": article.comment_count,
        },
        "tariffs": [t.to_dict() for t in facts.tariffs],
        "meetings": [m.to_dict() for m in facts.meetings],
    }
    if format is ExtractFormat.json:
        typer.echo(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        typer.echo(_facts_table(document))


def _smtp_problem(host: str, port: int) -> str | None:
    """Can the SMTP server be reached? A host that does not resolve is a config error."""
    import socket

    try:
        socket.getaddrinfo(host, port)
    except OSError:
        return f"unknown host {host!r}"
    try:
        with socket.create_connection((host, port), timeout=5):
            return None
    except OSError as exc:
        return f"cannot connect to {host}:{port} ({type(exc).__name__})"


def _read_page(path_or_url: str, url: str | None) -> tuple[bytes, str, str | None]:
    if path_or_url.startswith(("http://", "https://")):
        from scrapers.fetch import Fetcher, FetchPolicy, make_client

        async def get() -> tuple[bytes, str, str | None]:
            policy = FetchPolicy()
            async with make_client(policy) as client:
                page = await Fetcher(client, policy).fetch(path_or_url)
            return page.content, page.final_url, page.encoding

        return asyncio.run(get())
    path = Path(path_or_url)
    return path.read_bytes(), url or path.resolve().as_uri(), None


def _source_name(url: str) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or "file"
    return host.removeprefix("www.").split(".")[0]


def _facts_table(document: dict[str, Any]) -> str:
    article = document["article"]
    lines = [f"{article['title']} ({article['url']})",
             f"published {article['published']}, {article['text_chars']} chars of body, "
             f"{article['comment_count']} comments (ignored)", ""]
    tariff_rows = [[
        t["imposer"], t["target"], t["sector"] or "", t["kind"],
        f"{t['rate_pct']:g}%" + (f" (from {t['previous_rate_pct']:g}%)"
                                 if t["previous_rate_pct"] is not None else ""),
        t["status"], t["effective_date"] or "", f"{t['start']}-{t['end']}", _clip(t["sentence"]),
    ] for t in document["tariffs"]]
    lines.append(f"tariffs ({len(tariff_rows)})")
    lines.append(_table(["imposer", "target", "sector", "kind", "rate", "status", "effective",
                         "offsets", "sentence"], tariff_rows))
    meeting_rows = [[
        "+".join(m["parties"]), m["level"], "" if m["round"] is None else str(m["round"]),
        m["status"], m["date"] or "", m["location"] or "", ", ".join(m["participants"]),
        f"{m['start']}-{m['end']}", _clip(m["sentence"]),
    ] for m in document["meetings"]]
    lines.append(f"\nmeetings ({len(meeting_rows)})")
    lines.append(_table(["parties", "level", "round", "status", "date", "location",
                         "participants", "offsets", "sentence"], meeting_rows))
    return "\n".join(lines)


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows,
                                                                        strict=False)]
    def fmt(row: list[str]) -> str:
        return "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths,
                                                                       strict=True)).rstrip()
    return "\n".join([fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run against the database (read-only).")],
    db: Annotated[Path | None, typer.Option(help="DuckDB file (default: the config's "
                                                 "[storage] database).")] = None,
    config: Annotated[str | None, typer.Option(help="Config file to take the database "
                                                    "from.")] = None,
    format: Annotated[SqlFormat, typer.Option(help="Output format.")] = SqlFormat.table,
) -> None:
    """Run a read-only query and print the result."""
    import duckdb

    from storage.db import connect_read_only

    path = db
    if path is None:
        path = _settings(config).database if config_path(config) else DEFAULT_DATABASE
    try:
        conn = connect_read_only(path)
    except FileNotFoundError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    except duckdb.Error as exc:
        raise _fail(f"{path}: {exc}", EXIT_ERROR) from None
    try:
        cursor = conn.execute(query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except duckdb.Error as exc:
        raise _fail(f"query failed: {exc}", EXIT_USAGE) from None
    finally:
        conn.close()
    if format is SqlFormat.json:
        typer.echo(json.dumps([dict(zip(columns, row, strict=True)) for row in rows],
                              default=_json_default, indent=2, ensure_ascii=False))
    elif format is SqlFormat.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        typer.echo(buffer.getvalue(), nl=False)
    else:
        typer.echo(_table(columns, [[_cell(v) for v in row] for row in rows]))
        typer.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@app.command()
def serve(
    config: Annotated[str | None, typer.Option(help="Config file for the scheduled runs.")] = None,
    cron: Annotated[str, typer.Option(help="Schedule of the collect deployment (UTC).")]
    = "*/30 * * * *",
) -> None:
    """Serve the collect, digest and backfill deployments from this process (no work pool)."""
    import signal

    from prefect import serve as prefect_serve

    from flows.backfill import backfill
    from flows.collect import collect
    from flows.digest import digest

    settings = _settings(config)  # fail fast, before the scheduler starts
    chosen = config_path(config)
    parameters = {"config_path": str(chosen.resolve()) if chosen else None}
    deployments: list[Any] = [
        collect.to_deployment(name="collect", cron=cron, parameters=parameters,
                              concurrency_limit=1),
        digest.to_deployment(name="digest", cron=f"0 {settings.alerts.digest_hour} * * *",
                             parameters=parameters, concurrency_limit=1),
        backfill.to_deployment(name="backfill", parameters=parameters, concurrency_limit=1),
    ]

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # the runner shuts down cleanly on it

    signal.signal(signal.SIGTERM, stop)
    try:
        prefect_serve(*deployments, pause_on_shutdown=False)
    except KeyboardInterrupt:
        pass
    typer.echo("tariffwatch serve: stopped")


@app.command()
def digest(
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
) -> None:
    """Send digest subscribers what is due now (the digest deployment runs this daily)."""
    from flows.digest import digest as digest_flow

    _settings(config)
    chosen = config_path(config)
    report = digest_flow(config_path=str(chosen) if chosen else None)
    typer.echo(f"digest: {report.messages} message(s) carrying {report.sent} alert(s) sent, "
               f"{report.failed} failed")
    for error in report.errors:
        typer.echo(f"  - {error}")
    if report.failed:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def backfill(
    urls: Annotated[list[str] | None, typer.Argument(help="Article URLs to ingest.")] = None,
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
    since: Annotated[str | None, typer.Option(help="With no URLs: first publication date "
                                                   "(YYYY-MM-DD) to take from the feeds.")] = None,
    until: Annotated[str | None, typer.Option(help="With no URLs: last publication date.")]
    = None,
) -> None:
    """Ingest past articles and their facts without alerting anyone."""
    from datetime import date

    from flows.backfill import backfill as backfill_flow

    _settings(config)
    try:
        first = date.fromisoformat(since) if since else None
        last = date.fromisoformat(until) if until else None
    except ValueError as exc:
        raise _fail(f"--since/--until: {exc}", EXIT_USAGE) from None
    chosen = config_path(config)
    summary = asyncio.run(backfill_flow(config_path=str(chosen) if chosen else None,
                                        urls=urls or None, since=first, until=last))
    for line in summary.lines():
        typer.echo(line)
    if summary.failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def alerts(
    action: Annotated[str, typer.Argument(help="pending | resend | discard")] = "pending",
    change: Annotated[list[str] | None, typer.Option(help="Only these change ids (default: "
                                                         "all pending).")] = None,
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
) -> None:
    """List pending deliveries, make failed ones due now (resend), or drop them (discard)."""
    from storage.db import connect

    if action not in ("pending", "resend", "discard"):
        raise _fail(f"unknown action {action!r} (pending, resend or discard)", EXIT_USAGE)
    settings = _settings(config)
    conn = connect(settings.database, wait_s=settings.lock_wait_s)
    try:
        only = " AND change_id IN (SELECT unnest(?))" if change else ""
        params: list[Any] = [change] if change else []
        if action == "resend":
            conn.execute("UPDATE deliveries SET next_attempt_at = NULL"
                         " WHERE status = 'pending'" + only, params)
        elif action == "discard":
            conn.execute("UPDATE deliveries SET status = 'discarded', next_attempt_at = NULL"
                         " WHERE status = 'pending'" + only, params)
        rows = conn.execute(
            "SELECT change_id, subscriber, channel, attempts, next_attempt_at, last_error,"
            " headline FROM alert_log WHERE delivery_status = 'pending'"
            + only + " ORDER BY created_at, change_id, subscriber, channel", params,
        ).fetchall()
    finally:
        conn.close()
    if action != "pending":
        typer.echo(f"{action}: done")
    typer.echo(_table(["change", "subscriber", "channel", "attempts", "next attempt",
                       "last error", "headline"],
                      [[r[0][:12], r[1], r[2], str(r[3]), _cell(r[4]), _clip(r[5] or "", 40),
                        _clip(r[6], 50)] for r in rows]))
    typer.echo(f"({len(rows)} pending)")


@app.command()
def unsubscribe(
    token: Annotated[str, typer.Argument(help="The token from an alert's unsubscribe link.")],
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
) -> None:
    """Stop all alerts to the subscriber a token belongs to (until removed from the list)."""
    from datetime import UTC
    from datetime import datetime as dt

    from alerts.unsubscribe import unsubscribe as record
    from storage.db import connect

    settings = _settings(config)
    conn = connect(settings.database, wait_s=settings.lock_wait_s)
    try:
        name = record(conn, token, [s.name for s in settings.subscribers], dt.now(UTC))
    finally:
        conn.close()
    if name is None:
        raise _fail("no subscriber has this token", EXIT_USAGE)
    typer.echo(f"unsubscribed: {name}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
