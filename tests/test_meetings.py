"""normalize.meetings (through normalize.extract_facts): negotiation-meeting mentions.

Articles are published on a Monday, 2025-06-02. Cases the extractor gets
wrong keep the correct expectation and are marked ``xfail(strict=True)``.
"""

from __future__ import annotations

from datetime import date

import pytest

from normalize import extract_facts
from normalize.countries import GROUPS
from normalize.mentions import MeetingMention

PUB = date(2025, 6, 2)  # a Monday
G7 = GROUPS["G7"]
G20 = GROUPS["G20"]

Row = tuple[tuple[str, ...], str, int | None, str]


def meetings(text: str, published: date | None = PUB) -> list[MeetingMention]:
    return list(extract_facts(text, published).meetings)


def rows(text: str, published: date | None = PUB) -> list[Row]:
    return [(m.parties, m.level, m.round_number, m.status) for m in meetings(text, published)]


def only(text: str, published: date | None = PUB) -> MeetingMention:
    (meeting,) = meetings(text, published)
    return meeting


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


JP_US = ("JP", "US")

CASES = [
    # --- rounds, parties, levels, statuses -----------------------------------------------
    pytest.param("Japan and the United States will hold a seventh round of tariff talks next "
                 "week.", [(JP_US, "other", 7, "planned")], id="names-planned"),
    pytest.param("The 3rd round of talks between Japan and the U.S. ended without a deal.",
                 [(JP_US, "other", 3, "held")], id="digit-ordinal-held"),
    pytest.param("Round 4 of negotiations between China and the United States took place in "
                 "Geneva.", [(("CN", "US"), "ministerial", 4, "held")], id="round-digit"),
    pytest.param("Round four of talks with Japan is scheduled for Thursday.",
                 [(JP_US, "other", 4, "planned")], id="round-word-one-party-plus-us"),
    pytest.param("Japanese and American negotiators held the second round of talks in "
                 "Washington on Friday.", [(JP_US, "working", 2, "held")], id="demonyms"),
    pytest.param("Akazawa and Bessent met for a fifth round of ministerial talks last week.",
                 [(JP_US, "ministerial", 5, "held")], id="parties-from-officials"),
    pytest.param("Japan's top tariff negotiator will travel to Washington for an eighth round "
                 "of talks.", [(JP_US, "ministerial", 8, "planned")],
                 id="level-from-official-title"),
    pytest.param("The EU trade commissioner will meet Lutnick for a fourth round of talks.",
                 [(("EU", "US"), "ministerial", 4, "planned")], id="eu-officials"),
    pytest.param("The first working-level round of talks between Japan and the U.S. concluded "
                 "on Friday.", [(JP_US, "working", 1, "held")], id="working-level"),
    pytest.param("South Korea and the U.S. held a second round of working-level talks in Seoul.",
                 [(("KR", "US"), "working", 2, "held")], id="working-level-korea"),
    pytest.param("China's trade negotiator met U.S. officials for the second round of "
                 "working-level talks.", [(("CN", "US"), "working", 2, "held")],
                 id="working-level-china"),
    pytest.param("The roughly 30-minute meeting was the second face-to-face summit between the "
                 "two leaders, Prime Minister Shigeru Ishiba and President Donald Trump.",
                 [(JP_US, "leaders", 2, "held")], id="face-to-face-summit"),
    pytest.param("The ninth round of talks between the EU and the U.S. was cancelled.",
                 [(("EU", "US"), "other", 9, "cancelled")], id="cancelled"),
    pytest.param("The sixth round of talks between Japan and the United States was called off.",
                 [(JP_US, "other", 6, "cancelled")], id="called-off"),
    pytest.param("Japan and the U.S. will hold the fifteenth round of talks in Tokyo on June 20.",
                 [(JP_US, "other", 15, "planned")], id="fifteenth"),
    pytest.param("The 11th round of talks between Japan and the U.S. was held in Tokyo.",
                 [(JP_US, "other", 11, "held")], id="11th"),
    pytest.param("The tenth round of talks between Britain and the U.S. is planned for next "
                 "month.", [(("GB", "US"), "other", 10, "planned")], id="tenth-planned"),
    pytest.param("Indian and U.S. negotiators will hold the fifth round of talks on Aug. 25 in "
                 "New Delhi.", [(("IN", "US"), "working", 5, "planned")], id="india"),
    pytest.param("The talks, the sixth round between Japan and the United States, were held "
                 "Friday.", [(JP_US, "other", 6, "held")], id="round-without-of"),
    pytest.param("Following the fifth round of talks with U.S. officials, Akazawa told "
                 "reporters the two sides were close.", [(JP_US, "ministerial", 5, "held")],
                 id="following-is-held"),
    pytest.param("Ahead of the sixth round of ministerial talks, Japan and the U.S. exchanged "
                 "proposals.", [(JP_US, "ministerial", 6, "planned")], id="ahead-of-is-planned"),
    # --- summits -------------------------------------------------------------------------
    pytest.param("Leaders will meet at the Group of Seven summit in Canada from June 15.",
                 [(G7, "leaders", None, "planned")], id="group-of-seven"),
    pytest.param("The G-7 summit in Canada will be held from June 15.",
                 [(G7, "leaders", None, "planned")], id="G-7"),
    pytest.param("Trump will attend the G7 leaders' meeting in Canada.",
                 [(G7, "leaders", None, "planned")], id="G7-leaders-meeting"),
    pytest.param("Ishiba and Trump met on the sidelines of the G7 summit.",
                 [(G7, "leaders", None, "held")], id="G7-held"),
    pytest.param("The G20 summit in South Africa is scheduled for November.",
                 [(G20, "leaders", None, "planned")], id="G20"),
    pytest.param("The two men talked trade in Alberta on Monday as leaders of the Group of "
                 "Seven met at a resort in the Rockies.", [(G7, "leaders", None, "held")],
                 id="leaders-of-the-group-met"),
    pytest.param("Sanchez and Trump will see each other at the NATO summit in The Hague on "
                 "June 24.", [(GROUPS["NATO"], "leaders", None, "planned")], id="NATO-summit"),
    pytest.param("Spain has not agreed to NATO's target of 5% of GDP for defence.", [],
                 id="NATO-without-summit"),
    # --- no anchor, no meeting -------------------------------------------------------------
    pytest.param("Akazawa held talks with Bessent last week.", [], id="talks-without-round"),
    pytest.param("Japan and the U.S. will hold talks next week.", [], id="plain-talks"),
    pytest.param("The round of talks ended.", [], id="round-without-ordinal"),
    pytest.param("Ishiba and Trump may talk directly once a deal is in sight.", [],
                 id="leaders-talk-no-summit"),
    pytest.param("The first round of tariffs took effect in April, and talks continue.", [],
                 id="round-of-tariffs-with-talks-later"),
    pytest.param("Japan approved a sixth round of stimulus measures.", [], id="no-talk-word"),
    pytest.param("The fourth trip in as many weeks by Akazawa will come soon.", [],
                 id="trip-is-not-a-round"),
    pytest.param("Leaders of Japan and the United States met in Canada.", [],
                 id="leaders-without-summit-name"),
    pytest.param("Von der Leyen and Costa attended an EU-China summit in Beijing on Thursday.",
                 [(("CN", "EU"), "leaders", None, "held")], id="summit-named-by-its-two-sides"),
    pytest.param("At the 25th EU-China summit, held in Beijing last Thursday, she pressed Xi.",
                 [(("CN", "EU"), "leaders", 25, "held")], id="ordinal-summit-of-two-sides"),
    # --- rounds of other things; venues are not parties ------------------------------------
    pytest.param("China announced a second round of retaliatory tariffs as talks stalled.", [],
                 id="round-of-tariffs"),
    pytest.param("Akazawa said a fourth round of ministerial talks will be held in July, with "
                 "working-level officials meeting in between.",
                 [(JP_US, "ministerial", 4, "planned")], id="the-rounds-own-level-first"),
    pytest.param("Akazawa, who accompanied Ishiba to Canada, will fly to Washington later this "
                 "month for a seventh round of ministerial talks.",
                 [(JP_US, "ministerial", 7, "planned")],
                 id="where-one-went-with-another-is-no-party"),
    pytest.param("Trump and Ishiba will hold a summit in Canada for the second round of talks.",
                 [(JP_US, "leaders", 2, "planned")], id="venue-is-not-a-party"),
    pytest.param("Chinese Vice Premier He Lifeng and Bessent held a third round of talks in "
                 "London.", [(("CN", "US"), "ministerial", 3, "held")],
                 id="venue-capital-is-not-a-party"),
    pytest.param("Akazawa held a sixth round of ministerial talks with Lutnick in Washington on "
                 "Friday before flying to Canada to join Ishiba.",
                 [(JP_US, "ministerial", 6, "held")], id="where-one-flies-after-is-no-party"),
    pytest.param("Ishiba spoke after the talks with Trump, the second face-to-face meeting "
                 "between the two leaders.", [(JP_US, "leaders", 2, "held")],
                 id="second-meeting-between-the-two-leaders"),
    pytest.param("Xi and Trump met in Busan, the first meeting between the two leaders in six "
                 "years.", [], id="a-first-meeting-counts-no-talks"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("ordinal", "number"),
    [
        ("sixth round", 6), ("6th round", 6), ("round six", 6), ("round 6", 6),
        ("first round", 1), ("1st round", 1), ("second round", 2), ("2nd round", 2),
        ("third round", 3), ("3rd round", 3), ("twelfth round", 12), ("round twelve", 12),
        ("22nd round", 22), ("Seventh Round", 7),
    ],
)
def test_ordinal_forms(ordinal: str, number: int) -> None:
    meeting = only(f"Japan and the United States will hold the {ordinal} of talks.")
    assert meeting.round_number == number
    assert meeting.parties == JP_US


@pytest.mark.parametrize(
    "text",
    [
        "Japan and the United States will hold the sixth ministerial round of talks.",
        "Japan and the United States will hold the sixth ministerial-level round of talks.",
        "Japan and the United States will hold the sixth round of ministerial talks.",
    ],
)
def test_words_between_ordinal_and_round(text: str) -> None:
    meeting = only(text)
    assert (meeting.round_number, meeting.level) == (6, "ministerial")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Japan and the U.S. will hold a sixth round of cabinet-level talks.", "ministerial"),
        ("Japan and the U.S. will hold a sixth round of technical-level talks.", "working"),
        ("Japan and the U.S. will hold a sixth round of talks among deputy ministers.",
         "working"),
        ("Japan and the U.S. will hold a sixth round of talks at a summit.", "leaders"),
        ("Japan and the U.S. will hold a sixth round of talks between heads of state.",
         "leaders"),
        ("Japan and the U.S. will hold a sixth round of talks.", "other"),
    ],
)
def test_explicit_levels(text: str, level: str) -> None:
    assert only(text).level == level


