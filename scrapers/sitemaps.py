"""Sitemaps: XML sitemaps, Google News sitemaps and sitemap indexes, read with lxml.

``read_sitemap`` is pure: bytes in, entries (and child sitemaps of an index)
out. Publication time comes from ``news:publication_date``, else
``lastmod``; titles from ``news:title``. A document that is not a sitemap
is a :class:`FeedError` naming the URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from scrapers.errors import FeedError
from scrapers.models import FeedEntry

_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@dataclass(frozen=True)
class Sitemap:
    entries: tuple[FeedEntry, ...]
    children: tuple[str, ...] = ()  # sitemaps listed by a sitemap index


def read_sitemap(content: bytes, url: str) -> Sitemap:
    from scrapers.parse import parse_datetime

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(url, f"not a sitemap: {exc}") from None
    if root is None:
        raise FeedError(url, "not a sitemap: empty document")
    name = etree.QName(root).localname
    if name == "sitemapindex":
        children = [urljoin(url, loc.strip()) for loc in root.xpath("//sm:sitemap/sm:loc/text()",
                                                                    namespaces=_NS)]
        return Sitemap(entries=(), children=tuple(children))
    if name != "urlset":
        raise FeedError(url, f"not a sitemap: root element <{name}>")
    entries = []
    seen: set[str] = set()
    for node in root.xpath("sm:url", namespaces=_NS):
        loc = _text(node, "sm:loc")
        if not loc:
            continue
        link = urljoin(url, loc)
        if link in seen:
            continue
        seen.add(link)
        modified = _text(node, "sm:lastmod")
        published = _text(node, "news:news/news:publication_date") or modified
        entries.append(FeedEntry(
            url=link,
            title=_text(node, "news:news/news:title"),
            published_at=parse_datetime(published) if published else None,
            updated_at=parse_datetime(modified) if modified else None,
        ))
    return Sitemap(entries=tuple(entries))


def _text(node: etree._Element, path: str) -> str | None:
    values = node.xpath(f"{path}/text()", namespaces=_NS)
    return str(values[0]).strip() if values else None
