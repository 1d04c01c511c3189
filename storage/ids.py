"""Stable identifiers: sha1 of canonical JSON, so re-running anything adds nothing."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def stable_id(*parts: Any) -> str:
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def content_hash(text: str) -> str:
    """Checksum of the filtered article text (not the raw page: ads and dates churn)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
