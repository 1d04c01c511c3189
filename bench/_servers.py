"""Local servers for the benchmarks: flows.sinks' HttpSite on a bounded thread pool.

``flows.sinks.HttpSite`` starts one thread per connection. Benchmarks send
thousands of requests, so :class:`BoundedSite` keeps HttpSite's handler and
routing and serves it from a fixed pool of worker threads on 127.0.0.1;
connections beyond the pool wait in the listen backlog.
"""

from __future__ import annotations

import multiprocessing
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import HTTPServer
from multiprocessing.connection import Connection
from typing import Any

from flows.sinks import HttpSite, Route


class _PooledServer(HTTPServer):
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], handler: Any, workers: int) -> None:
        super().__init__(address, handler)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bench-http")

    def process_request(self, request: Any, client_address: Any) -> None:
        self._pool.submit(self._work, request, client_address)

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up early is not the benchmark's business

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)


class BoundedSite(HttpSite):
    """HttpSite (same handler, same ``route``) served by ``workers`` threads.

    ``keep_alive`` answers in HTTP/1.1 so a client reuses its connections;
    each open connection then holds one worker, so ``workers`` must exceed
    the client's connection count.
    """

    def __init__(self, route: Route, workers: int = 32, keep_alive: bool = False) -> None:
        super().__init__(route)
        handler = self._server.RequestHandlerClass
        self._server.server_close()
        # The handler writes headers and body separately: without TCP_NODELAY a kept-alive
        # connection waits out Nagle's algorithm against delayed ACKs (~40 ms a response).
        handler.disable_nagle_algorithm = True  # type: ignore[attr-defined]
        if keep_alive:
            handler.protocol_version = "HTTP/1.1"  # type: ignore[attr-defined]
        # HttpSite types its server as flows.sinks' ThreadingHTTPServer; this one pools.
        self._server = _PooledServer(  # type: ignore[assignment]
            ("127.0.0.1", 0), handler, workers
        )
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _smtp_child(pipe: Connection) -> None:
    """Run flows.sinks.SmtpSink in this (spawned) process and answer the parent's asks."""
    from flows.sinks import SmtpSink

    sink = SmtpSink().start()
    pipe.send(sink.port)
    try:
        while True:
            ask = pipe.recv()
            if ask == "stop":
                break
            # Senders have had every message acknowledged, so the sink holds them all.
            taken = list(zip(sink.recipients, sink.messages, strict=True))
            sink.messages.clear()
            sink.recipients.clear()
            if ask == "take":
                pipe.send([(rcpts, message.as_bytes()) for rcpts, message in taken])
            else:  # "count"
                pipe.send(len(taken))
    finally:
        sink.stop()


class SmtpProcess:
    """``flows.sinks.SmtpSink`` (aiosmtpd on 127.0.0.1) in a process of its own.

    The SMTP server's work (parsing every message) then runs on the other core
    instead of taking the GIL from the client being measured.
    """

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._pipe, child = context.Pipe()
        self._process = context.Process(target=_smtp_child, args=(child,), daemon=True)
        self.port = 0

    def start(self) -> SmtpProcess:
        self._process.start()
        if not self._pipe.poll(60):
            raise RuntimeError("the SMTP sink process did not start")
        self.port = int(self._pipe.recv())
        return self

    def count(self) -> int:
        """Messages received since the last count or take (and forget them)."""
        self._pipe.send("count")
        return int(self._pipe.recv())

    def take(self) -> list[tuple[list[str], bytes]]:
        """(recipients, message bytes) received since the last count or take."""
        self._pipe.send("take")
        return list(self._pipe.recv())

    def stop(self) -> None:
        if self._process.is_alive():
            self._pipe.send("stop")
            self._process.join(30)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)

    def __enter__(self) -> SmtpProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
