"""Percentages in prose: "24%", "24 percent", "24 per cent", "24-percent",
"25-per-cent", "twenty-four percent", "two hundred percent", "sixteen point six percent",
"12.5 pct", "25pc" (British press), "1,000%"; and, in talk about tariffs, a rate
said without its unit ("Bangladesh pays twenty, Vietnam twenty", "India is at fifty
now"): :func:`find_bare_rates`.
"Percentage points" are not rates and do not match. Thousands separators
("1,000%") belong to the number; a number glued to a word or a dot ("v24%") is
not a standalone number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.folding import fold

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth"]
#: Ordinal words for 1 to 31 ("seventh", "twenty-first"): days of a month, rounds of talks.
ORDINAL_WORDS: dict[str, int] = {word: n for n, word in enumerate(
    [*_UNIT_ORDINALS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
     "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
     *[f"twenty-{w}" for w in _UNIT_ORDINALS], "thirtieth", "thirty-first"], start=1)}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SMALL = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_DIGIT = "zero|one|two|three|four|five|six|seven|eight|nine"
_WORDS = (
    rf"(?:(?:(?:{_SMALL})\s+)?hundred(?:\s+(?:and\s+)?(?:(?:{_TEN})(?:[-\s](?:{_SMALL}))?|{_SMALL}))?"
    rf"|(?:{_TEN})(?:[-\s](?:{_SMALL}))?|{_SMALL})"
    # "sixteen point six percent"
    rf"(?:\s+point(?:\s+(?:{_DIGIT})){{1,3}})?"
)
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<number>\d{{1,3}}(?:,\d{{3}})+(?![\d,])(?:\.\d+)?|\d{{1,3}}(?:\.\d+)?"
    rf"|{_WORDS})\s*-?\s*(?:%|percent\b|per[\s-]+cent\b|pct\b|(?-i:pc)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Percent:
    value: float
    start: int
    end: int


def words_to_number(words: str) -> float | None:
    whole, _, decimals = fold(words).partition(" point ")
    if decimals:
        integer = words_to_number(whole)
        digits = [_UNITS.get(token) for token in decimals.split()]
        if integer is None or any(d is None or d > 9 for d in digits):
            return None
        return float(f"{int(integer)}." + "".join(str(d) for d in digits))
    total = 0
    for token in re.split(r"[-\s]+", fold(words)):
        if token == "hundred":
            total = (total or 1) * 100
        elif token in _UNITS:
            total += _UNITS[token]
        elif token in _TENS:
            total += _TENS[token]
        elif token == "and":
            continue
        else:
            return None
    return float(total)


def find_percents(text: str) -> list[Percent]:
    found: list[Percent] = []
    for match in _PERCENT.finditer(text):
        raw = match.group("number")
        value = float(raw.replace(",", "")) if raw[0].isdigit() else words_to_number(raw)
        if value is None:
            continue
        if found and found[-1].value == value and _ECHO.fullmatch(text, found[-1].end,
                                                                  match.start()) \
                and text.startswith(")", match.end()):
            # "from thirty-seven per cent (37%) to fifteen per cent (15%)": the figure in
            # brackets repeats the words before it; one rate, spanning both
            found[-1] = Percent(value, found[-1].start, match.end() + 1)
            continue
        found.append(Percent(value, match.start(), match.end()))
    return found


_ECHO = re.compile(r"\s*\(")


# A rate said without its unit, as people do on air: a number in words from ten to a
# hundred right after "pays", "got", "at", "to" ..., closing its phrase ("India is at
# fifty now", "Indonesia, which also got nineteen,"), and the entries of the list it
# opens ("Bangladesh pays twenty, Vietnam twenty, Cambodia nineteen").
_TENS_AND_TEENS = "|".join(["ten", *[w for w, v in _UNITS.items() if v > 10]])
_BARE_WORDS = (rf"(?:(?:a|one)\s+hundred|(?:{_TEN})(?:-(?:{_SMALL}))?|{_TENS_AND_TEENS})")
_BARE_END = r"(?=\s*(?:[,.;:?!)]|$|\s+(?:now|each|like|overnight|too|apiece)\b))"
# (a quick look first: most sentences name no number from ten up in words)
_TENS_STEMS = ("ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty",
               "sixty", "seventy", "eighty", "ninety", "hundred")
_BARE = re.compile(
    # "Turkey pays 15, the Swiss 39": digits too, after a verb of paying or getting
    rf"(?:\b(?:pays?|paid|paying|got|gets)\s+(?P<digits>[1-9]\d)(?![.,]?\d)\b{_BARE_END}|"
    r"(?:\b(?:pays?|paid|paying|got|gets)"
    # "India is at fifty now", "a notch better than Vietnam at twenty"; not a day's hour
    r"|(?-i:\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"The|It|We|They|He|She|This|That)\b)[A-Z][\w'’.-]+)"
    r"\s+(?:(?:is|are|stays|stayed|remains|remained|now)\s+)?at)\s+"
    rf"(?P<number>{_BARE_WORDS})\b{_BARE_END})", re.IGNORECASE)
_LISTED_BARE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+"
    rf"(?P<number>{_BARE_WORDS}|[1-9]\d(?![.,]?\d))\b{_BARE_END}", re.IGNORECASE)


# (the digits of _BARE come only after a verb of paying or getting)
_PAID_DIGITS = re.compile(r"\b(?:pa(?:ys?|id|ying)|gets?|got)\s+[1-9]", re.IGNORECASE)


def find_bare_rates(text: str) -> list[Percent]:
    """Rates said without a unit (see ``_BARE``): for talk already known to be about
    tariffs; the caller decides that."""
    found: list[Percent] = []
    lowered = text.lower()
    if not any(stem in lowered for stem in _TENS_STEMS) and not _PAID_DIGITS.search(text):
        return found
    for match in _BARE.finditer(text):
        entry: re.Match[str] | None = match
        while entry is not None:
            group = "digits" if entry.groupdict().get("digits") else "number"
            raw = entry.group(group)
            value = float(raw) if raw[0].isdigit() else words_to_number(raw)
            if value is not None:
                found.append(Percent(value, entry.start(group), entry.end(group)))
            entry = _LISTED_BARE.match(text, entry.end())
    return found
