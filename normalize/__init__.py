"""Normalize stage: article text -> tariff and meeting facts with provenance.

:func:`extract_facts` is pure and deterministic: the same text and
publication date always give the same facts, each carrying its sentence and
offsets into the text.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

from normalize.countries import find_countries, forget_sentences
from normalize.meetings import MEETING_WORD, extract_meetings
from normalize.mentions import Facts, MeetingMention, TariffMention
from normalize.rates import TARIFF_WORD, extract_tariffs
from normalize.sentences import Sentence, split_sentences
from normalize.status import read_status

__all__ = ["Facts", "MeetingMention", "TariffMention", "extract_facts", "rule_facts"]


def extract_facts(text: str, published: date | None = None, title: str | None = None) -> Facts:
    """Facts stated in ``text``. The ``title`` (the headline) only tells what the article
    is about, "Malaysia gets 19% U.S. tariff" above a body that says "taxed at 19%": facts
    come from the text alone, so every fact's offsets point into it. Each tariff's status
    is the status model's reading (:mod:`normalize.status`) of the rules' one."""
    if isinstance(published, datetime):
        published = published.date()
    facts = rule_facts(text, published, title)
    return Facts(tariffs=tuple(read_status(t, published) for t in facts.tariffs),
                 meetings=facts.meetings)


def rule_facts(text: str, published: date | None = None, title: str | None = None) -> Facts:
    """The facts as the rules read them, before the status model."""
    if isinstance(published, datetime):  # a datetime is a date too, but its day is what counts
        published = published.date()
    if not _ON_TOPIC.search(text) and not (title and _ON_TOPIC.search(title)):
        # No tariff word and no round, summit or meeting anywhere: no rule could fire.
        return Facts(tariffs=(), meetings=())
    forget_sentences()
    sentences = split_sentences(text)
    partner = main_partner(sentences)
    return Facts(
        tariffs=tuple(extract_tariffs(sentences, published, partner, title)),
        meetings=tuple(extract_meetings(sentences, published, partner)),
    )


# Every tariff rule needs a tariff word in the article (or its headline); every meeting
# rule needs one of these words in its sentence.
_ON_TOPIC = re.compile(f"{TARIFF_WORD.pattern}|{MEETING_WORD.pattern}", re.IGNORECASE)


def main_partner(sentences: list[Sentence]) -> str | None:
    """The non-US country an article is mostly about, if any (counted sentence by sentence:
    the rules ask about the same sentences, and find_countries keeps them)."""
    counts = Counter(ref.code for sentence in sentences for ref in find_countries(sentence.text)
                     if ref.code != "US")
    if not counts:
        return None
    return counts.most_common(1)[0][0]
