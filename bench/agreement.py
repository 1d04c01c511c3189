"""How far careful people agree with each other on the gold set's facts.

A sample of gold pages was annotated again, independently, by annotators who saw only the
page and GUIDELINES.md (not the gold facts, not each other's answers, not the
extractor). Scoring one annotation against another with the eval's own match keys gives
the agreement two careful humans reach: the ceiling against which the extractor's scores
on the same pages are to be read.

    python -m bench.agreement            # tests/data/agreement/
    python -m bench.agreement --misses   # the facts they disagree on

``tests/data/agreement/sample.json`` maps each re-annotated page id (p01, ...) to its
gold case; ``tests/data/agreement/<annotator>/pNN.json`` holds one annotator's facts.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.eval_extract import GOLD, Score, _meeting_key, _tariff_key
from normalize import extract_facts
from scrapers.parse import parse_article, parse_datetime

AGREEMENT = Path(__file__).resolve().parents[1] / "tests" / "data" / "agreement"

Facts = dict[str, list[dict[str, Any]]]


def read_annotations(root: Path = AGREEMENT) -> tuple[dict[str, str], dict[str, dict[str, Facts]]]:
    """The sample (page id -> gold case) and every annotation: the gold itself, each
    annotator's, and the extractor's, keyed by source name then page id."""
    sample: dict[str, str] = json.loads((root / "sample.json").read_text(encoding="utf-8"))
    sources: dict[str, dict[str, Facts]] = {"gold": {}, "extractor": {}}
    for page, case in sample.items():
        truth = json.loads((GOLD / f"{case}.json").read_text(encoding="utf-8"))
        sources["gold"][page] = truth
        published = parse_datetime(truth["published"]) if truth.get("published") else None
        html = (GOLD / f"{case}.html").read_bytes()
        article = parse_article(html, f"https://gold.example/{case}", published_at=published)
        when = article.published_at or published
        day: date | None = when.date() if when else None
        facts = extract_facts(article.text, day, article.title)
        sources["extractor"][page] = {"tariffs": [t.to_dict() for t in facts.tariffs],
                                      "meetings": [m.to_dict() for m in facts.meetings]}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        sources[folder.name] = {
            page: json.loads((folder / f"{page}.json").read_text(encoding="utf-8"))
            for page in sample if (folder / f"{page}.json").exists()
        }
    return sample, sources


def agreement(
    first: dict[str, Facts], second: dict[str, Facts], misses: list[str] | None = None
) -> tuple[Score, Score]:
    """Tariff and meeting agreement of ``first`` scored against ``second`` (pages both
    have); F1 is symmetric, so the order only swaps precision and recall."""
    tariffs, meetings = Score(), Score()
    for page in sorted(set(first) & set(second)):
        for score, name, key in ((tariffs, "tariffs", _tariff_key),
                                 (meetings, "meetings", _meeting_key)):
            mine = {key(f) for f in first[page].get(name, [])}
            theirs = {key(f) for f in second[page].get(name, [])}
            score.add(mine, theirs)
            if misses is not None:
                misses += [f"{page}: only first  {k}" for k in sorted(mine - theirs, key=str)]
                misses += [f"{page}: only second {k}" for k in sorted(theirs - mine, key=str)]
    return tariffs, meetings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=AGREEMENT)
    parser.add_argument("--misses", action="store_true", help="list the disagreements")
    args = parser.parse_args(argv)
    sample, sources = read_annotations(args.root)
    print(f"{len(sample)} gold pages annotated again; F1 of each pair (matched on the "
          "eval's keys)")
    print(f"{'pair':<34} {'tariff P / R / F1':>22} {'meeting F1':>11}")
    for a, b in combinations(sources, 2):
        misses: list[str] | None = [] if args.misses else None
        tariffs, meetings = agreement(sources[a], sources[b], misses)
        print(f"{a + ' vs ' + b:<34} {tariffs.precision:6.3f} / {tariffs.recall:5.3f} / "
              f"{tariffs.f1:5.3f} {meetings.f1:11.3f}")
        for line in misses or []:
            print("    " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
