"""Case folding consistent with the case-insensitive regexes that find vocabulary.

Python's ``re.IGNORECASE`` equates a few non-ASCII characters with ASCII letters
(dotted and dotless I with "i", long s with "s", the Kelvin sign with "k"), although
their ``.lower()`` is not that letter. Every vocabulary lookup of a regex match goes
through :func:`fold`, so whatever the regex matched is always a key.
"""

from __future__ import annotations

_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """Lower-case ``text`` the way a case-insensitive regex compares it."""
    return text.translate(_LOOKALIKES).lower()
