"""scrapers.fetch against real local HTTP servers: the ``site`` fixture (conftest) for
plain pages and pytest-httpserver for scripted answers (retries, slow bodies, gzip)."""

from __future__ import annotations

import asyncio
import gzip
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

from flows.sinks import HttpSite, free_port
from flows.sinks import Response as SiteResponse
from scrapers.errors import BodyTooLarge, FetchError
from scrapers.fetch import DEFAULT_USER_AGENT, Fetcher, FetchPolicy, make_client
from scrapers.models import Page
from tests.conftest import Site


@pytest.fixture(scope="module")
def shared_site() -> Iterator[Site]:
    served = Site()
    served.server.start()
    yield served
    served.server.stop()  # HttpSite.stop() waits up to 0.5 s: pay it once per module


@pytest.fixture
def site(shared_site: Site) -> Site:
    """The conftest ``site`` (same Site class and server), emptied for each test."""
    shared_site.routes.clear()
    shared_site.requests.clear()
    return shared_site


# Quick retries and short timeouts: every test here runs in well under a second or two.
FAST = FetchPolicy(
    backoff_s=0.01, connect_timeout_s=2.0, read_timeout_s=2.0, total_timeout_s=5.0, retries=2
)


async def _fetch(url: str, policy: FetchPolicy, **kwargs: str | None) -> Page:
    # robots.txt has tests of its own below; here the request counts stay exact (and
    # pytest-httpserver answers 500, "unreachable", for paths it was not told about).
    policy = replace(policy, respect_robots=False)
    async with make_client(policy) as client:
        return await Fetcher(client, policy).fetch(url, **kwargs)


def fetch(url: str, policy: FetchPolicy = FAST, **kwargs: str | None) -> Page:
    return asyncio.run(_fetch(url, policy, **kwargs))


def fetch_error(url: str, policy: FetchPolicy = FAST, **kwargs: str | None) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, policy, **kwargs)
    return caught.value


Answer = tuple[int, bytes, dict[str, str]] | Callable[[], WResponse]


