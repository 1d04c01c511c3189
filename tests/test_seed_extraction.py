"""The founding example: the SPEC's seed story gives exactly the SPEC's seed table.

The article body is the part of the seed file before "© KYODO"; its
non-empty lines are paragraphs joined by blank lines. Reader comments (after
"Login to comment") must contribute nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from normalize import Facts, MeetingMention, TariffMention, extract_facts
from normalize.countries import GROUPS
from normalize.sentences import split_sentences
from tests.conftest import SEED

PUBLISHED = date(2025, 6, 2)


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def body_text() -> str:
    body, marker, _ = _seed().partition("© KYODO")
    assert marker, "the seed story has no '© KYODO' line"
    return "\n\n".join(line.strip() for line in body.splitlines() if line.strip())


def comments_text() -> str:
    _, marker, comments = _seed().partition("Login to comment")
    assert marker, "the seed story has no comments section"
    return "\n\n".join(line.strip() for line in comments.splitlines() if line.strip())


@pytest.fixture(scope="module")
def text() -> str:
    return body_text()


@pytest.fixture(scope="module")
def facts(text: str) -> Facts:
    return extract_facts(text, PUBLISHED)


def every_fact(facts: Facts) -> list[TariffMention | MeetingMention]:
    return [*facts.tariffs, *facts.meetings]


def paragraph(text: str, starts_with: str) -> str:
    (found,) = [p for p in text.split("\n\n") if p.startswith(starts_with)]
    return found


RATES_SENTENCE = (
    "Under Trump's so-called reciprocal tariff regime, announced on April 2, nearly every "
    "nation in the world has been hit with a baseline duty of 10 percent, with Japan facing an "
    "additional country-specific tariff of 14 percent for a total rate of 24 percent."
)
AUTOS_SENTENCE = (
    "Japan has also been affected by Trump's extra 25 percent tariff on automobiles, along with "
    "other sector-specific levies imposed on national security grounds."
)


def test_body_is_the_ten_paragraphs_before_the_copyright_line(text: str) -> None:
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("Japan's top tariff negotiator is arranging a visit")
    assert paragraphs[-1].endswith("sources close to the matter said.")
    assert "KYODO" not in text and "Comments" not in text


def test_tariffs_are_exactly_the_seed_table(facts: Facts) -> None:
    found = sorted(
        (
            (t.imposer, t.target, t.sector, t.kind, t.rate_pct, t.previous_rate_pct, t.status,
             t.effective_date, t.sentence)
            for t in facts.tariffs
        ),
        key=repr,
    )
    expected = [
        ("US", "*", None, "baseline", 10.0, None, "in_effect", None, RATES_SENTENCE),
        ("US", "JP", None, "surcharge", 14.0, None, "in_effect", None, RATES_SENTENCE),
        ("US", "JP", None, "reciprocal", 24.0, None, "in_effect", None, RATES_SENTENCE),
        ("US", "JP", "autos", "sectoral", 25.0, None, "in_effect", None, AUTOS_SENTENCE),
    ]
    assert found == sorted(expected, key=repr)


def test_meetings_are_exactly_the_seed_table(facts: Facts, text: str) -> None:
    first = paragraph(text, "Japan's top tariff negotiator")
    trip = paragraph(text, "The fourth trip")
    fifth = paragraph(text, "Following the fifth round")
    found = [m.to_dict() for m in facts.meetings]
    for meeting in found:
        meeting["parties"] = tuple(meeting["parties"])
    assert sorted(found, key=lambda m: m["start"]) == [
        {
            "parties": ("JP", "US"), "level": "ministerial", "round": 6, "status": "planned",
            "date": "2025-06-05", "date_text": "later this week", "location": "United States",
            "participants": ["Ryosei Akazawa", "Scott Bessent", "Howard Lutnick"],
            "sentence": first, "start": text.index(first), "end": text.index(first) + len(first),
        },
        {
            "parties": GROUPS["G7"], "level": "leaders", "round": None, "status": "planned",
            "date": "2025-06-15", "date_text": "June 15", "location": "Canada",
            "participants": [],
            "sentence": trip, "start": text.index(trip), "end": text.index(trip) + len(trip),
        },
        {
            "parties": ("JP", "US"), "level": "ministerial", "round": 5, "status": "held",
            "date": None, "date_text": None, "location": None,
            "participants": ["Ryosei Akazawa"],
            "sentence": fifth, "start": text.index(fifth), "end": text.index(fifth) + len(fifth),
        },
    ]


def test_every_fact_sentence_indexes_the_text(facts: Facts, text: str) -> None:
    spans = {(s.start, s.end) for s in split_sentences(text)}
    for fact in every_fact(facts):
        assert text[fact.start:fact.end] == fact.sentence
        assert (fact.start, fact.end) in spans


def test_rate_layers_stack(facts: Facts) -> None:
    layers = {t.layer: t.rate_pct for t in facts.tariffs}
    assert layers == {
        ("US", "*", None, "baseline"): 10.0,
        ("US", "JP", None, "surcharge"): 14.0,
        ("US", "JP", None, "reciprocal"): 24.0,
        ("US", "JP", "autos", "sectoral"): 25.0,
    }
    assert layers[("US", "*", None, "baseline")] + layers[("US", "JP", None, "surcharge")] == (
        layers[("US", "JP", None, "reciprocal")]
    )


def test_extraction_is_deterministic(text: str, facts: Facts) -> None:
    assert extract_facts(text, PUBLISHED) == facts


def test_comments_contribute_nothing_to_the_body_facts(facts: Facts, text: str) -> None:
    comments = comments_text()
    assert "Akazawasan" in comments and "Akazawasan" not in text
    from_comments = extract_facts(comments, PUBLISHED)

    def key(fact: TariffMention | MeetingMention) -> tuple[tuple[str, str], ...]:
        data = fact.to_dict()
        return tuple((k, repr(v)) for k, v in sorted(data.items()) if k not in ("start", "end"))

    body_keys = {key(f) for f in every_fact(facts)}
    body_sentences = {f.sentence for f in every_fact(facts)}
    for fact in every_fact(from_comments):
        assert key(fact) not in body_keys
        assert fact.sentence not in body_sentences
        assert fact.sentence not in text
    # No body fact quotes a comment, and no comment line made it into a body sentence.
    for sentence in body_sentences:
        assert sentence not in comments

