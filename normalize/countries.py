"""Country vocabulary: names, demonyms, capitals and institutions -> ISO codes.

Codes are ISO 3166-1 alpha-2, plus ``EU``. Capitals and institutions stand
for their government when used as actors ("Tokyo presented", "Brussels
retaliated", "the bloc"); :func:`find_countries` reports how each was named
so callers can tell a venue ("in Washington") from an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

NameKind = Literal["name", "demonym", "capital", "institution"]

# code: (display name, names, demonyms, capitals/metonyms, institutions)
_COUNTRIES: dict[str, tuple[str, list[str], list[str], list[str], list[str]]] = {
    "US": ("United States", ["United States", "U.S.", "US", "U.S.A.", "USA", "America"],
           ["American", "Americans"], ["Washington"],
           ["White House", "Trump administration", "Trump", "USTR", "Commerce Department"]),
    "JP": ("Japan", ["Japan"], ["Japanese"], ["Tokyo"], []),
    "CN": ("China", ["China", "People's Republic of China"], ["Chinese"], ["Beijing"], []),
    "EU": ("European Union", ["European Union", "EU", "E.U."], ["European"], ["Brussels"],
           ["European Commission", "the bloc", "the 27-nation bloc", "27-member bloc"]),
    "CA": ("Canada", ["Canada"], ["Canadian", "Canadians"], ["Ottawa"], []),
    "MX": ("Mexico", ["Mexico"], ["Mexican", "Mexicans"], ["Mexico City"], []),
    "GB": ("United Kingdom", ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
           ["British"], ["London"], ["Downing Street"]),
    "IN": ("India", ["India"], ["Indian"], ["New Delhi"], []),
    "BR": ("Brazil", ["Brazil"], ["Brazilian"], ["Brasilia", "Brasília"], []),
    "CH": ("Switzerland", ["Switzerland"], ["Swiss"], ["Bern"], []),
    "VN": ("Vietnam", ["Vietnam", "Viet Nam"], ["Vietnamese"], ["Hanoi"], []),
    "KR": ("South Korea", ["South Korea", "Korea", "Republic of Korea"], ["South Korean", "Korean"],
           ["Seoul"], []),
    "TW": ("Taiwan", ["Taiwan"], ["Taiwanese"], ["Taipei"], []),
    "DE": ("Germany", ["Germany"], ["German"], ["Berlin"], []),
    "FR": ("France", ["France"], ["French"], ["Paris"], []),
    "IT": ("Italy", ["Italy"], ["Italian"], ["Rome"], []),
    "AU": ("Australia", ["Australia"], ["Australian"], ["Canberra"], []),
    "ID": ("Indonesia", ["Indonesia"], ["Indonesian"], ["Jakarta"], []),
    "TH": ("Thailand", ["Thailand"], ["Thai"], ["Bangkok"], []),
    "MY": ("Malaysia", ["Malaysia"], ["Malaysian"], ["Kuala Lumpur"], []),
    "PH": ("Philippines", ["Philippines"], ["Philippine", "Filipino"], ["Manila"], []),
    "SG": ("Singapore", ["Singapore"], ["Singaporean"], [], []),
    "ZA": ("South Africa", ["South Africa"], ["South African"], ["Pretoria"], []),
    "TR": ("Turkey", ["Turkey", "Türkiye"], ["Turkish"], ["Ankara"], []),
    "RU": ("Russia", ["Russia"], ["Russian"], ["Moscow"], ["Kremlin"]),
    "KH": ("Cambodia", ["Cambodia"], ["Cambodian"], ["Phnom Penh"], []),
    "BD": ("Bangladesh", ["Bangladesh"], ["Bangladeshi"], ["Dhaka"], []),
    "NZ": ("New Zealand", ["New Zealand"], [], ["Wellington"], []),
    "NO": ("Norway", ["Norway"], ["Norwegian"], ["Oslo"], []),
    "IL": ("Israel", ["Israel"], ["Israeli"], [], []),
    "AR": ("Argentina", ["Argentina"], ["Argentine", "Argentinian"], ["Buenos Aires"], []),
}

#: Summits that stand for a group of leaders.
GROUPS: dict[str, tuple[str, ...]] = {
    "G7": ("CA", "DE", "EU", "FR", "GB", "IT", "JP", "US"),
    "G20": ("AR", "AU", "BR", "CA", "CN", "DE", "EU", "FR", "GB", "ID", "IN", "IT", "JP", "KR",
            "MX", "RU", "SA", "TR", "US", "ZA"),
}


def display_name(code: str) -> str:
    entry = _COUNTRIES.get(code)
    return entry[0] if entry else code


def is_known(code: str) -> bool:
    return code in _COUNTRIES or code == "*"


@dataclass(frozen=True)
class CountryRef:
    code: str
    start: int
    end: int
    surface: str
    named_as: NameKind


def _build() -> tuple[re.Pattern[str], dict[str, tuple[str, NameKind]]]:
    lookup: dict[str, tuple[str, NameKind]] = {}
    for code, (_display, names, demonyms, capitals, institutions) in _COUNTRIES.items():
        groups: list[tuple[list[str], NameKind]] = [
            (names, "name"), (demonyms, "demonym"), (capitals, "capital"),
            (institutions, "institution"),
        ]
        for surfaces, kind in groups:
            for surface in surfaces:
                lookup[surface.lower()] = (code, kind)
    alternatives = sorted(lookup, key=len, reverse=True)
    # Abbreviations with dots end in a non-word character: no trailing \b there.
    parts = [
        re.escape(s) + (r"\b" if s[-1].isalnum() else "")
        for s in alternatives
    ]
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + ")", re.IGNORECASE), lookup


_PATTERN, _LOOKUP = _build()
# Surfaces that are ordinary words in lower case: only count them capitalised.
_CASE_SENSITIVE = {"us", "eu", "uk", "usa", "trump", "china", "turkey"}


def find_countries(text: str) -> list[CountryRef]:
    found = []
    for match in _PATTERN.finditer(text):
        surface = match.group(0)
        key = surface.lower()
        if key in _CASE_SENSITIVE and not surface[0].isupper():
            continue
        if key == "us" and surface != "US":
            continue  # "us" the pronoun
        code, kind = _LOOKUP[key]
        found.append(CountryRef(code, match.start(), match.end(), surface, kind))
    return found
