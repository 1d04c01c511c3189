"""scrapers.parse: fixture pages (tests/data/pages/<adapter>/<case>.html + <case>.json),
metadata (canonical URL, title, publication time), the adapter/fallback cascade, and
decoding of bytes into text."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import trafilatura

from scrapers.errors import ParseError
from scrapers.models import Article
from scrapers.parse import MIN_BODY_WORDS, _drop_discussion, decode_html, parse_article
from scrapers.sites import ADAPTERS

PAGES = Path(__file__).parent / "data" / "pages"
GOLD = Path(__file__).parent / "data" / "gold"
CASES = sorted(PAGES.glob("*/*.html"))

BODY = (
    "Japan and the United States held a sixth round of tariff talks in Washington on Friday, "
    "with Tokyo again seeking relief from the 25 percent levy on cars and auto parts."
)
SECOND = (
    "The two sides agreed to meet again before the Group of Seven summit in Canada, "
    "a government official said."
)


def page(head: str = "", body: str = "", *, paragraphs: tuple[str, ...] = (BODY, SECOND)) -> str:
    """A small generic news page; ``body`` goes before the article paragraphs."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}"
        f"<article><h1>Japan, U.S. hold sixth round of tariff talks</h1>{text}</article>"
        "</body></html>"
    )


def jt_page(body_html: str, head: str = "", comments: str = "") -> str:
    return (
        "<html><head><meta property='og:site_name' content='Japan Today'>"
        f"{head}</head><body><article><h1 class='article-title'>Tariff talks</h1>"
        f"<div class='article-body'>{body_html}</div></article>"
        f"<section id='comments'>{comments}</section></body></html>"
    )


# -- fixture pages ---------------------------------------------------------------------


def load(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def parse_case(case: Path) -> tuple[Article, dict[str, Any]]:
    expected = load(case)
    feed_published = expected.get("feed_published")
    article = parse_article(
        case.read_bytes(),
        expected["url"],
        source="fixture",
        published_at=datetime.fromisoformat(feed_published) if feed_published else None,
    )
    return article, expected


def test_fixture_set_is_complete() -> None:
    assert len([c for c in CASES if c.parent.name == "japantoday"]) >= 3
    assert len([c for c in CASES if c.parent.name == "generic"]) >= 3
    jsons = sorted(PAGES.glob("*/*.json"))
    assert [j.with_suffix(".html") for j in jsons] == CASES  # every page has its outcome


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.stem}" for c in CASES])
def test_fixture_page(case: Path) -> None:
    article, expected = parse_case(case)

    assert article.adapter == expected["adapter"] == case.parent.name
    assert article.title == expected["title"]
    assert article.url == expected["canonical"]
    assert article.fetched_url == expected["url"]
    assert article.source == "fixture"
    if expected["published"] is None:
        assert article.published_at is None
    else:
        assert article.published_at is not None
        assert article.published_at.utcoffset() is not None
        assert article.published_at == datetime.fromisoformat(expected["published"])

    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == expected["paragraphs"]
    assert all(p and p == " ".join(p.split()) for p in paragraphs)  # no empty or ragged ones
    assert article.text.startswith(expected["body_starts_with"])
    assert not article.text.startswith(article.title)  # headline is not body
    for wanted in expected["body_contains"]:
        assert wanted in article.text
    leaked = [unwanted for unwanted in expected["body_excludes"] if unwanted in article.text]
    assert leaked == []

    assert article.comment_count == expected["comment_count"]
    assert [c.author for c in article.comments] == expected["comment_authors"]
    if "comment_texts" in expected:
        assert [c.text for c in article.comments] == expected["comment_texts"]
    for comment in article.comments:
        assert comment.text and comment.text not in article.text


def test_every_adapter_has_fixture_pages() -> None:
    assert ADAPTERS, "no site adapter registered"
    for name in ADAPTERS:
        cases = sorted((PAGES / name).glob("*.html"))
        assert cases, f"adapter {name!r} has no fixture page in tests/data/pages/{name}/"
        # ...and at least one of them is actually read by that adapter
        assert any(load(case)["adapter"] == name for case in cases), name


