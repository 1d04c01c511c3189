"""Deliver due ledger rows through their channels.

Immediate subscribers get one message per change (:func:`deliver_pending`);
digest subscribers get one message per channel with everything due
(:func:`deliver_digests`, run by the ``digest`` flow). One failing channel
never blocks another; a channel that is down (SMTP unreachable, Slack rate
limit) is not tried again in the same run; failures stay pending.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from alerts import ledger
from alerts.changes import Change
from alerts.email import EmailSender, Unsubscribe
from alerts.errors import DeliveryError
from alerts.ledger import Delivery
from alerts.render import Message, render, render_digest
from alerts.slack import SlackSender
from alerts.subscribers import Subscriber
from alerts.unsubscribe import tokens, unsubscribed

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    sent: int = 0  # deliveries (change x subscriber x channel) handed over
    failed: int = 0
    skipped: int = 0  # not due for this kind of run, or subscriber not configured
    dropped: int = 0  # the subscriber unsubscribed
    messages: int = 0  # messages actually sent (a digest carries several deliveries)
    errors: list[str] = field(default_factory=list)


@dataclass
class _Context:
    conn: duckdb.DuckDBPyConnection
    email: EmailSender | None
    slack: SlackSender
    now: Callable[[], datetime]
    unsubscribe_url: str | None
    tokens: dict[str, str]
    report: DeliveryReport = field(default_factory=DeliveryReport)
    down: dict[str, str] = field(default_factory=dict)  # channel key -> error


def _prepare(
    conn: duckdb.DuckDBPyConnection,
    subscribers: tuple[Subscriber, ...],
    mode: str,
    now: datetime,
    report: DeliveryReport,
) -> dict[tuple[str, str], list[tuple[Delivery, Change]]]:
    """Due deliveries of configured subscribers in ``mode``, grouped per (subscriber, channel)."""
    by_name = {s.name: s for s in subscribers}
    gone = unsubscribed(conn)
    groups: dict[tuple[str, str], list[tuple[Delivery, Change]]] = {}
    for delivery, change in ledger.pending(conn, now):
        subscriber = by_name.get(delivery.subscriber)
        if delivery.subscriber in gone:
            ledger.mark_dropped(conn, delivery, "unsubscribed")
            report.dropped += 1
            continue
        if (subscriber is None or delivery.channel not in subscriber.channels
                or subscriber.mode != mode):
            report.skipped += 1
            continue
        groups.setdefault((delivery.subscriber, delivery.channel), []).append((delivery, change))
    return groups


def deliver_pending(
    conn: duckdb.DuckDBPyConnection,
    subscribers: tuple[Subscriber, ...],
    email: EmailSender | None,
    slack: SlackSender,
    now: Callable[[], datetime],
    unsubscribe_url: str | None = None,
) -> DeliveryReport:
    """One message per due change for every immediate subscriber."""
    ctx = _Context(conn, email, slack, now, unsubscribe_url,
                   tokens(conn, [s.name for s in subscribers]))
    by_name = {s.name: s for s in subscribers}
    for (name, channel), items in _prepare(conn, subscribers, "immediate", now(),
                                           ctx.report).items():
        for delivery, change in items:
            _send(ctx, by_name[name], channel, [delivery], render(change))
    return ctx.report


def deliver_digests(
    conn: duckdb.DuckDBPyConnection,
    subscribers: tuple[Subscriber, ...],
    email: EmailSender | None,
    slack: SlackSender,
    now: Callable[[], datetime],
    unsubscribe_url: str | None = None,
) -> DeliveryReport:
    """One message per channel with every due change, for each digest subscriber."""
    ctx = _Context(conn, email, slack, now, unsubscribe_url,
                   tokens(conn, [s.name for s in subscribers]))
    by_name = {s.name: s for s in subscribers}
    for (name, channel), items in _prepare(conn, subscribers, "digest", now(),
                                           ctx.report).items():
        message = render_digest([change for _, change in items])
        _send(ctx, by_name[name], channel, [delivery for delivery, _ in items], message)
    return ctx.report


def _send(
    ctx: _Context,
    subscriber: Subscriber,
    channel: str,
    deliveries: list[Delivery],
    message: Message,
) -> None:
    key = "email" if channel == "email" else f"slack:{subscriber.name}"
    if key in ctx.down:
        for delivery in deliveries:
            ledger.mark_failed(ctx.conn, delivery, ctx.down[key], ctx.now())
        ctx.report.failed += len(deliveries)
        return
    for delivery in deliveries:
        ledger.mark_attempt(ctx.conn, delivery)
    try:
        if channel == "email":
            if ctx.email is None or subscriber.email is None:
                raise DeliveryError("email", "no [smtp] server configured", channel_down=True)
            token = ctx.tokens[subscriber.name]
            ctx.email.send(message, subscriber.email, Unsubscribe(token, ctx.unsubscribe_url))
        else:
            if subscriber.slack_webhook is None:
                raise DeliveryError("slack", "no webhook configured")
            ctx.slack.send(message, subscriber.slack_webhook)
    except DeliveryError as exc:
        error = str(exc)
        for delivery in deliveries:
            ledger.mark_failed(ctx.conn, delivery, error, ctx.now(), exc.retry_after_s)
        ctx.report.failed += len(deliveries)
        ctx.report.errors.append(f"{subscriber.name} via {channel}: {error}")
        log.warning("delivery to %s via %s failed: %s", subscriber.name, channel, error)
        if exc.channel_down:
            ctx.down[key] = error
        return
    for delivery in deliveries:
        ledger.mark_sent(ctx.conn, delivery, ctx.now())
    ctx.report.sent += len(deliveries)
    ctx.report.messages += 1
