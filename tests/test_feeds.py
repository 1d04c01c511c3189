"""scrapers.feeds.read_feed: RSS 2.0, Atom and RSS 1.0 (RDF) into FeedEntry records."""

from __future__ import annotations

import asyncio
import warnings
from datetime import UTC, datetime

import pytest

from flows.sinks import Response as SiteResponse
from scrapers.errors import FeedError
from scrapers.feeds import Feed, read_feed
from scrapers.fetch import Fetcher, FetchPolicy, make_client
from scrapers.models import FeedEntry

FEED_URL = "https://www.example.com/news/feeds/rss.xml"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def read(content: bytes, url: str = FEED_URL) -> Feed:
    """read_feed with every warning an error, DeprecationWarning included (pyproject
    ignores those globally; the feed code must not lean on deprecated feedparser paths)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_feed(content, url)


def assert_utc(entries: tuple[FeedEntry, ...]) -> None:
    for entry in entries:
        for when in (entry.published_at, entry.updated_at):
            assert when is None or when.utcoffset() is not None and when.tzinfo == UTC


RSS2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Trade wire</title><link>https://www.example.com/</link><description>Tariffs</description>
<item><title>Japan, U.S. hold 6th round of tariff talks</title>
  <link>/category/politics/japan-us-6th-round</link>
  <pubDate>Mon, 02 Jun 2025 09:30:00 +0900</pubDate></item>
<item><title>Steel tariff doubled to 50%</title><link>../releases/steel-50.html</link>
  <pubDate>Tue, 03 Jun 2025 21:00:00 GMT</pubDate></item>
<item><title>Japan, U.S. hold 6th round of tariff talks (updated)</title>
  <link>https://www.example.com/category/politics/japan-us-6th-round</link>
  <pubDate>Wed, 04 Jun 2025 21:00:00 EST</pubDate></item>
<item><title>EU readies countermeasures</title>
  <link>  https://other.example.org/story?id=7&amp;src=rss  </link></item>
<item><title>Canada replies with C$30 billion list</title>
  <guid isPermaLink="true">https://www.example.com/world/canada-list</guid>
  <pubDate>Tue, 04 Mar 2025 14:05:00 -0500</pubDate></item>
<item><title>An item with no link at all</title><description>Nothing to fetch.</description></item>
</channel></rss>
"""


def test_rss2_entries_links_and_dates() -> None:
    feed = read(RSS2)
    assert feed.warning is None
    assert [entry.url for entry in feed.entries] == [
        "https://www.example.com/category/politics/japan-us-6th-round",  # relative, resolved
        "https://www.example.com/news/releases/steel-50.html",  # ../ from /news/feeds/
        "https://other.example.org/story?id=7&src=rss",  # whitespace stripped
        "https://www.example.com/world/canada-list",  # a permalink guid stands in for <link>
    ]
    first, steel, eu, canada = feed.entries
    assert first.title == "Japan, U.S. hold 6th round of tariff talks"
    assert first.published_at == utc(2025, 6, 2, 0, 30)  # +0900 -> UTC
    assert steel.published_at == utc(2025, 6, 3, 21, 0)
    assert canada.published_at == utc(2025, 3, 4, 19, 5)
    assert_utc(feed.entries)


def test_rss2_duplicate_link_keeps_first_entry() -> None:
    feed = read(RSS2)
    urls = [entry.url for entry in feed.entries]
    assert len(urls) == len(set(urls))
    dup = [e for e in feed.entries if e.url.endswith("/japan-us-6th-round")]
    assert len(dup) == 1
    assert "(updated)" not in (dup[0].title or "")


def test_rss2_item_without_date_is_kept() -> None:
    eu = read(RSS2).entries[2]
    assert eu.title == "EU readies countermeasures"
    assert eu.published_at is None
    assert eu.updated_at is None


