"""Officials vocabulary: negotiators named or described by title -> (name, country, level).

Lets "Japan's top tariff negotiator" and "U.S. Treasury Secretary" resolve to
the people who held those posts in the 2025 negotiations. Surnames alone
match too ("Akazawa told reporters"). A title right before someone else's name
is that person's title ("Vice Premier Cheng Li-chiun" is not He Lifeng), and so
is one under a lower rank ("Assistant United States Trade Representative",
"Deputy Trade Representative", "former Commerce Secretary"); a title after
"Office of the" names an office, not a person.

:func:`title_levels` reads the rank of officials we do not know by name from
their titles: working (deputy or vice minister, assistant trade representative,
special secretary, chief negotiator), ministerial (minister, secretary, trade
representative, commissioner, vice premier, vice president, deputy prime minister), leaders
(president, prime minister, premier, chancellor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from normalize.folding import fold
from normalize.trie import trie_pattern

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
             ("Treasury Secretary", "U.S. Treasury Secretary", "Secretary of the Treasury")),
    Official("Howard Lutnick", "US", "ministerial",
             ("Commerce Secretary", "U.S. Commerce Secretary", "Secretary of Commerce")),
    Official("Jamieson Greer", "US", "ministerial",
             ("U.S. Trade Representative", "US Trade Representative", "USTR",
              "Trade Representative")),
    Official("Maros Sefcovic", "EU", "ministerial",
             ("EU trade commissioner", "EU trade chief", "Maro\u0161 \u0160ef\u010dovi\u010d",
              "\u0160ef\u010dovi\u010d", "trade commissioner")),
    Official("Ursula von der Leyen", "EU", "leaders", ("European Commission President",)),
    Official("He Lifeng", "CN", "ministerial", ("Chinese Vice Premier", "Vice Premier")),
    Official("Li Chenggang", "CN", "working", ("China's trade negotiator",)),
    Official("Xi Jinping", "CN", "leaders", ("Chinese President",)),
    Official("Mark Carney", "CA", "leaders", ("Canadian Prime Minister",)),
    Official("Justin Trudeau", "CA", "leaders", ()),
    Official("Dominic LeBlanc", "CA", "ministerial", ()),
    Official("Claudia Sheinbaum", "MX", "leaders", ("Mexican President",)),
    Official("Marcelo Ebrard", "MX", "ministerial",
             ("Mexico's economy minister", "Economy Secretary", "Mexico's Secretary of Economy")),
    Official("Keir Starmer", "GB", "leaders", ("British Prime Minister",)),
    Official("Jonathan Reynolds", "GB", "ministerial",
             ("British trade secretary", "Business Secretary", "Business and Trade Secretary")),
    Official("Narendra Modi", "IN", "leaders", ("Indian Prime Minister",)),
    Official("Piyush Goyal", "IN", "ministerial", ("India's trade minister",)),
    Official("Luiz Inacio Lula da Silva", "BR", "leaders", ("Brazilian President",)),
    Official("Karin Keller-Sutter", "CH", "leaders", ("Swiss President",)),
    Official("Guy Parmelin", "CH", "ministerial", ("Swiss economy minister",)),
    Official("Lee Jae-myung", "KR", "leaders", ("South Korean President",)),
    Official("Yeo Han-koo", "KR", "ministerial", ("South Korea's trade minister",)),
    Official("Lai Ching-te", "TW", "leaders", ("Taiwanese President", "Lai")),
    Official("Nguyen Hong Dien", "VN", "ministerial", ("Vietnam's trade minister",)),
    Official("Yoji Muto", "JP", "ministerial", ("Japan's trade minister",)),
    Official("Katsunobu Kato", "JP", "ministerial", ("Japan's finance minister",)),
    Official("Wang Wentao", "CN", "ministerial", ("Chinese Commerce Minister",
                                                  "China's commerce minister")),
    Official("Li Qiang", "CN", "leaders", ("Chinese Premier",)),
    Official("Melanie Joly", "CA", "ministerial", ()),
    Official("Francois-Philippe Champagne", "CA", "ministerial", ()),
    Official("Geraldo Alckmin", "BR", "ministerial", ("Brazilian Vice President",)),
    Official("Fernando Haddad", "BR", "ministerial", ("Brazil's finance minister",)),
    Official("Mauro Vieira", "BR", "ministerial", ("Brazil's foreign minister",)),
    Official("Rajesh Agrawal", "IN", "working", ("India's chief negotiator",)),
    Official("Brendan Lynch", "US", "working", ("Assistant U.S. Trade Representative",
                                                "Assistant US Trade Representative")),
    Official("Kim Jung-kwan", "KR", "ministerial", ("South Korea's industry minister",)),
    Official("Friedrich Merz", "DE", "leaders", ("German Chancellor",)),
    Official("Emmanuel Macron", "FR", "leaders", ("French President",)),
    Official("Giorgia Meloni", "IT", "leaders", ("Italian Prime Minister",)),
    Official("Anthony Albanese", "AU", "leaders", ("Australian Prime Minister",)),
    Official("Prabowo Subianto", "ID", "leaders", ("Indonesian President",)),
    Official("Anwar Ibrahim", "MY", "leaders", ("Malaysian Prime Minister",)),
    Official("Tengku Zafrul Aziz", "MY", "ministerial", ("Malaysia's trade minister", "Zafrul")),
    Official("Ferdinand Marcos", "PH", "leaders", ("Philippine President",)),
    Official("Cristina Roque", "PH", "ministerial", ("Philippine Trade Secretary",)),
    Official("Airlangga Hartarto", "ID", "ministerial", ("Airlangga",)),
    Official("Sun Chanthol", "KH", "ministerial", ()),
    Official("Hun Manet", "KH", "leaders", ("Cambodian Prime Minister",)),
    Official("Anutin Charnvirakul", "TH", "leaders", ("Thai Prime Minister", "Anutin")),
    Official("Pichai Chunhavajira", "TH", "ministerial", ("Pichai",)),
    Official("Sanae Takaichi", "JP", "leaders", ()),
    Official("Koo Yun-cheol", "KR", "ministerial", ()),
    Official("Benjamin Netanyahu", "IL", "leaders", ("Israeli Prime Minister",)),
    Official("Cyril Ramaphosa", "ZA", "leaders", ("South African President",)),
    Official("Recep Tayyip Erdogan", "TR", "leaders", ("Turkish President",)),
    Official("Javier Milei", "AR", "leaders", ("Argentine President",)),
    Official("Christopher Luxon", "NZ", "leaders", ()),
    Official("Todd McClay", "NZ", "ministerial", ()),
    Official("Don Farrell", "AU", "ministerial", ()),
    Official("Cheng Li-chiun", "TW", "ministerial", ("Taiwan's chief negotiator",)),
    Official("Sheikh Bashir Uddin", "BD", "ministerial", ("Commerce Adviser",)),
)


@dataclass(frozen=True)
class OfficialRef:
    official: Official
    start: int
    end: int


def _surname(name: str) -> str:
    parts = name.split()
    # East Asian order: family name first (He Lifeng, Li Chenggang, Xi Jinping, Lee Jae-myung,
    # Wang Wentao, Kim Jung-kwan, Hun Manet, Sun Chanthol, Koo Yun-cheol). Those known by
    # their given name (Anutin, Airlangga) list it among their titles.
    if parts[0] in {"He", "Li", "Xi", "Lee", "Yeo", "Lai", "Nguyen", "Wang", "Kim", "Hun", "Sun",
                    "Koo", "Cheng"}:
        return parts[0] + " " + parts[1]
    return parts[-1]


def _build() -> tuple[re.Pattern[str], dict[str, Official]]:
    lookup: dict[str, Official] = {}
    for official in OFFICIALS:
        for surface in (official.name, _surname(official.name), *official.titles):
            lookup.setdefault(fold(surface), official)
    pattern = r"(?<!\w)" + trie_pattern(list(lookup), end=lambda s: r"(?!\w)")
    return re.compile(pattern, re.IGNORECASE), lookup


_PATTERN, _LOOKUP = _build()
_NAME_SURFACES = frozenset(
    fold(surface) for official in OFFICIALS for surface in (official.name, _surname(official.name))
)

_TITLE_LEVELS: list[tuple[Level, re.Pattern[str]]] = [
    ("working", re.compile(
        r"\b(?:deputy|vice)[- ]minister\w*|\bdeputy\s+(?!prime\b)[A-Z]\w*(?:\s+[A-Z]\w*)?|"
        r"\bassistant\s+(?:U\.S\.\s+|US\s+|United States\s+)?trade representative|"
        r"\bspecial secretary|\bchief negotiators?\b|"
        # a civil servant heading a ministry: "the Principal Secretary for Trade"
        r"\b(?:principal|permanent)\s+secretar(?:y|ies)\b|"
        # Sri Lanka's "Secretary to the Treasury" heads the ministry's civil service
        r"\bsecretar(?:y|ies)\s+to\s+the\s+(?:treasury|ministry|government)\b|"
        # a Swiss or German state secretary heads an office below the minister
        r"\bstate secretar(?:y|ies)\b", re.I)),
    ("ministerial", re.compile(
        r"\b(?:deputy|vice)[- ]prime\s+minister\b|"  # cabinet rank: "Deputy Prime Minister Sun"
        r"(?<!prime )\bministers?\b|\bsecretary\b|\btrade representative\b|\bcommissioner\b|"
        r"\bvice[- ]premier\b|\bvice[- ]president\b", re.I)),
    ("leaders", re.compile(r"\bpresident\b|\bprime minister\b|\bpremier\b|\bchancellor\b",
                           re.I)),
]


def title_levels(text: str) -> set[Level]:
    """The ranks that the titles in ``text`` name; a more specific title hides the words
    in it ("Deputy Minister" is working, not ministerial; "Prime Minister" leaders)."""
    levels: set[Level] = set()
    masked = text
    # The title of an official we know by name is that official's level, known already:
    # "Commerce secretary Rajesh Agrawal" is India's chief negotiator, not a minister.
    for ref in find_officials(text):
        if fold(text[ref.start:ref.end]) in _NAME_SURFACES:
            title = _TITLE_BEFORE.search(masked, max(0, ref.start - 40), ref.start)
            if title:
                masked = masked[:title.start()] + " " * (title.end() - title.start()) + \
                    masked[title.end():]
    for level, pattern in _TITLE_LEVELS:
        for match in pattern.finditer(masked):
            if not _OFFICE.search(masked, max(0, match.start() - 40), match.start()) \
                    and not _OFFICE_AFTER.match(masked, match.end()):
                levels.add(level)
            masked = masked[:match.start()] + " " * (match.end() - match.start()) + \
                masked[match.end():]
    return levels


_TITLE_BEFORE = re.compile(r"(?:[\w.'’-]+\s+){1,3}$")
_LOWER_RANK = re.compile(r"\b(?:assistant|deputy|vice|former)\s+(?:[A-Z][\w.]*\s+){0,2}$",
                         re.I)
# "the Office of the U.S. Trade Representative", "the Secretary's office": an office.
_OFFICE = re.compile(
    r"\b(?:office|department|ministry|bureau) of (?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$", re.I)
# A name right after a title: capitalised words that are not a day, a month or a
# sentence's next word ("Treasury Secretary Tuesday said", "... Secretary. The").
_NEXT_NAME = re.compile(
    r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|The|A|An|"
    r"On|In|And|But)\b)((?:[A-Z][\w'\u2019-]*[ \t]*){1,3})")


_WITH_OFFICE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_STAFF_AFTER = re.compile(r"\s+(?:officials|negotiators|teams?|staff|delegation)\b", re.I)
# "the US Trade Representative's office": the office, not the person
_OFFICE_AFTER = re.compile(r"(?:'s|\u2019s)\s+office\b", re.I)


def find_officials(text: str) -> list[OfficialRef]:
    found = []
    for match in _PATTERN.finditer(text):
        surface = match.group(0)
        if not surface[0].isupper():
            continue
        official = _LOOKUP[fold(surface)]
        following = _NEXT_NAME.match(text, match.end())
        if following and fold(surface) not in _NAME_SURFACES and not any(
            part in official.name.split() for part in following.group(1).split()
        ):
            continue  # a title before someone else's name: "Vice Premier Cheng Li-chiun"
        if fold(surface) not in _NAME_SURFACES and (
            _LOWER_RANK.search(text, max(0, match.start() - 40), match.start())
            or _OFFICE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "Assistant United States Trade Representative" is not Greer
        if fold(surface) not in _NAME_SURFACES and _OFFICE_AFTER.match(text, match.end()):
            continue  # "talks with the US Trade Representative's office"
        if fold(surface) == "ustr" and (
            _WITH_OFFICE.search(text, max(0, match.start() - 10), match.start())
            or _STAFF_AFTER.match(text, match.end())
        ):
            continue  # "talks with USTR", "USTR officials": the office, not Greer
        # "President Donald Trump": the title match ends where the name starts; keep both,
        # callers deduplicate by official.
        found.append(OfficialRef(_LOOKUP[fold(surface)], match.start(), match.end()))
    return found
