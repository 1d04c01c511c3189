"""Sentence splitting with offsets into the article text.

Paragraphs (separated by blank lines) are never crossed. A period ends a
sentence when followed by space and an upper-case letter, digit or quote,
unless the word before it is a known abbreviation ("U.S.", "Mr.", "Jan.").

Two abbreviations are read by what follows them: "No." is an abbreviation only
before a number ("No. 5"; "the answer was no. The talks ended" splits), and a
country or place abbreviation ("U.S.", "U.K.", "E.U.", "D.C.") ends the sentence when
an article or demonstrative follows ("imposed by the U.S. The ministry said"), which cannot
follow it as a modifier ("the U.S. Trade Representative").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from normalize.folding import fold


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_ABBREVIATIONS = frozenset(
    """u.s u.k e.u u.n d.c mr mrs ms dr prof st ste sen rep gov gen lt col sgt jr sr inc corp co ltd
    no vs etc e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec approx est
    dept univ ave fig""".split()
)
_COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "e.u", "u.n", "d.c"})
_SENTENCE_START = re.compile(r"\s+(?:The|A|An|This|That|These|Those)\b")
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph_start = 0
    for index, para_match in enumerate(_iter_paragraphs(text)):
        paragraph_start, paragraph_end = para_match
        cursor = paragraph_start
        chunk = text[paragraph_start:paragraph_end]
        for match in _BOUNDARY.finditer(chunk):
            end = paragraph_start + match.end()
            if _is_abbreviation(text, paragraph_start + match.start()):
                continue
            _add(sentences, text, cursor, end, index)
            cursor = end
        _add(sentences, text, cursor, paragraph_end, index)
    return sentences


def _iter_paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``dot`` the end of an abbreviation rather than a sentence?"""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = fold(text[word_start:dot])
    following = text[dot + 1:dot + 12]
    if word == "no":
        return bool(re.match(r"\s*\d", following))
    if word in _COUNTRY_ABBREVIATIONS and _SENTENCE_START.match(following):
        return False
    if word in _ABBREVIATIONS:
        return True
    # Single initials such as "Donald J. Trump" (not a possessive's "s": "than any other
    # country's. Korean goods ...")
    return len(word) == 1 and word.isalpha() and not (
        word_start > 0 and text[word_start - 1] in "'\u2019")


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(text[start:end], start, end, paragraph))


# Where a clause starts: after "; ", ": " or a dash, before ", <conjunction>" or a bare
# subordinator ("... when the first round took place"); not before the last rate of a list
# ("the 25% fentanyl tariff, 25% on cars, and 50% on steel"). A relative clause opened by
# ", who/which/where/when" ends at its next comma.
_CLAUSE_START = re.compile(
    r"[;:]\s+|\s[\u2014\u2013-]\s+"
    r"|,\s+(?=(?:who|which|where|when|while|whereas|but|although|though|after|before|"
    r"as(?!\s+well)|because|since|so|and(?!\s+(?:up\s+to\s+)?\d)|even|until|unless|if|with|without|adding|saying|"
    r"bringing|averting|leaving)\b)"
    r"|\s(?=(?:when|where|while|whereas|after|because|unless|although)\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?:who|which|where|when)\b", re.IGNORECASE)


@lru_cache(maxsize=512)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the clauses of one sentence, in order, covering it without overlap."""
    cuts = {0, len(text)}
    for match in _CLAUSE_START.finditer(text):
        cuts.add(match.end())
        if text[match.start()] == "," and _RELATIVE.match(text, match.end()):
            comma = text.find(",", match.end())
            if comma != -1:
                cuts.add(comma + 1)
    ordered = sorted(cuts)
    return tuple((a, b) for a, b in zip(ordered, ordered[1:], strict=False) if a < b)


def clause_at(text: str, position: int) -> tuple[int, int]:
    """The span of the clause of ``text`` that holds ``position``."""
    for start, end in clauses(text):
        if start <= position < end:
            return start, end
    return 0, len(text)
