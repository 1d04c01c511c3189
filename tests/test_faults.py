"""The fault suite: one collection run against a real local server that fails in every
way the web does. Each fault is its own source, next to a good page of the same source;
for each: the run finishes, good items of the same and other sources are stored, the
failure is recorded with a clear reason, and the next run duplicates nothing."""

from __future__ import annotations

import asyncio
import gzip
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.collect import run_collect

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

JAPANESE = ("日本政府は二十五パーセントの自動車関税の引き下げを求めて、"
            "米国との第七回閣僚協議に臨む。赤沢経済再生相は来週ワシントンを訪れる予定だ。")


def article(title: str, marker: str, charset: str | None = "utf-8", extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title>"
            '<meta property="article:published_time" content="2025-06-02T00:00:00+00:00">'
            f"</head><body><nav>Home | Markets +2%</nav><article><h1>{title}</h1>"
            f"<p>{marker}: Japan faces a 24 percent reciprocal tariff on most goods, officials "
            "said on Monday, as negotiators prepared for another round of talks.</p>"
            f"<p>The government said it would keep pressing for relief. {extra}</p>"
            "</article><footer>(c) 2025</footer></body></html>")


def japanese(encoding: str, in_meta: bool) -> bytes:
    meta = f'<meta charset="{encoding}">' if in_meta else ""
    return (f"<html><head>{meta}<title>関税</title></head><body><article><p>{JAPANESE}</p>"
            f"<p>{JAPANESE}</p></article></body></html>").encode(encoding)


class Faulty:
    """A threaded local HTTP server whose paths misbehave on purpose."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.routes: dict[str, Callable[[BaseHTTPRequestHandler, int], None]] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                route = server.routes.get(path)
                try:
                    if route is None:
                        send(self, 404, b"not found")
                    else:
                        route(self, server.hits[path])
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.http.server_port}"
        threading.Thread(target=self.http.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()

    def feed(self, path: str, items: list[str]) -> None:
        links = "".join(f"<item><title>{i}</title><link>{self.url}{i}</link>"
                        "<pubDate>Mon, 02 Jun 2025 00:00:00 GMT</pubDate></item>" for i in items)
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{links}' \
               "</channel></rss>"
        self.routes[path] = ok(body.encode(), "application/rss+xml", etag=f'"{len(body)}"')


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes,
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def ok(body: bytes, content_type: str = "text/html; charset=utf-8",
       etag: str | None = None) -> Callable[[BaseHTTPRequestHandler, int], None]:
    def answer(handler: BaseHTTPRequestHandler, hit: int) -> None:
        if etag and handler.headers.get("If-None-Match") == etag:
            send(handler, 304, b"", {"ETag": etag})
            return
        headers = {"Content-Type": content_type} if content_type else {}
        if etag:
            headers["ETag"] = etag
        send(handler, 200, body, headers)
    return answer


def status_then_ok(status: int, times: int, body: bytes,
                   retry_after: str | None = None) -> Callable[[BaseHTTPRequestHandler, int], None]:
    def answer(handler: BaseHTTPRequestHandler, hit: int) -> None:
        if hit <= times:
            send(handler, status, b"busy", {"Retry-After": retry_after} if retry_after else {})
        else:
            send(handler, 200, body, {"Content-Type": "text/html; charset=utf-8"})
    return answer


def sleepy(seconds: float) -> Callable[[BaseHTTPRequestHandler, int], None]:
    def answer(handler: BaseHTTPRequestHandler, hit: int) -> None:
        time.sleep(seconds)
        send(handler, 200, b"late")
    return answer


def drip(handler: BaseHTTPRequestHandler, hit: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    for _ in range(40):
        handler.wfile.write(b"<")
        handler.wfile.flush()
        time.sleep(0.2)


def truncated(handler: BaseHTTPRequestHandler, hit: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "5000")
    handler.end_headers()
    handler.wfile.write(b"<html><body><p>cut short")
    handler.close_connection = True


def huge(handler: BaseHTTPRequestHandler, hit: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(20 * 1024 * 1024))
    handler.end_headers()
    chunk = b"x" * 65536
    for _ in range(320):
        handler.wfile.write(chunk)


def gzip_bomb() -> Callable[[BaseHTTPRequestHandler, int], None]:
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)

    def answer(handler: BaseHTTPRequestHandler, hit: int) -> None:
        send(handler, 200, bomb, {"Content-Encoding": "gzip", "Content-Type": "text/html"})
    return answer


def redirect_loop(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 302, b"", {"Location": "/loop"})


@pytest.fixture
def blackhole() -> Iterator[int]:
    """A port whose listen backlog is full: new connections hang until they time out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    yield port
    for filler in fillers:
        filler.close()
    listener.close()


