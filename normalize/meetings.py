"""Negotiation-meeting mentions from article sentences.

A meeting fact needs an anchor: an ordinal round ("sixth round", "6th round",
"round six") of talks, an ordinal summit ("their second summit": a round of
leaders' talks), or a named summit (G7, G20, APEC, NATO). Meetings without either ("talks
last week") are context, not facts: they only lend participants.

* A round is a round of talks: "round of <talks>" (talks, negotiations,
  consultations, discussions, dialogue, meetings, with up to five words
  between: "round of high-level economic and trade talks", "round of
  so-called "2+2" talks", "round of in-person consultations"). A round of
  anything else ("a second round of retaliatory tariffs", "round of
  stimulus") is no meeting. A bare round ("a fourth round has not been
  scheduled", "the talks, the sixth round between ...", "Round two is
  expected in early June, again at ministerial level") counts when the
  sentence speaks of talks, meeting, a visit or trip, or of holding it
  ("agreed to hold a second round", "the sixth round would take place"), or
  when it continues the rounds of talks before it in the article. In an
  article counting rounds, an ordinal alone is one ("the fifth, took place in
  Washington; the sixth ... was called off"); an ordinal summit past the
  twelfth ("the 51st summit of the group") counts years, not talks.
  "Engagements" are talks too.
* Parties: countries named in the sentence (names, demonyms, actors; not a
  country's goods, "purchases of Russian oil", nor a yardstick, "the
  treatment Japan obtained") and the
  countries of officials named there; a summit's parties are its members.
  Places are not parties: a venue ("in London", "at the summit in Canada")
  or a dateline ("LONDON (APWS) –"). With one party found, the other is the
  United States (these are talks about US tariffs) unless the article names
  another partner. With none, the round continues the talks of the round
  before it in the article, or else the article's main partner and the US.
* Level: explicit words in the sentence first (leaders'/summit,
  ministerial/minister, working-level, technical talks or teams, working
  groups), not counting a named summit that the sentence mentions beside the
  round; then who sits at the table (ministerial if a minister does, else
  leaders, else working): the officials named and the titles of those we do
  not know by name ("Finance Minister Choi", "Deputy Minister ...", "the
  chief negotiators": see ``officials.title_levels``), counting the sentences
  that continue the round but not a side clause ("..., after Trump doubled
  tariffs", ", who met Bessent last week,"), and working when negotiators,
  delegations or negotiating teams sit at the table with no minister named;
  else the level of another round of the same parties; else other. A numbered
  round of one of the year's standing tracks (US-China, Taiwan: ministerial; India:
  working) whose sentence says no level in words, or only a summit beside it, is at
  that track's level, whoever sits at the table (``_TRACKS``).
* Status, from a relative clause on the meeting's own phrase first ("the
  APEC summit, which Lee will chair on Friday": planned, and its day), then
  the round's own clause (a relative clause such as ", who met Bessent last
  week," speaks of something else), then the sentence:
  cancelled (called off, cancelled, scrapped, "would have been the second
  round"; not "had not been called off"); planned (will, would, could, may
  (not the month "May"), plans, arranging, expected, scheduled, upcoming,
  envisioned, to hold, to meet, postponed, delayed, next/later this week, or
  a date after publication); held otherwise (held, took place, met,
  following, after, ended, wrapped up, ...).
* Date: a date right after "held", "take place", "scheduled for" in the
  sentence ("a second round of negotiations, to be held Thursday"); else the
  date nearest the anchor in a relative clause on the meeting's own phrase,
  then in its clause; not the day something was said ("the ministry said on
  Friday"), nor a dateline's ("SEOUL, July 8 --"); a span of days gives its
  first ("from May 21 to 24"). A later sentence about the meeting itself that says when it
  was held or opened ("The round was held from 14 to 18 July", "The summit,
  ..., opened on Saturday") gives its first day, which beats the day a round
  ended ("concluded on 18 July") and, for a summit, any day of its sentence.
  Else a date in a following sentence that adds participants; else, for a
  round whose sentence opens by pointing back at the one before ("The
  session would have been the second round", "The agreement came at the
  first round"), the date of that sentence. A cancelled meeting keeps only
  the day it was scheduled for ("scheduled for August 25 to 29, has been
  called off", "which a US team was to hold in New Delhi from August 25"; a
  weekday, "was due in New Delhi on Monday", is the nearer Monday); "this
  week", "next week", "last week", "last weekend" or "next month" give no day
  ("later this week" gives its Thursday). Dates of things to come or called
  off resolve forward.
* Participants: officials named or described by title in the sentence, plus
  those in the next two sentences that speak of meeting ("expected to meet",
  "met", "led by", "the delegation"; for a cancelled meeting, what was to
  happen: "had been due to meet"); an official named only as the source of
  the sentence (a trailing ", Sheinbaum said at her news conference.") is
  not a participant.
* Location: a venue after "in"/"to"/"at" (country or capital); "in <town>,
  <country>" gives the country.
* One fact per meeting: a later mention of the same round (or summit) of the
  same parties at the same level adds only what the first lacks (date,
  place, participants).
* Added 2026-11-27 (session 4), against the k* batch after its one held-out
  measurement: talks "between Israeli and American trade officials" are
  working-level; "in the Malaysian capital" is a venue, no party; "grew 0.7
  percent in the second quarter from the first" is no round; a level said
  in one part of a sentence (split at ";") is that part's round's. Against
  l* after its measurement: in a sentence with two rounds each part (split
  also at ", and the ...") has its own level and seated officials;
  "working-level contacts" set no round's level; a state secretary is
  working-level; "talks with USTR" are with the office, not Greer; a
  summit's "Kananaskis, Canada" is no party to a round in the same
  sentence, and a sentence naming a summit adds no participants to a round.
  Against m* after its measurement: pairs of rounds ("the fourth and fifth
  rounds", "the second round on May 1 and the third on May 23") are two
  rounds; "The sixth followed"; "Round one ... across the table from"; a
  round "three days before" a leaders' meeting keeps its own seat.
* Added 2026-11-27 (session 5), against a* to m* before the n* batch was
  measured: talks with USTR or "the Trade Representative's office", a team,
  negotiators who "would hold" a round (whoever speaks of it) and a principal
  secretary are working level; "ministers" ministerial; "the second round of
  which"; "the fifth of them"; "meet for a sixth in New Delhi"; a "but" clause
  after a round seats no one at it and a subordinate clause after it names no
  party; a summit's members are those of the summit's day (ASEAN with
  Timor-Leste from 26 October 2025) and "heads to" a summit plans it. After
  n*'s measurement (meeting F1 0.958 held out, 0.917 for the extractor as the
  session began): a capital before "session"/"talks" or listed after a venue
  ("in Geneva in May and London in June") is a place, no party.
* Added 2026-11-27 (session 6), after p*'s measurement: "a team from his
  ministry would hold a second round" is working level, whoever speaks of it.
* Added 2026-11-27 (session 7), after r*'s measurement (meeting F1 0.750 held out):
  "G7 leaders met", "APEC leaders gather" are the group's summit; where a leader
  travels from ("arrived in Tokyo on Monday from Malaysia") is no party; "the fifth and
  most recent formal round" is the fifth round. Later: officials who hold, convene or
  complete a round hold it at working level; a planned summit without a day is the
  group's next one after publication (the members of its day).
* Added 2026-11-27 (session 8): a round whose sentence names more than two sides has the
  parties of its own clause ("..., while Sri Lankan officials held a third round of talks
  with US negotiators"): no round in the gold set has more than two. What a speaker
  says after the round (", saying ... between officials") and, for a round its subject
  led ("Sun Chanthol, who led Cambodia's delegation at the third round, said negotiators
  would meet for a fourth"), the rest of the sentence seat no one at it. A negotiator's
  numbered visit ("Akazawa was on his eighth trip to Washington") is a round (GUIDELINES,
  settled that day); a leader's "first visit" is not; a numbered session ("the eighth
  ministerial-level session between Dien and Greer") is a round. A timeline entry's place ("June
  9-10, London - A second round ...") is a dateline's (``normalize.countries``), no party;
  "a US team led by Lynch is due in New Delhi for the sixth round" speaks of a meeting;
  ", and it was confirmed when the two heads of state met" is a part of its own, whose
  leaders do not make the round before it a leaders' meeting. "A US-GCC summit" (the
  Gulf Cooperation Council with the United States, Riyadh, May 2025) is a leaders' summit
  of the six Gulf states and the US (``normalize.countries.GROUPS``). The leaders a
  round prepares for ("settle terms for the leaders", "four days before the two leaders
  met") do not make it a leaders' meeting.
* Added 2026-11-29 (session 23, from at*): the NATO summit (The Hague, June 2025) is a
  leaders' meeting of the 32 allies, as the at* writer read it; "as leaders of the
  Group of Seven met" is the G7's summit.
* Added 2026-11-28 (session 20): a summit named by its two sides ("an EU-China summit in
  Beijing", "the 25th EU-China summit") is their leaders' meeting, numbered by an ordinal
  before it; where the article numbers the same two sides' summit ("their first summit"),
  "the Korea-U.S. summit" is that one, not another.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from normalize.countries import (
    GROUPS,
    JOINED,
    SUMMIT_DAYS,
    CountryRef,
    dateline_end,
    display_name,
    find_countries,
)
from normalize.dates import DateRef, find_dates, names_later_month
from normalize.folding import fold
from normalize.mentions import MeetingLevel, MeetingMention, MeetingStatus
from normalize.numbers import ORDINAL_WORDS
from normalize.officials import OFFICIALS, find_officials, title_levels
from normalize.sentences import Sentence, clause_at, clauses

_ORDINALS = {word: n for word, n in ORDINAL_WORDS.items() if n <= 15}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORDINAL = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_ROUND = re.compile(
    # "the fifth and most recent formal round"
    rf"\b(?P<ordinal>{_ORDINAL})\s+(?:and\s+(?:the\s+)?(?:most\s+recent|latest|last|final)\s+)?"
    # ("the second face-to-face summit between the two leaders")
    rf"(?:(?:face-to-face|in-person)\s+)?"
    # ("the second face-to-face meeting between the two leaders": their summit)
    rf"(?:[\w'\u2019]+[- ]?){{0,2}}?(?P<noun>round|summit|visit|trip|session|"
    rf"meeting(?=\s+(?:between|of)\s+the\s+(?:two\s+)?leaders\b))\b"
    rf"|\bround\s+(?P<number>\d{{1,2}}|{'|'.join(_CARDINALS)})\b",
    re.IGNORECASE,
)
# "held the first Korea-U.S. 2+2 high-level trade consultation": a numbered 2+2 meeting of
# two countries' finance and trade ministers is a round of their talks
_TWO_PLUS_TWO = re.compile(
    # (also 'the first "two-plus-two" meeting', "A second two-plus-two, which was to ...")
    rf"\b(?P<ordinal>{_ORDINAL})\s+(?:[\w.'\u2019-]+\s+){{0,2}}?[\"\u201c]?(?:2\s*\+\s*2|"
    r"two-plus-two)[\"\u201d]?(?:\s+(?:[\w-]+\s+){0,3}?(?P<noun>consultations?|talks|meetings?|"
    r"dialogues?)\b)?", re.I)
_ROUNDS = re.compile(r"\brounds?\b", re.I)
_ORDINAL_HINTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "teenth")
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b", re.I)
# "the fifth, took place in Washington", "The fifth was held in July": the ordinal alone.
_ELLIPTICAL_ROUND = re.compile(
    # not "grew 0.7 percent in the second quarter from the first"
    rf"(?<!\bfrom )(?<!\bthan )(?<!\bover )\b[Tt]he\s+(?P<ordinal>{_ORDINAL})"
    rf"(?P<noun>)(?P<number>)(?=\s*,|\s+(?:was|is|will|would|"
    rf"took|opened|began|ended|had|has|came|due|followed)\b"
    # "five formal rounds by mid-July, the fifth of them in Washington"
    rf"|\s+of\s+them\b)"
    # "who held a fifth round in Washington, are due to meet for a sixth in New Delhi"
    rf"|(?<=\bfor )a\s+(?P<another>{_ORDINAL})(?=\s+(?:in|on|at)\s+[A-Z])"
    # "have held four formal rounds since May, and a fifth is expected in Washington"
    rf"|(?<=\band )a\s+(?P<next>{_ORDINAL})(?=\s+(?:is|was|will|would)\b)"
    # "Five rounds have been held since March, the fifth in Washington in July"
    rf"|(?<=, )the\s+(?P<last>{_ORDINAL})(?=\s+(?:in|at)\s+[A-Z])"
)
# "The fourth and fifth rounds", "The second round on May 1 and the third on May 23": the
# second ordinal of a pair, after a round the sentence has named.
_SECOND_OF_TWO = re.compile(
    rf"(?<=\band )(?:the\s+)?(?P<ordinal>{_ORDINAL})(?P<noun>)(?P<number>)"
    rf"(?=\s+rounds\b|\s+(?:on|in|at)\s)", re.I)
_FIRST_OF_TWO = re.compile(rf"\b(?P<ordinal>{_ORDINAL})(?P<noun>)(?P<number>)"
                           rf"(?=\s+and\s+{_ORDINAL}\s+rounds\b)", re.I)
_TALK_NOUN = (r"(?:talks?|negotiations?|consultations?|discussions?|dialogues?|meetings?|"
              r"deliberations?|engagements?)")
# The words between "round of" and its noun modify that noun ("high-level economic and
# trade talks"); a preposition or another noun ends the phrase ("tariffs as talks").
_NOT_MODIFIER = (r"(?!(?:as|while|after|before|on|with|for|in|at|to|from|by|over|amid|"
                 r"tariffs|duties|levies|sanctions|measures|retaliation)(?![\w-]))")
_ROUND_OF = re.compile(
    # ("the sixth round of India–US trade negotiations": an en dash between the parties)
    r"\s+of\s+(?P<what>(?:" + _NOT_MODIFIER + r"[\w'.+\"\u201c\u201d\u2018\u2019\u2013-]+,?\s+)"
    r"{0,5}?"
    + _TALK_NOUN + r"\b)?",
    re.IGNORECASE,
)
_OF_WHICH = re.compile(r"\s+of\s+which\b", re.I)
_SUMMIT = re.compile(
    # ("the summit of the Association of Southeast Asian Nations": the summit said first)
    # (and "as leaders of the Group of Seven met at a mountain resort")
    r"(?P<of>(?<=summit of the )|(?<=summit of )|(?<=leaders of the )(?=[\w\s-]{2,40}?\s+"
    r"(?:met|meet|meets|gather\w*|convene\w*)\b))?"
    r"\b(?P<group>G-?7|G-?20|Group of (?:Seven|7|20|Twenty)|APEC|ASEAN|C5\s*\+\s*1|NATO|"
    r"Asia-Pacific Economic Cooperation|Association of Southeast Asian Nations|"
    # "a US-GCC summit", "the Gulf Cooperation Council-US summit"
    r"(?:U\.?S\.?-)?(?:GCC|Gulf Cooperation Council)(?:-U\.?S\.?)?|SADC|"
    r"Southern African Development Community)\b(?(of)|(?:(?:\s+\w+){0,3}?\s+"
    r"(?:summit|leaders['’]? (?:summit|meeting))\b"
    # "Leaders of the Asia-Pacific Economic Cooperation forum then gather in Gyeongju for
    # their annual summit", "APEC ..., the leaders' summit in Gyeongju"
    r"|[^.;]{0,80}?\b(?:their (?:annual )?summit|the leaders['’] summit|the annual summit)\b"
    # "when G7 leaders met in Kananaskis", "APEC leaders gather in Gyeongju"
    r"|\s+leaders\s+(?:(?:will|would|are to)\s+)?(?:met|meet|meets|meeting|gather\w*|"
    r"convene\w*)\b))",
    re.IGNORECASE,
)
# "an EU-China summit", "the 25th EU-China summit" (its "number" group is empty: _round_number
# reads the ordinal)
_PAIR_SUMMIT = re.compile(rf"(?:\b(?P<ordinal>{_ORDINAL})\s+)?(?P<number>)"
                          r"\b(?P<a>(?-i:[A-Z])[\w.]*)[-\u2013](?P<b>(?-i:[A-Z])[\w.]*)\s+summit\b",
                          re.I)
# "our officials had completed a third round", "Officials of both sides will convene the first
# round": officials hold it (a level cue, but not for a standing track's round, which its
# ministers lead whoever is said to wrap it up: "U.S. and Chinese officials wrapped up a
# fourth round of trade talks in Madrid")
_OFFICIALS_HOLD = re.compile(
    r"\bofficials\s+(?:(?:of|from)\s+(?:both|the two)\s+(?:sides|countries|governments)\s+)?"
    r"(?:will\s+|would\s+|had\s+|have\s+|has\s+)?"
    r"(?:(?:hoped|planned|expected|intended|wanted)\s+to\s+)?"
    # ("which officials had hoped to hold in Washington")
    r"(?:hold|held|convene\w*|met|meet|complet\w*|conclud\w*|wrap\w*|open\w*|began|begin)\b|"
    r"\bbetween\s+(?:trade\s+)?officials\b",
    re.I)
_LEVEL_CUES: list[tuple[MeetingLevel, re.Pattern[str]]] = [
    # "their third round of high-level trade negotiations", even when officials are said to
    # have wrapped it up
    ("ministerial", re.compile(r"\bhigh[- ]level\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|"
                               r"consultations|dialogue)\b", re.I)),
    ("working", re.compile(r"working[- ]level(?!\s+(?:contacts|exchanges|channels?|"
                           r"communications?))|technical[- ]level|technical (?:talks|"
                           r"consultations|negotiations|engagements?|meetings?|teams?|"
                           r"discussions)|"
                           r"working groups?|deputy(?![- ]prime)|vice-ministerial|"
                           # "the third round of expert-level consultations"
                           r"expert[- ]level", re.I)),
    ("working", _OFFICIALS_HOLD),
    ("ministerial", re.compile(r"\bministerial|cabinet-level", re.I)),
    ("leaders", re.compile(r"\bleaders['’]?\b|\bsummit\b|heads of (?:state|government)", re.I)),
]
_CANCELLED = re.compile(r"\b(?:cancel\w*|called off|scrapped|postponed indefinitely|"
                        r"would have (?:been|marked|become))\b", re.I)
_NOT = re.compile(r"\b(?:not|never|n't)\b(?:\s+\w+){0,2}\s*$|n't\s+(?:\w+\s+){0,2}$", re.I)
_WAS_TO = re.compile(r"\b(?:due|scheduled|slated|supposed|was to|were to|had been to)\b"
                     r"[^.;]{0,60}?\b(?:on|from|starting|beginning)\s+$", re.I)
_SCHEDULED = re.compile(r"\b(?:scheduled|planned|set|slated|due)\s+(?:for|on)\s+$", re.I)
_PLANNED = re.compile(
    r"\b(?:will|would|could|(?-i:may)|might|plans?|planned|planning|arranging|arrange[sd]?|"
    r"expected|expects|scheduled|upcoming|envisioned|set to|is to|are to|due to|"
    r"to hold|to meet|later this week|next week|next month|ahead of|prepar\w+ for|aims? to|"
    r"hopes? to|postponed|delayed|pushed back|heads? (?:first )?to|heading (?:first )?to|"
    r"travels to|travelling to|traveling to|"
    # "Lula flies to Johannesburg on Friday for the G20 leaders' summit, which opens on
    # Saturday", "Takaichi leaves on Friday ... to attend", "Lula travels this weekend to"
    r"fl(?:y|ies|ying) to|leaves? (?:on \w+ )?for|to attend|opens on|"
    r"travels (?:\w+ ){1,2}to)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:held|following|after|concluded|wrapped up|ended|took place|met|completed|"
    r"finished|wound up|last week|made|paid)\b",
    re.I,
)
_MEETS = re.compile(r"\b(?:meet\w*|met|talks?|negotiat\w*|sit down|consultations?|"
                    # "which a US team had been due to open in New Delhi"
                    r"(?:due|set|scheduled|expected)\s+to\s+open|"
                    r"discussions?|hold|held|holding|takes? place|took place|travel\w*|"
                    r"visit\w*|trip|delegations?|across the table|face[- ]to[- ]face|"
                    # "A US team led by Lynch is due in New Delhi for the sixth round"
                    r"sat down|in person|teams?\s+led\s+by|led\s+the\s+team)\b", re.I)
_VENUE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?$", re.I)
_TOWN_COUNTRY = re.compile(r"\b\b(?:in|at)\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s+$")
# Expressions that give no day for a meeting: "this week", "next week", "last week" or
# "last weekend" is not when it happens (the gold's writers leave such dates null: 48 of
# their notes say so); "later this week" keeps its Thursday, as the SPEC's example does.
_VAGUE = re.compile(r"(?:this week|next week|last week|next month|last weekend)", re.I)
# "the ministry said on Friday": the day something was said, not the meeting's.
_SAID = re.compile(r"\b(?:said|says|told \w+|announced|reported|confirmed)\s+(?:on\s+)?$", re.I)
_HOLDING = re.compile(r"\b(?:(?:be |been )?held|take place|takes place|took place|"
                      r"scheduled for|set for|planned for)\s+(?:on\s+)?$", re.I)
# (after a place and its country: "the APEC summit in Gyeongju, South Korea, which opens
# on October 31")
_OWN_RELATIVE = re.compile(r"[^,;]{0,80}?(?:,\s+(?-i:[A-Z])[\w.'’ -]{0,30}?)?,\s+(?:which|where)\s+"
                           r"(?P<clause>[^,;]+)", re.I)
_VENUE_NOT_PARTY = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
# "arrived in Tokyo on Monday from Malaysia": where a leader travels from
_TRAVELLED_FROM = re.compile(r"\b(?:arriv\w+|flew|flown|fly|flying|travel\w*|came|coming|"
                             r"return\w*)\b[^.;,]{0,40}\bfrom\s+(?:the\s+)?$", re.I)
# "held a sixth round ... in Washington on Friday before flying to Canada to join Ishiba":
# where someone goes after the meeting
_TRAVELLED_ON_TO = re.compile(r"\bbefore\s+(?:flying|travell?ing|heading|leaving|going|moving\s+on)"
                              r"\s+(?:on\s+)?to\s+(?:the\s+)?$"
                              # "who ... accompanied Ishiba to Canada": where one went with
                              # someone else
                              r"|\baccompanied\s+(?:(?-i:[A-Z])[\w-]+\s+){1,3}to\s+(?:the\s+)?$",
                              re.I)
_ATTRIBUTION = re.compile(r"^\s*(?:said|says|wrote|added|noted)\b(?:\W+\w+){0,8}\W*$", re.I)
_FOLLOWER_MEETS = re.compile(r"\bmeet\w*\b|\bmet\b|\btalks with\b|\bled (?:by|the)\b|"
                             r"\bdelegations?\b|\brepresented by\b|\baccompanied\b", re.I)


def extract_meetings(
    sentences: list[Sentence], published: date | None, default_partner: str | None
) -> list[MeetingMention]:
    found: list[tuple[int, MeetingMention, bool]] = []
    previous_parties: tuple[str, ...] | None = None
    lowered = [sentence.text.lower() for sentence in sentences]
    for index, sentence in enumerate(sentences):
        # (a sentence without a meeting word and without an ordinal can hold no meeting)
        if not MEETING_WORD.search(sentence.text) and not any(
                hint in lowered[index] for hint in _ORDINAL_HINTS) \
                and not _DIGIT_ORDINAL.search(sentence.text):
            continue
        # "The fifth was held in Washington in July": an ordinal alone is a round when the
        # article is counting rounds.
        before = sentences[index - 1].text if index else ""
        counting = previous_parties is not None or (
            ("round" in lowered[index] or (index > 0 and "round" in lowered[index - 1]))
            and bool(_ROUNDS.search(before + " " + sentence.text)))
        for meeting, explicit in _sentence_meetings(
            sentence, published, default_partner, previous_parties, counting
        ):
            found.append((index, meeting, explicit))
            if meeting.round_number is not None:
                previous_parties = meeting.parties
    followed = []
    for index, meeting, explicit in found:
        extended, follower_text = _with_followers(index, meeting, sentences, published)
        # The level comes from who sits at the table: officials named or titled in the
        # round's own clause or in the sentences that continue it, not "after Trump
        # doubled tariffs".
        seated = _seated(meeting) + " \n " + follower_text
        if index and _PRONOUN_LEADS.search(seated):
            # "Trade Minister Parks Tau has done what he can. He led a third round of
            # talks": the one the pronoun stands for, named in the sentence before
            before = sentences[index - 1].text
            seated += " \n " + before[:clauses(before)[0][1]]
        followed.append((extended, explicit, seated))
    leveled = _levels(followed)
    if any(m.level == "other" for m in leveled):
        # "It was the fifth round of negotiations since the two sides first sat down in
        # Geneva": with no one named at the table, the round is at the level of the
        # partner's ministers the article names (He Lifeng, Cheng Li-chiun's counterparts).
        named = {ref.official for s in sentences for ref in find_officials(s.text)}
        leveled = [
            replace(m, level="ministerial") if m.level == "other" and any(
                o.level == "ministerial" and o.country in m.parties and o.country != "US"
                for o in named) else m
            for m in leveled
        ]
    return _merged([_at_level(meeting) for meeting in leveled])


# The numbered rounds of the year's standing negotiation tracks were held at one level
# each: US-China economic and trade talks between Bessent and He Lifeng (Geneva, London,
# Stockholm, Madrid, Kuala Lumpur), Taiwan's talks led by Vice Premier Cheng Li-chiun, and
# the India-US trade agreement rounds between chief negotiators. A numbered round of one of
# them, whose sentence says no level in words (or only a summit beside it: "The summit
# overlapped with the fifth round of U.S.-China economic and trade talks"), is at that level
# whoever else the sentence names ("The two negotiators' fourth round, held in Madrid",
# "Commerce and Industry Minister Goyal said after the fifth round"). (The gold's writers
# annotated them so without exception: 93 US-China, 63 India and 28 Taiwan rounds. Japan's,
# 64 ministerial and 4 leaders', gain nothing from a track: who sits at the table already
# says it.)
_TRACKS: dict[tuple[str, ...], MeetingLevel] = {
    ("CN", "US"): "ministerial",
    ("TW", "US"): "ministerial",
    ("IN", "US"): "working",
}


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans turned to spaces, so that offsets stay."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _merged(meetings: list[MeetingMention]) -> list[MeetingMention]:
    """One fact per meeting: a later mention of the same round (or summit) of the same
    parties at the same level adds only what the first lacks (date, place, people)."""
    merged: dict[tuple[object, ...], MeetingMention] = {}
    for meeting in meetings:
        key = (meeting.parties, meeting.level, meeting.round_number)
        first = merged.get(key)
        if first is None:
            merged[key] = meeting
            continue
        if first.date is None and first.date_text is None and meeting.date is not None:
            first = replace(first, date=meeting.date, date_text=meeting.date_text)
        if first.location is None and meeting.location is not None:
            first = replace(first, location=meeting.location)
        extra = tuple(n for n in meeting.participants if n not in first.participants)
        merged[key] = replace(first, participants=first.participants + extra)
    # "the Korea-U.S. summit" of an article that numbers it ("their first summit") is
    # that summit
    numbered = {(m.parties, m.level) for m in merged.values() if m.round_number is not None}
    return [m for m in merged.values() if not (
        m.round_number is None and len(m.parties) == 2 and (m.parties, m.level) in numbered)]


#: A sentence can hold a meeting fact only with one of these words.
MEETING_WORD = re.compile(r"round|summit|meeting|leaders|visit|\btrip\b|\bsession\b", re.I)
_SUBORDINATE = re.compile(
    r"(?:after|when|while|because|since|as|if|although|though|unless|before|whereas)\b", re.I
)
_RELATIVE = re.compile(r"(?:who|which|where)\b", re.I)
_BUT = re.compile(r"but\b", re.I)


def _seated(meeting: MeetingMention) -> str:
    """The sentence without its side clauses ("..., after Trump doubled tariffs"; a
    relative clause before the round, ", who met Bessent last week,") other than the
    round's own; a relative clause after it (", where Bessent and He Lifeng agreed")
    tells of the meeting itself."""
    text = meeting.sentence
    anchor = _anchor(meeting)
    kept = list(text)
    for start, end in clauses(text):
        if anchor is not None and start <= anchor < end:
            if _WHO_LED.match(text, start):
                # "Sun Chanthol, who led Cambodia's delegation at the third round ..., said
                # negotiators would meet for a fourth": the subject led this round, what he
                # says of the next one seats no one at it
                kept[end:] = " " * (len(text) - end)
            continue
        if _SUBORDINATE.match(text, start) or (
            _RELATIVE.match(text, start) and (anchor is None or start < anchor)
        ) or (_BUT.match(text, start) and anchor is not None and start > anchor):
            # (and a contrast after the round: "Round three ended without an announcement,
            # but on Aug. 11 President Trump extended the truce")
            kept[start:end] = " " * (end - start)
    # "..., saying some points still needed to be worked out between officials": what the
    # speaker says after the round does not seat anyone at it.
    for match in _SAYING.finditer(text):
        if anchor is not None and match.start() > anchor:
            kept[match.start():match.end()] = " " * (match.end() - match.start())
    # "a fifth round ahead of a meeting between the two presidents": the meeting it
    # prepares is another one.
    for match in _AHEAD_OF.finditer(text):
        if anchor is not None and match.start() > anchor:
            kept[match.start():match.end()] = " " * (match.end() - match.start())
    # "Minister Tovar led the third round ..., and the technical teams will hold a fourth":
    # each part of the sentence seats its own round's officials.
    if anchor is not None and len(_ROUND.findall(text)) > 1:
        cuts = [m.end() for m in _PART_BREAK.finditer(text)]
        start = max((c for c in cuts if c <= anchor), default=0)
        end = min((c for c in cuts if c > anchor), default=len(text))
        kept[:start] = " " * start
        kept[end:] = " " * (len(text) - end)
    return "".join(kept)


_LEADERS_ELSEWHERE = re.compile(
    r"\b(?:for|before|ahead of|after|until)\s+(?:[\w-]+\s+){0,5}?(?:the\s+)?(?:two\s+)?"
    r"(?:leaders|presidents|heads of state)\b[^,;]*"
    # "On the eve of the summit, ... the minister held the fifth round": the summit is
    # when, not where, the round was held
    r"|\b(?:on the eve of|ahead of|on the (?:side-?lines|margins?) of|before|after)\s+"
    r"(?:the|this|that|a|their)\s+(?:[\w+-]+\s+){0,2}?summit\b", re.I)
_PRONOUN_LEADS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:would\s+|will\s+|had\s+|has\s+)?"
                            r"(?:led|lead|leads|head|heads|headed|conduct\w*)\b")
_WHO_LED = re.compile(r"who\s+(?:led|headed|represented|attended|chaired)\b", re.I)
_SAYING = re.compile(r",\s+(?:saying|adding|noting|arguing|warning|citing)\b[^;]*", re.I)
_AHEAD_OF = re.compile(r"\b(?:ahead of|in preparation for|to prepare for|paving the way for|"
                       r"(?:\w+\s+)?(?:days?|weeks?|hours?)\s+before|"
                       r"in the run-up to)\b[^,;.]*", re.I)


def _anchor(meeting: MeetingMention) -> int | None:
    text = meeting.sentence
    if meeting.round_number is None:
        found = next(_SUMMIT.finditer(text), None)
        return found.start() if found else None
    # the round's own words, or its ordinal alone ("The sixth followed on June 13", "and
    # the third on May 23")
    for pattern in (_ROUND, _TWO_PLUS_TWO, _ELLIPTICAL_ROUND, _SECOND_OF_TWO, _FIRST_OF_TWO):
        for match in pattern.finditer(text):
            if _round_number(match) == meeting.round_number:
                return match.start()
    return None


def _sentence_meetings(
    sentence: Sentence,
    published: date | None,
    default_partner: str | None,
    previous_parties: tuple[str, ...] | None,
    counting: bool = False,
) -> list[tuple[MeetingMention, bool]]:
    text = sentence.text
    results = []
    elliptical = list(_ELLIPTICAL_ROUND.finditer(text)) if counting else []
    if not MEETING_WORD.search(text) and not elliptical and not _TWO_PLUS_TWO.search(text):
        return []
    summits = list(_SUMMIT.finditer(text))
    rounds = list(_ROUND.finditer(text)) + list(_TWO_PLUS_TWO.finditer(text))
    continues = previous_parties is not None
    # The second of a pair of rounds ("the second round on May 1 and the third on May
    # 23", "the fourth and fifth rounds") counts after a round of talks the sentence names.
    pairs = [m for m in _FIRST_OF_TWO.finditer(text) if continues or _MEETS.search(text)]
    seconds = list(_SECOND_OF_TWO.finditer(text)) if rounds or pairs else []
    if seconds:
        talks = [m for m in rounds if fold(m.group("noun") or "") == "round"
                 and _is_round_of_talks(text, m, continues)] + pairs
        if talks:
            first = min(m.start() for m in talks)
            pairs += [m for m in seconds if m.start() > first]
    for match in [*rounds, *elliptical, *pairs]:
        if any(s.start() <= match.end() and match.start() <= s.end() for s in summits):
            continue  # "the first G7 summit" is the G7 summit
        if match.re is _ROUND and not _is_round_of_talks(text, match,
                                                          previous_parties is not None):
            continue
        round_number = _round_number(match)
        if round_number is None or (round_number > 12 and match.group("noun")
                                    and fold(match.group("noun")) in ("summit", "meeting")):
            continue  # "the 51st summit of the group" counts the G7's years, not talks
        parties = _parties(_without_later_asides(text, match.start()), default_partner,
                           previous_parties)
        if len(parties) > 2:
            # A round is held by two sides (no gold round has more): the countries of the
            # round's own clause are its parties ("..., while Sri Lankan officials held a
            # third round of talks with US negotiators"; not "the 15% rate Japan and South
            # Korea have secured" in the clause after it).
            start, end = clause_at(text, match.start())
            own = _parties(_blanked(text, [(0, start), (end, len(text))]),
                           default_partner, previous_parties)
            if len(own) == 2:
                parties = own
        if len(parties) < 2:
            continue
        # A named summit beside the round is a meeting of its own: its words do not
        # make the round a leaders' meeting.
        own_text = _blanked(text, [summit.span() for summit in summits])
        # "He wants a second round of ministerial talks; officials held a first round":
        # a level said in one part of a sentence is that part's round's.
        # Also "Minister Tovar led the third round ..., and the technical teams will hold a
        # fourth round".
        cuts = [m.end() for m in _PART_BREAK.finditer(own_text)]
        part_start = max((c for c in cuts if c <= match.start()), default=0)
        part_end = min((c for c in cuts if c > match.end()), default=len(own_text))
        part = own_text[part_start:part_end]
        # (not what the speaker says after the round, nor "... settle terms for the
        # leaders", "four days before the two leaders met": the leaders' meeting is another)
        part = _blanked(part, [m.span() for m in _SAYING.finditer(part)
                               if part_start + m.start() > match.end()]
                        + [m.span() for m in _LEADERS_ELSEWHERE.finditer(part)])
        # (the round's own words first: "a third round of ministerial talks was pencilled
        # in for mid-May, with working-level officials meeting in between")
        own_words = own_text[match.start():match.end() + 40]
        noun = _OWN_NOUN.search(own_words)
        track = _TRACKS.get(parties) if round_number is not None else None
        level = (_explicit_level(own_words[:noun.end()], track) if noun else None) \
            or _explicit_level(part, track)
        results.append((
            _meeting(sentence, parties, round_number, match.start(), published, level),
            level is not None,
        ))
    for match in _PAIR_SUMMIT.finditer(text) if "-" in text or "\u2013" in text else ():
        # "an EU-China summit in Beijing on Thursday", "the 25th EU-China summit": a summit
        # named by its two sides is their leaders' meeting
        sides = [find_countries(match.group(side)) for side in ("a", "b")]
        codes = sorted({refs[0].code for refs in sides if len(refs) == 1})
        if len(codes) == 2 and not any(s.start() <= match.end() and match.start() <= s.end()
                                       for s in summits):
            results.append((_meeting(sentence, tuple(codes), _round_number(match),
                                     match.start(), published, "leaders"), True))
    for match in summits:
        group = re.sub(r"[-\s.]", "", match.group("group").upper())
        if "GCC" in group or "GULF" in group:
            # with the United States at the table when its name says so
            group = "US-GCC" if group.startswith("US") or group.endswith("US") else "GCC"
        group = {"GROUPOFSEVEN": "G7", "GROUPOF7": "G7", "GROUPOF20": "G20",
                 "GROUPOFTWENTY": "G20", "ASIAPACIFICECONOMICCOOPERATION": "APEC",
                 "SOUTHERNAFRICANDEVELOPMENTCOMMUNITY": "SADC",
                 "ASSOCIATIONOFSOUTHEASTASIANNATIONS": "ASEAN",
                 }.get(group, group)
        gathering = _meeting(sentence, GROUPS[group], None, match.start(), published, "leaders")
        # members as of the summit's day ("the ASEAN summit, which opens Sunday", the day
        # Timor-Leste joins); for a planned one without a day, the group's next summit after
        # publication ("when ASEAN leaders gather in Kuala Lumpur in October"), else the
        # article's day
        when = gathering.date
        if when is None and gathering.status == "planned" and published is not None:
            when = next((day for day in SUMMIT_DAYS.get(group, ()) if day >= published), None)
        when = when or published
        members = tuple(code for code in GROUPS[group]
                        if when is None or when >= JOINED.get((group, code), when))
        results.append((replace(gathering, parties=members), True))
    return results


def _is_round_of_talks(text: str, match: re.Match[str], continues: bool) -> bool:
    """"round of talks" yes, "round of retaliatory tariffs" no; an ordinal summit is a
    meeting; a bare round needs talk of meeting in its sentence, or continues the rounds
    of talks before it in the article."""
    if match.group("noun") and fold(match.group("noun")) == "summit":
        return True
    if match.group("noun") and fold(match.group("noun")) == "meeting":
        # (not "the first meeting between the two leaders in six years": a first meeting
        # counts no talks)
        return (_round_number(match) or 0) >= 2
    if match.group("noun") and fold(match.group("noun")) in ("visit", "trip"):
        # "Akazawa was on his eighth trip to Washington", "his 10th visit since April": a
        # negotiator's numbered visits are rounds (not a leader's "first visit to Asia")
        number = _round_number(match)
        return bool(number and number >= 2 and _NEGOTIATOR_VISITS.search(
            text, max(0, match.start() - 80), match.start()) and any(
                o.official.level in ("ministerial", "working") for o in find_officials(text)))
    if _OF_WHICH.match(text, match.end()):
        # "technical consultations, the second round of which took place in May"
        return bool(re.search(r"\b" + _TALK_NOUN + r"\b", text[:match.start()], re.I))
    of = _ROUND_OF.match(text, match.end())
    if of:
        return of.group("what") is not None
    return continues or bool(_MEETS.search(text))


_NEGOTIATOR_VISITS = re.compile(r"\b(?:his|her|their)\s+$|['’]s\s+$", re.I)


def _round_number(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    ordinal = match.group("ordinal") or groups.get("another") or groups.get("next") \
        or groups.get("last") or ""
    if ordinal:
        word = fold(ordinal)
        return _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    word = fold(match.group("number"))
    return int(word) if word.isdigit() else _CARDINALS.get(word)


def _is_place(text: str, ref: CountryRef, dateline: int) -> bool:
    """A venue ("in London", "at the summit in Canada"), where someone travels from ("arrived
    from Malaysia") or a dateline names a place."""
    if ref.start < dateline:
        return True
    if ref.named_as == "demonym" and _CAPITAL_AFTER.match(text, ref.end):
        return True  # "in the Malaysian capital"
    if _TOWN_COUNTRY.search(text, max(0, ref.start - 40), ref.start):
        return True  # "the summit in Kananaskis, Canada"
    if _RESIDENCE_OF.search(text, max(0, ref.start - 30), ref.start):
        # "met ... at the residence of Switzerland's ambassador to the United Nations": the
        # host of the house, not a party to the talks
        return True
    if ref.named_as == "capital" and (
            _MEETING_AFTER.match(text, ref.end)
            or _LISTED_VENUE.search(text, max(0, ref.start - 90), ref.start)):
        # "The Madrid session", "meetings in Geneva in May and London in June": places
        return True
    return ref.named_as in ("name", "capital") and bool(
        _VENUE_NOT_PARTY.search(text, max(0, ref.start - 30), ref.start)
        or _TRAVELLED_FROM.search(text, max(0, ref.start - 60), ref.start)
        or _TRAVELLED_ON_TO.search(text, max(0, ref.start - 40), ref.start)
    )


_RESIDENCE_OF = re.compile(r"\bresidence\s+of\s+(?:the\s+)?$", re.I)
_MEETING_AFTER = re.compile(r"\s+(?:session|talks|round|meeting|summit|negotiations)\b", re.I)
# a place listed after one named as a venue: "in Geneva in May and London"
# (or later in a longer list: "in Geneva, London, Stockholm and Madrid")
_LISTED_VENUE = re.compile(r"\b(?:in|at)\s+[A-Z][\w-]+(?:\s+(?:in|on)\s+[A-Z][a-z]+)?"
                           r"(?:,\s*[A-Z][\w-]+(?:\s+(?:in|on)\s+[A-Z][a-z]+)?){0,4}"
                           r"(?:,\s*|\s+and\s+|\s+or\s+)$")


_PART_BREAK = re.compile(r";|,\s+(?:and|while|but)\s+(?=(?:the|our|its|their|his|her|I|we|"
                         r"they|it)\b)"
                         # "agreed to hold a second round ... and to set up working-level
                         # consultations in the meantime": a second thing agreed
                         r"|\s+and\s+to\s+(?=(?:set\s+up|hold|launch|establish|begin|start|"
                         r"create|open)\b)", re.I)
_CAPITAL_AFTER = re.compile(r"\s+capital\b", re.I)
# "purchases of Russian oil": goods of a country, not a party at the table.
_GOODS_AFTER = re.compile(r"\s+(?:crude\s+)?(?:oil|gas|goods|products|exports|imports|steel|"
                          r"cars|crude|energy)\b", re.I)


# "a rate of 15 percent ..., the treatment Japan obtained": a yardstick, not a party.
_COMPARED = re.compile(r"\b(?:treatment|terms|than|same as|like|unlike|similar to)\s+"
                       r"(?:the\s+)?$", re.I)


def _without_later_asides(text: str, anchor: int) -> str:
    """The sentence without the subordinate clauses after the round ("..., before the
    border fighting with Thailand delayed a final deal"): they tell of something else."""
    kept = list(text)
    for start, end in clauses(text):
        if start > anchor and _SUBORDINATE.match(text, start):
            kept[start:end] = " " * (end - start)
    return "".join(kept)


def _parties(
    text: str, default_partner: str | None, previous_parties: tuple[str, ...] | None
) -> tuple[str, ...]:
    dateline = dateline_end(text)
    codes = {ref.code for ref in find_countries(text) if not _is_place(text, ref, dateline)
             and not (ref.named_as == "demonym" and _GOODS_AFTER.match(text, ref.end))
             and not _COMPARED.search(text, max(0, ref.start - 30), ref.start)}
    codes |= {ref.official.country for ref in find_officials(text)}
    if not codes:
        if previous_parties:
            return previous_parties
        codes = {"US"} | ({default_partner} if default_partner else set())
    if len(codes) == 1:
        (only,) = codes
        other = "US" if only != "US" else default_partner
        if other:
            codes.add(other)
    return tuple(sorted(codes))


def _meeting(
    sentence: Sentence,
    parties: tuple[str, ...],
    round_number: int | None,
    anchor: int,
    published: date | None,
    level: MeetingLevel | None,
) -> MeetingMention:
    text = sentence.text
    clause = clause_at(text, anchor)
    # A relative clause on the meeting's own phrase speaks of the meeting itself ("the
    # APEC summit, which Lee will chair on Friday"): it is read first.
    relative = _OWN_RELATIVE.match(text, anchor)
    scopes = ([relative.span("clause")] if relative else []) + [clause]
    status = _status(text, scopes, anchor)
    chosen = _date(text, scopes, anchor, published, status)
    if status == "held" and chosen and chosen.value and published and chosen.value > published:
        status = "planned"
    elif status == "held" and chosen is None and published and names_later_month(
            text, *clause, published):
        # "Anwar has invited Trump to the ASEAN summit in Kuala Lumpur in October", written
        # in August: a month still to come
        status = "planned"
    if status == "cancelled" and chosen and not _SCHEDULED.search(
        text, max(0, chosen.start - 25), chosen.start
    ) and not _WAS_TO.search(text, max(0, chosen.start - 80), chosen.start):
        # the day it was to be held stays: "scheduled for August 25", "which a US team was
        # to hold in New Delhi from August 25", "due to open in New Delhi on August 25"
        chosen = None
    if status == "cancelled" and chosen and chosen.kind == "weekday" and published:
        # "A US team that was due in New Delhi on Monday ... called off the visit": the
        # nearer of the two Mondays, the one just gone or the one to come
        before = find_dates(chosen.surface, published, future=False)[0].value
        if before is not None and chosen.value is not None and \
                (published - before) < (chosen.value - published):
            chosen = replace(chosen, value=before)
    return MeetingMention(
        parties=parties,
        level=level or "other",
        round_number=round_number,
        status=status,
        date=chosen.value if chosen else None,
        date_text=chosen.surface if chosen else None,
        location=_location(text, anchor),
        participants=_officials(text),
        sentence=text,
        start=sentence.start,
        end=sentence.end,
    )


def _date(
    text: str, scopes: list[tuple[int, int]], anchor: int, published: date | None,
    status: MeetingStatus,
) -> DateRef | None:
    dateline = dateline_end(text)
    dates = [
        ref for ref in find_dates(text, published, future=status != "held")
        if ref.start >= dateline and not _VAGUE.fullmatch(ref.surface)
        and not _SAID.search(text, max(0, ref.start - 30), ref.start)
    ]
    own: list[DateRef] = []
    for scope in scopes:
        own = own or [ref for ref in dates if scope[0] <= ref.start < scope[1]]
    # "for a second round of negotiations, to be held Thursday": the date of holding it.
    held = [ref for ref in dates if _HOLDING.search(text, max(0, ref.start - 25), ref.start)]
    if held:
        return min(held, key=lambda ref: abs(ref.start - anchor))
    if own:
        return min(own, key=lambda ref: abs(ref.start - anchor))
    return None


def _status(text: str, scopes: list[tuple[int, int]], anchor: int = 0) -> MeetingStatus:
    # The part of the sentence between semicolons that holds the meeting: "the fifth took
    # place in July; the sixth ... was called off".
    start = text.rfind(";", 0, anchor) + 1
    end = text.find(";", anchor)
    end = len(text) if end < 0 else end
    for match in _CANCELLED.finditer(text, start, end):
        if not _NOT.search(text, max(0, match.start() - 25), match.start()):
            return "cancelled"
    for scope in [text[a:b] for a, b in scopes] + [text[start:end]]:
        planned = _PLANNED.search(scope)
        held = _HELD.search(scope)
        if planned and (not held or planned.start() < held.start()):
            return "planned"
        if held:
            return "held"
    return "held"


_OWN_NOUN = re.compile(r"\b(?:talks|negotiations|consultations|dialogue|meeting|session)\b",
                      re.I)


def _explicit_level(text: str, track: MeetingLevel | None = None) -> MeetingLevel | None:
    for level, cue in _LEVEL_CUES:
        if cue.search(text):
            return track if track and cue is _OFFICIALS_HOLD else level
    return None


def _officials(text: str) -> tuple[str, ...]:
    """Officials taking part: everyone named, except the source of a trailing attribution
    (", Sheinbaum said at her news conference")."""
    names: list[str] = []
    sources: set[str] = set()
    for ref in find_officials(text):
        before = text[max(0, ref.start - 10):ref.start].rstrip()
        if before.endswith(",") and _ATTRIBUTION.match(text[ref.end:]):
            sources.add(ref.official.name)
            continue
        if ref.official.name not in names:
            names.append(ref.official.name)
    return tuple(name for name in names if name not in sources)


def _location(text: str, anchor: int) -> str | None:
    refs = find_countries(text)
    venues = [
        ref for ref in refs
        if ref.named_as in ("name", "capital")
        and _VENUE.search(text, max(0, ref.start - 30), ref.start)
    ]
    # "in Kananaskis, Canada": a town we do not know, then its country.
    venues += [
        ref for ref in refs
        if ref.named_as == "name"
        and _TOWN_COUNTRY.search(text, max(0, ref.start - 60), ref.start)
    ]
    if not venues:
        return None
    nearest = min(venues, key=lambda ref: abs(ref.start - anchor))
    return nearest.surface if nearest.named_as == "capital" else display_name(nearest.code)


def _levels(
    meetings: list[tuple[MeetingMention, bool, str]],
) -> list[MeetingMention]:
    """Explicit level, else a standing track's, else who is seated, else another round of
    the same parties."""
    known = {m.parties: m.level for m, explicit, _ in meetings if explicit and m.level != "other"}
    result = []
    for meeting, explicit, seated in meetings:
        track = _TRACKS.get(meeting.parties) if meeting.round_number is not None else None
        if explicit and track and meeting.level == "leaders":
            # "The summit overlapped with the fifth round of U.S.-China economic and trade
            # talks": a summit beside a track's round does not make it the leaders'
            meeting = replace(meeting, level=track)
        elif not explicit:
            seated_level = _official_level(seated)
            level = (seated_level if seated_level != "other" else None) \
                or known.get(meeting.parties) or seated_level
            if track:
                level = track
            meeting = replace(meeting, level=level)
        result.append(meeting)
    # A round whose level is still unknown continues the talks of the same parties.
    guessed = {m.parties: m.level for m in result if m.level != "other"}
    return [
        replace(m, level=guessed.get(m.parties, "other")) if m.level == "other" else m
        for m in result
    ]


def _at_level(meeting: MeetingMention) -> MeetingMention:
    """Keep participants whose rank fits the meeting: a ministerial round's sentence
    often names the president whose tariffs are discussed; he is not at the table."""
    if meeting.level == "other":
        return meeting
    rank = {o.name: o.level for o in OFFICIALS}
    kept = tuple(
        name for name in meeting.participants
        if (rank.get(name) == "leaders") == (meeting.level == "leaders")
    )
    return replace(meeting, participants=kept)


def _official_level(seated: str) -> MeetingLevel:
    """Ministerial if a minister sits at the table, else leaders, else working: by the
    officials named and by the titles of those we do not know ("Finance Minister Choi")."""
    # "a second round between officials", "to be conducted by officials from both
    # governments": said outright, whoever else the sentence names (often the speaker).
    if _BY_OFFICIALS.search(seated):
        return "working"
    participants = _officials(seated)
    levels: set[str] = {o.level for o in OFFICIALS if o.name in participants}
    levels |= title_levels(seated)
    for level in ("ministerial", "leaders", "working"):
        if level in levels:
            return level
    # "Negotiators completed the fifth round": officials with no minister among them.
    if _OFFICIALS_AT_TABLE.search(seated):
        return "working"
    return "other"


_BY_OFFICIALS = re.compile(
    # "talks between Israeli and American trade officials"
    r"\b(?:between|by|among)\s+(?:[A-Z][\w.]*\s+(?:and\s+[A-Z][\w.]*\s+)?)?"
    r"(?:senior\s+|trade\s+|government\s+|technical\s+)?"
    r"(?:officials|negotiators|technical teams)\b|"
    # "Thai and U.S. officials will hold a third round", "Our teams now sit down", "a team
    # from his ministry would hold a second round"
    r"\b(?:officials|teams?|negotiators)\s+(?:from\s+(?:his|her|their|the)\s+[\w-]+\s+)?"
    r"(?:now\s+|then\s+|will\s+|would\s+|are\s+to\s+|"
    r"plan\s+to\s+)?"
    r"(?:hold|held|holds|meet|met|sit down|begin|began|start|started|resume|resumed)\b", re.I)
_OFFICIALS_AT_TABLE = re.compile(
    r"\b(?:negotiators|negotiating teams?|delegations?|technical teams?|"
    r"trade teams?|teams?)\b|"
    # talks with an office, no minister named: "a first round of talks with USTR",
    # "with the Office of the United States Trade Representative"
    r"\b(?:with|asked|to)\s+(?:the\s+)?(?:USTR\b|Office of the|(?:U\.S\.|US|United States)\s+"
    r"Trade Representative(?:'s|\u2019s)\s+office)", re.I)


# A sentence about the meeting itself: "The round was held from 14 to 18 July", "The
# consultations took place ...", "The three-day summit, ..., opened on Sunday".
_ABOUT_ROUND = re.compile(
    r"^(?:The|That|This|Its)\s+(?:[\w-]+\s+){0,2}?(?:round|talks|consultations|negotiations|"
    r"meeting|session)\b", re.I)
_ABOUT_SUMMIT = re.compile(r"^(?:The|That|This|Its)\s+(?:[\w-]+\s+){0,2}?(?:summit|gathering)\b",
                           re.I)
# A sentence that opens by pointing back at the one before: "The session would have been
# the second round", "The agreement came at the first round of talks".
_POINTS_BACK = re.compile(
    r"^(?:The|That|This)\s+(?:[\w-]+\s+)?(?:session|meeting|visit|trip|gathering|agreement|"
    r"deal|announcement|decision)\b", re.I)
_WHEN_HELD = re.compile(
    r"\b(?:(?:was|were|is|are|will be|be)\s+held|took place|takes place|(?:will )?take place|"
    r"opened|opens|began|begins|started|starts|kicked off|convened)\b", re.I)
_ENDED = re.compile(r"\b(?:concluded|ended|wrapped up|closed|finished)\b[^.;]{0,40}$", re.I)


def _with_followers(
    index: int, meeting: MeetingMention, sentences: list[Sentence], published: date | None
) -> tuple[MeetingMention, str]:
    """Add officials (and, if the round has none, its date) from the next sentences that
    continue this meeting's story; also return those sentences' text. A later sentence
    about the meeting itself that says when it was held or opened gives its first day,
    which beats the day it ended ("concluded on 18 July")."""
    when = (meeting.date, meeting.date_text)
    summit = meeting.round_number is None
    if summit or meeting.date_text is None or _ENDED.search(
        meeting.sentence[:max(0, meeting.sentence.find(meeting.date_text))]
    ):
        window = sentences[index + 1:] if summit else sentences[index + 1:index + 3]
        about = _ABOUT_SUMMIT if summit else _ABOUT_ROUND
        for follower in window:
            if not (about.match(follower.text) and _WHEN_HELD.search(follower.text)):
                continue
            future = meeting.status == "planned"
            dates = [d for d in find_dates(follower.text, published, future=future)
                     if not _VAGUE.fullmatch(d.surface)]
            if dates and meeting.status != "cancelled":
                when = (dates[0].value, dates[0].surface)
                break
    anchor = _anchor(meeting)
    if when == (None, None) and index > 0 and _POINTS_BACK.match(meeting.sentence) and \
            anchor is not None and "," not in meeting.sentence[:anchor]:
        before = sentences[index - 1].text
        chosen = _date(before, [(0, len(before))], len(before), published, meeting.status)
        if chosen is not None:
            when = (chosen.value, chosen.surface)
    meeting = replace(meeting, date=when[0], date_text=when[1])
    if summit:
        return meeting, ""
    participants = list(meeting.participants)
    texts = []
    # A cancelled meeting was planned: what was to happen continues its story.
    planned = meeting.status in ("planned", "cancelled")
    for follower in sentences[index + 1:index + 3]:
        if not _FOLLOWER_MEETS.search(follower.text) or _SUMMIT.search(follower.text):
            continue  # "At the G7 summit, Modi missed a meeting with Trump": the summit's
        same_tense = bool(_PLANNED.search(follower.text)) == planned
        if not same_tense:
            continue
        texts.append(follower.text)
        names = [n for n in _officials(follower.text) if n not in participants]
        participants.extend(names)
        if names and when == (None, None) and meeting.status != "cancelled":
            dates = find_dates(follower.text, published, future=meeting.status == "planned")
            if dates:
                when = (dates[0].value, dates[0].surface)
    return (replace(meeting, participants=tuple(participants), date=when[0], date_text=when[1]),
            " \n ".join(texts))
