"""Subscribers and their filters: which changes reach whom, on which channels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from alerts.changes import NEWS_KINDS, Change, ChangeKind
from alerts.secrets import Secret

Channel = Literal["email", "slack"]


@dataclass(frozen=True)
class Subscriber:
    name: str
    email: str | None = None
    slack_webhook: Secret | None = None
    countries: frozenset[str] = frozenset()  # empty = all countries
    sectors: frozenset[str] = frozenset()  # empty = all sectors (and all-goods rates)
    alerts: frozenset[ChangeKind] | None = None  # None = every news kind
    mode: Literal["immediate", "digest"] = "immediate"

    @property
    def channels(self) -> tuple[Channel, ...]:
        found: list[Channel] = []
        if self.email:
            found.append("email")
        if self.slack_webhook is not None:
            found.append("slack")
        return tuple(found)

    def wants(self, change: Change) -> bool:
        kinds = self.alerts if self.alerts is not None else NEWS_KINDS
        if change.kind not in kinds:
            return False  # source_health goes only to those who ask for it
        if change.kind == "source_health":
            return True
        if self.sectors and change.kind == "rate_change":
            # A rate on all goods concerns every sector.
            if change.sector is not None and change.sector not in self.sectors:
                return False
        if not self.countries:
            return True
        # A tariff on all partners ("*") concerns every country.
        return bool(self.countries & set(change.countries)) or "*" in change.countries
