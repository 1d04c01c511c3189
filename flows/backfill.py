"""The ``backfill`` flow: ingest past articles without alerting.

Give it a list of URLs, or a date range to take from the configured sources'
feeds (entries published in ``[since, until]``). Facts are stored like any
other; no change is detected or sent, so history never floods subscribers,
and later runs compare new facts against it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from prefect import flow

from flows.collect import collect_with, named_run
from flows.pipeline import RunSummary
from flows.settings import load_settings
from scrapers.models import FeedEntry, Source


@flow(name="backfill")
async def backfill(
    config_path: str | None = None,
    urls: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    adapter: str = "auto",
) -> RunSummary:
    """Store past articles and their facts; send nothing.

    Args:
        config_path: path of tariffwatch.toml (default: $TARIFFWATCH_CONFIG, ./tariffwatch.toml)
        urls: article URLs to ingest; when given, the configured sources are not read
        since: with no urls, the first publication date to take from the feeds
        until: with no urls, the last publication date to take from the feeds
        adapter: site adapter for the urls (auto, generic, or a site adapter's name)
    """
    async with named_run("backfill"):
        settings = load_settings(config_path)
        if urls:
            settings = replace(
                settings, sources=(Source(name="backfill", pages=tuple(urls), adapter=adapter),)
            )

        def keep(entry: FeedEntry) -> bool:
            if entry.published_at is None:
                return since is None and until is None
            day = entry.published_at.date()
            return (since is None or day >= since) and (until is None or day <= until)

        return await collect_with(settings, alerts=False, keep=None if urls else keep)
