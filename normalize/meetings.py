"""Negotiation-meeting mentions from article sentences.

A meeting fact needs an anchor: an ordinal round ("sixth round", "6th round",
"round six") of talks, or a named summit (G7, G20). Meetings without either
("talks last week") are context, not facts: they only lend participants.

* Parties: countries named in the sentence (names, demonyms, actors) and the
  countries of officials named there; a summit's parties are its members.
  With one party found, the other is the United States (these are talks
  about US tariffs) unless the article names another partner.
* Level: explicit words first (leaders'/summit, ministerial/minister,
  working-level); then the level of another round of the same parties in the
  article; then the highest level among named officials; else other.
* Status: cancelled (called off, cancelled, scrapped); planned (will, plans,
  arranging, expected to, scheduled, upcoming, envisioned, next/later this
  week, or a date after publication); held otherwise.
* Participants: officials named or described by title in the sentence, plus
  those in the next two sentences that speak of meeting ("expected to meet").
* Location: a venue after "in"/"to"/"at" (country or capital), or the
  summit's host country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from normalize.countries import GROUPS, display_name, find_countries
from normalize.dates import find_dates
from normalize.mentions import MeetingLevel, MeetingMention, MeetingStatus
from normalize.officials import find_officials
from normalize.sentences import Sentence

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15,
}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORDINAL = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_ROUND = re.compile(
    rf"\b(?P<ordinal>{_ORDINAL})\s+(?:\w+[- ]?){{0,2}}?round\b"
    rf"|\bround\s+(?P<number>\d{{1,2}}|{'|'.join(_CARDINALS)})\b(?=\s+(?:of|talks|negotiations))",
    re.IGNORECASE,
)
_SUMMIT = re.compile(
    r"\b(?P<group>G-?7|G-?20|Group of (?:Seven|7|20|Twenty))\b(?:\s+\w+){0,3}?\s+"
    r"(?:summit|leaders'? (?:summit|meeting))\b",
    re.IGNORECASE,
)
_LEVEL_CUES: list[tuple[MeetingLevel, re.Pattern[str]]] = [
    ("working", re.compile(r"working[- ]level|technical[- ]level|deputy|vice-ministerial", re.I)),
    ("ministerial", re.compile(r"\bministerial|cabinet-level", re.I)),
    ("leaders", re.compile(r"\bleaders'?\b|\bsummit\b|heads of (?:state|government)", re.I)),
]
_CANCELLED = re.compile(r"\b(?:cancel\w*|called off|scrapped|postponed indefinitely)\b", re.I)
_PLANNED = re.compile(
    r"\b(?:will|would|plans?|planned|planning|arranging|arrange[sd]?|expected to|expects|"
    r"scheduled|upcoming|envisioned|set to|is to|are to|due to|later this week|next week|"
    r"next month|ahead of|prepar\w+ for|aims? to|hopes? to)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:held|following|after|concluded|wrapped up|ended|took place|met|completed|"
    r"finished|wound up|last week)\b",
    re.I,
)
_MEETS = re.compile(r"\b(?:meet\w*|talks?|negotiat\w*|sit down)\b", re.I)
_VENUE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?$", re.I)


def extract_meetings(
    sentences: list[Sentence], published: date | None, default_partner: str | None
) -> list[MeetingMention]:
    meetings: list[tuple[int, MeetingMention]] = []
    for index, sentence in enumerate(sentences):
        for found in _sentence_meetings(sentence, published, default_partner):
            meetings.append((index, found))
    meetings = _inherit_levels(meetings)
    return [_at_level(_with_followers(index, m, sentences)) for index, m in meetings]


def _sentence_meetings(
    sentence: Sentence, published: date | None, default_partner: str | None
) -> list[MeetingMention]:
    text = sentence.text
    results = []
    for match in _ROUND.finditer(text):
        if not _MEETS.search(text):
            continue
        round_number = _round_number(match)
        if round_number is None:
            continue
        parties = _parties(text, default_partner)
        if len(parties) < 2:
            continue
        results.append(_meeting(sentence, parties, round_number, match.start(), published))
    for match in _SUMMIT.finditer(text):
        group = re.sub(r"[-\s]", "", match.group("group").upper())
        group = {"GROUPOFSEVEN": "G7", "GROUPOF7": "G7", "GROUPOF20": "G20",
                 "GROUPOFTWENTY": "G20"}.get(group, group)
        results.append(
            _meeting(sentence, GROUPS[group], None, match.start(), published, level="leaders")
        )
    return results


def _round_number(match: re.Match[str]) -> int | None:
    if match.group("ordinal"):
        word = match.group("ordinal").lower()
        return _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    word = match.group("number").lower()
    return int(word) if word.isdigit() else _CARDINALS.get(word)


def _parties(text: str, default_partner: str | None) -> tuple[str, ...]:
    codes = {ref.code for ref in find_countries(text)}
    codes |= {ref.official.country for ref in find_officials(text)}
    if len(codes) == 1:
        (only,) = codes
        other = "US" if only != "US" else default_partner
        if other:
            codes.add(other)
    return tuple(sorted(codes))


def _meeting(
    sentence: Sentence,
    parties: tuple[str, ...],
    round_number: int | None,
    anchor: int,
    published: date | None,
    level: MeetingLevel | None = None,
) -> MeetingMention:
    text = sentence.text
    status = _status(text)
    dates = find_dates(text, published, future=status == "planned")
    chosen = min(dates, key=lambda ref: abs(ref.start - anchor)) if dates else None
    if status == "held" and chosen and chosen.value and published and chosen.value > published:
        status = "planned"
    officials = _officials(text)
    return MeetingMention(
        parties=parties,
        level=level or _explicit_level(text) or "other",
        round_number=round_number,
        status=status,
        date=chosen.value if chosen else None,
        date_text=chosen.surface if chosen else None,
        location=_location(text, anchor),
        participants=officials,
        sentence=text,
        start=sentence.start,
        end=sentence.end,
    )


def _status(text: str) -> MeetingStatus:
    if _CANCELLED.search(text):
        return "cancelled"
    planned = _PLANNED.search(text)
    held = _HELD.search(text)
    if planned and (not held or planned.start() < held.start()):
        return "planned"
    return "held"


def _explicit_level(text: str) -> MeetingLevel | None:
    for level, cue in _LEVEL_CUES:
        if cue.search(text):
            return level
    return None


def _officials(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for ref in find_officials(text):
        if ref.official.name not in names:
            names.append(ref.official.name)
    return tuple(names)


def _location(text: str, anchor: int) -> str | None:
    venues = [
        ref for ref in find_countries(text)
        if ref.named_as in ("name", "capital") and _VENUE.search(text[:ref.start])
    ]
    if not venues:
        return None
    nearest = min(venues, key=lambda ref: abs(ref.start - anchor))
    return nearest.surface if nearest.named_as == "capital" else display_name(nearest.code)


def _inherit_levels(
    meetings: list[tuple[int, MeetingMention]],
) -> list[tuple[int, MeetingMention]]:
    known = {m.parties: m.level for _, m in meetings if m.level != "other"}
    result = []
    for index, meeting in meetings:
        if meeting.level == "other":
            level = known.get(meeting.parties) or _official_level(meeting.participants)
            meeting = replace(meeting, level=level)
        result.append((index, meeting))
    return result


def _at_level(meeting: MeetingMention) -> MeetingMention:
    """Keep participants whose rank fits the meeting: a ministerial round's sentence
    often names the president whose tariffs are discussed; he is not at the table."""
    from normalize.officials import OFFICIALS

    if meeting.level == "other":
        return meeting
    rank = {o.name: o.level for o in OFFICIALS}
    kept = tuple(
        name for name in meeting.participants
        if (rank.get(name) == "leaders") == (meeting.level == "leaders")
    )
    return replace(meeting, participants=kept)


def _official_level(participants: tuple[str, ...]) -> MeetingLevel:
    from normalize.officials import OFFICIALS

    levels = {o.level for o in OFFICIALS if o.name in participants}
    for level in ("leaders", "ministerial", "working"):
        if level in levels:
            return level
    return "other"


def _with_followers(
    index: int, meeting: MeetingMention, sentences: list[Sentence]
) -> MeetingMention:
    """Add officials from the next sentences that continue this meeting's story."""
    if meeting.round_number is None:
        return meeting
    participants = list(meeting.participants)
    for follower in sentences[index + 1:index + 3]:
        if not re.search(r"\bmeet\w*\b|\btalks with\b", follower.text, re.I):
            continue
        same_tense = bool(_PLANNED.search(follower.text)) == (meeting.status == "planned")
        if not same_tense:
            continue
        for name in _officials(follower.text):
            if name not in participants:
                participants.append(name)
    return replace(meeting, participants=tuple(participants))
