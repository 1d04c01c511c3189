"""Feed reading: RSS 0.9x/1.0/2.0 and Atom through feedparser.

``read_feed`` is pure: bytes in, entries out. A feed feedparser flags as
malformed (``bozo``) still yields the entries it could read; the problem is
reported in :attr:`Feed.warning`. Only a feed with nothing usable is an error.
"""

from __future__ import annotations

import calendar
import io
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from scrapers.errors import FeedError
from scrapers.models import FeedEntry


@dataclass(frozen=True)
class Feed:
    entries: tuple[FeedEntry, ...]
    warning: str | None = None


def read_feed(content: bytes, url: str) -> Feed:
    """Parse a fetched feed into entries with absolute URLs."""
    # A stream, not bytes: feedparser opens bytes that name an existing file as that file.
    parsed = feedparser.parse(
        io.BytesIO(content), sanitize_html=False, resolve_relative_uris=False
    )
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        link = _link(item)
        if not link:
            continue
        link = urljoin(url, link.strip())
        if link in seen:
            continue
        seen.add(link)
        published = item.get("published_parsed")
        # Not item.get("updated_parsed"): for a missing one feedparser hands back
        # published_parsed with a DeprecationWarning (a shim it will drop). Same result, explicit.
        updated = item["updated_parsed"] if "updated_parsed" in item else published
        entries.append(
            FeedEntry(
                url=link,
                title=(item.get("title") or None),
                published_at=_when(published),
                updated_at=_when(updated),
            )
        )
    warning = None
    if parsed.get("bozo"):
        warning = f"malformed feed: {parsed.get('bozo_exception')}"
    if not entries and not parsed.get("version"):
        raise FeedError(url, warning or "not an RSS or Atom feed")
    return Feed(entries=tuple(entries), warning=warning)


def _link(item: Any) -> str | None:
    link = item.get("link")
    if link:
        return str(link)
    for candidate in item.get("links", []):
        if candidate.get("href"):
            return str(candidate["href"])
    return None


def _when(value: time.struct_time | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