def test_fixture_pages_are_parsed_differently_when_generic_is_forced() -> None:
    """The data-driven test above would pass vacuously if the adapter never ran."""
    case = PAGES / "japantoday" / "japan-seeks-auto-tariff-exemption.html"
    expected = load(case)
    article = parse_article(case.read_bytes(), expected["url"], adapter="generic")
    assert article.adapter == "generic"
    assert article.comments == ()
    assert article.text.startswith(expected["body_starts_with"])
    for wanted in expected["body_contains"]:
        assert wanted in article.text
    for comment in ("17.5%", "40% of its parts", "5 percent chance", "fell 4.8% in March"):
        assert comment not in article.text


# -- adapter selection -----------------------------------------------------------------

JT_BODY = f"<p>{BODY}</p><p>{SECOND}</p><p class='copyright'>&copy; KYODO</p>"
JT_COMMENTS = (
    "<div class='comment'><span class='comment-author'>sakura</span>"
    "<div class='comment-body'><p>They will settle at 15%.</p></div></div>"
)


def test_japantoday_recognised_by_site_name_on_any_host() -> None:
    article = parse_article(jt_page(JT_BODY, comments=JT_COMMENTS), "http://127.0.0.1:8000/a/1")
    assert article.adapter == "japantoday"
    assert article.text == f"{BODY}\n\n{SECOND}"
    comments = [(c.author, c.text) for c in article.comments]
    assert comments == [("sakura", "They will settle at 15%.")]


@pytest.mark.parametrize("host", ["japantoday.com", "www.japantoday.com", "m.japantoday.com"])
def test_japantoday_recognised_by_host(host: str) -> None:
    html = jt_page(JT_BODY).replace("<meta property='og:site_name' content='Japan Today'>", "")
    assert parse_article(html, f"https://{host}/category/politics/x").adapter == "japantoday"


@pytest.mark.parametrize("host", ["notjapantoday.com", "japantoday.com.evil.example"])
def test_lookalike_hosts_are_not_japantoday(host: str) -> None:
    html = jt_page(JT_BODY).replace("<meta property='og:site_name' content='Japan Today'>", "")
    assert parse_article(html, f"https://{host}/x").adapter == "generic"


def test_generic_adapter_forces_the_fallback() -> None:
    html = jt_page(JT_BODY, comments=JT_COMMENTS)
    article = parse_article(html, "https://japantoday.com/x", adapter="generic")
    assert article.adapter == "generic"
    assert article.comments == ()
    assert BODY in article.text
    assert "They will settle at 15%." not in article.text


def test_trafilatura_fallbacks_run_only_when_its_main_pass_misses_the_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passes: list[bool] = []
    extract = trafilatura.extract

    def spy(*args: Any, **kwargs: Any) -> str | None:
        passes.append(kwargs["fast"])
        return extract(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "extract", spy)
    assert BODY in parse_article(page(), "https://example.org/news").text
    assert passes == [True]  # the main pass found the article: no fallbacks
    # A live blog whose main pass keeps one entry of seven: the fallbacks find the rest.
    passes.clear()
    live_blog = GOLD / "h03-cn-madrid-fourth-round-live-blog.html"
    text = parse_article(live_blog.read_bytes(), "https://example.org/live").text
    assert passes == [True, False]
    assert "The fourth round opened on Sunday" in text
    assert "Li Chenggang described the discussions as candid" in text


def test_trafilatura_fallbacks_run_when_its_main_pass_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passes: list[bool] = []
    extract = trafilatura.extract

    def main_pass_finds_nothing(*args: Any, **kwargs: Any) -> str | None:
        passes.append(kwargs["fast"])
        return None if kwargs["fast"] else extract(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "extract", main_pass_finds_nothing)
    html = page().replace("<p>", "<div>").replace("</p>", "</div>")  # no <p> to compare with
    assert BODY in parse_article(html, "https://example.org/news").text
    assert passes == [True, False]


def test_named_adapter_is_used_without_matching() -> None:
    html = jt_page(JT_BODY).replace("<meta property='og:site_name' content='Japan Today'>", "")
    article = parse_article(html, "https://mirror.example.net/x", adapter="japantoday")
    assert article.adapter == "japantoday"
    assert "KYODO" not in article.text


def test_named_adapter_without_its_layout_falls_back_to_generic() -> None:
    article = parse_article(page(), "https://japantoday.com/x", adapter="japantoday")
    assert article.adapter == "generic"
    assert article.text.startswith(BODY)