def test_rss2_pubdate_only_gives_updated_equal_to_published_without_warnings() -> None:
    # RSS 2.0 has no update time; updated_at mirrors pubDate (the pipeline compares it to
    # decide whether a known URL changed). read() turns any DeprecationWarning into an error.
    for entry in read(RSS2).entries:
        assert entry.updated_at == entry.published_at


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Asia trade notes</title><id>urn:uuid:6c1a</id><updated>2025-07-28T06:00:00Z</updated>
<entry><title>EU and U.S. agree 15% tariff ceiling</title><id>urn:uuid:1</id>
  <link rel="alternate" type="text/html" href="/posts/eu-us-15"/>
  <link rel="enclosure" type="image/jpeg" href="/img/turnberry.jpg"/>
  <published>2025-07-28T06:40:00+01:00</published><updated>2025-07-28T09:15:00+01:00</updated>
</entry>
<entry><title>What the U.S.-Japan deal means for car tariffs</title><id>urn:uuid:2</id>
  <link href="posts/us-japan-deal"/>
  <updated>2025-07-23T18:30:00+09:00</updated>
</entry>
<entry><title>No date at all</title><id>urn:uuid:3</id>
  <link href="https://elsewhere.example.net/a"/>
</entry>
</feed>
"""


def test_atom_entries_links_and_dates() -> None:
    feed = read(ATOM, "https://notes.example.org/feeds/atom.xml")
    assert feed.warning is None
    eu, japan, undated = feed.entries
    assert eu.url == "https://notes.example.org/posts/eu-us-15"  # the alternate, not the image
    assert eu.title == "EU and U.S. agree 15% tariff ceiling"
    assert eu.published_at == utc(2025, 7, 28, 5, 40)
    assert eu.updated_at == utc(2025, 7, 28, 8, 15)
    assert japan.url == "https://notes.example.org/feeds/posts/us-japan-deal"
    assert japan.updated_at == utc(2025, 7, 23, 9, 30)
    # Atom's <updated> is not a publication time: published_at stays empty.
    assert japan.published_at is None
    assert undated.url == "https://elsewhere.example.net/a"
    assert undated.published_at is None and undated.updated_at is None
    assert_utc(feed.entries)


def test_atom_xml_base_wins_over_feed_url() -> None:
    content = ATOM.replace(
        b'<feed xmlns="http://www.w3.org/2005/Atom">',
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example.org/blog/">',
    )
    feed = read(content, "https://notes.example.org/feeds/atom.xml")
    assert [entry.url for entry in feed.entries[:2]] == [
        "https://cdn.example.org/posts/eu-us-15",
        "https://cdn.example.org/blog/posts/us-japan-deal",
    ]


RSS1 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example.jp/rss">
  <title>Keizai news</title><link>https://news.example.jp/</link><description>d</description>
  <items><rdf:Seq>
    <rdf:li rdf:resource="https://news.example.jp/a/1"/>
    <rdf:li rdf:resource="https://news.example.jp/a/2"/>
  </rdf:Seq></items>
</channel>
<item rdf:about="https://news.example.jp/a/1">
  <title>Akazawa to visit Washington for 7th round</title><link>/a/1?from=rss</link>
  <dc:date>2025-06-12T10:00:00+09:00</dc:date>
</item>
<item rdf:about="https://news.example.jp/a/2">
  <title>Rice imports on the table</title><link>https://news.example.jp/a/2</link>
</item>
</rdf:RDF>
"""


def test_rss1_rdf_entries_links_and_dates() -> None:
    feed = read(RSS1, "https://news.example.jp/rss/index.rdf")
    assert feed.warning is None
    akazawa, rice = feed.entries
    assert akazawa.url == "https://news.example.jp/a/1?from=rss"
    assert akazawa.title == "Akazawa to visit Washington for 7th round"
    # feedparser files dc:date under "updated"; it does not become published_at.
    assert akazawa.updated_at == utc(2025, 6, 12, 1, 0)
    assert akazawa.published_at is None
    assert rice.url == "https://news.example.jp/a/2"
    assert rice.updated_at is None and rice.published_at is None
    assert_utc(feed.entries)


