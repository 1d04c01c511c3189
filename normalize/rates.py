"""Tariff-rate mentions from article sentences.

Rules, applied per sentence that names a tariff (tariff, duty, levy, ...):

* A sentence is cut into segments at strong breaks ("; ", ", while",
  ", with", ", but", " — "); each percentage is read in its segment.
* A percentage is a rate unless its context says otherwise: "% of" (a share),
  a market or economy move ("fell 2%", "growth", "inflation", "GDP"), or a
  segment with no tariff word. "Percentage points" never match.
* Changes: "to A from B", "from B to A", "B ... cut to A", "doubled to A"
  give rate A with ``previous_rate_pct`` B; "between A and B" and
  "ranging from A to B" are two rates.
* Kind, first rule that fits the words around the number: retaliatory
  (retaliation, counter-tariffs, or a non-US imposer), baseline (baseline,
  universal, across-the-board; target ``*``), total ("a total of", "in all";
  a total of a baseline plus a country rate under the reciprocal regime is
  that country's reciprocal rate), sectoral (a sector named next to it),
  surcharge (additional, extra, on top of, country-specific, plus),
  reciprocal, else reciprocal if the sentence is about the reciprocal regime,
  else other.
* Target: ``*`` for baseline or "all trading partners"; "on American goods"
  makes the US the target and the other country the imposer; else the
  country named nearest the number in its segment, then in the sentence,
  then the article's main partner; a sectoral rate with no country is ``*``.
* Status: lifted > paused > threatened > proposed > agreed > announced (a
  future effective date) > in effect > announced; default in effect.
"""

from __future__ import annotations

import re
from datetime import date

from normalize.countries import CountryRef, find_countries
from normalize.dates import find_dates
from normalize.mentions import TariffKind, TariffMention, TariffStatus
from normalize.numbers import Percent, find_percents
from normalize.sectors import find_sectors
from normalize.sentences import Sentence

TARIFF_WORD = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import tax(?:es)?|counter-?tariffs?)\b", re.I
)
_BREAK = re.compile(r";\s|\s[—–]\s|,\s+(?=(?:while|whereas|with|but|although)\b)")
_NOT_RATE_AFTER = re.compile(
    r"^\s*(?:of\b|stake|share|growth|inflation|interest|rise|gain|drop|fall|decline|jump|"
    r"increase|decrease|year-on-year|on the year|majority|approval|chance|probability)",
    re.I,
)
_MOVE_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|rose|rise|rises|grew|grow|grows|dropped|drop|declined|jumped|"
    r"climbed|slid|gained|lost|surged|slumped|tumbled|shrank|expanded|contracted|"
    r"soared|sank|plunged|edged|inflation|growth|GDP|stake|yields?|poll|approval|"
    r"interest rates?)\b[^%]{0,20}$|\b(?:up|down)\s+(?:by\s+)?$",
    re.I,
)
_ALL_PARTNERS = re.compile(
    r"\b(?:all|every|most|nearly every|virtually all|almost all)\s+(?:\w+\s+){0,2}"
    r"(?:trading partners?|countries|nations?|imports|economies)\b|across[- ]the[- ]board|"
    r"\buniversal\b|\bglobal(?:ly)?\b|\bworldwide\b|\ball foreign\b",
    re.I,
)
_ON_US_GOODS = re.compile(
    r"\bon\s+(?:all\s+)?(?:American|U\.S\.|US|United States)(?:-made)?\s+"
    r"(?:goods|products|imports|exports|items|cars|autos|vehicles|farm|agricultural|"
    r"energy|steel|aluminum|\w+)",
    re.I,
)

_KIND_CUES: list[tuple[TariffKind, re.Pattern[str]]] = [
    ("retaliatory", re.compile(r"retaliat|counter-?tariff|counter-?measure|in response", re.I)),
    ("baseline", re.compile(r"\bbaseline\b|\buniversal\b|across[- ]the[- ]board|\bblanket\b|"
                            r"\bminimum\b", re.I)),
    ("total", re.compile(r"\btotal\b|\bin all\b|\bcombined\b|\bcumulative\b|\ball told\b|"
                         r"\boverall\b|\baltogether\b", re.I)),
    ("surcharge", re.compile(r"\badditional\b|\bextra\b|\bon top of\b|country-specific|"
                             r"\bsurcharge\b|\bplus\b|\bfurther\b|\banother\b", re.I)),
    ("reciprocal", re.compile(r"\breciprocal\b", re.I)),
]

