"""Slack delivery: a Block Kit message (with a ``text`` fallback) to an incoming webhook."""

from __future__ import annotations

import httpx

from alerts.errors import DeliveryError
from alerts.render import Message
from alerts.secrets import Secret


class SlackSender:
    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def send(self, message: Message, webhook: Secret) -> None:
        try:
            response = self.client.post(webhook.reveal(), json=message.slack)
        except httpx.HTTPError as exc:
            # httpx errors can carry the URL: never let the webhook reach a log.
            raise DeliveryError(
                "slack", webhook.redact(f"{type(exc).__name__}: {exc}")
            ) from None
        if response.status_code == 429:
            retry_after = response.headers.get("Retry-After", "")
            raise DeliveryError(
                "slack",
                "HTTP 429 rate limited",
                retry_after_s=float(retry_after) if retry_after.isdigit() else None,
                channel_down=True,
            )
        if response.status_code >= 300:
            body = webhook.redact(response.text[:200])
            raise DeliveryError("slack", f"HTTP {response.status_code}: {body}")
