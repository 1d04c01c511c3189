"""Dates in news prose, resolved against the article's publication date.

Understands "June 15", "Aug. 1, 2025", "1 August", "the seventh of August", "2025-08-01",
a span of days ("14 to 18 July 2025", "June 15-17", "Monday and Tuesday": its first
day), weekdays ("takes effect Thursday"), and "today", "tomorrow", "yesterday",
"this week", "later this week" (Thursday of the publication week),
"next week" (its Monday), "last week", "next month" (its first day), and
"the weekend" / "this weekend" / "last weekend" (its Saturday: ahead for things
to come, else the latest one on or before publication), and "in seven days" /
"in two weeks" (counted from publication).
A weekday resolves forward for things to come and backward for things done.
A yearless date ("June 15") is in the publication year unless that puts
something to come more than half a year in the past (then it is next year's)
or something done more than half a year ahead (then it is last year's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from normalize.folding import fold
from normalize.numbers import ORDINAL_WORDS
from normalize.trie import trie_pattern

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "twenty-one": 21, "thirty": 30}


# A trie of the names (longest first, like a sorted alternation) is scanned faster.
_MONTH = r"(?P<month>" + trie_pattern(list(_MONTHS)) + r")\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("month_day", re.compile(
        r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>20\d\d))?",
        re.IGNORECASE)),
    ("day_month", re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|and|-|\u2013)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
        + _MONTH + r"(?:,?\s+(?P<year>20\d\d))?\b", re.IGNORECASE)),
    ("day_month", re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>20\d\d))?\b",
        re.IGNORECASE)),
    ("day_month", re.compile(
        r"\bthe\s+(?P<day>" + trie_pattern(list(ORDINAL_WORDS)) + r")\s+of\s+" + _MONTH
        + r"(?:,?\s+(?P<year>20\d\d))?\b", re.IGNORECASE)),
    ("relative", re.compile(
        r"\b(?:later this week|this week|next week|last week|next month|today|tomorrow|"
        r"yesterday|(?:over|at|this|last|next) the weekend|(?:this|last|next) weekend)\b",
        re.IGNORECASE)),
    ("in_days", re.compile(
        r"\bin (?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|"
        r"twenty-one|thirty) (?P<unit>days?|weeks?)\b", re.IGNORECASE)),
    # "talks on Monday and Tuesday", "the summit on Saturday and Sunday": the first day
    ("weekday_span", re.compile(
        r"\b(?P<first>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
        r"(?:and|to|through|-|\u2013)\s+"
        r"(?P<last>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
    ("weekday", re.compile(
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
]


@dataclass(frozen=True)
class DateRef:
    surface: str
    start: int
    end: int
    kind: str
    value: date | None


_IN_MONTH = re.compile(r"\bin\s+(?:early\s+|mid-?\s*|late\s+)?" + _MONTH
                       + r"(?!\s*\d)(?:\s+(?P<year>20\d\d))?\b", re.I)


def names_later_month(text: str, start: int, end: int, published: date) -> bool:
    """Does ``text[start:end]`` name a month, without its day, later than the month of
    ``published`` ("the ASEAN summit in Kuala Lumpur in October", written in August)?"""
    for match in _IN_MONTH.finditer(text, start, end):
        month = _MONTHS[fold(match["month"]).rstrip(".")]
        year = int(match["year"]) if match["year"] else published.year
        if (year, month) > (published.year, published.month):
            return True
    return False


def find_dates(text: str, published: date | None, *, future: bool = True) -> list[DateRef]:
    """Date expressions in ``text``, resolved when ``published`` is known."""
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if kind in ("month_day", "day_month") and not _month_ok(match.group("month")):
                continue
            value = _resolve(kind, match, published, future)
            if kind in ("month_day", "day_month") and value is None and published is not None:
                continue
            taken.append((match.start(), match.end()))
            found.append(DateRef(match.group(0), match.start(), match.end(), kind, value))
    return sorted(found, key=lambda ref: ref.start)


def _month_ok(surface: str) -> bool:
    # "may" and "march" are also verbs: only count them capitalised.
    return surface[0].isupper()


def _nearest_year(published: date, month: int, day: int, future: bool) -> date:
    """A yearless date is in the publication year, unless that puts something to come more
    than half a year in the past ("takes effect Jan. 5" in late December: next year) or
    something done more than half a year ahead ("met on Dec. 28" in early January)."""
    value = date(published.year, month, day)
    for year in (published.year + 1, published.year - 1):
        ahead = (value - published).days
        if (future and ahead < -_HALF_YEAR and year > published.year) or (
            not future and ahead > _HALF_YEAR and year < published.year
        ):
            try:
                return date(year, month, day)
            except ValueError:
                return value
    return value


_HALF_YEAR = 183


def _resolve(kind: str, match: re.Match[str], published: date | None, future: bool) -> date | None:
    try:
        if kind == "iso":
            return date(int(match["y"]), int(match["m"]), int(match["d"]))
        if kind in ("month_day", "day_month"):
            month = _MONTHS[fold(match["month"]).rstrip(".")]
            day = int(match["day"]) if match["day"].isdigit() else ORDINAL_WORDS[fold(match["day"])]
            if match["year"]:
                return date(int(match["year"]), month, day)
            if published is None:
                return None
            return _nearest_year(published, month, day, future)
    except ValueError:
        return None
    if published is None:
        return None
    word = fold(match.group(0))
    if kind == "in_days":
        count = match["n"]
        number = int(count) if count.isdigit() else _COUNTS[fold(count)]
        days = number * (7 if fold(match["unit"]).startswith("week") else 1)
        return published + timedelta(days=days)
    if kind == "weekday_span":
        first, last = _WEEKDAYS[fold(match["first"])], _WEEKDAYS[fold(match["last"])]
        if future:
            return _weekday(first, published, future)
        # (things done: the span ends on or before publication)
        return _weekday(last, published, future) - timedelta(days=(last - first) % 7)
    if kind == "weekday":
        return _weekday(_WEEKDAYS[word], published, future)
    monday = published - timedelta(days=published.weekday())
    if word.endswith("weekend"):
        return _weekend(word, published, future)
    return {
        "today": published,
        "tomorrow": published + timedelta(days=1),
        "yesterday": published - timedelta(days=1),
        "this week": published,
        "later this week": max(monday + timedelta(days=3), published + timedelta(days=1)),
        "next week": monday + timedelta(days=7),
        "last week": monday - timedelta(days=7),
        "next month": (published.replace(day=1) + timedelta(days=32)).replace(day=1),
    }.get(word)


def _weekday(weekday: int, published: date, future: bool) -> date:
    """The day of ``weekday`` on or after publication for things to come, else on or
    before it."""
    delta = (weekday - published.weekday()) % 7
    if future:
        return published + timedelta(days=delta)
    return published - timedelta(days=(7 - delta) % 7)


def _weekend(word: str, published: date, future: bool) -> date:
    """The Saturday meant by a weekend: the coming one for things to come ("next
    weekend", or "the weekend" ahead), else the latest one on or before publication."""
    ahead = published + timedelta(days=(5 - published.weekday()) % 7)
    behind = published - timedelta(days=(published.weekday() - 5) % 7)
    if word.startswith("next"):
        return ahead if ahead > published else ahead + timedelta(days=7)
    if word.startswith("last"):
        return behind
    return ahead if future else behind