class Script:
    """A pytest-httpserver handler: answers each request with the next scripted answer
    (the last one repeats) and records every request's headers and arrival time."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.headers: list[dict[str, str]] = []
        self.times: list[float] = []

    def __call__(self, request: Request) -> WResponse:
        self.headers.append(dict(request.headers))
        self.times.append(time.monotonic())
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer):
            return answer()
        status, body, headers = answer
        return WResponse(body, status=status, headers=headers)

    @property
    def count(self) -> int:
        return len(self.headers)

    def gap(self, first: int = 0) -> float:
        """Seconds between request ``first`` and the next one."""
        return self.times[first + 1] - self.times[first]


def serve(httpserver: HTTPServer, path: str, *answers: Answer) -> tuple[str, Script]:
    script = Script(*answers)
    httpserver.expect_request(path).respond_with_handler(script)
    return httpserver.url_for(path), script


HTML = "<html><body><p>Tariffs on Japanese cars fall to 15 percent.</p></body></html>"


# -- success ---------------------------------------------------------------------------


def test_200_page_keeps_body_and_validators(httpserver) -> None:
    body = "<html><body><p>関税交渉 25%</p></body></html>".encode("shift_jis")
    url, script = serve(httpserver, "/news/1", (200, body, {
        "Content-Type": "text/html; charset=Shift_JIS",
        "ETag": '"v42"',
        "Last-Modified": "Mon, 02 Jun 2025 00:30:00 GMT",
    }))

    page = fetch(url)

    assert page == Page(
        url=url,
        final_url=url,
        status=200,
        content=body,
        content_type="text/html; charset=Shift_JIS",
        encoding="shift_jis",  # httpx reports the charset lower-cased
        etag='"v42"',
        last_modified="Mon, 02 Jun 2025 00:30:00 GMT",
    )
    assert script.count == 1


def test_page_without_charset_or_validators(site) -> None:
    url = site.page("/plain", HTML, content_type="text/html")
    page = fetch(url)
    assert page.content == HTML.encode()
    assert page.content_type == "text/html"
    assert page.encoding is None
    assert page.etag is None and page.last_modified is None


def test_redirect_followed_and_final_url_recorded(site) -> None:
    target = site.page("/story/canonical", HTML)
    site.routes["/s/123"] = SiteResponse(301, b"", (("Location", "/story/canonical"),))
    page = fetch(site.url + "/s/123")
    assert page.url == site.url + "/s/123"
    assert page.final_url == target
    assert page.status == 200
    assert page.content == HTML.encode()
    assert site.requests == ["/s/123", "/story/canonical"]


def test_gzip_body_is_decompressed(httpserver) -> None:
    raw = HTML.encode() * 50
    url, script = serve(httpserver, "/gz", (200, gzip.compress(raw), {
        "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
    }))
    assert fetch(url).content == raw
    assert "gzip" in script.headers[0]["Accept-Encoding"]


# -- final failures: no retry ----------------------------------------------------------


@pytest.mark.parametrize("status", [400, 403, 404, 410])
def test_client_error_fails_at_once_naming_the_url(site, status: int) -> None:
    url = site.page("/gone", "nope", status=status)
    error = fetch_error(url)
    assert not isinstance(error, BodyTooLarge)
    assert error.url == url
    assert url in str(error)
    assert f"HTTP {status}" in str(error)
    assert error.stage == "fetch"
    assert site.requests == ["/gone"]  # asked once: 4xx (but 429) is final


def test_undecodable_gzip_is_a_final_error(httpserver) -> None:
    url, script = serve(httpserver, "/badgz", (200, b"this is not gzip at all", {
        "Content-Encoding": "gzip",
    }))
    error = fetch_error(url)
    assert "undecodable" in str(error)
    assert script.count == 1


# -- retries ---------------------------------------------------------------------------


def test_503_then_200_succeeds_after_retry(httpserver) -> None:
    url, script = serve(
        httpserver, "/flaky", (503, b"busy", {}), (503, b"busy", {}), (200, b"at last", {})
    )
    page = fetch(url)
    assert page.status == 200
    assert page.content == b"at last"
    assert script.count == 3


@pytest.mark.parametrize("retries", [0, 1, 3])
def test_persistent_500_fails_after_retries_plus_one_attempts(httpserver, retries: int) -> None:
    url, script = serve(httpserver, "/down", (500, b"oops", {}))
    policy = FetchPolicy(backoff_s=0.01, retries=retries)
    error = fetch_error(url, policy)
    assert script.count == retries + 1
    assert error.url == url
    assert "HTTP 500" in str(error)
    assert f"after {retries + 1} attempts" in str(error)


def test_retry_backoff_grows(httpserver) -> None:
    url, script = serve(httpserver, "/down", (502, b"", {}))
    fetch_error(url, FetchPolicy(backoff_s=0.1, retries=2))
    # attempt 1 -> sleep 0.1..0.15 s; attempt 2 -> sleep 0.2..0.3 s (base doubles, jitter < 50%)
    assert 0.1 <= script.gap(0) < 0.5
    assert 0.2 <= script.gap(1) < 0.6


def test_429_retry_after_seconds_is_honoured(httpserver) -> None:
    url, script = serve(
        httpserver, "/limited", (429, b"slow down", {"Retry-After": "1"}), (200, b"ok", {})
    )
    page = fetch(url, FetchPolicy(backoff_s=0.01, retries=1))
    assert page.content == b"ok"
    assert script.count == 2
    # backoff alone would wait ~0.01 s; Retry-After asks for a whole second
    assert 0.95 <= script.gap() < 2.0


def test_retry_after_is_capped_by_policy(httpserver) -> None:
    url, script = serve(
        httpserver, "/limited", (429, b"", {"Retry-After": "4"}), (200, b"ok", {})
    )
    page = fetch(url, FetchPolicy(backoff_s=0.01, retries=1, max_retry_after_s=0.2))
    assert page.content == b"ok"
    assert 0.2 <= script.gap() < 1.0


@pytest.mark.parametrize(
    "when",
    [
        formatdate(time.time() - 60, usegmt=True),  # an HTTP-date in the past: no wait
        "Wed, 21 Oct 2015 07:28:00",  # no zone at all: read as UTC
        "Wed, 21 Oct 2015 07:28:00 -0000",  # "-0000": parsedate gives a naive datetime
    ],
    ids=["past-gmt", "no-zone", "minus-0000"],
)
def test_retry_after_http_date(httpserver, when: str) -> None:
    url, script = serve(
        httpserver, "/limited", (503, b"", {"Retry-After": when}), (200, b"ok", {})
    )
    # With a 0.5 s backoff, a short gap proves the date (in the past) was used instead.
    page = fetch(url, FetchPolicy(backoff_s=0.5, retries=1))
    assert page.content == b"ok"
    assert script.gap() < 0.4


def test_unparseable_retry_after_falls_back_to_backoff(httpserver) -> None:
    url, script = serve(
        httpserver, "/limited", (429, b"", {"Retry-After": "soon"}), (200, b"ok", {})
    )
    assert fetch(url, FetchPolicy(backoff_s=0.2, retries=1)).content == b"ok"
    assert 0.2 <= script.gap() < 1.0


def test_429_on_every_attempt_is_a_fetch_error(httpserver) -> None:
    url, script = serve(httpserver, "/limited", (429, b"", {"Retry-After": "0"}))
    error = fetch_error(url, FetchPolicy(backoff_s=0.01, retries=2))
    assert "HTTP 429 (after 3 attempts)" in str(error)
    assert script.count == 3


def test_connection_refused_is_retried_then_fails() -> None:
    url = f"http://127.0.0.1:{free_port()}/feed.xml"  # nothing listens there
    error = fetch_error(url, FetchPolicy(backoff_s=0.01, retries=1, connect_timeout_s=1.0))
    assert error.url == url
    assert "ConnectError" in str(error)
    assert "after 2 attempts" in str(error)


# -- size limit ------------------------------------------------------------------------


def test_body_at_the_limit_is_accepted(site) -> None:
    url = site.page("/exact", b"x" * 1000)
    assert len(fetch(url, FetchPolicy(max_bytes=1000)).content) == 1000


def test_declared_content_length_over_limit(site) -> None:
    url = site.page("/big", b"x" * 1001)
    with pytest.raises(BodyTooLarge) as caught:
        fetch(url, FetchPolicy(max_bytes=1000, backoff_s=0.01))
    assert caught.value.url == url
    assert "1,000-byte limit" in str(caught.value)
    assert site.requests == ["/big"]  # too large is final, not retried


def _streamed(chunks: int, size: int) -> Callable[[], WResponse]:
    def respond() -> WResponse:
        return WResponse((b"y" * size for _ in range(chunks)), mimetype="text/html")

    return respond


class _Chunked(BaseHTTPRequestHandler):
    """HTTP/1.1 with ``Transfer-Encoding: chunked``: GET /<n> sends n chunks of 1 KiB."""

    protocol_version = "HTTP/1.1"
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(int(self.path.strip("/"))):
                self.wfile.write(b"400\r\n" + b"z" * 1024 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up once it had seen enough

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def chunked_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Chunked)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_chunked_body_over_limit(chunked_url: str) -> None:
    _Chunked.hits.clear()
    url = chunked_url + "/40"
    # The set-up really is chunked, with no Content-Length to trust.
    probe = httpx.get(url)
    assert "content-length" not in probe.headers
    assert probe.headers["transfer-encoding"] == "chunked"
    assert len(probe.content) == 40 * 1024

    with pytest.raises(BodyTooLarge) as caught:
        fetch(url, FetchPolicy(max_bytes=10_000, backoff_s=0.01))
    assert caught.value.url == url
    assert _Chunked.hits == ["/40", "/40"]  # the probe and one fetch: no retry
    assert fetch(chunked_url + "/9", FetchPolicy(max_bytes=10_000)).content == b"z" * 9 * 1024


def test_close_delimited_body_over_limit(httpserver) -> None:
    url, script = serve(httpserver, "/stream", _streamed(chunks=40, size=1024))
    # werkzeug's server answers HTTP/1.0 style: no length, the body ends when it closes
    probe = httpx.get(url)
    assert "content-length" not in probe.headers
    assert len(probe.content) == 40 * 1024

    with pytest.raises(BodyTooLarge) as caught:
        fetch(url, FetchPolicy(max_bytes=10_000, backoff_s=0.01))
    assert caught.value.url == url
    assert script.count == 2  # the probe and one fetch: no retry


def test_streamed_body_under_limit_is_read_whole(httpserver) -> None:
    url, _ = serve(httpserver, "/stream", _streamed(chunks=8, size=1000))
    assert fetch(url, FetchPolicy(max_bytes=8000)).content == b"y" * 8000


def test_gzip_bomb_is_caught_by_decompressed_size(httpserver) -> None:
    raw = b"0" * 200_000
    packed = gzip.compress(raw)
    assert len(packed) < 10_000  # the declared length alone would pass the limit
    url, _ = serve(httpserver, "/bomb", (200, packed, {"Content-Encoding": "gzip"}))
    with pytest.raises(BodyTooLarge):
        fetch(url, FetchPolicy(max_bytes=10_000))


# -- redirects and schemes -------------------------------------------------------------


def test_redirect_loop_is_a_fetch_error_about_redirects(site) -> None:
    site.routes["/a"] = SiteResponse(302, b"", (("Location", "/b"),))
    site.routes["/b"] = SiteResponse(302, b"", (("Location", "/a"),))
    error = fetch_error(site.url + "/a", FetchPolicy(max_redirects=3, backoff_s=0.01))
    assert error.url == site.url + "/a"
    assert "more than 3 redirects" in str(error)
    # the first request and three redirects followed, then it gives up: no retry
    assert site.requests == ["/a", "/b", "/a", "/b"]


@pytest.mark.parametrize(
    "url", ["ftp://ftp.example.com/feed.xml", "file:///etc/passwd", "mailto:desk@example.org",
            "feed://example.com/rss", "example.com/no-scheme"],
)
def test_non_http_scheme_refused(url: str) -> None:
    error = fetch_error(url)
    assert error.url == url
    assert "unsupported URL scheme" in str(error)


@pytest.mark.parametrize("target", ["ftp://ftp.example.com/x", "file:///etc/passwd"])
def test_redirect_to_non_http_scheme_is_a_fetch_error(site, target: str) -> None:
    site.routes["/jump"] = SiteResponse(302, b"", (("Location", target),))
    error = fetch_error(site.url + "/jump")
    assert error.url == site.url + "/jump"
    assert "unsupported protocol" in str(error)
    assert site.requests == ["/jump"]


@pytest.mark.parametrize("url", ["http://", "https:///path-without-host"])
def test_url_without_host_is_a_fetch_error(url: str) -> None:
    assert fetch_error(url).url == url


# -- timeouts --------------------------------------------------------------------------


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown so a held-up handler returns and the server can move on."""
    event = threading.Event()
    yield event
    event.set()


