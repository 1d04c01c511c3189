"""What the database knows: tariff layers, negotiation rounds, and the facts of
given articles, read as plain records for change detection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb

Layer = tuple[str, str, str | None, str]


@dataclass(frozen=True)
class StoredTariff:
    mention_id: str
    article_id: str
    imposer: str
    target: str
    sector: str | None
    kind: str
    rate_pct: float
    previous_rate_pct: float | None
    status: str
    effective_date: date | None
    sentence: str
    sentence_start: int
    title: str
    url: str
    source: str
    published_at: datetime | None
    outlet: str

    @property
    def layer(self) -> Layer:
        return (self.imposer, self.target, self.sector, self.kind)


@dataclass(frozen=True)
class StoredMeeting:
    mention_id: str
    article_id: str
    parties: tuple[str, ...]
    party_key: str
    level: str
    round_number: int | None
    status: str
    meeting_date: date | None
    date_text: str | None
    location: str | None
    participants: tuple[str, ...]
    sentence: str
    sentence_start: int
    title: str
    url: str
    source: str
    published_at: datetime | None
    outlet: str


_ORDER = "ORDER BY a.published_at NULLS FIRST, m.first_seen_at, m.article_id, m.sentence_start"


def _scope(article_ids: list[str], include: bool) -> tuple[str, list[object]]:
    if not article_ids:
        return ("" if not include else "WHERE false"), []
    op = "IN" if include else "NOT IN"
    return f"WHERE m.article_id {op} (SELECT unnest(?))", [article_ids]


def tariffs(
    conn: duckdb.DuckDBPyConnection, article_ids: list[str], *, include: bool
) -> list[StoredTariff]:
    """Tariff facts of ``article_ids`` (include) or of all other articles, oldest first."""
    where, params = _scope(article_ids, include)
    rows = conn.execute(
        "SELECT m.mention_id, m.article_id, m.imposer, m.target, m.sector, m.kind, m.rate_pct,"
        " m.previous_rate_pct, m.status, m.effective_date, m.sentence, m.sentence_start,"
        " a.title, a.url, a.source, a.published_at, a.outlet"
        f" FROM tariff_mentions m JOIN articles a USING (article_id) {where} {_ORDER}",
        params,
    ).fetchall()
    return [StoredTariff(*row) for row in rows]


def meetings(
    conn: duckdb.DuckDBPyConnection, article_ids: list[str], *, include: bool
) -> list[StoredMeeting]:
    where, params = _scope(article_ids, include)
    rows = conn.execute(
        "SELECT m.mention_id, m.article_id, m.parties, m.party_key, m.level, m.round_number,"
        " m.status, m.meeting_date, m.date_text, m.location, m.participants, m.sentence,"
        " m.sentence_start, a.title, a.url, a.source, a.published_at, a.outlet"
        f" FROM meeting_mentions m JOIN articles a USING (article_id) {where} {_ORDER}",
        params,
    ).fetchall()
    result = []
    for row in rows:
        values = list(row)
        values[2], values[10] = tuple(values[2]), tuple(values[10])  # parties, participants
        result.append(StoredMeeting(*values))
    return result


def article_count(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class KnownChange:
    """The latest recorded change of a tariff layer or negotiation series."""

    change_id: str
    kind: str
    status: str
    layer: Layer | None
    new_rate_pct: float | None
    party_key: str | None
    level: str | None
    round_number: int | None


def latest_changes(conn: duckdb.DuckDBPyConnection) -> list[KnownChange]:
    rows = conn.execute(
        "SELECT change_id, kind, status, imposer, target, sector, tariff_kind, new_rate_pct,"
        " party_key, level, round_number FROM changes WHERE kind IN ('rate_change', 'new_round')"
        " ORDER BY detected_at, change_id"
    ).fetchall()
    return [
        KnownChange(
            change_id=row[0], kind=row[1], status=row[2],
            layer=(row[3], row[4], row[5], row[6]) if row[1] == "rate_change" else None,
            new_rate_pct=row[7], party_key=row[8], level=row[9], round_number=row[10],
        )
        for row in rows
    ]
