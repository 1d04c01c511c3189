"""The status of a tariff fact, read by a linear model over the rules' own reading.

The rules in :mod:`normalize.rates` give every rate a status from cue words near it
("threatened", "agreed", "takes effect"). Measured on the gold set they agree with a careful
reader on 0.73 of the facts both find, and on unseen prose less (0.65 on the held-out batch
p*): status depends on the whole sentence, and phrasings vary more than rules keep up with.
This module re-reads it with a multinomial logistic regression whose features are the rules'
status, the fact's kind, whether it replaces an older rate, when it starts relative to the
publication day, and the words of its sentence (with those just around the number on their
own). The weights (``status_weights.json``) are trained on the team's gold set by
``python -m bench.train_status``; the same command measures the model against the rules
(each batch scored by a model trained on the others: 0.73 -> 0.79; held out, p* 0.65 ->
0.75 and q* 0.72 -> 0.82). The rules keep two calls (:meth:`StatusModel.predict`): threat
or decided, and in effect or announced; and the model reads a rate as paused only in a
sentence that speaks of a pause (:func:`read_status`).

Deterministic: fixed weights, ties broken by the order of the labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from normalize.mentions import TariffMention, TariffStatus
from normalize.numbers import Percent, find_percents

# Threats, tracked by alerts apart from decided rates (alerts.changes.THREAT_STATUSES).
THREATS = frozenset({"threatened", "proposed"})
CURRENT = frozenset({"in_effect", "announced"})
# How far (in log-odds) the model's reading must beat the rules' to replace it: a near tie
# keeps the rules' explainable reading (on the gold set of a*-az* the margin changed 1 of
# 9333 facts). A deal struck in the rate's own sentence is kept apart (_DEAL_STRUCK): the
# model retrained on a*-bb* leans the demo's agreed deal to in effect by 0.33, far past
# any tie.
MARGIN = 0.05
WEIGHTS = Path(__file__).with_name("status_weights.json")

_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|[^\sA-Za-z\d]")


def status_features(tariff: TariffMention, published: date | None) -> frozenset[str]:
    """The features the status model reads for one fact (each present or not)."""
    return _sentence_features(tariff.sentence) | _fact_features(tariff, published)


@lru_cache(maxsize=256)
def _sentence_features(sentence: str) -> frozenset[str]:
    """The words of the sentence, shared by every fact in it."""
    return frozenset(f"word:{w.lower()}" for w in _WORD.findall(sentence))


@lru_cache(maxsize=256)
def _percents(sentence: str) -> tuple[Percent, ...]:
    return tuple(find_percents(sentence))


def _fact_features(tariff: TariffMention, published: date | None) -> frozenset[str]:
    names = {f"rule:{tariff.status}", f"kind:{tariff.kind}"}
    if tariff.previous_rate_pct is not None:
        names.add("replaces an older rate")
    if tariff.rate_pct == 0:
        names.add("rate zero")
    if tariff.effective_date is None:
        names.add("starts: not said")
    elif published is None:
        names.add("starts: dated")
    elif tariff.effective_date > published:
        names.add("starts: after publication")
    else:
        names.add("starts: by publication")
    sentence = tariff.sentence
    number = next((p for p in _percents(sentence) if p.value == tariff.rate_pct), None)
    if number is not None:
        names.update(f"before:{w.lower()}" for w in _TOKEN.findall(sentence[:number.start])[-4:])
        names.update(f"after:{w.lower()}" for w in _TOKEN.findall(sentence[number.end:])[:3])
    return frozenset(names)


class StatusModel:
    """Weights of a multinomial logistic regression: one bias and one weight per label for
    every feature seen in training."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[TariffStatus, ...] = tuple(data["labels"])
        self.bias: tuple[float, ...] = tuple(data["bias"])
        self.weights: dict[str, tuple[float, ...]] = {
            name: tuple(row) for name, row in data["weights"].items()}
        # one column of weights a label: summing a column runs in C
        self.columns = tuple({name: row[i] for name, row in self.weights.items()}
                             for i in range(len(self.labels)))

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> StatusModel:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def weighed(self, features: Collection[str]) -> list[float]:
        """The summed weights of ``features`` for each label (no bias)."""
        return [sum(map(column.get, features, repeat(0.0))) for column in self.columns]

    def predict(self, features: Collection[str], rule: str | None = None) -> TariffStatus:
        """The likeliest status. Given the rules' status ``rule``, the rules keep two
        decisions: a threat (threatened, proposed) stays one and a decided rate stays
        decided, and a rate the rules read as in effect or announced, when the model reads it
        as one of those two, keeps the rules' reading (dates and tense words decide it). A
        reading that beats the rules' by less than ``MARGIN`` is a tie, and the rules keep
        it."""
        return self.choose(self.weighed(features), rule)

    def choose(self, weighed: list[float], rule: str | None = None) -> TariffStatus:
        totals = [w + b for w, b in zip(weighed, self.bias, strict=True)]
        allowed = [i for i, label in enumerate(self.labels)
                   if rule is None or (label in THREATS) == (rule in THREATS)]
        status = self.labels[max(allowed, key=lambda i: (totals[i], -i))]
        if rule in self.labels and status != rule and totals[self.labels.index(status)] \
                - totals[self.labels.index(rule)] < MARGIN:
            # (too close to call: the rules' reading stands)
            return rule
        if rule in CURRENT and status in CURRENT:
            return rule  # type: ignore[return-value]
        return status


