"""The ``collect`` flow: one collection pass as a Prefect flow run.

Tasks are batched per source (one fetch and one parse task each, not one per
article); only IO is retried. The run holds the DuckDB file for its whole
length, so two runs never write at once: a second one waits up to
``lock_wait_seconds`` and then fails with a message naming the lock holder.

A run that finds nothing new makes one task run per source (its fetch), records
itself and the sources' health, and publishes no summary artifact.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar, cast
from uuid import uuid4

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import acreate_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State
from prefect.context import FlowRunContext, get_run_context
from prefect.states import Failed
from prefect.utilities.annotations import quote

from alerts import ledger
from alerts.deliver import DeliveryReport
from flows import pipeline
from flows.pipeline import Detected, Failure, Harvest, Parsed, RunSummary
from flows.settings import Settings, load_settings
from scrapers.fetch import Fetcher, make_client
from scrapers.models import FeedEntry, Source
from storage import runs, state
from storage.db import connect
from storage.errors import DatabaseLocked

T = TypeVar("T")


def _opaque(value: T) -> T:
    """``value`` for a task to receive as is: Prefect unwraps a ``quote`` before the call
    and does not look inside it (typed as the value, which is what the task gets)."""
    return cast(T, quote(value))


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
async def fetch_source(
    fetcher: Fetcher,
    source: Source,
    memory: pipeline.Memory,
    keep: Callable[[FeedEntry], bool] | None = None,
) -> Harvest:
    return await pipeline.fetch_source(fetcher, source, memory, keep)


@task(cache_policy=NO_CACHE)
def parse_source(harvest: Harvest) -> tuple[list[Parsed], list[Failure]]:
    return pipeline.parse_pages(harvest)


@task(cache_policy=NO_CACHE, task_run_name="store articles")
def store_articles(
    conn: duckdb.DuckDBPyConnection, parsed: list[Parsed], report: pipeline.StoreReport
) -> list[Failure]:
    return pipeline.store_parsed(conn, parsed, report)


@task(cache_policy=NO_CACHE, task_run_name="detect changes")
def detect_changes(
    conn: duckdb.DuckDBPyConnection, settings: Settings, article_ids: list[str], run_id: str
) -> Detected:
    return pipeline.detect_and_enqueue(conn, settings, article_ids, run_id)


@task(cache_policy=NO_CACHE, task_run_name="send alerts", retries=1, retry_delay_seconds=5)
def send_alerts(conn: duckdb.DuckDBPyConnection, settings: Settings) -> DeliveryReport:
    return pipeline.deliver(conn, settings)


LOCKED = "Locked"


class RunFailed(Exception):
    """A collect run ended without completing; ``locked`` when another writer held the file."""

    def __init__(self, message: str, locked: bool) -> None:
        super().__init__(message)
        self.locked = locked


async def run_collect(config_path: str | None, alert_initial: bool = False) -> RunSummary:
    """Run the collect flow and return its summary, or raise :class:`RunFailed`."""
    state = await collect(config_path=config_path, alert_initial=alert_initial,
                          return_state=True)
    if not state.is_completed():
        raise RunFailed(state.message or f"collect run ended {state.name}",
                        locked=state.name == LOCKED)
    result = state.result()
    if inspect.isawaitable(result):
        result = await result
    assert isinstance(result, RunSummary)
    return result


def _process(
    conn: duckdb.DuckDBPyConnection,
    harvest: Harvest,
    report: pipeline.StoreReport,
    summary: RunSummary,
) -> list[Failure]:
    """Parse and store one source's fetched pages; returns the failures of both."""
    summary.articles_already_known += harvest.known
    summary.warnings += harvest.warnings
    pipeline.record_feed(conn, harvest)
    if not harvest.pages:
        return harvest.failures  # nothing new from this source: no task runs to pay for
    # _opaque(): Prefect would otherwise walk every page, article and stored id passed to a
    # task, looking for futures; the report's ids grow with the run, so a backfill's cost
    # per article grew with its length.
    parsed, failed = parse_source.with_options(
        task_run_name=f"parse {harvest.source.name}"
    )(_opaque(harvest))
    if parsed:
        failed += store_articles(conn, _opaque(parsed), _opaque(report))
        # Stored: let the articles go. Prefect keeps every task run's result until the flow
        # run ends, and this list is that result, so a long backfill would otherwise hold
        # all its articles (and garbage collection would walk them all, again and again).
        parsed.clear()
    return harvest.failures + failed


def _run_id() -> str:
    context = get_run_context()
    return str(getattr(getattr(context, "flow_run", None), "id", None) or uuid4())


def run_name(kind: str) -> Callable[[], str]:
    """Flow run names that say what ran and when: "collect 2025-07-23 01:30Z"."""
    return lambda: f"{kind} {datetime.now(UTC):%Y-%m-%d %H:%MZ}"