def test_level_is_inherited_from_another_round_of_the_same_parties() -> None:
    text = (
        "The sixth round of ministerial-level talks between Japan and the U.S. is planned for "
        "Thursday.\n\nFollowing the fifth round of talks with U.S. officials, Akazawa spoke."
    )
    assert rows(text) == [(JP_US, "ministerial", 6, "planned"), (JP_US, "ministerial", 5, "held")]


def test_a_level_said_of_another_thing_agreed_is_not_the_rounds() -> None:
    text = (
        "Akazawa held a first round of ministerial talks with Bessent on Wednesday.\n\nThe two "
        "sides agreed to hold a second round of talks before the end of the month and to set "
        "up working-level consultations in the meantime."
    )
    assert rows(text) == [(JP_US, "ministerial", 1, "held"), (JP_US, "ministerial", 2, "planned")]


def test_level_is_not_inherited_across_different_parties() -> None:
    text = (
        "The sixth round of ministerial-level talks between Japan and the U.S. is planned.\n\n"
        "The fifth round of talks between South Korea and the U.S. ended."
    )
    assert rows(text) == [(JP_US, "ministerial", 6, "planned"), (("KR", "US"), "other", 5, "held")]


def test_one_named_party_pairs_with_the_articles_main_partner_when_it_is_the_us() -> None:
    text = (
        "Japan wants relief.\n\nJapan's exports are suffering.\n\n"
        "U.S. officials said the seventh round of talks will be held next week."
    )
    assert rows(text) == [(JP_US, "other", 7, "planned")]


def test_us_alone_without_a_partner_is_no_meeting() -> None:
    assert rows("U.S. officials said the seventh round of talks will be held next week.") == []


@pytest.mark.parametrize(
    ("text", "date_value", "date_text"),
    [
        ("Japan and the U.S. will hold a seventh round of talks next week.", None, None),
        ("Japan and the U.S. will hold a seventh round of talks later this week.",
         date(2025, 6, 5), "later this week"),
        ("Round four of talks with Japan is scheduled for Thursday.",
         date(2025, 6, 5), "Thursday"),
        ("Japanese and American negotiators held the second round of talks on Friday.",
         date(2025, 5, 30), "Friday"),
        ("Akazawa and Bessent met for a fifth round of talks last week.", None, None),
        ("China and the US held a fifth round of talks in Kuala Lumpur last weekend.", None,
         None),
        ("Indian and U.S. negotiators will hold the fifth round of talks on Aug. 25.",
         date(2025, 8, 25), "Aug. 25"),
        ("Japan and the U.S. held their 2nd round of tariff negotiations on May 1.",
         date(2025, 5, 1), "May 1"),
        ("Japan and the U.S. held a sixth round of talks.", None, None),
    ],
)
def test_meeting_dates(text: str, date_value: date | None, date_text: str | None) -> None:
    meeting = only(text)
    assert (meeting.date, meeting.date_text) == (date_value, date_text)


def test_a_future_date_makes_an_uncued_round_planned() -> None:
    meeting = only("The seventh round of talks between Japan and the U.S. takes place June 20.")
    assert (meeting.status, meeting.date) == ("planned", date(2025, 6, 20))


def test_without_publication_date_relative_dates_are_unresolved() -> None:
    meeting = only("Japan and the U.S. will hold a seventh round of talks later this week.",
                   None)
    assert (meeting.date, meeting.date_text, meeting.status) == (
        None, "later this week", "planned")


def test_date_of_a_planned_round_next_to_a_past_meeting() -> None:
    meeting = only("Akazawa, who met Bessent last week, is expected to hold a sixth round of "
                   "talks with him on Friday.")
    assert (meeting.status, meeting.date, meeting.date_text) == (
        "planned", date(2025, 6, 6), "Friday",
    )


@pytest.mark.parametrize("verb", ["postponed", "delayed"])
def test_postponed_round_is_not_held(verb: str) -> None:
    meeting = only(f"The sixth round of talks between Japan and the U.S. has been {verb}.")
    assert meeting.status in ("planned", "cancelled")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Japan's top tariff negotiator is arranging a visit to the United States later this "
         "week for a sixth round of ministerial-level talks.", "United States"),
        ("Japanese and American negotiators held the second round of talks in Washington.",
         "Washington"),
        ("The 11th round of talks between Japan and the U.S. was held in Tokyo.", "Tokyo"),
        ("Indian and U.S. negotiators will hold the fifth round of talks in New Delhi.",
         "New Delhi"),
        ("South Korea and the U.S. held a second round of working-level talks in Seoul.",
         "Seoul"),
        ("Japan and China will hold a third round of talks in the U.S.", "United States"),
        ("Leaders will meet at the Group of Seven summit in Canada from June 15.", "Canada"),
        ("The G20 summit in South Africa is scheduled for November.", "South Africa"),
        ("Japan and the United States will hold a seventh round of talks.", None),
        ("Round 4 of negotiations between China and the United States took place in Geneva.",
         None),
    ],
)
def test_locations(text: str, location: str | None) -> None:
    assert only(text).location == location


