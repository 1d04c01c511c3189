"""One collection pass as plain functions, stage by stage, without Prefect.

:mod:`flows.collect` wraps these as Prefect tasks; tests and benchmarks can
call them directly. Each stage records what failed and goes on.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import httpx

from alerts import ledger
from alerts.changes import Change, KnownState, detect
from alerts.deliver import DeliveryReport, deliver_digests, deliver_pending
from alerts.email import EmailSender
from alerts.health import SourceRun, check_sources, record_source_runs
from alerts.slack import SlackSender
from flows.settings import Settings
from normalize import Facts, extract_facts
from scrapers.errors import ScrapeError
from scrapers.feeds import read_feed
from scrapers.fetch import Fetcher
from scrapers.models import Article, FeedEntry, Page, Source
from scrapers.parse import parse_article
from scrapers.sitemaps import read_sitemap
from storage import runs, state
from storage.articles import store_article, store_articles
from storage.ids import content_hash


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Failure:
    source: str
    url: str | None
    stage: str
    error_class: str
    message: str

    def line(self) -> str:
        where = self.url or self.source
        return f"{self.source}: {self.stage} {where}: {self.message}"


def failure_from(source: str, exc: BaseException, stage: str | None = None) -> Failure:
    if isinstance(exc, ScrapeError):
        return Failure(source, exc.url, stage or exc.stage, type(exc).__name__, exc.reason)
    return Failure(source, None, stage or "collect", type(exc).__name__, str(exc) or repr(exc))


@dataclass
class Harvest:
    """What fetching one source gave: pages to parse, entries skipped, failures."""

    source: Source
    feed_page: Page | None = None
    pages: list[tuple[FeedEntry, Page]] = field(default_factory=list)
    fetched: int = 0  # pages fetched, kept when ``pages`` is let go after storing
    known: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Parsed:
    entry: FeedEntry
    page: Page
    article: Article
    facts: Facts


@dataclass(frozen=True)
class Memory:
    """What the database remembers of earlier fetches, read once per run."""

    known: dict[str, datetime | None] = field(default_factory=dict)  # url -> feed's updated
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    retry: dict[str, tuple[str, ...]] = field(default_factory=dict)  # source -> failed urls


def remember(conn: duckdb.DuckDBPyConnection, park_after_failures: int) -> Memory:
    known, validators = runs.fetch_state(conn)
    # Pages that failed too often are parked: skipped unless their feed entry changes.
    parked, retry = runs.failed_items(conn, park_after_failures)
    for url in parked:
        known.setdefault(url, None)
    return Memory(known, validators, retry)


async def fetch_source(
    fetcher: Fetcher,
    source: Source,
    memory: Memory,
    keep: Callable[[FeedEntry], bool] | None = None,
) -> Harvest:
    """Read the source's feed (conditional GET) or page list, and fetch the pages not
    stored yet, the ones the feed says were updated, and earlier failures (for a
    backfill, only the entries ``keep`` accepts)."""
    harvest = Harvest(source)
    entries: list[FeedEntry] = [FeedEntry(url=url) for url in source.pages]
    entries += [FeedEntry(url=url) for url in memory.retry.get(source.name, ())
                if url not in source.pages and url not in (source.feed, source.sitemap)]
    if source.feed:
        etag, modified = memory.validators.get(source.feed, (None, None))
        try:
            feed_page = await fetcher.fetch(source.feed, etag=etag, last_modified=modified)
            feed = None if feed_page.status == 304 else read_feed(
                feed_page.content, feed_page.final_url)
        except ScrapeError as exc:
            harvest.failures.append(failure_from(source.name, exc))
        else:
            if feed is not None:  # a 304 costs no parsing
                harvest.feed_page = feed_page
                if feed.warning:
                    harvest.warnings.append(f"{source.feed}: {feed.warning}")
                retried = {entry.url for entry in entries}
                entries += [entry for entry in feed.entries if entry.url not in retried]
    if source.sitemap:
        entries += await _sitemap_entries(fetcher, source, harvest, memory)
    todo = []
    for entry in entries:
        if keep is not None and not keep(entry):
            continue
        known = memory.known
        unchanged = entry.updated_at is None or known.get(entry.url) == entry.updated_at
        if entry.url in known and unchanged:
            harvest.known += 1
        else:
            todo.append(entry)

    async def get(entry: FeedEntry) -> Page:
        etag, modified = memory.validators.get(entry.url, (None, None))
        return await fetcher.fetch(entry.url, etag=etag, last_modified=modified)

    results = await asyncio.gather(*(get(entry) for entry in todo), return_exceptions=True)
    for entry, result in zip(todo, results, strict=True):
        if isinstance(result, Exception):
            harvest.failures.append(failure_from(source.name, result, "fetch"))
        elif isinstance(result, BaseException):
            raise result  # cancellation, KeyboardInterrupt: not an item failure
        elif result.status == 304:
            harvest.known += 1
        else:
            harvest.pages.append((entry, result))
    return harvest


#: At most this many child sitemaps of an index, and entries per run, are read.
SITEMAP_CHILDREN = 5
SITEMAP_ENTRIES = 200


async def _sitemap_entries(
    fetcher: Fetcher, source: Source, harvest: Harvest, memory: Memory
) -> list[FeedEntry]:
    """The newest entries of a sitemap (following an index to its first children)."""
    assert source.sitemap is not None
    queue: list[str] = [source.sitemap]
    entries: list[FeedEntry] = []
    while queue:
        url = queue.pop(0)
        etag, modified = memory.validators.get(url, (None, None))
        try:
            page = await fetcher.fetch(url, etag=etag, last_modified=modified)
            if page.status == 304:
                continue
            sitemap = read_sitemap(page.content, page.final_url)
        except ScrapeError as exc:
            harvest.failures.append(failure_from(source.name, exc))
            continue
        if url == source.sitemap:
            harvest.feed_page = page
        queue += list(sitemap.children[:SITEMAP_CHILDREN])
        entries += sitemap.entries
    newest = sorted(entries, key=lambda e: e.published_at or datetime.min.replace(tzinfo=UTC),
                    reverse=True)
    return newest[:SITEMAP_ENTRIES]


def parse_pages(harvest: Harvest) -> tuple[list[Parsed], list[Failure]]:
    """Pages to articles and facts. Pure CPU work: never retried."""
    parsed: list[Parsed] = []
    failures: list[Failure] = []
    for entry, page in harvest.pages:
        try:
            article = parse_article(
                page.content,
                page.final_url,
                source=harvest.source.name,
                adapter=harvest.source.adapter,
                published_at=entry.published_at,
                header_charset=page.encoding,
            )
            published = article.published_at.date() if article.published_at else None
            facts = extract_facts(article.text, published, article.title)
        except ScrapeError as exc:
            failures.append(failure_from(harvest.source.name, exc))
            continue
        except Exception as exc:  # a bug on one page must not sink the run
            failures.append(Failure(harvest.source.name, page.url, "parse",
                                    type(exc).__name__, str(exc)))
            continue
        parsed.append(Parsed(entry, page, article, facts))
    return parsed, failures


@dataclass
class StoreReport:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    tariff_facts: int = 0
    meeting_facts: int = 0
    new_by_source: dict[str, int] = field(default_factory=dict)


def record_feed(conn: duckdb.DuckDBPyConnection, harvest: Harvest) -> None:
    """Remember a feed that was read, so its earlier failures stop counting against it
    (a feed read just as stored, with no failure since, is already remembered)."""
    page = harvest.feed_page
    if page is not None:
        row: runs.FetchRow = (
            page.url, harvest.source.name, page.status, page.etag, page.last_modified,
            hashlib.sha1(page.content).hexdigest(), None, utcnow(),
        )
        if not runs.refetched_as_stored(conn, row):
            runs.record_fetches(conn, [row])


def store_parsed(
    conn: duckdb.DuckDBPyConnection, parsed: list[Parsed], report: StoreReport
) -> list[Failure]:
    """Store a chunk of articles in one transaction; if that fails, one by one, so that a
    bad article fails alone (returned) and the others are stored."""
    now = utcnow()
    failures: list[Failure] = []
    try:
        stored = list(zip(parsed, store_articles(
            conn, [(item.article, item.facts) for item in parsed], now), strict=True))
    except Exception:
        stored = []
        for item in parsed:
            try:
                stored.append((item, store_article(conn, item.article, item.facts, now)))
            except Exception as exc:
                failures.append(Failure(item.article.source, item.entry.url, "store",
                                        type(exc).__name__, str(exc) or repr(exc)))
    runs.record_fetches(conn, [
        (item.entry.url, item.article.source, item.page.status, item.page.etag,
         item.page.last_modified, content_hash(item.article.text), item.entry.updated_at, now)
        for item, _ in stored
    ])
    for item, result in stored:
        if result.outcome == "unchanged":
            report.unchanged += 1
            continue
        (report.new if result.outcome == "new" else report.updated).append(result.article_id)
        source = item.article.source
        report.new_by_source[source] = report.new_by_source.get(source, 0) + 1
        report.tariff_facts += len(item.facts.tariffs)
        report.meeting_facts += len(item.facts.meetings)
    return failures


@dataclass
class Detected:
    new: list[Change] = field(default_factory=list)  # changes first seen in this run
    confirmed: list[Change] = field(default_factory=list)  # now reported by enough outlets


def detect_and_enqueue(
    conn: duckdb.DuckDBPyConnection, settings: Settings, article_ids: list[str], run_id: str
) -> Detected:
    """Compare the new articles' facts with everything known before, record the changes
    and who reports them, and queue deliveries for changes with enough outlets."""
    result = Detected()
    now = utcnow()
    conn.execute("BEGIN TRANSACTION")
    try:
        if article_ids:
            known = KnownState.from_history(
                state.tariffs(conn, article_ids, include=False),
                state.meetings(conn, article_ids, include=False),
                state.latest_changes(conn),
            )
            detection = detect(
                known,
                state.tariffs(conn, article_ids, include=True),
                state.meetings(conn, article_ids, include=True),
            )
            result.new = ledger.record_changes(conn, detection.changes, run_id, now)
            ledger.record_supports(conn, detection.supports, now)
        result.confirmed = ledger.confirm(conn, settings.alerts.min_sources, now)
        ledger.enqueue(conn, result.confirmed, settings.subscribers, now)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def check_source_health(
    conn: duckdb.DuckDBPyConnection,
    settings: Settings,
    run_id: str,
    results: list[SourceRun],
) -> list[Change]:
    """Record how each source did, and queue source_health alerts for operators."""
    now = utcnow()
    record_source_runs(conn, run_id, results, now)
    hours = settings.alerts.source_silence_hours
    problems = check_sources(
        conn, [s.name for s in settings.sources], settings.alerts.source_failure_runs,
        timedelta(hours=hours) if hours else None, now,
    )
    fresh = ledger.record_changes(conn, problems, run_id, now)
    conn.execute(
        "UPDATE changes SET confirmed_at = ? WHERE kind = 'source_health'"
        " AND confirmed_at IS NULL", [now],
    )
    ledger.enqueue(conn, fresh, settings.subscribers, now)
    return fresh


def deliver(conn: duckdb.DuckDBPyConnection, settings: Settings) -> DeliveryReport:
    """Send what is due to immediate subscribers."""
    return _through_channels(conn, settings, deliver_pending)


def deliver_digest(conn: duckdb.DuckDBPyConnection, settings: Settings) -> DeliveryReport:
    """Send each digest subscriber one message per channel with everything due."""
    return _through_channels(conn, settings, deliver_digests)


def _through_channels(
    conn: duckdb.DuckDBPyConnection,
    settings: Settings,
    delivery: Callable[..., DeliveryReport],
) -> DeliveryReport:
    """Open the channels (one SMTP session, one HTTP client), deliver, close them."""
    email = EmailSender(settings.smtp) if settings.smtp else None
    try:
        with httpx.Client(timeout=httpx.Timeout(15.0), follow_redirects=False) as client:
            return delivery(conn, settings.subscribers, email, SlackSender(client), utcnow,
                            settings.alerts.unsubscribe_url)
    finally:
        if email is not None:
            email.close()


#: A page list longer than this is fetched, parsed and stored in chunks of this size.
CHUNK_PAGES = 500


def rounds(sources: tuple[Source, ...]) -> list[list[Source]]:
    """Fetch rounds: every source (feed, sitemap, first chunk of pages) in the first
    round; the rest of long page lists in later rounds, a chunk each."""
    first = [replace(s, pages=s.pages[:CHUNK_PAGES]) for s in sources]
    later: list[list[Source]] = []
    for source in sources:
        for n, start in enumerate(range(CHUNK_PAGES, len(source.pages), CHUNK_PAGES)):
            if len(later) <= n:
                later.append([])
            later[n].append(replace(source, feed=None, sitemap=None,
                                    pages=source.pages[start:start + CHUNK_PAGES]))
    return [first, *later]


def merge_into(harvests: dict[str, Harvest], harvest: Harvest) -> None:
    """Keep one account per source across rounds, without the fetched pages."""
    name = harvest.source.name
    harvest.fetched += len(harvest.pages)
    harvest.pages = []  # stored by now: let the bytes go
    if name not in harvests:
        harvests[name] = harvest
        return
    merged = harvests[name]
    merged.known += harvest.known
    merged.fetched += harvest.fetched
    merged.failures += harvest.failures


def source_results(harvests: list[Harvest], failures: list[Failure],
                   report: StoreReport) -> list[SourceRun]:
    """A source failed this run when its feed could not be read, or when it had items
    and none of them could be fetched and parsed."""
    results = []
    for harvest in harvests:
        name = harvest.source.name
        mine = [f for f in failures if f.source == name]
        feed_failed = any(f.url in (harvest.source.feed, harvest.source.sitemap) for f in mine)
        parse_failures = sum(1 for f in mine if f.stage == "parse")
        readable = harvest.known + harvest.fetched + len(harvest.pages) - parse_failures
        ok = not feed_failed and not (mine and readable <= 0)
        results.append(SourceRun(name, ok, report.new_by_source.get(name, 0),
                                 mine[0].message if mine else None))
    return results


@dataclass
class RunSummary:
    run_id: str
    baseline: bool = False
    sources: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_already_known: int = 0
    tariff_facts: int = 0
    meeting_facts: int = 0
    changes: list[str] = field(default_factory=list)
    changes_waiting: list[str] = field(default_factory=list)  # too few outlets so far
    alerts_sent: int = 0
    alerts_pending: int = 0
    alerts_failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def eventful(self) -> bool:
        """Whether the run found or did anything: a run that only confirmed what was known
        (every page already stored, nothing sent, nothing failed) is not."""
        return bool(
            self.baseline or self.articles_new or self.articles_updated or self.changes
            or self.changes_waiting or self.alerts_sent or self.alerts_failed
            or self.alerts_pending or self.failures or self.warnings
        )

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["failures"] = [f.__dict__ for f in self.failures]
        return data

    def lines(self) -> list[str]:
        out = [
            f"run {self.run_id}: {self.sources} source(s); articles: {self.articles_new} new, "
            f"{self.articles_updated} updated, {self.articles_unchanged} unchanged, "
            f"{self.articles_already_known} already known (not fetched)",
            f"facts stored: {self.tariff_facts} tariff, {self.meeting_facts} meeting",
        ]
        if self.baseline:
            out.append(
                "first run on an empty database: recorded the baseline, no alerts sent "
                "(use --alert-initial to alert on a first run)"
            )
        else:
            out.append(f"changes detected: {len(self.changes)}")
            out += [f"  - {headline}" for headline in self.changes]
            if self.changes_waiting:
                out.append(f"changes waiting for more outlets: {len(self.changes_waiting)}")
                out += [f"  - {headline}" for headline in self.changes_waiting]
        out.append(
            f"alerts: {self.alerts_sent} sent, {self.alerts_failed} failed, "
            f"{self.alerts_pending} pending"
        )
        out += [f"warning: {w}" for w in self.warnings]
        if self.failures:
            out.append(f"failures: {len(self.failures)}")
            out += [f"  - {f.line()}" for f in self.failures]
        return out

    def markdown(self) -> str:
        rows = [
            ("sources", self.sources), ("articles new", self.articles_new),
            ("articles updated", self.articles_updated),
            ("articles unchanged", self.articles_unchanged),
            ("articles already known", self.articles_already_known),
            ("tariff facts", self.tariff_facts), ("meeting facts", self.meeting_facts),
            ("changes", len(self.changes)), ("alerts sent", self.alerts_sent),
            ("alerts failed", self.alerts_failed), ("alerts pending", self.alerts_pending),
            ("failures", len(self.failures)),
        ]
        text = "| | |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in rows)
        if self.baseline:
            text += "\n\nFirst run on an empty database: baseline recorded, no alerts."
        if self.changes:
            text += "\n\n**Changes**\n\n" + "\n".join(f"- {c}" for c in self.changes)
        if self.failures:
            text += "\n\n**Failures**\n\n" + "\n".join(
                f"- {f.line().replace('|', '/')}" for f in self.failures
            )
        return text


def record_failures(
    conn: duckdb.DuckDBPyConnection, run_id: str, failures: list[Failure],
    now: Callable[[], datetime] = utcnow,
) -> None:
    for f in failures:
        runs.record_failure(conn, run_id, f.source, f.url, f.stage, f.error_class, f.message,
                            now())

