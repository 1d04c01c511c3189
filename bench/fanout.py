"""Benchmark 4: alert fan-out, 1,000 subscribers x 20 changes = 20,000 emails.

Setup (untimed): a DuckDB file with 20 changes (rate changes and new rounds)
recorded by ``alerts.ledger.record_changes`` and 20,000 pending deliveries
queued by ``alerts.ledger.enqueue`` for 1,000 email subscribers; each repeat
starts from a copy of that file. The SMTP server is ``flows.sinks.SmtpSink``
(aiosmtpd on 127.0.0.1) in a process of its own.

- project: ``alerts.deliver.deliver_pending`` with an ``EmailSender``: render,
  build the email, count the attempt, send, mark sent, per delivery;
- baseline: the same messages (as the SMTP server received them from the
  project, parsed back into ``EmailMessage`` before timing) sent with
  ``smtplib.SMTP.send_message`` in a plain loop over one connection.

``--quick``: 100 subscribers (2,000 emails). On a miss, deliver_pending is
profiled (cProfile, cumulative time of the project's functions) on 25
subscribers x 20 changes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import smtplib
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import duckdb
import httpx

from alerts import ledger
from alerts.changes import Change
from alerts.deliver import deliver_pending
from alerts.email import EmailSender, SmtpSettings
from alerts.slack import SlackSender
from alerts.subscribers import Subscriber
from bench._common import Result, median, table
from bench._servers import SmtpProcess
from storage.db import connect

CHANGES = 20
SUBSCRIBERS = 1_000
QUICK_SUBSCRIBERS = 100
PROFILE_SUBSCRIBERS = 25
TARGET = 1.5
SENDER = "tariffwatch@example.org"
NOW = datetime(2025, 8, 1, 12, 0, tzinfo=UTC)
PARTNERS = ["JP", "CN", "EU", "CA", "MX", "KR", "IN", "VN", "GB", "BR"]


def changes(count: int = CHANGES) -> list[Change]:
    found = []
    for i in range(count):
        partner = PARTNERS[i % len(PARTNERS)]
        common = dict(
            article_id=f"article-{i}", mention_id=f"mention-{i}",
            article_title=f"Trade talks and tariffs, report {i}",
            article_url=f"https://news.example.org/trade/{i}.html",
            published_at=NOW - timedelta(hours=count - i), source="bench",
        )
        if i % 2:
            found.append(Change(
                change_id=f"bench-round-{i}", kind="new_round",
                headline=f"{partner}-US ministerial talks: round {i + 2} planned",
                countries=tuple(sorted({partner, "US"})),
                sentence=(f"Negotiators from {partner} and the United States will hold a "
                          f"round {i + 2} of ministerial talks in Washington next week."),
                status="planned", party_key="-".join(sorted({partner, "US"})),
                level="ministerial", round_number=i + 2, meeting_date=date(2025, 8, 8),
                date_text="next week", location="United States",
                participants=("Scott Bessent", "Howard Lutnick"), **common,  # type: ignore[arg-type]
            ))
        else:
            found.append(Change(
                change_id=f"bench-rate-{i}", kind="rate_change",
                headline=f"US tariff on {partner}: 25% -> {10 + i}% (agreed)",
                countries=tuple(sorted({partner, "US"})),
                sentence=(f"The United States agreed to cut its tariff on goods from "
                          f"{partner} to {10 + i}% from 25% starting August 1."),
                status="agreed", imposer="US", target=partner, tariff_kind="reciprocal",
                old_rate_pct=25.0, new_rate_pct=float(10 + i),
                effective_date=date(2025, 8, 1), **common,  # type: ignore[arg-type]
            ))
    return found


def subscribers(count: int) -> tuple[Subscriber, ...]:
    return tuple(Subscriber(name=f"subscriber-{i:04d}", email=f"desk{i}@example.org")
                 for i in range(count))


def prepare(path: Path, subs: tuple[Subscriber, ...]) -> int:
    """A database with the changes recorded and one pending delivery per subscriber."""
    conn = connect(path)
    try:
        found = changes()
        conn.execute("BEGIN TRANSACTION")
        ledger.record_changes(conn, found, "bench-run", NOW)
        columns = {row[0] for row in conn.execute("DESCRIBE changes").fetchall()}
        if "confirmed_at" in columns:  # changes wait for corroboration: confirm them all
            conn.execute("UPDATE changes SET confirmed_at = ?", [NOW])
        queued = ledger.enqueue(conn, found, subs, NOW)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return queued


def _now() -> datetime:
    return datetime.now(UTC)


def project_seconds(path: Path, subs: tuple[Subscriber, ...], port: int) -> tuple[float, int]:
    conn = duckdb.connect(str(path))
    conn.execute("SET TimeZone = 'UTC'")
    email = EmailSender(SmtpSettings(host="127.0.0.1", port=port, sender=SENDER))
    try:
        with httpx.Client() as client:
            start = time.perf_counter()
            report = deliver_pending(conn, subs, email, SlackSender(client), _now)
            email.close()
            elapsed = time.perf_counter() - start
    finally:
        conn.close()
    if report.failed:
        raise RuntimeError(f"deliveries failed: {report.errors[:3]}")
    return elapsed, report.sent


def baseline_seconds(messages: list[tuple[list[str], EmailMessage]], port: int) -> float:
    start = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
    for recipients, message in messages:
        smtp.send_message(message, SENDER, recipients)
    smtp.quit()
    return time.perf_counter() - start


def profile(path: Path, subs: tuple[Subscriber, ...], port: int,
            out: Callable[[str], object]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    elapsed, sent = project_seconds(path, subs, port)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(
        r"(alerts/|storage/|smtplib|email/message|generator)", 14
    )
    out(f"fanout: cProfile of deliver_pending, {sent} emails ({elapsed:.2f} s under the "
        f"profiler), by cumulative time:")
    for line in text.getvalue().splitlines():
        if "(" in line and ("/" in line or "ncalls" in line):
            out("    " + " ".join(line.split())[:150])


def run(quick: bool = False, out: Callable[[str], object] = print, profile_on_miss: bool = True
        ) -> list[Result]:
    count = QUICK_SUBSCRIBERS if quick else SUBSCRIBERS
    repeats = 2 if quick else 1
    subs = subscribers(count)
    with tempfile.TemporaryDirectory(prefix="tw-bench-fanout-") as tmp, \
            SmtpProcess() as smtp:
        template = Path(tmp) / "template.duckdb"
        queued = prepare(template, subs)
        project, baseline = [], []
        messages: list[tuple[list[str], EmailMessage]] = []
        for r in range(repeats):
            copy = Path(tmp) / f"run-{r}.duckdb"
            shutil.copy(template, copy)
            seconds, sent = project_seconds(copy, subs, smtp.port)
            project.append(seconds)
            assert sent == queued, (sent, queued)
            if not messages:
                messages = [
                    (rcpts, message_from_bytes(raw, policy=policy.default))
                    for rcpts, raw in smtp.take()
                ]
                assert len(messages) == queued, (len(messages), queued)
            else:
                smtp.count()
            baseline.append(baseline_seconds(messages, smtp.port))
            assert smtp.count() == queued
        project_s, baseline_s = median(project), median(baseline)
        out(f"fanout: {count} subscribers x {CHANGES} changes = {queued} emails, "
            f"{repeats} repeat(s): deliver_pending {project_s:.2f} s "
            f"({queued / project_s:,.0f} emails/s), smtplib loop {baseline_s:.2f} s "
            f"({queued / baseline_s:,.0f} emails/s)")
        result = Result(
            f"alert fan-out {count} subs x {CHANGES} changes ({queued:,} emails)",
            project_s, baseline_s, "s", f"<= {TARGET:g}x", TARGET, "smtplib loop",
        )
        if profile_on_miss and not result.passed:
            few = subscribers(PROFILE_SUBSCRIBERS)
            sample = Path(tmp) / "profile.duckdb"
            prepare(sample, few)
            profile(sample, few, smtp.port, out)
            smtp.count()
    return [result]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_SUBSCRIBERS} subscribers instead of {SUBSCRIBERS}")
    args = parser.parse_args(argv)
    print(table(run(args.quick)))


if __name__ == "__main__":
    main()