def test_summit_location_after_an_unknown_town() -> None:
    meeting = only("The G7 leaders' summit in Kananaskis, Canada, will be held June 15-17.")
    assert (meeting.location, meeting.date) == ("Canada", date(2025, 6, 15))


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Japan's top tariff negotiator will travel to Washington for an eighth round of talks.",
         ("Ryosei Akazawa",)),
        ("Japan's chief trade negotiator met U.S. Commerce Secretary Howard Lutnick for the "
         "seventh round of talks.", ("Ryosei Akazawa", "Howard Lutnick")),
        ("Akazawa and Bessent met for a fifth round of ministerial talks.",
         ("Ryosei Akazawa", "Scott Bessent")),
        ("Ryosei Akazawa met U.S. Treasury Secretary Scott Bessent for the fifth round of talks.",
         ("Ryosei Akazawa", "Scott Bessent")),
        ("Chinese Vice Premier He Lifeng will meet Bessent for a fourth round of talks.",
         ("He Lifeng", "Scott Bessent")),
        ("Japan's top tariff negotiator will hold a sixth round of ministerial talks on tariffs "
         "imposed by U.S. President Donald Trump.", ("Ryosei Akazawa",)),
        ("Ishiba and Trump met on the sidelines of the G7 summit.",
         ("Shigeru Ishiba", "Donald Trump")),
        ("Japan and the United States will hold a seventh round of talks.", ()),
    ],
)
def test_participants(text: str, participants: tuple[str, ...]) -> None:
    assert only(text).participants == participants


def test_participants_from_following_sentences_about_meeting() -> None:
    text = (
        "Japan's top tariff negotiator will visit Washington for a seventh round of talks. "
        "He is expected to meet Treasury Secretary Scott Bessent and Commerce Secretary "
        "Howard Lutnick."
    )
    assert only(text).participants == ("Ryosei Akazawa", "Scott Bessent", "Howard Lutnick")


def test_followers_in_another_tense_or_too_far_away_are_not_participants() -> None:
    past = (
        "Japan's top tariff negotiator will visit Washington for a seventh round of talks. "
        "He met Treasury Secretary Scott Bessent in April."
    )
    assert only(past).participants == ("Ryosei Akazawa",)
    far = (
        "Japan's top tariff negotiator will visit Washington for a seventh round of talks. "
        "Tokyo wants relief. Exports are falling. "
        "He is expected to meet Treasury Secretary Scott Bessent."
    )
    assert only(far).participants == ("Ryosei Akazawa",)


def test_meeting_carries_its_sentence_and_offsets() -> None:
    text = (
        "Trade news.\n\nTariffs bite. Japan and the U.S. will hold a seventh round of talks "
        "next week. Markets rose."
    )
    meeting = only(text)
    assert meeting.sentence == (
        "Japan and the U.S. will hold a seventh round of talks next week."
    )
    assert text[meeting.start:meeting.end] == meeting.sentence


def test_to_dict_follows_the_extraction_contract() -> None:
    text = ("Japan's top tariff negotiator will travel to Washington later this week for a "
            "sixth round of ministerial-level talks.")
    assert only(text).to_dict() == {
        "parties": ["JP", "US"], "level": "ministerial", "round": 6, "status": "planned",
        "date": "2025-06-05", "date_text": "later this week", "location": "Washington",
        "participants": ["Ryosei Akazawa"], "sentence": text, "start": 0, "end": len(text),
    }


def test_round_and_summit_in_one_sentence_are_two_meetings() -> None:
    text = ("Japan and the U.S. will hold a seventh round of talks before the G7 summit in "
            "Canada.")
    assert sorted(rows(text), key=repr) == sorted(
        [(JP_US, "other", 7, "planned"), (G7, "leaders", None, "planned")], key=repr
    )


# --- rules for rounds, parties, levels, statuses and dates (normalize.meetings docstring) --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Akazawa held the third round of ministerial consultations with the U.S. "
                     "Treasury Secretary.", [(JP_US, "ministerial", 3, "held")],
                     id="consultations"),
        pytest.param("The second round of high-level economic and trade talks between China and "
                     "the United States ended on Sunday.",
                     [(("CN", "US"), "ministerial", 2, "held")],
                     id="five-words-between-round-of-and-talks"),
        pytest.param("The second round of the Japan-U.S. ministerial talks will be held on May 1.",
                     [(JP_US, "ministerial", 2, "planned")], id="round-of-the-x-talks"),
        pytest.param("China announced a second round of countermeasures as talks continued.", [],
                     id="round-of-countermeasures"),
        pytest.param("LONDON (APWS) - China and the United States held a second round of talks.",
                     [(("CN", "US"), "ministerial", 2, "held")], id="dateline-is-not-a-party"),
        pytest.param("A second round of talks between China and the U.S. could be held within "
                     "weeks.", [(("CN", "US"), "ministerial", 2, "planned")], id="could-be-held"),
        pytest.param("Economy Secretary Marcelo Ebrard will travel to Washington for a first round "
                     "of talks with Commerce Secretary Howard Lutnick, Sheinbaum said at her "
                     "news conference.", [(("MX", "US"), "ministerial", 1, "planned")],
                     id="source-is-not-a-participant"),
        pytest.param("The planned sixth round of talks between India and the U.S. was called off "
                     "after Trump doubled tariffs.", [(("IN", "US"), "working", 6, "cancelled")],
                     id="side-clause-official-is-not-at-the-table"),
        pytest.param("On May 23, Akazawa held the third round of talks with Bessent.",
                     [(JP_US, "ministerial", 3, "held")], id="May-the-month-is-not-may"),
        pytest.param("Goyal said the sixth round would take place in August.",
                     [(("IN", "US"), "working", 6, "planned")], id="bare-round-takes-place"),
    ],
)
def test_meeting_rules(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_a_round_without_parties_continues_the_talks_before_it() -> None:
    text = ("China and the United States held a third round of talks in Stockholm.\n\n"
            "A fourth round has not been scheduled, but officials expect to meet again.")
    assert rows(text) == [(("CN", "US"), "ministerial", 3, "held"),
                          (("CN", "US"), "ministerial", 4, "planned")]


def test_level_and_date_from_the_sentences_that_continue_the_round() -> None:
    text = ("China and the United States agreed on a truce after the first round of talks in "
            "Geneva over the weekend. Bessent and Greer met Chinese Vice Premier He Lifeng on "
            "Saturday.")
    meeting = only(text, date(2025, 5, 12))
    assert (meeting.level, meeting.date, meeting.participants) == (
        "ministerial", date(2025, 5, 10), ("Scott Bessent", "Jamieson Greer", "He Lifeng"),
    )


def test_the_date_it_is_held_beats_the_date_of_travel() -> None:
    meeting = only("Akazawa will leave for Washington on Wednesday for a second round of talks, "
                   "to be held Thursday.")
    assert (meeting.date, meeting.date_text) == (date(2025, 6, 5), "Thursday")


@pytest.mark.parametrize("text", [
    "Negotiators will hold a third round of talks between Japan and the U.S. this week.",
    "The third round of talks between Japan and the U.S. is planned for next month.",
    "A plan to hold the third round of talks between Japan and the U.S. on Friday was "
    "called off.",
])
def test_no_day_no_date(text: str) -> None:
    assert only(text).date is None


# --- rules added for language beyond the first gold half (normalize.meetings docstring) --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("South Korean President Lee Jae-myung will hold his first summit with "
                     "Trump next month.",
                     [(("KR", "US"), "leaders", 1, "planned")], id="ordinal-summit"),
        pytest.param("The first G7 summit since the war opened in Canada.",
                     [(G7, "leaders", None, "held")], id="ordinal-named-summit-is-the-summit"),
        pytest.param("Seoul and Washington held the first round of so-called \"2+2\" talks.",
                     [(("KR", "US"), "other", 1, "held")], id="quoted-modifier"),
        pytest.param("Taiwan concluded the fifth round of in-person consultations with the "
                     "United States.", [(("TW", "US"), "ministerial", 5, "held")],
                     id="hyphenated-modifier-starting-with-in"),
        pytest.param("The sixth round of talks between India and the U.S. had not been called "
                     "off, officials said.", [(("IN", "US"), "working", 6, "held")],
                     id="not-called-off"),
        pytest.param("The session would have been the third round of talks between Japan and "
                     "the U.S.", [(JP_US, "other", 3, "cancelled")], id="would-have-been"),
    ],
)
def test_more_meeting_rules(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_a_bare_round_continues_the_rounds_before_it() -> None:
    text = ("Vietnam and the United States completed their first round of negotiations.\n\n"
            "Round two is expected in early June, again at ministerial level.")
    assert rows(text) == [(("US", "VN"), "ministerial", 1, "held"),
                          (("US", "VN"), "ministerial", 2, "planned")]
    assert rows("Round two is expected in early June.") == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("South Korea's Finance Minister Choi met his U.S. counterparts for the first round of "
         "talks.", "ministerial"),
        ("Deputy Minister Tan led Vietnam's team at the fourth round of talks with the United "
         "States.", "working"),
        ("The sixth round of talks between the chief negotiators of India and the U.S. is "
         "scheduled for August.", "working"),
        ("Vice Premier Cheng, Taiwan's chief negotiator, said a fifth round of talks with the "
         "United States would be arranged.", "ministerial"),
        ("Officials from the Office of the U.S. Trade Representative held a fourth round of "
         "talks with Vietnam.", "other"),
        ("India and the U.S. will hold a third round of technical talks next month.",
         "working"),
    ],
)
def test_level_from_titles_of_officials_we_do_not_know(text: str, level: str) -> None:
    assert only(text).level == level


