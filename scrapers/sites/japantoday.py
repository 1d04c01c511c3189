"""Site adapter for Japan Today-style article pages (the seed story's site).

Layout: the body is ``div.article-body`` (or ``[itemprop=articleBody]``)
holding ``<p>`` paragraphs and a credit line (``p.copyright``, "(c) KYODO");
figures, related-story boxes and ads may sit inside it; reader comments live
in ``#comments .comment`` with ``.comment-author`` and ``.comment-body``.

Read straight off the lxml tree the page was parsed into once: a second parse
(BeautifulSoup did one here) cost more than trafilatura's whole extraction.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from urllib.parse import urlsplit

import lxml.html

from scrapers.models import Comment
from scrapers.sites import SiteParse, register


def _has_class(name: str) -> str:
    """XPath predicate: the element's class attribute holds the token ``name``."""
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


_BODY = f'(//div[{_has_class("article-body")}] | //*[@itemprop="articleBody"])[1]'
_NOT_BODY = (
    ".//figure | .//figcaption | .//aside | .//script | .//style | "
    + " | ".join(f".//*[{_has_class(name)}]" for name in ("related", "ad", "copyright", "share"))
)
_TITLE = f'(//h1[{_has_class("article-title")}] | //article//h1)[1]'
_COMMENTS = f'//*[@id="comments"]//*[{_has_class("comment")}]'
_AUTHOR = f'.//*[{_has_class("comment-author")}]'
_COMMENT_BODY = f'.//*[{_has_class("comment-body")}]'


class JapanToday:
    name = "japantoday"

    def matches(self, url: str, meta: Mapping[str, str]) -> bool:
        host = urlsplit(url).hostname or ""
        if host == "japantoday.com" or host.endswith(".japantoday.com"):
            return True
        return meta.get("og:site_name", "").lower() == "japan today"

    def parse(self, tree: lxml.html.HtmlElement, url: str) -> SiteParse | None:
        found = tree.xpath(_BODY)
        if not found:
            return None
        body = found[0]
        skipped = set(body.xpath(_NOT_BODY))
        # No separator between a paragraph's strings: "<b>15</b>%" is "15%", not "15 %".
        paragraphs = tuple(
            text
            for p in _paragraphs(body, skipped)
            if (text := " ".join("".join(_strings(p, skipped)).split()))
        )
        if not paragraphs:
            return None
        title = tree.xpath(_TITLE)
        return SiteParse(
            paragraphs=paragraphs,
            comments=tuple(_comments(tree)),
            title=_joined(title[0]) if title else None,
        )


def _paragraphs(
    node: lxml.html.HtmlElement, skipped: set[lxml.html.HtmlElement]
) -> Iterator[lxml.html.HtmlElement]:
    """The ``<p>`` elements under ``node`` in document order, none inside a skipped part."""
    for child in node:
        if isinstance(child.tag, str) and child not in skipped:
            if child.tag == "p":
                yield child
            yield from _paragraphs(child, skipped)


def _strings(
    node: lxml.html.HtmlElement, skipped: Collection[lxml.html.HtmlElement] = ()
) -> Iterator[str]:
    """The text pieces under ``node`` (no HTML comments, nothing skipped); ``<br>`` is a space."""
    if node.text:
        yield node.text
    for child in node:
        if isinstance(child.tag, str) and child not in skipped:
            if child.tag == "br":
                yield " "
            else:
                yield from _strings(child, skipped)
        if child.tail:
            yield child.tail


def _joined(node: lxml.html.HtmlElement) -> str:
    return " ".join(" ".join(_strings(node)).split())


def _comments(tree: lxml.html.HtmlElement) -> list[Comment]:
    found = []
    for node in tree.xpath(_COMMENTS):
        body = node.xpath(_COMMENT_BODY)
        if not body:
            continue
        text = _joined(body[0])
        if text:
            author = node.xpath(_AUTHOR)
            found.append(Comment(author=_joined(author[0]) if author else None, text=text))
    return found


register(JapanToday())