def test_japantoday_inline_markup_keeps_text_intact() -> None:
    body = (
        "<p>Japan faces a <strong>24</strong>% tariff, said <a href='/p/akazawa'>Ryosei "
        "Akazawa</a>, the minister in charge, after meeting <a href='/p/bessent'>Scott "
        "Bessent</a>'s team in Washington for the sixth time this year.<br>He flew home on "
        "Sunday.</p>"
    )
    article = parse_article(jt_page(body), "https://japantoday.com/x")
    assert article.adapter == "japantoday"
    assert article.text == (
        "Japan faces a 24% tariff, said Ryosei Akazawa, the minister in charge, after meeting "
        "Scott Bessent's team in Washington for the sixth time this year. He flew home on Sunday."
    )


def test_japantoday_layout_with_only_junk_declines_and_page_fails() -> None:
    html = jt_page("<figure><figcaption>Exports fell 4.8%</figcaption></figure>"
                   "<p class='copyright'>&copy; KYODO</p>")
    with pytest.raises(ParseError) as caught:
        parse_article(html, "https://japantoday.com/empty")
    assert caught.value.url == "https://japantoday.com/empty"


# -- metadata: canonical URL, title ----------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="/category/politics/talks">',
         "https://japantoday.com/category/politics/talks"),
        ('<link rel="canonical" href="talks-6">', "https://japantoday.com/category/talks-6"),
        ('<link rel="canonical" href="../world/talks">', "https://japantoday.com/world/talks"),
        ('<link rel="canonical" href="//cdn.example.org/talks">', "https://cdn.example.org/talks"),
        ('<link rel="canonical" href="https://example.org/a?b=1">', "https://example.org/a?b=1"),
        ('<meta property="og:url" content="/og/talks">', "https://japantoday.com/og/talks"),
        ('<link rel="canonical" href="/from-link"><meta property="og:url" content="/from-og">',
         "https://japantoday.com/from-link"),
        ('<link rel="canonical" href="javascript:void(0)">',
         "https://japantoday.com/category/x?utm=rss"),
        ('<link rel="canonical" href="ftp://files.example.org/x">',
         "https://japantoday.com/category/x?utm=rss"),
        ("", "https://japantoday.com/category/x?utm=rss"),
    ],
    ids=["root-relative", "relative", "dot-dot", "scheme-relative", "absolute", "og-url",
         "link-before-og", "javascript", "ftp", "none"],
)
def test_canonical_url(head: str, expected: str) -> None:
    article = parse_article(page(head), "https://japantoday.com/category/x?utm=rss")
    assert article.url == expected
    assert article.fetched_url == "https://japantoday.com/category/x?utm=rss"


def test_title_sources() -> None:
    og = '<meta property="og:title" content="Japan  and U.S.\n hold talks"><title>T</title>'
    assert parse_article(page(og), "https://a.example/x").title == "Japan and U.S. hold talks"
    assert (parse_article(page("<title>Only title</title>"), "https://a.example/x").title
            == "Japan, U.S. hold sixth round of tariff talks")  # the <h1> before <title>
    bare = f"<html><body><div><p>{BODY}</p><p>{SECOND}</p></div></body></html>"
    assert parse_article(bare, "https://a.example/untitled").title == "https://a.example/untitled"


# -- metadata: publication time --------------------------------------------------------

