"""Property tests for normalize: arbitrary text never breaks extraction, and every fact
points back at the exact sentence it came from."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize import extract_facts
from normalize.countries import is_known
from normalize.dates import find_dates
from normalize.mentions import MeetingMention, TariffMention
from normalize.numbers import find_percents
from normalize.sectors import SECTORS
from normalize.sentences import split_sentences
from normalize.trie import trie_pattern

# Hypothesis warns when the global `random` state moves while it draws data. These
# strategies use no `random`; in the full suite, background threads of the Prefect test
# server and of earlier tests' clients do. That warning is about them, not us.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies"
    ":hypothesis.errors.HypothesisDeprecationWarning"
)

PUB = date(2025, 6, 2)

# Four characters that Python's case-insensitive regexes equate with an ASCII letter
# although their .lower() is not that letter (İ ı ~ i, ſ ~ s, Kelvin sign ~ k). The
# vocabulary lookups used to crash on them (normalize.folding fixes that); the regression
# tests below cover them, so the random alphabet leaves them out to find anything else.
CASEFOLD_TRAPS = "\u0130\u0131\u017f\u212a"

VOCABULARY = [
    # tariff words, kinds and statuses
    "tariff", "tariffs", "duty", "duties", "levy", "import taxes", "counter-tariffs",
    "reciprocal", "baseline", "additional", "extra", "country-specific", "on top of", "total",
    "in all", "combined", "retaliatory", "in retaliation", "surcharge", "plus", "rate",
    "threatened", "paused", "suspended", "agreed", "deal", "lifted", "scrapped", "proposed",
    "in effect", "takes effect", "effective", "from", "to", "up from", "between", "and",
    "ranging from", "doubled", "tripled", "halved", "cut", "raised", "lowered", "will",
    "would", "could face", "faces", "imposed", "on", "of", "all trading partners",
    "nearly every nation", "American goods", "U.S. goods", "except",
    # countries, capitals, institutions
    "Japan", "Japanese", "U.S.", "US", "United States", "America", "China", "Chinese",
    "Beijing", "Tokyo", "Washington", "EU", "the bloc", "Brussels", "Canada", "Ottawa",
    "Mexico", "Britain", "U.K.", "India", "South Korea", "Swiss", "Trump", "White House",
    # sectors
    "cars", "autos", "auto parts", "steel", "aluminium", "aluminum", "chips", "copper",
    "pharmaceuticals", "lumber", "oil", "rice",
    # numbers
    "24%", "10 percent", "14 per cent", "25-percent", "twenty-four percent",
    "one hundred forty-five percent", "3.5 pct", "2 percentage points", "0.5%", "145%",
    "1,000%", "100 %",
    # not rates
    "GDP", "fell", "rose", "shares", "poll", "interest rates", "inflation", "exports",
    # dates
    "June 15", "Aug. 1, 2025", "1 August", "2025-08-01", "Monday", "Wednesday", "Friday",
    "later this week", "next week", "last week", "next month", "today", "May", "march",
    "Feb. 30", "2025-13-45",
    # meetings
    "sixth round", "6th round", "round six", "round 6", "first", "fifteenth", "of talks",
    "talks", "negotiations", "meet", "met", "held", "cancelled", "called off", "planned",
    "arranging", "expected to", "G7 summit", "G-7", "Group of Seven summit", "G20 summit",
    "leaders'", "ministerial", "ministerial-level", "working-level", "summit",
    "Akazawa", "Japan's top tariff negotiator", "Treasury Secretary", "Scott Bessent",
    "Lutnick", "President Donald J. Trump", "He Lifeng", "Ishiba",
    # punctuation and abbreviations
    "Mr.", "Jan.", "Sept.", "e.g.", "a.m.", "No.", ".", ",", ";", ":", " — ", " – ", "?",
    "!", "...", '"', "'", "\u201c", "\u201d", "(", ")", "%", "-", "$", "\n", "\n\n",
    "\n \n", "\r\n", "\t",
]

characters = st.characters(exclude_characters=CASEFOLD_TRAPS)  # surrogates excluded by default
tokens = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(VOCABULARY),
    st.text(characters, max_size=6),
    st.from_regex(r"\A\d{1,4}(\.\d{1,2})?\s?(%|percent|per cent)\Z"),
)
separators = st.sampled_from([" ", " ", " ", "", ". ", ", ", "\n\n", "\n", "  "])
texts = st.lists(st.tuples(tokens, separators), max_size=50).map(
    lambda parts: "".join(token + sep for token, sep in parts)
)
any_text = st.one_of(texts, st.text(characters, max_size=200))
publication = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1),
                                            max_value=date(2100, 12, 31)))

PROPERTY = settings(
    max_examples=200, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

KINDS = {"baseline", "reciprocal", "surcharge", "total", "sectoral", "retaliatory", "other"}
TARIFF_STATUSES = {"proposed", "threatened", "announced", "in_effect", "paused", "agreed",
                   "lifted"}
LEVELS = {"leaders", "ministerial", "working", "other"}
MEETING_STATUSES = {"planned", "held", "cancelled"}


@PROPERTY
@given(text=any_text, published=publication)
def test_extract_facts_never_raises_and_points_at_its_sentences(
    text: str, published: date | None
) -> None:
    facts = extract_facts(text, published)
    spans = {(s.start, s.end) for s in split_sentences(text)}
    for tariff in facts.tariffs:
        assert text[tariff.start:tariff.end] == tariff.sentence
        assert (tariff.start, tariff.end) in spans
        assert tariff.kind in KINDS
        assert tariff.status in TARIFF_STATUSES
        assert tariff.sector is None or tariff.sector in SECTORS
        assert is_known(tariff.imposer) and tariff.imposer != "*"
        assert is_known(tariff.target)
        assert tariff.imposer != tariff.target
        assert tariff.rate_pct >= 0
        assert tariff.previous_rate_pct is None or tariff.previous_rate_pct >= 0
    for meeting in facts.meetings:
        assert text[meeting.start:meeting.end] == meeting.sentence
        assert (meeting.start, meeting.end) in spans
        assert meeting.level in LEVELS
        assert meeting.status in MEETING_STATUSES
        assert len(meeting.parties) >= 2
        assert list(meeting.parties) == sorted(set(meeting.parties))
        assert meeting.round_number is None or meeting.round_number >= 1
        assert meeting.date is None or meeting.date_text is not None
        assert len(set(meeting.participants)) == len(meeting.participants)


@PROPERTY
@given(text=texts, published=publication)
def test_extract_facts_is_deterministic(text: str, published: date | None) -> None:
    assert extract_facts(text, published) == extract_facts(text, published)


@PROPERTY
@given(text=any_text)
def test_split_sentences_offsets_are_valid(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    previous_paragraph = 0
    for sentence in sentences:
        assert 0 <= previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert not re.search(r"\n\s*\n", sentence.text)
        assert sentence.paragraph >= previous_paragraph
        # Only whitespace is dropped between sentences.
        assert text[previous_end:sentence.start].strip() == ""
        previous_end, previous_paragraph = sentence.end, sentence.paragraph
    assert text[previous_end:].strip() == ""


@PROPERTY
@given(text=any_text)
def test_percents_are_substrings_with_sane_values(text: str) -> None:
    for percent in find_percents(text):
        surface = text[percent.start:percent.end]
        assert surface
        assert percent.value >= 0
        assert not re.search(r"percentage", surface, re.I)


@PROPERTY
@given(text=any_text, published=publication, future=st.booleans())
def test_dates_are_substrings(text: str, published: date | None, future: bool) -> None:
    refs = find_dates(text, published, future=future)
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    for ref in refs:
        assert text[ref.start:ref.end] == ref.surface


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ru\u017fsia imposed a 10% tariff on Japan.", id="country-long-s"),
        pytest.param("\u0130ndia faces a 25% tariff.", id="country-dotted-I"),
        pytest.param("The U.S. imposed a 25% tariff on \u017fteel.", id="sector-long-s"),
        pytest.param("Akazawa and Be\u017f\u017fent met for the sixth round of talks.",
                     id="official-long-s"),
        pytest.param("Japan and the U.S. will hold the \u017fixth round of talks.",
                     id="ordinal-long-s"),
        pytest.param("A 25% tariff on Japan takes effect Augu\u017ft 1.", id="month-long-s"),
        pytest.param("A 25% tariff on Japan takes effect Thur\u017fday.", id="weekday-long-s"),
    ],
)
def test_casefold_lookalike_characters_do_not_crash(text: str) -> None:
    facts = extract_facts(text, PUB)
    found: list[TariffMention | MeetingMention] = [*facts.tariffs, *facts.meetings]
    for fact in found:
        assert text[fact.start:fact.end] == fact.sentence


@PROPERTY
@given(
    words=st.lists(st.text(st.sampled_from("abc.-"), min_size=1, max_size=5), min_size=1,
                   max_size=12),
    text=st.text(st.sampled_from("abc.- "), max_size=30),
)
def test_trie_pattern_matches_like_a_longest_first_alternation(
    words: list[str], text: str
) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    for start in range(len(text) + 1):
        a, b = flat.match(text, start), trie.match(text, start)
        assert (a and a.group(0)) == (b and b.group(0))


@pytest.mark.parametrize("module", sorted(Path(__file__).parents[1].joinpath("normalize")
                                          .glob("*.py")), ids=lambda p: p.name)
def test_no_module_name_is_bound_twice(module: Path) -> None:
    """normalize/rates.py holds some 250 patterns: a second `_NAME = re.compile(...)` far
    below the first silently replaces it for every rule above, and no linter reports a
    rebound constant. Each top-level name is bound once."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{name}: lines {seen[name]} and {node.lineno}")
            seen.setdefault(name, node.lineno)
    assert not twice, twice
