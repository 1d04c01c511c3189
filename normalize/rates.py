"""Tariff-rate mentions from article sentences.

Rules, applied per sentence that names a tariff (tariff, duty, levy, surcharge,
counter-tariff, import tax). In an article that names tariffs somewhere, a
sentence with "rate", "ceiling", "cap" or "charge" counts too, unless it is an
interest, policy, exchange, growth, inflation, tax or similar rate.

* Segments: a sentence is cut at strong breaks ("; ", ", while", ", with",
  ", but", " — "); each percentage is read in its segment. A segment needs a
  tariff word, or a word that says goods bear a rate (rate, total, ceiling,
  face, pay, charged, subject to, imposed, levied), or a kind word right at
  the number ("with the extra 14 percent suspended").
* Not rates: "% of" a whole (a share; but "24 percent of its duties" is part
  of a tariff, so a rate), a market or economy move ("fell 2%", "fallen by 41
  percent"), an amount of change ("cut profit by 37 percent"; "hit by 25
  percent tariffs" is a rate), and a number with an economic indicator
  (growth, GDP, inflation, prices, wages, yields, interest or policy rate,
  forecast, profit) nearer before it, since the previous percentage, than
  any tariff word, unless a tariff noun follows the number ("the 24 percent
  tariff"). "Percentage points" never match.
* "To zero" is a rate of 0 ("cut to zero"), and so is "zero tariffs".
* Changes: "to A from B", "to A, up from the current B", "A instead of the
  B", "from B to A",
  "B ... cut to A" (at most one comma between), "doubled to A" (also
  "doubling ... to A", or "A ..., when X doubled the rate") give one fact,
  rate A with ``previous_rate_pct`` B (or A/2); the old rate is no fact of
  its own. "Between A and B" and "ranging from A to B" are two rates
  ("between 10 and 20 percent" shares the unit).
* Context: each rate reads its own words, from the connector ("and", "or",
  "as well as", "plus", "while", a comma) after the rate before it to the
  connector before the rate after it; without a connector both see the words
  between them. Coordinated rates ("10% and 15% on farm goods", "15% or 20%
  on most partners, up from the 10% baseline") share what follows and what
  precedes them, and their previous rate.
* Object: the phrase after the rate's noun ("25% tariff on Japanese cars",
  "40 percent for Laos", "15% to the majority of EU exports", "the same rate
  is to be applied to key auto parts"), or after a noun with "on" before the
  number when the words lead to it ("the tariff on Japanese cars was lowered
  to 15%", "duties on Chinese goods remain at 30%"). It runs through a list
  ("steel, aluminum and vehicles", "as well as on other American goods",
  "including cars") and ends at a clause word (which, that, from, until,
  since, over, after, ...) or at "and" that opens a new clause ("and end
  exemptions"). "15 percent on any future U.S. tariffs on drugs": the object
  is what those tariffs are on. A reason ("over India's purchases of Russian
  oil", "for buying Russian oil", "in response to ...") names no sector and
  no target.
* Sector: a sector word between the number and its noun ("25 percent auto
  tariff"); else every sector of the object (an object that also names goods
  in general, "EU exports, including cars" or "..., as well as other
  American goods", gives the general rate too); else the sectors named
  before the number in its context ("Japanese steel and aluminum remain
  subject to 50% tariffs", "and European cars to 25%"), unless they are
  exempted ("energy products are exempt from the 40 percent duty"); else,
  for a rate without object, kind or country of its own, the one sector its
  sentence names ("That 27.5% is the 25% tariff ... that Japanese cars have
  long paid").
* Target, first that applies: the countries of the object ("on Canada and
  Mexico": one fact each; "goods from Mexico"; "its goods" is the subject's);
  a country's goods named in the rate's context ("€21 billion of U.S.
  goods", "Canadian goods will face", "UK steel"; not "U.S. steel tariffs");
  ``*`` for an object of all partners ("all trading partners", "other
  countries", "most of the world", "foreign", "imported"); the country the
  rate hits named before it in its own words ("Japan faces", "Tokyo
  continues to face"); for a rate without object, a country of its own
  words ("the 15 per cent agreed with the EU"); a country named before it in
  its clause ("Mexico would keep paying ..., a 25 percent tariff on cars");
  ``*`` for a sector rate with no country; the country nearest the number in
  its segment, then the sentence; else the article's main partner. Never a
  venue ("officials in Tokyo"), a dateline, a country after "except", one
  in a reason, or the imposer. ``*`` also for a baseline and for a rate
  said to apply to all partners. A rate whose target comes only from the
  nearest country or the main partner, that names no sector and repeats a
  rate already reported in the article ("the 100 percent duty", "on top of
  the 25 percent"), is that earlier fact and gives no new one.
* Imposer: a non-US country acting in the sentence imposes ("Mexico raised
  its tariffs on Chinese cars", "the European Commission proposed", "Canada
  will maintain its counter-tariffs", "China will likewise suspend 24 percent
  of its duties"; not one in a condition, "if Japan raised its own
  tariffs"). A tariff on the United States is the other country's (the
  actor, else another country of the sentence, else the main partner). A
  partner's tariff with no other country named is on the United States when
  the sentence names the United States (retaliation), else on everyone.
  Otherwise the United States imposes.
* Kind, first rule that fits the words around the number: retaliatory (a
  partner's tariff on the United States), baseline (baseline, universal,
  across-the-board, blanket, minimum; target ``*``), total ("a total of",
  "totaling", "in all", "combined", "altogether"; a total of a baseline plus
  a country rate under the reciprocal regime is that country's reciprocal
  rate), sectoral (a sector named), surcharge (additional, extra, on top of,
  country-specific, plus, surcharge), reciprocal (said at the number, in the
  rate's context, or in its sentence when it is the segment's only rate; or a
  US rate on a country's goods in general that the sentence ties to a letter,
  a deal, an agreement or the April 2 announcement, not one that failed nor an
  agreement's name), else other.
* Status: cues are read in scopes, first scope with a cue wins: a relative
  clause on the rate's own noun ("the 30% tariff that the United States had
  announced"), the rate's context within its clause, its clause, its
  context, its segment, and the sentence if it has a single segment. Cues
  inside the words after another rate are that rate's (a verb before a list
  governs all of it); words after the old rate of a change are about the old
  rate; a cue after "not", "no", "without" or "failed to" does not count.
  Ranked: lifted (lifted, scrapped, removed, eliminated) > paused (paused,
  suspended, on hold, delayed, exempted) > threatened (threatened, warned,
  could face, would face) > proposed (proposed, considering, weighing, plans
  to, offered) > in effect, stated outright (is in effect, remains,
  continues to, still, currently, keeps, maintains, retains, unchanged,
  effective immediately) > agreed (agreed, deal, agreement, framework, joint
  statement) > announced (a future effective date; will + verb; would
  impose/slap/raise/cut; set to; due to; scheduled) > in effect (faces,
  imposed, subject to, charged, applies, raised, ...) > announced
  (announced, takes effect, signed, ordered); default in effect, or
  announced for a future effective date. What someone "announced ... would
  face" is announced. A cap ("no more than 15 percent", "a 15 percent
  ceiling") is agreed. A change to come in a sentence that names an
  agreement ("as part of the deal", "under a joint statement") is agreed.
* A clause without a number that applies the rate before it to a country of
  its own ("..., but British exporters could face the higher rate from July
  9"; also "the same rate", "the new rate", "that rate") gives that country
  the rate, with the clause's status and date.
* Effective date: a date in the rate's context after "from", "effective",
  "starting", "as of", "since", "takes effect" (also "at 12:01 a.m. on"),
  "kicks in", "due to start", "announced for", "impose on", "to A% on",
  "pushed back ... to", or "by" after an effect verb; "effective
  immediately" is the publication date. A date after the last of several
  listed rates ("25 percent for South Korea and 40 percent for Laos, also
  from August 1") or after the total an add-on brings ("..., bringing the
  total rate to 50 percent from Aug. 27") dates the rates before it; a
  clause of its own ("with both reductions taking effect by May 14") dates
  every rate of its sentence. A date said of the old rate of a change ("15
  percent, down from the 25 percent threatened from Friday") is not the new
  rate's. A weekday resolves backward after a past verb
  ("raised ... with effect from Thursday", "took effect Wednesday"), else
  forward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from normalize.countries import CountryRef, dateline_end, find_countries
from normalize.dates import find_dates
from normalize.mentions import TariffKind, TariffMention, TariffStatus
from normalize.numbers import Percent, find_percents
from normalize.sectors import SECTOR_WORDS, find_sectors
from normalize.sentences import Sentence, clause_at

TARIFF_WORD = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import tax(?:es)?|counter-?tariffs?|"
    r"surcharges?)\b", re.I
)
_NOUN = (r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import tax(?:es)?|counter-?tariffs?|"
         r"surcharges?|rates?|ceilings?|caps?)")
_RATE_NOUN = re.compile(r"\b(?:rates?|ceilings?|caps?)\b", re.I)
# In an article about tariffs, these name a tariff too: "will charge 19 percent on ...".
_WEAK_TARIFF = re.compile(r"\b(?:rates?|ceilings?|caps?|charg(?:e|es|ed|ing))\b", re.I)
# A clause that says goods face or pay a percentage speaks of a tariff rate.
_RATE_VERB = re.compile(
    r"\b(?:rates?|total|ceiling|face[sd]?|facing|pa(?:y|ys|id|ying)|charg(?:e|es|ed|ing)|"
    r"hit with|subject to|levied|imposed)\b",
    re.I,
)
_NOT_TARIFF_RATE = re.compile(
    r"\b(?:interest|policy|benchmark|mortgage|exchange|unemployment|jobless|growth|"
    r"inflation|savings|tax|participation|approval|vacancy|lending|deposit|discount|repo|"
    r"bank|birth|death|poverty|response|survival|success)\s+(?:[A-Z]\w*\s+)?rates?\b",
    re.I,
)
_BREAK = re.compile(r";\s|\s[—–]\s|,\s+(?=(?:while|whereas|with|but|although)\b)")
_NOT_RATE_AFTER = re.compile(
    r"^\s*(?:of\b(?!\s+(?:(?:its|their|the|this|that|those|these)\s+)?(?:own\s+)?"
    r"(?:\w+\s+)?(?:tariffs|duties|levies|counter-?tariffs)\b)|stake|share|growth|inflation|"
    r"interest|rise|gain|drop|fall|decline|jump|increase|decrease|year-on-year|on the year|"
    r"majority|approval|chance|probability)",
    re.I,
)
_MOVE_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|fallen|falling|rose|rise|rises|risen|rising|grew|grow|grows|"
    r"grown|dropped|drop|declined|jumped|climbed|slid|gained|lost|surged|slumped|tumbled|"
    r"shrank|shrunk|expanded|contracted|soared|sank|plunged|edged|slipped|dipped|rallied|"
    r"inflation|growth|GDP|stake|yields?|poll|approval|interest rates?)\b[^%]{0,20}$"
    r"|\b(?:up|down)\s+(?:by\s+)?$",
    re.I,
)
_INDICATOR = re.compile(
    r"\b(?:growth|GDP|gross domestic product|inflation|unemployment|prices|wages|yields?|"
    r"interest rates?|policy rate|benchmark(?:\s+\w+)? rate|central bank|forecast|output|"
    r"profits?|earnings|market share)\b",
    re.I,
)
_BY_AMOUNT = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", re.I)
_KIND_AT_NUMBER = re.compile(
    r"\b(?:additional|extra|baseline|reciprocal|further|another|country-specific)\s+$", re.I
)
_ALL_PARTNERS = re.compile(
    r"\b(?:all|every|most|nearly every|virtually all|almost all)\s+(?:\w+\s+){0,2}"
    r"(?:trading partners?|countries|nations?|imports|economies)\b|across[- ]the[- ]board|"
    r"\buniversal\b|\bglobal(?:ly)?\b|\bworldwide\b|\bforeign\b|"
    r"\bother (?:\w+\s+)?(?:countries|nations|trading partners|economies)\b|"
    r"\b(?:most|rest) of the world\b|\bimported\b",
    re.I,
)
_GOODS = r"(?:goods|products|exports|imports|items|shipments|merchandise)"
_GOODS_NOUN = re.compile(rf"\b{_GOODS}\b", re.I)
_EXEMPT = re.compile(r"\b(?:exempt\w*|spared|excluded|exclusions?|exceptions?)\b", re.I)
_REASON = re.compile(
    r"\b(?:over|because of|due to|in response to|in retaliation for|as punishment for|"
    r"citing|for (?:buying|purchasing|importing|its purchases|their purchases))\b[^,;.]*",
    re.I,
)
_CONNECTOR = re.compile(
    r",?\s*\b(?:and|or|as well as|plus|while|whereas|but)\b|[,;:]", re.I
)
_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:and|or))?\s*", re.I)
# After the number: modifiers, the noun, then the preposition that opens its object.
_OBJECT_AFTER = re.compile(
    r"\s*(?:(?!(?:on|for|to|against|that|which|from|in|of|is|are|was|were)\b)"
    r"[\w\"'“”’-]+\s+){0,3}?(?:" + _NOUN + r"\s+)?"
    r"(?:(?:(?:is|are|was|were|will be|would be)\s+(?:to be\s+)?)?(?:applied|imposed|levied|"
    r"charged)\s+(?:to|on)|on|against|for|covering|"
    r"to(?=\s+(?:the|all|most|imports|goods)\b))\s+(?!top\b)",
    re.I,
)
_OBJECT_BEFORE = re.compile(r"\b" + _NOUN + r"\s+(?:on|against)\s+(?!top\b)", re.I)
_LEADS_TO_RATE = re.compile(
    r"\b(?:to|at|of|from)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.I
)
_OBJECT_END = re.compile(
    r"[;:!?]|(?<!\b[A-Z])\.(?!\w)|,(?!\s*(?:(?:and|or)\s+)?(?:including|such as|as well as|"
    r"notably|" + SECTOR_WORDS + r")\b)|\s(?=and\s)"
    r"|\s(?=(?:which|that|who|while|whereas|starting|beginning|effective|until|since|after|"
    r"if|when|but|because|over|due|under|as(?!\s+well\s+as)|to|by|with|amid|despite|"
    r"following|before|unless|in(?!cluding)|at|than|for|from|is|are|was|were|will|would|"
    r"could|has|have|had|remains?|took|takes)\b)"
    r"|\sworth(?=\s+(?:[$€£¥]|\d|about|around|some|nearly|more|an))",
    re.I,
)
_ACTOR_VERB = re.compile(
    r"^(?:,[^,]{0,50},)?\s+(?:(?:will|would|has|have|had|is|are|was|were|also|likewise|then|"
    r"now|again|already|further|still|itself|said|says|it|to|plans?|on|in|\w+day|\w+ly)\s+)"
    r"{0,5}?"
    r"(?:impos\w*|slap\w*|lev(?:y|ies|ied)|rais\w*|lower\w*|cut|cuts|cutting|propos\w*|"
    r"retaliat\w*|hit back|respond\w*|answer\w*|add(?:s|ed)?|appl(?:y|ies|ied)|"
    r"(?:maintain\w*|keep\w*|kept|retain\w*)(?=\s+(?:its|their)\b)|"
    r"remov\w*|suspend\w*|set|sets|charg\w*|introduc\w*|doubl\w*|"
    r"threaten\w*|extend\w*|lift\w*|scrap\w*|drop\w*|withdr\w*|announc\w*)\b",
    re.I,
)
_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:own\s+)?(?:\w+\s+){0,2}(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|"
    r"counter-?tariffs?|retaliation|countermeasures)\b",
    re.I,
)
_EXCEPTED = re.compile(r"\b(?:except|excluding|other than|apart from|but not)\s+(?:the\s+)?$",
                       re.I)
_VENUE = re.compile(r"\b(?:in|to|from|at)\s+(?:the\s+)?$", re.I)
_CONDITION = re.compile(r"\bif\s+(?:\w+\s+){0,2}$", re.I)


def _ends_with(pattern: re.Pattern[str], text: str, position: int, width: int = 60) -> bool:
    """Does ``pattern`` (anchored with $) match the words just before ``position``?"""
    return bool(pattern.search(text, max(0, position - width), position))

_KIND_CUES: list[tuple[TariffKind, re.Pattern[str]]] = [
    ("retaliatory", re.compile(r"retaliat|counter-?tariff|counter-?measure|in response", re.I)),
    ("baseline", re.compile(r"\bbaseline\b|\buniversal\b|across[- ]the[- ]board|\bblanket\b|"
                            r"\bminimum\b", re.I)),
    ("total", re.compile(r"\btotal\w*\b|\bin all\b|\bcombined\b|\bcumulative\b|\ball told\b|"
                         r"\boverall\b|\baltogether\b", re.I)),
    ("surcharge", re.compile(r"\badditional\b|\bextra\b|\bon top of\b|country-specific|"
                             r"\bsurcharge\b|\bplus\b|\bfurther\b|\banother\b", re.I)),
    ("reciprocal", re.compile(r"\breciprocal\b", re.I)),
]
# A US rate on a country's goods set in a letter, a deal or the April 2 announcement is
# that country's reciprocal rate.
_RECIPROCAL_SOURCE = re.compile(
    r"\b(?:letters?|deal|agreement|April 2|Liberation Day|country-specific)\b", re.I
)
_AGREEMENT_NAME = re.compile(r"[A-Z][\w.]*-[A-Z][\w.-]*\s+(?:Trade\s+)?Agreement\b")


def _set_by_letter_or_deal(text: str) -> bool:
    """Does the sentence tie its rates to a letter, a deal or the April 2 announcement?
    (Not to a deal that failed, nor to an agreement's name, "U.S.-Mexico-Canada
    Agreement".)"""
    names = [m.span() for m in _AGREEMENT_NAME.finditer(text)]
    for match in _RECIPROCAL_SOURCE.finditer(text):
        if any(a <= match.start() < b for a, b in names):
            continue
        if _NEGATED.search(text, max(0, match.start() - 40), match.start()):
            continue
        return True
    return False
_TOTAL_AFTER = re.compile(r"^\s*(?:in all|all told|altogether|in total|combined)\b", re.I)

_NEGATED = re.compile(r"\b(?:not|no|never|without|fail(?:ed|s)? to)\b(?:\s+\w+){0,3}\s*$|"
                      r"n't\s+(?:\w+\s+)?$", re.I)
_STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    # What someone announced would happen is announced, not threatened.
    ("announced!!", re.compile(r"\bannounced\s+(?:that\s+)?[^.;]{0,80}\bwould (?:face|be)\b",
                               re.I)),
    ("lifted", re.compile(r"\b(?:lift(?:ed|s|ing)?|scrap(?:ped|s|ping)?|eliminat\w*|"
                          r"repeal\w*|revok\w*|withdr[ae]w\w*|dropp(?:ed)? the|"
                          r"remov(?:e|es|ed|ing))\b", re.I)),
    ("paused", re.compile(r"\b(?:paus\w*|suspend\w*|suspension|delay\w*|postpon\w*|"
                          r"hold off|on hold|\d+-day (?:truce|reprieve|pause)|"
                          r"exempt(?:ed|s|ing))\b", re.I)),
    ("threatened", re.compile(r"\b(?:threat\w*|warn\w*|could (?:face|impose|rise|hit|raise|"
                              r"be|see|climb|go)|would face|vow\w*|may face|might face)\b",
                              re.I)),
    ("proposed", re.compile(r"\b(?:propos\w*|consider\w*|weigh\w*(?!\s+on\b)|mull\w*|float\w*|"
                            r"draft\w*|seek\w*|plans? to|planning to|offer\w*)\b", re.I)),
    ("in_effect!", re.compile(r"\b(?:(?:is|are) (?:now |still )?in (?:effect|force|place)|"
                              r"remains?|remained|remaining|stays?|stayed|continues? to|"
                              r"continued to|still(?!\s+(?:set|due|scheduled|expected|slated|"
                              r"planned|to)\b)|currently|keeps?|kept|retain\w*|maintain\w*|"
                              r"unchanged|will not change|now stands|for now|"
                              r"effective immediately|with immediate effect|"
                              r"(?:takes|took) effect immediately)\b", re.I)),
    ("agreed", re.compile(r"\b(?:agree\w*|deal|agreement|accord|pact|joint statement|"
                          r"settle\w*|negotiated|framework)\b", re.I)),
    ("announced!", re.compile(r"\b(?:will (?!not\b|continue\b|remain\b|stay\b|keep\b|"
                              r"maintain\b|retain\b)\w+|"
                              r"would (?:impose|slap|raise|lower|cut|put|levy|charge|apply|"
                              r"add|hit|set)|(?:is|are) to be|(?:is|are) set to|set to|"
                              r"due to|scheduled|slated)\b", re.I)),
    ("in_effect", re.compile(r"\b(?:in effect|in force|in place|took effect|has been hit|"
                             r"have been hit|hit with|faces|facing|face|faced|now pay\w*|"
                             r"are paying|is paying|pay|pays|paid|imposed|affected by|"
                             r"subject to|levied|charged|applies|applied|existing|current|"
                             r"raised|lowered|doubled|cut)\b", re.I)),
    ("announced", re.compile(r"\b(?:announc\w*|will|to impose|takes? effect|signed|unveil\w*|"
                             r"ordered|kicks? in|to take effect)\b", re.I)),
]
_CAP = re.compile(r"(?:no more than|not more than|at most|capped at|ceiling of|cap of|"
                  r"maximum of)\s+(?:about\s+|around\s+)?$", re.I)
