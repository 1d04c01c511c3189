"""Negotiation-meeting mentions from article sentences.

A meeting fact needs an anchor: an ordinal round ("sixth round", "6th round",
"round six") of talks, or a named summit (G7, G20). Meetings without either
("talks last week") are context, not facts: they only lend participants.

* A round is a round of talks: "round of <talks>" (talks, negotiations,
  consultations, discussions, dialogue, meetings, with up to five words
  between: "round of high-level economic and trade talks"). A round of
  anything else ("a second round of retaliatory tariffs", "round of
  stimulus") is no meeting. A bare round ("a fourth round has not been
  scheduled", "the talks, the sixth round between ...") counts when the
  sentence speaks of talks, meeting, a visit or trip, or of holding it
  ("agreed to hold a second round", "the sixth round would take place").
* Parties: countries named in the sentence (names, demonyms, actors) and the
  countries of officials named there; a summit's parties are its members.
  Places are not parties: a venue ("in London", "at the summit in Canada")
  or a dateline ("LONDON (APWS) –"). With one party found, the other is the
  United States (these are talks about US tariffs) unless the article names
  another partner. With none, the round continues the talks of the round
  before it in the article, or else the article's main partner and the US.
* Level: explicit words in the sentence first (leaders'/summit,
  ministerial/minister, working-level), not counting a named summit that the
  sentence mentions beside the round; then the level of another round of the
  same parties in the article; then the officials who take part (ministerial
  if a minister does, else leaders, else working), counting those named in
  the sentences that continue the round but not those of a side clause
  ("..., after Trump doubled tariffs", ", who met Bessent last week,"); else
  the level of another round of the same parties; else other.
* Status, from the round's own clause first (a relative clause such as ",
  who met Bessent last week," speaks of something else), then the sentence:
  cancelled (called off, cancelled, scrapped); planned (will, would, could,
  may (not the month "May"), plans, arranging, expected to, scheduled,
  upcoming, envisioned, to hold, to meet, postponed, delayed, next/later this
  week, or a date after publication); held otherwise (held, took place, met,
  following, after, ended, wrapped up, ...).
* Date: a date right after "held", "take place", "scheduled for" in the
  sentence ("a second round of negotiations, to be held Thursday"); else the
  date nearest the anchor in its clause; else a date in a following sentence
  that adds participants. A cancelled meeting has no date, and "this week"
  or "next month" give no day.
* Participants: officials named or described by title in the sentence, plus
  those in the next two sentences that speak of meeting ("expected to meet",
  "met"); an official named only as the source of the sentence (a trailing
  ", Sheinbaum said at her news conference.") is not a participant.
* Location: a venue after "in"/"to"/"at" (country or capital); "in <town>,
  <country>" gives the country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from normalize.countries import GROUPS, CountryRef, dateline_end, display_name, find_countries
from normalize.dates import DateRef, find_dates
from normalize.folding import fold
from normalize.mentions import MeetingLevel, MeetingMention, MeetingStatus
from normalize.officials import OFFICIALS, find_officials
from normalize.sentences import Sentence, clause_at, clauses

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
_TALK_NOUN = (r"(?:talks?|negotiations?|consultations?|discussions?|dialogues?|meetings?|"
              r"deliberations?)")
# The words between "round of" and its noun modify that noun ("high-level economic and
# trade talks"); a preposition or another noun ends the phrase ("tariffs as talks").
_NOT_MODIFIER = (r"(?!(?:as|while|after|before|on|with|for|in|at|to|from|by|over|amid|"
                 r"tariffs|duties|levies|sanctions|measures|retaliation)\b)")
_ROUND_OF = re.compile(
    r"\s+of\s+(?P<what>(?:" + _NOT_MODIFIER + r"[\w'.-]+,?\s+){0,5}?" + _TALK_NOUN + r"\b)?",
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
    r"\b(?:will|would|could|(?-i:may)|might|plans?|planned|planning|arranging|arrange[sd]?|"
    r"expected to|expects|scheduled|upcoming|envisioned|set to|is to|are to|due to|"
    r"to hold|to meet|later this week|next week|next month|ahead of|prepar\w+ for|aims? to|"
    r"hopes? to|postponed|delayed|pushed back)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:held|following|after|concluded|wrapped up|ended|took place|met|completed|"
    r"finished|wound up|last week)\b",
    re.I,
)
_MEETS = re.compile(r"\b(?:meet\w*|met|talks?|negotiat\w*|sit down|consultations?|"
                    r"discussions?|hold|held|holding|takes? place|took place|travel\w*|"
                    r"visit\w*|trip|delegations?)\b", re.I)
_VENUE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?$", re.I)
_TOWN_COUNTRY = re.compile(r"\b(?:in|at)\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s+$")
# Expressions that give no day for a meeting: "this week" is not when it happens.
_VAGUE = re.compile(r"(?:this week|next month)", re.I)
_HOLDING = re.compile(r"\b(?:(?:be |been )?held|take place|takes place|took place|"
                      r"scheduled for|set for|planned for)\s+(?:on\s+)?$", re.I)
_VENUE_NOT_PARTY = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
_ATTRIBUTION = re.compile(r"^\s*(?:said|says|wrote|added|noted)\b(?:\W+\w+){0,8}\W*$", re.I)
_FOLLOWER_MEETS = re.compile(r"\bmeet\w*\b|\bmet\b|\btalks with\b", re.I)


def extract_meetings(
    sentences: list[Sentence], published: date | None, default_partner: str | None
) -> list[MeetingMention]:
    found: list[tuple[int, MeetingMention, bool]] = []
    previous_parties: tuple[str, ...] | None = None
    for index, sentence in enumerate(sentences):
        for meeting, explicit in _sentence_meetings(
            sentence, published, default_partner, previous_parties
        ):
            found.append((index, meeting, explicit))
            if meeting.round_number is not None:
                previous_parties = meeting.parties
    followed = []
    for index, meeting, explicit in found:
        extended = _with_followers(index, meeting, sentences, published)
        # The level comes from who sits at the table: officials named in the round's own
        # clause or in the sentences that continue it, not "after Trump doubled tariffs".
        seated = _seated(meeting) + tuple(
            name for name in extended.participants if name not in meeting.participants
        )
        followed.append((extended, explicit, seated))
    return [_at_level(meeting) for meeting in _levels(followed)]


_SUBORDINATE = re.compile(
    r"(?:after|when|while|because|since|as|if|although|though|unless|before|whereas)\b", re.I
)
_RELATIVE = re.compile(r"(?:who|which|where)\b", re.I)


def _seated(meeting: MeetingMention) -> tuple[str, ...]:
    """Officials named in the sentence outside its side clauses ("..., after Trump
    doubled tariffs"; a relative clause before the round, ", who met Bessent last week,")
    other than the round's own; a relative clause after it (", where Bessent and He
    Lifeng agreed") tells of the meeting itself."""
    text = meeting.sentence
    anchor = _anchor(meeting)
    kept = list(text)
    for start, end in clauses(text):
        if anchor is not None and start <= anchor < end:
            continue
        if _SUBORDINATE.match(text, start) or (
            _RELATIVE.match(text, start) and (anchor is None or start < anchor)
        ):
            kept[start:end] = " " * (end - start)
    return _officials("".join(kept))


def _anchor(meeting: MeetingMention) -> int | None:
    text = meeting.sentence
    for match in (_ROUND.finditer(text) if meeting.round_number is not None
                  else _SUMMIT.finditer(text)):
        if meeting.round_number is None or _round_number(match) == meeting.round_number:
            return match.start()
    return None


def _sentence_meetings(
    sentence: Sentence,
    published: date | None,
    default_partner: str | None,
    previous_parties: tuple[str, ...] | None,
) -> list[tuple[MeetingMention, bool]]:
    text = sentence.text
    results = []
    lowered = fold(text)
    if "round" not in lowered and "summit" not in lowered and "meeting" not in lowered:
        return []
    summits = list(_SUMMIT.finditer(text))
    for match in _ROUND.finditer(text):
        if not _is_round_of_talks(text, match):
            continue
        round_number = _round_number(match)
        if round_number is None:
            continue
        parties = _parties(text, default_partner, previous_parties)
        if len(parties) < 2:
            continue
        # A named summit beside the round is a meeting of its own: its words do not
        # make the round a leaders' meeting.
        own_text = text
        for summit in summits:
            own_text = own_text[:summit.start()] + " " * (summit.end() - summit.start()) + \
                own_text[summit.end():]
        level = _explicit_level(own_text)
        results.append((
            _meeting(sentence, parties, round_number, match.start(), published, level),
            level is not None,
        ))
    for match in summits:
        group = re.sub(r"[-\s]", "", match.group("group").upper())
        group = {"GROUPOFSEVEN": "G7", "GROUPOF7": "G7", "GROUPOF20": "G20",
                 "GROUPOFTWENTY": "G20"}.get(group, group)
        results.append(
            (_meeting(sentence, GROUPS[group], None, match.start(), published, "leaders"), True)
        )
    return results


def _is_round_of_talks(text: str, match: re.Match[str]) -> bool:
    """"round of talks" yes, "round of retaliatory tariffs" no; a bare round needs talk
    of meeting in its sentence."""
    of = _ROUND_OF.match(text, match.end())
    if of and match.group("ordinal"):
        return of.group("what") is not None
    return bool(_MEETS.search(text))


def _round_number(match: re.Match[str]) -> int | None:
    if match.group("ordinal"):
        word = fold(match.group("ordinal"))
        return _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    word = fold(match.group("number"))
    return int(word) if word.isdigit() else _CARDINALS.get(word)


def _is_place(text: str, ref: CountryRef, dateline: int) -> bool:
    """A venue ("in London", "at the summit in Canada") or a dateline names a place."""
    if ref.start < dateline:
        return True
    return ref.named_as in ("name", "capital") and bool(
        _VENUE_NOT_PARTY.search(text, max(0, ref.start - 30), ref.start)
    )


def _parties(
    text: str, default_partner: str | None, previous_parties: tuple[str, ...] | None
) -> tuple[str, ...]:
    dateline = dateline_end(text)
    codes = {ref.code for ref in find_countries(text) if not _is_place(text, ref, dateline)}
    codes |= {ref.official.country for ref in find_officials(text)}
    if not codes:
        if previous_parties:
            return previous_parties
        codes = {"US"} | ({default_partner} if default_partner else set())
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
    level: MeetingLevel | None,
) -> MeetingMention:
    text = sentence.text
    clause = clause_at(text, anchor)
    status = _status(text, clause)
    chosen = _date(text, clause, anchor, published, status)
    if status == "held" and chosen and chosen.value and published and chosen.value > published:
        status = "planned"
    if status == "cancelled":
        chosen = None
    return MeetingMention(
        parties=parties,
        level=level or "other",
        round_number=round_number,
        status=status,
        date=chosen.value if chosen else None,
        date_text=chosen.surface if chosen else None,
        location=_location(text, anchor),
        participants=_officials(text),
        sentence=text,
        start=sentence.start,
        end=sentence.end,
    )