def test_read_timeout_is_retried_then_fails(httpserver, release: threading.Event) -> None:
    def stalled() -> WResponse:
        release.wait(5)  # far longer than the read timeout
        return WResponse(b"too late")

    url, script = serve(httpserver, "/slow", stalled)
    policy = FetchPolicy(read_timeout_s=0.2, retries=1, backoff_s=0.01)
    started = time.monotonic()
    error = fetch_error(url, policy)
    elapsed = time.monotonic() - started
    assert error.url == url
    assert re.search(r"ReadTimeout: \S.* \(after 2 attempts\)", str(error)), str(error)
    assert elapsed < 2.0


def test_total_timeout_bounds_a_trickling_body(httpserver, release: threading.Event) -> None:
    def trickle() -> WResponse:
        def body() -> Iterator[bytes]:
            for _ in range(50):
                if release.wait(0.05):  # a byte every 50 ms: never a read timeout
                    return
                yield b"."

        return WResponse(body())

    url, _ = serve(httpserver, "/trickle", trickle)
    policy = FetchPolicy(read_timeout_s=1.0, total_timeout_s=0.3, retries=0)
    started = time.monotonic()
    error = fetch_error(url, policy)
    assert "took longer than 0.3s in total (after 1 attempts)" in str(error)
    assert time.monotonic() - started < 1.5


