"""Change detection: which new facts are news. Pure functions of stored records.

* ``new_round``: a round number higher than any known for the same parties
  and level. Within one article only its highest round counts (a story about
  round 6 that recalls round 5 is one alert). A later "held" report of a
  known round is no news.
* ``rate_change``: a rate that differs from the latest known one for its
  layer (imposer, target, sector, kind). A country layer with no history
  falls back to the all-partners (``*``) layer of the same sector and kind;
  with no history at all the sentence's own "from" rate is the old one.
  Recaps are not news: sentences that look back ("had threatened",
  "at one point", "averted", "was set to", "originally") are skipped.
* The same change reported again (another URL, another outlet, a re-run)
  has the same ``change_id``: it is one change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from normalize.countries import display_name
from storage.ids import stable_id
from storage.state import Layer, StoredMeeting, StoredTariff

ChangeKind = Literal["new_round", "rate_change"]
CHANGE_KINDS: frozenset[str] = frozenset({"new_round", "rate_change"})

_RECAP = re.compile(
    r"\b(?:had (?:been )?(?:threatened|set|planned|announced|proposed)|at one point|"
    r"was (?:set|due|scheduled) to|were (?:set|due) to|averts?|averted|originally|"
    r"initially|used to|had been)\b",
    re.I,
)


@dataclass(frozen=True)
class Change:
    change_id: str
    kind: ChangeKind
    headline: str
    countries: tuple[str, ...]
    article_id: str
    mention_id: str
    sentence: str
    article_title: str
    article_url: str
    published_at: datetime | None
    source: str
    status: str
    effective_date: date | None = None
    imposer: str | None = None
    target: str | None = None
    sector: str | None = None
    tariff_kind: str | None = None
    old_rate_pct: float | None = None
    new_rate_pct: float | None = None
    party_key: str | None = None
    level: str | None = None
    round_number: int | None = None
    meeting_date: date | None = None
    date_text: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()


@dataclass
class KnownState:
    """Latest rate per tariff layer and highest round per (parties, level)."""

    rates: dict[Layer, float]
    rounds: dict[tuple[str, str], int]

    @classmethod
    def from_history(
        cls, tariffs: Iterable[StoredTariff], meetings: Iterable[StoredMeeting]
    ) -> KnownState:
        state = cls(rates={}, rounds={})
        for tariff in tariffs:
            if not is_recap(tariff.sentence):
                state.rates[tariff.layer] = tariff.rate_pct
        for meeting in meetings:
            state._see_round(meeting)
        return state

    def _see_round(self, meeting: StoredMeeting) -> None:
        if meeting.round_number is None:
            return
        key = (meeting.party_key, meeting.level)
        self.rounds[key] = max(self.rounds.get(key, 0), meeting.round_number)

    def previous_rate(self, tariff: StoredTariff) -> float | None:
        known = self.rates.get(tariff.layer)
        if known is None and tariff.target != "*":
            known = self.rates.get((tariff.imposer, "*", tariff.sector, tariff.kind))
        if known is None:
            known = tariff.previous_rate_pct
        return known


def is_recap(sentence: str) -> bool:
    return bool(_RECAP.search(sentence))


def detect(
    state: KnownState, tariffs: list[StoredTariff], meetings: list[StoredMeeting]
) -> list[Change]:
    """Changes in the new facts (oldest article first), updating ``state`` as it goes."""
    changes: dict[str, Change] = {}
    for change in _rate_changes(state, tariffs):
        changes.setdefault(change.change_id, change)
    for change in _new_rounds(state, meetings):
        changes.setdefault(change.change_id, change)
    return sorted(
        changes.values(),
        key=lambda c: (c.published_at is None, c.published_at or datetime.min, c.kind,
                       c.headline),
    )


def _rate_changes(state: KnownState, tariffs: list[StoredTariff]) -> list[Change]:
    found = []
    for tariff in tariffs:
        if is_recap(tariff.sentence):
            continue
        old = state.previous_rate(tariff)
        state.rates[tariff.layer] = tariff.rate_pct
        if old is not None and abs(old - tariff.rate_pct) < 1e-9:
            continue
        found.append(
            Change(
                change_id=stable_id("rate_change", tariff.layer, old, tariff.rate_pct),
                kind="rate_change",
                headline=rate_headline(tariff, old),
                countries=tuple(sorted({tariff.imposer, tariff.target})),
                article_id=tariff.article_id,
                mention_id=tariff.mention_id,
                sentence=tariff.sentence,
                article_title=tariff.title,
                article_url=tariff.url,
                published_at=tariff.published_at,
                source=tariff.source,
                status=tariff.status,
                effective_date=tariff.effective_date,
                imposer=tariff.imposer,
                target=tariff.target,
                sector=tariff.sector,
                tariff_kind=tariff.kind,
                old_rate_pct=old,
                new_rate_pct=tariff.rate_pct,
            )
        )
    return found


def _new_rounds(state: KnownState, meetings: list[StoredMeeting]) -> list[Change]:
    found = []
    by_article: dict[tuple[str, str, str], StoredMeeting] = {}
    for meeting in meetings:
        if meeting.round_number is None:
            continue
        key = (meeting.article_id, meeting.party_key, meeting.level)
        best = by_article.get(key)
        if best is None or (best.round_number or 0) < meeting.round_number:
            by_article[key] = meeting
    for meeting in sorted(
        by_article.values(),
        key=lambda m: (m.published_at is None, m.published_at or datetime.min, m.sentence_start),
    ):
        assert meeting.round_number is not None
        known = state.rounds.get((meeting.party_key, meeting.level), 0)
        state._see_round(meeting)
        if meeting.round_number <= known:
            continue
        found.append(
            Change(
                change_id=stable_id("new_round", meeting.party_key, meeting.level,
                                    meeting.round_number),
                kind="new_round",
                headline=round_headline(meeting),
                countries=meeting.parties,
                article_id=meeting.article_id,
                mention_id=meeting.mention_id,
                sentence=meeting.sentence,
                article_title=meeting.title,
                article_url=meeting.url,
                published_at=meeting.published_at,
                source=meeting.source,
                status=meeting.status,
                party_key=meeting.party_key,
                level=meeting.level,
                round_number=meeting.round_number,
                meeting_date=meeting.meeting_date,
                date_text=meeting.date_text,
                location=meeting.location,
                participants=meeting.participants,
            )
        )
    # Rounds not chosen as their article's highest still teach the state.
    for meeting in meetings:
        state._see_round(meeting)
    return found


def _actor(code: str) -> str:
    return {"US": "US", "EU": "EU", "GB": "UK"}.get(code, display_name(code))


def _pct(value: float) -> str:
    return f"{value:g}%"


def rate_headline(tariff: StoredTariff, old: float | None) -> str:
    target = "all partners" if tariff.target == "*" else display_name(tariff.target)
    what = f"{_actor(tariff.imposer)} tariff on {target}"
    detail = tariff.sector.replace("_", " ") if tariff.sector else None
    if tariff.kind in ("baseline", "retaliatory", "surcharge"):
        detail = f"{detail}, {tariff.kind}" if detail else tariff.kind
    if detail:
        what += f" ({detail})"
    status = tariff.status.replace("_", " ")
    if old is None:
        return f"{what}: {_pct(tariff.rate_pct)} ({status})"
    return f"{what}: {_pct(old)} -> {_pct(tariff.rate_pct)} ({status})"


def round_headline(meeting: StoredMeeting) -> str:
    level = {"leaders": "leaders'", "working": "working-level"}.get(meeting.level, meeting.level)
    if meeting.level == "other":
        level = ""
    talks = f"{meeting.party_key} {level} talks".replace("  ", " ")
    return f"{talks}: round {meeting.round_number} {meeting.status}"