@cache
def _model() -> StatusModel:
    return StatusModel.load()


@lru_cache(maxsize=256)
def _sentence_weights(sentence: str) -> tuple[float, ...]:
    return tuple(_model().weighed(_sentence_features(sentence)))


# A deal struck in the sentence, whose rate is the deal's ("reached a trade agreement on
# Tuesday that lowers the reciprocal tariff on Japanese goods to 15 percent")
_DEAL_STRUCK = re.compile(r"\b(?:reached|struck|sealed|clinched|signed|agreed)\s+(?:an?\s+|the\s+|"
                          r"their\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|pact|accord)\s+"
                          r"(?:on\s+\w+\s+)?(?:that|which|under\s+which)\s+(?:will\s+)?"
                          r"(?:lowers?|cuts?|sets?|reduces?|caps?|brings?|puts?)\b", re.I)


def read_status(tariff: TariffMention, published: date | None) -> TariffMention:
    """The fact with its status as the model reads it (the sentence's words are weighed once
    for all the facts in it). A rate the rules read as agreed in a sentence that strikes its
    deal ("reached a trade agreement on Tuesday that lowers the reciprocal tariff ... to 15
    percent") keeps that reading: the deal's own words say what it is."""
    if tariff.status == "agreed" and _DEAL_STRUCK.search(tariff.sentence):
        return tariff
    model = _model()
    weighed = [a + b for a, b in zip(_sentence_weights(tariff.sentence),
                                     model.weighed(_fact_features(tariff, published)),
                                     strict=True)]
    status = model.choose(weighed, tariff.status)
    if status == "paused" and not _PAUSE_CUE.search(tariff.sentence):
        # (a pause the sentence does not speak of: the model leans a country's April rate to
        # paused from the many stories that say so, but "Japan facing an additional
        # country-specific tariff of 14 percent for a total rate of 24 percent" says no pause)
        return tariff
    return tariff if status == tariff.status else replace(tariff, status=status)


# Words that speak of a pause, a truce or a rate put off, one of which a sentence needs for
# the model to read its rate as paused.
_PAUSE_CUE = re.compile(r"\b(?:paus\w*|suspen\w*|delay\w*|postpon\w*|reprieve|hold|halt\w*|"
                        r"shelv\w*|froze|frozen|freez\w*|truce|defer\w*|put off|respite|"
                        r"(?:90|ninety)(?:[- ]day| (?:more )?days)|set aside|on ice|standstill|"
                        r"until|extend\w*|extension|stay of|temporar\w*|would (?:have|otherwise)|"
                        r"held (?:off|back)|holding (?:off|back)|"
                        r"not be applied|never (?:actually )?collected|limbo|instead of|"
                        r"rather than|had been|(?:was|were) due|for the time being|for now)\b",
                        re.I)