JST = timezone(timedelta(hours=9))
FEED_TIME = datetime(2025, 6, 3, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta property="article:published_time" content="2025-06-02T09:30:00+09:00">', "",
         datetime(2025, 6, 2, 9, 30, tzinfo=JST)),
        ('<meta itemprop="datePublished" content="2025-06-02T00:30:00Z">', "",
         datetime(2025, 6, 2, 0, 30, tzinfo=UTC)),
        ('<meta name="pubdate" content="2025-06-02T00:30:00.000Z">', "",
         datetime(2025, 6, 2, 0, 30, tzinfo=UTC)),
        ('<meta name="date" content="2025-06-02">', "", datetime(2025, 6, 2, tzinfo=UTC)),
        ("", '<time datetime="2025-06-02T09:30:00+09:00">June 2</time>',
         datetime(2025, 6, 2, 9, 30, tzinfo=JST)),
        ("", '<time datetime="2025-06-02T09:30:00">naive</time>',
         datetime(2025, 6, 2, 9, 30, tzinfo=UTC)),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2025-06-02T09:30:00+09:00"}</script>', "",
         datetime(2025, 6, 2, 9, 30, tzinfo=JST)),
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
         '{"@type": "NewsArticle", "datePublished": "2025-06-02T00:30:00Z"}]}</script>', "",
         datetime(2025, 6, 2, 0, 30, tzinfo=UTC)),
        ('<script type="application/ld+json">[{"@type": "BreadcrumbList"}, '
         '{"@type": "NewsArticle", "datePublished": "2025-06-02"}]</script>', "",
         datetime(2025, 6, 2, tzinfo=UTC)),
        ('<script type="application/ld+json">{not json</script>'
         '<script type="application/ld+json">{"datePublished": "2025-06-02T00:30:00Z"}</script>',
         "", datetime(2025, 6, 2, 0, 30, tzinfo=UTC)),
        ('<meta property="article:published_time" content="2025-06-01T00:00:00Z">',
         '<time datetime="2025-06-05T00:00:00Z">later</time>',
         datetime(2025, 6, 1, tzinfo=UTC)),
    ],
    ids=["og-meta", "itemprop", "pubdate-millis", "bare-date", "time", "naive-time", "jsonld",
         "jsonld-graph", "jsonld-list", "jsonld-bad-then-good", "meta-before-time"],
)
def test_published_from_page(head: str, body: str, expected: datetime) -> None:
    article = parse_article(page(head, body), "https://a.example/x", published_at=FEED_TIME)
    assert article.published_at == expected
    assert article.published_at is not None and article.published_at.utcoffset() is not None


@pytest.mark.parametrize(
    "head",
    ["", '<meta property="article:published_time" content="">',
     '<script type="application/ld+json">{"headline": "no date here"}</script>'],
    ids=["nothing", "empty-meta", "jsonld-without-date"],
)
def test_published_falls_back_to_feed_time(head: str) -> None:
    assert parse_article(page(head), "https://a.example/x",
                         published_at=FEED_TIME).published_at == FEED_TIME
    assert parse_article(page(head), "https://a.example/x").published_at is None


def test_japantoday_page_date_from_meta() -> None:
    head = '<meta property="article:published_time" content="2025-06-02T09:30:00+09:00">'
    article = parse_article(jt_page(JT_BODY, head), "https://japantoday.com/x",
                            published_at=FEED_TIME)
    assert article.adapter == "japantoday"
    assert article.published_at == datetime(2025, 6, 2, 0, 30, tzinfo=UTC)


# -- pages without an article ----------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t", "", "\n"], ids=["bytes", "blank-bytes",
                                                                        "str", "blank-str"])
def test_empty_page_raises_parse_error_naming_url(content: bytes | str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_article(content, "https://a.example/empty")
    assert caught.value.url == "https://a.example/empty"
    assert "https://a.example/empty" in str(caught.value)
    assert caught.value.stage == "parse"


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><img src='chart.png'><script>var rate = '25%';</script></body></html>",
        b"<html><head><title>Tariffs 24%</title></head><body></body></html>",
        b"<!-- nothing -->",
        b"<html><body><nav><a href='/'>Home</a> <a href='/b'>Business</a></nav></body></html>",
    ],
    ids=["image-and-script", "title-only", "comment-only", "nav-only"],
)
def test_page_without_text_raises_parse_error_naming_url(content: bytes) -> None:
    with pytest.raises(ParseError) as caught:
        parse_article(content, "https://a.example/no-text")
    assert caught.value.url == "https://a.example/no-text"
    assert "https://a.example/no-text" in str(caught.value)


def test_minimum_body_length() -> None:
    words = "Tokyo seeks relief from the 25 percent car tariff in talks with Washington officials"
    assert len(words.split()) >= MIN_BODY_WORDS
    short = " ".join(words.split()[: MIN_BODY_WORDS - 1])
    enough = " ".join(words.split()[:MIN_BODY_WORDS])
    with pytest.raises(ParseError):
        parse_article(jt_page(f"<p>{short}</p>"), "https://japantoday.com/short")
    assert parse_article(jt_page(f"<p>{enough}</p>"), "https://japantoday.com/ok").text == enough