def test_level_from_the_delegations_that_continue_the_round() -> None:
    text = ("The fifth round of negotiations between India and the United States concluded on "
            "Friday. The Indian delegation was led by a special secretary of the commerce "
            "department.")
    assert only(text).level == "working"


def test_a_title_before_another_persons_name_is_that_persons() -> None:
    meeting = only("Vice Premier Cheng Li-chiun, who leads Taiwan's team, said the fourth round "
                   "of talks with the United States ended.")
    # the title "Vice Premier" is not He Lifeng's here: the name after it is Cheng's
    assert (meeting.parties, meeting.participants) == (("TW", "US"), ("Cheng Li-chiun",))
    assert only("Chinese Vice Premier He Lifeng held a third round of talks with the "
                "U.S.").participants == ("He Lifeng",)


def test_the_day_it_was_said_is_not_the_meetings_day() -> None:
    meeting = only("Japan and the U.S. held a fourth round of talks, the ministry said on "
                   "Friday.")
    assert meeting.date is None


def test_the_first_day_of_a_round_beats_the_day_it_ended() -> None:
    text = ("The fifth round of talks between India and the U.S. concluded on 18 July 2025. "
            "The round was held from 14 to 18 July 2025.")
    assert only(text, date(2025, 7, 19)).date == date(2025, 7, 14)


def test_a_summit_is_dated_by_the_day_it_opened() -> None:
    text = ("Ishiba and Trump met on Monday on the sidelines of the G7 summit.\n\n"
            "The three-day summit opened on Sunday.")
    assert only(text, date(2025, 6, 17)).date == date(2025, 6, 15)


def test_a_cancelled_round_keeps_the_day_it_was_scheduled_for() -> None:
    meeting = only("The sixth round of talks between India and the U.S., scheduled for August "
                   "25, has been called off.", date(2025, 8, 18))
    assert (meeting.status, meeting.date) == ("cancelled", date(2025, 8, 25))


def test_a_round_that_points_back_takes_the_day_of_the_sentence_before() -> None:
    text = ("A meeting of Korean and U.S. ministers planned for Friday was cancelled. "
            "The session would have been the second round of talks between the two countries.")
    meeting = only(text, date(2025, 7, 24))
    assert (meeting.parties, meeting.status, meeting.date) == (
        ("KR", "US"), "cancelled", date(2025, 7, 25),
    )


def test_one_fact_per_meeting() -> None:
    text = ("The fifth round of talks between India and the U.S. ended.\n\n"
            "During round five, the two sides discussed farm goods in Washington.")
    (meeting,) = meetings(text)
    assert (meeting.round_number, meeting.location) == (5, "Washington")


def test_apec_is_a_named_summit_of_its_members() -> None:
    meetings = extract_facts(
        "Trump will attend the Asia-Pacific Economic Cooperation summit in Gyeongju.",
        date(2025, 10, 27)).meetings
    assert [(m.parties, m.level, m.round_number) for m in meetings] == [
        (GROUPS["APEC"], "leaders", None)]


def test_a_relative_clause_on_the_meetings_phrase_is_read_first() -> None:
    meeting = extract_facts(
        "The leaders met ahead of the APEC summit, which Lee will chair on Friday and "
        "Saturday.", date(2025, 10, 30)).meetings[0]
    assert (meeting.status, meeting.date) == ("planned", date(2025, 10, 31))


def test_a_datelines_date_is_not_the_meetings() -> None:
    meeting = extract_facts(
        "SEOUL, July 8 (Han River) -- South Korea will seek a fourth round of working-level "
        "talks with the United States within days.", date(2025, 7, 8)).meetings[0]
    assert (meeting.parties, meeting.status, meeting.date) == (("KR", "US"), "planned", None)


def test_participants_from_a_following_sentence_on_who_led_a_side() -> None:
    meeting = extract_facts(
        "The fifth round of economic and trade consultations between China and the United "
        "States was held in Kuala Lumpur. Vice-Premier He Lifeng led the Chinese side.",
        date(2025, 11, 5)).meetings[0]
    assert "He Lifeng" in meeting.participants


def test_officials_holding_a_round_meet_at_working_level() -> None:
    (meeting,) = extract_facts("Thai and U.S. officials will hold a third round of talks in "
                               "Bangkok next month.", date(2025, 10, 27)).meetings
    assert (meeting.parties, meeting.level, meeting.round_number) == (("TH", "US"), "working", 3)


@pytest.mark.parametrize(("published", "with_timor_leste"),
                         [(date(2025, 10, 27), True), (date(2025, 5, 27), False)])
def test_asean_summit_parties_are_its_members_that_day(published: date,
                                                        with_timor_leste: bool) -> None:
    (meeting,) = extract_facts("Leaders met at the ASEAN summit in Kuala Lumpur.",
                               published).meetings
    assert meeting.level == "leaders" and meeting.round_number is None
    assert {"ID", "MY", "TH", "VN"} <= set(meeting.parties)
    assert ("TL" in meeting.parties) == with_timor_leste


def test_a_deputy_prime_minister_is_cabinet_rank() -> None:
    (meeting,) = extract_facts("Cambodia's Deputy Prime Minister Sun Chanthol led a first "
                               "round of talks with U.S. trade officials in Washington.",
                               date(2025, 7, 1)).meetings
    assert (meeting.parties, meeting.level, meeting.round_number) == (("KH", "US"),
                                                                      "ministerial", 1)