def _date(
    text: str, clause: tuple[int, int], anchor: int, published: date | None,
    status: MeetingStatus,
) -> DateRef | None:
    dates = [
        ref for ref in find_dates(text, published, future=status == "planned")
        if not _VAGUE.fullmatch(ref.surface)
    ]
    own = [ref for ref in dates if clause[0] <= ref.start < clause[1]]
    # "for a second round of negotiations, to be held Thursday": the date of holding it.
    held = [ref for ref in dates if _HOLDING.search(text, max(0, ref.start - 25), ref.start)]
    if held:
        return min(held, key=lambda ref: abs(ref.start - anchor))
    if own:
        return min(own, key=lambda ref: abs(ref.start - anchor))
    return None


def _status(text: str, clause: tuple[int, int]) -> MeetingStatus:
    if _CANCELLED.search(text):
        return "cancelled"
    for scope in (text[clause[0]:clause[1]], text):
        planned = _PLANNED.search(scope)
        held = _HELD.search(scope)
        if planned and (not held or planned.start() < held.start()):
            return "planned"
        if held:
            return "held"
    return "held"


def _explicit_level(text: str) -> MeetingLevel | None:
    for level, cue in _LEVEL_CUES:
        if cue.search(text):
            return level
    return None


def _officials(text: str) -> tuple[str, ...]:
    """Officials taking part: everyone named, except the source of a trailing attribution
    (", Sheinbaum said at her news conference")."""
    names: list[str] = []
    sources: set[str] = set()
    for ref in find_officials(text):
        before = text[max(0, ref.start - 10):ref.start].rstrip()
        if before.endswith(",") and _ATTRIBUTION.match(text[ref.end:]):
            sources.add(ref.official.name)
            continue
        if ref.official.name not in names:
            names.append(ref.official.name)
    return tuple(name for name in names if name not in sources)


