"""normalize.dates: date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from normalize.dates import find_dates

MONDAY = date(2025, 6, 2)  # the seed story's publication date, a Monday
WEDNESDAY = date(2025, 6, 4)


def resolved(
    text: str, published: date | None = MONDAY, *, future: bool = True
) -> list[tuple[str, date | None]]:
    return [(ref.surface, ref.value) for ref in find_dates(text, published, future=future)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("from June 15", "June 15", date(2025, 6, 15)),
        ("on June 15th", "June 15th", date(2025, 6, 15)),
        ("on Aug. 1, 2025", "Aug. 1, 2025", date(2025, 8, 1)),
        ("on Aug 1 2025", "Aug 1 2025", date(2025, 8, 1)),
        ("on Sept. 9", "Sept. 9", date(2025, 9, 9)),
        ("on Sep 9", "Sep 9", date(2025, 9, 9)),
        ("on Dec. 25, 2024", "Dec. 25, 2024", date(2024, 12, 25)),
        ("announced on April 2", "April 2", date(2025, 4, 2)),
        ("from 1 August", "1 August", date(2025, 8, 1)),
        ("from 1st August 2026", "1st August 2026", date(2026, 8, 1)),
        ("by 31 December 2024", "31 December 2024", date(2024, 12, 31)),
        ("on 2025-08-01", "2025-08-01", date(2025, 8, 1)),
        ("May 5", "May 5", date(2025, 5, 5)),
        ("March 3", "March 3", date(2025, 3, 3)),
        ("on 15 May", "15 May", date(2025, 5, 15)),
        ("since the seventh of August", "the seventh of August", date(2025, 8, 7)),
        ("from the twenty-first of May", "the twenty-first of May", date(2025, 5, 21)),
    ],
)
def test_calendar_dates(text: str, surface: str, value: date) -> None:
    refs = find_dates(text, MONDAY)
    assert [(r.surface, r.value) for r in refs] == [(surface, value)]
    (ref,) = refs
    assert text[ref.start:ref.end] == surface


def test_kinds_are_reported() -> None:
    text = "June 15; 1 August; on 2025-08-01; next week and Thursday"
    assert [r.kind for r in find_dates(text, MONDAY)] == [
        "month_day", "day_month", "iso", "relative", "weekday",
    ]


def test_several_dates_sorted_by_position() -> None:
    text = "Talks on Thursday, then tariffs from Aug. 1 and a summit from June 15."
    assert resolved(text) == [
        ("Thursday", date(2025, 6, 5)),
        ("Aug. 1", date(2025, 8, 1)),
        ("June 15", date(2025, 6, 15)),
    ]


def test_year_in_text_wins_over_publication_year() -> None:
    assert resolved("on Aug. 1, 2026", date(2025, 6, 2)) == [("Aug. 1, 2026", date(2026, 8, 1))]


def test_yearless_dates_need_a_publication_date() -> None:
    assert resolved("from June 15", None) == [("June 15", None)]
    assert resolved("from 1 August", None) == [("1 August", None)]
    # With a year or in ISO form they resolve on their own.
    assert resolved("on Aug. 1, 2025", None) == [("Aug. 1, 2025", date(2025, 8, 1))]
    assert resolved("on 2025-08-01", None) == [("2025-08-01", date(2025, 8, 1))]


@pytest.mark.parametrize("text", ["June 31", "Feb. 30", "31 April"])
def test_impossible_dates_are_dropped(text: str) -> None:
    assert find_dates(text, MONDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said talks may 1 day resume.",
        "Thousands of farmers march 5 kilometres to parliament.",
        "Japan may raise duties, and protesters may march.",
        "They may 15 times have said so.",
    ],
)
def test_may_and_march_as_verbs_are_not_dates(text: str) -> None:
    assert find_dates(text, MONDAY) == []


def test_capitalised_month_names_still_count_next_to_verbs() -> None:
    text = "Officials may meet on May 5, and farmers march on March 3."
    assert resolved(text) == [("May 5", date(2025, 5, 5)), ("March 3", date(2025, 3, 3))]


@pytest.mark.parametrize(
    ("weekday", "forward", "backward"),
    [
        ("Monday", date(2025, 6, 2), date(2025, 6, 2)),
        ("Tuesday", date(2025, 6, 3), date(2025, 5, 27)),
        ("Wednesday", date(2025, 6, 4), date(2025, 5, 28)),
        ("Thursday", date(2025, 6, 5), date(2025, 5, 29)),
        ("Friday", date(2025, 6, 6), date(2025, 5, 30)),
        ("Saturday", date(2025, 6, 7), date(2025, 5, 31)),
        ("Sunday", date(2025, 6, 8), date(2025, 6, 1)),
    ],
)
def test_weekdays_forward_and_backward_from_a_monday(
    weekday: str, forward: date, backward: date
) -> None:
    assert resolved(f"on {weekday}", future=True) == [(weekday, forward)]
    assert resolved(f"on {weekday}", future=False) == [(weekday, backward)]


def test_weekdays_relative_to_a_wednesday() -> None:
    assert resolved("takes effect Monday", WEDNESDAY) == [("Monday", date(2025, 6, 9))]
    assert resolved("met on Monday", WEDNESDAY, future=False) == [("Monday", date(2025, 6, 2))]
    assert resolved("takes effect Friday", WEDNESDAY) == [("Friday", date(2025, 6, 6))]
    assert resolved("met Friday", WEDNESDAY, future=False) == [("Friday", date(2025, 5, 30))]
    # The publication day itself is the same day either way.
    assert resolved("Wednesday", WEDNESDAY) == [("Wednesday", WEDNESDAY)]
    assert resolved("Wednesday", WEDNESDAY, future=False) == [("Wednesday", WEDNESDAY)]


def test_a_span_of_weekdays_is_its_first_day() -> None:
    # (WEDNESDAY is 2025-06-04)
    assert resolved("talks on Monday and Tuesday", WEDNESDAY, future=False) == [
        ("Monday and Tuesday", date(2025, 6, 2))]
    assert resolved("the summit on Saturday and Sunday", WEDNESDAY) == [
        ("Saturday and Sunday", date(2025, 6, 7))]
    assert resolved("talks in Geneva on Saturday and Sunday", WEDNESDAY, future=False) == [
        ("Saturday and Sunday", date(2025, 5, 31))]


@pytest.mark.parametrize("published", [MONDAY + timedelta(days=n) for n in range(14)])
def test_weekdays_always_within_a_week_on_the_right_side(published: date) -> None:
    for name in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]:
        (ahead,) = find_dates(name, published, future=True)
        (behind,) = find_dates(name, published, future=False)
        assert ahead.value is not None and behind.value is not None
        assert 0 <= (ahead.value - published).days <= 6
        assert 0 <= (published - behind.value).days <= 6
        assert ahead.value.strftime("%A") == name == behind.value.strftime("%A")


def test_weekday_possessive_and_unresolved() -> None:
    assert resolved("Monday's meeting") == [("Monday", MONDAY)]
    assert resolved("on Thursday", None) == [("Thursday", None)]
    assert find_dates("on Mondays and weekdays", MONDAY) == []


@pytest.mark.parametrize(
    "published",
    [date(2025, 6, 2), date(2025, 6, 3), date(2025, 6, 4)],
    ids=["Monday", "Tuesday", "Wednesday"],
)
def test_later_this_week_is_thursday_of_the_publication_week(published: date) -> None:
    assert resolved("later this week", published) == [("later this week", date(2025, 6, 5))]


@pytest.mark.parametrize(
    "published",
    [date(2025, 6, 5), date(2025, 6, 6), date(2025, 6, 7)],
    ids=["Thursday", "Friday", "Saturday"],
)
def test_later_this_week_late_in_the_week_is_still_ahead_and_in_the_week(
    published: date,
) -> None:
    ((_, value),) = resolved("later this week", published)
    assert value is not None
    assert value > published
    assert value.isocalendar()[:2] == published.isocalendar()[:2]


def test_later_this_week_is_one_expression_not_this_week() -> None:
    refs = find_dates("Akazawa will visit later this week.", MONDAY)
    assert [(r.surface, r.kind) for r in refs] == [("later this week", "relative")]
    assert resolved("Later This Week") == [("Later This Week", date(2025, 6, 5))]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("next week", MONDAY, date(2025, 6, 9)),
        ("next week", date(2025, 6, 8), date(2025, 6, 9)),  # Sunday: tomorrow's week
        ("next week", WEDNESDAY, date(2025, 6, 9)),
        ("last week", MONDAY, date(2025, 5, 26)),
        ("last week", date(2025, 6, 6), date(2025, 5, 26)),
        ("this week", WEDNESDAY, WEDNESDAY),
        ("today", WEDNESDAY, WEDNESDAY),
        ("tomorrow", WEDNESDAY, date(2025, 6, 5)),
        ("yesterday", MONDAY, date(2025, 6, 1)),
        ("tomorrow", date(2025, 12, 31), date(2026, 1, 1)),
        ("next month", MONDAY, date(2025, 7, 1)),
        ("next month", date(2025, 1, 31), date(2025, 2, 1)),
        ("next month", date(2025, 12, 15), date(2026, 1, 1)),
    ],
)
def test_relative_expressions(text: str, published: date, value: date) -> None:
    assert resolved(f"talks {text}", published) == [(text, value)]


def test_relative_expressions_need_a_publication_date() -> None:
    assert resolved("next week", None) == [("next week", None)]


def test_no_dates() -> None:
    assert find_dates("Tariffs of 25 percent on 3 million cars in 2025.", MONDAY) == []
    assert find_dates("", MONDAY) == []


def test_yearless_future_date_rolls_into_next_year() -> None:
    assert resolved("takes effect Jan. 5", date(2025, 12, 20), future=True) == [
        ("Jan. 5", date(2026, 1, 5))
    ]


def test_yearless_past_date_rolls_into_previous_year() -> None:
    assert resolved("met on Dec. 28", date(2026, 1, 3), future=False) == [
        ("Dec. 28", date(2025, 12, 28))
    ]


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("talks over the weekend", False, date(2025, 5, 31)),
        ("talks this weekend", True, date(2025, 6, 7)),
        ("talks next weekend", True, date(2025, 6, 7)),
        ("talks last weekend", False, date(2025, 5, 31)),
    ],
)
def test_weekends_are_their_saturday(text: str, future: bool, value: date) -> None:
    (ref,) = find_dates(text, MONDAY, future=future)
    assert ref.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("effective in seven days", date(2025, 6, 9)), ("in 21 days", date(2025, 6, 23)),
     ("in two weeks", date(2025, 6, 16))],
)
def test_in_so_many_days(text: str, value: date) -> None:
    assert [ref.value for ref in find_dates(text, MONDAY)] == [value]


def test_lookalike_letters_in_dates_resolve() -> None:
    assert resolved("from Augu\u017ft 1") == [("Augu\u017ft 1", date(2025, 8, 1))]
    assert resolved("on Thur\u017fday") == [("Thur\u017fday", date(2025, 6, 5))]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("held from 14 to 18 July 2025", "14 to 18 July 2025", date(2025, 7, 14)),
        ("on 13 and 14 November", "13 and 14 November", date(2025, 11, 13)),
        ("from 3-5 March 2026", "3-5 March 2026", date(2026, 3, 3)),
        ("from May 21 to 24", "May 21", date(2025, 5, 21)),
    ],
)
def test_a_span_of_days_is_its_first_day(text: str, surface: str, value: date) -> None:
    assert resolved(text) == [(surface, value)]
