"""normalize.status: the status model that re-reads the rules' status of each tariff fact."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bench import train_status
from bench.eval_extract import gold_cases
from normalize import extract_facts, rule_facts
from normalize.status import CURRENT, MARGIN, THREATS, WEIGHTS, StatusModel, read_status

PUB = date(2025, 9, 15)


@pytest.fixture(scope="module")
def gold_examples() -> list[train_status.Example]:
    return train_status.examples()


@pytest.mark.parametrize(("sentence", "rules", "model"), [
    # GUIDELINES: a removal under a deal is agreed; lifted once done.
    ("Under the agreement, Britain will scrap its 10% tariff on American beef.",
     "lifted", "agreed"),
    ("The EU will eliminate its tariffs on U.S. industrial goods under the deal.",
     "lifted", "agreed"),
    # agreed in July, collected since August: in effect now
    ("The 19 percent tariff on Indonesian goods agreed in July took effect on August 7.",
     "agreed", "in_effect"),
])
def test_the_model_corrects_the_rules_status(sentence: str, rules: str, model: str) -> None:
    (ruled,) = rule_facts(sentence, PUB).tariffs
    (read,) = extract_facts(sentence, PUB).tariffs
    assert (ruled.status, read.status) == (rules, model)
    assert read.sentence == ruled.sentence and read.rate_pct == ruled.rate_pct


def test_the_model_changes_nothing_but_the_status() -> None:
    text = ("Washington will cut the tariff on Swiss goods to 15 percent from 39 percent, and "
            "Switzerland will scrap its duties on U.S. lobster under the deal. Japan's cars "
            "still face 27.5% until the order is signed.")
    ruled, read = rule_facts(text, PUB).tariffs, extract_facts(text, PUB).tariffs
    assert [t.to_dict() | {"status": None} for t in ruled] \
        == [t.to_dict() | {"status": None} for t in read]


def test_the_rules_keep_the_threat_line_and_the_current_reading(
    gold_examples: list[train_status.Example],
) -> None:
    model = StatusModel.load()
    changed = 0
    for case in gold_examples:
        read = model.predict(case.features, case.rule)
        assert (read in THREATS) == (case.rule in THREATS)
        if case.rule in CURRENT and read in CURRENT:
            assert read == case.rule
        changed += read != case.rule
    assert changed > 100  # the model does re-read statuses


def test_the_shipped_weights_are_those_the_gold_set_trains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """`python -m bench.train_status` writes what is shipped: retrain whenever the rules or
    the gold set's development cases change (a held-out batch joins them)."""
    train_status.main(["--out", str(tmp_path / "weights.json")])
    assert "features ->" in capsys.readouterr().out
    shipped, trained = StatusModel.load(WEIGHTS), StatusModel.load(tmp_path / "weights.json")
    assert trained.labels == shipped.labels
    assert trained.weights.keys() == shipped.weights.keys()
    for name, row in trained.weights.items():
        assert row == pytest.approx(shipped.weights[name], abs=2e-3), name
    assert trained.bias == pytest.approx(shipped.bias, abs=2e-3)


def test_held_out_run_scores_the_held_out_batch_or_says_there_is_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    train_status.main(["--held-out"])
    out = capsys.readouterr().out.strip()
    if gold_cases(held=True):
        assert re.fullmatch(r"held-out facts \d+: status accuracy rules (?:0\.\d{3}|1\.000), "
                            r"model (?:0\.\d{3}|1\.000)", out)
    else:
        assert out == "no held-out cases"


@pytest.mark.slow
def test_the_model_beats_the_rules_on_batches_it_did_not_see(
    gold_examples: list[train_status.Example],
) -> None:
    """`python -m bench.train_status --cv` as a test (about a minute, outside the default
    run): every batch scored by a model trained on the others."""
    rows = train_status.cross_validate(gold_examples)
    total = sum(n for _, n, _, _ in rows)
    rules = sum(n * r for _, n, r, _ in rows) / total
    model = sum(n * m for _, n, _, m in rows) / total
    assert model >= rules + 0.04


def test_a_near_tie_keeps_the_rules_reading() -> None:
    model = StatusModel.load()
    labels = list(model.labels)
    weighed = [0.0] * len(labels)
    bias = list(model.bias)
    agreed, in_effect = labels.index("agreed"), labels.index("in_effect")
    # the model leans to "in effect" by less than the margin, then by more
    weighed[agreed] = 10.0 - bias[agreed]
    weighed[in_effect] = 10.0 + MARGIN / 2 - bias[in_effect]
    assert model.choose(weighed, "agreed") == "agreed"
    weighed[in_effect] = 10.0 + 2 * MARGIN - bias[in_effect]
    assert model.choose(weighed, "agreed") == "in_effect"


def test_a_deal_struck_in_the_sentence_keeps_the_rules_agreed() -> None:
    """The demo's deal: the model trained on a*-bb* reads it as in effect by 0.33."""
    (deal,) = rule_facts("Japan and the United States reached a trade agreement on Tuesday "
                         "that lowers the reciprocal tariff on Japanese goods to 15 percent "
                         "from 24 percent, Prime Minister Shigeru Ishiba said.",
                         date(2025, 7, 23), "Japan, US strike trade deal").tariffs
    assert deal.status == "agreed"
    assert read_status(deal, date(2025, 7, 23)).status == "agreed"


def test_the_model_reads_a_pause_only_where_the_sentence_speaks_of_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The seed's "Japan facing ... a total rate of 24 percent" stays in effect however the
    model leans (trained on a*-be* it leant to paused)."""
    monkeypatch.setattr(StatusModel, "choose", lambda self, weighed, rule=None: "paused")
    (plain,) = rule_facts("Japan faces a 24 percent tariff.", PUB).tariffs
    (truce,) = rule_facts("Japan faces a 24 percent tariff during the truce.", PUB).tariffs
    assert plain.status == truce.status == "in_effect"
    assert read_status(plain, PUB).status == "in_effect"
    assert read_status(truce, PUB).status == "paused"
