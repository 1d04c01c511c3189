"""Fetch stage: HTTP GET of feeds and pages with one shared ``httpx.AsyncClient``.

The client is built once per run by :func:`make_client` and passed in.
:class:`Fetcher` adds what every request needs: robots.txt (RFC 9309, read
once per host per run), a per-host and a global concurrency limit and a
minimum delay between requests to one host, a body-size limit, conditional
GET, and retries with exponential backoff and jitter for connection errors,
5xx and 429 (honouring ``Retry-After``); other 4xx answers are final.
"""

from __future__ import annotations

import asyncio
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from scrapers.errors import BodyTooLarge, FetchError
from scrapers.models import Page

DEFAULT_USER_AGENT = "tariffwatch/0.1 (+https://github.com/tariffwatch/tariffwatch)"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and patiently to fetch."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    total_timeout_s: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    per_host_limit: int = 2
    global_limit: int = 8
    retries: int = 2
    backoff_s: float = 0.5
    max_retry_after_s: float = 30.0
    per_host_delay_s: float = 0.0  # minimum time between two request starts to one host
    respect_robots: bool = True
    robots_agent: str = "tariffwatch"  # the token robots.txt rules are matched against


def user_agent_for(contact: str | None) -> str:
    """A descriptive User-Agent naming the operator's contact (URL or mailbox)."""
    return f"tariffwatch/0.1 (+{contact})" if contact else DEFAULT_USER_AGENT


def make_client(policy: FetchPolicy) -> httpx.AsyncClient:
    """The one client of a run: timeouts, redirects and a descriptive User-Agent."""
    timeout = httpx.Timeout(
        policy.read_timeout_s, connect=policy.connect_timeout_s, pool=policy.total_timeout_s
    )
    return httpx.AsyncClient(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=policy.max_redirects,
        headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
    )


class Fetcher:
    """Fetch URLs through a shared client within per-host and global limits."""

    def __init__(self, client: httpx.AsyncClient, policy: FetchPolicy) -> None:
        self.client = client
        self.policy = policy
        self._global = asyncio.Semaphore(policy.global_limit)
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(policy.per_host_limit)
        )
        self._pacing: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._last_start: dict[str, float] = {}
        self._robots: dict[str, asyncio.Future[_Robots]] = {}

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Page:
        """GET ``url``; a 304 comes back as a Page with status 304 and no content.

        Raises :class:`FetchError` (naming the URL) when the item cannot be had.
        """
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise FetchError(url, f"unsupported URL scheme {scheme!r} (http and https only)")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).netloc
        if self.policy.respect_robots:
            refusal = await self._refusal(url)
            if refusal:
                raise FetchError(url, refusal)
        return await self._fetch(url, host, headers)

    async def _fetch(self, url: str, host: str, headers: dict[str, str]) -> Page:
        attempt = 0
        while True:
            attempt += 1
            try:
                async with self._global, self._hosts[host]:
                    await self._pace(host)
                    return await asyncio.wait_for(
                        self._get(url, headers), timeout=self.policy.total_timeout_s
                    )
            except _Retryable as exc:
                if attempt > self.policy.retries:
                    raise FetchError(url, f"{exc.reason} (after {attempt} attempts)") from None
                await asyncio.sleep(self._delay(attempt, exc.retry_after))
            except TimeoutError:
                if attempt > self.policy.retries:
                    raise FetchError(
                        url,
                        f"took longer than {self.policy.total_timeout_s:g}s in total "
                        f"(after {attempt} attempts)",
                    ) from None
                await asyncio.sleep(self._delay(attempt, None))

    async def _pace(self, host: str) -> None:
        """Keep request starts to one host at least ``per_host_delay_s`` apart."""
        if self.policy.per_host_delay_s <= 0:
            return
        async with self._pacing[host]:
            loop = asyncio.get_running_loop()
            last = self._last_start.get(host)
            if last is not None:
                wait = last + self.policy.per_host_delay_s - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
            self._last_start[host] = loop.time()

    async def _refusal(self, url: str) -> str | None:
        """Why robots.txt keeps us from ``url``, or None when we may fetch it."""
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return None
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            future: asyncio.Future[_Robots] = asyncio.get_running_loop().create_future()
            self._robots[origin] = future
            future.set_result(await self._read_robots(origin))
        robots = await self._robots[origin]
        if robots.unreachable:
            return f"{origin}/robots.txt unreachable ({robots.unreachable}): not fetching"
        if robots.rules is not None and not robots.rules.can_fetch(self.policy.robots_agent,
                                                                   url):
            return f"disallowed by {origin}/robots.txt"
        return None

    async def _read_robots(self, origin: str) -> _Robots:
        """RFC 9309: no robots.txt (4xx) allows all; an unreachable one (5xx, network)
        disallows all for this run."""
        try:
            page = await self._fetch(f"{origin}/robots.txt", urlsplit(origin).netloc, {})
        except FetchError as exc:
            if re.match(r"HTTP 4\d\d$", exc.reason):
                return _Robots(None)
            return _Robots(None, unreachable=exc.reason)
        rules = RobotFileParser()
        rules.parse(page.content.decode("utf-8", "replace").splitlines())
        return _Robots(rules)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.policy.max_retry_after_s)
        base = self.policy.backoff_s * 2.0 ** (attempt - 1)
        return base + random.uniform(0, base / 2)

    async def _get(self, url: str, headers: dict[str, str]) -> Page:
        try:
            async with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(
                        f"HTTP {response.status_code}", _retry_after(response.headers)
                    )
                if response.status_code == 304:
                    return _page(url, response, b"")
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code}")
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise BodyTooLarge(url, _too_large(int(declared), self.policy.max_bytes))
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise BodyTooLarge(url, _too_large(size, self.policy.max_bytes))
                    chunks.append(chunk)
                return _page(url, response, b"".join(chunks))
        except httpx.TooManyRedirects:
            raise FetchError(
                url, f"more than {self.policy.max_redirects} redirects (loop?)"
            ) from None
        except httpx.TimeoutException as exc:
            limit = {
                httpx.ConnectTimeout: self.policy.connect_timeout_s,
                httpx.ReadTimeout: self.policy.read_timeout_s,
            }.get(type(exc))
            after = f" after {limit:g}s" if limit is not None else ""
            raise _Retryable(f"{type(exc).__name__}: no answer{after}", None) from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(f"{type(exc).__name__}: {str(exc) or 'no detail'}", None) from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"undecodable response body: {exc}") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # e.g. a redirect to ftp://
            raise FetchError(url, f"{type(exc).__name__}: {str(exc) or 'no detail'}") from None


@dataclass(frozen=True)
class _Robots:
    rules: RobotFileParser | None  # None: no robots.txt, everything allowed
    unreachable: str | None = None  # why it could not be read: then nothing is fetched


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _too_large(size: int, limit: int) -> str:
    return f"body larger than the {limit:,}-byte limit (at least {size:,} bytes)"


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(int(value.strip()))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import UTC, datetime

    if when.tzinfo is None:  # "-0000" or no zone at all: take it as UTC
        when = when.replace(tzinfo=UTC)
    return max(0.0, float((when - datetime.now(UTC)).total_seconds()))


def _page(url: str, response: httpx.Response, content: bytes) -> Page:
    return Page(
        url=url,
        final_url=str(response.url),
        status=response.status_code,
        content=content,
        content_type=response.headers.get("Content-Type"),
        encoding=response.charset_encoding,
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
    )
