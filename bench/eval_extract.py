"""Extraction quality, measured: facts on the team's gold set, body text on real pages.

    python -m bench.eval_extract            # both, with trafilatura alone beside ours
    python -m bench.eval_extract --facts    # gold-set facts only (fast)

Facts (tests/data/gold/*.html + .json, annotated per tests/data/gold/GUIDELINES.md):
tariffs match on (imposer, target, sector, rate_pct), meetings on (sorted parties,
level, round), as sets per article; TP/FP/FN are summed over articles. Attribute
accuracy is over matched facts. "Outside the body" counts predicted facts whose
sentence occurs in a page region that is not the article (navigation, asides,
related links, captions, footers, comments), found by its tag or class/id.

Body text (../shared/data/article-extraction-benchmark, 181 real pages): the
benchmark's own scoring: lower-case \\w+ tokens, multisets of 4-token shingles,
TP/FP/FN summed over pages, then precision, recall, F1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html

from normalize import extract_facts
from scrapers.errors import ParseError
from scrapers.models import Article
from scrapers.parse import parse_article, parse_datetime

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
BENCHMARK = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
FLOORS = Path(__file__).with_name("floors.json")

_NOT_BODY = re.compile(
    r"comment|related|sidebar|most-?read|popular|promo|footer|nav|caption|ticker|share|"
    r"newsletter|recommend|trending|more-stories|read-more|breadcrumb|subscribe", re.I
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[Any], expected: set[Any]) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"{name:<28} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"   (TP {self.tp}, FP {self.fp}, FN {self.fn})")


@dataclass
class Accuracy:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def check(self, name: str, predicted: Any, expected: Any) -> None:
        self.total[name] += 1
        self.right[name] += int(predicted == expected)

    def lines(self) -> list[str]:
        return [f"  {name:<22} {self.right[name] / self.total[name]:.3f}"
                f"  ({self.right[name]}/{self.total[name]})" for name in sorted(self.total)]


@dataclass
class FactReport:
    tariffs: Score = field(default_factory=Score)
    meetings: Score = field(default_factory=Score)
    accuracy: Accuracy = field(default_factory=Accuracy)
    outside_body: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, float]:
        return {"tariff_f1": self.tariffs.f1, "meeting_f1": self.meetings.f1,
                "outside_body": float(self.outside_body)}


def _tariff_key(fact: dict[str, Any]) -> tuple[Any, ...]:
    return (fact["imposer"], fact["target"], fact["sector"], float(fact["rate_pct"]))


def _meeting_key(fact: dict[str, Any]) -> tuple[Any, ...]:
    return (tuple(sorted(fact["parties"])), fact["level"], fact["round"])


def _non_body_text(html: bytes) -> str:
    tree = lxml.html.document_fromstring(html)
    parts = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("html", "body", "main", "article"):
            continue  # the article itself, whatever its classes say ("c-article--newsletter")
        if element.find(".//h1") is not None:
            # the article's headline block, or the article itself under another name ("div
            # class=fsc-newsletter" wraps a newsletter's headline and body): the headline
            # is part of the article
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag in ("nav", "aside", "footer", "figcaption", "header") or \
                _NOT_BODY.search(marker):
            parts.append(" ".join(element.text_content().split()))
    return " \n ".join(parts)


def held_out(gold: Path = GOLD) -> tuple[str, ...]:
    """Batches listed in ``heldout.txt`` ("x", "ab"): kept out of development runs until
    the held-out measurement is taken (``--held-out`` scores only them)."""
    listing = gold / "heldout.txt"
    if not listing.exists():
        return ()
    lines = listing.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def gold_cases(gold: Path = GOLD, *, held: bool = False) -> list[tuple[Path, dict[str, Any]]]:
    """The gold cases, without the held-out ones (or only those, with ``held``)."""
    kept = set(held_out(gold))
    cases = []
    for expected in sorted(gold.glob("*.json")):
        if (batch_of(expected) in kept) != held:
            continue
        page = expected.with_suffix(".html")
        if page.exists():
            cases.append((page, json.loads(expected.read_text(encoding="utf-8"))))
    return cases


def batch_of(page: Path) -> str:
    """The writers' batch a case belongs to: the letters before its number (a01 -> "a";
    after z*, two letters: ab01 -> "ab")."""
    match = _BATCH.match(page.name)
    return match.group(0) if match else page.stem


_BATCH = re.compile(r"[a-z]+(?=\d)")


def batch_names(batches: str) -> frozenset[str]:
    """The batches a floor's key or ``evaluate_facts(batches=...)`` names: one batch
    ("x", "ab") or several joined by "+" ("a+b+c")."""
    return frozenset(batches.split("+"))


def read_case(
    page: Path, truth: dict[str, Any], html: bytes | None = None
) -> tuple[Article, date | None]:
    """A gold page (its bytes, if already read) parsed as the pipeline parses it, and the
    day it was published."""
    published = parse_datetime(truth["published"]) if truth.get("published") else None
    article = parse_article(page.read_bytes() if html is None else html,
                            f"https://gold.example/{page.stem}", published_at=published)
    when = article.published_at or published
    return article, when.date() if when else None


def evaluate_facts(
    gold: Path = GOLD, *, held: bool = False, batches: str | None = None
) -> FactReport:
    """Facts scored on the gold cases (held-out ones only with ``held``), or on those of
    the ``batches`` named ("a+b+c", see ``batch_names``)."""
    report = FactReport()
    wanted = batch_names(batches) if batches is not None else None
    for page, truth in gold_cases(gold, held=held):
        if wanted is not None and batch_of(page) not in wanted:
            continue
        report.articles += 1
        html = page.read_bytes()
        try:
            article, day = read_case(page, truth, html)
        except ParseError as exc:
            report.errors.append(f"{page.name}: {exc.reason}")
            article, day = None, None
        facts = extract_facts(article.text, day, article.title) if article else None
        predicted_t = {_tariff_key(t.to_dict()): t.to_dict() for t in facts.tariffs} \
            if facts else {}
        predicted_m = {_meeting_key(m.to_dict()): m.to_dict() for m in facts.meetings} \
            if facts else {}
        expected_t = {_tariff_key(t): t for t in truth.get("tariffs", [])}
        expected_m = {_meeting_key(m): m for m in truth.get("meetings", [])}
        report.tariffs.add(set(predicted_t), set(expected_t))
        report.meetings.add(set(predicted_m), set(expected_m))
        for key in set(predicted_t) & set(expected_t):
            for name in ("kind", "status", "effective_date", "previous_rate_pct"):
                report.accuracy.check(f"tariff {name}", predicted_t[key][name],
                                      expected_t[key][name])
        for key in set(predicted_m) & set(expected_m):
            report.accuracy.check("meeting status", predicted_m[key]["status"],
                                  expected_m[key]["status"])
            report.accuracy.check("meeting date", predicted_m[key]["date"],
                                  expected_m[key]["date"])
        outside = _non_body_text(html)
        for fact in list(predicted_t.values()) + list(predicted_m.values()):
            if " ".join(fact["sentence"].split()) in outside:
                report.outside_body += 1
        for key in sorted(set(expected_t) - set(predicted_t), key=str):
            report.misses.append(f"{page.stem}: missed tariff {key}")
        for key in sorted(set(predicted_t) - set(expected_t), key=str):
            report.misses.append(f"{page.stem}: extra tariff {key}: "
                                 f"{predicted_t[key]['sentence'][:90]}")
        for key in sorted(set(expected_m) - set(predicted_m), key=str):
            report.misses.append(f"{page.stem}: missed meeting {key}")
        for key in sorted(set(predicted_m) - set(expected_m), key=str):
            report.misses.append(f"{page.stem}: extra meeting {key}: "
                                 f"{predicted_m[key]['sentence'][:90]}")
    return report


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return Counter(tuple(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1)))


def score_body(pairs: list[tuple[str, str]]) -> Score:
    score = Score()
    for extracted, truth in pairs:
        got, want = shingles(extracted), shingles(truth)
        overlap = sum((got & want).values())
        score.tp += overlap
        score.fp += sum(got.values()) - overlap
        score.fn += sum(want.values()) - overlap
    return score


def benchmark_pages(limit: int | None = None) -> list[tuple[str, bytes, str]]:
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        raw = gzip.decompress((BENCHMARK / "html" / f"{key}.html.gz").read_bytes())
        pages.append((truth[key]["url"], raw, truth[key]["articleBody"]))
    return pages


def evaluate_bodies(limit: int | None = None) -> tuple[Score, Score]:
    """Our parse cascade vs trafilatura alone, on the same real pages."""
    import trafilatura

    ours, alone = [], []
    for url, raw, truth in benchmark_pages(limit):
        try:
            text = parse_article(raw, url).text
        except ParseError:
            text = ""
        ours.append((text, truth))
        alone.append((trafilatura.extract(raw, url=url) or "", truth))
    return score_body(ours), score_body(alone)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", action="store_true", help="gold-set facts only")
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    parser.add_argument("--held-out", action="store_true",
                        help="score only the held-out cases named in heldout.txt")
    args = parser.parse_args(argv)
    if args.held_out and not held_out():
        print("no held-out cases: every batch listed in heldout.txt has joined development")
        return 0
    facts = evaluate_facts(held=args.held_out)
    which = "held-out " if args.held_out else ""
    print(f"gold set: {facts.articles} {which}articles in {GOLD.relative_to(ROOT)}")
    print(facts.tariffs.line("tariff facts"))
    print(facts.meetings.line("meeting facts"))
    print("attribute accuracy on matched facts:")
    print("\n".join(facts.accuracy.lines()))
    print(f"facts from outside the body: {facts.outside_body}")
    for error in facts.errors:
        print(f"  page error: {error}")
    if not args.held_out:
        print("by writers' batch (the gate's floors, bench/floors.json):")
        for batch in sorted({batch_of(page) for page, _ in gold_cases()}):
            part = evaluate_facts(batches=batch)
            print(f"  {batch}: {part.articles:3d} articles  "
                  f"tariff F1 {part.tariffs.f1:.3f}  meeting F1 {part.meetings.f1:.3f}")
    if args.misses:
        print("\n".join(facts.misses))
    if not args.facts:
        ours, alone = evaluate_bodies()
        print(f"\nbody text, {len(benchmark_pages())} real pages (4-shingle scoring):")
        print(ours.line("tariffwatch parse cascade"))
        print(alone.line("trafilatura.extract alone"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