_CAP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:ceiling|cap)\b", re.I)

_EFFECT_CUE = re.compile(
    r"\b(?:effective|from|starting|beginning|as of|since|takes? effect|took effect|taking effect|"
    r"go(?:es)? into effect|went into effect|comes? into force|came into force|kicks? in|"
    r"kicked in|effect on|effect from|due to start|set to start|(?:announced|set|scheduled|"
    r"planned|slated|due|threatened|proposed) for|(?:impose|apply|charge|raise)\w*\s+(?:it\s+)?on|"
    r"(?:pushed back|delayed|postponed|moved|extended)\b[^.;]{0,80}\bto)"
    r"(?:\s+at\s+[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)?)?\s*(?:on\s+)?$",
    re.I,
)
_EFFECT_VERB = re.compile(
    r"\b(?:take|takes|taking|took|come|comes|came|go|goes|went)\s+(?:into\s+)?(?:effect|force)"
    r"|\bappl(?:y|ied|ies)\b|\bstart\w*|\bkicks? in\b",
    re.I,
)
_IMMEDIATE = re.compile(r"\b(?:effective immediately|with immediate effect|immediately)\b",
                        re.I)
_PAST = re.compile(
    r"\b(?:took|went|came|kicked|raised|imposed|doubled|lowered|cut|began|started|was|were|"
    r"had|since|has|have)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|would|to take|takes|is to|are to|due to|set to|starting|"
                     r"from next|to (?:impose|start|begin|raise|apply|charge|kick))\b", re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:cut|cuts|lower\w*|reduc\w*|fall\w*|fell|drop\w*|rais\w*|increas\w*|hik\w*|"
    r"boost\w*|slash\w*|trim\w*|eas\w*|rise|rises|rose|lift\w*|bump\w*|go(?:es)? up|"
    r"come down|decline\w*)\b",
    re.I,
)
_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "halv": 0.5}
_FROM_PREVIOUS = (r"from\s+(?:the\s+|its\s+|a\s+)?(?:current\s+|previous\s+|existing\s+|prior\s+|"
                  r"old\s+|earlier\s+|present\s+)?")
