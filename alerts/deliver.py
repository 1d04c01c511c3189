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


#: Deliveries whose attempts are counted in one statement before their messages go out.
BATCH = 100


@dataclass(frozen=True)
class _Job:
    subscriber: Subscriber
    channel: str
    deliveries: list[Delivery]
    message: Message

    @property
    def channel_key(self) -> str:
        return "email" if self.channel == "email" else f"slack:{self.subscriber.name}"


def deliver_pending(
    conn: duckdb.DuckDBPyConnection,
    subscribers: tuple[Subscriber, ...],
    email: EmailSender | None,
    slack: SlackSender,
    now: Callable[[], datetime],
    unsubscribe_url: str | None = None,
) -> DeliveryReport:
    """One message per due change for every immediate subscriber."""
    ctx, by_name = _start(conn, subscribers, email, slack, now, unsubscribe_url)
    rendered: dict[str, Message] = {}  # a change renders the same for everyone
    jobs = []
    for (name, channel), items in _prepare(conn, subscribers, "immediate", now(),
                                           ctx.report).items():
        for delivery, change in items:
            if change.change_id not in rendered:
                rendered[change.change_id] = render(change)
            jobs.append(_Job(by_name[name], channel, [delivery], rendered[change.change_id]))
    _send_all(ctx, jobs)
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
    ctx, by_name = _start(conn, subscribers, email, slack, now, unsubscribe_url)
    jobs = [
        _Job(by_name[name], channel, [delivery for delivery, _ in items],
             render_digest([change for _, change in items]))
        for (name, channel), items in _prepare(conn, subscribers, "digest", now(),
                                               ctx.report).items()
    ]
    _send_all(ctx, jobs)
    return ctx.report


def _start(
    conn: duckdb.DuckDBPyConnection,
    subscribers: tuple[Subscriber, ...],
    email: EmailSender | None,
    slack: SlackSender,
    now: Callable[[], datetime],
    unsubscribe_url: str | None,
) -> tuple[_Context, dict[str, Subscriber]]:
    tokens_by_name = tokens(conn, [s.name for s in subscribers])
    ctx = _Context(conn, email, slack, now, unsubscribe_url, tokens_by_name)
    return ctx, {s.name: s for s in subscribers}


def _send_all(ctx: _Context, jobs: list[_Job]) -> None:
    """Send in batches: count the batch's attempts, send each message, mark the sent
    ones. A crash inside a batch resends each of its sent messages at most once."""
    for start in range(0, len(jobs), BATCH):
        batch = [job for job in jobs[start:start + BATCH] if not _skip_down(ctx, job)]
        ledger.mark_attempts(ctx.conn, [d for job in batch for d in job.deliveries])
        sent: list[Delivery] = []
        try:
            for job in batch:
                if not _skip_down(ctx, job) and _send(ctx, job):
                    sent.extend(job.deliveries)
                    ctx.report.messages += 1
        finally:
            ledger.mark_sent_many(ctx.conn, sent, ctx.now())
            ctx.report.sent += len(sent)


def _skip_down(ctx: _Context, job: _Job) -> bool:
    """A channel found down in this run is not tried again: its jobs wait for the next."""
    error = ctx.down.get(job.channel_key)
    if error is None:
        return False
    ledger.mark_waiting(ctx.conn, job.deliveries, error)
    ctx.report.failed += len(job.deliveries)
    return True


def _send(ctx: _Context, job: _Job) -> bool:
    subscriber = job.subscriber
    try:
        if job.channel == "email":
            if ctx.email is None or subscriber.email is None:
                raise DeliveryError("email", "no [smtp] server configured", channel_down=True)
            token = ctx.tokens[subscriber.name]
            ctx.email.send(job.message, subscriber.email,
                           Unsubscribe(token, ctx.unsubscribe_url))
        else:
            if subscriber.slack_webhook is None:
                raise DeliveryError("slack", "no webhook configured")
            ctx.slack.send(job.message, subscriber.slack_webhook)
    except DeliveryError as exc:
        error = str(exc)
        for delivery in job.deliveries:
            ledger.mark_failed(ctx.conn, delivery, error, ctx.now(), exc.retry_after_s)
        ctx.report.failed += len(job.deliveries)
        ctx.report.errors.append(f"{subscriber.name} via {job.channel}: {error}")
        log.warning("delivery to %s via %s failed: %s", subscriber.name, job.channel, error)
        if exc.channel_down:
            ctx.down[job.channel_key] = error
        return False
    return True