@pytest.mark.parametrize("text", [
    "The two sides' working groups will meet for a third round in Manila in August.",
    "Technical teams from the two sides are due to meet for a third round in Manila.",
    "Officials held a third round of technical engagements with the Philippines by video.",
    # (a Treasury secretary who leads technical discussions does not make them ministerial)
    "The outcome follows the third round of technical discussions between the Philippine "
    "team, led by the Secretary to the Treasury, and US officials.",
])
def test_working_groups_technical_teams_and_engagements_are_working_level(text: str) -> None:
    (meeting,) = extract_facts("Manila and Washington are negotiating a tariff deal. " + text,
                               date(2025, 7, 23)).meetings
    assert (meeting.parties, meeting.level, meeting.round_number) == (("PH", "US"), "working", 3)


def test_ministers_at_the_table_outrank_another_rounds_level() -> None:
    text = ("Trade Secretary Cristina Roque led a second round of talks with Greer in "
            "Washington. The two sides' working groups will meet for a third round in Manila.")
    found = {m.round_number: m.level for m in extract_facts(text, date(2025, 7, 23)).meetings}
    assert found == {2: "ministerial", 3: "working"}


def test_a_known_officials_own_level_beats_the_title_before_the_name() -> None:
    (meeting,) = extract_facts("Commerce secretary Rajesh Agrawal led the Indian side at the "
                               "fifth round of trade talks with the United States.",
                               date(2025, 9, 17)).meetings
    assert (meeting.parties, meeting.level, meeting.round_number) == (("IN", "US"), "working", 5)


def test_an_ordinal_alone_is_a_round_when_the_article_counts_rounds() -> None:
    text = ("India and the US have held five rounds of talks. The last numbered round, the "
            "fifth, took place in Washington in July; the sixth, due to open in New Delhi on "
            "August 25, was called off.")
    found = {m.round_number: m.status for m in extract_facts(text, date(2025, 8, 10)).meetings}
    assert found == {5: "held", 6: "cancelled"}
    assert not extract_facts("Japan was the first to sign a deal. The first, in May, was "
                             "different.", date(2025, 8, 10)).meetings


def test_a_countrys_goods_named_in_a_reason_make_no_party() -> None:
    (meeting,) = extract_facts("Round six of the trade talks, which was to be held in New Delhi, "
                               "was called off after Washington announced a penalty over "
                               "India's purchases of Russian oil.", date(2025, 8, 10)).meetings
    assert (meeting.parties, meeting.round_number, meeting.status) == (("IN", "US"), 6,
                                                                       "cancelled")


def test_a_yardstick_country_is_no_party_to_a_round() -> None:
    (meeting,) = extract_facts("Vice Premier Cheng Li-chiun, Taiwan's chief negotiator, led the "
                               "5th round of consultations in Washington and wants a rate of 15 "
                               "percent, the treatment Japan obtained.",
                               date(2025, 10, 10)).meetings
    assert (meeting.parties, meeting.round_number) == (("TW", "US"), 5)


def test_a_groups_51st_summit_is_no_round_of_talks() -> None:
    meetings = extract_facts("Japan and the US met at the G7 summit in Kananaskis. It is the "
                             "51st summit of the group.", date(2025, 6, 16)).meetings
    assert [m.round_number for m in meetings] == [None]


def test_a_groups_summit_named_further_on() -> None:
    meetings = extract_facts("Leaders of the Asia-Pacific Economic Cooperation forum then "
                             "gather in Gyeongju for their annual summit on Friday.",
                             date(2025, 10, 27)).meetings
    assert [(m.parties, m.level, m.round_number) for m in meetings] == [
        (GROUPS["APEC"], "leaders", None)]


def test_a_round_with_no_one_seated_takes_the_level_of_the_partners_ministers() -> None:
    text = ("China's Vice Premier He Lifeng and Treasury Secretary Scott Bessent spoke on "
            "Sunday. It was the fifth round of negotiations since the two sides first sat down "
            "in Geneva in May.")
    (meeting,) = extract_facts(text, date(2025, 10, 27)).meetings
    assert (meeting.parties, meeting.level, meeting.round_number) == (("CN", "US"),
                                                                      "ministerial", 5)


def test_talks_between_two_countries_officials_are_working_level() -> None:
    (m,) = meetings("A third round of talks between Israeli and American trade officials, "
                    "which had been scheduled for this week in Washington, was called off.")
    assert (m.parties, m.level, m.round_number, m.status) == (("IL", "US"), "working", 3,
                                                              "cancelled")


def test_the_demonym_capital_is_a_venue_not_a_party() -> None:
    (m,) = meetings("Treasury Secretary Scott Bessent wrapped up the fifth round of U.S.-China "
                    "trade talks with Vice Premier He Lifeng in the Malaysian capital.")
    assert (m.parties, m.round_number) == (("CN", "US"), 5)


def test_the_first_quarter_compared_is_no_round() -> None:
    assert meetings("Mexico's economy grew 0.7 percent in the second quarter from the first, "
                    "avoiding a recession.") == []


def test_a_level_said_in_one_part_of_a_sentence_is_that_parts_rounds() -> None:
    found = meetings("New Zealand's trade minister wants a second round of ministerial talks "
                     "within weeks; officials held a first round in Washington in May.")
    assert sorted((m.parties, m.round_number, m.level) for m in found) == [
        (("NZ", "US"), 1, "working"), (("NZ", "US"), 2, "ministerial")]


def test_a_minister_leads_one_round_and_technical_teams_the_next() -> None:
    found = meetings("Costa Rica's Minister Tovar led the third round of negotiations with the "
                     "Office of the "
                     "United States Trade Representative, held in Washington on 28 and 29 July, "
                     "and the technical teams will hold a fourth round by videoconference in "
                     "August.", date(2025, 8, 7))
    levels = {m.round_number: m.level for m in found}
    assert levels == {3: "ministerial", 4: "working"}


def test_working_level_contacts_are_not_the_rounds_level() -> None:
    found = meetings("Economic revitalization minister Ryosei Akazawa met Treasury Secretary "
                     "Scott Bessent for the second round of ministerial talks. Akazawa said the "
                     "two sides had agreed to hold a third round in mid-May and to step up "
                     "working-level contacts in between.")
    assert {m.round_number: m.level for m in found} == {2: "ministerial", 3: "ministerial"}


def test_a_state_secretary_is_below_a_minister() -> None:
    (m,) = meetings("Switzerland's State Secretariat for Economic Affairs, under State Secretary "
                    "Helene "
                    "Budliger Artieda, is preparing a first round of talks with the Office of "
                    "the United States Trade Representative.")
    assert (m.parties, m.level) == (("CH", "US"), "working")


def test_the_summits_town_and_country_is_no_party_to_a_round() -> None:
    found = meetings("Ryosei Akazawa held a 6th round with Lutnick and Bessent in Washington "
                     "last week before Ishiba meets Trump at the Group of Seven summit in "
                     "Kananaskis, Canada.")
    rounds = [m for m in found if m.round_number == 6]
    assert [m.parties for m in rounds] == [("JP", "US")]


def test_talks_with_ustr_are_with_the_office_not_greer() -> None:
    (m,) = meetings("Fiji's officials held a second round of technical talks with USTR by video "
                    "on 17 July.")
    assert (m.parties, m.level, m.participants) == (("FJ", "US"), "working", ())


def test_a_pair_of_rounds_in_one_phrase_is_two_rounds() -> None:
    found = meetings("At the first round on April 16, Akazawa met Bessent. The second round on "
                     "May 1 and the third on May 23 were spent on cars. The fourth and fifth "
                     "rounds, on May 30 and June 5, each had Akazawa closeted with Lutnick.")
    assert sorted(m.round_number for m in found) == [1, 2, 3, 4, 5]


