"""The facts the normalize stage produces, each with its provenance.

One frozen dataclass per concept; ``to_dict`` gives the SPEC's extraction
JSON contract. ``start``/``end`` index the article's stored text, so
``sentence == article.text[start:end]`` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal

TariffKind = Literal[
    "baseline", "reciprocal", "surcharge", "total", "sectoral", "retaliatory", "other"
]
TariffStatus = Literal[
    "proposed", "threatened", "announced", "in_effect", "paused", "agreed", "lifted"
]
MeetingLevel = Literal["leaders", "ministerial", "working", "other"]
MeetingStatus = Literal["planned", "held", "cancelled"]


@dataclass(frozen=True)
class TariffMention:
    imposer: str  # ISO 3166-1 alpha-2 or "EU"
    target: str  # ISO code, "EU", or "*" for all trading partners
    sector: str | None  # None = all goods; else a word of normalize.sectors
    kind: TariffKind
    rate_pct: float
    previous_rate_pct: float | None
    status: TariffStatus
    effective_date: date | None
    sentence: str
    start: int
    end: int

    @property
    def layer(self) -> tuple[str, str, str | None, str]:
        """Rates stack by layer: the 10% baseline and a 24% reciprocal rate coexist."""
        return (self.imposer, self.target, self.sector, self.kind)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["effective_date"] = self.effective_date.isoformat() if self.effective_date else None
        return data


@dataclass(frozen=True)
class MeetingMention:
    parties: tuple[str, ...]  # sorted ISO codes
    level: MeetingLevel
    round_number: int | None
    status: MeetingStatus
    date: date | None
    date_text: str | None
    location: str | None
    participants: tuple[str, ...]
    sentence: str
    start: int
    end: int

    @property
    def party_key(self) -> str:
        return "-".join(self.parties)

    def to_dict(self) -> dict[str, Any]:
        return {
            "parties": list(self.parties),
            "level": self.level,
            "round": self.round_number,
            "status": self.status,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "location": self.location,
            "participants": list(self.participants),
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Facts:
    """Everything the normalize stage found in one article body."""

    tariffs: tuple[TariffMention, ...]
    meetings: tuple[MeetingMention, ...]
