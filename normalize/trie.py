"""Regex alternations of many literal words, built as a trie.

A flat alternation of a few hundred names ("Japan|Japanese|Tokyo|...") makes the
regex engine try every name at every position; the same words arranged as a
trie ("J(?:apan(?:ese)?)|T(?:okyo)...") branch on each character instead, which
is several times faster and matches the same strings, longest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_Node = dict[str, "_Node | str"]


def trie_pattern(words: list[str], end: Callable[[str], str] = lambda word: "") -> str:
    """A regex (without capturing groups) matching exactly ``words``, longest first;
    ``end(word)`` is a pattern that must follow a word (such as ``\\b``)."""
    trie: _Node = {}
    for word in words:
        node = trie
        for char in word:
            child = node.setdefault(char, {})
            assert isinstance(child, dict)
            node = child
        node[""] = end(word)
    return _pattern(trie)


def _pattern(node: _Node) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if char and isinstance(child, dict):
            branches.append(re.escape(char) + _pattern(child))
    terminal = node.get("")
    if isinstance(terminal, str):
        branches.append(terminal)  # after the longer words: longest first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