# -- request headers -------------------------------------------------------------------


def test_conditional_get_sends_validators_and_304_is_empty_page(httpserver) -> None:
    url, script = serve(httpserver, "/feed", (304, b"", {"ETag": '"v7"'}))
    page = fetch(url, etag='"v7"', last_modified="Tue, 03 Jun 2025 21:00:00 GMT")
    assert page.status == 304
    assert page.content == b""
    assert page.url == page.final_url == url
    assert page.etag == '"v7"'
    assert script.headers[0]["If-None-Match"] == '"v7"'
    assert script.headers[0]["If-Modified-Since"] == "Tue, 03 Jun 2025 21:00:00 GMT"
    assert script.count == 1


def test_unconditional_get_sends_no_validators(httpserver) -> None:
    url, script = serve(httpserver, "/feed", (200, b"<rss/>", {}))
    fetch(url)
    assert "If-None-Match" not in script.headers[0]
    assert "If-Modified-Since" not in script.headers[0]


def test_user_agent_is_the_configured_one(httpserver) -> None:
    url, script = serve(httpserver, "/ua", (200, b"ok", {}))
    fetch(url, FetchPolicy(user_agent="tariffwatch-test/9.9 (+mailto:desk@example.org)"))
    fetch(url, FetchPolicy())
    assert script.headers[0]["User-Agent"] == "tariffwatch-test/9.9 (+mailto:desk@example.org)"
    assert script.headers[1]["User-Agent"] == DEFAULT_USER_AGENT