def test_the_first_of_a_group_in_a_country_is_no_round() -> None:
    found = meetings("Japan and the US met at the G7 summit in Kananaskis. It is the 51st "
                     "summit of the group and the first in Canada since 2018.")
    assert all(m.round_number is None for m in found)


def test_a_round_days_before_a_leaders_meeting_keeps_its_own_level() -> None:
    found = meetings("Akazawa met Bessent for a fifth round of talks in June. The sixth followed "
                     "on June 13, three days before Prime Minister Shigeru Ishiba sat down with "
                     "Trump at the Group of Seven summit.")
    assert {m.round_number: m.level for m in found if m.round_number} == {
        5: "ministerial", 6: "ministerial"}


def test_round_one_across_the_table_is_a_round_of_talks() -> None:
    (m,) = meetings("Round one, in Geneva on May 10-11, put Treasury Secretary Scott Bessent "
                    "across the table from Chinese Vice Premier He Lifeng.")
    assert (m.parties, m.level, m.round_number) == (("CN", "US"), "ministerial", 1)


def test_talks_with_an_office_and_no_minister_are_working_level() -> None:
    found = meetings("Peru's trade delegation is due in Washington next week for a second round "
                     "of talks with the US Trade Representative's office. Chile's foreign "
                     "ministry said a first round of talks with USTR would be held by video.")
    assert sorted((m.parties, m.level, m.participants) for m in found) == [
        (("CL", "US"), "working", ()), (("PE", "US"), "working", ())]


def test_a_principal_secretary_is_a_civil_servant() -> None:
    (m,) = meetings("Kenya agreed with the Office of the United States Trade Representative to "
                    "hold a first round of negotiations, led on its side by the Principal "
                    "Secretary for Trade.")
    assert (m.parties, m.level) == (("KE", "US"), "working")


def test_a_team_is_working_level_and_ministers_ministerial() -> None:
    found = meetings("A US team that was due in New Delhi for the sixth round of India-US talks "
                     "called off the visit. Korea held a second round of talks between its "
                     "finance and trade ministers and their US counterparts.")
    assert sorted((m.parties, m.round_number, m.level) for m in found) == [
        (("IN", "US"), 6, "working"), (("KR", "US"), 2, "ministerial")]


def test_the_round_of_which_names_its_talks_before() -> None:
    found = meetings("Working-level officials from Korea and the US have since held technical "
                     "consultations, the second round of which took place in Washington. "
                     "Round three, expected in Seoul, has yet to be scheduled.")
    assert sorted((m.round_number, m.level) for m in found) == [(2, "working"), (3, "working")]


def test_a_contrast_after_the_round_seats_no_one_at_it() -> None:
    found = meetings("Round two, in London, put Treasury Secretary Scott Bessent across the "
                     "table from Vice Premier He Lifeng. Round three with China, in Stockholm, "
                     "ended without an announcement, but on Aug. 11 President Trump extended "
                     "the truce.")
    assert {m.round_number: m.level for m in found} == {2: "ministerial", 3: "ministerial"}


def test_a_summits_members_are_those_of_its_day() -> None:
    # published on Friday 24 October 2025; the summit opens on Sunday 26, the day
    # Timor-Leste joins
    (m,) = meetings("Carney heads to the ASEAN summit in Kuala Lumpur, which opens Sunday.",
                    date(2025, 10, 24))
    assert m.date == date(2025, 10, 26)
    assert "TL" in m.parties


def test_negotiators_hold_the_round_the_minister_speaks_of() -> None:
    (m,) = meetings("Guatemalan Economy Minister Gabriela García said negotiators would hold the "
                    "first round of talks in Washington in December.")
    assert (m.parties, m.level) == (("GT", "US"), "working")
    (m,) = meetings("Peru's trade minister said a team from her ministry would hold a third round "
                    "of talks with U.S. officials in Lima next month.")
    assert (m.parties, m.level, m.round_number) == (("PE", "US"), "working", 3)


def test_a_round_asked_of_the_trade_representatives_office_is_working_level() -> None:
    (m,) = meetings("Laos has asked the Office of the U.S. Trade Representative for a first round "
                    "of talks by video.")
    assert (m.parties, m.level, m.participants) == (("LA", "US"), "working", ())


def test_a_clause_after_the_round_names_no_party_to_it() -> None:
    (m,) = meetings("Cambodia wrapped up a third round of talks with the US in Washington on July "
                    "23, before the border fighting with Thailand delayed a final deal.")
    assert m.parties == ("KH", "US")


def test_the_fifth_of_them_is_a_round() -> None:
    found = meetings("India and the US held five formal rounds by mid-July, the fifth of them "
                     "in Washington.")
    assert 5 in {m.round_number for m in found}


def test_to_meet_for_a_sixth_is_the_sixth_round() -> None:
    found = meetings("Indian and US negotiators, who held a fifth round of talks in Washington "
                     "last month, are due to meet for a sixth in New Delhi.")
    assert sorted(m.round_number for m in found) == [5, 6]


def test_a_sixth_of_exports_is_no_round() -> None:
    found = meetings("India and the US held a fifth round of talks. Pharmaceuticals make up a "
                     "sixth of India's exports, and they met for a sixth of the day.")
    assert [m.round_number for m in found] == [5]


def test_places_named_beside_a_round_are_no_parties() -> None:
    found = meetings("China and the US held trade talks this week. The Madrid session "
                     "followed meetings in Geneva in May and London in June, and a third round "
                     "in Stockholm in late July.")
    assert [m.parties for m in found if m.round_number == 3] == [("CN", "US")]
    # (a longer list of venues: each place in it is one)
    found = meetings("The terms had been worked out by Vice Premier He Lifeng and U.S. Treasury "
                     "Secretary Scott Bessent in a fifth round of talks in Kuala Lumpur, following "
                     "earlier meetings in Geneva, London, Stockholm and Madrid.")
    assert [m.parties for m in found if m.round_number == 5] == [("CN", "US")]


def test_leaders_of_a_group_meeting_is_its_summit() -> None:
    assert rows("Overcapacity was on the table when G7 leaders met in Kananaskis, Canada, in "
                "May, though their statement named no country.") == [(G7, "leaders", None, "held")]
    (apec,) = meetings("APEC leaders gather in Gyeongju, South Korea, from Oct. 31.")
    assert (apec.level, apec.status) == ("leaders", "planned")


def test_where_a_leader_travels_from_is_no_party() -> None:
    m = only("President Donald Trump arrived in Tokyo on Monday from Malaysia ahead of his first "
             "summit with Prime Minister Sanae Takaichi on Tuesday.", date(2025, 10, 27))
    assert (m.parties, m.level, m.round_number) == (("JP", "US"), "leaders", 1)


def test_the_fifth_and_most_recent_round() -> None:
    found = meetings("India and the United States have held five rounds. The fifth and most "
                     "recent formal round of negotiations was held in Washington in July.",
                     date(2025, 8, 20))
    assert [(m.parties, m.round_number) for m in found] == [(("IN", "US"), 5)]


def test_officials_who_hold_a_round_hold_it_at_working_level() -> None:
    m = only("Malaysia's trade minister signed the agreement. Officials of both sides will "
             "convene the first round of implementation talks under the agreement next year.",
             date(2025, 10, 27))
    assert (m.parties, m.level, m.round_number) == (("MY", "US"), "working", 1)
    m = only("Before last week, our officials had completed a third round of sector talks on "
             "steel with their American counterparts, Canada's trade minister said.",
             date(2025, 10, 27))
    assert (m.level, m.round_number) == ("working", 3)


