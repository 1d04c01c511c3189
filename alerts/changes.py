"""Change detection: which new facts are news. Pure functions of stored records.

* ``new_round``: a round number higher than any known for the same parties
  and level. Within one article only its highest round counts (a story about
  round 6 that recalls round 5 is one alert). A later "held" report of a
  known round is no news, but it does count as another report of it.
* ``rate_change``: a rate that differs from the latest known one for its
  layer (imposer, target, sector, kind), in a sentence about now or the
  future (:mod:`normalize.tense`: recaps are not news). A country layer with
  no history falls back to the all-partners (``*``) layer of the same sector
  and kind; with no history at all the sentence's own "from" rate is the
  old one. Threats and proposals are a track of their own: a threatened
  rate is compared with the last threat (else the rate in force) and never
  replaces the rate in force, so "the 24 percent still applies" after a
  threat of 25 is no change; a threatened rate that takes effect is one.
* The same change reported again (another URL, another outlet, a re-run)
  has the same ``change_id``: it is one change, and each article reporting
  it is a :class:`Support`, so outlets can be counted (corroboration).
* ``source_health`` changes are made by :mod:`alerts.health`, not here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from normalize.countries import display_name
from normalize.status import THREATS
from normalize.tense import reading
from storage.ids import stable_id
from storage.state import KnownChange, Layer, StoredMeeting, StoredTariff

ChangeKind = Literal["new_round", "rate_change", "source_health"]
# (the same line the status model keeps: normalize.status.THREATS)
THREAT_STATUSES = THREATS
NEWS_KINDS: frozenset[str] = frozenset({"new_round", "rate_change"})
CHANGE_KINDS: frozenset[str] = NEWS_KINDS | {"source_health"}


@dataclass(frozen=True)
class Change:
    change_id: str
    kind: ChangeKind
    headline: str
    countries: tuple[str, ...]
    article_id: str | None
    mention_id: str | None
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
    outlet: str | None = None
    outlets: int = 1  # how many outlets reported it (filled in when delivering)


@dataclass(frozen=True)
class Support:
    """One article reporting a change."""

    change_id: str
    article_id: str
    outlet: str
    url: str


@dataclass
class Detection:
    changes: list[Change] = field(default_factory=list)
    supports: list[Support] = field(default_factory=list)


@dataclass
class KnownState:
    """Latest rate per tariff layer, highest round per (parties, level), and the
    change that brought each of them, if one was recorded."""

    rates: dict[Layer, float]
    rounds: dict[tuple[str, str], int]
    threats: dict[Layer, float] = field(default_factory=dict)
    rate_changes: dict[tuple[Layer, bool], tuple[str, float]] = field(default_factory=dict)
    round_changes: dict[tuple[str, str, int], str] = field(default_factory=dict)

    @classmethod
    def from_history(
        cls,
        tariffs: Iterable[StoredTariff],
        meetings: Iterable[StoredMeeting],
        changes: Iterable[KnownChange] = (),
    ) -> KnownState:
        state = cls(rates={}, rounds={})
        for tariff in tariffs:
            if is_news(tariff):
                state.learn(tariff)
        for meeting in meetings:
            state._see_round(meeting)
        for change in changes:
            if change.layer is not None and change.new_rate_pct is not None:
                track = (change.layer, change.status in THREAT_STATUSES)
                state.rate_changes[track] = (change.change_id, change.new_rate_pct)
            elif change.party_key and change.level and change.round_number is not None:
                series = (change.party_key, change.level, change.round_number)
                state.round_changes[series] = change.change_id
        return state

    def _see_round(self, meeting: StoredMeeting) -> None:
        if meeting.round_number is None:
            return
        key = (meeting.party_key, meeting.level)
        self.rounds[key] = max(self.rounds.get(key, 0), meeting.round_number)

    def learn(self, tariff: StoredTariff) -> None:
        if tariff.status in THREAT_STATUSES:
            self.threats[tariff.layer] = tariff.rate_pct
        else:
            self.rates[tariff.layer] = tariff.rate_pct
            self.threats.pop(tariff.layer, None)

    def previous_rate(self, tariff: StoredTariff) -> float | None:
        known = None
        if tariff.status in THREAT_STATUSES:
            known = self.threats.get(tariff.layer)
        if known is None:
            known = self.rates.get(tariff.layer)
        if known is None and tariff.target != "*":
            known = self.rates.get((tariff.imposer, "*", tariff.sector, tariff.kind))
        if known is None:
            known = tariff.previous_rate_pct
        return known


def is_news(tariff: StoredTariff) -> bool:
    published = tariff.published_at.date() if tariff.published_at else None
    return reading(
        tariff.sentence, published,
        previous_rate_pct=tariff.previous_rate_pct, effective_date=tariff.effective_date,
    ) == "current"


def detect(
    state: KnownState, tariffs: list[StoredTariff], meetings: list[StoredMeeting]
) -> Detection:
    """Changes in the new facts (oldest article first), updating ``state`` as it goes."""
    found = Detection()
    _rate_changes(state, tariffs, found)
    _new_rounds(state, meetings, found)
    unique: dict[str, Change] = {}
    for change in found.changes:
        unique.setdefault(change.change_id, change)
    found.changes = sorted(
        unique.values(),
        key=lambda c: (c.published_at is None, c.published_at or datetime.min, c.kind,
                       c.headline),
    )
    found.supports = list({(s.change_id, s.article_id): s for s in found.supports}.values())
    return found


def _rate_changes(state: KnownState, tariffs: list[StoredTariff], found: Detection) -> None:
    for tariff in tariffs:
        if not is_news(tariff):
            continue
        threat = tariff.status in THREAT_STATUSES
        old = state.previous_rate(tariff)
        state.learn(tariff)
        if old is not None and abs(old - tariff.rate_pct) < 1e-9:
            latest = state.rate_changes.get((tariff.layer, threat))
            if latest is not None and abs(latest[1] - tariff.rate_pct) < 1e-9:
                found.supports.append(_support(latest[0], tariff))
            continue
        track = ("threat",) if threat else ()
        change_id = stable_id("rate_change", tariff.layer, old, tariff.rate_pct, *track)
        state.rate_changes[(tariff.layer, threat)] = (change_id, tariff.rate_pct)
        found.supports.append(_support(change_id, tariff))
        found.changes.append(
            Change(
                change_id=change_id,
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
                outlet=tariff.outlet,
            )
        )


def _support(change_id: str, fact: StoredTariff | StoredMeeting) -> Support:
    return Support(change_id, fact.article_id, fact.outlet, fact.url)


def _new_rounds(state: KnownState, meetings: list[StoredMeeting], found: Detection) -> None:
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
        series = (meeting.party_key, meeting.level)
        known = state.rounds.get(series, 0)
        state._see_round(meeting)
        change_key = (meeting.party_key, meeting.level, meeting.round_number)
        if meeting.round_number <= known:
            if change_key in state.round_changes:
                found.supports.append(_support(state.round_changes[change_key], meeting))
            continue
        change_id = stable_id("new_round", meeting.party_key, meeting.level, meeting.round_number)
        state.round_changes[change_key] = change_id
        found.supports.append(_support(change_id, meeting))
        found.changes.append(
            Change(
                change_id=change_id,
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
                outlet=meeting.outlet,
            )
        )
    # Rounds not chosen as their article's highest still teach the state.
    for meeting in meetings:
        state._see_round(meeting)


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