_INSTEAD = (r"\b(?:instead of|in place of|replacing|replaces)\s+(?:the\s+|its\s+|a\s+)?"
            r"(?:current\s+|previous\s+|existing\s+|prior\s+|old\s+)?")
_SHARED_UNIT = re.compile(
    r"\b(?:between|from)\s+(?P<number>\d{1,3}(?:\.\d+)?)\s+(?:and|to)\s+$", re.I
)
_ZERO = re.compile(r"(?<=\bto )zero\b|\bzero(?=(?:-|\s)(?:tariffs?|duty|duties)\b)", re.I)


@dataclass
class _Reading:
    """One rate (with its previous rate, if a change) and the span of its context."""

    rate: float
    previous: float | None
    first: Percent
    last: Percent
    before: int = 0
    after: int = 0
    tail: int = -1  # where the words after the rate start (after coordinated partners)


def extract_tariffs(
    sentences: list[Sentence], published: date | None, default_partner: str | None
) -> list[TariffMention]:
    mentions: list[TariffMention] = []
    # "rate", "ceiling" and "cap" name a tariff only in an article that speaks of tariffs.
    tariff_article = any(TARIFF_WORD.search(s.text) for s in sentences)
    for sentence in sentences:
        if not _about_tariffs(sentence.text, tariff_article):
            continue
        found: dict[tuple[object, ...], TariffMention] = {}
        for mention in _sentence_tariffs(sentence, published, default_partner, mentions):
            key = (*mention.layer, mention.rate_pct, mention.previous_rate_pct)
            found.setdefault(key, mention)
        mentions.extend(found.values())
    return mentions


