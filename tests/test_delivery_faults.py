"""Delivery when things break: a process killed between send and mark resends at most once,
and corroboration holds a change until enough outlets report it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from alerts import ledger
from alerts.changes import KnownState, detect
from alerts.deliver import deliver_pending
from alerts.email import EmailSender, SmtpSettings
from alerts.slack import SlackSender
from alerts.subscribers import Subscriber
from flows.sinks import SmtpSink
from storage.db import connect
from storage.state import latest_changes
from tests.test_alerts import sample_change, tariff

WHEN = datetime(2025, 7, 23, 2, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]


def test_kill_between_send_and_mark_resends_at_most_once(tmp_path: Path,
                                                         smtp_sink: SmtpSink) -> None:
    db = tmp_path / "tw.duckdb"
    conn = connect(db)
    change = sample_change()
    subscriber = Subscriber("desk", email="desk@example.org")
    ledger.record_changes(conn, [change], "run-1", WHEN)
    ledger.enqueue(conn, [change], (subscriber,), WHEN)
    conn.close()
    script = textwrap.dedent(f"""
        import os, httpx
        from datetime import datetime, UTC
        from alerts import deliver, ledger
        from alerts.email import EmailSender, SmtpSettings
        from alerts.slack import SlackSender
        from alerts.subscribers import Subscriber
        from storage.db import connect

        def killed(*args, **kwargs):
            os._exit(9)  # like kill -9: after the message left, before it is marked sent

        ledger.mark_sent_many = killed
        conn = connect({str(db)!r})
        email = EmailSender(SmtpSettings("127.0.0.1", {smtp_sink.port}, "tw@example.org"))
        with httpx.Client() as client:
            deliver.deliver_pending(conn, (Subscriber("desk", email="desk@example.org"),),
                                    email, SlackSender(client), lambda: datetime.now(UTC))
    """)
    dead = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60)
    assert dead.returncode == 9
    assert len(smtp_sink.messages) == 1

    conn = connect(db)
    row = conn.execute("SELECT status, attempts FROM deliveries").fetchone()
    assert row == ("pending", 1)  # not lost: still pending, one attempt counted
    email = EmailSender(SmtpSettings("127.0.0.1", smtp_sink.port, "tw@example.org"))
    with httpx.Client() as client:
        later = datetime.now(UTC) + timedelta(minutes=1)
        first = deliver_pending(conn, (subscriber,), email, SlackSender(client), lambda: later)
        second = deliver_pending(conn, (subscriber,), email, SlackSender(client), lambda: later)
    email.close()
    assert (first.sent, second.sent) == (1, 0)
    assert len(smtp_sink.messages) == 2  # the one resend, never more
    assert smtp_sink.messages[0]["Subject"] == smtp_sink.messages[1]["Subject"]


def test_min_sources_holds_a_change_until_corroborated(tmp_path: Path) -> None:
    conn = connect(tmp_path / "tw.duckdb")
    subscriber = (Subscriber("desk", email="desk@example.org"),)

    def report(article: str) -> list[str]:
        state = KnownState.from_history([tariff(24, article="old")], [], latest_changes(conn))
        found = detect(state, [tariff(15, previous=24, article=article)], [])
        ledger.record_changes(conn, found.changes, "run", WHEN)
        ledger.record_supports(conn, found.supports, WHEN)
        confirmed = ledger.confirm(conn, 2, WHEN)
        ledger.enqueue(conn, confirmed, subscriber, WHEN)
        return [c.headline for c in confirmed]

    assert report("first-outlet") == []
    waiting = conn.execute("SELECT headline, outlets FROM pending_changes").fetchall()
    assert waiting == [("US tariff on Japan: 24% -> 15% (agreed)", 1)]
    assert conn.execute("SELECT count(*) FROM deliveries").fetchone() == (0,)
    assert report("second-outlet") == ["US tariff on Japan: 24% -> 15% (agreed)"]
    assert conn.execute("SELECT count(*) FROM pending_changes").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM deliveries").fetchone() == (1,)
    assert ledger.load_changes(conn, [c for (c,) in conn.execute(
        "SELECT change_id FROM changes").fetchall()])[0].outlets == 2
