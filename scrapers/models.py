"""Domain records of the collection stage: what we fetch and what we parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Source:
    """One configured news source: a feed, or a fixed list of page URLs."""

    name: str
    feed: str | None = None  # RSS 0.9x/1.0/2.0 or Atom
    pages: tuple[str, ...] = ()
    adapter: str = "auto"
    sitemap: str | None = None  # XML or Google News sitemap, or a sitemap index


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article lives and what the feed says of it."""

    url: str
    title: str | None = None
    published_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Page:
    """A fetched HTTP response body, before any parsing."""

    url: str  # the URL we asked for
    final_url: str  # after redirects
    status: int
    content: bytes
    content_type: str | None = None
    encoding: str | None = None  # charset from the Content-Type header, if any
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Comment:
    """A reader comment, kept apart from the article body (never a source of facts)."""

    author: str | None
    text: str


@dataclass(frozen=True)
class Article:
    """A parsed news article.

    ``text`` is the article body only, paragraphs separated by blank lines;
    fact offsets index into it. Comments, navigation and related-story lists
    are never part of ``text``.
    """

    url: str  # canonical URL
    title: str
    text: str
    source: str
    published_at: datetime | None = None
    comments: tuple[Comment, ...] = field(default_factory=tuple)
    adapter: str = "generic"
    fetched_url: str | None = None

    @property
    def comment_count(self) -> int:
        return len(self.comments)