FAULTS = {
    # source: (what its feed or pages do, reason that must be recorded or None if survived)
    "http-500": "HTTP 500", "http-503-then-ok": None, "http-429-retry-after": None,
    "connect-timeout": "ConnectTimeout", "read-timeout": "ReadTimeout",
    "slow-drip": "took longer than", "truncated-body": "RemoteProtocolError",
    "page-20mb": "larger than the", "redirect-loop": "redirects", "robots-disallow": "robots.txt",
    "invalid-utf8": None, "shift-jis-header": None, "shift-jis-meta": None,
    "euc-jp-header": None, "euc-jp-meta": None, "malformed-feed": None, "empty-feed": None,
    "items-404": "HTTP 404", "gzip-bomb": "larger than the",
}


def build(server: Faulty, blackhole: int) -> str:
    s = server
    good = {name: f"/{name}/good" for name in FAULTS}
    for name, path in good.items():
        s.routes[path] = ok(article(f"good {name}", f"GOOD-{name}").encode())
    bad = {
        "http-500": status_then_ok(500, 99, b""),
        "http-503-then-ok": status_then_ok(503, 1, article("retried", "RETRIED-503").encode()),
        "http-429-retry-after": status_then_ok(429, 1, article("later", "LATER-429").encode(),
                                               retry_after="1"),
        "read-timeout": sleepy(3), "slow-drip": drip, "truncated-body": truncated,
        "page-20mb": huge, "gzip-bomb": gzip_bomb(),
        "invalid-utf8": ok(article("bad bytes", "BADBYTES").encode() + b"\xff\xfe\xc3(",
                           "text/html; charset=utf-8"),
        "shift-jis-header": ok(japanese("shift_jis", False), "text/html; charset=Shift_JIS"),
        "shift-jis-meta": ok(japanese("shift_jis", True), "text/html"),
        "euc-jp-header": ok(japanese("euc_jp", False), "text/html; charset=EUC-JP"),
        "euc-jp-meta": ok(japanese("euc_jp", True), "text/html"),
    }
    for name, route in bad.items():
        s.routes[f"/{name}/bad"] = route
    s.routes["/loop"] = redirect_loop
    s.routes["/robots.txt"] = ok(b"User-agent: *\nDisallow: /robots-disallow/bad\n", "text/plain")
    sources = []
    for name in FAULTS:
        if name == "connect-timeout":
            pages = [f"http://127.0.0.1:{blackhole}/x", s.url + good[name]]
            sources.append((name, None, pages))
            continue
        items = [good[name]]
        if name == "redirect-loop":
            items.append("/loop")
        elif name == "items-404":
            items.append("/items-404/missing")
        elif name == "robots-disallow":
            items.append("/robots-disallow/bad")
        elif name not in ("malformed-feed", "empty-feed"):
            items.append(f"/{name}/bad")
        s.feed(f"/{name}/feed.xml", items)
        sources.append((name, f"{s.url}/{name}/feed.xml", []))
    # A feed whose XML is broken after its first item, and one with no items at all.
    broken = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
              f"<title>g</title><link>{s.url}{good['malformed-feed']}</link></item>"
              "<item><title>broken & <b>unclosed</title></channel>")
    s.routes["/malformed-feed/feed.xml"] = ok(broken.encode(), "application/rss+xml")
    s.routes["/empty-feed/feed.xml"] = ok(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>e</title></channel></rss>',
        "application/rss+xml")
    # The empty feed's good page comes through a page list instead.
    lines = ['[storage]\ndatabase = "tw.duckdb"\nlock_wait_seconds = 1\n',
             "[fetch]\nconnect_timeout_seconds = 1\nread_timeout_seconds = 1\n"
             "total_timeout_seconds = 3\nretries = 1\n"]
    for name, feed, pages in sources:
        if name == "empty-feed":
            pages = [s.url + good[name]]
        lines.append(f'[[sources]]\nname = "{name}"\n'
                     + (f'feed = "{feed}"\n' if feed else "")
                     + (f"pages = {pages!r}\n".replace("'", '"') if pages else ""))
    return "\n".join(lines)


