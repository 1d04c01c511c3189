"""Train and measure the tariff-status model (:mod:`normalize.status`) on the gold set.

    python -m bench.train_status            # train on the development cases, write the weights
    python -m bench.train_status --cv       # leave-one-batch-out: rules vs model, per batch
    python -m bench.train_status --held-out # the held-out cases: rules vs the shipped model

Examples are the tariff facts the rules find that the gold set also lists (matched on
imposer, target, sector and rate, as the scorer matches them), labelled with the gold
status. The model is a multinomial logistic regression with an L2 penalty, trained by a
fixed number of full-batch Adam steps from zero weights: the same cases give the same
weights. Features seen in fewer than two training facts are left out.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.eval_extract import _tariff_key, batch_of, gold_cases, read_case
from normalize import rule_facts
from normalize.status import WEIGHTS, StatusModel, status_features

L2 = 3.0
STEPS = 300
RATE = 0.1
MIN_COUNT = 2


@dataclass(frozen=True)
class Example:
    batch: str
    features: frozenset[str]
    rule: str
    gold: str


def examples(*, held: bool = False) -> list[Example]:
    found = []
    for page, truth in gold_cases(held=held):
        article, day = read_case(page, truth)  # a gold page that fails to parse is a bug
        gold = {_tariff_key(t): t["status"] for t in truth.get("tariffs", [])}
        seen = set()
        for tariff in rule_facts(article.text, day, article.title).tariffs:
            key = _tariff_key(tariff.to_dict())
            if key in gold and key not in seen:
                seen.add(key)
                found.append(Example(batch_of(page), status_features(tariff, day),
                                     tariff.status, gold[key]))
    return found


def train(cases: list[Example]) -> dict[str, Any]:
    """Weights for :class:`normalize.status.StatusModel`."""
    labels = sorted({c.gold for c in cases} | {c.rule for c in cases})
    counts = Counter(name for c in cases for name in c.features)
    names = sorted(name for name, n in counts.items() if n >= MIN_COUNT)
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(cases), len(names)))
    for row, case in enumerate(cases):
        for name in case.features:
            if name in column:
                x[row, column[name]] = 1.0
    x = np.hstack([x, np.ones((len(cases), 1))])  # the last column is the bias
    y = np.eye(len(labels))[[labels.index(c.gold) for c in cases]]
    w = np.zeros((x.shape[1], len(labels)))
    penalty = np.ones((x.shape[1], 1))
    penalty[-1] = 0.0
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (x.T @ (p - y) + L2 * penalty * w) / len(cases)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {
        "labels": labels,
        "bias": [round(float(b), 4) for b in w[-1]],
        "weights": {name: [round(float(a), 4) for a in w[column[name]]] for name in names},
        "trained_on": {"facts": len(cases), "batches": "+".join(sorted({c.batch for c in cases})),
                       "l2": L2, "steps": STEPS, "min_count": MIN_COUNT},
    }


def dumps(weights: dict[str, Any]) -> str:
    """The weights as JSON, one feature a line (reviewable diffs when they are retrained)."""
    head = {k: v for k, v in weights.items() if k != "weights"}
    lines = [f"  {json.dumps(name)}: {json.dumps(row)}" for name, row in
             sorted(weights["weights"].items())]
    return (json.dumps(head, sort_keys=True)[:-1] + ', "weights": {\n' + ",\n".join(lines)
            + "\n}}\n")


def accuracy(model: StatusModel, cases: list[Example]) -> tuple[float, float]:
    """(rules, model) accuracy on ``cases``."""
    rules = sum(c.rule == c.gold for c in cases)
    read = sum(model.predict(c.features, c.rule) == c.gold for c in cases)
    return rules / len(cases), read / len(cases)


def cross_validate(cases: list[Example]) -> list[tuple[str, int, float, float]]:
    """Each batch scored by a model trained on the other batches."""
    rows = []
    for batch in sorted({c.batch for c in cases}):
        test = [c for c in cases if c.batch == batch]
        model = StatusModel(train([c for c in cases if c.batch != batch]))
        rows.append((batch, len(test), *accuracy(model, test)))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-batch-out accuracy")
    parser.add_argument("--held-out", action="store_true",
                        help="accuracy of the shipped weights on the held-out cases")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    if args.held_out:
        cases = examples(held=True)
        if not cases:
            print("no held-out cases")
            return
        rules, read = accuracy(StatusModel.load(), cases)
        print(f"held-out facts {len(cases)}: status accuracy rules {rules:.3f}, model {read:.3f}")
        return
    cases = examples()
    if args.cv:
        rows = cross_validate(cases)
        for batch, n, rules, read in rows:
            print(f"  {batch}: {n:4d} facts  rules {rules:.3f}  model {read:.3f}")
        total = sum(n for _, n, _, _ in rows)
        rules = sum(n * r for _, n, r, _ in rows) / total
        read = sum(n * m for _, n, _, m in rows) / total
        print(f"all {total} facts, each batch unseen by its model: "
              f"rules {rules:.3f}, model {read:.3f}")
        return
    weights = train(cases)
    args.out.write_text(dumps(weights), encoding="utf-8")
    print(f"trained on {len(cases)} facts of batches {weights['trained_on']['batches']}: "
          f"{len(weights['weights'])} features -> {args.out}")


if __name__ == "__main__":
    main()
