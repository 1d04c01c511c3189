"""Configuration: read once at the edge, validated, passed down as frozen values.

``tariffwatch.toml`` (``--config`` or ``TARIFFWATCH_CONFIG``). Unknown keys and
wrong types are errors naming the key. Secrets are never written in the file:
it names environment variables (``password_env``, ``slack_webhook_env``)
and only their names appear in messages.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alerts.changes import CHANGE_KINDS
from alerts.email import SmtpSettings
from alerts.secrets import Secret
from alerts.subscribers import Subscriber
from normalize.countries import is_known
from normalize.sectors import SECTORS
from scrapers.fetch import FetchPolicy, user_agent_for
from scrapers.models import Source
from scrapers.sites import ADAPTERS

CONFIG_ENV = "TARIFFWATCH_CONFIG"
DEFAULT_CONFIG = Path("tariffwatch.toml")
DEFAULT_DATABASE = Path("data/tariffwatch.duckdb")


class ConfigError(Exception):
    """A config problem; the message names the file and the key."""


@dataclass(frozen=True)
class AlertSettings:
    min_sources: int = 1  # distinct outlets that must report a change before it is sent
    unsubscribe_url: str | None = None  # "https://.../unsubscribe?token={token}"
    digest_hour: int = 7  # UTC hour of the daily digest
    source_failure_runs: int = 3  # failed runs in a row before a source_health alert
    source_silence_hours: float = 72  # hours without new articles before one (0 = never)


@dataclass(frozen=True)
class Settings:
    database: Path
    sources: tuple[Source, ...]
    subscribers: tuple[Subscriber, ...]
    smtp: SmtpSettings | None
    fetch: FetchPolicy
    lock_wait_s: float = 30.0
    config_path: Path | None = None
    alerts: AlertSettings = AlertSettings()
    park_after_failures: int = 5  # a page failing this often is no longer retried


def config_path(explicit: str | Path | None) -> Path | None:
    if explicit:
        return Path(explicit)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


def load_settings(
    path: str | Path | None, env: Mapping[str, str] | None = None
) -> Settings:
    """Read and validate the config file (``env`` defaults to the process environment)."""
    env = os.environ if env is None else env
    chosen = config_path(path)
    if chosen is None:
        raise ConfigError(
            f"no config file: pass --config, set {CONFIG_ENV}, or create {DEFAULT_CONFIG}"
        )
    try:
        raw = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{chosen}: file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{chosen}: not valid TOML: {exc}") from None
    return _Reader(chosen, env).settings(raw)


class _Reader:
    def __init__(self, path: Path, env: Mapping[str, str]) -> None:
        self.path = path
        self.env = env

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {problem}")

    def table(self, raw: Any, key: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(key, "expected a table")
        for name in raw:
            if name not in allowed:
                raise self.fail(f"{key}.{name}" if key else name, "unknown key")
        return raw

    def get(self, table: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...],
            default: Any = None, required: bool = False) -> Any:
        if key not in table:
            if required:
                raise self.fail(f"{where}.{key}", "missing (required)")
            return default
        value = table[key]
        if kind in (int, float, (int, float)) and isinstance(value, bool):
            raise self.fail(f"{where}.{key}", "expected a number, got a boolean")
        if not isinstance(value, kind):
            names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
            raise self.fail(f"{where}.{key}", f"expected {names}, got {type(value).__name__}")
        return value

    def strings(self, table: dict[str, Any], key: str, where: str) -> list[str] | None:
        value = self.get(table, key, where, list)
        if value is None:
            return None
        if not all(isinstance(item, str) for item in value):
            raise self.fail(f"{where}.{key}", "expected a list of strings")
        return list(value)

    def secret(self, table: dict[str, Any], key: str, where: str) -> Secret | None:
        name = self.get(table, key, where, str)
        if name is None:
            return None
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise self.fail(f"{where}.{key}", "expected the name of an environment variable")
        value = self.env.get(name)
        if not value:
            raise self.fail(f"{where}.{key}", f"environment variable {name} is not set")
        return Secret(value, name)

    def settings(self, raw: dict[str, Any]) -> Settings:
        self.table(raw, "", {"storage", "fetch", "sources", "smtp", "subscribers", "alerts"})
        storage = self.table(raw.get("storage", {}), "storage", {"database", "lock_wait_seconds"})
        database = Path(self.get(storage, "database", "storage", str, str(DEFAULT_DATABASE)))
        if not database.is_absolute():
            database = self.path.parent / database
        lock_wait = float(self.get(storage, "lock_wait_seconds", "storage", (int, float), 30))
        fetch_table = raw.get("fetch", {})
        fetch = self._fetch(fetch_table)
        park_after = self.get(fetch_table, "park_after_failures", "fetch", int, 5)
        if park_after < 1:
            raise self.fail("fetch.park_after_failures", "must be at least 1")
        sources = self._sources(raw.get("sources", []))
        smtp = self._smtp(raw["smtp"]) if "smtp" in raw else None
        subscribers = self._subscribers(raw.get("subscribers", []), smtp)
        alerts = self._alerts(raw.get("alerts", {}))
        return Settings(database, sources, subscribers, smtp, fetch, lock_wait, self.path, alerts,
                        park_after)

    def _alerts(self, raw: Any) -> AlertSettings:
        table = self.table(raw, "alerts", {"min_sources", "unsubscribe_url", "digest_hour",
                                           "source_failure_runs", "source_silence_hours"})
        min_sources = self.get(table, "min_sources", "alerts", int, 1)
        if min_sources < 1:
            raise self.fail("alerts.min_sources", "must be at least 1")
        url = self.get(table, "unsubscribe_url", "alerts", str)
        if url is not None and ("{token}" not in url or not re.match(r"https?://", url)):
            raise self.fail("alerts.unsubscribe_url",
                            "expected an http(s) URL containing {token}")
        hour = self.get(table, "digest_hour", "alerts", int, 7)
        if not 0 <= hour <= 23:
            raise self.fail("alerts.digest_hour", f"expected an hour 0-23, got {hour}")
        runs = self.get(table, "source_failure_runs", "alerts", int, 3)
        silence = float(self.get(table, "source_silence_hours", "alerts", (int, float), 72))
        if runs < 0 or silence < 0:
            raise self.fail("alerts", "source_failure_runs and source_silence_hours must be >= 0")
        return AlertSettings(min_sources, url, hour, runs, silence)

    def _fetch(self, raw: Any) -> FetchPolicy:
        numbers = {"connect_timeout_seconds": "connect_timeout_s",
                   "read_timeout_seconds": "read_timeout_s",
                   "total_timeout_seconds": "total_timeout_s",
                   "per_host_delay_seconds": "per_host_delay_s"}
        ints = {"max_bytes", "max_redirects", "per_host_limit", "global_limit", "retries"}
        table = self.table(raw, "fetch", {"user_agent", "contact", "respect_robots",
                                          "park_after_failures", *numbers, *ints})
        values: dict[str, Any] = {}
        contact = self.get(table, "contact", "fetch", str)
        values["user_agent"] = self.get(table, "user_agent", "fetch", str,
                                        user_agent_for(contact))
        values["respect_robots"] = self.get(table, "respect_robots", "fetch", bool, True)
        for key, field in numbers.items():
            if key in table:
                number = float(self.get(table, key, "fetch", (int, float)))
                if number < 0:
                    raise self.fail(f"fetch.{key}", "must not be negative")
                values[field] = number
        for key in ints:
            if key in table:
                value = self.get(table, key, "fetch", int)
                if value < (0 if key == "retries" else 1):
                    raise self.fail(f"fetch.{key}", "must be positive")
                values[key] = value
        return FetchPolicy(**values)

    def _sources(self, raw: Any) -> tuple[Source, ...]:
        if not isinstance(raw, list):
            raise self.fail("sources", "expected an array of tables ([[sources]])")
        sources = []
        names: set[str] = set()
        for index, item in enumerate(raw, 1):
            where = f"sources[{index}]"
            table = self.table(item, where, {"name", "feed", "pages", "sitemap", "adapter",
                                             "enabled"})
            name = self.get(table, "name", where, str, required=True)
            if name in names:
                raise self.fail(f"{where}.name", f"duplicate source name {name!r}")
            names.add(name)
            feed = self.get(table, "feed", where, str)
            sitemap = self.get(table, "sitemap", where, str)
            pages = self.strings(table, "pages", where) or []
            if not feed and not pages and not sitemap:
                raise self.fail(where, "needs a 'feed', a 'sitemap' or 'pages'")
            for url in [u for u in (feed, sitemap) if u] + pages:
                if not re.match(r"https?://", url):
                    raise self.fail(f"{where}", f"not an http(s) URL: {url!r}")
            adapter = self.get(table, "adapter", where, str, "auto")
            if adapter not in {"auto", "generic", *ADAPTERS}:
                known = ", ".join(["auto", "generic", *sorted(ADAPTERS)])
                raise self.fail(f"{where}.adapter", f"unknown adapter {adapter!r} ({known})")
            if not self.get(table, "enabled", where, bool, True):
                continue  # kept in the file, switched off
            sources.append(Source(name=name, feed=feed, pages=tuple(pages), adapter=adapter,
                                  sitemap=sitemap))
        return tuple(sources)

    def _smtp(self, raw: Any) -> SmtpSettings:
        table = self.table(raw, "smtp", {"host", "port", "sender", "username_env",
                                         "password_env", "starttls", "timeout_seconds"})
        port = self.get(table, "port", "smtp", int, 25)
        if not 0 < port < 65536:
            raise self.fail("smtp.port", f"not a port number: {port}")
        return SmtpSettings(
            host=self.get(table, "host", "smtp", str, required=True),
            port=port,
            sender=self.get(table, "sender", "smtp", str, "tariffwatch@localhost"),
            username=self.secret(table, "username_env", "smtp"),
            password=self.secret(table, "password_env", "smtp"),
            starttls=self.get(table, "starttls", "smtp", bool, False),
            timeout_s=float(self.get(table, "timeout_seconds", "smtp", (int, float), 30)),
        )

    def _subscribers(self, raw: Any, smtp: SmtpSettings | None) -> tuple[Subscriber, ...]:
        if not isinstance(raw, list):
            raise self.fail("subscribers", "expected an array of tables ([[subscribers]])")
        result = []
        names: set[str] = set()
        for index, item in enumerate(raw, 1):
            where = f"subscribers[{index}]"
            table = self.table(item, where, {"name", "email", "slack_webhook_env", "countries",
                                             "sectors", "alerts", "mode"})
            name = self.get(table, "name", where, str, required=True)
            if name in names:
                raise self.fail(f"{where}.name", f"duplicate subscriber name {name!r}")
            names.add(name)
            email = self.get(table, "email", where, str)
            if email is not None and "@" not in email:
                raise self.fail(f"{where}.email", f"not an email address: {email!r}")
            if email and smtp is None:
                raise self.fail(f"{where}.email", "needs an [smtp] table to send through")
            webhook = self.secret(table, "slack_webhook_env", where)
            if not email and webhook is None:
                raise self.fail(where, "needs 'email' or 'slack_webhook_env'")
            countries = self.strings(table, "countries", where) or []
            for code in countries:
                if not is_known(code.upper()):
                    raise self.fail(f"{where}.countries", f"unknown country code {code!r}")
            sectors = self.strings(table, "sectors", where) or []
            for sector in sectors:
                if sector not in SECTORS:
                    raise self.fail(f"{where}.sectors", f"unknown sector {sector!r} "
                                    f"(one of {', '.join(sorted(SECTORS))})")
            kinds = self.strings(table, "alerts", where)
            for kind in kinds or []:
                if kind not in CHANGE_KINDS:
                    raise self.fail(f"{where}.alerts", f"unknown alert kind {kind!r} "
                                    f"(one of {', '.join(sorted(CHANGE_KINDS))})")
            mode = self.get(table, "mode", where, str, "immediate")
            if mode not in ("immediate", "digest"):
                raise self.fail(f"{where}.mode", f"expected 'immediate' or 'digest', got {mode!r}")
            result.append(Subscriber(
                name=name, email=email, slack_webhook=webhook,
                countries=frozenset(c.upper() for c in countries),
                sectors=frozenset(sectors),
                alerts=frozenset(kinds) if kinds is not None else None,  # type: ignore[arg-type]
                mode=mode,
            ))
        return tuple(result)
