"""The evaluation gate: extraction quality may not fall below the stored floors
(bench/floors.json), measured on the gold set and on the real-page benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.eval_extract import (
    FLOORS,
    batch_names,
    batch_of,
    evaluate_bodies,
    evaluate_facts,
    gold_cases,
)

FLOOR = json.loads(FLOORS.read_text(encoding="utf-8"))


def test_gold_set_is_complete() -> None:
    cases = gold_cases()
    assert len(cases) >= 30
    for page, truth in cases:
        assert truth.get("published"), page.name
        for fact in truth.get("tariffs", []):
            assert {"imposer", "target", "sector", "kind", "rate_pct", "status"} <= set(fact)


@pytest.mark.parametrize("batches", sorted(FLOOR["batches"]))
def test_fact_scores_hold_their_floors(batches: str) -> None:
    floor = FLOOR["batches"][batches]
    report = evaluate_facts(batches=batches)
    assert report.articles >= 18
    assert not report.errors
    assert report.tariffs.f1 >= floor["tariff_f1"], report.tariffs.line("tariffs")
    assert report.meetings.f1 >= floor["meeting_f1"], report.meetings.line("meetings")
    assert report.outside_body <= FLOOR["outside_body_max"]


def test_every_development_batch_has_a_floor() -> None:
    """A batch that joins development joins the gate: held-out batches are the others."""
    developed = {batch_of(page) for page, _ in gold_cases()}
    gated = set().union(*(batch_names(key) for key in FLOOR["batches"]))
    assert developed <= gated, sorted(developed - gated)


def test_body_extraction_holds_its_floor_and_beats_trafilatura_alone() -> None:
    ours, alone = evaluate_bodies()
    assert ours.f1 >= FLOOR["body_f1"], ours.line("ours")
    assert ours.f1 > alone.f1, (ours.line("ours"), alone.line("trafilatura"))


def test_non_body_text_is_what_surrounds_the_article() -> None:
    from bench.eval_extract import _non_body_text

    page = b"""<html><body><header class="site"><p>Site menu 10%</p></header>
    <article class="c-article c-article--newsletter"><header><h1>Tariff at 35%</h1></header>
    <p>Body says 35 per cent.</p><figure><figcaption>Photo 12%</figcaption></figure></article>
    <aside class="sidebar"><p>Most read 50%</p></aside></body></html>"""
    outside = _non_body_text(page)
    for text in ("Site menu 10%", "Photo 12%", "Most read 50%"):
        assert text in outside
    for text in ("Tariff at 35%", "Body says 35 per cent."):
        assert text not in outside


def test_an_article_wrapped_in_a_newsletter_class_is_the_body() -> None:
    from bench.eval_extract import _non_body_text

    page = b"""<html><body><main><div class="fsc-newsletter"><h1>Steel at 50%</h1>
    <div class="fsc-nl-body"><p>Steel pays 50 per cent.</p></div>
    <div class="fsc-nl-promo"><p>Subscribe for 20% off</p></div></div>
    <aside class="fsc-rail"><p>Most read 30%</p></aside></main></body></html>"""
    outside = _non_body_text(page)
    for text in ("Subscribe for 20% off", "Most read 30%"):
        assert text in outside
    for text in ("Steel at 50%", "Steel pays 50 per cent."):
        assert text not in outside


def test_batches_after_z_have_two_letters_and_hold_out_by_name(tmp_path: Path) -> None:
    from bench.eval_extract import held_out

    for name in ("a01-x", "ab01-y", "z24-z"):
        (tmp_path / f"{name}.json").write_text('{"published": "2025-08-01"}')
        (tmp_path / f"{name}.html").write_text("<html></html>")
    (tmp_path / "heldout.txt").write_text("# held out\nab\n")
    assert held_out(tmp_path) == ("ab",)
    assert [batch_of(p) for p, _ in gold_cases(tmp_path)] == ["a", "z"]
    assert [batch_of(p) for p, _ in gold_cases(tmp_path, held=True)] == ["ab"]
    assert batch_names("a+b+c") == {"a", "b", "c"} and batch_names("ab") == {"ab"}
