"""Scrapers: the collection stage.

Fetch feeds and pages over HTTP (:mod:`scrapers.fetch`), read feeds
(:mod:`scrapers.feeds`) and parse pages into :class:`~scrapers.models.Article`
(:mod:`scrapers.parse`, site adapters in :mod:`scrapers.sites`).
"""

from scrapers.models import Article, FeedEntry, Page, Source

__all__ = ["Article", "FeedEntry", "Page", "Source"]