def _about_tariffs(text: str, tariff_article: bool) -> bool:
    if TARIFF_WORD.search(text):
        return True
    return tariff_article and bool(_WEAK_TARIFF.search(text)) and not _NOT_TARIFF_RATE.search(text)


def _segments(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return spans


def _percents(text: str, start: int, end: int) -> list[Percent]:
    segment = text[start:end]
    found = [Percent(p.value, p.start + start, p.end + start) for p in find_percents(segment)]
    found += [Percent(0.0, m.start() + start, m.end() + start) for m in _ZERO.finditer(segment)]
    # "between 10 and 20 percent": the first number shares the second's unit.
    for percent in list(found):
        shared = _SHARED_UNIT.search(text, start, percent.start)
        if shared and shared.end() == percent.start:
            number = shared.start("number")
            found.append(Percent(float(shared.group("number")), number, shared.end("number")))
    return sorted(found, key=lambda p: p.start)


def _sentence_tariffs(
    sentence: Sentence,
    published: date | None,
    default_partner: str | None,
    earlier: list[TariffMention],
) -> list[TariffMention]:
    text = sentence.text
    dateline = dateline_end(text)
    countries = [c for c in find_countries(text) if c.start >= dateline]
    segments = _segments(text)
    results: list[TariffMention] = []
    readings_by_segment: list[tuple[tuple[int, int], list[_Reading]]] = []
    for seg_start, seg_end in segments:
        segment = text[seg_start:seg_end]
        found = _percents(text, seg_start, seg_end)
        percents = [p for index, p in enumerate(found)
                    if _is_rate(text, seg_start, p, found[index - 1].end if index else None)]
        if not percents:
            continue
        if not (TARIFF_WORD.search(segment) or _RATE_VERB.search(segment)
                or any(_KIND_AT_NUMBER.search(text, seg_start, p.start) for p in percents)):
            continue
        readings = _pair(text, seg_start, percents)
        _set_contexts(text, seg_start, seg_end, readings)
        readings_by_segment.append(((seg_start, seg_end), readings))
    sentence_effective = _sentence_effective_date(text, segments, readings_by_segment, published)
    by_position: list[tuple[int, list[TariffMention]]] = []
    for (seg_start, seg_end), readings in readings_by_segment:
        dates = [_effective_date(text, reading, published) for reading in readings]
        # A date that follows the last of several rates ("a 25 percent rate for South
        # Korea and 40 percent for Laos, also from August 1") dates the ones before it.
        for index in range(len(readings) - 2, -1, -1):
            following = dates[index + 1]
            if dates[index] is None and following and following[1] > readings[index + 1].last.end \
                    and _shares_date(text, readings[index], readings[index + 1]):
                dates[index] = following
        # Words after another rate are that rate's; a verb before a list governs all.
        spans = [(reading.tail, reading.after) for reading in readings]
        for index, reading in enumerate(readings):
            dated = dates[index]
            mentions = _mentions_for(
                sentence, reading, (seg_start, seg_end), countries, published,
                default_partner, earlier, dated[0] if dated else sentence_effective,
                spans[:index] + spans[index + 1:],
            )
            results.extend(mentions)
            if mentions:
                by_position.append((reading.last.end, mentions))
    with_rates = {span for span, _ in readings_by_segment}
    for seg_start, seg_end in segments:
        if (seg_start, seg_end) not in with_rates:
            results.extend(_anaphora(
                text, (seg_start, seg_end), countries, by_position, sentence, published
            ))
    return results


_ANAPHOR = re.compile(
    r"\b(?:the|that|this|its)\s+(?:same|higher|new|lower|increased|doubled|reduced)\s+"
    r"(?:rate|tariff|duty|levy)\b",
    re.I,
)


def _anaphora(
    text: str,
    segment: tuple[int, int],
    countries: list[CountryRef],
    by_position: list[tuple[int, list[TariffMention]]],
    sentence: Sentence,
    published: date | None,
) -> list[TariffMention]:
    """"..., but British exporters could face the higher rate from July 9": a clause that
    applies the sentence's rate before it to a country of its own is a fact too."""
    anaphor = _ANAPHOR.search(text, *segment)
    before = [found for end, found in by_position if end <= segment[0]]
    if not anaphor or not before:
        return []
    targets = [c.code for c in countries
               if segment[0] <= c.start < anaphor.start() and c.code != "US"
               and not _is_venue(text, c) and not _is_actor(text, c)]
    if not targets:
        return []
    referent = before[-1]
    effective = None
    for ref in find_dates(text[anaphor.end():segment[1]], published, future=True):
        lead = text[anaphor.end():anaphor.end() + ref.start]
        if ref.value and _EFFECT_CUE.search(lead):
            effective = ref.value
            break
    future = effective is not None and published is not None and effective > published
    cue = _status_in(text, segment[0], segment[1], future, []) or (
        "announced!" if future else "in_effect")
    return [
        replace(m, target=targets[-1], previous_rate_pct=None, status=_STATUS_NAMES[cue],
                effective_date=effective)
        for m in referent if m.imposer != targets[-1]
    ]


def _shares_date(text: str, reading: _Reading, nxt: _Reading) -> bool:
    """Does a date after ``nxt`` also date ``reading``? Yes for a gapped list ("25 percent
    for South Korea and 40 percent for Laos, also from August 1") and for the total an
    add-on brings ("..., bringing the total rate to 50 percent from Aug. 27")."""
    gap = text[reading.last.end:nxt.first.start]
    if re.search(r"\bbring(?:s|ing)?\b[^.;]*\btotal\b", gap, re.I):
        return True
    own_noun = re.match(r"\s*(?:[\w\"'“”’-]+\s+){0,3}?" + _NOUN + r"\b", text[nxt.last.end:], re.I)
    return "," not in gap and not own_noun


def _is_rate(text: str, seg_start: int, percent: Percent, since: int | None = None) -> bool:
    """Is ``percent`` a tariff rate? ``since`` is where its own stretch of words starts
    (after the percentage before it)."""
    after = text[percent.end:percent.end + 40]
    before = text[max(seg_start, percent.start - 40):percent.start]
    if _NOT_RATE_AFTER.search(after):
        return False
    if _MOVE_BEFORE.search(before) and not re.search(r"\bto\s*$", before):
        return False
    if _BY_AMOUNT.search(before) and not re.match(
        r"\s*(?:[\w-]+\s+){0,2}?" + _NOUN + r"\b", after, re.I
    ):
        return False
    # An economic indicator named nearer before the number than any tariff word, unless
    # the number names its own tariff ("the 24 percent tariff").
    if re.match(r"\s*(?:[\w\"'“”’-]+\s+){0,2}?" + _NOUN + r"\b", after, re.I):
        return True
    scope = text[seg_start if since is None else since:percent.start]
    indicators = [m.end() for m in _INDICATOR.finditer(scope)]
    tariffs = [m.end() for m in re.finditer(r"\b" + _NOUN + r"\b", scope, re.I)]
    if indicators and (not tariffs or max(indicators) >= max(tariffs)):
        return False
    return True


def _pair(text: str, seg_start: int, percents: list[Percent]) -> list[_Reading]:
    """Group percentages into readings: (rate, previous rate, first, last)."""
    readings: list[_Reading] = []
    index = 0
    while index < len(percents):
        current = percents[index]
        before = text[seg_start:current.start]
        nxt = percents[index + 1] if index + 1 < len(percents) else None
        between = text[current.end:nxt.start] if nxt else ""
        if nxt and re.fullmatch(r"\s*(?:and|to|-|–)\s*", between) and re.search(
            r"\b(?:between|ranging from|range of|from)\s*$", before
        ) and (between.strip() == "and" or re.search(r"rang\w*\s+from\s*$", before)):
            readings.append(_Reading(current.value, None, current, current))
            readings.append(_Reading(nxt.value, None, nxt, nxt))
            index += 2
            continue
        if nxt and (
            re.fullmatch(r",?\s*(?:down |up )?" + _FROM_PREVIOUS + r"\s*", between)
            or (len(between) < 60
                and re.search(r"(?:,\s*(?:down|up)\s+" + _FROM_PREVIOUS + "|" + _INSTEAD + r")$",
                              between)
                and not re.search(r"[;]", between))
        ):
            readings.append(_Reading(current.value, nxt.value, current, nxt))
            index += 2
            continue
        if nxt and re.fullmatch(r"\s*to\s*", between) and re.search(r"\bfrom\s*$", before):
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            index += 2
            continue
        if (
            nxt
            and len(between) < 80
            and re.search(r"\bto\s*$", between)
            and _CHANGE_VERB.search(between)
            and between.count(",") <= 1
        ):
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            index += 2
            continue
        previous_end = percents[index - 1].end if index else seg_start
        previous = _doubled_from(text, previous_end, current, nxt)
        readings.append(_Reading(current.value, previous, current, current))
        index += 1
    return readings


def _doubled_from(
    text: str, previous_end: int, current: Percent, nxt: Percent | None
) -> float | None:
    """"doubled to 50%", "the doubling of ... which rise to 50 per cent", "50 percent
    ..., when Washington doubled its own tariff": the previous rate is 50 / 2."""
    before = text[previous_end:current.start]
    after = text[current.end:nxt.start if nxt else len(text)]
    factor = None
    if re.search(r"\bto\s*$", before):
        factor = _multiplier(before)
    if factor is None:
        when = re.search(r",\s*(?:when|after)\b[^;]*", after)
        if when:
            factor = _multiplier(when.group(0))
    return round(current.value / factor, 2) if factor else None


def _multiplier(text: str) -> float | None:
    for stem, factor in _MULTIPLIERS.items():
        if re.search(rf"\b{stem}\w*", text, re.I):
            return factor
    return None


def _set_contexts(text: str, seg_start: int, seg_end: int, readings: list[_Reading]) -> None:
    """Each reading's context runs from the connector after the reading before it to the
    connector before the reading after it; coordinated readings share their contexts."""
    coordinated = []
    for index, reading in enumerate(readings):
        reading.tail = reading.last.end
        if index == 0:
            reading.before = seg_start
        if index + 1 < len(readings):
            nxt = readings[index + 1]
            left_end, right_start = _split_gap(text, reading.last.end, nxt.first.start)
            reading.after = left_end
            nxt.before = right_start
            coordinated.append(bool(_COORDINATION.fullmatch(
                text[reading.last.end:nxt.first.start])))
        else:
            reading.after = seg_end
    for index in range(len(readings) - 2, -1, -1):
        if coordinated[index]:
            readings[index].after = readings[index + 1].after
            readings[index].tail = readings[index + 1].tail
            # "15% or 20% ..., up from the 10% baseline": alternatives share the old rate.
            if readings[index].previous is None:
                readings[index].previous = readings[index + 1].previous
    for index in range(1, len(readings)):
        if coordinated[index - 1]:
            readings[index].before = readings[index - 1].before


def _split_gap(text: str, start: int, end: int) -> tuple[int, int]:
    """Split the words between two rates at their last connector: (left end, right start).
    Without a connector both rates see all of it."""
    last = None
    for match in _CONNECTOR.finditer(text, start, end):
        last = match
    if last is None:
        return end, start
    return last.start(), last.end()


def _objects(text: str, reading: _Reading) -> list[tuple[int, int]]:
    """Spans of the phrases naming what the rate is on."""
    spans = []
    for anchor in (reading.tail, reading.first.end):
        opening = _OBJECT_AFTER.match(text, anchor, reading.after)
        if opening:
            spans.append((opening.end(), _object_end(text, opening.end(), reading.after)))
            break
    inner_start = reading.first.end if reading.first is not reading.last else reading.last.start
    for start, end in ((reading.before, reading.first.start), (inner_start, reading.last.start)):
        opening_before = None
        for match in _OBJECT_BEFORE.finditer(text, start, end):
            opening_before = match
        # "the tariff on Japanese cars was lowered to 15%", "duties on Chinese goods remain
        # at 30 percent"; not "the rate on Swiss goods is higher than the 15 per cent".
        if opening_before and _LEADS_TO_RATE.search(text, opening_before.end(), end):
            spans.append((opening_before.end(), _object_end(text, opening_before.end(), end)))
    return [_inner_object(text, a, b) for a, b in spans if a < b]


def _inner_object(text: str, start: int, end: int) -> tuple[int, int]:
    """"15 percent on any future U.S. tariffs on drugs": the object is what those tariffs
    are on; the country before them imposes them."""
    inner = _OBJECT_BEFORE.search(text, start, end)
    if inner and TARIFF_WORD.match(text, inner.start()):
        return inner.end(), end
    return start, end


def _object_end(text: str, start: int, limit: int) -> int:
    for match in _OBJECT_END.finditer(text, start, limit):
        word = text[match.start():match.end() + 6].strip().lower()
        if word.startswith("from") and re.search(rf"\b{_GOODS}\s*$", text[start:match.start()],
                                                 re.I):
            continue
        if word.startswith("and") and _continues_list(text[match.end() + 4:limit]):
            continue
        if re.match(r"as\b", word) and text[max(0, match.start() - 4):match.start()] == "well":
            continue  # "as well as"
        if match.start() - start > 140:
            return start + 140
        return match.start()
    return min(limit, start + 140)


def _continues_list(rest: str) -> bool:
    """After "and" in an object: another sector, country or goods ("cars and auto parts",
    "Canada and Mexico", "branded and patented drugs"), not a new clause ("and end
    exemptions Canada had enjoyed")."""
    rest = rest.lstrip()
    if re.match(r"(?:[\w-]+\s+){0,2}?(?:" + SECTOR_WORDS + "|" + _GOODS + r")\b|(?:other|all)\b",
                rest, re.I):
        return True
    refs = find_countries(rest[:40])
    return bool(refs) and refs[0].start == 0


def _without_reasons(text: str) -> str:
    """The text with its reasons ("over Russian oil purchases") blanked out."""
    return _REASON.sub(lambda m: " " * len(m.group(0)), text)


def _sectors_in(text: str, start: int, end: int) -> list[str]:
    return [s for s, _, _ in find_sectors(_without_reasons(text[start:end]))]


def _general_goods(text: str, start: int, end: int) -> bool:
    """Does the object name goods in general ("other American products"), not only a
    sector's goods ("U.S. steel products", "farm goods")?"""
    phrase = text[start:end]
    sector_spans = [(a, b) for _, a, b in find_sectors(phrase)]
    for match in _GOODS_NOUN.finditer(phrase):
        if any(a <= match.start() < b for a, b in sector_spans):
            continue
        if any(0 <= match.start() - b <= 1 for _, b in sector_spans):
            continue
        if re.match(r"\s+of\s+\w+", phrase[match.end():]) and find_sectors(
            phrase[match.end():match.end() + 30]
        ):
            continue
        return True
    return False


def _mentions_for(
    sentence: Sentence,
    reading: _Reading,
    segment: tuple[int, int],
    countries: list[CountryRef],
    published: date | None,
    default_partner: str | None,
    earlier: list[TariffMention],
    effective: date | None,
    others: list[tuple[int, int]],
) -> list[TariffMention]:
    text = sentence.text
    alone = not others  # the only rate of its segment
    first = reading.first
    before = text[reading.before:first.start]
    after = text[reading.tail:reading.after]
    near_before, near_after = before[-70:], after[:45]

    objects = _objects(text, reading)
    sectors = _sectors(text, reading, objects, after)
    general = any(_general_goods(text, a, b) for a, b in objects)
    imposer_actor = _actor(text, countries, first.start)
    targets, source = _targets(
        text, reading, objects, countries, segment, sectors, imposer_actor, default_partner
    )
    from_default = source == "default"
    context = text[reading.before:reading.after]
    kind = _kind(near_before, near_after, sectors, context, text, "US")
    object_countries = any(find_countries(text[a:b]) for a, b in objects)
    if not sectors and not general and not object_countries and kind not in (
        "baseline", "reciprocal"
    ):
        sectors = _sentence_sector(text)
        if sectors and from_default:
            targets, from_default, source = ["*"], False, "named"
    imposer = "US"
    if targets == ["US"]:
        imposer = imposer_actor or _other_actor(text, countries, first.start) or (
            default_partner if default_partner != "US" else None
        ) or ""
    elif imposer_actor and (imposer_actor not in targets or from_default):
        imposer = imposer_actor
        if from_default or not targets or targets == [imposer_actor] or (
            targets == ["*"] and any(c.code == "US" for c in countries)
        ):
            # A partner's own tariff with no other country named is on the United
            # States when the sentence speaks of it (retaliation), else on everyone.
            targets, from_default, source = ["US"], False, "named"
    kind = _kind(near_before, near_after, sectors, context, text, imposer, alone)
    if kind == "baseline" or (
        imposer == "US" and _ALL_PARTNERS.search(near_before[-45:] + " " + near_after)
        and not _named_near(text, countries, reading)
    ):
        targets, from_default, source = ["*"], False, "named"
    bare = not _modifiers(after).strip() and not TARIFF_WORD.match(after.strip())
    weak = from_default or (source == "nearest" and targets != ["*"])
    if weak and not sectors and any(
        m.rate_pct == reading.rate and (bare or kind in ("other", m.kind))
        and (from_default or m.target in targets)
        for m in earlier
    ):
        return []  # "the 100 percent duty": a rate already reported, not a new fact
    if not imposer:
        return []
    status = _status(text, reading, segment, effective, published, others)
    if kind == "retaliatory" and (imposer == "US" or "US" not in targets):
        kind = "sectoral" if sectors else "other"
    if kind == "other" and imposer == "US" and "*" not in targets and _set_by_letter_or_deal(text):
        kind = "reciprocal"
    layers: list[str | None] = list(sectors) if sectors else [None]
    if sectors and general:
        layers = [None, *sectors]
    return [
        TariffMention(
            imposer=imposer,
            target=target,
            sector=sector,
            kind=kind if sector is not None or kind != "sectoral" else "other",
            rate_pct=reading.rate,
            previous_rate_pct=reading.previous,
            status=status,
            effective_date=effective,
            sentence=text,
            start=sentence.start,
            end=sentence.end,
        )
        for target in targets if target and target != imposer
        for sector in layers
    ]


def _sectors(
    text: str, reading: _Reading, objects: list[tuple[int, int]], after: str
) -> list[str]:
    modifiers = _modifiers(after)
    found = [s for s, _, _ in find_sectors(modifiers)]
    if found:
        return found
    for start, end in objects:
        for sector in _sectors_in(text, start, end):
            if sector not in found:
                found.append(sector)
    if found or any(_GOODS_NOUN.search(text[a:b]) for a, b in objects):
        return found
    if any(find_countries(text[a:b]) for a, b in objects):
        return []
    # Sectors named before the number: the subject ("Japanese steel ... remain subject
    # to 50% tariffs") or the other side of a gapped clause ("and European cars to 25%").
    before = _sectors_in(text, reading.before, reading.first.start)
    # "Orange juice and energy products are exempt from the 40 percent duty": no sector.
    if before and _EXEMPT.search(text, reading.before, reading.first.start):
        return []
    return before


def _sentence_sector(text: str) -> list[str]:
    """The one sector a sentence names, for a rate that names none of its own (not one
    it exempts or gives as a reason)."""
    if _EXEMPT.search(text):
        return []
    named = [s for s, _, _ in find_sectors(_without_reasons(text))]
    return named if len(named) == 1 else []


def _named_near(text: str, countries: list[CountryRef], reading: _Reading) -> bool:
    return any(
        reading.before <= c.start < reading.after and c.code != "US"
        and not _ends_with(_EXCEPTED, text, c.start)
        for c in countries
    )


def _is_actor(text: str, ref: CountryRef) -> bool:
    if ref.code == "US" or ref.named_as == "demonym":
        return False
    tail = text[ref.end:ref.end + 90]
    return bool(_ACTOR_VERB.match(tail) or _POSSESSIVE.match(tail))


def _actor(text: str, countries: list[CountryRef], number_at: int) -> str | None:
    """The non-US country that imposes: "Mexico raised its tariffs", "Beijing imposed"."""
    actors = [c for c in countries if c.start < number_at and _is_actor(text, c)
              and not _is_venue(text, c)
              and not _ends_with(_CONDITION, text, c.start)]
    return actors[-1].code if actors else None


def _other_actor(text: str, countries: list[CountryRef], number_at: int) -> str | None:
    """For a tariff on the United States: the other country the sentence names."""
    others = [c for c in countries if c.code != "US" and not _is_venue(text, c)]
    before = [c for c in others if c.start < number_at]
    pool = before or others
    return pool[0].code if pool else None


def _targets(
    text: str,
    reading: _Reading,
    objects: list[tuple[int, int]],
    countries: list[CountryRef],
    segment: tuple[int, int],
    sectors: list[str],
    actor: str | None,
    default_partner: str | None,
) -> tuple[list[str], str]:
    """The countries the rate is on, and where they come from: "named" (the rate's own
    words), "nearest" (the country nearest it) or "default" (the article's partner)."""
    def codes(refs: list[CountryRef]) -> list[str]:
        out: list[str] = []
        for ref in refs:
            if ref.code not in out:
                out.append(ref.code)
        return out

    for start, end in objects:
        inside = [c for c in countries if start <= c.start < end
                  and not _ends_with(_EXCEPTED, text, c.start)]
        if inside:
            return codes(inside), "named"
        if re.search(r"\b(?:its|their)\b", text[start:end]):
            subject = [c for c in countries if c.start < start and not _is_venue(text, c)]
            if subject:
                return [subject[-1].code], "named"
    goods = [
        c for c in countries
        if reading.before <= c.start < reading.after and _names_goods(text, c)
    ]
    if goods:
        return codes(goods), "named"
    for start, end in objects:
        if _ALL_PARTNERS.search(text[start:end]):
            return ["*"], "named"
    reasons = [m.span() for m in _REASON.finditer(text)]
    candidates = [
        c for c in countries
        if c.code != "US" and c.code != actor and not _is_venue(text, c)
        and not _ends_with(_EXCEPTED, text, c.start)
        and not any(a <= c.start < b for a, b in reasons)
    ]
    clause = clause_at(text, reading.first.start)
    patients = [
        c for c in candidates
        if clause[0] <= c.start < reading.first.start and not _is_actor(text, c)
    ]
    # The country the rate hits, named in its own words ("Japan faces a 24% tariff");
    # else, for a rate without an object, any country of its own words ("the 15 per
    # cent agreed with the EU"); else one named before it in its clause ("Mexico would
    # continue to pay ..., a 25 percent tariff on cars").
    own = [c for c in patients if c.start >= reading.before]
    if own:
        return [own[-1].code], "named"
    in_context = [c for c in candidates if reading.before <= c.start < reading.after]
    if in_context and not objects:
        return [min(in_context, key=lambda c: abs(c.start - reading.first.start)).code], "nearest"
    if patients:
        return [patients[-1].code], "named"
    if sectors:
        return ["*"], "named"
    number_at = reading.first.start
    in_segment = [c for c in candidates if segment[0] <= c.start < segment[1]]
    for pool in (in_segment, candidates):
        if pool:
            return [min(pool, key=lambda c: abs(c.start - number_at)).code], "nearest"
    return ([default_partner] if default_partner else []), "default"


_NAMES_GOODS = re.compile(
    r"(?:-made)?\s+(?:(?:(?!(?:" + _NOUN + r"|on|of|for|to|from|in|at|and|or|with|by)\b)"
    r"[\w-]+\s+){0,2}?" + _GOODS + "|(?:" + SECTOR_WORDS + r"))\b"
    r"(?!\s+(?:" + _NOUN + r")\b)",
    re.I,
)


def _names_goods(text: str, ref: CountryRef) -> bool:
    """"Canadian goods", "UK steel", "Japanese beef": the country whose goods are taxed
    (but "U.S. steel tariffs" are the country's own tariffs, "U.S. imports" its buying)."""
    tail = text[ref.end:ref.end + 50]
    if ref.named_as not in ("name", "demonym") or not _NAMES_GOODS.match(tail):
        return False
    return not (ref.code == "US" and re.match(r"\s+imports\b", tail, re.I))


def _is_venue(text: str, ref: CountryRef) -> bool:
    return ref.named_as == "capital" and _ends_with(_VENUE, text, ref.start)


def _kind(
    before: str, after: str, sectors: list[str], context: str, sentence: str,
    imposer: str | None, alone: bool = False,
) -> TariffKind:
    """Words that modify the same noun as the number ("10 percent baseline duty")
    decide first; else the cue nearest before the number ("an additional tariff of")."""
    if imposer not in (None, "US"):
        return "retaliatory"
    if _KIND_CUES[0][1].search(before + " " + after):
        return "retaliatory"
    kind: TariffKind | None = None
    modifiers = _modifiers(after)
    # The noun itself may say it: "a 14 percent surcharge".
    head = re.match(r"\s*[\w-]+", after[len(modifiers):])
    if head:
        modifiers += head.group(0)
    if _TOTAL_AFTER.match(after):
        kind = "total"
    for candidate, cue in _KIND_CUES[1:]:
        if kind is None and cue.search(modifiers):
            kind = candidate
            break
    if kind is None:
        nearest = -1
        for candidate, cue in _KIND_CUES[1:]:
            for match in cue.finditer(before):
                if match.end() > nearest:
                    nearest, kind = match.end(), candidate
    if kind == "total" and _reciprocal_regime(sentence):
        return "reciprocal"
    if kind in ("baseline", "total"):
        return kind
    if sectors:
        return "sectoral"
    if kind is not None:
        return kind
    if re.search(r"\breciprocal\b", context, re.I):
        return "reciprocal"
    if alone and re.search(r"\breciprocal\b", sentence, re.I):
        return "reciprocal"
    return "other"


_MODIFIER_END = re.compile(
    r"[,;.()]|\b(?:for|of|to|from|with|and|on|in|that|which|under|after|before|by|as|at)\b"
)


def _modifiers(after: str) -> str:
    """The words between a number and its noun: "% [reciprocal] tariff", "% [extra] duty"."""
    end = len(after)
    for pattern in (_MODIFIER_END, TARIFF_WORD, _RATE_NOUN):
        match = pattern.search(after)
        if match:
            end = min(end, match.start())
    return after[:end]


def _reciprocal_regime(sentence: str) -> bool:
    """A baseline-plus-country total under the reciprocal regime is the reciprocal rate."""
    return bool(
        re.search(r"\breciprocal\b", sentence, re.I) and re.search(r"\bbaseline\b", sentence, re.I)
    )


def _effective_date(
    text: str, reading: _Reading, published: date | None
) -> tuple[date, int] | None:
    """The rate's start date and where the sentence gives it."""
    start, end = reading.before, reading.after
    old_rate_end = None
    if reading.first is not reading.last and reading.first.value == reading.rate:
        old_rate_end = reading.last.end
    context = text[start:end]
    immediate = _IMMEDIATE.search(context)
    if published is not None and immediate:
        return published, start + immediate.start()
    for ref in find_dates(context, published, future=True):
        at = start + ref.start
        lead = text[start:at]
        # "15 percent, down from the 25 percent rate Trump had threatened to impose from
        # Friday": a clause about the old rate dates the old rate ("to 125 per cent from
        # 84 per cent starting Saturday" still dates the change).
        if old_rate_end is not None and at > old_rate_end and len(
            re.findall(r"\w+", text[old_rate_end:at])
        ) > 4:
            continue
        if _EFFECT_CUE.search(lead) or _changed_on(text, start, at) or (
            re.search(r"\bby\s*$", lead) and _EFFECT_VERB.search(lead[-60:])
        ):
            if ref.value is None:
                continue
            if ref.kind != "weekday" or published is None:
                return ref.value, at
            # The verb of the date's own clause, not one further back.
            verb = text[max(start, clause_at(text, at)[0]):at]
            future = not (_PAST.search(verb) and not _FUTURE.search(verb))
            (resolved,) = [r for r in find_dates(text[at:at + len(ref.surface)], published,
                                                 future=future)] or [ref]
            return (resolved.value, at) if resolved.value else None
    return None


def _changed_on(text: str, start: int, at: int) -> bool:
    """"rise to 35 percent on Friday", "doubled to 20% on Tuesday": the change's date."""
    lead = text[start:at]
    match = re.search(r"\bto\s+\S+\s*(?:%|percent|per cent|pct)\s+on\s*$", lead, re.I)
    return bool(match)


def _sentence_effective_date(
    text: str,
    segments: list[tuple[int, int]],
    readings: list[tuple[tuple[int, int], list[_Reading]]],
    published: date | None,
) -> date | None:
    """A clause without a rate of its own that says when the sentence's rates start
    ("..., with both reductions taking effect by May 14")."""
    with_rates = {span for span, _ in readings}
    for start, end in segments:
        if (start, end) in with_rates or find_percents(text[start:end]):
            continue
        if not _EFFECT_VERB.search(text[start:end]):
            continue
        for ref in find_dates(text[start:end], published, future=True):
            lead = text[start:start + ref.start]
            if _EFFECT_CUE.search(lead) or re.search(r"\bby\s*$", lead):
                return ref.value
    return None


def _status(
    text: str,
    reading: _Reading,
    segment: tuple[int, int],
    effective: date | None,
    published: date | None,
    others: list[tuple[int, int]],
) -> TariffStatus:
    before = text[max(reading.before, reading.first.start - 40):reading.first.start]
    if _CAP.search(before) or _CAP_AFTER.match(text, reading.last.end, reading.after):
        return "agreed"
    clause = clause_at(text, reading.last.start)
    own = (max(reading.before, clause[0]), min(reading.after, clause[1]))
    scopes = [own, clause, (reading.before, reading.after), segment]
    if segment == (0, len(text)):
        scopes.append((0, len(text)))
    # "the 30% tariff that the United States had announced": the relative clause on the
    # rate's own noun says what that rate is.
    relative = _RELATIVE_AFTER.match(text, reading.tail, reading.after)
    if relative:
        scopes.insert(0, (relative.start("clause"), own[1]))
    # Cues inside another rate's own words belong to that rate.
    masked = [(a, b) for a, b in others if not (a <= reading.first.start < b)]
    if reading.first is not reading.last and reading.first.value == reading.rate:
        # "19 percent ..., down from the 32 percent Trump had threatened": what follows
        # the old rate is about the old rate.
        masked.append((reading.last.start, reading.after))
    future = effective is not None and published is not None and effective > published
    cue: str = "announced!" if future else "in_effect"
    for start, end in scopes:
        found = _status_in(text, start, end, future, masked)
        if found is not None:
            cue = found
            break
    # A change to come under an agreement the sentence names is agreed.
    agreement = _AGREED.search(text)
    if cue == "announced!" and agreement and not _NEGATED.search(
        text, max(0, agreement.start() - 40), agreement.start()
    ):
        return "agreed"
    return _STATUS_NAMES[cue]


_RELATIVE_AFTER = re.compile(
    r"\s*(?:[\w\"'“”’-]+\s+){0,3}?" + _NOUN + r",?\s+(?P<clause>(?:that|which)\b)", re.I
)
_AGREED = re.compile(r"\b(?:agreement|deal|accord|pact|joint statement|agreed)\b", re.I)
_STATUS_NAMES: dict[str, TariffStatus] = {
    "announced!!": "announced", "lifted": "lifted", "paused": "paused",
    "threatened": "threatened", "proposed": "proposed", "in_effect!": "in_effect",
    "agreed": "agreed", "announced!": "announced", "in_effect": "in_effect",
    "announced": "announced",
}


def _status_in(
    text: str, start: int, end: int, future: bool, masked: list[tuple[int, int]]
) -> str | None:
    """The first status cue (by rank) in ``text[start:end]``, by its name."""
    for name, cue in _STATUS_CUES:
        if name == "announced!" and future:
            return name
        for match in cue.finditer(text, start, end):
            if any(a <= match.start() < b for a, b in masked):
                continue
            if _NEGATED.search(text, max(start, match.start() - 40), match.start()):
                continue
            return name
    return None