_STATUS_CUES: list[tuple[TariffStatus, re.Pattern[str]]] = [
    ("lifted", re.compile(r"\b(?:lift(?:ed|s|ing)?|scrap(?:ped|s)?|eliminat\w*|repeal\w*|"
                          r"revok\w*|withdr[ae]w\w*|dropp(?:ed)? the)\b", re.I)),
    ("paused", re.compile(r"\b(?:paus\w*|suspend\w*|suspension|delay\w*|postpon\w*|"
                          r"hold off|on hold|\d+-day (?:truce|reprieve|pause))\b", re.I)),
    ("threatened", re.compile(r"\b(?:threat\w*|warn\w*|could (?:face|impose|rise|hit)|"
                              r"would (?:face|impose)|vow\w*)\b", re.I)),
    ("proposed", re.compile(r"\b(?:propos\w*|consider\w*|weigh\w*|mull\w*|float\w*|"
                            r"draft\w*|seek\w*)\b", re.I)),
    ("agreed", re.compile(r"\b(?:agree\w*|deal|agreement|accord|pact|joint statement|"
                          r"settle\w*|negotiated|framework)\b", re.I)),
]
_IN_EFFECT = re.compile(
    r"\b(?:in effect|in force|took effect|has been hit|have been hit|hit with|faces|facing|"
    r"face|currently|now pay\w*|are paying|is paying|imposed|affected by|subject to|levied|"
    r"applies|applied|existing|current|remains?|still)\b",
    re.I,
)
_ANNOUNCED = re.compile(
    r"\b(?:announc\w*|will (?:impose|charge|levy|apply|take effect|rise|increase|be|face)|"
    r"set to|takes? effect|scheduled|signed|unveil\w*|ordered|plans? to|to impose)\b",
    re.I,
)
_EFFECT_CUE = re.compile(
    r"\b(?:effective|from|starting|beginning|as of|takes? effect|took effect|"
    r"go(?:es)? into effect|went into effect|comes? into force|kicks? in|effect on)\s*$",
    re.I,
)
_CHANGE_VERB = re.compile(
    r"\b(?:cut|cuts|lower\w*|reduc\w*|fall\w*|fell|drop\w*|rais\w*|increas\w*|hik\w*|"
    r"boost\w*|slash\w*|trim\w*|eas\w*|rise|rises|rose|lift\w*|bump\w*|go(?:es)? up|"
    r"come down|decline\w*)\b",
    re.I,
)
_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "halv": 0.5}


def extract_tariffs(
    sentences: list[Sentence], published: date | None, default_partner: str | None
) -> list[TariffMention]:
    mentions: list[TariffMention] = []
    for sentence in sentences:
        if not TARIFF_WORD.search(sentence.text):
            continue
        found: dict[tuple[object, ...], TariffMention] = {}
        for mention in _sentence_tariffs(sentence, published, default_partner):
            key = (*mention.layer, mention.rate_pct, mention.previous_rate_pct)
            found.setdefault(key, mention)
        mentions.extend(found.values())
    return mentions


