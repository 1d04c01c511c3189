"""Subscribers and their filters: which changes reach whom, on which channels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from alerts.changes import Change, ChangeKind
from alerts.secrets import Secret

Channel = Literal["email", "slack"]


@dataclass(frozen=True)
class Subscriber:
    name: str
    email: str | None = None
    slack_webhook: Secret | None = None
    countries: frozenset[str] = frozenset()  # empty = all countries
    alerts: frozenset[ChangeKind] | None = None  # None = every kind
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
        if self.alerts is not None and change.kind not in self.alerts:
            return False
        if not self.countries:
            return True
        # A tariff on all partners ("*") concerns every country.
        return bool(self.countries & set(change.countries)) or "*" in change.countries