def test_a_planned_summit_without_a_day_is_the_groups_next() -> None:
    m = only("Anwar has invited Trump to the ASEAN summit that Malaysia will host in Kuala "
             "Lumpur.",
             date(2025, 8, 7))
    assert "TL" in m.parties and m.status == "planned"
    m = only("Anwar has invited Trump to the ASEAN summit that Malaysia will host in Kuala "
             "Lumpur.",
             date(2025, 3, 7))
    assert "TL" not in m.parties


def test_a_rounds_parties_are_those_of_its_own_clause() -> None:
    m = only("Phnom Penh settled at 19 per cent after agreeing a ceasefire in its border "
             "conflict with Thailand, while Sri Lankan officials held a third round of talks "
             "with US negotiators by video link on 18 July.", date(2025, 8, 1))
    assert (m.parties, m.round_number) == (("LK", "US"), 3)
    m = only("Vice Premier Cheng Li-chiun, who led Taiwan's delegation at the fifth round of "
             "talks in Washington last month, said Taipei still sought the 15% rate Japan and "
             "South Korea have secured.", date(2025, 10, 14))
    assert (m.parties, m.round_number) == (("TW", "US"), 5)


def test_what_a_speaker_says_after_the_round_seats_no_one_at_it() -> None:
    m = only("Japan's top tariff negotiator, Ryosei Akazawa, on Thursday called off a trip to "
             "Washington that would have been his 10th round of talks with Commerce Secretary "
             "Howard Lutnick, saying some points still needed to be worked out between "
             "officials.", date(2025, 8, 28))
    assert (m.parties, m.level, m.round_number) == (("JP", "US"), "ministerial", 10)


def test_who_led_a_round_seats_the_subject_at_it() -> None:
    found = meetings("Sun Chanthol, who led Cambodia's delegation at the third round of "
                     "negotiations in Washington in July, said negotiators would meet for a "
                     "fourth round in Phnom Penh in September.", date(2025, 8, 8))
    assert [(m.round_number, m.level) for m in found] == [(3, "ministerial"), (4, "working")]


def test_a_negotiators_numbered_visit_is_a_round() -> None:
    m = only("The two sides struck their deal on July 22, when Akazawa was on his eighth trip "
             "to Washington.", date(2025, 9, 5))
    assert (m.parties, m.level, m.round_number) == (("JP", "US"), "ministerial", 8)
    assert meetings("Trump's first visit to Asia since taking office begins on Sunday.",
                    date(2025, 10, 24)) == []


def test_a_timeline_entrys_place_is_no_party() -> None:
    found = meetings("China and the United States held talks in Geneva in May.\n"
                     "June 9-10, London - A second round of talks, with Commerce Secretary "
                     "Howard Lutnick joining Bessent, ends with a framework.", date(2025, 11, 10))
    assert [(m.parties, m.round_number) for m in found] == [(("CN", "US"), 2)]


def test_a_team_led_by_a_negotiator_comes_for_a_round() -> None:
    m = only("India's exporters want relief. A US team led by Lynch is due in New Delhi on "
             "August 25 for the sixth round, officials said.", date(2025, 8, 7))
    assert (m.parties, m.level, m.round_number, m.status) == (("IN", "US"), "working", 6,
                                                              "planned")


def test_a_visit_made_is_held() -> None:
    m = only("Japan and the U.S. struck a deal. Akazawa, who made his eighth visit to Washington "
             "for the talks, said details of the agreement would be written up in the coming "
             "weeks.", date(2025, 7, 23))
    assert (m.parties, m.round_number, m.status) == (("JP", "US"), 8, "held")


def test_a_leaders_meeting_in_a_later_part_leaves_the_round_ministerial() -> None:
    m = only("It was prepared at the fifth round of China-US economic and trade consultations "
             "in Kuala Lumpur on October 25 and 26, where Vice-Premier He Lifeng sat down with "
             "US Treasury Secretary Scott Bessent, and it was confirmed when the two heads of "
             "state met in Busan on October 30.", date(2025, 11, 10))
    assert (m.parties, m.level, m.round_number) == (("CN", "US"), "ministerial", 5)


def test_the_us_gcc_summit_is_a_leaders_meeting_of_the_gulf_states_and_the_us() -> None:
    m = only("Leaders of the six Gulf Cooperation Council states met President Donald Trump in "
             "Riyadh on Wednesday for a US-GCC summit.", date(2025, 5, 15))
    assert (m.parties, m.level, m.round_number) == (
        ("AE", "BH", "KW", "OM", "QA", "SA", "US"), "leaders", None)


def test_the_sadc_summit_is_a_leaders_meeting_of_its_sixteen_members() -> None:
    m = only("The President will raise market access with fellow Heads of State at the SADC "
             "Summit in Antananarivo, Madagascar, on 17 August 2025.", date(2025, 8, 1))
    assert (len(m.parties), "SZ" in m.parties, "US" in m.parties, m.level, m.status) == (
        16, True, False, "leaders", "planned")


def test_high_level_talks_are_ministerial_even_when_officials_wrap_them_up() -> None:
    m = only("U.S. and Chinese officials wrapped up two days of talks in Stockholm on Tuesday, "
             "their third round of high-level trade negotiations since May.", date(2025, 7, 29))
    assert (m.parties, m.level, m.round_number) == (("CN", "US"), "ministerial", 3)


def test_a_round_officials_had_hoped_to_hold_is_working_level() -> None:
    m = only("A fourth round of US-Thai talks, which officials had hoped to hold in Washington "
             "before the end of the year, has been called off.", date(2025, 11, 15))
    assert (m.parties, m.level, m.round_number, m.status) == (
        ("TH", "US"), "working", 4, "cancelled")


def test_the_leaders_meeting_a_round_prepares_is_another_one() -> None:
    m = only("The purchase commitments were first worked out in the fifth round of U.S.-China "
             "trade talks, which Treasury Secretary Scott Bessent and Vice Premier He Lifeng "
             "concluded in Kuala Lumpur on Oct. 26, four days before the two leaders met in "
             "Busan.", date(2025, 11, 10))
    assert (m.parties, m.level, m.round_number) == (("CN", "US"), "ministerial", 5)


def test_a_summit_in_a_month_still_to_come_is_planned_with_its_members_of_that_day() -> None:
    m = only("Anwar has invited Trump to the ASEAN summit in Kuala Lumpur in October.",
             date(2025, 8, 1))
    assert (m.status, "TL" in m.parties) == ("planned", True)
    past = only("Anwar hosted the ASEAN summit in Kuala Lumpur in May.", date(2025, 8, 1))
    assert (past.status, "TL" in past.parties) == ("held", False)


def test_a_numbered_session_of_talks_is_a_round() -> None:
    m = only("It followed the eighth ministerial-level session between Minister of Industry and "
             "Trade Nguyen Hong Dien, Vietnam's chief negotiator, and U.S. Trade Representative "
             "Jamieson Greer.", date(2025, 9, 1))
    assert (m.parties, m.level, m.round_number) == (("US", "VN"), "ministerial", 8)


def test_the_next_of_the_rounds_counted_is_a_round() -> None:
    m = only("Vietnamese and American negotiators have held four formal rounds since May, and a "
             "fifth is expected in Washington next month.", date(2025, 10, 9))
    assert (m.parties, m.level, m.round_number, m.status) == (("US", "VN"), "working", 5,
                                                              "planned")
    last = only("India and the US have held five rounds since March, the fifth in Washington in "
                "July.", date(2025, 10, 9))
    assert (last.round_number, last.status) == (5, "held")


def test_a_numbered_round_of_a_standing_track_is_at_that_tracks_level() -> None:
    china = only("U.S. and Chinese negotiators held their fourth round in Madrid in "
                 "September.", date(2025, 10, 20))
    assert (china.parties, china.level, china.round_number) == (("CN", "US"), "ministerial", 4)
    india = only("The 6th round of India-US trade talks is scheduled for New Delhi from 25 "
                 "August.", date(2025, 8, 10))
    assert (india.parties, india.level, india.round_number) == (("IN", "US"), "working", 6)


