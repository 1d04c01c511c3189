"""Does a sentence speak of now or the future, or recap the past?

Alerts fire only on what an article says about now or what is to come; "the
24 percent announced in April" in a July story is history. The rules, in
order (first that applies):

1. Look-back words make a recap: past perfect ("had threatened", "had been
   set"), "at one point", "was set to", "was due to", "averts"/"averted",
   "avoided", "staved off", "originally", "initially", "earlier this year",
   "last year", "previously", "used to", "would have".
2. An explicit change is news: a previous rate in the sentence ("to 15
   percent from 25 percent"), or a rate that is cut, raised or doubled.
3. An effective date on or after the publication date (or within the week
   before it) is news: "will charge 25 percent from August 1".
4. A past month attached to an action ("announced in April", "imposed in
   March", "since February") in a story published in a later month is a
   recap, unless the sentence also says the rate holds now ("currently",
   "still", "remains", "faces", "has been hit").
5. Otherwise the sentence is about now.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from normalize.folding import fold

Reading = Literal["current", "recap"]

_LOOK_BACK = re.compile(
    r"\b(?:had (?:been |earlier |initially |originally )?"
    r"(?:threatened|set|planned|announced|proposed|imposed|sought|floated|warned|vowed|"
    r"pledged|demanded|raised|pushed|slapped|levied)|"
    r"at one point|(?:was|were) (?:originally |initially )?(?:set|due|scheduled|slated) to|"
    r"averts?|averted|averting|avoid(?:s|ed|ing)?|stave[sd]? off|spar(?:es|ed|ing)|"
    r"originally|initially|earlier this year|last year|previously|used to|would have)\b",
    re.I,
)
_CHANGE = re.compile(
    r"\b(?:cut|cuts|lower\w*|reduc\w*|rais\w*|increas\w*|hik\w*|doubl\w*|tripl\w*|halv\w*|"
    r"slash\w*|trim\w*|lift\w*|bump\w*)\b[^.;]{0,60}\bto\s+[\w.-]+\s*(?:%|percent|per cent)",
    re.I,
)
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_PAST_ACTION = re.compile(
    r"\b(?:announced|imposed|introduced|unveiled|threatened|set|levied|slapped|"
    r"took effect|came into force|since|in)\s+(?:on\s+|in\s+)?(?:early |mid-|late )?"
    r"(?P<month>" + "|".join(m.capitalize() for m in _MONTHS) + r")\b"
)
_HOLDS_NOW = re.compile(
    r"\b(?:currently|still|remains?|now|faces|facing|has been hit|have been hit|"
    r"is paying|are paying|continues? to)\b",
    re.I,
)


def reading(
    sentence: str,
    published: date | None,
    *,
    previous_rate_pct: float | None = None,
    effective_date: date | None = None,
) -> Reading:
    """Classify one tariff sentence as about now/the future ("current") or a "recap"."""
    if _LOOK_BACK.search(sentence):
        return "recap"
    if previous_rate_pct is not None or _CHANGE.search(sentence):
        return "current"
    if effective_date is not None and published is not None:
        if effective_date >= published - timedelta(days=7):
            return "current"
    if published is not None and not _HOLDS_NOW.search(sentence):
        for match in _PAST_ACTION.finditer(sentence):
            month = _MONTHS.index(fold(match.group("month"))) + 1
            if month < published.month:
                return "recap"
    return "current"
