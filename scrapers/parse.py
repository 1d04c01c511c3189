"""Parse stage: a fetched page -> :class:`Article`. Pure; never fetches.

The cascade, in order:

1. Decode the bytes: charset from the HTTP header, else from ``<meta>``,
   else UTF-8 if it decodes, else a detected encoding; bad bytes are replaced,
   never fatal.
2. Parse once with lxml; read metadata (title, canonical URL, publication
   time) from that tree.
3. Site adapter: the one named in the source's config, or with ``auto`` the
   first registered adapter whose ``matches`` accepts the page. It returns the
   body paragraphs and reader comments, or ``None`` if the layout is not there.
4. Generic fallback: trafilatura on the same tree (body only, no comments): its main
   pass alone, and its own fallbacks only when that pass found little of the page.

A page with no body text is a :class:`ParseError` naming the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml.etree import ParserError

from scrapers.errors import ParseError
from scrapers.models import Article, Comment
from scrapers.sites import ADAPTERS, SiteParse, get_adapter

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Fewer words than this is a navigation stub or an error page, not an article.
MIN_BODY_WORDS = 12
# Japanese and Chinese are written without spaces: each kana or ideograph counts as a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


def decode_html(content: bytes, header_charset: str | None = None) -> str:
    """Bytes to text, trusting the HTTP header, then ``<meta>``, then detection."""
    for candidate in (header_charset, _meta_charset(content)):
        if candidate:
            try:
                return content.decode(_codec(candidate), errors="replace")
            except (LookupError, UnicodeError):  # unknown label, or a codec like idna
                continue
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(content[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return content.decode(encoding, errors="replace")


def _meta_charset(content: bytes) -> str | None:
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(name: str) -> str:
    # Browsers read "iso-8859-1" as windows-1252; Shift_JIS pages often hold cp932 bytes.
    lowered = name.strip().lower()
    return {"iso-8859-1": "cp1252", "latin-1": "cp1252", "shift_jis": "cp932",
            "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932"}.get(lowered, lowered)


def parse_article(
    html: str | bytes,
    url: str,
    *,
    source: str = "",
    adapter: str = "auto",
    published_at: datetime | None = None,
    header_charset: str | None = None,
) -> Article:
    """Parse one page into an Article (body text, comments apart, metadata).

    ``published_at`` (from the feed) is used when the page itself has no date.
    """
    text = decode_html(html, header_charset) if isinstance(html, bytes) else html
    if not text.strip():
        raise ParseError(url, "empty page")
    try:
        # lxml refuses str input that declares an encoding (XHTML's <?xml ...?>).
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (ParserError, ValueError) as exc:
        raise ParseError(url, f"not parseable as HTML: {exc}") from None

    head = _PageHead.read(tree)
    canonical = _canonical_url(head, url)
    title = head.meta.get("og:title") or head.h1 or head.title
    published = _published(head) or published_at

    site: SiteParse | None = None
    adapter_name = "generic"
    if adapter != "generic":
        chosen = get_adapter(adapter) if adapter != "auto" else _auto_adapter(url, head.meta)
        if chosen is not None:
            site = chosen.parse(tree, url)
            if site is not None:
                adapter_name = chosen.name
    if site is None:
        _drop_discussion(tree)
        body = _generic_body(tree, url)
        comments: tuple[Comment, ...] = ()
    else:
        body = "\n\n".join(site.paragraphs)
        comments = site.comments
        title = site.title or title
        published = site.published_at or published
    body = _without_headline(body, title)
    words = len(body.split()) + len(_UNSPACED.findall(body))
    if words < MIN_BODY_WORDS:
        raise ParseError(url, f"no article text found ({words} words of body)")
    return Article(
        url=canonical,
        title=title or canonical,
        text=body,
        source=source,
        published_at=published,
        comments=comments,
        adapter=adapter_name,
        fetched_url=url,
    )


def _auto_adapter(url: str, meta: Mapping[str, str]):  # type: ignore[no-untyped-def]
    for candidate in ADAPTERS.values():
        if candidate.matches(url, meta):
            return candidate
    return None


# Reader discussion by its class or id: "reader-comments", "reaction", "cpa-discuss__item",
# "talkback", "disqus_thread". trafilatura drops the commonest names itself, not these.
_DISCUSSION = re.compile(r"(?<![a-z])(?:comments?|commentlist|reactions?|discuss(?:ion)?s?|"
                         r"talkbacks?|disqus)(?![a-z])", re.I)


def _drop_discussion(tree: lxml.html.HtmlElement) -> None:
    """Remove reader discussion from the tree before the generic extractor reads it: its
    main pass kept a reader's "39% against the EU's 15%" under ``<section class="reader-
    comments">`` as body. An element that holds half the page's paragraph text or its
    headline is never dropped, whatever its name ("article has-comments")."""
    page = _paragraph_chars(tree)
    for element in list(tree.iter("section", "div", "aside", "ol", "ul", "article", "li")):
        name = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _DISCUSSION.search(name) or element.getparent() is None:
            continue
        if element.find(".//h1") is not None or (
                page and 2 * _paragraph_chars(element) >= page):
            continue
        element.drop_tree()


def _generic_body(tree: lxml.html.HtmlElement, url: str) -> str:
    """trafilatura's main pass alone (``fast``), in its recall mode; its fallbacks
    (readability, jusText) in its default balanced mode, only when that pass found nothing
    or less than half of the page's ``<p>`` text, as on a live blog whose entries it skips.

    Measured on the 181 real benchmark pages (``python -m bench.eval_extract``): the
    fallbacks took about a third of the parse, and body F1 was 0.962 with them for every
    page, 0.963 this way in balanced mode (2026-11-27). Recall mode in the main pass
    (2026-11-27, session 5) keeps the same body words and drops boilerplate ones (false
    words 5,528 -> 4,645, body F1 0.963 -> 0.966), and skips the balanced mode's check of
    the whole page's text for a short extraction, which our own fallback test does:
    the main pass went from 4.0 to 3.2 ms a page (bench pages)."""
    def extract(fast: bool) -> str:
        return trafilatura.extract(tree, url=url, include_comments=False, include_tables=True,
                                   deduplicate=False, fast=fast, favor_recall=fast) or ""

    extracted = extract(fast=True)
    if not extracted or len(extracted) < FALLBACK_SHARE * _paragraph_chars(tree):
        extracted = extract(fast=False) or extracted
    paragraphs = [" ".join(line.split()) for line in extracted.splitlines()]
    return "\n\n".join(p for p in paragraphs if p)


#: Below this share of the page's ``<p>`` text, the main pass missed body: run the fallbacks.
FALLBACK_SHARE = 0.5


def _paragraph_chars(tree: lxml.html.HtmlElement) -> int:
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))


def _without_headline(body: str, title: str | None) -> str:
    """The generic extractor may keep the headline as the first paragraph: it is not body."""
    first, _, rest = body.partition("\n\n")
    if title and rest and " ".join(first.split()).lower() == " ".join(title.split()).lower():
        return rest
    return body


@dataclass
class _PageHead:
    """What the page says about itself, read in one pass over the tree: each field holds
    the first non-empty value in document order."""

    #: ``<meta>`` content by its ``property``, ``name`` and ``itemprop``.
    meta: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None
    h1: str | None = None
    title: str | None = None
    time: str | None = None
    ld_json: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, tree: lxml.html.HtmlElement) -> _PageHead:
        head = cls()
        for element in tree.iter("meta", "link", "h1", "title", "time", "script"):
            tag = element.tag
            if tag == "meta":
                content = _collapsed(element.get("content"))
                if content:
                    for attribute in ("property", "name", "itemprop"):
                        key = element.get(attribute)
                        if key is not None:
                            head.meta.setdefault(key, content)
            elif tag == "link":
                if head.canonical is None and element.get("rel") == "canonical":
                    head.canonical = _collapsed(element.get("href")) or None
            elif tag == "time":
                head.time = head.time or _collapsed(element.get("datetime")) or None
            elif tag == "script":
                if element.get("type") == "application/ld+json" and element.text:
                    head.ld_json.append(element.text)
            elif tag == "h1" and head.h1 is None:
                head.h1 = _collapsed(element.text_content()) or None
            elif tag == "title" and head.title is None:
                head.title = _collapsed(element.text_content()) or None
        return head


def _collapsed(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _canonical_url(head: _PageHead, url: str) -> str:
    href = head.canonical or head.meta.get("og:url")
    if not href:
        return url
    resolved = urljoin(url, href)
    return resolved if resolved.startswith(("http://", "https://")) else url


def _published(head: _PageHead) -> datetime | None:
    meta = head.meta
    value = (
        meta.get("article:published_time") or meta.get("datePublished")
        or meta.get("pubdate") or meta.get("publishdate") or meta.get("date") or head.time
    )
    if value is None:
        for script in head.ld_json:
            value = _jsonld_date(script)
            if value:
                break
    return parse_datetime(value) if value else None


def _jsonld_date(script: str) -> str | None:
    try:
        data = json.loads(script)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return str(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 (with ``Z``) or a bare date; naive times are taken as UTC."""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