def test_feed_in_legacy_encodings() -> None:
    latin = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Caf\u00e9 owners fear 20% tariff on French goods</title>"
        "<link>/fr/1</link></item></channel></rss>"
    ).encode("latin-1")
    sjis = (
        '<?xml version="1.0" encoding="Shift_JIS"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>日米関税交渉、第6回会合</title>"
        "<link>/jp/1</link></item></channel></rss>"
    ).encode("shift_jis")
    assert read(latin).entries[0].title == "Caf\u00e9 owners fear 20% tariff on French goods"
    assert read(sjis).entries[0].title == "日米関税交渉、第6回会合"
    assert read(sjis).entries[0].url == "https://www.example.com/jp/1"


def test_malformed_but_usable_feed_yields_entries_and_warning() -> None:
    broken = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Tariffs & trade</title>
<item><title>Japan tariff talks</title><link>/one</link>
  <pubDate>Mon, 02 Jun 2025 09:30:00 +0900</pubDate></item>
<item><title>Steel & aluminum</title><link>/two</link></item>
</channel>"""  # a bare "&" and no closing </rss>
    feed = read(broken)
    assert feed.warning is not None
    assert feed.warning.startswith("malformed feed:")
    assert [entry.url for entry in feed.entries] == [
        "https://www.example.com/one", "https://www.example.com/two",
    ]
    assert feed.entries[0].published_at == utc(2025, 6, 2, 0, 30)


@pytest.mark.parametrize(
    "content",
    [
        b"<!DOCTYPE html><html><head><title>Japan Today</title></head>"
        b"<body><h1>Tariffs</h1><p>24% on Japan.</p></body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b'{"items": [{"url": "https://example.com/a"}]}',
        b"Service temporarily unavailable",
        b"",
    ],
    ids=["html", "png", "json", "text", "empty"],
)
def test_garbage_raises_feed_error_naming_the_url(content: bytes) -> None:
    with pytest.raises(FeedError) as caught:
        read(content, "https://bad.example.com/feed")
    assert caught.value.url == "https://bad.example.com/feed"
    assert "https://bad.example.com/feed" in str(caught.value)
    assert caught.value.stage == "feed"


@pytest.mark.parametrize(
    "content",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet day</title>'
        b"<link>https://www.example.com/</link><description>d</description></channel></rss>",
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Quiet</title><id>urn:q</id><updated>2025-06-01T00:00:00Z</updated></feed>",
    ],
    ids=["rss2", "atom"],
)
def test_empty_valid_feed_gives_no_entries_and_no_error(content: bytes) -> None:
    assert read(content) == Feed(entries=(), warning=None)


def test_feed_bytes_naming_a_local_file_are_not_read_from_disk(tmp_path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(
        '<rss version="2.0"><channel><title>local</title>'
        "<item><title>from disk</title><link>http://leak.example/x</link></item>"
        "</channel></rss>"
    )
    # A server answering with a path must not make us parse that file.
    with pytest.raises(FeedError):
        read(str(secret).encode(), "https://evil.example.com/feed")


def test_fetched_feed_resolves_links_against_final_url(site) -> None:
    site.page("/rss/v2/feed.xml", RSS2, content_type="application/rss+xml")
    site.routes["/feed"] = SiteResponse(301, b"", (("Location", "/rss/v2/feed.xml"),))

    async def get() -> Feed:
        policy = FetchPolicy(backoff_s=0.01)
        async with make_client(policy) as client:
            page = await Fetcher(client, policy).fetch(site.url + "/feed")
        return read(page.content, page.final_url)

    feed = asyncio.run(get())
    assert feed.entries[1].url == site.url + "/rss/releases/steel-50.html"  # ../ of /rss/v2/
    assert feed.entries[0].url == site.url + "/category/politics/japan-us-6th-round"
