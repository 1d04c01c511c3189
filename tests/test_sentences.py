"""normalize.sentences: splitting article text into sentences with offsets."""

from __future__ import annotations

import re

import pytest

from normalize.sentences import Sentence, clause_at, clauses, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def assert_offsets(text: str, sentences: list[Sentence]) -> None:
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text
        assert previous_end <= sentence.start < sentence.end
        previous_end = sentence.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Tariffs rose. Japan responded.", ["Tariffs rose.", "Japan responded."],
                     id="period"),
        pytest.param("Is it over? Yes. Absolutely!", ["Is it over?", "Yes.", "Absolutely!"],
                     id="question-exclamation"),
        pytest.param("It ended. 25 percent is the rate.", ["It ended.", "25 percent is the rate."],
                     id="next-starts-with-digit"),
        pytest.param("Wait... Then it came.", ["Wait...", "Then it came."], id="ellipsis"),
        pytest.param("The U.S. raised tariffs. Japan responded.",
                     ["The U.S. raised tariffs.", "Japan responded."], id="US-mid-sentence"),
        pytest.param("The U.S. Trade Representative spoke. Talks ended.",
                     ["The U.S. Trade Representative spoke.", "Talks ended."],
                     id="US-before-capital"),
        pytest.param("The U.K. and the E.U. agreed. Talks ended.",
                     ["The U.K. and the E.U. agreed.", "Talks ended."], id="UK-EU"),
        pytest.param("Mr. Akazawa met Mr. Bessent. They talked.",
                     ["Mr. Akazawa met Mr. Bessent.", "They talked."], id="Mr"),
        pytest.param("Sen. Smith and Gov. Jones met Dr. Lee. Done.",
                     ["Sen. Smith and Gov. Jones met Dr. Lee.", "Done."], id="titles"),
        pytest.param("The talks began Jan. 5 in Tokyo. They ended Feb. 3.",
                     ["The talks began Jan. 5 in Tokyo.", "They ended Feb. 3."], id="Jan"),
        pytest.param("He arrived Sept. 3 and left Oct. 4. Done.",
                     ["He arrived Sept. 3 and left Oct. 4.", "Done."], id="Sept-Oct"),
        pytest.param("Talks at 10 a.m. Tuesday went well. Good.",
                     ["Talks at 10 a.m. Tuesday went well.", "Good."], id="a.m."),
        pytest.param("President Donald J. Trump signed it. Markets fell.",
                     ["President Donald J. Trump signed it.", "Markets fell."], id="initial"),
        pytest.param("A. B. Smith said so. Then he left.",
                     ["A. B. Smith said so.", "Then he left."], id="two-initials"),
        pytest.param("Rates (e.g. Japan's) rose. Then fell.",
                     ["Rates (e.g. Japan's) rose.", "Then fell."], id="e.g."),
        pytest.param("Tariffs rose to 3.5 percent. Exports fell.",
                     ["Tariffs rose to 3.5 percent.", "Exports fell."], id="decimal"),
        pytest.param("Japan holds $1.1 trillion. It is a lot.",
                     ["Japan holds $1.1 trillion.", "It is a lot."], id="money-decimal"),
        pytest.param("The rate is 24.5%. Next.", ["The rate is 24.5%.", "Next."],
                     id="decimal-percent"),
        pytest.param('He said "We will retaliate." Then he left.',
                     ['He said "We will retaliate."', "Then he left."], id="closing-quote"),
        pytest.param('He said "No deal!" Then he left.',
                     ['He said "No deal!"', "Then he left."], id="quote-exclamation"),
        pytest.param("It said \u201cYes.\u201d Then it left.",
                     ["It said \u201cYes.\u201d", "Then it left."], id="curly-quotes"),
        pytest.param('Talks ended. "We will be back," he said.',
                     ["Talks ended.", '"We will be back," he said.'], id="opening-quote"),
        pytest.param("Prices rose (sharply.) Then fell.",
                     ["Prices rose (sharply.)", "Then fell."], id="paren"),
        pytest.param("The rate is 24%. it stays.", ["The rate is 24%. it stays."],
                     id="lowercase-continues"),
        pytest.param("  Leading spaces. Trailing.   ", ["Leading spaces.", "Trailing."],
                     id="strip"),
        pytest.param("No final period", ["No final period"], id="no-terminator"),
        pytest.param("Line one\nline two. Line three.", ["Line one\nline two.", "Line three."],
                     id="single-newline-not-a-break"),
        pytest.param(
            "The duties were imposed by the U.S. The ministry said it would respond.",
            ["The duties were imposed by the U.S.", "The ministry said it would respond."],
            id="US-ends-sentence",
        ),
        pytest.param(
            "Akazawa's answer was no. The talks ended.",
            ["Akazawa's answer was no.", "The talks ended."],
            id="no-is-not-No.",
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert_offsets(text, sentences)


def test_offsets_index_the_original_text() -> None:
    text = "  First one.  Second one?\n\n   Third one!  "
    sentences = split_sentences(text)
    assert [(s.start, s.end) for s in sentences] == [(2, 12), (14, 25), (30, 40)]
    assert_offsets(text, sentences)


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n \n\t ") == []


@pytest.mark.parametrize(
    "separator", ["\n\n", "\n \n", "\n\t\n", "\n\n\n\n", "\r\n\r\n"],
    ids=["blank", "space-line", "tab-line", "many", "crlf"],
)
def test_paragraph_breaks_always_end_a_sentence(separator: str) -> None:
    text = f"First paragraph without a period{separator}second paragraph in lower case"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "First paragraph without a period", "second paragraph in lower case",
    ]
    assert [s.paragraph for s in sentences] == [0, 1]
    assert_offsets(text, sentences)


