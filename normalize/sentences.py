"""Sentence splitting with offsets into the article text.

Paragraphs (separated by blank lines) are never crossed. A period ends a
sentence when followed by space and an upper-case letter, digit or quote,
unless the word before it is a known abbreviation ("U.S.", "Mr.", "Jan.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_ABBREVIATIONS = frozenset(
    """u.s u.k e.u u.n mr mrs ms dr prof st sen rep gov gen lt col sgt jr sr inc corp co ltd
    no vs etc e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec approx est
    dept univ ave fig""".split()
)
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
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # Single initials such as "Donald J. Trump".
    return len(word) == 1 and word.isalpha()


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(text[start:end], start, end, paragraph))