def test_minimum_body_length_counts_japanese_characters() -> None:
    stub = "ホーム　ビジネス"  # "Home / Business": 7 kana, a navigation stub
    with pytest.raises(ParseError):
        parse_article(jt_page(f"<p>{stub}</p>"), "https://japantoday.com/ja/stub")
    sentence = "赤沢経済再生相が訪米し関税交渉に臨む。"  # one short news sentence
    article = parse_article(jt_page(f"<p>{sentence}</p>"), "https://japantoday.com/ja/1")
    assert article.text == sentence


def test_xhtml_with_xml_declaration() -> None:
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Release</title>'
        '<meta name="date" content="2025-04-09" /></head><body>'
        f"<div class='content'><h1>Release</h1><p>{BODY}</p><p>{SECOND}</p></div></body></html>"
    )
    for content in (xhtml, xhtml.encode("utf-8")):
        article = parse_article(content, "https://trade.example.gov/r/1")
        assert article.text == f"{BODY}\n\n{SECOND}"
        assert article.published_at == datetime(2025, 4, 9, tzinfo=UTC)


# -- decoding --------------------------------------------------------------------------

JAPANESE = (
    "日本政府は２日、米国のトランプ政権による関税措置をめぐり、赤沢亮正経済再生担当相が"
    "今週後半に訪米し、ラトニック商務長官らと６回目の閣僚交渉に臨む方向で調整に入った。"
    "自動車関税の引き下げを引き続き求める。政府関係者によると、米国は日本からの輸入品に"
    "一律１０％の関税を課しており、国別の上乗せ分を含めると２４％に達する。"
)
JA_PAGE = (
    "<html><head><title>関税交渉</title></head><body><h1>赤沢氏、６回目の訪米へ</h1>"
    f"<p>{JAPANESE}</p></body></html>"
)


def test_header_charset_wins_over_meta() -> None:
    text = "<html><head><meta charset='utf-8'></head><body>“Tariffs” – 25%</body></html>"
    content = text.encode("cp1252")
    assert decode_html(content, "windows-1252") == text
    assert "\ufffd" in decode_html(content)  # the (wrong) meta alone mangles it


@pytest.mark.parametrize(
    "meta",
    ['<meta charset="shift_jis">', "<meta charset=Shift_JIS>",
     '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'],
)
def test_meta_charset_used_without_header(meta: str) -> None:
    text = JA_PAGE.replace("<head>", f"<head>{meta}")
    assert decode_html(text.encode("shift_jis")) == text


@pytest.mark.parametrize(
    ("codec", "header"),
    [("shift_jis", "Shift_JIS"), ("shift_jis", "shift-jis"), ("shift_jis", "sjis"),
     ("shift_jis", None), ("euc_jp", "EUC-JP"), ("euc_jp", "euc-jp"), ("euc_jp", None),
     # Python has no "Windows-31J" codec: the label is skipped and detection reads the bytes
     ("cp932", "Windows-31J"), ("cp932", None)],
)
def test_japanese_bytes_decode(codec: str, header: str | None) -> None:
    content = JA_PAGE.encode(codec)
    assert decode_html(content, header) == JA_PAGE
    article = parse_article(content, "https://news.example.jp/a", header_charset=header)
    assert article.text == JAPANESE
    assert article.title == "赤沢氏、６回目の訪米へ"


def test_shift_jis_label_reads_cp932_extensions() -> None:
    # NEC/IBM extensions (circled digits, 髙) are not in strict Shift_JIS but are on the web.
    text = f"<p>① 髙島屋の売上は１０％減。{JAPANESE}</p>"
    assert decode_html(text.encode("cp932"), "Shift_JIS") == text
    assert decode_html(text.encode("cp932"), "x-sjis") == text


@pytest.mark.parametrize("label", ["ISO-8859-1", "iso-8859-1", "latin-1"])
def test_iso_8859_1_label_is_read_as_cp1252(label: str) -> None:
    content = b"<p>\x93Reciprocal\x94 tariffs \x96 24% on Japan, \x8010bn</p>"
    expected = "<p>“Reciprocal” tariffs – 24% on Japan, €10bn</p>"
    assert decode_html(content, label) == expected
    meta = f'<meta charset="{label}">'.encode() + content
    assert decode_html(meta) == f'<meta charset="{label}">' + expected