def _location(text: str, anchor: int) -> str | None:
    refs = find_countries(text)
    venues = [
        ref for ref in refs
        if ref.named_as in ("name", "capital")
        and _VENUE.search(text, max(0, ref.start - 30), ref.start)
    ]
    # "in Kananaskis, Canada": a town we do not know, then its country.
    venues += [
        ref for ref in refs
        if ref.named_as == "name"
        and _TOWN_COUNTRY.search(text, max(0, ref.start - 60), ref.start)
    ]
    if not venues:
        return None
    nearest = min(venues, key=lambda ref: abs(ref.start - anchor))
    return nearest.surface if nearest.named_as == "capital" else display_name(nearest.code)


def _levels(
    meetings: list[tuple[MeetingMention, bool, tuple[str, ...]]],
) -> list[MeetingMention]:
    """Explicit level, else another round of the same parties, else the participants."""
    known = {m.parties: m.level for m, explicit, _ in meetings if explicit and m.level != "other"}
    result = []
    for meeting, explicit, seated in meetings:
        if not explicit:
            level = known.get(meeting.parties) or _official_level(seated)
            meeting = replace(meeting, level=level)
        result.append(meeting)
    # A round whose level is still unknown continues the talks of the same parties.
    guessed = {m.parties: m.level for m in result if m.level != "other"}
    return [
        replace(m, level=guessed.get(m.parties, "other")) if m.level == "other" else m
        for m in result
    ]