def test_make_client_applies_policy() -> None:
    policy = FetchPolicy(connect_timeout_s=1.5, read_timeout_s=2.5, total_timeout_s=7.0,
                         max_redirects=4, user_agent="ua/1")

    async def build() -> httpx.AsyncClient:
        async with make_client(policy) as client:
            return client

    client = asyncio.run(build())
    assert client.timeout.connect == 1.5
    assert client.timeout.read == 2.5
    assert client.follow_redirects is True
    assert client.max_redirects == 4
    assert client.headers["User-Agent"] == "ua/1"


# -- concurrency limits ----------------------------------------------------------------


class Gauge:
    """Counts requests in flight on a threaded local server (flows.sinks.HttpSite)."""

    def __init__(self, lock: threading.Lock, shared: list[int]) -> None:
        self.lock = lock
        self.shared = shared  # [now, peak] across every gauge sharing it
        self.now = 0
        self.peak = 0

    def __call__(self, path: str) -> SiteResponse:
        with self.lock:
            self.now += 1
            self.shared[0] += 1
            self.peak = max(self.peak, self.now)
            self.shared[1] = max(self.shared[1], self.shared[0])
        time.sleep(0.05)
        with self.lock:
            self.now -= 1
            self.shared[0] -= 1
        return SiteResponse(200, path.encode())


async def _fetch_all(urls: list[str], policy: FetchPolicy) -> list[Page]:
    async with make_client(policy) as client:
        fetcher = Fetcher(client, policy)
        return list(await asyncio.gather(*(fetcher.fetch(url) for url in urls)))


@pytest.fixture(scope="module")
def two_hosts() -> Iterator[tuple[list[str], list[Gauge]]]:
    """Two threaded local servers (two hosts: netlocs differ by port); their routes are
    the gauges in the returned list, replaced by each test."""
    gauges: list[Gauge] = []
    servers = [HttpSite(lambda path, i=i: gauges[i](path)) for i in range(2)]
    for server in servers:
        server.start()
    yield [server.url for server in servers], gauges
    stops = [threading.Thread(target=server.stop) for server in servers]
    for stop in stops:
        stop.start()
    for stop in stops:
        stop.join()


