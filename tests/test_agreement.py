"""bench.agreement: the re-annotated sample is complete and well-formed, and the pairwise
scoring counts what differs."""

from __future__ import annotations

import copy

from bench.agreement import AGREEMENT, agreement, main, read_annotations
from normalize.sectors import SECTORS


def test_every_annotator_covers_the_whole_sample_with_valid_facts() -> None:
    sample, sources = read_annotations()
    assert len(sample) == 20
    annotators = [name for name in sources if name.startswith("annotator")]
    assert len(annotators) == 2
    for name in annotators:
        assert set(sources[name]) == set(sample), name
        for page, facts in sources[name].items():
            for fact in facts["tariffs"]:
                assert fact["sector"] is None or fact["sector"] in SECTORS, (name, page, fact)
                assert isinstance(fact["rate_pct"], (int, float)), (name, page, fact)
            for fact in facts["meetings"]:
                assert fact["level"] in ("leaders", "ministerial", "working", "other")


def test_agreement_counts_an_extra_fact_and_the_missing_ones() -> None:
    _, sources = read_annotations()
    gold = sources["gold"]
    assert agreement(gold, gold)[0].f1 == 1.0
    changed = copy.deepcopy(gold)
    pages = [p for p in sorted(changed) if changed[p]["tariffs"]]
    extra = dict(changed[pages[0]]["tariffs"][0], rate_pct=999.0)
    changed[pages[0]]["tariffs"].append(extra)
    dropped = {(f["imposer"], f["target"], f["sector"], float(f["rate_pct"]))
               for f in changed[pages[1]]["tariffs"]}
    changed[pages[1]]["tariffs"] = []
    misses: list[str] = []
    tariffs, meetings = agreement(changed, gold, misses)
    assert (tariffs.fp, tariffs.fn) == (1, len(dropped))
    assert meetings.f1 == 1.0
    assert any("999.0" in line for line in misses)


def test_the_command_prints_every_pair(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--root", str(AGREEMENT)]) == 0
    out = capsys.readouterr().out
    assert "gold vs annotator-1" in out and "annotator-1 vs annotator-2" in out