def test_paragraph_break_after_abbreviation() -> None:
    # "U.S." would not end a sentence inside a paragraph; a blank line always does.
    text = "Tokyo sent a delegation to the U.S.\n\nJapan said more talks are planned."
    assert texts(text) == ["Tokyo sent a delegation to the U.S.",
                           "Japan said more talks are planned."]


def test_no_sentence_crosses_a_paragraph() -> None:
    text = (
        "Japan's negotiator visited the U.S. He met Mr.\n\nBessent. The round ended.\n\n"
        "A 24% tariff applies. Talks go on\n \nNext paragraph."
    )
    sentences = split_sentences(text)
    assert_offsets(text, sentences)
    for sentence in sentences:
        assert not re.search(r"\n\s*\n", sentence.text)
    assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)
    assert {s.paragraph for s in sentences} == {0, 1, 2, 3}
    assert "He met Mr." in texts(text)[0]


def test_paragraph_numbers_count_paragraphs() -> None:
    text = "One. Two.\n\nThree.\n\nFour. Five. Six."
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [
        ("One.", 0), ("Two.", 0), ("Three.", 1), ("Four.", 2), ("Five.", 2), ("Six.", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Akazawa, who met Bessent last week, is expected to hold talks.",
         ["Akazawa, ", "who met Bessent last week,", " is expected to hold talks."]),
        ("He met Bessent, who led the U.S. side when the first round took place.",
         ["He met Bessent, ", "who led the U.S. side ", "when the first round took place."]),
        ("Tariffs rose; exports fell, but talks go on.",
         ["Tariffs rose; ", "exports fell, ", "but talks go on."]),
        ("Duties on cars, steel and aluminium remain.",
         ["Duties on cars, steel and aluminium remain."]),
    ],
)
def test_clauses_cover_the_sentence(text: str, expected: list[str]) -> None:
    spans = clauses(text)
    assert [text[a:b] for a, b in spans] == expected
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert clause_at(text, len(text) - 2) == spans[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held in Washington, D.C. The two sides will meet again.",
         ["Talks were held in Washington, D.C.", "The two sides will meet again."]),
        ("Officials met in Washington, D.C. on Friday.",
         ["Officials met in Washington, D.C. on Friday."]),
        ("The Washington, D.C. Trade Council met.", ["The Washington, D.C. Trade Council met."]),
    ],
)
def test_a_place_abbreviation_ends_a_sentence_before_an_article(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_a_participle_clause_is_a_clause_of_its_own() -> None:
    text = "Trump suspended the rate, leaving a 10 percent levy in place."
    assert [text[a:b] for a, b in clauses(text)] == [
        "Trump suspended the rate, ", "leaving a 10 percent levy in place.",
    ]


def test_a_possessive_s_before_a_period_ends_the_sentence() -> None:
    text = ("The deal guarantees Korean chips treatment no worse than any other country's. "
            "Korean goods face a 15% tariff from Thursday. Donald J. Trump signed it.")
    assert [s.text for s in split_sentences(text)] == [
        "The deal guarantees Korean chips treatment no worse than any other country's.",
        "Korean goods face a 15% tariff from Thursday.", "Donald J. Trump signed it."]