def test_invalid_utf8_never_raises() -> None:
    broken = "<p>Tariff of 25% — ".encode() + b"\xff\xfe\xc3\x28 \xed\xa0\x80" + b" on cars</p>"
    with_header = decode_html(broken, "utf-8")
    assert with_header.startswith("<p>Tariff of 25% — ")
    assert "\ufffd" in with_header and with_header.endswith(" on cars</p>")
    assert isinstance(decode_html(broken), str)  # no header: detection, still no error
    rng = random.Random(2025)
    for _ in range(25):
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        for header in (None, "utf-8", "shift_jis", "euc-jp"):
            assert isinstance(decode_html(noise, header), str)


@pytest.mark.parametrize(
    "label", ["no-such-charset", "idna", "punycode", "base64", "rot13", "x-user-defined"]
)
def test_unusable_charset_labels_fall_through(label: str) -> None:
    text = f"<html><body><p>{BODY} – “15%”</p></body></html>"
    content = text.encode("utf-8")
    assert decode_html(content, label) == text  # header ignored: valid UTF-8 wins
    meta = f'<meta charset="{label}">'
    assert decode_html(meta.encode() + content) == meta + text


def test_parse_article_from_bytes_uses_header_charset() -> None:
    html = page(paragraphs=(BODY + " Café owners in Lyon said so.", SECOND))
    content = html.replace("<meta charset='utf-8'>", "").encode("cp1252")
    article = parse_article(content, "https://a.example/x", header_charset="ISO-8859-1")
    assert "Café owners in Lyon" in article.text



DISCUSSIONS = {
    "reactions": "<section class='reader-comments' id='reactions'><h2>Reactions (2)</h2>"
                 "<article class='reaction'><header><b>kaito_88</b> <span>2 hours ago</span>"
                 "</header><p>Thirty percent on Korea and fifteen for us? Tokyo should hold out "
                 "for ten percent.</p></article><article class='reaction'><header><b>mika</b> "
                 "<span>1 hour ago</span></header><p>Ten percent would be a miracle.</p>"
                 "</article></section>",
    "discussion": "<div class='xyz-discuss' id='discussion'><h4>Discussion</h4>"
                  "<div class='xyz-discuss__item'><em>hiro</em>: Korea got 15 percent too.</div>"
                  "<div class='xyz-discuss__item'><em>aya</em>: Fifteen is fine.</div></div>",
    "talkbacks": "<div class='talkbacks'><h3>Talkbacks (2)</h3><div class='talkback'>"
                 "<span>Yossi</span><p>My bank says the 25 percent levy will be cut to 12 "
                 "percent by spring.</p></div></div>",
}


def story_page(after: str, story_class: str = "story") -> str:
    """A newspaper layout: the story in a ``<div>``, reader discussion after it."""
    text = "".join(f"<p>{p}</p>" for p in (BODY, SECOND, BODY.replace("sixth", "seventh")))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks</title></head><body>"
            f"<main><div class='{story_class}'><h1>Japan, U.S. hold sixth round of tariff talks"
            f"</h1><div class='story__body'>{text}</div></div>{after}</main></body></html>")


def test_reader_reactions_after_a_story_are_not_body() -> None:
    # trafilatura's main pass alone keeps the first reaction's paragraph as body
    article = parse_article(story_page(DISCUSSIONS["reactions"]), "https://news.example/t")
    assert BODY in article.text and SECOND in article.text
    assert "Tokyo should hold out" not in article.text


@pytest.mark.parametrize("name", sorted(DISCUSSIONS))
def test_reader_discussion_is_dropped_before_the_generic_extractor(name: str) -> None:
    tree = lxml.html.document_fromstring(story_page(DISCUSSIONS[name]))
    _drop_discussion(tree)
    text = tree.text_content()
    assert BODY in text and SECOND in text
    assert "percent" not in text.replace(BODY, "").replace(BODY.replace("sixth", "seventh"), "")
    assert "Reactions" not in text and "Discussion" not in text and "Talkbacks" not in text


def test_a_story_wrapper_named_for_its_comments_is_kept() -> None:
    tree = lxml.html.document_fromstring(
        story_page(DISCUSSIONS["talkbacks"], story_class="story has-comments"))
    _drop_discussion(tree)
    assert BODY in tree.text_content() and "My bank" not in tree.text_content()