@asynccontextmanager
async def named_run(kind: str) -> AsyncIterator[None]:
    """Give the current flow run its :func:`run_name` while the block runs.

    Through the run's own client: with ``flow_run_name=``, Prefect renames the run
    in a step that also builds a second, synchronous API client (loading the CA
    bundle) to look up the default result storage, ~30 ms a run.
    """
    context = FlowRunContext.get()
    naming: asyncio.Future[Any] | None = None
    if context is not None and context.flow_run is not None:
        renamed = context.client.set_flow_run_name(context.flow_run.id, run_name(kind)())
        if inspect.isawaitable(renamed):  # the async client: under way while the block runs
            naming = asyncio.ensure_future(renamed)
    try:
        yield
    finally:
        if naming is not None:
            await naming


@flow(name="collect")
async def collect(
    config_path: str | None = None, alert_initial: bool = False
) -> RunSummary | State:
    """Fetch every source, parse, extract facts, store, detect changes, deliver alerts.

    Args:
        config_path: path of tariffwatch.toml (default: $TARIFFWATCH_CONFIG, ./tariffwatch.toml)
        alert_initial: alert on the first run of an empty database too
    """
    async with named_run("collect"):
        settings = load_settings(config_path)
        try:
            return await collect_with(settings, alert_initial)
        except DatabaseLocked as exc:
            # Expected when runs overlap: a clear message, no traceback.
            message = f"{exc} (waited {settings.lock_wait_s:g}s)"
            get_run_logger().error(message)
            return Failed(message=message, name=LOCKED)


async def collect_with(
    settings: Settings,
    alert_initial: bool = False,
    *,
    alerts: bool = True,
    keep: Callable[[FeedEntry], bool] | None = None,
) -> RunSummary:
    """One pass over ``settings.sources``; with ``alerts=False`` (a backfill) facts are
    stored but no change is detected or sent."""
    logger = get_run_logger()
    run_id = _run_id()
    summary = RunSummary(run_id=run_id, sources=len(settings.sources))
    # Building the HTTP client loads the CA bundle (~20 ms): a thread does it while the
    # database opens.
    client_ready = asyncio.get_running_loop().run_in_executor(
        None, make_client, settings.fetch)
    conn = connect(settings.database, wait_s=settings.lock_wait_s)
    try:
        runs.start_run(conn, run_id, pipeline.utcnow())
        summary.baseline = alerts and state.article_count(conn) == 0 and not alert_initial
        memory = pipeline.remember(conn, settings.park_after_failures)
        report = pipeline.StoreReport()
        harvests: dict[str, Harvest] = {}
        async with await client_ready as client:
            fetcher = Fetcher(client, settings.fetch)
            # Long page lists go in chunks, one round each, so a backfill of many pages
            # never holds more than a chunk of them in memory.
            for number, sources in enumerate(pipeline.rounds(settings.sources)):
                round_memory = memory if number == 0 else replace(memory, retry={})
                fetched = await asyncio.gather(*(
                    fetch_source.with_options(task_run_name=f"fetch {source.name}")(
                        fetcher, _opaque(source), _opaque(round_memory), keep
                    )
                    for source in sources
                ))
                for harvest in fetched:
                    summary_failures = _process(conn, harvest, report, summary)
                    summary.failures += summary_failures
                    pipeline.merge_into(harvests, harvest)
        summary.articles_new = len(report.new)
        summary.articles_updated = len(report.updated)
        summary.articles_unchanged = report.unchanged
        summary.tariff_facts = report.tariff_facts
        summary.meeting_facts = report.meeting_facts
        pipeline.record_failures(conn, run_id, summary.failures)
        fresh = report.new + report.updated
        if alerts and not summary.baseline and (fresh or ledger.waiting_count(conn)):
            detected = detect_changes(conn, settings, fresh, run_id)
            confirmed = {c.change_id for c in detected.confirmed}
            summary.changes = [c.headline for c in detected.confirmed]
            summary.changes_waiting = [
                c.headline for c in detected.new if c.change_id not in confirmed
            ]
        if alerts:
            health = pipeline.check_source_health(
                conn, settings, run_id,
                pipeline.source_results(list(harvests.values()), summary.failures, report),
            )
            summary.changes += [c.headline for c in health]
        summary.alerts_pending = ledger.pending_count(conn)
        if alerts and summary.alerts_pending:
            delivery = send_alerts(conn, settings)
            summary.alerts_sent = delivery.sent
            summary.alerts_failed = delivery.failed
            summary.alerts_pending = ledger.pending_count(conn)
        runs.finish_run(conn, run_id, pipeline.utcnow(), summary.baseline, summary.as_dict())
    finally:
        conn.close()
    logger.info(
        "%d new and %d updated articles, %d changes, %d alerts sent, %d pending, %d failures",
        summary.articles_new, summary.articles_updated, len(summary.changes),
        summary.alerts_sent, summary.alerts_pending, len(summary.failures),
    )
    for failure in summary.failures:
        logger.warning(failure.line())
    if summary.eventful():  # a run that found nothing has nothing to publish
        await acreate_markdown_artifact(
            key="collect-summary", markdown=summary.markdown(),
            description="collection run summary",
        )
    return summary