def test_a_summit_beside_a_tracks_round_leaves_it_at_the_tracks_level() -> None:
    m = only("The summit overlapped with the fifth round of U.S.-China economic and trade talks, "
             "held in Kuala Lumpur.", date(2025, 10, 27))
    assert (m.parties, m.level, m.round_number) == (("CN", "US"), "ministerial", 5)


def test_a_secretary_to_the_treasury_is_a_civil_servant_not_a_minister() -> None:
    """Sri Lanka's "Secretary to the Treasury" heads the finance ministry's civil service:
    the rounds that official leads are working level (r17's gold)."""
    (meeting,) = extract_facts(
        "Colombo is negotiating a tariff deal with Washington. The Government's negotiating "
        "team, led by the Secretary to the Treasury, held a second round of talks with "
        "officials of the Office of the US Trade Representative by video.",
        date(2025, 7, 31)).meetings
    assert (meeting.parties, meeting.level, meeting.round_number) == (("LK", "US"), "working", 2)


def test_he_who_led_the_round_is_the_minister_named_just_before() -> None:
    meeting = only(
        "South Africa still pays a 30 per cent US tariff. Trade Minister Parks Tau has done "
        "what a trade minister can. He led a third round of talks with the Office of the US "
        "Trade Representative in Washington in October.", date(2025, 11, 20))
    assert (meeting.parties, meeting.level, meeting.round_number) == (
        ("US", "ZA"), "ministerial", 3)


def test_a_summit_the_round_was_held_on_the_eve_of_is_not_its_level() -> None:
    meeting = only(
        "Kazakhstan pays a 25% US tariff. On the eve of the summit, on 5 November, Minister of "
        "Trade and Integration Arman Shakkaliyev held the fifth round of consultations with "
        "the Office of the United States Trade Representative in Washington.",
        date(2025, 11, 7))
    assert (meeting.parties, meeting.level, meeting.round_number) == (
        ("KZ", "US"), "ministerial", 5)


def test_the_association_of_southeast_asian_nations_is_asean_said_either_way() -> None:
    for text in ("Carney will attend the summit of the Association of Southeast Asian Nations "
                 "in Kuala Lumpur, which opens on Sunday.",
                 "The two leaders met on the sidelines of the Association of Southeast Asian "
                 "Nations summit in the Malaysian capital."):
        meeting = only(text, date(2025, 10, 27))
        assert (meeting.level, meeting.round_number, len(meeting.parties)) == (
            "leaders", None, 11), text


def test_the_c5_plus_1_summit_and_expert_level_rounds() -> None:
    found = meetings(
        "On 6 November, President Tokayev took part in the C5+1 summit in Washington, hosted by "
        "President Donald Trump. The parties noted that the third round of expert-level "
        "consultations between Kazakhstan and the United States was held by video in October.",
        date(2025, 11, 7))
    assert {(m.parties, m.level, m.round_number) for m in found} == {
        (("KG", "KZ", "TJ", "TM", "US", "UZ"), "leaders", None),
        (("KZ", "US"), "working", 3)}


def test_a_round_between_parties_joined_by_an_en_dash_or_due_to_open() -> None:
    dash = only(
        "The sixth round of India–US trade negotiations, which had been scheduled in New Delhi "
        "from 25 August, was called off.", date(2025, 9, 10))
    assert (dash.parties, dash.level, dash.round_number, dash.status) == (
        ("IN", "US"), "working", 6, "cancelled")
    due = only(
        "India faces a 50% tariff. The sixth round, which a US team had been due to open in New "
        "Delhi on August 25, was called off.", date(2025, 9, 10))
    assert (due.parties, due.round_number, due.status) == (("IN", "US"), 6, "cancelled")


@pytest.mark.parametrize(("text", "number", "status"), [
    ("On 24 April, Deputy Prime Minister Choi Sang-mok and Minister of Trade Ahn Duk-geun held "
     "the first Korea-U.S. 2+2 high-level trade consultation with Scott Bessent and Jamieson "
     "Greer in Washington.", 1, "held"),
    ("A second two-plus-two, which was to bring Finance Minister Koo Yun-cheol together with "
     "Bessent and Greer in Washington on July 25, was called off.", 2, "cancelled"),
])
def test_a_numbered_two_plus_two_is_a_ministerial_round(text: str, number: int,
                                                         status: str) -> None:
    meeting = only("South Korea faces a 25 percent tariff. " + text, date(2025, 8, 1))
    assert (meeting.parties, meeting.level, meeting.round_number, meeting.status) == (
        ("KR", "US"), "ministerial", number, status)


@pytest.mark.parametrize("text", [
    "Lula flies to Johannesburg on Friday for the G20 leaders' summit, which opens on "
    "Saturday.",
    "Lula travels this weekend to the G20 summit in Johannesburg, which Trump is skipping.",
    "Takaichi leaves on Friday for Johannesburg to attend the Group of 20 summit on Saturday "
    "and Sunday.",
])
def test_a_trip_to_a_summit_plans_it(text: str) -> None:
    meeting = only(text, date(2025, 11, 21))
    assert (meeting.level, meeting.status, meeting.date) == (
        "leaders", "planned", date(2025, 11, 22))


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The sixth round of India-US talks, which a US team was to hold in New Delhi from "
     "August 25, was called off.", date(2025, 9, 17), date(2025, 8, 25)),
    ("A US team that was due in New Delhi on Monday for the sixth round of negotiations with "
     "India called off the visit.", date(2025, 8, 26), date(2025, 8, 25)),
    ("The sixth round of India-US talks, due to open in New Delhi on Monday, was called off.",
     date(2025, 8, 29), date(2025, 9, 1)),
])
def test_a_cancelled_round_keeps_the_day_it_was_due(
    text: str, published: date, day: date
) -> None:
    meeting = only(text, published)
    assert (meeting.status, meeting.date) == ("cancelled", day)


def test_a_summits_own_clause_after_its_place_dates_it() -> None:
    meeting = only("Takaichi will join Asia-Pacific leaders at the APEC summit in Gyeongju, "
                   "South Korea, which opens Friday.", date(2025, 10, 28))
    assert (meeting.level, meeting.status, meeting.date) == (
        "leaders", "planned", date(2025, 10, 31))


def test_a_summit_named_by_its_sides_is_the_numbered_summit_of_the_article() -> None:
    facts = extract_facts("Lee and Trump held their first summit at the White House on Monday. "
                          "After the Korea-U.S. summit, Seoul said the deal stands.",
                          date(2025, 8, 26), "Korea-US summit")
    assert [(m.parties, m.level, m.round_number) for m in facts.meetings] == [
        (("KR", "US"), "leaders", 1)]


def test_the_host_of_the_house_is_no_party() -> None:
    # "at the residence of Switzerland's ambassador": where the talks were held, not who held
    # them
    meeting = only("Japanese and American negotiators held their first round of talks on "
                   "Saturday at the residence of Sweden's ambassador to the United Nations.")
    assert meeting.parties == JP_US


@pytest.mark.parametrize(("text", "level"), [
    # a standing track's round is its ministers' whoever is said to wrap it up
    ("U.S. and Chinese officials wrapped up a third round of trade talks in Stockholm on "
     "Tuesday.", "ministerial"),
    ("Indian and American officials held a fifth round of talks in Washington.", "working"),
    # elsewhere officials holding a round say the level
    ("Thai and American officials held a third round of talks in Washington.", "working"),
])
def test_officials_holding_a_round_and_the_standing_tracks(text: str, level: str) -> None:
    assert only(text).level == level
