"""Officials vocabulary: negotiators named or described by title -> (name, country, level).

Lets "Japan's top tariff negotiator" and "U.S. Treasury Secretary" resolve to
the people who held those posts in the 2025 negotiations. Surnames alone
match too ("Akazawa told reporters").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Level = Literal["leaders", "ministerial", "working"]


@dataclass(frozen=True)
class Official:
    name: str
    country: str
    level: Level
    titles: tuple[str, ...] = ()


OFFICIALS: tuple[Official, ...] = (
    Official("Ryosei Akazawa", "JP", "ministerial",
             ("Japan's top tariff negotiator", "Japan's chief tariff negotiator",
              "Japan's tariff negotiator", "Japan's chief trade negotiator")),
    Official("Shigeru Ishiba", "JP", "leaders", ("Japanese Prime Minister",)),
    Official("Donald Trump", "US", "leaders", ("U.S. President", "US President")),
    Official("Scott Bessent", "US", "ministerial",
             ("Treasury Secretary", "U.S. Treasury Secretary")),
    Official("Howard Lutnick", "US", "ministerial",
             ("Commerce Secretary", "U.S. Commerce Secretary")),
    Official("Jamieson Greer", "US", "ministerial",
             ("U.S. Trade Representative", "US Trade Representative", "USTR")),
    Official("Maros Sefcovic", "EU", "ministerial", ("EU trade commissioner", "EU trade chief")),
    Official("Ursula von der Leyen", "EU", "leaders", ("European Commission President",)),
    Official("He Lifeng", "CN", "ministerial", ("Chinese Vice Premier", "Vice Premier")),
    Official("Li Chenggang", "CN", "working", ("China's trade negotiator",)),
    Official("Xi Jinping", "CN", "leaders", ("Chinese President",)),
    Official("Mark Carney", "CA", "leaders", ("Canadian Prime Minister",)),
    Official("Dominic LeBlanc", "CA", "ministerial", ()),
    Official("Claudia Sheinbaum", "MX", "leaders", ("Mexican President",)),
    Official("Marcelo Ebrard", "MX", "ministerial", ("Mexico's economy minister",)),
    Official("Keir Starmer", "GB", "leaders", ("British Prime Minister",)),
    Official("Jonathan Reynolds", "GB", "ministerial", ("British trade secretary",)),
    Official("Narendra Modi", "IN", "leaders", ("Indian Prime Minister",)),
    Official("Piyush Goyal", "IN", "ministerial", ("India's trade minister",)),
    Official("Luiz Inacio Lula da Silva", "BR", "leaders", ("Brazilian President",)),
    Official("Karin Keller-Sutter", "CH", "leaders", ("Swiss President",)),
    Official("Guy Parmelin", "CH", "ministerial", ("Swiss economy minister",)),
    Official("Lee Jae-myung", "KR", "leaders", ("South Korean President",)),
    Official("Yeo Han-koo", "KR", "ministerial", ("South Korea's trade minister",)),
    Official("Lai Ching-te", "TW", "leaders", ("Taiwanese President",)),
    Official("Nguyen Hong Dien", "VN", "ministerial", ("Vietnam's trade minister",)),
)


@dataclass(frozen=True)
class OfficialRef:
    official: Official
    start: int
    end: int


def _surname(name: str) -> str:
    parts = name.split()
    # East Asian order: family name first (He Lifeng, Li Chenggang, Xi Jinping, Lee Jae-myung).
    if parts[0] in {"He", "Li", "Xi", "Lee", "Yeo", "Lai", "Nguyen"}:
        return parts[0] + " " + parts[1]
    return parts[-1]


def _build() -> tuple[re.Pattern[str], dict[str, Official]]:
    lookup: dict[str, Official] = {}
    for official in OFFICIALS:
        for surface in (official.name, _surname(official.name), *official.titles):
            lookup.setdefault(surface.lower(), official)
    alternatives = sorted(lookup, key=len, reverse=True)
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)"
    return re.compile(pattern, re.IGNORECASE), lookup


_PATTERN, _LOOKUP = _build()


def find_officials(text: str) -> list[OfficialRef]:
    found = []
    for match in _PATTERN.finditer(text):
        surface = match.group(0)
        if not surface[0].isupper():
            continue
        # "President Donald Trump": the title match ends where the name starts; keep both,
        # callers deduplicate by official.
        found.append(OfficialRef(_LOOKUP[surface.lower()], match.start(), match.end()))
    return found