def _at_level(meeting: MeetingMention) -> MeetingMention:
    """Keep participants whose rank fits the meeting: a ministerial round's sentence
    often names the president whose tariffs are discussed; he is not at the table."""
    if meeting.level == "other":
        return meeting
    rank = {o.name: o.level for o in OFFICIALS}
    kept = tuple(
        name for name in meeting.participants
        if (rank.get(name) == "leaders") == (meeting.level == "leaders")
    )
    return replace(meeting, participants=kept)


def _official_level(participants: tuple[str, ...]) -> MeetingLevel:
    levels = {o.level for o in OFFICIALS if o.name in participants}
    for level in ("ministerial", "leaders", "working"):
        if level in levels:
            return level
    return "other"


def _with_followers(
    index: int, meeting: MeetingMention, sentences: list[Sentence], published: date | None
) -> MeetingMention:
    """Add officials (and, if the round has none, its date) from the next sentences that
    continue this meeting's story."""
    if meeting.round_number is None:
        return meeting
    participants = list(meeting.participants)
    when = (meeting.date, meeting.date_text)
    for follower in sentences[index + 1:index + 3]:
        if not _FOLLOWER_MEETS.search(follower.text):
            continue
        same_tense = bool(_PLANNED.search(follower.text)) == (meeting.status == "planned")
        if not same_tense:
            continue
        names = [n for n in _officials(follower.text) if n not in participants]
        participants.extend(names)
        if names and when == (None, None) and meeting.status != "cancelled":
            dates = find_dates(follower.text, published, future=meeting.status == "planned")
            if dates:
                when = (dates[0].value, dates[0].surface)
    return replace(meeting, participants=tuple(participants), date=when[0], date_text=when[1])
