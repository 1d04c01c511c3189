"""Deliver pending ledger rows through their channels; one failing channel never
blocks another, and a failure stays pending for the next run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from alerts import ledger
from alerts.email import EmailSender
from alerts.errors import DeliveryError
from alerts.render import render
from alerts.slack import SlackSender
from alerts.subscribers import Subscriber

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0  # pending rows whose subscriber or channel is no longer configured
    errors: list[str] = field(default_factory=list)


def deliver_pending(
    conn: duckdb.DuckDBPyConnection,
    subscribers: tuple[Subscriber, ...],
    email: EmailSender | None,
    slack: SlackSender,
    now: Callable[[], datetime],
) -> DeliveryReport:
    report = DeliveryReport()
    by_name = {s.name: s for s in subscribers}
    broken_channels: dict[str, str] = {}
    for delivery, change in ledger.pending(conn):
        subscriber = by_name.get(delivery.subscriber)
        if subscriber is None or delivery.channel not in subscriber.channels:
            report.skipped += 1
            continue
        if subscriber.mode == "digest":
            report.skipped += 1  # the digest flow sends these
            continue
        channel_key = delivery.channel if delivery.channel == "email" else subscriber.name
        if channel_key in broken_channels:
            ledger.mark_failed(conn, delivery, broken_channels[channel_key])
            report.failed += 1
            continue
        message = render(change)
        ledger.mark_attempt(conn, delivery)
        try:
            if delivery.channel == "email":
                if email is None or subscriber.email is None:
                    raise DeliveryError("email", "no [smtp] server configured")
                email.send(message, subscriber.email)
            else:
                assert subscriber.slack_webhook is not None
                slack.send(message, subscriber.slack_webhook)
        except DeliveryError as exc:
            error = str(exc)
            ledger.mark_failed(conn, delivery, error)
            report.failed += 1
            report.errors.append(f"{subscriber.name} via {delivery.channel}: {error}")
            log.warning("delivery to %s via %s failed: %s", subscriber.name, delivery.channel,
                        error)
            if exc.channel_down:
                # The server is down or asks us to wait: leave the rest for the next run.
                broken_channels[channel_key] = error
            continue
        ledger.mark_sent(conn, delivery, now())
        report.sent += 1
    return report
