"""Shared fixtures: real local servers (HTTP site, SMTP, Slack webhook), DuckDB files
in tmp dirs, and one session-wide Prefect test harness for the flow tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY", "false")

# Import prefect here, once: its console log handler binds the stream that is current at
# import time, and a first import inside a CliRunner would bind a stream that then closes.
import flows.collect  # noqa: E402,F401
from flows.sinks import HttpSite, Response, SlackSink, SmtpSink  # noqa: E402

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "japan-us-sixth-round.txt"


class Site:
    """A mutable table of path -> response served by a real local HTTP server."""

    def __init__(self) -> None:
        self.routes: dict[str, Response] = {}
        self.server = HttpSite(self.routes.get)

    @property
    def url(self) -> str:
        return self.server.url

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
             status: int = 200) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Response(status, data, (("Content-Type", content_type),))
        return self.url + path

    @property
    def requests(self) -> list[str]:
        return self.server.requests


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    served.server.start()
    yield served
    served.server.stop()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def slack_sink() -> Iterator[SlackSink]:
    with SlackSink() as sink:
        yield sink


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
