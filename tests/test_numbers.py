"""normalize.numbers: percentages in prose."""

from __future__ import annotations

import pytest

from normalize.numbers import find_bare_rates, find_percents, words_to_number


def values(text: str) -> list[float]:
    return [p.value for p in find_percents(text)]


def surfaces(text: str) -> list[str]:
    return [text[p.start:p.end] for p in find_percents(text)]


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("a 24% tariff", 24.0, "24%"),
        ("a 24 % tariff", 24.0, "24 %"),
        ("a 24 percent tariff", 24.0, "24 percent"),
        ("a 24 Percent tariff", 24.0, "24 Percent"),
        ("a 24 PERCENT tariff", 24.0, "24 PERCENT"),
        ("a 24 per cent tariff", 24.0, "24 per cent"),
        ("a 24-percent tariff", 24.0, "24-percent"),
        ("a 12.5 pct duty", 12.5, "12.5 pct"),
        ("a 0.5% levy", 0.5, "0.5%"),
        ("a 6.25 percent levy", 6.25, "6.25 percent"),
        ("a 145 percent tariff", 145.0, "145 percent"),
        ("tariffs of 100% on chips", 100.0, "100%"),
        ("a twenty-four percent tariff", 24.0, "twenty-four percent"),
        ("Twenty-four percent was the rate", 24.0, "Twenty-four percent"),
        ("a twenty four percent tariff", 24.0, "twenty four percent"),
        ("a twenty-four-percent tariff", 24.0, "twenty-four-percent"),
        ("a ten per cent duty", 10.0, "ten per cent"),
        ("a fifteen percent duty", 15.0, "fifteen percent"),
        ("a forty percent duty", 40.0, "forty percent"),
        ("ninety-nine percent", 99.0, "ninety-nine percent"),
        ("a one percent duty", 1.0, "one percent"),
        ("a zero percent tariff", 0.0, "zero percent"),
        ("one hundred forty-five percent", 145.0, "one hundred forty-five percent"),
        ("one hundred and forty-five percent", 145.0, "one hundred and forty-five percent"),
        ("a hundred percent tariff", 100.0, "hundred percent"),
        ("a one hundred percent tariff", 100.0, "one hundred percent"),
        ("a 25 per cent.", 25.0, "25 per cent"),
    ],
)
def test_percent_spellings(text: str, value: float, surface: str) -> None:
    found = find_percents(text)
    assert [p.value for p in found] == [value]
    assert [text[p.start:p.end] for p in found] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "up 2.5 percentage points",
        "two percentage points higher",
        "a 1 percentage point rise",
        "a 50 percentage-point jump",
        "by 10 percentage points to",
        "the 24 percentile",
        "24 percentage",
        "a 24 percents",
        "twenty-four percentage points",
    ],
)
def test_percentage_points_and_lookalikes_never_match(text: str) -> None:
    assert find_percents(text) == []


@pytest.mark.parametrize(
    "text",
    ["v24%", "x.5%", "ABC24 percent", "1.2.3%"],
)
def test_numbers_glued_to_words_or_dots_are_not_rates(text: str) -> None:
    # Part of a token ("v24", a version string) is not a standalone number.
    assert find_percents(text) == []


def test_several_percentages_in_order_with_spans() -> None:
    text = "raised from 25% to 50 percent, then twenty per cent, on top of 10 pct."
    assert values(text) == [25.0, 50.0, 20.0, 10.0]
    assert surfaces(text) == ["25%", "50 percent", "twenty per cent", "10 pct"]


def test_percent_inside_percentage_points_sentence() -> None:
    text = "The rate rose 10 percentage points to 35 percent."
    assert values(text) == [35.0]
    assert surfaces(text) == ["35 percent"]


def test_no_percent_no_match() -> None:
    assert find_percents("Tariffs on 25 cars and 3 ships, round 6 of talks.") == []
    assert find_percents("") == []


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("twenty-four", 24.0),
        ("twenty four", 24.0),
        ("Forty-Five", 45.0),
        ("one hundred forty-five", 145.0),
        ("one hundred and five", 105.0),
        ("hundred", 100.0),
        ("nineteen", 19.0),
        ("zero", 0.0),
        ("ninety", 90.0),
    ],
)
def test_words_to_number(words: str, number: float) -> None:
    assert words_to_number(words) == number


@pytest.mark.parametrize("words", ["percent", "twenty-foo", "dozen", "first"])
def test_words_to_number_rejects_non_numbers(words: str) -> None:
    assert words_to_number(words) is None


def test_thousands_separator() -> None:
    assert values("a 1,000% tariff") == [1000.0]


def test_two_hundred_percent() -> None:
    assert values("a two hundred percent tariff on wine") == [200.0]


def test_hyphenated_per_cent() -> None:
    assert values("a 25-per-cent tariff on steel") == [25.0]


def test_decimals_in_words() -> None:
    assert values("jeans now pay sixteen point six percent, thirty-one point six percent in "
                  "all; the economy grew zero point eight percent") == [16.6, 31.6, 0.8]
    assert values("one point five per cent") == [1.5]


def test_point_needs_digit_words_after_it() -> None:
    assert values("fifteen percent, point taken") == [15.0]


def bare(text: str) -> list[float]:
    return [p.value for p in find_bare_rates(text)]


def test_rates_said_without_a_unit() -> None:
    assert bare("Bangladesh pays twenty, Vietnam twenty, Cambodia nineteen like us.") == [
        20.0, 20.0, 19.0]
    assert bare("India is at fifty now, half of it a penalty.") == [50.0]
    assert bare("level with Indonesia, which also got nineteen, and better than Vietnam at "
                "twenty.") == [19.0, 20.0]


def test_numbers_without_a_unit_that_are_no_rates() -> None:
    assert bare("The meeting is at ten.") == []
    assert bare("Talks resume Monday at ten.") == []
    assert bare("He got twenty votes, and we paid five.") == []
    assert bare("Japan is putting up five hundred fifty billion dollars.") == []


def test_rates_said_in_digits_without_a_unit() -> None:
    assert bare("Turkey pays 15, the Swiss 39.") == [15.0, 39.0]
    assert bare("Cars above the quota still pay 27.5 percent.") == []
    assert bare("The shares paid 12.5.") == []
    assert bare("It got 20 votes.") == []