def stored(db: Path) -> tuple[dict[str, int], list[tuple[str, str, str]], list[str]]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        per_source = dict(conn.execute(
            "SELECT source, count(*) FROM articles GROUP BY source").fetchall())
        failures = conn.execute("SELECT source, stage, message FROM failures").fetchall()
        texts = [row[0] for row in conn.execute("SELECT text FROM articles").fetchall()]
        return per_source, failures, texts
    finally:
        conn.close()


def test_every_fault_fails_alone(tmp_path: Path, blackhole: int,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    server = Faulty()
    config = tmp_path / "tariffwatch.toml"
    config.write_text(build(server, blackhole), encoding="utf-8")
    first = asyncio.run(run_collect(str(config)))
    per_source, failures, texts = stored(tmp_path / "tw.duckdb")
    reasons = {source: message for source, _, message in failures}
    table = ["| fault | survived | good items lost | recorded reason |", "|---|---|---|---|"]
    for name, expected in FAULTS.items():
        assert any(f"GOOD-{name}" in t for t in texts), f"{name}: good item lost"
        if expected is None:
            assert name not in reasons, f"{name}: {reasons.get(name)}"
        else:
            assert expected in reasons.get(name, ""), f"{name}: {reasons.get(name)}"
        table.append(f"| {name} | yes | 0 | {reasons.get(name, '(none: recovered)')} |")
    assert sum(JAPANESE[:20] in t for t in texts) == 4  # Shift_JIS and EUC-JP decoded right
    assert any("RETRIED-503" in t for t in texts) and any("LATER-429" in t for t in texts)
    assert any("BADBYTES" in t for t in texts)
    assert "malformed feed" in " ".join(first.warnings)
    assert server.hits.get("/robots-disallow/bad") is None
    # The next run: nothing duplicated; the feeds answer 304 and cost no parsing.
    before = stored(tmp_path / "tw.duckdb")[0]
    second = asyncio.run(run_collect(str(config)))
    assert stored(tmp_path / "tw.duckdb")[0] == before
    assert second.articles_new == 0
    assert server.hits["/http-500/feed.xml"] == 2
    with capsys.disabled():
        print("\n" + "\n".join(table))


def test_run_waits_for_an_open_session_then_exits_3(tmp_path: Path) -> None:
    config = tmp_path / "tariffwatch.toml"
    config.write_text('[storage]\ndatabase = "tw.duckdb"\nlock_wait_seconds = 1\n',
                      encoding="utf-8")
    db = tmp_path / "tw.duckdb"
    duckdb.connect(str(db)).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys
            conn = duckdb.connect({str(db)!r}, read_only=True)  # an analyst's session
            print("open", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        started = time.monotonic()
        result = CliRunner().invoke(app, ["run", "--config", str(config)])
        waited = time.monotonic() - started
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    assert result.exit_code == 3, result.output
    assert "is locked by another process" in result.output and "PID" in result.output
    assert "waited 1s" in result.output and waited >= 1
    assert "Traceback" not in result.output
