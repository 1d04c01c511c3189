"""Errors of the alerts stage.

    DeliveryError          one message could not be handed over (SMTP, Slack)

Messages never contain a secret (password, webhook URL): senders redact them.
"""

from __future__ import annotations


class DeliveryError(Exception):
    def __init__(
        self,
        channel: str,
        message: str,
        *,
        retry_after_s: float | None = None,
        channel_down: bool = False,
    ) -> None:
        super().__init__(f"{channel}: {message}")
        self.channel = channel
        self.retry_after_s = retry_after_s
        # True when every further send on this channel would fail too (server down,
        # rate limited): the rest wait for the next run.
        self.channel_down = channel_down