def _gauges(two_hosts: tuple[list[str], list[Gauge]]) -> tuple[list[str], list[Gauge], list[int]]:
    bases, gauges = two_hosts
    lock, shared = threading.Lock(), [0, 0]
    gauges[:] = [Gauge(lock, shared), Gauge(lock, shared)]
    return bases, gauges, shared


def test_per_host_and_global_limits(two_hosts) -> None:
    bases, gauges, shared = _gauges(two_hosts)
    urls = [f"{base}/p{i}" for base in bases for i in range(6)]
    pages = asyncio.run(_fetch_all(urls, FetchPolicy(per_host_limit=2, global_limit=3)))
    assert [page.content.decode() for page in pages] == [f"/p{i}" for i in range(6)] * 2
    assert [gauge.peak for gauge in gauges] == [2, 2]  # per host: at the limit, never over
    assert shared[1] == 3  # never more than the global limit, and the limit is reached


def test_per_host_limit_alone(two_hosts) -> None:
    bases, gauges, shared = _gauges(two_hosts)
    urls = [f"{bases[0]}/{i}" for i in range(4)]
    asyncio.run(_fetch_all(urls, FetchPolicy(per_host_limit=1, global_limit=8)))
    assert gauges[0].peak == 1


def test_hosts_do_not_share_a_limit(two_hosts) -> None:
    bases, gauges, shared = _gauges(two_hosts)
    urls = [f"{base}/{i}" for base in bases for i in range(3)]
    asyncio.run(_fetch_all(urls, FetchPolicy(per_host_limit=1, global_limit=8)))
    assert [gauge.peak for gauge in gauges] == [1, 1]
    assert shared[1] == 2  # one per host, both hosts at once


def _robots_fetch(url: str, policy: FetchPolicy = FAST) -> Page:
    async def run() -> Page:
        async with make_client(policy) as client:
            return await Fetcher(client, policy).fetch(url)

    return asyncio.run(run())


def test_robots_txt_disallow_is_honoured_and_read_once(site) -> None:
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.page("/private/a", "secret")
    site.page("/public/a", "fine")
    with pytest.raises(FetchError, match="disallowed by .*/robots.txt"):
        _robots_fetch(site.url + "/private/a")

    async def both() -> list[Page]:
        async with make_client(FAST) as client:
            fetcher = Fetcher(client, FAST)
            return [await fetcher.fetch(site.url + "/public/a"),
                    await fetcher.fetch(site.url + "/public/a")]

    assert [p.content for p in asyncio.run(both())] == [b"fine", b"fine"]
    assert site.requests.count("/robots.txt") == 2  # once per run (Fetcher), not per page
    assert "/private/a" not in site.requests


def test_robots_txt_rules_for_our_agent(site) -> None:
    site.page("/robots.txt", "User-agent: tariffwatch\nDisallow: /\n\nUser-agent: *\n"
                             "Allow: /\n", "text/plain")
    site.page("/a", "x")
    with pytest.raises(FetchError, match="robots.txt"):
        _robots_fetch(site.url + "/a")


def test_missing_robots_txt_allows_everything(site) -> None:
    site.page("/a", "x")  # /robots.txt is a 404 on this server
    assert _robots_fetch(site.url + "/a").content == b"x"


def test_unreachable_robots_txt_disallows_for_this_run(site) -> None:
    site.page("/robots.txt", "down", status=503)
    site.page("/a", "x")
    with pytest.raises(FetchError, match="robots.txt"):
        _robots_fetch(site.url + "/a", replace(FAST, retries=0))


def test_per_host_delay_spaces_requests(site) -> None:
    site.page("/a", "x")
    policy = replace(FAST, per_host_delay_s=0.2, respect_robots=False, per_host_limit=4)

    async def five() -> float:
        async with make_client(policy) as client:
            fetcher = Fetcher(client, policy)
            loop = asyncio.get_running_loop()
            start = loop.time()
            await asyncio.gather(*(fetcher.fetch(site.url + "/a") for _ in range(5)))
            return loop.time() - start

    assert asyncio.run(five()) >= 0.8  # four gaps of at least 0.2 s
