"""Site adapter for Japan Today-style article pages (the seed story's site).

Layout: the body is ``div.article-body`` (or ``[itemprop=articleBody]``)
holding ``<p>`` paragraphs and a credit line (``p.copyright``, "(c) KYODO");
figures, related-story boxes and ads may sit inside it; reader comments live
in ``#comments .comment`` with ``.comment-author`` and ``.comment-body``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import lxml.html
from bs4 import BeautifulSoup, Tag

from scrapers.models import Comment
from scrapers.sites import SiteParse, register

_BODY = "div.article-body, [itemprop=articleBody]"
_NOT_BODY = "figure, figcaption, aside, script, style, .related, .ad, .copyright, .share"


class JapanToday:
    name = "japantoday"

    def matches(self, url: str, tree: lxml.html.HtmlElement) -> bool:
        host = urlsplit(url).hostname or ""
        if host == "japantoday.com" or host.endswith(".japantoday.com"):
            return True
        site = tree.xpath('string(//meta[@property="og:site_name"]/@content)')
        return str(site).strip().lower() == "japan today"

    def parse(self, html: str, url: str) -> SiteParse | None:
        soup = BeautifulSoup(html, "lxml")
        body = soup.select_one(_BODY)
        if body is None:
            return None
        for junk in body.select(_NOT_BODY):
            junk.decompose()
        for br in body.find_all("br"):
            br.replace_with(" ")
        # get_text() without a separator: "<b>15</b>%" is "15%", not "15 %".
        paragraphs = tuple(
            text for p in body.find_all("p") if (text := " ".join(p.get_text().split()))
        )
        if not paragraphs:
            return None
        title_tag = soup.select_one("h1.article-title, article h1")
        return SiteParse(
            paragraphs=paragraphs,
            comments=tuple(_comments(soup)),
            title=" ".join(title_tag.get_text(" ").split()) if title_tag else None,
        )


def _comments(soup: BeautifulSoup) -> list[Comment]:
    found = []
    for node in soup.select("#comments .comment"):
        author = node.select_one(".comment-author")
        text_node = node.select_one(".comment-body")
        if not isinstance(text_node, Tag):
            continue
        text = " ".join(text_node.get_text(" ").split())
        if text:
            found.append(
                Comment(author=author.get_text(strip=True) if author else None, text=text)
            )
    return found


register(JapanToday())
