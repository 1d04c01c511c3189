"""Site adapters: named parsers for layouts we know, tried before the generic fallback.

Adding a site is one module here that defines a :class:`SiteAdapter` and
registers it, plus fixture pages under ``tests/data/pages/<name>/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import lxml.html

from scrapers.models import Comment


@dataclass(frozen=True)
class SiteParse:
    """What an adapter reads off a page it knows."""

    paragraphs: tuple[str, ...]
    comments: tuple[Comment, ...] = ()
    title: str | None = None
    published_at: datetime | None = None


class SiteAdapter(Protocol):
    name: str

    def matches(self, url: str, meta: Mapping[str, str]) -> bool:
        """Cheap check: is this page of our site? ``meta`` is the page's ``<meta>`` content
        by ``property``, ``name`` and ``itemprop`` (first non-empty value of each)."""

    def parse(self, tree: lxml.html.HtmlElement, url: str) -> SiteParse | None:
        """Body paragraphs and comments read off the parsed page, or None when the layout is
        not found. The tree is the one the generic fallback reads next: do not change it."""


ADAPTERS: dict[str, SiteAdapter] = {}


def register(adapter: SiteAdapter) -> SiteAdapter:
    ADAPTERS[adapter.name] = adapter
    return adapter


def get_adapter(name: str) -> SiteAdapter | None:
    return ADAPTERS.get(name)


# Import adapters so they register themselves.
from scrapers.sites import japantoday as _japantoday  # noqa: E402,F401