def _segments(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return spans


def _sentence_tariffs(
    sentence: Sentence, published: date | None, default_partner: str | None
) -> list[TariffMention]:
    text = sentence.text
    countries = find_countries(text)
    results: list[TariffMention] = []
    for seg_start, seg_end in _segments(text):
        segment = text[seg_start:seg_end]
        percents = [p for p in find_percents(segment) if _is_rate(segment, p)]
        if not percents:
            continue
        if not TARIFF_WORD.search(segment) and not re.search(r"\brate\b|\btotal\b", segment):
            continue
        for rate, previous, first, last in _pair(segment, percents):
            results.extend(
                _mentions_for(
                    sentence, segment, seg_start, percents, rate, previous, first, last,
                    countries, published, default_partner,
                )
            )
    return results


def _is_rate(segment: str, percent: Percent) -> bool:
    after = segment[percent.end:percent.end + 30]
    before = segment[max(0, percent.start - 40):percent.start]
    if _NOT_RATE_AFTER.search(after):
        return False
    if _MOVE_BEFORE.search(before) and not re.search(r"\bto\s*$", before):
        return False
    return True


def _pair(
    segment: str, percents: list[Percent]
) -> list[tuple[float, float | None, Percent, Percent]]:
    """Group percentages into (rate, previous rate, first, last) readings."""
    readings: list[tuple[float, float | None, Percent, Percent]] = []
    index = 0
    while index < len(percents):
        current = percents[index]
        before = segment[:current.start]
        nxt = percents[index + 1] if index + 1 < len(percents) else None
        between = segment[current.end:nxt.start] if nxt else ""
        if nxt and re.fullmatch(r"\s*(?:and|to|-|–)\s*", between) and re.search(
            r"\b(?:between|ranging from|range of|from)\s*$", before
        ) and (between.strip() == "and" or re.search(r"rang\w*\s+from\s*$", before)):
            readings.append((current.value, None, current, current))
            readings.append((nxt.value, None, nxt, nxt))
            index += 2
            continue
        if nxt and (
            re.fullmatch(r",?\s*(?:down |up )?from\s*", between)
            or (len(between) < 60 and re.search(r",\s*(?:down|up)\s+from\s*$", between)
                and not re.search(r"[;]", between))
        ):
            readings.append((current.value, nxt.value, current, nxt))
            index += 2
            continue
        if nxt and re.fullmatch(r"\s*to\s*", between) and re.search(r"\bfrom\s*$", before):
            readings.append((nxt.value, current.value, current, nxt))
            index += 2
            continue
        if (
            nxt
            and len(between) < 80
            and re.search(r"\bto\s*$", between)
            and _CHANGE_VERB.search(between)
        ):
            readings.append((nxt.value, current.value, current, nxt))
            index += 2
            continue
        multiplier = _multiplier(before[-40:]) if re.search(r"\bto\s*$", before) else None
        previous = round(current.value / multiplier, 2) if multiplier else None
        readings.append((current.value, previous, current, current))
        index += 1
    return readings


def _multiplier(text: str) -> float | None:
    for stem, factor in _MULTIPLIERS.items():
        if re.search(rf"\b{stem}\w*", text, re.I):
            return factor
    return None


def _mentions_for(
    sentence: Sentence,
    segment: str,
    seg_start: int,
    percents: list[Percent],
    rate: float,
    previous: float | None,
    first: Percent,
    last: Percent,
    countries: list[CountryRef],
    published: date | None,
    default_partner: str | None,
) -> list[TariffMention]:
    prior = [p for p in percents if p.end <= first.start]
    later = [p for p in percents if p.start >= last.end]
    window_start = prior[-1].end if prior else 0
    window_end = later[0].start if later else len(segment)
    before = segment[window_start:first.start]
    after = segment[last.end:window_end]
    near_before, near_after = before[-70:], after[:45]

    sectors = [s for s, _, _ in find_sectors(after[:60])] or [
        s for s, _, _ in find_sectors(before[-60:])
    ]
    imposer, target = _direction(sentence, segment, seg_start, first, countries, default_partner)
    kind = _kind(near_before, near_after, sectors, sentence.text, imposer)
    window = (seg_start + window_start, seg_start + window_end)
    named_here = any(window[0] <= c.start < window[1] and c.code != "US" for c in countries)
    if kind == "baseline" or (
        target != "US" and not named_here and _ALL_PARTNERS.search(near_before + near_after)
    ):
        target = "*"
    if target is None:
        # No country in the sentence: a sector tariff is on everyone; otherwise the
        # article's main partner is the one meant ("the 25 percent rate" in a Japan story).
        target = "*" if sectors else default_partner
    if target is None or imposer is None or imposer == target:
        return []
    effective = _effective_date(segment, published)
    status = _status(segment, sentence.text, effective, published)
    return [
        TariffMention(
            imposer=imposer,
            target=target,
            sector=sector,
            kind=kind,
            rate_pct=rate,
            previous_rate_pct=previous,
            status=status,
            effective_date=effective,
            sentence=sentence.text,
            start=sentence.start,
            end=sentence.end,
        )
        for sector in ([*sectors] if sectors else [None])
    ]


def _direction(
    sentence: Sentence,
    segment: str,
    seg_start: int,
    first: Percent,
    countries: list[CountryRef],
    default_partner: str | None,
) -> tuple[str | None, str | None]:
    in_segment = [c for c in countries if seg_start <= c.start < seg_start + len(segment)]
    on_us = _ON_US_GOODS.search(segment)
    if on_us:
        actors = [c.code for c in countries if c.code != "US"]
        return (actors[0] if actors else default_partner), "US"
    number_at = seg_start + first.start
    candidates = [c for c in in_segment if c.code != "US" and not _is_venue(sentence.text, c)]
    if not candidates:
        candidates = [c for c in countries if c.code != "US" and not _is_venue(sentence.text, c)]
    if candidates:
        return "US", min(candidates, key=lambda c: abs(c.start - number_at)).code
    return "US", None


def _is_venue(text: str, ref: CountryRef) -> bool:
    return ref.named_as == "capital" and bool(re.search(r"\b(?:in|to|from|at)\s+$",
                                                        text[:ref.start]))


def _kind(
    before: str, after: str, sectors: list[str], sentence: str, imposer: str | None
) -> TariffKind:
    """Words that modify the same noun as the number ("10 percent baseline duty")
    decide first; else the cue nearest before the number ("an additional tariff of")."""
    if imposer not in (None, "US") or _KIND_CUES[0][1].search(before + " " + after):
        return "retaliatory"
    kind: TariffKind | None = None
    modifiers = _modifiers(after)
    for candidate, cue in _KIND_CUES[1:]:
        if cue.search(modifiers):
            kind = candidate
            break
    if kind is None:
        nearest = -1
        for candidate, cue in _KIND_CUES[1:]:
            for match in cue.finditer(before):
                if match.end() > nearest:
                    nearest, kind = match.end(), candidate
    if kind == "total" and _reciprocal_regime(sentence):
        return "reciprocal"
    if kind in ("baseline", "total"):
        return kind
    if sectors:
        return "sectoral"
    if kind is not None:
        return kind
    if re.search(r"\breciprocal\b", sentence, re.I):
        return "reciprocal"
    return "other"


_MODIFIER_END = re.compile(
    r"[,;.()]|\b(?:for|of|to|from|with|and|on|in|that|which|under|after|before|by|as|at)\b"
)


def _modifiers(after: str) -> str:
    """The words between a number and its noun: "% [reciprocal] tariff", "% [extra] duty"."""
    end = len(after)
    for pattern in (_MODIFIER_END, TARIFF_WORD):
        match = pattern.search(after)
        if match:
            end = min(end, match.start())
    return after[:end]


def _reciprocal_regime(sentence: str) -> bool:
    """A baseline-plus-country total under the reciprocal regime is the reciprocal rate."""
    return bool(
        re.search(r"\breciprocal\b", sentence, re.I) and re.search(r"\bbaseline\b", sentence, re.I)
    )


def _effective_date(segment: str, published: date | None) -> date | None:
    for ref in find_dates(segment, published, future=True):
        if ref.value is not None and _EFFECT_CUE.search(segment[:ref.start]):
            return ref.value
    return None


def _status(
    segment: str, sentence: str, effective: date | None, published: date | None
) -> TariffStatus:
    for text in (segment, sentence):
        for status, cue in _STATUS_CUES:
            if cue.search(text):
                return status
        if effective is not None and published is not None and effective > published:
            return "announced"
        if _IN_EFFECT.search(text):
            return "in_effect"
        if _ANNOUNCED.search(text):
            return "announced"
    return "in_effect"
