"""normalize.rates (through normalize.rule_facts, the rules before the status model of
normalize.status): tariff mentions from sentences.

Each case is one sentence (an article of its own) published on a Monday,
2025-06-02, and the full list of tariff facts it should give, as
(imposer, target, sector, kind, rate_pct, previous_rate_pct, status).
Cases the extractor gets wrong keep the correct expectation and are marked
``xfail(strict=True)`` so they flip when the extractor is fixed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from _pytest.mark import ParameterSet

from normalize import rule_facts
from normalize.mentions import TariffMention

PUB = date(2025, 6, 2)  # a Monday

Row = tuple[str, str, str | None, str, float, float | None, str]


def rows(text: str, published: date | None = PUB) -> list[Row]:
    found = rule_facts(text, published).tariffs
    return sorted(
        (
            (t.imposer, t.target, t.sector, t.kind, t.rate_pct, t.previous_rate_pct, t.status)
            for t in found
        ),
        key=repr,
    )


def only(text: str, published: date | None = PUB) -> TariffMention:
    (mention,) = rule_facts(text, published).tariffs
    return mention


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def case(
    sentence: str, *expected: Row, id: str, marks: pytest.MarkDecorator | tuple[()] = ()
) -> ParameterSet:
    return pytest.param(sentence, PUB, list(expected), id=id, marks=marks)


CASES = [
    # --- layers: baseline, reciprocal, surcharge, total -----------------------------------
    case("The United States imposed a 10 percent baseline tariff on imports from nearly all "
         "countries in April.",
         ("US", "*", None, "baseline", 10.0, None, "in_effect"), id="baseline"),
    case("Japan faces the 10 percent baseline tariff.",
         ("US", "JP", None, "baseline", 10.0, None, "in_effect"),
         id="baseline-tied-to-a-named-country-is-its-own"),
    case("Japan faces a 24% reciprocal tariff under the Trump administration's plan.",
         ("US", "JP", None, "reciprocal", 24.0, None, "in_effect"), id="reciprocal"),
    case("Japan faces an additional 14 percent tariff on top of the baseline.",
         ("US", "JP", None, "surcharge", 14.0, None, "in_effect"), id="surcharge-additional"),
    case("The U.S. imposed an extra 10 percent duty on Chinese goods.",
         ("US", "CN", None, "surcharge", 10.0, None, "in_effect"), id="surcharge-extra"),
    case("Chinese goods now face a combined tariff of 145 percent.",
         ("US", "CN", None, "total", 145.0, None, "in_effect"), id="total-combined"),
    case("Brazil faces a 10 percent baseline tariff plus an additional 40 percent tariff for a "
         "total of 50 percent.",
         ("US", "BR", None, "baseline", 10.0, None, "in_effect"),
         ("US", "BR", None, "surcharge", 40.0, None, "in_effect"),
         ("US", "BR", None, "total", 50.0, None, "in_effect"),
         id="baseline-plus-surcharge-total"),
    case("Under the reciprocal regime, Vietnam's rate is a total of 46 percent, comprising a "
         "10 percent baseline and a 36 percent country-specific tariff.",
         ("US", "VN", None, "reciprocal", 46.0, None, "in_effect"),
         ("US", "*", None, "baseline", 10.0, None, "in_effect"),
         ("US", "VN", None, "surcharge", 36.0, None, "in_effect"),
         id="reciprocal-regime-total-is-reciprocal"),
    case("Japan faces a twenty-four percent reciprocal tariff.",
         ("US", "JP", None, "reciprocal", 24.0, None, "in_effect"), id="rate-in-words"),
    case("Trump raised the tariff on Chinese goods to 145 percent in all.",
         ("US", "CN", None, "total", 145.0, None, "in_effect"), id="total-in-all"),
    case("Chinese goods face tariffs totaling 145 percent.",
         ("US", "CN", None, "total", 145.0, None, "in_effect"), id="total-totaling"),
    # --- sectors and synonyms -------------------------------------------------------------
    case("Washington slapped a 25 percent tariff on Canadian cars.",
         ("US", "CA", "autos", "sectoral", 25.0, None, "in_effect"), id="cars-autos"),
    case("The U.S. imposes a 25% tariff on imported cars.",
         ("US", "*", "autos", "sectoral", 25.0, None, "in_effect"),
         id="sector-without-country-is-on-everyone"),
    case("Trump imposed 25 percent tariffs on cars and auto parts.",
         ("US", "*", "autos", "sectoral", 25.0, None, "in_effect"),
         ("US", "*", "auto_parts", "sectoral", 25.0, None, "in_effect"),
         id="two-sectors"),
    case("Trump said chips would face a 100 percent tariff.",
         ("US", "*", "semiconductors", "sectoral", 100.0, None, "threatened"),
         id="chips-semiconductors"),
    case("Taiwanese chips could face tariffs of up to 100 percent.",
         ("US", "TW", "semiconductors", "sectoral", 100.0, None, "threatened"),
         id="chips-with-demonym"),
    case("The United States lifted the 25 percent tariff on Mexican steel.",
         ("US", "MX", "steel", "sectoral", 0.0, 25.0, "lifted"), id="steel-lifted"),
    case("A 25 percent tariff on steel applies to all countries except Britain.",
         ("US", "*", "steel", "sectoral", 25.0, None, "in_effect"), id="all-except"),
    case("An additional 25 percent tariff on India over Russian oil purchases takes effect "
         "Aug. 27.",
         ("US", "IN", None, "surcharge", 25.0, None, "announced"), id="reason-is-not-sector"),
    # --- changes: from/to, doubled ----------------------------------------------------------
    case("The tariff on Japanese cars was lowered to 15 percent from 25 percent.",
         ("US", "JP", "autos", "sectoral", 15.0, 25.0, "in_effect"), id="to-A-from-B"),
    case("Trump raised steel tariffs from 25% to 50%.",
         ("US", "*", "steel", "sectoral", 50.0, 25.0, "in_effect"), id="from-B-to-A"),
    case("The tariff on aluminium was raised to 50 per cent from 25 per cent.",
         ("US", "*", "aluminum", "sectoral", 50.0, 25.0, "in_effect"),
         id="aluminium-per-cent"),
    case("The duties on Mexican goods were lowered from 25% to 10%.",
         ("US", "MX", None, "other", 10.0, 25.0, "in_effect"), id="lowered-from-to"),
    case("Tariffs on aluminium imports were doubled to 50%.",
         ("US", "*", "aluminum", "sectoral", 50.0, 25.0, "in_effect"), id="doubled-to"),
    case("The tariff on Indian goods doubled to 50 percent.",
         ("US", "IN", None, "other", 50.0, 25.0, "in_effect"), id="doubled-to-country"),
    case("The reciprocal tariff on Japanese goods will be 25 percent, up from 24 percent.",
         ("US", "JP", None, "reciprocal", 25.0, 24.0, "announced"), id="up-from"),
    case("Vietnamese goods would face tariffs of between 10% and 20%.",
         ("US", "VN", None, "other", 10.0, None, "threatened"),
         ("US", "VN", None, "other", 20.0, None, "threatened"), id="between-is-two-rates"),
    case("Vietnamese goods face tariffs ranging from 10% to 20%.",
         ("US", "VN", None, "other", 10.0, None, "in_effect"),
         ("US", "VN", None, "other", 20.0, None, "in_effect"), id="ranging-is-not-a-change"),
    case("Trump doubled tariffs on steel and aluminum to 50%.",
         ("US", "*", "aluminum", "sectoral", 50.0, 25.0, "in_effect"),
         ("US", "*", "steel", "sectoral", 50.0, 25.0, "in_effect"), id="doubled-far-back"),
    case("The 25 percent duty on Japanese cars will be cut to 15 percent under the deal.",
         ("US", "JP", "autos", "sectoral", 15.0, 25.0, "agreed"), id="sector-between-pair"),
    case("Trump said Vietnamese goods would face tariffs of between 10 and 20 percent.",
         ("US", "VN", None, "other", 10.0, None, "threatened"),
         ("US", "VN", None, "other", 20.0, None, "threatened"), id="between-shared-unit"),
    # --- retaliation and direction ----------------------------------------------------------
    case("Beijing imposed a 34 percent retaliatory tariff on all U.S. goods.",
         ("CN", "US", None, "retaliatory", 34.0, None, "in_effect"), id="retaliatory-capital"),
    case("The EU threatened 25 percent counter-tariffs on American motorcycles.",
         ("EU", "US", None, "retaliatory", 25.0, None, "threatened"), id="counter-tariffs"),
    case("Ottawa responded with 25 percent counter-tariffs on U.S. steel.",
         ("CA", "US", "steel", "retaliatory", 25.0, None, "in_effect"),
         id="counter-tariffs-on-sector"),
    case("The EU proposed a 30 percent levy on U.S. goods worth 95 billion euros.",
         ("EU", "US", None, "retaliatory", 30.0, None, "proposed"), id="eu-proposed-levy"),
    case("The EU will impose retaliatory tariffs of 25 percent on U.S. motorcycles starting "
         "June 15.",
         ("EU", "US", None, "retaliatory", 25.0, None, "announced"), id="retaliation-announced"),
    case("China will lower its retaliatory duties on American products to 10 percent.",
         ("CN", "US", None, "retaliatory", 10.0, None, "announced"), id="china-will-lower"),
    case("Beijing said it would slap 84 percent tariffs on all American goods in retaliation.",
         ("CN", "US", None, "retaliatory", 84.0, None, "announced"), id="would-slap"),
    case("Canada imposed 25 percent tariffs on C$30 billion of American goods.",
         ("CA", "US", None, "retaliatory", 25.0, None, "in_effect"), id="on-value-of-us-goods"),
    # --- targets by demonym, capital, name; '*' ---------------------------------------------
    case("Swiss goods face a 39 percent tariff, one of the highest rates.",
         ("US", "CH", None, "other", 39.0, None, "in_effect"), id="demonym-swiss"),
    case("Trump suspended the 20 percent tariff on European goods for 90 days.",
         ("US", "EU", None, "other", 20.0, None, "paused"), id="demonym-european"),
    case("Trump hit Ottawa with a 35 percent tariff.",
         ("US", "CA", None, "other", 35.0, None, "in_effect"), id="capital-ottawa"),
    case("Washington imposed a 145 percent tariff on Beijing.",
         ("US", "CN", None, "other", 145.0, None, "in_effect"), id="capital-beijing"),
    case("New Delhi faces a 50 percent tariff.",
         ("US", "IN", None, "other", 50.0, None, "in_effect"), id="capital-new-delhi"),
    case("U.S. officials in Tokyo discussed the 25 percent tariff on Korean cars.",
         ("US", "KR", "autos", "sectoral", 25.0, None, "in_effect"),
         id="venue-capital-is-not-target"),
    case("A 25 percent tariff on foreign-made cars applies to all countries.",
         ("US", "*", "autos", "sectoral", 25.0, None, "in_effect"), id="all-countries"),
    case("Trump announced 25 percent tariffs on Canada and Mexico.",
         ("US", "CA", None, "other", 25.0, None, "announced"),
         ("US", "MX", None, "other", 25.0, None, "announced"), id="two-targets"),
    # --- effective dates and statuses ---------------------------------------------------------
    case("The United States will impose a 32% tariff on Indonesian goods from August 1.",
         ("US", "ID", None, "other", 32.0, None, "announced"), id="from-august-1"),
    case("A 20 percent tariff on Vietnamese goods takes effect Wednesday.",
         ("US", "VN", None, "other", 20.0, None, "announced"), id="takes-effect-wednesday"),
    case("The 25 percent tariff on South Korean goods is effective Wednesday.",
         ("US", "KR", None, "other", 25.0, None, "announced"), id="effective-wednesday"),
    case("Tokyo will face a 24 percent reciprocal tariff from August 1.",
         ("US", "JP", None, "reciprocal", 24.0, None, "announced"), id="capital-tokyo-future"),
    case("Trump threatened a 50 percent tariff on EU goods.",
         ("US", "EU", None, "other", 50.0, None, "threatened"), id="threatened"),
    case("Trump paused the 24 percent reciprocal tariff on Japan for 90 days.",
         ("US", "JP", None, "reciprocal", 24.0, None, "paused"), id="paused"),
    case("The two sides agreed to a 15 percent tariff on most Japanese goods.",
         ("US", "JP", None, "other", 15.0, None, "agreed"), id="agreed"),
    case("Japan and the U.S. agreed on a 15 percent tariff on Japanese cars.",
         ("US", "JP", "autos", "sectoral", 15.0, None, "agreed"), id="agreed-sector"),
    case("The White House scrapped the 10 percent tariff on Canadian energy.",
         ("US", "CA", "energy", "sectoral", 0.0, 10.0, "lifted"), id="scrapped-lifted"),
    case("Lula asked Trump on Monday to remove the additional 40 percent tariff on Brazilian "
         "goods.", ("US", "BR", None, "surcharge", 40.0, None, "in_effect"),
         id="a-removal-asked-for-leaves-the-rate"),
    case("China will lift tariffs of up to 15 per cent on US farm products from Monday.",
         ("CN", "US", "agriculture", "retaliatory", 0.0, 15.0, "lifted"),
         id="lifted-tariffs-of-up-to"),
    case("Mexico's government asked its Congress to lift tariffs on cars from China to 50%.",
         ("MX", "CN", "autos", "sectoral", 50.0, None, "proposed"),
         id="lifting-a-tariff-to-a-rate-raises-it"),
    case("A 25% tariff on semiconductors is under consideration.",
         ("US", "*", "semiconductors", "sectoral", 25.0, None, "proposed"), id="proposed"),
    case("The 24 percent tariff on Japan is in effect.",
         ("US", "JP", None, "other", 24.0, None, "in_effect"), id="in-effect"),
    case("The 15 percent tariff on EU goods, agreed in July, is now in effect.",
         ("US", "EU", None, "other", 15.0, None, "in_effect"), id="agreed-then-in-effect"),
    case("Japan will face a 24 percent reciprocal tariff.",
         ("US", "JP", None, "reciprocal", 24.0, None, "announced"), id="will-face"),
    # --- numbers that are not tariff rates ------------------------------------------------
    case("Japan's GDP shrank 0.2 percent as tariffs weighed on exports.", id="gdp"),
    case("Exports to the United States fell 5 percent in May amid the tariffs.",
         id="exports-fell"),
    case("The Nikkei fell 3 percent after the tariff announcement.", id="stock-index"),
    case("Shares of Toyota dropped 4% on tariff fears.", id="shares"),
    case("Toyota shares rose 2.5 percent after the tariff deal.", id="shares-rose"),
    case("The S&P 500 gained 1.5% on hopes of a tariff truce.", id="sp500"),
    case("A poll showed 60 percent of voters oppose the tariffs.", id="poll"),
    case("Support for the tariffs stands at 38 percent, according to a Reuters/Ipsos poll.",
         id="poll-support"),
    case("Only 35% of Americans support the tariffs, a Gallup poll found.", id="poll-share"),
    case("The Fed kept interest rates at 4.5 percent despite the tariffs.", id="interest-rate"),
    case("Ten-year Treasury yields climbed to 4.5 percent on tariff worries.", id="yields"),
    case("The tariff raised the average effective rate by 5 percentage points.",
         id="percentage-points"),
    case("Autos account for 30 percent of Japan's exports to the U.S., which face tariffs.",
         id="share-of-exports"),
    case("The tariffs cover 70 percent of Japanese imports.", id="coverage-share"),
    case("Japan's economy grew 1.1 percent despite the tariffs.", id="growth"),
    case("Inflation rose 3 percent as tariffs pushed up prices.", id="inflation"),
    case("The yen rose 1 percent against the dollar after the tariff news.", id="currency"),
    case("Economists put the chance of a recession at 60 percent because of tariffs.",
         id="probability"),
    case("China holds a 30 percent share of the market despite tariffs.", id="market-share"),
    case("Japan and the U.S. discussed a 25 percent cut in emissions.", id="no-tariff-word"),
    case("The Bank of Japan held its policy rate at 0.5 percent, citing tariff uncertainty.",
         id="policy-rate"),
    case("Japanese carmakers cut prices by 5 percent to offset the tariffs.",
         id="price-cut"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_tariffs(sentence: str, published: date, expected: list[Row]) -> None:
    assert rows(sentence, published) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("sentence", "effective"),
    [
        ("The United States will impose a 32% tariff on Indonesian goods from August 1.",
         date(2025, 8, 1)),
        ("The U.S. will impose a 50 percent tariff on copper from 1 August.", date(2025, 8, 1)),
        ("A 20 percent tariff on Vietnamese goods takes effect Wednesday.", date(2025, 6, 4)),
        ("The 25 percent tariff on South Korean goods is effective Wednesday.", date(2025, 6, 4)),
        ("Effective Wednesday, goods from Japan face a 25 percent tariff.", date(2025, 6, 4)),
        ("The 25 percent tariff on imported automobiles takes effect Thursday.",
         date(2025, 6, 5)),
        ("The 50 percent tariff on steel goes into effect June 4.", date(2025, 6, 4)),
        ("Indian goods will face a 25 percent tariff starting Aug. 1, 2025.", date(2025, 8, 1)),
        ("A 10 percent baseline tariff took effect on April 5.", date(2025, 4, 5)),
        # A date that is not an effective date.
        ("Trump announced a 25 percent tariff on Japanese cars on April 2.", None),
        ("The 24 percent tariff on Japan is in effect.", None),
    ],
)
def test_effective_dates(sentence: str, effective: date | None) -> None:
    assert only(sentence).effective_date == effective


def test_future_effective_date_means_announced_past_means_in_effect() -> None:
    future = only("A 10 percent baseline tariff takes effect on June 9.")
    past = only("A 10 percent baseline tariff took effect on April 5.")
    assert (future.effective_date, future.status) == (date(2025, 6, 9), "announced")
    assert (past.effective_date, past.status) == (date(2025, 4, 5), "in_effect")


def test_effective_weekday_without_publication_date_is_unknown() -> None:
    mention = only("A 20 percent tariff on Vietnamese goods takes effect Wednesday.", None)
    assert mention.effective_date is None
    assert (mention.target, mention.rate_pct) == ("VN", 20.0)


def test_retaliation_direction_china_lowers_duties_on_american_products() -> None:
    mention = only("China will lower its retaliatory duties on American products to 10 percent.")
    assert (mention.imposer, mention.target, mention.kind, mention.rate_pct) == (
        "CN", "US", "retaliatory", 10.0,
    )


def test_third_country_imposer() -> None:
    mention = only("Mexico raised its tariffs on Chinese cars to 50 percent.")
    assert (mention.imposer, mention.target, mention.rate_pct) == ("MX", "CN", 50.0)


def test_percentage_points_are_not_rates_but_the_level_is() -> None:
    found = rows("Trump raised the tariff on Canadian goods by 10 percentage points to 35 percent.")
    assert [row[4] for row in found] == [35.0]
    assert found[0][:2] == ("US", "CA")


def test_article_main_partner_is_the_target_of_an_unnamed_rate() -> None:
    text = "Japan sent its negotiator to Washington.\n\nThe 24 percent tariff remains in force."
    assert rows(text) == [("US", "JP", None, "other", 24.0, None, "in_effect")]
    mention = only(text)
    assert text[mention.start:mention.end] == "The 24 percent tariff remains in force."


def test_no_partner_no_country_no_sector_gives_nothing() -> None:
    assert rows("The 24 percent tariff remains in force.") == []


def test_sentences_without_tariff_words_give_nothing() -> None:
    assert rows("Japan's rate of 24 percent on the United States was discussed.") == []


def test_mentions_carry_their_sentence_and_offsets() -> None:
    text = (
        "Talks went on.\n\nJapan faces an additional 14 percent tariff on top of the baseline. "
        "Separately, Trump raised steel tariffs from 25% to 50%."
    )
    facts = rule_facts(text, PUB)
    assert [t.sentence for t in facts.tariffs] == [
        "Japan faces an additional 14 percent tariff on top of the baseline.",
        "Separately, Trump raised steel tariffs from 25% to 50%.",
    ]
    for mention in facts.tariffs:
        assert text[mention.start:mention.end] == mention.sentence


def test_same_layer_and_rate_twice_in_a_sentence_is_one_fact() -> None:
    found = rows("The 25 percent tariff on Japanese cars, a 25 percent tariff on cars, stays.")
    assert found == [("US", "JP", "autos", "sectoral", 25.0, None, "in_effect")]


def test_to_dict_follows_the_extraction_contract() -> None:
    text = "The United States will impose a 32% tariff on Indonesian goods from August 1."
    assert only(text).to_dict() == {
        "imposer": "US", "target": "ID", "sector": None, "kind": "other", "rate_pct": 32.0,
        "previous_rate_pct": None, "status": "announced", "effective_date": "2025-08-01",
        "sentence": text, "start": 0, "end": len(text),
    }


def test_layer_separates_baseline_from_country_rate() -> None:
    text = ("Under Trump's so-called reciprocal tariff regime, nearly every nation has been hit "
            "with a baseline duty of 10 percent, with Japan facing an additional "
            "country-specific tariff of 14 percent for a total rate of 24 percent.")
    layers = {t.layer: t.rate_pct for t in rule_facts(text, PUB).tariffs}
    assert layers == {
        ("US", "*", None, "baseline"): 10.0,
        ("US", "JP", None, "surcharge"): 14.0,
        ("US", "JP", None, "reciprocal"): 24.0,
    }


# --- rules for lists, objects, direction and repeats (normalize.rates docstring) ----------
RULE_CASES = [
    case("Trump announced 25 percent tariffs on goods from Canada and Mexico.",
         ("US", "CA", None, "other", 25.0, None, "announced"),
         ("US", "MX", None, "other", 25.0, None, "announced"), id="goods-from-two-countries"),
    case("Canada imposed 25 percent counter-tariffs on U.S. steel, aluminum and vehicles, as "
         "well as on C$30 billion of other American goods.",
         ("CA", "US", None, "retaliatory", 25.0, None, "in_effect"),
         ("CA", "US", "steel", "retaliatory", 25.0, None, "in_effect"),
         ("CA", "US", "aluminum", "retaliatory", 25.0, None, "in_effect"),
         ("CA", "US", "autos", "retaliatory", 25.0, None, "in_effect"),
         id="sector-list-plus-general-goods"),
    case("Japanese cars remain subject to the 25 percent auto tariff and Japanese steel to the "
         "50 percent metals tariff.",
         ("US", "JP", "autos", "sectoral", 25.0, None, "in_effect"),
         ("US", "JP", "steel", "sectoral", 50.0, None, "in_effect"), id="gapped-clause"),
    case("Beijing answered with a 15% levy on U.S. coal and a 10% levy on crude oil, and later "
         "added duties of 10% and 15% on American farm goods.",
         ("CN", "US", "energy", "retaliatory", 15.0, None, "in_effect"),
         ("CN", "US", "energy", "retaliatory", 10.0, None, "in_effect"),
         ("CN", "US", "agriculture", "retaliatory", 10.0, None, "in_effect"),
         ("CN", "US", "agriculture", "retaliatory", 15.0, None, "in_effect"),
         id="coordinated-rates-share-their-object"),
    case("Trump said he plans to set tariffs of 15% or 20% on most trading partners, up from "
         "the 10% baseline.",
         ("US", "*", None, "baseline", 15.0, 10.0, "proposed"),
         ("US", "*", None, "baseline", 20.0, 10.0, "proposed"),
         id="alternatives-share-the-previous-rate"),
    case("The duty on Japanese cars will be cut to 15 percent from the current 27.5 percent.",
         ("US", "JP", "autos", "sectoral", 15.0, 27.5, "announced"), id="from-the-current"),
    case("The Swiss tariff is higher than the 10 per cent imposed on Britain and the 15 per cent "
         "agreed with the EU.",
         ("US", "GB", None, "other", 10.0, None, "in_effect"),
         ("US", "EU", None, "other", 15.0, None, "agreed"), id="each-rate-its-own-country"),
    case("Mexico would keep paying the 25 percent fentanyl tariff and a 50 percent tariff on "
         "steel and copper.",
         ("US", "MX", None, "other", 25.0, None, "in_effect"),
         ("US", "MX", "steel", "sectoral", 50.0, None, "in_effect"),
         ("US", "MX", "copper", "sectoral", 50.0, None, "in_effect"),
         id="paying-country-is-the-target"),
    case("Germany raised its tariffs on Chinese steel to 30 percent.",
         ("DE", "CN", "steel", "sectoral", 30.0, None, "in_effect"), id="partner-on-third"),
    case("The European Commission proposed a 50 percent tariff on steel imports above quota.",
         ("EU", "*", "steel", "sectoral", 50.0, None, "proposed"), id="partner-on-everyone"),
    case("China will likewise suspend 24 percent of its duties on American goods.",
         ("CN", "US", None, "retaliatory", 24.0, None, "paused"), id="percent-of-its-duties"),
    case("The additional 25 percent penalty on India for buying Russian oil took effect on "
         "Wednesday, doubling the total duty to 50 percent.",
         ("US", "IN", None, "surcharge", 25.0, None, "in_effect"),
         ("US", "IN", None, "total", 50.0, 25.0, "in_effect"), id="reason-country-not-target"),
    case("Japanese beef, which carries a 26.4 percent duty, was charged 41.4 percent after the "
         "error.",
         ("US", "JP", "agriculture", "sectoral", 26.4, None, "in_effect"),
         ("US", "JP", "agriculture", "sectoral", 41.4, None, "in_effect"),
         id="the-sentences-one-sector"),
    case("Orange juice, aircraft and energy products are exempt from the additional 40 percent "
         "duty on Brazil.",
         ("US", "BR", None, "surcharge", 40.0, None, "in_effect"), id="exempt-goods-no-sector"),
    case("UK steel will see its tariff cut to zero under the deal.",
         ("US", "GB", "steel", "sectoral", 0.0, None, "agreed"), id="cut-to-zero"),
    case("Japan's GDP shrank 0.2 percent, and the 24 percent tariff weighed on exports.",
         ("US", "JP", None, "other", 24.0, None, "in_effect"), id="indicator-of-another-number"),
    case("Tariffs cut Toyota's quarterly profit by 37 percent.", id="profit-cut-by"),
    case("Economists now forecast growth at 0.9 per cent, citing the tariffs.",
         id="forecast-growth"),
    case("A 10% tariff applies to all countries, but Japan faces 24%.",
         ("US", "*", None, "other", 10.0, None, "in_effect"),
         ("US", "JP", None, "other", 24.0, None, "in_effect"), id="clause-that-faces-a-rate"),
    case("The 20 percent levy on goods from Canada takes effect immediately.",
         ("US", "CA", None, "other", 20.0, None, "in_effect"), id="immediately-in-effect"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), RULE_CASES)
def test_rules(sentence: str, published: date, expected: list[Row]) -> None:
    assert rows(sentence, published) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("sentence", "effective"),
    [
        ("The 20 percent levy on goods from Canada takes effect immediately.", PUB),
        ("Tariffs on Indian goods will rise to 50 percent on Aug. 27.", date(2025, 8, 27)),
        ("A 50 percent tariff on steel has applied since May 28.", date(2025, 5, 28)),
        ("The 40% duty on Brazilian products is effective in seven days.", date(2025, 6, 9)),
        ("Trump raised the tariff on Chinese goods to 125 percent with effect from Thursday.",
         date(2025, 5, 29)),
        ("China will cut its duties on U.S. goods to 10 percent from 125 percent, with the cuts "
         "taking effect by May 14.", date(2025, 5, 14)),
    ],
)
def test_more_effective_dates(sentence: str, effective: date) -> None:
    assert only(sentence).effective_date == effective


def test_a_list_dated_at_its_end_dates_every_rate() -> None:
    text = ("Tariffs will follow.\n\nLetters set a 30 percent rate for South Africa and 25 percent "
            "for Malaysia, also from August 1.")
    found = {(t.target, t.rate_pct): t.effective_date for t in rule_facts(text, PUB).tariffs}
    assert found == {("ZA", 30.0): date(2025, 8, 1), ("MY", 25.0): date(2025, 8, 1)}


def test_rate_words_count_only_in_a_tariff_article() -> None:
    text = "Japan faces tariffs.\n\nThe new rate for Vietnam will be 20 percent."
    assert rows(text) == [("US", "VN", None, "other", 20.0, None, "announced")]
    assert rows("The new rate for Vietnam will be 20 percent.") == []


def test_a_repeated_rate_is_not_a_new_fact() -> None:
    text = ("Trump announced a 100 percent levy on branded drugs.\n\n"
            "Trump said the 100 percent duty would not apply to companies building plants.")
    assert rows(text) == [("US", "*", "pharmaceuticals", "sectoral", 100.0, None, "announced")]


def test_a_conditional_partner_imposes_nothing() -> None:
    text = ("Japanese goods will face a 25 percent tariff.\n\nThe letter warned that if Japan "
            "raised its own tariffs, the amount would be added on top of the 25 percent.")
    assert [t.imposer for t in rule_facts(text, PUB).tariffs] == ["US"]


def test_a_clause_that_applies_the_higher_rate_to_a_country() -> None:
    text = ("Steel tariffs rise to 50 per cent for most of the world from Wednesday, but British "
            "exporters could face the higher rate from July 9.")
    assert sorted((t.target, t.sector, t.rate_pct, t.status, t.effective_date)
                  for t in rule_facts(text, PUB).tariffs) == [
        ("*", "steel", 50.0, "announced", date(2025, 6, 4)),
        ("GB", "steel", 50.0, "threatened", date(2025, 7, 9)),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Japanese goods will face a 25 percent tariff, Trump said in a letter.", "reciprocal"),
        ("Under the deal, Korean goods will face a 15 percent tariff.", "reciprocal"),
        ("Canada will face a 35 percent tariff after the two sides failed to reach a deal.",
         "other"),
        ("Goods that do not qualify under the U.S.-Mexico-Canada Agreement face a 25 percent "
         "tariff on Mexico.", "other"),
        ("Under the deal, Japanese cars will face a 15 percent tariff.", "sectoral"),
    ],
)
def test_a_country_rate_set_by_a_letter_or_deal_is_reciprocal(sentence: str, kind: str) -> None:
    assert only(sentence).kind == kind


# --- rules added for language beyond the first gold half (normalize.rates docstring) -----
MORE_CASES = [
    # kinds in an article about the reciprocal regime
    case("Under the deal, Korean goods will face a 15 percent tariff, and Mexico will keep "
         "paying 25 percent on goods from its fentanyl case.",
         ("US", "KR", None, "reciprocal", 15.0, None, "agreed"),
         ("US", "MX", None, "other", 25.0, None, "in_effect"),
         id="regime-reciprocal-and-another-basis"),
    case("Vietnam offered to cut its tariffs on American goods to zero.",
         ("VN", "US", None, "other", 0.0, None, "proposed"), id="partner-zero-is-an-offer"),
    case("Japanese rice carries a regular duty of 30 percent.",
         ("US", "JP", "rice", "other", 30.0, None, "in_effect"), id="ordinary-duty-is-other"),
    case("Canadian lumber pays anti-dumping duties of about 20 per cent.",
         ("US", "CA", "lumber", "other", 20.0, None, "in_effect"), id="trade-remedy-is-other"),
    case("The 50 percent rate on Indian goods combines a 25 percent tariff with a 25 percent "
         "penalty.",
         ("US", "IN", None, "total", 50.0, None, "in_effect"),
         ("US", "IN", None, "other", 25.0, None, "in_effect"),
         ("US", "IN", None, "surcharge", 25.0, None, "in_effect"), id="combines-is-a-total"),
    case("A 34% tariff on Chinese goods comes on top of the 20% fentanyl tariff.",
         ("US", "CN", None, "other", 34.0, None, "in_effect"),
         ("US", "CN", None, "other", 20.0, None, "in_effect"), id="on-top-of-marks-the-base"),
    # targets
    case("Japan was threatened with a 25% tariff, while Myanmar and Laos were told they would "
         "face 40%.",
         ("US", "JP", None, "other", 25.0, None, "threatened"),
         ("US", "MM", None, "other", 40.0, None, "threatened"),
         ("US", "LA", None, "other", 40.0, None, "threatened"),
         id="passive-is-no-actor-and-listed-countries"),
    case("India's tariff is higher than the 19% and 20% duties agreed with Indonesia and "
         "Vietnam.",
         ("US", "ID", None, "other", 19.0, None, "agreed"),
         ("US", "VN", None, "other", 20.0, None, "agreed"), id="respectively"),
    case("The tariff would hurt Indian exporters against rivals in Vietnam and Bangladesh, "
         "whose goods face U.S. tariffs of 20%.",
         ("US", "VN", None, "other", 20.0, None, "in_effect"),
         ("US", "BD", None, "other", 20.0, None, "in_effect"), id="whose-goods"),
    case("Trump has threatened a tariff of 100% on chips, which would hit Malaysia's "
         "packaging industry.",
         ("US", "MY", "semiconductors", "sectoral", 100.0, None, "threatened"),
         id="sector-rate-that-hits-a-country"),
    case("It would not be added to the 25% tariff on cars or the 50% tariff on steel already "
         "levied on Japanese products.",
         ("US", "JP", "autos", "sectoral", 25.0, None, "in_effect"),
         ("US", "JP", "steel", "sectoral", 50.0, None, "in_effect"),
         id="participle-after-a-list-of-rates"),
    case("Medicines from Japan will face no more than 15 percent under its tariff deal.",
         ("US", "JP", "pharmaceuticals", "sectoral", 15.0, None, "agreed"),
         id="no-more-than-is-no-comparison"),
    case("The Swiss duty of 39% is higher than the tariff on Italian goods.",
         ("US", "CH", None, "other", 39.0, None, "in_effect"), id="than-separates-countries"),
    case("A rate of 15 percent would put Thailand on par with Japan under the tariffs.",
         ("US", "TH", None, "other", 15.0, None, "announced"),
         ("US", "JP", None, "other", 15.0, None, "announced"), id="on-par-with"),
    case("Indonesian exports are subject to the 10 percent duty that the U.S. applies to "
         "imports from nearly all of its trading partners.",
         ("US", "ID", None, "other", 10.0, None, "in_effect"),
         ("US", "*", None, "other", 10.0, None, "in_effect"), id="relative-clause-all-partners"),
    case("Indian steel remains subject to the 50 percent tariff that Washington applies to "
         "steel from all countries.",
         ("US", "IN", "steel", "sectoral", 50.0, None, "in_effect"),
         id="sector-rate-on-all-that-hits-a-country"),
    case("Trump said countries that do not strike deals would face tariffs of 20%.",
         ("US", "*", None, "baseline", 20.0, None, "threatened"), id="countries-that"),
    case("Factories that supply global brands warned that a 46 percent tariff on Vietnam "
         "would hurt.",
         ("US", "VN", None, "other", 46.0, None, "threatened"), id="global-brands-are-no-partners"),
    case("Shares of Taiwan Semiconductor Manufacturing Co rose after Trump announced a 100% "
         "tariff on imported chips.",
         ("US", "*", "semiconductors", "sectoral", 100.0, None, "announced"),
         id="a-company-name-is-no-country-goods"),
    case("Smaller Taiwanese chipmakers could face the 100% tariff.",
         ("US", "TW", "semiconductors", "sectoral", 100.0, None, "threatened"),
         id="makers-stand-for-their-goods"),
    case("Goods transshipped through Cambodia are charged 40 percent under the tariffs, "
         "Mr. Trump wrote, a provision aimed at Chinese products.",
         ("US", "KH", None, "other", 40.0, None, "in_effect"), id="attribution-ends-a-segment"),
    case("Canada's tariff on goods not covered by the USMCA trade pact rose to 35% from 25% "
         "on May 1.",
         ("US", "CA", None, "other", 35.0, 25.0, "in_effect"),
         id="possessive-tariff-is-the-one-faced"),
    case("China's levies on American products stay at 10 percent.",
         ("CN", "US", None, "retaliatory", 10.0, None, "in_effect"),
         id="possessive-levies-on-us-goods"),
    case("Tariffs on Indian goods are set to rise to 50% on Aug. 27 under an order penalizing "
         "purchases of Russian oil.",
         ("US", "IN", None, "other", 50.0, None, "announced"), id="penalizing-is-a-reason"),
    case("The 10 per cent timber levy applies to imports from all countries.",
         ("US", "*", "lumber", "sectoral", 10.0, None, "in_effect"),
         id="sector-at-the-number-is-the-whole-rate"),
    case("Korean cars pay a 25 percent tariff, and Korean steel and aluminum 50 percent duties.",
         ("US", "KR", "autos", "sectoral", 25.0, None, "in_effect"),
         ("US", "KR", "steel", "sectoral", 50.0, None, "in_effect"),
         ("US", "KR", "aluminum", "sectoral", 50.0, None, "in_effect"),
         id="and-inside-a-list-of-goods"),
    case("The Fed kept its refinancing rate at 4.5% despite the tariffs.",
         id="refinancing-rate"),
    # changes
    case("The 20% tariff on Thai goods, set in an order last week, is down from the 36% "
         "announced in April.",
         ("US", "TH", None, "other", 20.0, 36.0, "in_effect"), id="is-down-from"),
    case("A 20% tariff on Thai goods took effect on Thursday, replacing the 10% baseline rate.",
         ("US", "TH", None, "reciprocal", 20.0, 10.0, "in_effect"), id="replacing-the"),
    case("Goods transshipped through Laos face a 40% tariff instead of 20%.",
         ("US", "LA", None, "other", 40.0, None, "in_effect"),
         ("US", "LA", None, "other", 20.0, None, "in_effect"), id="bare-instead-of-is-no-change"),
    case("A deal would lower the tariff on Indian goods from 50 percent to between 15 and 20 "
         "percent.",
         ("US", "IN", None, "reciprocal", 15.0, 50.0, "agreed"),
         ("US", "IN", None, "reciprocal", 20.0, 50.0, "agreed"), id="from-to-between"),
    case("The extra 40 percent tariff on Brazil, on top of a 10 percent tariff, has raised the "
         "total levy on Brazilian goods to 50 percent.",
         ("US", "BR", None, "surcharge", 40.0, None, "in_effect"),
         ("US", "BR", None, "other", 10.0, None, "in_effect"),
         ("US", "BR", None, "total", 50.0, None, "in_effect"), id="a-total-is-no-change"),
    # statuses
    case("Trump said goods from Thailand would face a 36% tariff from Aug 1.",
         ("US", "TH", None, "other", 36.0, None, "announced"), id="would-face-with-a-date"),
    case("Under the statement, the United States will reduce the tariff on Swiss goods from "
         "39% to 15%.",
         ("US", "CH", None, "other", 15.0, 39.0, "agreed"), id="under-the-statement"),
    case("Lula said that if Washington charged Brazil a 50 percent tariff, Brazil would charge "
         "50 percent on American goods.",
         ("US", "BR", None, "other", 50.0, None, "threatened"),
         ("BR", "US", None, "retaliatory", 50.0, None, "threatened"), id="on-a-condition"),
    case("The 26 per cent tariff on Indian goods announced on April 2, which remains suspended, "
         "weighs on exporters.",
         ("US", "IN", None, "reciprocal", 26.0, None, "paused"), id="closing-which-clause"),
    case("The two sides are nearing an agreement that would lower the tariff on Indian goods "
         "to 15 percent.",
         ("US", "IN", None, "reciprocal", 15.0, None, "proposed"),
         id="nearing-a-deal-proposes"),
    case("Trump signed an order implementing the deal, lowering the tariff on Japanese cars to "
         "15 percent.",
         ("US", "JP", "autos", "sectoral", 15.0, None, "announced"),
         id="an-order-implementing-a-deal-announces"),
    case("Canada faces a 25 percent tariff on goods that do not qualify under the free trade "
         "agreement.",
         ("US", "CA", None, "other", 25.0, None, "in_effect"), id="goods-under-an-agreement"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), MORE_CASES)
def test_more_rules(sentence: str, published: date, expected: list[Row]) -> None:
    assert rows(sentence, published) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Trump announced a 46 percent tariff on Thai goods, but a week later suspended it.",
         "paused"),
        ("The 100 percent tariff on drugs did not take effect; the administration has put the "
         "levy on hold.", "paused"),
        ("At one point the rate on Thai goods was set to rise to 36% under the tariffs, before "
         "Trump suspended the higher rates.", "paused"),
    ],
)
def test_a_later_clause_can_pause_the_rate_before_it(text: str, status: str) -> None:
    assert only(text).status == status


@pytest.mark.parametrize(
    ("sentence", "effective", "status"),
    [
        ("A 25 percent tariff on heavy trucks that Trump said would begin on June 9.",
         date(2025, 6, 9), "announced"),
        ("The 100 percent tariff on drugs did not take effect on Wednesday as planned.",
         None, "in_effect"),
        ("From August 27, Indian goods will face a tariff of 50 per cent.",
         date(2025, 8, 27), "announced"),
        ("Canada's tariff on goods not covered by the USMCA rose to 35% from 25% on May 1.",
         date(2025, 5, 1), "in_effect"),
    ],
)
def test_more_dates(sentence: str, effective: date | None, status: str) -> None:
    mention = only(sentence)
    assert (mention.effective_date, mention.status) == (effective, status)


def test_the_new_duty_of_the_next_sentence_dates_the_rates_before_it() -> None:
    text = ("Trump imposed an additional tariff of 40 percent on Brazilian goods, on top of the "
            "10 percent rate already in place. The new duty takes effect seven days after the "
            "signing, on June 9, rather than on June 6.")
    found = {(t.rate_pct, t.status, t.effective_date) for t in rule_facts(text, PUB).tariffs}
    assert found == {(40.0, "announced", date(2025, 6, 9)), (10.0, "in_effect", None)}


def test_a_layer_named_at_its_number_keeps_its_own_date() -> None:
    text = ("Tariffs rise.\n\nThe U.S. rate combines the 10% baseline with an additional 36% "
            "specific to Thailand, for a total of 46%, and is due to take effect on June 9.")
    found = {t.rate_pct: t.effective_date for t in rule_facts(text, PUB).tariffs}
    assert found == {10.0: None, 36.0: date(2025, 6, 9), 46.0: date(2025, 6, 9)}


def test_goods_that_face_a_percentage_in_a_tariff_article_face_a_rate() -> None:
    text = ("Tariffs on drugs are coming.\n\nMedicines from Japan would face no more than 15 "
            "percent.")
    assert rows(text) == [("US", "JP", "pharmaceuticals", "sectoral", 15.0, None, "agreed")]
    assert rows("Medicines from Japan would face no more than 15 percent.") == []


def test_one_fact_per_rate_of_a_layer_in_an_article() -> None:
    text = ("Under the deal, the tariff on Korean cars will be cut to 15 percent from 25 percent."
            "\n\nKim said the 15 percent tariff on Korean cars would apply from June 9.")
    (mention,) = rule_facts(text, PUB).tariffs
    assert (mention.status, mention.previous_rate_pct, mention.effective_date) == (
        "agreed", 25.0, date(2025, 6, 9),
    )


def test_a_repeat_without_a_kind_of_its_own_is_the_fact_before() -> None:
    text = ("Trump imposed an extra 40 percent tariff on Brazilian goods for a combined levy of "
            "50 percent under the reciprocal regime.\n\n"
            "Exporters said the full 50 percent levy on Brazilian shipments would hurt.")
    found = sorted((t.kind, t.rate_pct) for t in rule_facts(text, PUB).tariffs)
    assert found == [("surcharge", 40.0), ("total", 50.0)]


def test_a_deal_still_to_strike_agrees_nothing() -> None:
    mention = only("Thailand will face a 36% tariff from Aug. 1 unless it strikes a deal, Trump "
                   "wrote in a letter.")
    assert (mention.kind, mention.status) == ("reciprocal", "announced")


def test_a_difference_is_not_a_rate() -> None:
    assert rows("Tariffs bite.\n\nJapanese buyers would face 30% higher prices for cars.") == []


def test_a_rate_to_come_given_in_return_is_agreed() -> None:
    mention = only("In return, Hanoi will give U.S. goods access to its market at zero tariffs.")
    assert (mention.imposer, mention.target, mention.rate_pct, mention.status) == (
        "VN", "US", 0.0, "agreed",
    )


def test_a_sector_rate_on_the_partners_exporters_is_the_partners() -> None:
    text = ("Australia wants a tariff deal with Washington. Australia sells beef and wine. "
            "Our steel and aluminium exporters still pay 50 per cent.")
    assert [(t.imposer, t.target, t.sector) for t in rule_facts(text, PUB).tariffs
            if t.rate_pct == 50.0] == [("US", "AU", "steel"), ("US", "AU", "aluminum")]


def test_a_sector_rate_on_imports_stays_on_everyone() -> None:
    text = ("Australia wants a deal with Washington. Australia sells beef and wine. "
            "Imported steel pays a 50 per cent tariff.")
    assert {(t.target, t.sector) for t in rule_facts(text, PUB).tariffs} == {("*", "steel")}


def test_a_central_bank_rate_and_growth_are_not_tariffs() -> None:
    assert rows("Canada's tariffs hurt, and the Bank of Canada, which cut its key rate to "
                "3 per cent, may cut again.") == []
    assert rows("A 15% tariff on EU goods will shave 0.3% off eurozone growth.") == [
        ("US", "EU", None, "other", 15.0, None, "announced")]


def test_sentences_without_a_country_go_on_about_a_partners_tariffs_on_us_goods() -> None:
    text = ("China's tariff commission decided to impose additional tariffs on goods "
            "originating in the United States. (1) An additional tariff of 15% will be "
            "imposed on chicken and wheat. The US side's measures will not help. "
            "A 10% tariff applies to the rest.")
    found = {(t.imposer, t.target, t.sector, t.rate_pct) for t in rule_facts(text, PUB).tariffs}
    assert ("CN", "US", "agriculture", 15.0) in found
    assert not any(t[0] == "CN" and t[3] == 10.0 for t in found)


# Rules written against the d* gold batch once it was used for development (2026-11-27):
# each sentence is our own, in the shape of a miss that batch showed. Checked on
# (imposer, target, sector, rate, previous rate), plus the status where it was the miss.
Key = tuple[str, str, str | None, float, float | None]
GENERAL_CASES = [
    pytest.param("Malaysian goods will be taxed at 19% when they enter the United States.",
                 "Malaysia gets 19% U.S. tariff", [("US", "MY", None, 19.0, None)],
                 id="taxed-at-under-a-tariff-headline"),
    pytest.param("Swiss exporters started Thursday with a 39 percent US tariff on their goods.",
                 None, [("US", "CH", None, 39.0, None)], id="us-tariff-names-the-imposer"),
    pytest.param("Indonesia's new tariff rate sits just below the 20 percent Vietnam agreed to "
                 "earlier this month.", None, [("US", "VN", None, 20.0, None)],
                 id="the-rate-a-partner-agreed"),
    pytest.param("China hits back with 84% tariffs on all U.S. goods.", None,
                 [("CN", "US", None, 84.0, None)], id="hits-back"),
    pytest.param("Cambodia will face a 19 percent tariff. The rate is down from the 36 percent "
                 "threatened in July.", None, [("US", "KH", None, 19.0, 36.0)],
                 id="old-rate-in-the-next-sentence"),
    pytest.param("Phnom Penh offered to cut its tariffs on US goods from as high as 35 percent "
                 "to 5 percent.", None, [("KH", "US", None, 5.0, 35.0)],
                 id="from-as-high-as"),
    pytest.param("The 25% tariffs on UK steel and aluminium will be removed under the deal, "
                 "with duties on these products falling to zero.", None,
                 [("US", "GB", "steel", 0.0, 25.0), ("US", "GB", "aluminum", 0.0, 25.0)],
                 id="removed-to-zero"),
    pytest.param("Korean cars will be charged 15 percent instead of 25 percent under the deal.",
                 "Korea and US agree on tariff deal", [("US", "KR", "autos", 15.0, 25.0)],
                 id="charged-instead-of"),
    pytest.param("The Sheinbaum administration has asked Congress to raise the tariff on cars "
                 "from China to 50 percent.", None, [("MX", "CN", "autos", 50.0, None)],
                 id="leader-administration-imposes"),
    pytest.param("India faces an extra 25 per cent tariff as a penalty for its purchases of "
                 "Russian oil.", None, [("US", "IN", None, 25.0, None)],
                 id="purchases-are-a-reason"),
    pytest.param("The president authorized a 90-day pause for countries that have not "
                 "retaliated, with a lowered reciprocal tariff of 10%.", None,
                 [("US", "*", None, 10.0, None)], id="countries-are-all-partners"),
    pytest.param("Tokyo's priority remains the 25 percent levy that Washington has charged on "
                 "Japanese cars.", None, [("US", "JP", "autos", 25.0, None)],
                 id="levy-that-x-charged-on"),
    pytest.param("U.S. tariff on Indian goods set to double to 50 per cent over Russian oil.",
                 None, [("US", "IN", None, 50.0, 25.0)], id="over-is-a-reason"),
    pytest.param("Countries that struck deals get lower tariff rates: 15 percent for the European "
                 "Union, Japan and South Korea, and 19 percent for Indonesia and the Philippines.",
                 None, [("US", "EU", None, 15.0, None), ("US", "JP", None, 15.0, None),
                        ("US", "KR", None, 15.0, None), ("US", "ID", None, 19.0, None),
                        ("US", "PH", None, 19.0, None)], id="a-list-after-the-object"),
    pytest.param("Thai and Cambodian goods will face U.S. tariffs of 19%.", None,
                 [("US", "TH", None, 19.0, None), ("US", "KH", None, 19.0, None)],
                 id="listed-demonyms-name-goods"),
    pytest.param("Laos and Myanmar, two of the region's poorest countries, were handed 40%.",
                 "New US tariff rates", [("US", "LA", None, 40.0, None),
                                         ("US", "MM", None, 40.0, None)], id="handed-a-rate"),
    pytest.param("A 20 percent tariff on Taiwanese goods took effect. The Presidential Office "
                 "called the 20-percent figure temporary and wants a rate closer to the 15 "
                 "percent secured by Japan and South Korea.", None,
                 [("US", "TW", None, 20.0, None), ("US", "JP", None, 15.0, None),
                  ("US", "KR", None, 15.0, None)],
                 id="a-country-held-by-a-later-rate"),
    # written against the e* batch once it was measured and used for development
    pytest.param("Argentina will eliminate import duties on U.S. farm products under the "
                 "framework.", None, [("AR", "US", "agriculture", 0.0, None)],
                 id="pledge-to-eliminate-duties-is-zero"),
    pytest.param("Mexican-built automobiles still pay 25 percent on their non-U.S. content.",
                 "US tariffs on Mexico", [("US", "MX", "autos", 25.0, None)],
                 id="non-us-names-no-country"),
    pytest.param("Korean copper pipes and wire will face the same 50 percent tariff from Friday.",
                 None, [("US", "KR", "copper", 50.0, None)], id="and-inside-the-subject"),
    pytest.param("Under the same order, Vietnam and Sri Lanka were set at 20 percent, Pakistan at "
                 "19 percent and India at 25 percent.", "New US tariff rates",
                 [("US", "VN", None, 20.0, None), ("US", "LK", None, 20.0, None),
                  ("US", "PK", None, 19.0, None), ("US", "IN", None, 25.0, None)],
                 id="were-set-at-is-passive"),
    pytest.param("For once the news was dull: Norway stays at 15%.", "Norway tariff unchanged",
                 [("US", "NO", None, 15.0, None)], id="stays-at"),
    pytest.param("Japan's economy contracted at an annualized rate of 0.7 percent, while Labour "
                 "is polling around 27%.", "Tariffs bite", [], id="annualized-rate-and-polls"),
    pytest.param("The United States doubled its tariffs on imported steel to 50 percent. The "
                 "higher rate, up from 25 percent, kicked in on Wednesday.", None,
                 [("US", "*", "steel", 50.0, 25.0)], id="the-higher-rate-up-from"),
    pytest.param("A 20% U.S. tariff on Taiwanese goods took effect on Thursday, lower than the "
                 "32% Washington had announced in April.", None,
                 # (the rate compared is a fact of its own, as GUIDELINES says of "below")
                 [("US", "TW", None, 20.0, 32.0), ("US", "TW", None, 32.0, None)],
                 id="lower-than-the-old-rate"),
    pytest.param("New Zealand exporters will pay a 15 per cent tariff on goods sold into the "
                 "United States.", None, [("US", "NZ", None, 15.0, None)],
                 id="where-goods-go-is-no-party"),
    pytest.param("Australia, which buys more from the US than it sells there, remained on the 10 "
                 "per cent baseline.", None, [("US", "AU", None, 10.0, None)],
                 id="the-baseline-is-a-tariff-word"),
    pytest.param("Mexico's government proposed on Wednesday raising tariffs on cars imported from "
                 "China to 50% from 20%.", None, [("MX", "CN", "autos", 50.0, 20.0)],
                 id="a-government-imposes-on-goods-imported-from"),
    pytest.param("The White House warned that UK steel could be raised to 50 per cent from 9 "
                 "July.", "US tariffs on Britain", [("US", "GB", "steel", 50.0, None)],
                 id="raised-to-in-a-tariff-article"),
    # written against the f* batch once it was measured and used for development
    pytest.param("Japanese shipments of both metals pay 50%, raised from 25% on June 4.",
                 "US tariffs on Japan", [("US", "JP", "steel", 50.0, 25.0),
                                         ("US", "JP", "aluminum", 50.0, 25.0)],
                 id="both-metals-raised-from"),
    pytest.param("Most fresh tomatoes exported from Mexico to the United States are subject to "
                 "an anti-dumping duty of 17.09%.", None,
                 [("US", "MX", "agriculture", 17.09, None)], id="tomatoes-are-farm-goods"),
    pytest.param("Britain walked away with 10 per cent in May; the EU and Japan settled at 15 per "
                 "cent in July.", "Swiss tariff", [("US", "GB", None, 10.0, None),
                                                   ("US", "EU", None, 15.0, None),
                                                   ("US", "JP", None, 15.0, None)],
                 id="walked-away-with-and-settled-at"),
    pytest.param("Thailand's tariff rate is 19 percent. That rate was cut in late July from 36 "
                 "percent.", None, [("US", "TH", None, 19.0, 36.0)],
                 id="that-rate-was-cut-from"),
    pytest.param("Australian steel pays 50 per cent after Trump doubled the levy from 25 per "
                 "cent. The central bank held its reference rate at 4.25%.", None,
                 [("US", "AU", "steel", 50.0, 25.0)], id="doubled-the-levy-from"),
    pytest.param("India was handed 25 percent, plus a penalty over its Russian oil purchases, so "
                 "Pakistani exporters see an opening in textiles.", "New US tariffs",
                 [("US", "IN", None, 25.0, None)], id="a-consequence-lends-no-sector"),
    pytest.param("China said it would adjust its countermeasures, and the matching 24% that "
                 "Beijing imposed on U.S. goods remains on hold.", "US China tariff truce",
                 [("CN", "US", None, 24.0, None)], id="the-rate-that-a-partner-imposed"),
    pytest.param("China's exporters heard that Washington's 24% reciprocal add-on, suspended "
                 "since May, will stay suspended for another year.", "US China tariff truce",
                 [("US", "CN", None, 24.0, None)], id="an-add-on-is-a-rate"),
    # written against the g* batch once it was measured and used for development
    pytest.param("Trump wrote that Indonesia would pay 19 percent on goods it ships to the United "
                 "States.", "US tariff", [("US", "ID", None, 19.0, None)],
                 id="ships-the-verb-is-no-sector"),
    pytest.param("Indonesian makers of palm oil, sneakers and clothing said Wednesday they could "
                 "live with the 19 percent tariff, down from 32 percent.", None,
                 [("US", "ID", None, 19.0, 32.0)], id="a-list-of-trades-is-a-business"),
    pytest.param("Cambodia will face a 36 percent tariff. The rate, set out in a letter to Prime "
                 "Minister Hun Manet, is down from the 49 percent Trump announced in April.",
                 None, [("US", "KH", None, 36.0, 49.0)], id="the-rate-apposition-down-from"),
    pytest.param("Bangladesh and Vietnam, the two biggest garment suppliers to the US after "
                 "China, now face a 20% tariff.", None,
                 [("US", "BD", None, 20.0, None), ("US", "VN", None, 20.0, None)],
                 id="a-yardstick-country-is-no-party"),
    pytest.param("Israel now pays a 15% tariff. The shekel firmed 0.3% and the Bank of "
                 "Israel has held its key rate at 4.5%.", None,
                 [("US", "IL", None, 15.0, None)], id="currency-moves-and-key-rates"),
    pytest.param("Vietnam now pays a 20% tariff. Laos and Myanmar were hit with 40 percent.",
                 None, [("US", "VN", None, 20.0, None), ("US", "LA", None, 40.0, None),
                        ("US", "MM", None, 40.0, None)], id="hit-with-a-rate"),
    pytest.param("Vietnam, the largest foreign supplier of wooden furniture to the U.S., has "
                 "been paying a 20% tariff.", None, [("US", "VN", None, 20.0, None)],
                 id="what-a-country-sells-said-in-passing-is-no-sector"),
    pytest.param("The rate on upholstered furniture will rise to 30%, and the tariff on "
                 "kitchen cabinets and vanities to 50%.", None,
                 [("US", "*", "lumber", 30.0, None), ("US", "*", "lumber", 50.0, None)],
                 id="furniture-and-cabinets-are-the-lumber-action"),
    pytest.param("Israeli goods pay a 15% tariff, down two percentage points from the "
                 "17-percent rate Trump announced in April.", None,
                 [("US", "IL", None, 15.0, 17.0)], id="down-points-from-the-old-rate"),
    pytest.param("Malaysian goods pay the 19 per cent tariff that has applied since 7 August, "
                 "when it replaced the 25 per cent rate Trump had set in July.", None,
                 [("US", "MY", None, 19.0, 25.0)], id="when-it-replaced-the-old-rate"),
    pytest.param("Switzerland faces a 39 per cent tariff from Thursday. The rate replaces the "
                 "10 per cent baseline that Swiss exporters have paid since April.", None,
                 [("US", "CH", None, 39.0, 10.0)], id="the-rate-replaces-the-old-one"),
    pytest.param("Taiwanese shipments go on paying the 10 percent baseline tariff that "
                 "Washington imposed on almost all of its trading partners in April.", None,
                 [("US", "TW", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="washington-imposing-in-a-relative-clause"),
    pytest.param("Trump said imported heavy-duty trucks would be taxed at 25% from Oct. 1, a move "
                 "that could hurt Sweden's Volvo and Germany's Daimler Truck.", None,
                 [("US", "*", "trucks", 25.0, None)], id="a-move-that-hurts-is-no-target"),
    pytest.param("Modi, whose exporters have paid a combined 50 percent U.S. tariff since late "
                 "August, said talks were making progress.", None,
                 [("US", "IN", None, 50.0, None)], id="a-leader-whose-exporters-pay"),
    pytest.param("Beijing has kept extra duties of 10% to 15% on American farm products since "
                 "March 10.", None, [("CN", "US", "agriculture", 10.0, None),
                                     ("CN", "US", "agriculture", 15.0, None)],
                 id="duties-of-a-range-kept-by-a-partner"),
    pytest.param("Beijing's retaliatory tariffs of 10-15 percent on U.S. farm goods remain in "
                 "force.", None, [("CN", "US", "agriculture", 10.0, None),
                                  ("CN", "US", "agriculture", 15.0, None)],
                 id="a-hyphenated-range"),
    pytest.param("Thailand agreed to eliminate tariffs on about 99 percent of the goods it "
                 "imports from the United States.", None, [("TH", "US", None, 0.0, None)],
                 id="eliminating-tariffs-on-a-share-of-goods"),
    pytest.param("Indonesia will eliminate import tariffs on approximately 99 per cent of United "
                 "States products across all sectors, including agricultural, health, seafood "
                 "and chemical products.", None, [("ID", "US", None, 0.0, None)],
                 id="goods-of-many-kinds-are-no-sector"),
    pytest.param("The deal cuts US tariffs on British cars from 27.5% to 10% for a quota of "
                 "100,000 vehicles a year, a boost for makers such as Jaguar Land Rover, Aston "
                 "Martin and Bentley.", None, [("US", "GB", "autos", 10.0, 27.5)],
                 id="a-list-in-an-aside-keeps-the-sector"),
    pytest.param("Pharmaceuticals made in the UK will enter the United States tariff-free for at "
                 "least three years under the agreement.", None,
                 [("US", "GB", "pharmaceuticals", 0.0, None)], id="tariff-free-is-zero"),
    pytest.param("Goods that meet the rules of the Canada-United States-Mexico Agreement still "
                 "cross the border duty-free.", None, [], id="duty-free-under-the-pact-is-no-fact"),
    pytest.param("Around 85% of Mexican goods enter the United States duty-free.", None, [],
                 id="a-share-of-trade-moving-duty-free-is-no-fact"),
    pytest.param("Israel faces a 17% tariff. Neighboring Jordan was also set at 15%, "
                 "down from 20%.", None, [("US", "IL", None, 17.0, None),
                                          ("US", "JO", None, 15.0, 20.0)],
                 id="jordan-was-also-set-at"),
    pytest.param("Trump sent tariff letters on Monday. Brunei was told to expect 25 percent from "
                 "Aug. 1, Sri Lanka 30 percent and Brazil 50 percent.", None,
                 [("US", "BN", None, 25.0, None), ("US", "LK", None, 30.0, None),
                  ("US", "BR", None, 50.0, None)], id="told-to-expect-and-gapped-list"),
    pytest.param("Indonesia's tariff is 19 percent. Vietnam, Indonesia's main rival for "
                 "sportswear orders, secured a deal at 20 percent.", None,
                 [("US", "ID", None, 19.0, None), ("US", "VN", None, 20.0, None)],
                 id="a-rival-named-in-an-aside-is-no-party"),
    pytest.param("The statement leaves the 50% U.S. duty on European steel and aluminium in "
                 "place.", None, [("US", "EU", "steel", 50.0, None),
                                  ("US", "EU", "aluminum", 50.0, None)],
                 id="a-us-duty-on-goods"),
    pytest.param("Britain's car quota is 100,000 vehicles at a 10% tariff. Cars above that "
                 "ceiling will still pay 27.5 per cent.", None,
                 [("US", "GB", "autos", 10.0, None), ("US", "GB", "autos", 27.5, None)],
                 id="above-the-partners-quota"),
    pytest.param("The tariff deal leaves metals out. UK steel and aluminium still face 25%, "
                 "half the 50% that Washington charges "
                 "every other supplier.", None,
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="half-the-rate-on-the-same-goods-of-every-other-supplier"),
    pytest.param("Malaysia pays a 19% tariff. Cambodia, which signed a similar pact, keeps a "
                 "19 per cent rate.", None,
                 [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None)],
                 id="a-country-keeping-a-rate-faces-it"),
    pytest.param("Beijing will keep a 10 per cent retaliatory tariff on all US goods.", None,
                 [("CN", "US", None, 10.0, None)], id="keeping-a-tariff-on-us-goods-imposes-it"),
    pytest.param("Norway now faces a 15 per cent tariff. It replaced the 10 per cent rate that "
                 "had applied earlier in the year.", None, [("US", "NO", None, 15.0, 10.0)],
                 id="it-replaced-the-old-rate"),
    pytest.param("UK steel and aluminium still pay a 25pc tariff, and British cars 10pc.", None,
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "GB", "autos", 10.0, None)], id="british-pc"),
    pytest.param("Algeria, whose sales to the US are mostly oil and gas, is charged a 30% tariff "
                 "from today.", None, [("US", "DZ", None, 30.0, None)],
                 id="whose-sales-lend-no-sector"),
    pytest.param("Tunisian exporters, olive oil and dates among them, face a 25% tariff.", None,
                 [("US", "TN", None, 25.0, None)], id="an-aside-among-them-lends-no-sector"),
    pytest.param("New US tariffs took effect. Moroccan goods keep paying 10%, and Turkey moves "
                 "to 15% today from 10%.", None,
                 [("US", "MA", None, 10.0, None), ("US", "TR", None, 15.0, 10.0)],
                 id="moves-to-a-rate-today-from-the-old-one"),
    pytest.param("Swiss exports face a 39% tariff, among the highest of the rates of 10% to 41% "
                 "that the US applies to its trading partners.", None,
                 [("US", "CH", None, 39.0, None), ("US", "*", None, 10.0, None),
                  ("US", "*", None, 41.0, None)], id="rates-the-us-applies-to-its-partners"),
    pytest.param("China has kept tariffs of 15% on US coal and liquefied natural gas and 10% on "
                 "crude oil since February 10.", None,
                 [("CN", "US", "energy", 15.0, None), ("CN", "US", "energy", 10.0, None)],
                 id="a-partners-list-of-rates-on-us-goods"),
    pytest.param("Indian shrimp already carried a US anti-dumping duty of 2.49 per cent.", None,
                 [("US", "IN", "agriculture", 2.49, None)], id="shrimp-is-a-farm-good"),
    pytest.param("EU governments approved duties of 10 or 25 per cent on US goods.", None,
                 [("EU", "US", None, 10.0, None), ("EU", "US", None, 25.0, None)],
                 id="ten-or-twenty-five-per-cent"),
    pytest.param("The EU tariff deal is fragile. In May Trump floated 50 per cent on the bloc.",
                 None, [("US", "EU", None, 50.0, None)], id="floated-a-rate"),
    pytest.param("Why Brussels has frozen its list of counter-tariffs of up to 30pc", None,
                 [("EU", "US", None, 30.0, None)], id="brussels-froze-its-counter-tariffs"),
    pytest.param("Australia still lets American goods in with no tariffs at all.", None,
                 [("AU", "US", None, 0.0, None)], id="with-no-tariffs-at-all"),
    pytest.param("Embraer jumps 11% as jets escape Trump's 50% tariff on Brazil", None,
                 [("US", "BR", None, 50.0, None)], id="a-share-price-jump-is-no-rate"),
    pytest.param("Brazil faces a 50% tariff. The central bank's monetary policy committee held "
                 "the Selic rate at 15%.", None, [("US", "BR", None, 50.0, None)],
                 id="the-selic-rate-is-no-tariff"),
    pytest.param("Britain's car quota is 100,000 vehicles at a 10% tariff. Vehicles beyond the "
                 "quota still pay 27.5%, although the UK sent just over 100,000 cars last year.",
                 None, [("US", "GB", "autos", 10.0, None), ("US", "GB", "autos", 27.5, None)],
                 id="beyond-the-quota-with-a-country-in-another-clause"),
    pytest.param("Britain faces a 10% tariff. The Bank of England cut its base rate to 4% in "
                 "August.", None, [("US", "GB", None, 10.0, None)], id="a-base-rate-is-no-tariff"),
    pytest.param("The federal government removed Canada's counter-tariffs on U.S. goods that are "
                 "CUSMA-compliant.", None, [("CA", "US", None, 0.0, None)],
                 id="removed-canadas-counter-tariffs"),
    pytest.param("Steel mills in Sault Ste. Marie have paid a 50 per cent U.S. tariff on steel "
                 "since June, when Washington doubled it from 25 per cent.", None,
                 [("US", "*", "steel", 50.0, 25.0)], id="doubled-it-from-the-old-rate"),
    pytest.param("Ottawa charges a 50 per cent surtax on above-quota steel.", None,
                 [("CA", "*", "steel", 50.0, None)], id="a-surtax-is-a-tariff"),
    pytest.param("The text, agreed after Trump set the 19% rate in July, commits Jakarta to remove "
                 "tariffs on more than 99% of American goods.", None,
                 [("US", "ID", None, 19.0, None), ("ID", "US", None, 0.0, None)],
                 id="removing-tariffs-on-a-share-beside-a-rate"),
    pytest.param("A Vietnamese factory will pay a 25% tariff on an upholstered sofa.", None,
                 [("US", "VN", "lumber", 25.0, None)], id="an-upholstered-sofa-is-lumber"),
    pytest.param("Argentine beef will no longer pay a 10 percent U.S. tariff.", None,
                 [("US", "AR", "agriculture", 0.0, 10.0)], id="no-longer-pay-is-a-removal"),
    pytest.param("The 10 per cent tariff Trump placed on Australian beef in April has been "
                 "scrapped.", None, [("US", "AU", "agriculture", 0.0, 10.0)],
                 id="the-rate-then-its-removal"),
    pytest.param("The 25 percent tariff on Canadian steel was lifted to 50 percent in June.",
                 None, [("US", "CA", "steel", 50.0, 25.0)], id="lifted-to-is-a-raise"),
    pytest.param("Guatemala and El Salvador will keep paying a 10% tariff on most of their "
                 "exports to the United States.", None,
                 [("US", "GT", None, 10.0, None), ("US", "SV", None, 10.0, None)],
                 id="their-exports-are-all-the-subjects"),
    pytest.param("Trump unveiled his tariffs on April 2, with Cambodia at 49% and Laos at 48%.",
                 None, [("US", "KH", None, 49.0, None), ("US", "LA", None, 48.0, None)],
                 id="with-a-country-at-a-rate"),
    pytest.param("Asian rivals pay more: Cambodia 19%, and Vietnam and Bangladesh 20% each.",
                 "New US tariffs take effect", [("US", "KH", None, 19.0, None),
                                                 ("US", "VN", None, 20.0, None),
                                                 ("US", "BD", None, 20.0, None)],
                 id="a-country-then-its-rate-in-a-tariff-article"),
    pytest.param("Australian goods still face the 10 per cent baseline tariff.", None,
                 [("US", "AU", None, 10.0, None)], id="the-baseline-tied-to-a-country"),
    pytest.param("The EU currently faces the 10 percent baseline tariff that applies to most "
                 "US trading partners.", None,
                 [("US", "EU", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="the-baseline-tied-and-on-all"),
    pytest.param("The 10 percent baseline tariff applies to imports from all countries.", None,
                 [("US", "*", None, 10.0, None)], id="the-baseline-on-all"),
    pytest.param("Egypt and Morocco, which also ship citrus to American ports, pay only the 10% "
                 "baseline.", None,
                 [("US", "EG", None, 10.0, None), ("US", "MA", None, 10.0, None)],
                 id="the-baseline-of-a-subject-before-its-relative-clause"),
    pytest.param("• Steel and aluminum: 50 per cent, doubled in June, applied in full to Canadian "
                 "mills and smelters.", "What the tariffs cost Canada",
                 [("US", "CA", "steel", 50.0, None), ("US", "CA", "aluminum", 50.0, None)],
                 id="a-sector-colon-rate-list-entry"),
    pytest.param("India pays 50 per cent. Goods from Bangladesh and Vietnam, India's main rivals "
                 "in garments, pay 20 per cent.", "India's tariff",
                 [("US", "IN", None, 50.0, None), ("US", "BD", None, 20.0, None),
                  ("US", "VN", None, 20.0, None)], id="rivals-in-a-trade-are-no-sector"),
    pytest.param("Canada pays a 35% tariff. And the extra ten per cent the President threatened "
                 "two days later has never been applied.", None,
                 [("US", "CA", None, 35.0, None), ("US", "CA", None, 10.0, None)],
                 id="an-extra-rate-in-a-tariff-article"),
    pytest.param("Canada imposed counter-tariffs on US goods in March. Ottawa dropped most of them "
                 "on September first but kept twenty-five per cent on American steel.", None,
                 # (the rest dropped is a zero, as the gold of j24 and k14 reads it)
                 [("CA", "US", "steel", 25.0, None), ("CA", "US", None, 0.0, None)],
                 id="kept-a-rate-in-words"),
    pytest.param("China, still the biggest supplier of clothing to America, pays an extra 30 "
                 "percent.", "Bangladesh tariff", [("US", "CN", None, 30.0, None)],
                 id="an-appositive-after-an-adverb-names-no-sector"),
    pytest.param("Cambodia faces a 36% tariff. \"If it stays at thirty-six percent, orders will go "
                 "to Vietnam and Indonesia,\" said a manager at a Chinese-owned factory.", None,
                 [("US", "KH", None, 36.0, None)],
                 id="where-orders-go-and-who-owns-a-factory-name-no-party"),
    pytest.param("South Africa, which surrounds Lesotho and supplies much of its fabric, faces 30 "
                 "per cent tariffs.", None, [("US", "ZA", None, 30.0, None)],
                 id="the-subject-not-the-country-of-its-relative-clause"),
    pytest.param("China faces a 104% tariff. When Washington raised its own rate again, Beijing "
                 "went to 84%, effective April 10.", None,
                 [("US", "CN", None, 104.0, None), ("CN", "US", None, 84.0, None)],
                 id="a-capital-that-went-to-a-rate-imposes-it"),
    pytest.param("Trump has also said imported drugs could face tariffs as high as 250%, a threat "
                 "that matters less for Taiwan than for Switzerland.", None,
                 [("US", "*", "pharmaceuticals", 250.0, None)],
                 id="a-threat-that-matters-for-a-country-is-not-on-it"),
    pytest.param("Mexico has also taken note of the 50% tariff on copper that the United States "
                 "has announced.", None, [("US", "*", "copper", 50.0, None)],
                 id="a-sector-rate-a-country-only-notes-is-on-all"),
    pytest.param("Canberra is disappointed by the decision to double US tariffs on steel to 50 "
                 "per cent, including on products from Australia.", None,
                 [("US", "AU", "steel", 50.0, 25.0)], id="including-on-products-from"),
    pytest.param("Cambodia pledged to scrap tariffs on all US industrial and agricultural goods.",
                 None, [("KH", "US", None, 0.0, None)],
                 id="industrial-and-farm-goods-are-all-goods"),
    pytest.param("Beef shipped within the quota pays little more than the 10 percent baseline "
                 "tariff that Argentine goods have faced since April.", None,
                 [("US", "AR", None, 10.0, None)], id="the-baseline-is-on-all-goods"),
    pytest.param("Chilean goods outside the copper sector keep paying the 10 percent tariff.", None,
                 [("US", "CL", None, 10.0, None)], id="outside-a-sector-is-no-sector"),
    pytest.param("Mexico's Congress, meanwhile, is weighing a government proposal to raise tariffs "
                 "on Chinese cars to as much as 50%.", None, [("MX", "CN", "autos", 50.0, None)],
                 id="a-congress-weighing-a-proposal-imposes"),
    pytest.param("Vietnam faces a 20% tariff. Thailand and Cambodia, which were told in July "
                 "they would pay 36 percent, now face 19 percent.", None,
                 [("US", "VN", None, 20.0, None), ("US", "TH", None, 36.0, None),
                  ("US", "KH", None, 36.0, None), ("US", "TH", None, 19.0, None),
                  ("US", "KH", None, 19.0, None)], id="rates-in-and-after-a-subjects-clause"),
    pytest.param("Taiwan faces a 20% tariff. The cut still leaves the island behind Japan and "
                 "South Korea, "
                 "which each secured a 15 percent rate.", None,
                 [("US", "TW", None, 20.0, None), ("US", "JP", None, 15.0, None),
                  ("US", "KR", None, 15.0, None)], id="which-each-secured"),
    pytest.param("The Philippines faces a 19% tariff. It remains above the 17 percent the "
                 "Philippines was assigned on April 2.", None,
                 [("US", "PH", None, 19.0, None), ("US", "PH", None, 17.0, None)],
                 id="the-rate-a-country-was-assigned"),
    pytest.param("Canada faces a 35% tariff. Mexico, which never retaliated, won an extension "
                 "that keeps its non-qualifying goods at 25% rather than the 30% Trump had "
                 "threatened.", None,
                 [("US", "CA", None, 35.0, None), ("US", "MX", None, 25.0, None),
                  ("US", "MX", None, 30.0, None)], id="keeps-its-goods-at"),
    pytest.param("European cars pay 15% tariffs. That is a better outcome than the 30 per cent "
                 "Donald Trump threatened in a July letter.", None,
                 [("US", "EU", "autos", 15.0, None), ("US", "EU", None, 30.0, None)],
                 id="the-rate-trump-threatened"),
    pytest.param("Pakistan pays 19% tariffs. Trump said countries without deals could end up "
                 "paying somewhere between 15 and 20 percent.", None,
                 [("US", "PK", None, 19.0, None), ("US", "*", None, 15.0, None),
                  ("US", "*", None, 20.0, None)], id="paying-somewhere-between"),
    pytest.param("British carmakers will pay tariffs of 10% instead of 27.5% from today.",
                 None, [("US", "GB", "autos", 10.0, 27.5)], id="pay-a-rate-instead-of-the-old"),
    pytest.param("India pays 50pc tariffs. Exporters have lost orders to Bangladesh and Vietnam, "
                 "which pay 20pc.", None,
                 [("US", "IN", None, 50.0, None), ("US", "BD", None, 20.0, None),
                  ("US", "VN", None, 20.0, None)], id="which-pay-20pc"),
    pytest.param("Switzerland pays 39 per cent tariffs. Only Brazil and India, both at 50 per "
                 "cent, "
                 "were paying more.", None,
                 [("US", "CH", None, 39.0, None), ("US", "BR", None, 50.0, None),
                  ("US", "IN", None, 50.0, None)], id="both-at-a-rate"),
    pytest.param("Parcels now owe the tariffs. That is 15 percent for goods from the European "
                 "Union and 20 percent for Vietnam.", None,
                 [("US", "EU", None, 15.0, None), ("US", "VN", None, 20.0, None)],
                 id="a-rate-for-a-country-list"),
    pytest.param("India pays 50pc tariffs. The economy grew a stronger-than-expected 8.2pc.", None,
                 [("US", "IN", None, 50.0, None)], id="stronger-than-expected-growth"),
    pytest.param("Traders digested Trump's decision to exempt coffee, beef and bananas from the "
                 "reciprocal tariffs he has imposed on most countries.", None,
                 [("US", "*", "agriculture", 0.0, None)],
                 id="goods-exempted-from-tariffs-pay-zero"),
    pytest.param("The two sides will also exempt a list of strategic products from tariffs, "
                 "including aircraft.", None, [], id="an-exemption-of-no-sector-of-ours"),
    pytest.param("China will stop charging the extra duties of up to 15% on American farm goods "
                 "from Monday.", None, [("CN", "US", "agriculture", 0.0, 15.0)],
                 id="stop-charging-is-a-removal"),
    pytest.param("The EU will eliminate tariffs on all US industrial goods, including its 10% duty "
                 "on US cars.", None, [("EU", "US", "autos", 0.0, 10.0)],
                 id="eliminate-tariffs-including-its-rate"),
    pytest.param("Tokyo wants Washington to stop charging Japan's 15 percent reciprocal tariff in "
                 "addition to existing duties.", None, [("US", "JP", None, 15.0, None)],
                 id="stop-stacking-is-no-removal"),
    pytest.param("Ecuador will eliminate tariffs on U.S. tree nuts, fresh fruit, pulses, wheat "
                 "and wine.", None, [("EC", "US", "agriculture", 0.0, None)],
                 id="tree-nuts-and-pulses-are-farm-goods"),
    pytest.param("South Africa's vehicle exports, mostly from East London and Rosslyn, pay the "
                 "25 percent car tariff.", None, [("US", "ZA", "autos", 25.0, None)],
                 id="east-london-is-no-london"),
    pytest.param("Lesotho pays fifteen percent tariffs. Brazil and India end up at fifty "
                 "percent.", None,
                 [("US", "LS", None, 15.0, None), ("US", "BR", None, 50.0, None),
                  ("US", "IN", None, 50.0, None)], id="end-up-at-a-rate"),
    pytest.param("NZ lands on 15pc tariff as Australia keeps 10pc.", None,
                 [("US", "NZ", None, 15.0, None), ("US", "AU", None, 10.0, None)],
                 id="nz-is-new-zealand"),
    pytest.param("New Zealand pays a 15% tariff. The Reserve Bank reviews the OCR on 20 August; "
                 "economists expect a cut to 3 per cent.", None,
                 [("US", "NZ", None, 15.0, None)], id="a-central-bank-rate-is-no-tariff"),
    pytest.param("China pays 30% tariffs. Traders put the chance that the court upholds the "
                 "tariffs at about 30%, down from 40% last week.", None,
                 [("US", "CN", None, 30.0, None)], id="the-odds-of-a-ruling-are-no-rate"),
    pytest.param("Vietnam pays a 20% tariff. That is far better than the 46 percent we were "
                 "handed in April.", None,
                 [("US", "VN", None, 20.0, None), ("US", "VN", None, 46.0, None)],
                 id="the-rate-we-were-handed"),
    pytest.param("Manila pays a 19% tariff. It is below the 20 per cent set out in the letter, but "
                 "above the 17 per cent announced on 2 April.", None,
                 [("US", "PH", None, 19.0, None), ("US", "PH", None, 20.0, None),
                  ("US", "PH", None, 17.0, None)], id="the-rate-set-out-in-a-letter"),
    pytest.param("Malaysia moves to 25% from 24%, while Kazakhstan drops to 25% from 27% and "
                 "Tunisia to 25% from 28%.", "Trump's tariff letters", [
                     ("US", "MY", None, 25.0, 24.0), ("US", "KZ", None, 25.0, 27.0),
                     ("US", "TN", None, 25.0, 28.0)], id="a-country-that-drops-to-a-rate-faces-it"),
    pytest.param("Taiwan faces a 32% tariff. Vietnam, where many Taiwanese firms have moved "
                 "production, was hit with 46%.", None,
                 [("US", "TW", None, 32.0, None), ("US", "VN", None, 46.0, None)],
                 id="a-subject-before-its-where-clause"),
    pytest.param("Canada's tariff rises to 35pc. Goods judged to have been transshipped to dodge "
                 "the "
                 "new rates face an extra 40pc.", None,
                 [("US", "CA", None, 35.0, None), ("US", "*", None, 40.0, None)],
                 id="transshipped-goods-from-anywhere"),
    pytest.param("China was assigned a 34 percent reciprocal tariff on top of the 20 percent it "
                 "already pays, for a combined 54 percent, and Vietnam, a rival for furniture "
                 "assembly, 46 percent.", None,
                 [("US", "CN", None, 34.0, None), ("US", "CN", None, 20.0, None),
                  ("US", "CN", None, 54.0, None), ("US", "VN", None, 46.0, None)],
                 id="the-country-of-the-rates-own-clause"),
    pytest.param("India faces a 26% reciprocal tariff that Trump has suspended while talks "
                 "continue, and pays the 10% baseline in the meantime.", None,
                 [("US", "IN", None, 26.0, None), ("US", "IN", None, 10.0, None)],
                 id="the-subject-pays-the-baseline-in-the-meantime"),
    pytest.param("India pays 50 per cent tariffs. It should aim for a rate close to the 19 and 20 "
                 "per cent that Indonesia and Vietnam pay.", None,
                 [("US", "IN", None, 50.0, None), ("US", "ID", None, 19.0, None),
                  ("US", "VN", None, 20.0, None)], id="the-19-and-20-per-cent-share-a-unit"),
    pytest.param("Iraq faces a 35% tariff. Amman drops to 15% from 20%, the best outcome of any "
                 "Arab state.", None,
                 [("US", "IQ", None, 35.0, None), ("US", "JO", None, 15.0, 20.0)],
                 id="a-capital-drops-to-a-rate"),
    pytest.param("Korea pays 15% tariffs. Lee's approval rating rose to 57 percent in a poll.",
                 None, [("US", "KR", None, 15.0, None)], id="an-approval-rating-that-rose-to"),
    pytest.param("A German or Italian machine builder pays fifteen percent tariffs under the EU "
                 "deal.", None, [("US", "EU", None, 15.0, None)],
                 id="a-member-states-goods-pay-the-blocs-rate"),
    pytest.param("Commerce proposed an anti-dumping duty of 91.74 per cent on Italian pasta.", None,
                 [("US", "IT", "agriculture", 91.74, None)],
                 id="an-anti-dumping-duty-on-one-member-state"),
    pytest.param("Japan faces a 24% tariff. The IMF's forecasts for next year: Japan 0.7%, "
                 "South Korea 1.0%, Vietnam 6.5%.", None,
                 [("US", "JP", None, 24.0, None)], id="a-list-of-forecasts-is-no-rate"),
    pytest.param("Thai-built cars still face the 25% tariff that Washington charges on "
                 "imported vehicles.", None, [("US", "TH", "autos", 25.0, None)],
                 id="a-countrys-goods-face-a-rate-on-all-imports"),
    pytest.param("Exporters have paid a 25 per cent US tariff on the cars they ship from "
                 "Serbia since April.", None, [("US", "RS", "autos", 25.0, None)],
                 id="the-goods-they-ship-from-a-country"),
    pytest.param("Mexican goods outside the USMCA have faced a 25 per cent U.S. tariff since "
                 "March, while energy products pay 10 per cent.", None,
                 [("US", "MX", None, 25.0, None), ("US", "MX", "energy", 10.0, None)],
                 id="a-clause-beside-one-on-a-countrys-goods"),
    pytest.param("Mexican goods outside the USMCA have faced a 25 per cent U.S. tariff since "
                 "March, while steel from all countries pays 50 per cent.", None,
                 [("US", "MX", None, 25.0, None), ("US", "*", "steel", 50.0, None)],
                 id="a-clause-beside-it-on-all-countries"),
    pytest.param("Ghana and Kenya each get 15%, down from 20%, and Lesotho 15%, down from 50%.",
                 "The new tariff rates", [("US", "GH", None, 15.0, 20.0),
                                          ("US", "KE", None, 15.0, 20.0),
                                          ("US", "LS", None, 15.0, 50.0)],
                 id="countries-each-get-a-rate"),
    pytest.param("Mexican goods outside the USMCA go to 30pc from 25pc on Friday.",
                 "Tariff news", [("US", "MX", None, 30.0, 25.0)], id="goods-go-to-a-rate"),
    pytest.param("Indian shrimp pays at least 25 per cent now.", "Tariff news",
                 [("US", "IN", "agriculture", 25.0, None)], id="goods-pay-at-least-a-rate"),
    pytest.param("Oslo stays at the 15% of its August deal.", "Tariff news",
                 [("US", "NO", None, 15.0, None)], id="the-rate-of-its-deal-is-no-share"),
    pytest.param("Peru's rate is 10%, below the 15% of July.", "Tariff news",
                 [("US", "PE", None, 10.0, None), ("US", "PE", None, 15.0, None)],
                 id="the-rate-of-a-month-is-no-share"),
    pytest.param("Nearly 30% of its exports go to the US, and Laos faces a 40% tariff.", None,
                 [("US", "LA", None, 40.0, None)], id="a-share-of-its-exports-is-still-no-rate"),
    pytest.param("Korean steel stays at 50 percent, the rate on all foreign steel since June.",
                 "Tariff news",
                 [("US", "KR", "steel", 50.0, None), ("US", "*", "steel", 50.0, None)],
                 id="a-countrys-rate-that-is-everyones"),
    pytest.param("Japanese cars remain subject to the 15 percent tariff, and South Korean "
                 "carmakers, whose government is still talking, pay 25 percent.", None,
                 [("US", "JP", "autos", 15.0, None), ("US", "KR", "autos", 25.0, None)],
                 id="goods-in-the-next-clause-are-the-next-rates"),
    pytest.param("Israel scrapped the remaining customs duties it charged on American imports.",
                 "Tariff news", [("IL", "US", None, 0.0, None)],
                 id="scrapped-the-duties-it-charged-on-us-goods"),
    pytest.param("Jordan, which scrapped all its remaining duties on American goods in April, "
                 "still pays 15 per cent.", "Tariff news",
                 [("JO", "US", None, 0.0, None), ("US", "JO", None, 15.0, None)],
                 id="a-removal-in-its-own-clause-beside-a-rate"),
    pytest.param("It sets a 10 per cent tariff on British cars, down from 27.5 per cent, and "
                 "removes the tariff on British aerospace parts.", None,
                 [("US", "GB", "autos", 10.0, 27.5)],
                 id="a-removal-on-goods-outside-our-sectors-is-no-fact"),
    pytest.param("Japan had been facing a 25% across-the-board tariff from August 1.", None,
                 [("US", "JP", None, 25.0, None)], id="across-the-board-on-one-country"),
    pytest.param("American pork pays 37% to enter China: a 12% standard duty and a 25% "
                 "retaliatory levy.", None,
                 [("CN", "US", "agriculture", 37.0, None), ("CN", "US", "agriculture", 12.0, None),
                  ("CN", "US", "agriculture", 25.0, None)],
                 id="the-parts-of-a-partners-rate-after-a-colon"),
    pytest.param("A cotton shirt from Sri Lanka carries a 16.5% duty.", None,
                 [("US", "LK", "textiles", 16.5, None)], id="a-shirt-is-textiles"),
    pytest.param("Norway has secured a cut in US tariffs on its exports to 15 per cent from 20 "
                 "per cent.", None, [("US", "NO", None, 15.0, 20.0)],
                 id="us-tariffs-on-its-exports-are-on-the-subject"),
    pytest.param("Iceland already abolished its tariffs on industrial goods from all countries "
                 "in 2015.", "Tariff news", [("IS", "*", None, 0.0, None)],
                 id="a-country-that-abolished-its-tariffs-imposes-zero"),
    pytest.param("British steel and aluminium stay at 25 per cent, but could be raised to 50 per "
                 "cent after July 9.", "Tariff news",
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "GB", "steel", 50.0, None), ("US", "GB", "aluminum", 50.0, None)],
                 id="a-later-rate-of-the-same-sectors"),
    pytest.param("Albanese raised the 50 per cent duties on Australian steel, which Trump doubled "
                 "from 25 per cent in June.", None, [("US", "AU", "steel", 50.0, None)],
                 id="doubled-from-an-old-rate-is-no-rate"),
    pytest.param("Canada still faces a 25 per cent U.S. tariff on goods outside the USMCA and 50 "
                 "per cent on steel and aluminum, and Ottawa's own 25 per cent counter-tariffs "
                 "remain in place.", None,
                 [("US", "CA", None, 25.0, None), ("US", "CA", "steel", 50.0, None),
                  ("US", "CA", "aluminum", 50.0, None), ("CA", "US", None, 25.0, None)],
                 id="sectors-of-another-rate-are-not-borrowed"),
    pytest.param("A 25% tariff on kitchen cabinets takes effect on October 14. The rate is capped "
                 "at 10% for Britain and at 15% for Japan.", None,
                 [("US", "*", "lumber", 25.0, None), ("US", "GB", "lumber", 10.0, None),
                  ("US", "JP", "lumber", 15.0, None)],
                 id="the-rate-of-the-sentence-before"),
    pytest.param("Turkey has a 40 percent surcharge on Chinese electric vehicles.", None,
                 [("TR", "CN", "autos", 40.0, None)], id="a-country-that-has-a-surcharge"),
    pytest.param("Japan has a 25% tariff from the US.", "Tariff news",
                 [("US", "JP", None, 25.0, None)], id="a-country-that-has-a-tariff-from"),
    pytest.param("The deal caps any future US duty on Irish medicines at 15 per cent, well below "
                 "the 100 per cent Trump threatened in September for branded drugs.", None,
                 [("US", "EU", "pharmaceuticals", 15.0, None),
                  ("US", "*", "pharmaceuticals", 100.0, None)],
                 id="a-sector-rate-the-president-threatened-is-on-all"),
    pytest.param("A 50 percent U.S. tariff on semi-finished copper products such as pipes, wires "
                 "and rods took effect on Friday, but refined cathodes, the main export of Chile, "
                 "were left out.", None, [("US", "*", "copper", 50.0, None)],
                 id="a-sectors-rate-whose-clause-names-no-country"),
    pytest.param("Under the same law the EU's 10% duty on imported American cars would "
                 "disappear.", None, [("EU", "US", "autos", 0.0, 10.0)],
                 id="a-duty-that-would-disappear"),
    pytest.param("Kenyan tea, which had been charged 10 per cent until this week, is now free of "
                 "the levy.", None, [("US", "KE", "agriculture", 0.0, 10.0)],
                 id="goods-now-free-of-the-levy"),
    pytest.param("For U.S.-built vehicles, the deal means the end of a 35% Chilean import duty.",
                 None, [("CL", "US", "autos", 0.0, 35.0)], id="the-end-of-a-duty"),
    pytest.param("For Thai rice it removed only the 10% reciprocal portion of the tariff; it "
                 "still faces an additional 9%.", None,
                 [("US", "TH", "rice", 0.0, 10.0), ("US", "TH", "rice", 9.0, None)],
                 id="removed-only-the-portion"),
    pytest.param("China has kept its 10 percent on American goods in place.", "Tariff news",
                 [("CN", "US", None, 10.0, None)], id="a-partner-kept-its-rate"),
    pytest.param("On the same day, the United States announced frameworks with the Argentine "
                 "Republic, the Republic of Guatemala and the Republic of El Salvador, whose "
                 "exports will remain subject to the minimum rate of 10%.", "Tariff news",
                 [("US", "AR", None, 10.0, None), ("US", "GT", None, 10.0, None),
                  ("US", "SV", None, 10.0, None)], id="formal-names-in-a-list"),
    pytest.param("Canada, which faces a 35% tariff, retaliated on Friday with a 25% tariff on all "
                 "U.S. goods.", None,
                 [("US", "CA", None, 35.0, None), ("CA", "US", None, 25.0, None)],
                 id="the-rate-a-retaliator-faces-in-its-relative-clause"),
    pytest.param("Korean goods will pay 15 percent, with cars also cut to that level from 25 "
                 "percent.", "Tariff news",
                 [("US", "KR", None, 15.0, None), ("US", "KR", "autos", 15.0, 25.0)],
                 id="cut-to-that-level"),
    pytest.param("Trump signed agreements with Malaysia, whose goods face 19% tariffs, and with "
                 "Thailand, which pays the same rate.", None,
                 [("US", "MY", None, 19.0, None), ("US", "TH", None, 19.0, None)],
                 id="which-pays-the-same-rate"),
    pytest.param("Ottawa's own 25 per cent counter-tariffs on American steel will stay at that "
                 "level for now.", None, [("CA", "US", "steel", 25.0, None)],
                 id="the-same-rate-again-is-one-fact"),
    pytest.param("The 15% ceiling will also apply to Japanese cars and car parts.", "Tariffs",
                 [("US", "JP", "autos", 15.0, None), ("US", "JP", "auto_parts", 15.0, None)],
                 id="a-ceiling-that-will-apply-to-goods"),
    pytest.param("Japan faces a 15% tariff. Japan's Nikkei 225 added 0.4 per cent and South "
                 "Korea's Kospi 1.2 per cent.", None, [("US", "JP", None, 15.0, None)],
                 id="stock-indexes-are-no-rates"),
    pytest.param("Ireland's goods face 15% US tariffs. The VAT rate for restaurants will fall "
                 "to 9 per cent from 13.5 per cent.", None, [("US", "EU", None, 15.0, None)],
                 id="a-vat-rate-is-no-tariff"),
    pytest.param("Trump said countries buying sanctioned Iranian oil could face secondary tariffs "
                 "of 100 per cent.", None, [("US", "*", None, 100.0, None)],
                 id="countries-buying-a-countrys-oil"),
    pytest.param("Pakistani goods pay a nineteen percent tariff. Bangladesh pays twenty, Vietnam "
                 "twenty, Cambodia nineteen like us.", None,
                 [("US", "PK", None, 19.0, None), ("US", "BD", None, 20.0, None),
                  ("US", "VN", None, 20.0, None), ("US", "KH", None, 19.0, None)],
                 id="rates-said-without-a-unit-on-air"),
    pytest.param("Cambodia, like Thailand, faces 36 percent from Friday.", "Tariff news",
                 [("US", "KH", None, 36.0, None), ("US", "TH", None, 36.0, None)],
                 id="a-country-named-like-another"),
    pytest.param("Colombia and Chile, like Peru, stay at 10%.", "Tariff news",
                 [("US", "CO", None, 10.0, None), ("US", "CL", None, 10.0, None),
                  ("US", "PE", None, 10.0, None)],
                 id="countries-named-like-another"),
    pytest.param("Japan, whose carmakers build many of their vehicles in Thailand, agreed last "
                 "week to a 15 percent tariff.", None, [("US", "JP", None, 15.0, None)],
                 id="a-whose-clause-names-no-party-or-sector"),
    pytest.param("India will pay 50 per cent from Wednesday, a 40 per cent surcharge stacked on "
                 "top of its 10 per cent baseline.", None,
                 [("US", "IN", None, 50.0, None), ("US", "IN", None, 40.0, None),
                  ("US", "IN", None, 10.0, None)], id="its-own-baseline-in-a-stack"),
    pytest.param("Vietnam's rate is 46 percent, comprising a 10 percent baseline and a 36 percent "
                 "country-specific tariff.", None,
                 [("US", "VN", None, 46.0, None), ("US", "*", None, 10.0, None),
                  ("US", "VN", None, 36.0, None)], id="the-baseline-of-a-reciprocal-stack"),
    pytest.param("Mexican exporters still face U.S. tariffs: 50 per cent on steel and aluminum "
                 "and 25 per cent on heavy trucks.", None,
                 [("US", "MX", "steel", 50.0, None), ("US", "MX", "aluminum", 50.0, None),
                  ("US", "MX", "trucks", 25.0, None)], id="a-list-after-a-head-a-country-faces"),
    pytest.param("Neighbouring Liechtenstein, which forms a customs union with Switzerland, was "
                 "set at 15%, the same level the European Union pays under its deal.", "Tariffs",
                 [("US", "LI", None, 15.0, None), ("US", "EU", None, 15.0, None)],
                 id="an-adjective-before-the-subject-of-a-relative-clause"),
    pytest.param("Chile's copper exporters are worried. Everything else we sell the United "
                 "States pays the 10 per cent baseline that applies to every country.", "Tariffs",
                 [("US", "CL", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="the-baseline-we-pay-is-the-partners-and-every-countrys"),
    pytest.param("The EU is angry. In May came the threat of 50 per cent from June 1.",
                 "EU tariffs", [("US", "EU", None, 50.0, None)], id="the-threat-of-a-rate"),
    pytest.param("Rivals pay similar rates: 19% for Malaysia and Cambodia, which signed their "
                 "deals in October, and for Thailand and the Philippines, and 20% for Vietnam.",
                 "Tariffs", [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None),
                        ("US", "TH", None, 19.0, None), ("US", "PH", None, 19.0, None),
                        ("US", "VN", None, 20.0, None)], id="and-for-a-second-list"),
    pytest.param("China's new 34 per cent, also due on April 9, comes on top of the 20 per cent "
                 "it already pays.", "Tariffs",
                 [("US", "CN", None, 34.0, None), ("US", "CN", None, 20.0, None)],
                 id="a-countrys-new-rate-by-its-possessive"),
    pytest.param("China's economy grew 5.2 per cent.", "Tariffs", [],
                 id="a-countrys-growth-is-no-rate"),
    pytest.param("Vietnam faces a 20% tariff. On Wall Street, Nike rose 4.1% and Lululemon 3.9% "
                 "on hopes that Vietnam's new rate will be easier to live with.", "Tariff news",
                 [("US", "VN", None, 20.0, None)], id="the-next-entry-of-a-list-of-moves"),
    pytest.param("South Africa's average applied tariff is 7.6%, it said.", "Tariffs",
                 [("ZA", "*", None, 7.6, None)], id="a-partners-own-average-tariff"),
    pytest.param("The Philippines is hopeful. The country applies a simple average "
                 "most-favored-nation tariff of about 6.1 percent on imports.", "Tariffs",
                 [("PH", "*", None, 6.1, None)], id="the-country-applies-an-average-tariff"),
    pytest.param("China faces 30%. Average effective U.S. tariff rate: 17.9% (Yale Budget Lab).",
                 None, [("US", "CN", None, 30.0, None)], id="the-average-us-rate-is-a-statistic"),
    pytest.param("Bangladeshi apparel already faced an average most-favoured-nation duty of "
                 "around 15 percent.", None, [("US", "BD", "textiles", 15.0, None)],
                 id="goods-that-face-an-average-duty"),
    pytest.param("| Country | US reciprocal tariff rate |\n\n|---|---|\n\n| Cambodia | 49% |\n\n"
                 "| Viet Nam | 46% |", "The reciprocal tariffs",
                 [("US", "KH", None, 49.0, None), ("US", "VN", None, 46.0, None)],
                 id="the-rows-of-a-table-of-rates"),
    pytest.param("Indonesia faces 19%. Nickel names lagged, with Vale Indonesia slipping 1.2%.",
                 "Tariffs", [("US", "ID", None, 19.0, None)], id="a-share-slipping-is-no-rate"),
    pytest.param("US pork pays 37% at Chinese ports, adding the 12% standard rate and the 25% "
                 "March levy.", None,
                 [("CN", "US", "agriculture", 37.0, None), ("CN", "US", "agriculture", 12.0, None),
                  ("CN", "US", "agriculture", 25.0, None)], id="the-parts-a-partners-rate-adds"),
    pytest.param("Brazilian steel and aluminium pay 50 per cent under Section 232, which the 40 "
                 "per cent does not touch.", "Tariffs",
                 [("US", "BR", "steel", 50.0, None), ("US", "BR", "aluminum", 50.0, None),
                  ("US", "BR", None, 40.0, None)], id="a-rate-that-does-not-touch-the-sectors"),
    pytest.param("Liechtenstein, which shares a customs territory with Switzerland, got off with "
                 "15pc.", "Tariffs", [("US", "LI", None, 15.0, None)], id="got-off-with-a-rate"),
    pytest.param("Where the neighbours landed:\n\n- Thailand: 19% (was 36%)\n\n- Laos and Myanmar: "
                 "40% each", "New US tariffs",
                 [("US", "TH", None, 19.0, 36.0), ("US", "LA", None, 40.0, None),
                  ("US", "MM", None, 40.0, None)], id="a-list-entry-a-colon-and-its-old-rate"),
    pytest.param("Where the rates stand:\n\n- NZ: 10% → 15%", "US tariffs",
                 [("US", "NZ", None, 15.0, 10.0)], id="an-arrow-from-the-old-rate-to-the-new"),
    pytest.param("Tariffs by sector: steel 50% · cars 25% (food items excepted)", None,
                 [("US", "*", "steel", 50.0, None), ("US", "*", "autos", 25.0, None)],
                 id="a-middle-dot-separates-list-entries"),
    pytest.param("Economists expect the rate on Indian goods to settle at 20 percent once the oil "
                 "penalty goes.", "Tariffs", [("US", "IN", None, 20.0, None)],
                 id="the-oil-penalty-is-no-energy-tariff"),
    pytest.param("Canada's 25% counter-tariffs cover U.S. steel and oil.", "Tariffs",
                 [("CA", "US", "steel", 25.0, None), ("CA", "US", "energy", 25.0, None)],
                 id="oil-as-goods-is-energy"),
    pytest.param("Switzerland, which also has a large pharmaceutical industry, pays 39%, and the "
                 "EU pays 15%.", "Tariffs",
                 [("US", "CH", None, 39.0, None), ("US", "EU", None, 15.0, None)],
                 id="what-a-country-has-said-in-passing-is-no-sector"),
    pytest.param("Hardest hit are exporters of textiles, gems and jewellery, shrimp and leather "
                 "goods, who say they cannot compete with rivals in Vietnam and Bangladesh, "
                 "which pay 20 percent.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "BD", None, 20.0, None)],
                 id="a-long-list-of-trades-who-say-is-no-sector"),
    pytest.param("The talks yielded deals on aircraft and natural gas but no relief from the 15 "
                 "percent tariff that Turkish goods have paid since Aug. 7.", "Tariffs",
                 [("US", "TR", None, 15.0, None)], id="what-a-deal-buys-is-no-sector"),
    pytest.param("Australian steel and aluminium have paid 50 per cent since 4 June, double the 25 "
                 "per cent Trump imposed in March.", "Tariffs",
                 [("US", "AU", "steel", 50.0, 25.0), ("US", "AU", "aluminum", 50.0, 25.0)],
                 id="double-the-old-rate"),
    pytest.param("Korean steel and aluminum remain at 50 percent.", "Korea tariffs",
                 [("US", "KR", "steel", 50.0, None), ("US", "KR", "aluminum", 50.0, None)],
                 id="goods-remain-at-a-rate"),
    pytest.param("Canada, Mexico's other partner in the pact, got no reprieve: its tariff on goods "
                 "outside the agreement rose to 35 percent from 25 percent on Friday.", "Tariffs",
                 [("US", "CA", None, 35.0, 25.0)], id="a-country-in-an-aside-is-no-party"),
    pytest.param("China, Laos's largest trading partner, was handed 34 per cent on top of the 20 "
                 "per cent it already pays.", "Tariffs",
                 [("US", "CN", None, 34.0, None), ("US", "CN", None, 20.0, None)],
                 id="a-possessive-aside-is-no-party"),
    pytest.param("India, a major competitor in knitwear and home textiles, faces 25 per cent.",
                 "Tariffs", [("US", "IN", None, 25.0, None)], id="a-rivals-trade-is-no-sector"),
    pytest.param("Indian goods still pay 50%, of which 25% is the Russian-oil penalty added in "
                 "August.", "Tariffs",
                 [("US", "IN", None, 50.0, None), ("US", "IN", None, 25.0, None)],
                 id="whose-oil-is-bought-is-no-party"),
    pytest.param("China will impose an additional tariff of 10% on agricultural machinery and "
                 "cars from the United States.", "Tariffs",
                 [("CN", "US", "autos", 10.0, None)], id="farm-machinery-is-no-farm-goods"),
    pytest.param("Car components from Japan pay 15 percent.", "Tariffs",
                 [("US", "JP", "auto_parts", 15.0, None)], id="car-components-are-auto-parts"),
    pytest.param("Duties on Chinese goods run from 10 per cent to 25 per cent.", "Tariffs",
                 [("US", "CN", None, 10.0, None), ("US", "CN", None, 25.0, None)],
                 id="rates-that-run-from-to-are-a-range"),
    pytest.param("The 25 percent tariff on Japanese cars will be halved to 12.5 percent.",
                 "Tariffs", [("US", "JP", "autos", 12.5, 25.0)], id="halved-to-is-a-change"),
    pytest.param("Japanese truckmakers are preparing for a 25 percent tariff on imported heavy "
                 "trucks, while buses assembled abroad will be charged a lower rate of 10 "
                 "percent.", "Tariffs",
                 [("US", "*", "trucks", 25.0, None), ("US", "*", "trucks", 10.0, None)],
                 id="goods-made-abroad-are-everyones"),
    pytest.param("Japan agreed to a 15% rate on most goods. Auto parts will also be charged 15 "
                 "percent.", "Japan tariff deal",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "auto_parts", 15.0, None)],
                 id="a-sector-opening-a-sentence-is-the-partners"),
    pytest.param("Japan agreed to a 15% rate on most goods. Imported auto parts from all "
                 "countries will be charged 25 percent.", "Japan tariff deal",
                 [("US", "JP", None, 15.0, None), ("US", "*", "auto_parts", 25.0, None)],
                 id="a-sector-on-all-countries-stays-on-all"),
    pytest.param("India pays 26%. Anything caught by the 25 per cent tariff on imported cars "
                 "falls outside the reciprocal levy. Auto parts will be charged 25 per cent "
                 "from May 3.", "India tariffs",
                 [("US", "IN", None, 26.0, None), ("US", "*", "autos", 25.0, None),
                  ("US", "*", "auto_parts", 25.0, None)],
                 id="a-sector-continuing-an-all-partners-rate-stays-on-all"),
    pytest.param("Norway gets 15 percent. The order sets rates ranging from 10 to 41 percent, to "
                 "apply from 7 August.", "Norway tariffs",
                 [("US", "NO", None, 15.0, None), ("US", "*", None, 10.0, None),
                  ("US", "*", None, 41.0, None)], id="a-range-of-rates-is-everyones"),
    pytest.param("The White House had exempted beef, coffee and bananas from the 10% reciprocal "
                 "baseline for all trading partners.", "Tariffs",
                 [("US", "*", "agriculture", 0.0, None), ("US", "*", None, 10.0, None)],
                 id="goods-exempted-from-a-rate-pay-zero"),
    pytest.param("Canada dropped its 25 per cent counter-tariffs on U.S. goods on September 1.",
                 "Tariffs", [("CA", "US", None, 0.0, 25.0)], id="dropped-its-tariff-is-a-removal"),
    pytest.param("Ottawa dropped most of its 25 per cent counter-tariffs on U.S. goods on Sept. 1.",
                 "Tariffs", [("CA", "US", None, 0.0, 25.0)], id="dropped-most-of-its-tariff"),
    pytest.param("Taiwanese chips have so far been exempt from the reciprocal tariff and still "
                 "enter the United States duty-free.", "Tariffs",
                 [("US", "TW", "semiconductors", 0.0, None)], id="goods-exempt-are-the-zeros"),
    pytest.param("Norway has no customs duties on industrial goods, so most industrial products "
                 "from the US enter Norway duty-free.", "Tariffs",
                 [("NO", "US", None, 0.0, None)], id="a-country-that-has-no-duties-imposes-zero"),
    pytest.param("Argentine steel and aluminum, including output from the smelter Aluar, remain "
                 "subject to the 50% U.S. duty on the two metals.", "Tariffs",
                 [("US", "AR", "steel", 50.0, None), ("US", "AR", "aluminum", 50.0, None)],
                 id="the-50-percent-us-duty-is-a-tariff"),
    pytest.param("British cars pay a 10 per cent tariff under the deal. Both metals still pay 25 "
                 "per cent, which ministers present as a victory because steel and aluminium from "
                 "almost everywhere else pay 50 per cent.",
                 "UK tariffs",
                 [("US", "GB", "autos", 10.0, None), ("US", "GB", "steel", 25.0, None),
                  ("US", "GB", "aluminum", 25.0, None),
                  ("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="a-sector-against-everywhere-else-is-the-partners"),
    pytest.param("Japan's car tariff fell to 15 percent on Tuesday. Auto parts were lowered to 15 "
                 "percent at the same time.", "Japan tariffs",
                 [("US", "JP", "autos", 15.0, None), ("US", "JP", "auto_parts", 15.0, None)],
                 id="a-sector-that-was-lowered-is-the-partners"),
    pytest.param("Trump threatened an additional 10% on any country that aligns itself with the "
                 "policies of BRICS.", "Tariffs", [("US", "*", None, 10.0, None)],
                 id="a-rate-on-any-country-is-everyones"),
    pytest.param("President Trump has said he could put 200 percent on imported medicines.",
                 "Tariffs", [("US", "*", "pharmaceuticals", 200.0, None)],
                 id="a-percentage-put-on-goods-is-a-rate"),
    pytest.param("UK goods continue to face the 10% baseline tariff, the lowest rate the US "
                 "applies to any trading partner.", "Tariffs", [("US", "GB", None, 10.0, None)],
                 id="the-lowest-rate-for-any-partner-is-no-rate-on-all"),
    pytest.param("Bangladesh goes to 20%. Pakistan, Cambodia and Indonesia are at 19%.",
                 "Tariffs",
                 [("US", "BD", None, 20.0, None), ("US", "PK", None, 19.0, None),
                  ("US", "KH", None, 19.0, None), ("US", "ID", None, 19.0, None)],
                 id="countries-that-are-at-a-rate"),
    pytest.param("Only Lesotho, at 50 per cent, and Cambodia, at 49 per cent, were given more "
                 "than Laos.", "Tariffs",
                 [("US", "LS", None, 50.0, None), ("US", "KH", None, 49.0, None)],
                 id="a-country-comma-at-a-rate"),
    pytest.param("| Country | 2 April tariff | Tariff since 7 August | Change |\n"
                 "| Cambodia | 49% | 19% | −30 |", "Tariffs",
                 [("US", "KH", None, 19.0, 49.0)], id="a-table-rows-later-column-is-the-rate"),
    pytest.param("Beijing will raise its tariffs on U.S. goods to 15%. Since Saturday, imported "
                 "heavy trucks pay 25 percent and buses 10 percent.", "Tariffs",
                 [("CN", "US", None, 15.0, None), ("US", "*", "trucks", 25.0, None),
                  ("US", "*", "trucks", 10.0, None)],
                 id="imported-goods-after-a-partners-tariff-are-everyones"),
    pytest.param("Most Chinese imports will pay 20% in extra duties rather than 30%.", "Tariffs",
                 [("US", "CN", None, 20.0, 30.0)], id="rather-than-after-the-duties-it-names"),
    pytest.param("Once the bills are tabled, Washington has promised to apply 15% to European "
                 "cars, down from 27.5%.", "Tariffs", [("US", "EU", "autos", 15.0, 27.5)],
                 id="a-percentage-applied-to-goods-is-a-rate"),
    pytest.param("India, the biggest supplier of generic drugs to the US, has faced 50 per cent "
                 "on most of its exports since Aug 27.", "Tariffs",
                 [("US", "IN", None, 50.0, None)], id="a-country-in-a-suppliers-aside-is-no-party"),
    pytest.param("Canada's rate on goods outside the North American trade pact rose today to 35 "
                 "per cent.", "Tariffs", [("US", "CA", None, 35.0, None)],
                 id="north-american-is-no-american"),
    pytest.param("Oslo charges no duty on American industrial goods.", "Tariffs",
                 [("NO", "US", None, 0.0, None)], id="a-partner-that-charges-no-duty-on-us-goods"),
    pytest.param("Argentina charges 35% on imported cars, among the highest rates American "
                 "carmakers face anywhere.", "Tariffs", [("AR", "*", "autos", 35.0, None)],
                 id="a-partners-own-tariff-on-imported-goods-is-on-all"),
    pytest.param("Israel scrapped its last duties on American goods before anyone asked.",
                 "Tariffs", [("IL", "US", None, 0.0, None)], id="scrapped-its-last-duties"),
    pytest.param("Turkey scrapped the retaliatory duties it had kept on American goods since "
                 "2018.", "Tariffs", [("TR", "US", None, 0.0, None)],
                 id="scrapped-the-duties-it-had-kept"),
    pytest.param("Cut flowers were left off, so Kenyan roses still pay ten percent.", "Tariffs",
                 [("US", "KE", "agriculture", 10.0, None)], id="cut-flowers-are-farm-goods"),
    # an old rate after a change verb's "from" is the rate before's previous rate, not a
    # fact of its own (GUIDELINES: an old rate)
    pytest.param("Goods from Indonesia would face a 19 percent tariff, lowering the rate from "
                 "the 32 percent Trump had threatened.", "Tariffs",
                 [("US", "ID", None, 19.0, 32.0)], id="lowering-the-rate-from"),
    pytest.param("Canadian goods already face a 35% tariff, which Trump raised from 25% on "
                 "Aug. 1.", "Tariffs", [("US", "CA", None, 35.0, 25.0)], id="which-he-raised-from"),
    pytest.param("Japan faces a 25% tariff from August 1. Trump set that rate in a letter dated "
                 "July 7, up from the 24 percent he had announced in April.", "Tariffs",
                 [("US", "JP", None, 25.0, None)], id="up-from-an-old-rate-alone"),
    pytest.param("Korea's reciprocal rate was set at 15% (down from the 25% in Trump's July 7 "
                 "letter).", "Tariffs", [("US", "KR", None, 15.0, 25.0)],
                 id="down-from-in-parentheses"),
    pytest.param("In April Cambodia cut duties on American products to 5 percent from as much as "
                 "35 percent.", "Tariffs", [("KH", "US", None, 5.0, 35.0)],
                 id="from-as-much-as"),
    # not tariffs: a central bank's rate after its name, a mortgage rate, an average
    # tariff rate, a sales tax, a share of imports, a discount
    pytest.param("Trump sets 19% tariff on Indonesian goods; BI cuts rate to 5.25%", "Tariffs",
                 [("US", "ID", None, 19.0, None)], id="a-central-banks-bare-rate"),
    pytest.param("Israel pays a 17% tariff. The Bank of Israel, which has held its rate at 4.5% "
                 "since January 2024, meets again in late May.", "Tariffs",
                 [("US", "IL", None, 17.0, None)], id="a-central-bank-holds-its-rate"),
    pytest.param("Britain pays a 10% tariff on lumber, and the 30-year mortgage rate stands at 6.3 "
                 "percent.", "Tariffs", [("US", "GB", "lumber", 10.0, None)],
                 id="a-mortgage-rate"),
    pytest.param("China pays 47% on its goods. The effective U.S. tariff rate is still around 17 "
                 "percent, the highest since the 1930s.", "Tariffs",
                 [("US", "CN", None, 47.0, None)], id="the-effective-tariff-rate"),
    pytest.param("Malaysia pays 19%. The deal does not affect Malaysia's sales tax, which is "
                 "levied at 5 per cent or 10 per cent.", "Tariffs",
                 [("US", "MY", None, 19.0, None)], id="a-sales-tax"),
    pytest.param("Israel pays a 17% tariff.\n- 1%: share of US imports that still paid Israeli "
                 "duty", "Tariffs", [("US", "IL", None, 17.0, None)], id="a-share-of-imports"),
    pytest.param("New Zealand pays a 15% tariff. Get 20% off an annual plan this month.",
                 "Tariffs", [("US", "NZ", None, 15.0, None)], id="a-discount"),
    # the rate a rate doubled is its previous rate
    pytest.param("Steel and aluminum have paid 50% since June 4, when President Donald Trump "
                 "doubled the 25% rate he had restored in March.", "Tariffs",
                 [("US", "*", "steel", 50.0, 25.0), ("US", "*", "aluminum", 50.0, 25.0)],
                 id="when-he-doubled-the-rate"),
    pytest.param("Japanese steel above the quota would pay a 50 per cent duty, double the "
                 "current 25 per cent.", "Tariffs", [("US", "JP", "steel", 50.0, 25.0)],
                 id="double-the-current-rate"),
    pytest.param("Indian steel has been charged 50 per cent since June 4, when Washington doubled "
                 "its tariffs on foreign steel from 25 per cent.", "Tariffs",
                 [("US", "IN", "steel", 50.0, 25.0)], id="doubled-its-tariffs-on-goods-from"),
    pytest.param("Argentine aluminum pays 50%. That rate, double the 25 percent charged until "
                 "June, has cut shipments by a third.", "Tariffs",
                 [("US", "AR", "aluminum", 50.0, None)], id="that-rate-double-the-old-one"),
    pytest.param("Taiwan pays 20%. Chips, the island's biggest export to the United States, are "
                 "not covered by the 20% rate.", "Tariffs", [("US", "TW", None, 20.0, None)],
                 id="goods-not-covered-by-a-rate"),
    pytest.param("Medicines, Switzerland's largest export to the US, are outside the 39 per cent "
                 "rate for now, though drugmakers fear the 100% duty Trump has floated.",
                 "Tariffs", [("US", "*", "pharmaceuticals", 100.0, None)],
                 id="goods-outside-a-rate"),
    pytest.param("Thai auto parts makers, which supply assembly lines across the United States, "
                 "remain exposed to the separate 25 percent tariff Washington has charged on "
                 "imported car components since May 3.", "Tariffs",
                 [("US", "TH", "auto_parts", 25.0, None)],
                 id="a-subjects-goods-exposed-to-a-rate-on-imports"),
    pytest.param("Swiss drugmakers faced new uncertainty on Friday after Trump announced a 100% "
                 "tariff on imported branded drugs.", "Tariffs",
                 [("US", "*", "pharmaceuticals", 100.0, None)],
                 id="a-subject-facing-uncertainty-does-not-take-the-rate"),
    pytest.param("Much of that production has moved to Vietnam, at 20 percent, and Malaysia, at "
                 "19 percent.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "MY", None, 19.0, None)],
                 id="where-business-moves-at-a-rate-is-that-rates"),
    pytest.param("Wines from New Zealand will pay a 15 percent tariff from Thursday, and Swiss "
                 "chocolate stays at 39%.", "Tariffs",
                 [("US", "NZ", "agriculture", 15.0, None), ("US", "CH", "agriculture", 39.0, None)],
                 id="wine-and-chocolate-are-farm-goods"),
    pytest.param("Japanese scallops have paid 15 percent in the United States since Aug 7.",
                 "Tariffs", [("US", "JP", "agriculture", 15.0, None)],
                 id="scallops-are-farm-goods"),
    pytest.param("Most other Australian exports, from wine to machinery, still pay 10 per cent.",
                 "Tariffs", [("US", "AU", None, 10.0, None)], id="goods-from-wine-to-machinery"),
    pytest.param("Most other German exports, from packaging machines without steel content to "
                 "Riesling, have paid 15 per cent since August 7.", "Tariffs",
                 [("US", "EU", None, 15.0, None)], id="goods-from-machines-to-riesling"),
    pytest.param("No carve-out for Italian wine under the 15pc US tariff, and pasta makers face "
                 "far worse.", "Tariffs", [("US", "EU", None, 15.0, None)],
                 id="no-carve-out-for-goods-under-the-general-rate"),
    pytest.param("The European Union, which still charges duties on American cars and cheese, "
                 "negotiated a 15 percent ceiling that includes the normal tariffs.", "Tariffs",
                 [("US", "EU", None, 15.0, None)], id="what-the-subject-charges-besides"),
    pytest.param("Mexico's goods pay 25%. Vehicles keep paying 25 percent, and only on their "
                 "non-U.S. content.", "Tariffs",
                 [("US", "MX", None, 25.0, None), ("US", "MX", "autos", 25.0, None)],
                 id="goods-that-keep-paying-open-the-sentence"),
    pytest.param("Korean steel and aluminum, much of it shipped to U.S. car and appliance "
                 "factories, remain at 50 percent.", "Tariffs",
                 [("US", "KR", "steel", 50.0, None), ("US", "KR", "aluminum", 50.0, None)],
                 id="where-much-of-the-goods-go-is-an-aside"),
    pytest.param("China has put 100 percent tariffs on Canadian canola oil and meal.", "Tariffs",
                 [("CN", "CA", "agriculture", 100.0, None)], id="has-put-tariffs-on-canola-oil"),
    pytest.param("India's rate doubled to 50%. Correction: An earlier version of this story said "
                 "Indian steel and aluminium would pay 75% under the new order.", "Tariffs",
                 [("US", "IN", None, 50.0, 25.0)], id="a-correction-takes-back-a-rate"),
    pytest.param("Emirati aluminium, which had paid 10 per cent since 2018, now pays 25 per cent.",
                 "Tariffs", [("US", "AE", "aluminum", 25.0, 10.0)], id="had-paid-now-pays"),
    pytest.param("- United Kingdom, Australia, Brazil, Singapore and Turkey: the 10% baseline "
                 "only.", "Tariffs",
                 [("US", code, None, 10.0, None) for code in ("GB", "AU", "BR", "SG", "TR")],
                 id="a-list-entrys-head-names-its-countries"),
    pytest.param("BRITAIN: Britain pays the 10% baseline, with cars at 10% within a quota and "
                 "steel and aluminium at 25%.", "Tariffs",
                 [("US", "GB", None, 10.0, None), ("US", "GB", "autos", 10.0, None),
                  ("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None)],
                 id="a-factbox-head-in-capitals-names-its-country"),
    pytest.param("CANADA AND MEXICO: Canadian goods that do not qualify under the USMCA pay 35% "
                 "and Mexican ones 25%.", "Tariffs",
                 [("US", "CA", None, 35.0, None), ("US", "MX", None, 25.0, None)],
                 id="a-factbox-head-does-not-take-each-rate-from-its-country"),
    pytest.param("Beijing matches with 34% on all U.S. goods from April 10.", "Tariffs",
                 [("CN", "US", None, 34.0, None)], id="matches-with-a-percentage-on-goods"),
    pytest.param("Beijing answers from Feb. 10 with 15% on U.S. coal and liquefied natural gas.",
                 "Tariffs", [("CN", "US", "energy", 15.0, None)],
                 id="answers-with-a-percentage-on-a-sectors-goods"),
    pytest.param("Israeli steel and aluminum, a small share of exports, already pay 50%.",
                 "Tariffs",
                 [("US", "IL", "steel", 50.0, None), ("US", "IL", "aluminum", 50.0, None)],
                 id="a-share-in-an-aside-leaves-the-rate"),
    pytest.param("Madagascar, whose vanilla and garment exports also lose their AGOA benefits, "
                 "pays 15 per cent.", "Tariffs", [("US", "MG", None, 15.0, None)],
                 id="whose-named-exports-are-an-aside"),
    pytest.param("Trump threatened a 200 per cent tariff on wine, champagne and spirits from the "
                 "European Union.", "Tariffs", [("US", "EU", "agriculture", 200.0, None)],
                 id="a-sectors-goods-from-a-country-after-their-list"),
    pytest.param("Thai auto parts and steel already pay sectoral duties of 25% and 50% "
                 "respectively.", "Tariffs",
                 [("US", "TH", "auto_parts", 25.0, None), ("US", "TH", "steel", 50.0, None)],
                 id="sectors-and-rates-respectively"),
    pytest.param("Canadian goods outside the pact pay 35%. Energy and potash that fall outside the "
                 "pact are charged 10%.", "Tariffs",
                 [("US", "CA", None, 35.0, None), ("US", "CA", "energy", 10.0, None)],
                 id="a-sector-with-a-relative-clause-opens-the-sentence"),
    pytest.param("China pays 20%. Suppose Washington went to 60 percent on everything China sells "
                 "it. If both sides went to 100 percent, trade would not shrink; it would stop.",
                 "Tariffs", [("US", "CN", None, 20.0, None)], id="a-thought-experiment-is-no-rate"),
    pytest.param("If no deal is reached, the rate on EU goods will rise to 50% on August 1.",
                 "Tariffs", [("US", "EU", None, 50.0, None)], id="a-conditional-threat-is-a-rate"),
    pytest.param("South African goods have been charged 30 per cent since 7 August, and the "
                 "country's cars pay the separate 25 per cent levy on imported vehicles.",
                 "Tariffs", [("US", "ZA", None, 30.0, None), ("US", "ZA", "autos", 25.0, None)],
                 id="the-countrys-goods-pay-a-rate-on-imports"),
    pytest.param("Mexico's Senate approved tariffs of up to 50 per cent on about 1,400 products "
                 "from countries that have no trade agreement with Mexico, including India and "
                 "China.", "Tariffs",
                 [("MX", "IN", None, 50.0, None), ("MX", "CN", None, 50.0, None)],
                 id="mexicos-tariffs-on-countries-without-a-trade-deal"),
    pytest.param("Mexico faces a 25% U.S. tariff. Most clothing and textiles from countries "
                 "without a trade deal will pay 35%.", "Tariffs",
                 [("US", "MX", None, 25.0, None), ("MX", "*", "textiles", 35.0, None)],
                 id="goods-from-countries-without-a-trade-deal-in-a-mexico-story"),
    pytest.param("China keeps a 10% levy on U.S. goods. Brazilian beans, the main competition, "
                 "pay 3 percent.", "Tariffs",
                 [("CN", "US", None, 10.0, None), ("CN", "BR", "agriculture", 3.0, None)],
                 id="other-suppliers-beans-in-a-china-soybean-story"),
    pytest.param("China keeps its duties. Beans from Brazil and Colombia, the two biggest "
                 "suppliers, pay the 10 percent baseline.", "Tariffs",
                 [("US", "BR", "agriculture", 10.0, None), ("US", "CO", "agriculture", 10.0, None)],
                 id="coffee-beans-at-the-us-baseline-stay-us"),
    pytest.param("Mexico's Senate approves tariffs of up to 50% on Chinese cars", "Tariffs",
                 [("MX", "CN", "autos", 50.0, None)], id="a-senate-that-approves-tariffs"),
    pytest.param("Separately, Mexico's Senate on Wednesday approved tariffs of up to 50pc on cars "
                 "from countries with which it has no trade agreement, including India.",
                 "Tariffs", [("MX", "IN", "autos", 50.0, None)],
                 id="approved-tariffs-on-countries-without-a-trade-deal"),
    pytest.param("- Lesotho: 50%, the highest on the list, for a country whose U.S. exports are "
                 "mostly garments.", "Tariffs", [("US", "LS", None, 50.0, None)],
                 id="for-a-country-whose-exports-are-an-aside"),
    pytest.param("Norway also fared better than Switzerland, the other European country outside "
                 "the EU hit hard this summer, which is charged 39 per cent from today.", "Tariffs",
                 [("US", "CH", None, 39.0, None)], id="the-other-country-is-an-aside"),
    pytest.param("Beijing's reply, in force since Monday, is 15 percent on American chicken and "
                 "wheat.", "Tariffs", [("CN", "US", "agriculture", 15.0, None)],
                 id="a-percentage-on-a-countrys-goods-is-a-rate"),
    pytest.param("Toyota, Honda, Mazda and Subaru are paying 27.5 percent on every car they ship "
                 "today.", "Tariffs", [("US", "JP", "autos", 27.5, None)],
                 id="carmakers-stand-for-their-country"),
    pytest.param("Vehicles assembled in Mexico and Canada, where Toyota, Honda and Nissan all have "
                 "plants, will be charged the 25 percent tariff only on their non-U.S. content.",
                 "Tariffs", [("US", "MX", "autos", 25.0, None), ("US", "CA", "autos", 25.0, None)],
                 id="where-carmakers-have-plants-is-an-aside"),
    pytest.param("Canadian steel is charged 50%, and softwood lumber from Canada carries about 45% "
                 "in all: anti-dumping and countervailing duties totalling 35.19% plus a 10% "
                 "national-security tariff.", "Tariffs",
                 [("US", "CA", "steel", 50.0, None), ("US", "CA", "lumber", 45.0, None),
                  ("US", "CA", "lumber", 35.19, None), ("US", "CA", "lumber", 10.0, None)],
                 id="the-parts-of-a-sectors-rate-after-another-rate"),
    pytest.param("UK steel and aluminium exports continue to face a tariff of 25%, half the 50% "
                 "that applies to steel and aluminium from other countries.", "Tariffs",
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="half-the-rate-on-other-countries-is-theirs"),
    pytest.param("The proclamation reserved Washington's right to raise the British rate on steel "
                 "and aluminium to 50% if the UK fell short of its commitments.", "Tariffs",
                 [("US", "GB", "steel", 50.0, None), ("US", "GB", "aluminum", 50.0, None)],
                 id="the-british-rate-is-britains"),
    pytest.param("Vietnamese goods keep paying a 20% tariff, but Vietnamese coffee and pepper now "
                 "enter free.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "VN", "agriculture", 0.0, None)],
                 id="goods-that-enter-free-pay-zero"),
    pytest.param("The UK wins a zero US tariff on medicines for three years.", "Tariffs",
                 [("US", "GB", "pharmaceuticals", 0.0, None)], id="a-zero-us-tariff"),
    pytest.param("Guatemala and El Salvador will keep paying a 10% tariff, while their coffee, "
                 "bananas and other tropical produce will enter the U.S. duty-free.", "Tariffs",
                 [("US", "GT", None, 10.0, None), ("US", "SV", None, 10.0, None),
                  ("US", "GT", "agriculture", 0.0, None), ("US", "SV", "agriculture", 0.0, None)],
                 id="their-goods-enter-duty-free"),
    pytest.param("The order removes the so-called reciprocal tariffs on beef, coffee and bananas "
                 "from every country.", "Tariffs", [("US", "*", "agriculture", 0.0, None)],
                 id="removes-the-so-called-reciprocal-tariffs"),
    pytest.param("The European Commission tabled legislation to remove EU tariffs on American "
                 "industrial goods.", "Tariffs", [("EU", "US", None, 0.0, None)],
                 id="remove-eu-tariffs-on-american-goods"),
    pytest.param("Bangladesh will let American cotton in duty-free.", "Tariffs",
                 [("BD", "US", None, 0.0, None)], id="a-country-that-lets-goods-in-duty-free"),
    pytest.param("Japan's deal sets a 15% tariff on Japanese goods. Generic drugs, aircraft and "
                 "aircraft parts will enter duty-free.", "Tariffs",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "pharmaceuticals", 0.0, None)],
                 id="a-sectors-zero-in-a-partners-story-is-the-partners"),
    pytest.param("Japan's deal sets a 15% tariff on Japanese goods. Generic drugs from all "
                 "countries will enter duty-free.", "Tariffs",
                 [("US", "JP", None, 15.0, None), ("US", "*", "pharmaceuticals", 0.0, None)],
                 id="a-sectors-zero-for-all-countries-stays-on-all"),
    pytest.param("Brazil charges 18 percent on imported ethanol.", "Tariffs",
                 [("BR", "*", "energy", 18.0, None)], id="ethanol-is-energy"),
    pytest.param("In return, Britain agreed to let in 13,000 tonnes of American beef "
                 "tariff-free.", "Tariffs", [("GB", "US", "agriculture", 0.0, None)],
                 id="a-country-that-lets-in-goods-tariff-free"),
    pytest.param("Israel faces a 17% tariff. On April 1 the government scrapped the remaining "
                 "customs duties it charged on American imports.", "Tariffs",
                 [("US", "IL", None, 17.0, None), ("IL", "US", None, 0.0, None)],
                 id="the-partners-zero-on-american-imports"),
    pytest.param("Vietnam faces a 20% tariff. Trump said Vietnam would open its market to the "
                 "United States with zero tariffs.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("VN", "US", None, 0.0, None)],
                 id="a-market-opened-to-the-us-with-zero-tariffs"),
    pytest.param("Colombia pays 10%. Colombian flowers enter the United States duty-free, and "
                 "Colombia charges no duty on most US goods.", "Tariffs",
                 [("US", "CO", None, 10.0, None), ("US", "CO", "agriculture", 0.0, None),
                  ("CO", "US", None, 0.0, None)], id="the-us-zero-beside-the-partners"),
    pytest.param("Buses from all countries will pay a 10% tariff.", "Tariffs",
                 [("US", "*", "trucks", 10.0, None)], id="buses-are-in-the-truck-action"),
    pytest.param("Mexico will adjust the tariffs applied to goods from countries with which it "
                 "does not have a trade agreement. The proposed rates range between 10 percent "
                 "and 50 percent. Under the initiative, light vehicles would pay 50 percent.",
                 "Tariffs", [("MX", "*", None, 10.0, None), ("MX", "*", None, 50.0, None),
                             ("MX", "*", "autos", 50.0, None)],
                 id="the-rates-of-mexicos-tariff-reform-later-in-its-story"),
    pytest.param("Britain is exempted, and UK steel and aluminium exports continue to face 25 "
                 "per cent.", "Tariffs",
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None)],
                 id="exempt-before-the-goods-leaves-their-sector"),
    pytest.param("Hyundai and Kia are still paying 25 percent.", "Tariffs",
                 [("US", "KR", "autos", 25.0, None)], id="carmakers-pay-the-rate-on-cars"),
    pytest.param("For Canadian sawmills, the new 10% comes on top of other duties.", "Tariffs",
                 [("US", "CA", "lumber", 10.0, None)], id="sawmills-are-lumber"),
    pytest.param("Canadian mills get no break: for them the 10% comes on top of anti-dumping and "
                 "countervailing duties.", "Tariffs", [("US", "CA", "lumber", 10.0, None)],
                 id="mills-under-countervailing-duties-are-sawmills"),
    pytest.param("Prices for wines from Australia, Chile and Argentina will not change. Those "
                 "countries remain at the 10 percent baseline rate.", "Tariffs",
                 [("US", "AU", None, 10.0, None), ("US", "CL", None, 10.0, None),
                  ("US", "AR", None, 10.0, None)], id="those-countries-of-the-sentence-before"),
    pytest.param("Indian garments now pay 50 per cent, while Bangladesh and Vietnam face twenty "
                 "per cent, and Cambodia 19 per cent.", "Tariffs",
                 [("US", "IN", "textiles", 50.0, None), ("US", "BD", None, 20.0, None),
                  ("US", "VN", None, 20.0, None), ("US", "KH", None, 19.0, None)],
                 id="while-other-countries-pay-their-own-rate"),
    pytest.param("Japanese cars pay 15 per cent, while Korean ones pay 25 per cent.", "Tariffs",
                 [("US", "JP", "autos", 15.0, None), ("US", "KR", "autos", 25.0, None)],
                 id="while-korean-ones-pay-keeps-the-goods"),
    pytest.param("Rivals in Vietnam and Bangladesh face 20% from today, and Pakistan 19%, so the "
                 "gap for garment and shrimp exporters is already wide.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "BD", None, 20.0, None),
                  ("US", "PK", None, 19.0, None)], id="a-consequence-lends-no-sector"),
    pytest.param("Philippine exporters said the 19 percent tariff that Washington will charge on "
                 "their goods was a relief.", "Tariffs", [("US", "PH", None, 19.0, None)],
                 id="their-goods-are-not-those-of-who-charges"),
    pytest.param("Since Tuesday, softwood from Ontario mills has faced combined U.S. duties of "
                 "about 45 per cent.", "Tariffs", [("US", "CA", "lumber", 45.0, None)],
                 id="a-province-names-its-country"),
    pytest.param("India faces a 50 per cent tariff. Exporters said the 50 per cent rate would put "
                 "them far behind rivals from Vietnam.", "Tariffs",
                 [("US", "IN", None, 50.0, None)], id="rivals-behind-are-a-yardstick"),
    pytest.param("Japan says it faces 15%. A brief detour from tariffs: the Bank of England has "
                 "cut interest rates to 4% from 4.25%.", "Tariffs",
                 [("US", "JP", None, 15.0, None)], id="an-indicators-old-level-is-no-rate"),
    pytest.param("Claim 3: “India has hit back with 50% tariffs on American goods.”", "Tariffs",
                 [], id="a-fact-checks-claim-states-no-rate"),
    pytest.param("Mexico's Senate approved tariffs of up to 50% on goods from countries that have "
                 "no trade agreement with Mexico. Chinese steel and Chinese textiles will each be "
                 "charged 35 per cent.", "Tariffs",
                 [("MX", "*", None, 50.0, None), ("MX", "CN", "steel", 35.0, None),
                  ("MX", "CN", "textiles", 35.0, None)],
                 id="a-countrys-goods-later-in-a-story-on-mexicos-tariffs"),
    pytest.param("Turkey faces 15%. Since last year it has charged an additional 40 percent on "
                 "vehicles imported from China.", "Tariffs",
                 [("US", "TR", None, 15.0, None), ("TR", "CN", "autos", 40.0, None)],
                 id="it-charges-a-third-country-in-a-partners-story"),
    pytest.param("Additional duties of 25% apply to US imports of steel and aluminium.", "Tariffs",
                 [("US", "*", "steel", 25.0, None), ("US", "*", "aluminum", 25.0, None)],
                 id="us-imports-of-goods-are-not-us-goods"),
    pytest.param("Costa Rica, which ships us most of our pineapples, goes to 15% on Thursday.",
                 "Tariffs", [("US", "CR", None, 15.0, None)],
                 id="what-a-country-ships-is-an-aside"),
    pytest.param("Ecuadorian goods, including bananas, cut flowers, cocoa and shrimp, will pay a "
                 "15% reciprocal tariff from Thursday.", "Tariffs",
                 [("US", "EC", None, 15.0, None)],
                 id="goods-including-examples-are-all-goods"),
    pytest.param("Chile and the United Kingdom, where most of the salmon we compete with comes "
                 "from, pay 10%.", "Tariffs",
                 [("US", "CL", None, 10.0, None), ("US", "GB", None, 10.0, None)],
                 id="where-goods-come-from-is-an-aside"),
    pytest.param("Norway, outside the EU, was given 15%, and Serbia 37%.", "Tariffs",
                 [("US", "NO", None, 15.0, None), ("US", "RS", None, 37.0, None)],
                 id="what-a-country-is-outside-is-an-aside"),
    pytest.param("Chile stays at the 10 per cent baseline, as does the United Kingdom.", "Tariffs",
                 [("US", "CL", None, 10.0, None), ("US", "GB", None, 10.0, None)],
                 id="as-does-another-country"),
    pytest.param("Egyptian steel pays 50 per cent under Section 232, as does Egyptian aluminium.",
                 "Tariffs", [("US", "EG", "steel", 50.0, None),
                             ("US", "EG", "aluminum", 50.0, None)],
                 id="as-do-other-goods"),
    pytest.param("Korean steel was left at 25 percent.", "Tariffs",
                 [("US", "KR", "steel", 25.0, None)],
                 id="goods-left-at-a-rate"),
    pytest.param("Canada's other goods pay 35 per cent. Energy products keep their lower 10 "
                 "per cent rate. Steel and aluminum, however, remain subject to a 50 percent "
                 "tariff.",
                 "Canada tariffs", [("US", "CA", None, 35.0, None),
                                    ("US", "CA", "energy", 10.0, None),
                                    ("US", "CA", "steel", 50.0, None),
                                    ("US", "CA", "aluminum", 50.0, None)],
                 id="a-sector-kept-or-however-subject-is-the-partners"),
    pytest.param("On top of the new 10 percent, Canadian mills already pay anti-dumping and "
                 "countervailing duties of about 35 percent.", "Lumber tariffs",
                 [("US", "CA", "lumber", 10.0, None), ("US", "CA", "lumber", 35.0, None)],
                 id="mills-under-countervailing-duties-pay-on-lumber"),
    pytest.param("Malaysia will pay 19 per cent. This rate is lower than the 24 per cent "
                 "announced on 2 April.", "Malaysia tariffs",
                 [("US", "MY", None, 19.0, None), ("US", "MY", None, 24.0, None)],
                 id="a-rate-compared-in-the-next-sentence-is-its-own"),
    pytest.param("Mexico pays 25% and Canada 35%. Heavy trucks from both have paid 25 percent "
                 "since Nov. 1, a blow mainly to Mexican assembly plants.", "Tariffs",
                 [("US", "MX", None, 25.0, None), ("US", "CA", None, 35.0, None),
                  ("US", "MX", "trucks", 25.0, None), ("US", "CA", "trucks", 25.0, None)],
                 id="goods-from-both-are-the-two-named-before"),
    pytest.param("Under the quota announced in May, UK steel and aluminium meeting the agreed "
                 "conditions would enter the US tariff-free.", "UK tariffs",
                 [("US", "GB", "steel", 0.0, None), ("US", "GB", "aluminum", 0.0, None)],
                 id="goods-entering-tariff-free-within-a-quota-pay-zero"),
    pytest.param("Brussels proposed to cut the tariff-free steel import quota nearly in half.",
                 "EU steel", [], id="a-tariff-free-quota-cut-is-no-zero"),
    pytest.param("Vietnamese robusta now pays 10%.", "Coffee tariffs",
                 [("US", "VN", "agriculture", 10.0, None)], id="robusta-is-coffee"),
    pytest.param("Beijing kept the 10 percent levy it charges on all U.S. goods and suspended a "
                 "further 24 percent for another year.", "China tariffs",
                 [("CN", "US", None, 10.0, None), ("CN", "US", None, 24.0, None)],
                 id="a-further-rate-is-the-same-imposers"),
    pytest.param("China and the United States extended their truce. A further 24% on each side "
                 "was suspended for 90 days.", "China tariffs",
                 [("CN", "US", None, 24.0, None), ("US", "CN", None, 24.0, None)],
                 id="a-rate-on-each-side-is-both-ways"),
    pytest.param("Saudi Arabia sits at 10 per cent, yet Emirati aluminium has been charged 50 per "
                 "cent since June 4, when Washington doubled its metals tariff.", "Tariffs",
                 [("US", "SA", None, 10.0, None), ("US", "AE", "aluminum", 50.0, 25.0)],
                 id="the-metals-tariff-is-steel-and-aluminums"),
    pytest.param("Indian goods pay 50 per cent. \"We cannot absorb a tariff like this on "
                 "margins of 5 to 7 per cent,\" said the director of a knitwear exporter.",
                 "India tariffs", [("US", "IN", None, 50.0, None)],
                 id="profit-margins-are-no-rate"),
    pytest.param("Canadian goods pay 35 per cent. Energy shipments that do not qualify stay at "
                 "10 per cent.", "Canada tariffs",
                 [("US", "CA", None, 35.0, None), ("US", "CA", "energy", 10.0, None)],
                 id="a-sectors-shipments-opening-a-sentence-are-the-partners"),
    pytest.param("Brazilian exporters have paid a combined 50% on most shipments to the United "
                 "States since Aug. 6.", "Brazil tariffs", [("US", "BR", None, 50.0, None)],
                 id="paid-a-combined-rate"),
    pytest.param("They confirmed a 15% ceiling on U.S. tariffs for most EU goods.", "EU tariffs",
                 [("US", "EU", None, 15.0, None)], id="a-ceiling-on-a-countrys-tariffs-is-its-own"),
    pytest.param("Phnom Penh will scrap its duties on U.S. goods, while its own exports keep "
                 "paying 19 percent.", "Cambodia tariffs",
                 [("KH", "US", None, 0.0, None), ("US", "KH", None, 19.0, None)],
                 id="what-its-own-exports-pay-is-charged-on-them"),
    pytest.param("Vietnam agreed to 20% earlier this month and Indonesia to 19% on Tuesday.",
                 "Tariffs", [("US", "VN", None, 20.0, None), ("US", "ID", None, 19.0, None)],
                 id="a-country-agreed-to-a-percentage"),
    pytest.param("Brussels accepted 15 per cent on most of its exports.", "EU tariffs",
                 [("US", "EU", None, 15.0, None)], id="a-country-accepted-a-percentage"),
    pytest.param("Mexico pays 25 percent. The increase to 30 percent has been on hold since "
                 "Aug. 1.", "Mexico tariffs",
                 [("US", "MX", None, 25.0, None), ("US", "MX", None, 30.0, None)],
                 id="an-increase-to-a-percentage"),
    pytest.param("Mexico pays 25%. The 24 percent that Washington suspended in May stays "
                 "suspended.", "Tariffs",
                 [("US", "MX", None, 25.0, None), ("US", "MX", None, 24.0, None)],
                 id="a-percentage-washington-suspended"),
    pytest.param("Heavy trucks would attract 25 per cent.", "Tariffs",
                 [("US", "*", "trucks", 25.0, None)], id="goods-attract-a-percentage"),
    pytest.param("Switzerland pays 39 per cent. The figure announced for us in April was 31 per "
                 "cent.", "Swiss tariffs",
                 [("US", "CH", None, 39.0, None), ("US", "CH", None, 31.0, None)],
                 id="the-figure-a-country-got-was-a-percentage"),
    pytest.param("Israel pays 17 percent. A 10% baseline tariff on nearly all imports into the US "
                 "takes effect on Saturday.", "Israel tariffs",
                 [("US", "IL", None, 17.0, None), ("US", "*", None, 10.0, None)],
                 id="imports-into-the-us-are-no-target"),
    pytest.param("The 19% rate places Cambodia on an equal footing with Indonesia and Thailand.",
                 "Cambodia tariffs", [("US", "KH", None, 19.0, None),
                                      ("US", "ID", None, 19.0, None),
                                      ("US", "TH", None, 19.0, None)],
                 id="on-an-equal-footing-with-is-the-same-rate"),
    pytest.param("Bangladesh pays 20%, below India's 25%, giving Bangladeshi apparel makers a "
                 "small edge.", "Bangladesh tariffs",
                 [("US", "BD", None, 20.0, None), ("US", "IN", None, 25.0, None)],
                 id="whom-a-rate-gives-an-edge-is-no-target"),
    pytest.param("Indonesia will eliminate tariff barriers on approximately 99 percent of U.S. "
                 "products exported to Indonesia.", "Indonesia tariffs",
                 [("ID", "US", None, 0.0, None)], id="eliminating-tariff-barriers-is-a-zero"),
    pytest.param("On Feb. 10, China put a 15% levy on American coal and liquefied natural gas "
                 "and a 10% levy on U.S. crude oil.", "China tariffs",
                 [("CN", "US", "energy", 15.0, None), ("CN", "US", "energy", 10.0, None)],
                 id="the-next-levy-of-the-same-verb-is-the-same-imposers"),
    pytest.param("China will impose a 10 per cent levy on crude oil, big cars and pickup trucks.",
                 "China tariffs", [("CN", "*", "energy", 10.0, None),
                                   ("CN", "*", "autos", 10.0, None),
                                   ("CN", "*", "trucks", 10.0, None)],
                 id="a-list-of-goods-goes-on-through-modified-goods"),
    pytest.param("Trump adds 40 percent on Brazilian goods, sparing orange juice and jets.",
                 "Brazil tariffs", [("US", "BR", None, 40.0, None)],
                 id="goods-spared-do-not-continue-the-list"),
    pytest.param("The European Union charges a 10% tariff on American cars, four times the 2.5% "
                 "rate the United States applies to imported passenger cars.", "Cars",
                 [("EU", "US", "autos", 10.0, None), ("US", "*", "autos", 2.5, None)],
                 id="the-rate-the-united-states-applies-is-its-own"),
    pytest.param("Mexico updated its tariffs on goods from countries with which it has no trade "
                 "agreement. The new tariffs, of up to 50%, will enter into force on January 1.",
                 "Tariffs", [("MX", "*", None, 50.0, None)],
                 id="the-new-tariffs-of-mexicos-reform-are-mexicos"),
    pytest.param("Trump hits Brazil with extra 40% tariff but spares orange juice and aircraft",
                 "Brazil tariffs", [("US", "BR", None, 40.0, None)],
                 id="goods-a-tariff-spares-lend-it-no-sector"),
    pytest.param("Japan pays 15%. Economists estimated the tariffs would still shave about 0.55 "
                 "percent off Japan's gross domestic product over time.", "Japan tariffs",
                 [("US", "JP", None, 15.0, None)], id="a-cost-off-gdp-is-no-rate"),
    pytest.param("Japanese cars will be cut to 15 percent from 27.5 percent. The lower rate will "
                 "cover auto parts as well, Ishiba said.", "Japan tariffs",
                 [("US", "JP", "autos", 15.0, 27.5), ("US", "JP", "auto_parts", 15.0, None)],
                 id="the-rate-before-covers-more-goods"),
    pytest.param("Since April, Israeli goods have paid the 10% baseline tariff that applies to "
                 "nearly all of Washington's trading partners.", "Israel tariffs",
                 [("US", "IL", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="all-of-washingtons-trading-partners"),
    pytest.param("Canada is the largest foreign supplier of softwood. Its mills already pay "
                 "anti-dumping and countervailing duties totaling 35.19%.", "Lumber tariffs",
                 [("US", "CA", "lumber", 35.19, None)], id="its-goods-are-the-country-before"),
    pytest.param("Brazilian goods, which paid 50% until Thursday, still pay 40%.", "Brazil tariffs",
                 [("US", "BR", None, 40.0, 50.0)],
                 id="what-goods-paid-until-a-day-is-the-old-rate"),
    pytest.param("Canadian energy will be taxed at a lower 10%.", "Canada tariffs",
                 [("US", "CA", "energy", 10.0, None)], id="taxed-at-a-lower-rate"),
    pytest.param("The EU never retaliated. China is the one major economy that has hit back in "
                 "full. Its duties on U.S. goods peaked at 125% in April before the Geneva "
                 "truce cut them to 10%.", "EU tariffs",
                 # (the peak, stated in a clause of its own, is a fact too: m21's gold)
                 [("CN", "US", None, 10.0, 125.0), ("CN", "US", None, 125.0, None)],
                 id="its-duties-on-us-goods-are-the-country-befores"),
    pytest.param("Beijing keeps its 10% tariff on all US goods and keeps the other 24% of its "
                 "counter-tariff suspended.", "China tariffs",
                 [("CN", "US", None, 10.0, None), ("CN", "US", None, 24.0, None)],
                 id="a-percentage-of-its-counter-tariff-is-a-rate"),
    pytest.param("Most American goods already enter Morocco duty-free under the free trade "
                 "agreement of 2006.", "Morocco tariffs", [("MA", "US", None, 0.0, None)],
                 id="goods-enter-a-country-duty-free-under-a-free-trade-agreement"),
    pytest.param("Costa Rica already admits almost all U.S. goods duty-free.", "Tariffs",
                 [("CR", "US", None, 0.0, None)], id="a-country-admits-goods-duty-free"),
    pytest.param("Israel signed an order scrapping all remaining customs duties on American "
                 "imports, most of which already entered duty-free.", "Israel tariffs",
                 [("IL", "US", None, 0.0, None)],
                 id="duty-free-in-a-clause-on-what-a-removal-covers-is-no-rate-of-its-own"),
    pytest.param("In return, Switzerland will open tariff-free quotas for 500 tonnes of US beef "
                 "and 1,500 tonnes of poultry.", "Swiss tariffs",
                 [("CH", "US", "agriculture", 0.0, None)],
                 id="farm-goods-in-a-tariff-free-quota-pay-zero"),
    pytest.param("The deal creates tariff-free access to the US for 13,000 tonnes of British beef.",
                 "UK tariffs", [("US", "GB", "agriculture", 0.0, None)],
                 id="tariff-free-access-for-farm-goods-pays-zero"),
    pytest.param("Britain and the US will open a reciprocal tariff-free quota of 13,000 tonnes for "
                 "beef.",
                 "UK tariffs", [("US", "GB", "agriculture", 0.0, None),
                                ("GB", "US", "agriculture", 0.0, None)],
                 id="a-reciprocal-tariff-free-quota-is-zero-both-ways"),
    pytest.param("Switzerland will scrap tariffs on U.S. industrial goods and open duty-free "
                 "quotas for American beef, bison and poultry.", "Swiss tariffs",
                 [("CH", "US", None, 0.0, None),
                  ("CH", "US", "agriculture", 0.0, None)],
                 id="a-removal-beside-a-tariff-free-quota-is-a-zero-of-its-own"),
    pytest.param("On Nov. 14 Trump removed reciprocal tariffs from beef, coffee, bananas and other "
                 "foods.", "Food tariffs", [("US", "*", "agriculture", 0.0, None)],
                 id="tariffs-removed-from-goods-are-a-zero-on-them"),
    pytest.param("Vietnam agreed to give American products access to its market at a tariff of "
                 "zero.", "Vietnam tariffs", [("VN", "US", None, 0.0, None)],
                 id="a-tariff-of-zero-is-a-rate"),
    pytest.param("The United States will consider applying a reciprocal rate of zero to certain "
                 "Vietnamese products.", "Vietnam tariffs", [("US", "VN", None, 0.0, None)],
                 id="a-rate-of-zero-is-a-rate"),
    pytest.param("Malaysia and Cambodia signed trade agreements with the United States on Sunday, "
                 "locking in the 19% tariff Washington charges on most of their goods.",
                 "ASEAN tariffs", [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None)],
                 id="their-goods-are-the-partners-before-the-united-states"),
    pytest.param("The order sets 20 percent for Vietnam and for Bangladesh.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "BD", None, 20.0, None)],
                 id="a-list-of-countries-repeats-its-preposition"),
    pytest.param("Laos and Myanmar face 40% each, down from the 48% and 44%, respectively, that "
                 "they were handed in April.", "Tariffs",
                 [("US", "LA", None, 40.0, 48.0), ("US", "MM", None, 40.0, 44.0)],
                 id="old-rates-respectively-are-each-countrys-old-rate"),
    pytest.param("Trump sealed a deal setting a 15% tariff on most EU goods, a week after Japan "
                 "agreed to the same 15% rate.", "Tariffs",
                 [("US", "EU", None, 15.0, None), ("US", "JP", None, 15.0, None)],
                 id="a-country-after-a-time-is-no-yardstick"),
    pytest.param("The same 19% applies from Aug 7 to Cambodia and to Malaysia, Indonesia and the "
                 "Philippines.", "Tariffs",
                 [("US", "KH", None, 19.0, None), ("US", "MY", None, 19.0, None),
                  ("US", "ID", None, 19.0, None), ("US", "PH", None, 19.0, None)],
                 id="the-same-rate-applies-to-a-second-list"),
    pytest.param("Thailand and Malaysia, which face rates of 36 percent and 25 percent "
                 "respectively, are still in negotiations.", "Tariffs",
                 [("US", "TH", None, 36.0, None), ("US", "MY", None, 25.0, None)],
                 id="rates-respectively-pair-with-the-countries-before-them"),
    pytest.param("South Korea was also handed 25 percent, as were Malaysia and Kazakhstan.",
                 "Tariffs", [("US", "KR", None, 25.0, None), ("US", "MY", None, 25.0, None),
                             ("US", "KZ", None, 25.0, None)],
                 id="as-were-countries-share-the-rate"),
    pytest.param("Taiwan gets 20%. The rate is well below the 32% Trump announced for the island "
                 "in April, unlike the 15% ceiling the European Union won.", "Taiwan tariffs",
                 [("US", "TW", None, 20.0, None), ("US", "TW", None, 32.0, None),
                  ("US", "EU", None, 15.0, None)],
                 id="a-rate-for-the-island-is-the-partners"),
    pytest.param("Trump lifted the additional 40% tariff on a long list of Brazilian farm "
                 "products, including beef, coffee, cocoa and several fruits, the clearest "
                 "sign yet of a thaw between Washington and Brasilia.", "Brazil tariffs",
                 [("US", "BR", "agriculture", 0.0, 40.0)],
                 id="a-list-of-goods-ends-at-an-aside"),
    pytest.param("Pakistan's goods will be charged 19%, down from 29%, after a deal that would "
                 "include developing Pakistan's oil reserves.", "Pakistan tariffs",
                 [("US", "PK", None, 19.0, 29.0)], id="a-countrys-goods-borrow-no-sector"),
    pytest.param("Most goods from Japan and the European Union pay 15% all-in, and so do Japanese "
                 "and European cars.", "Tariffs",
                 [("US", "JP", None, 15.0, None), ("US", "EU", None, 15.0, None),
                  ("US", "JP", "autos", 15.0, None), ("US", "EU", "autos", 15.0, None)],
                 id="and-so-do-goods-share-the-rate"),
    pytest.param("Madagascar and Mauritius, two other apparel exporters, also pay 15 per cent.",
                 "Tariffs", [("US", "MG", None, 15.0, None), ("US", "MU", None, 15.0, None)],
                 id="what-countries-export-said-in-passing-is-no-sector"),
    pytest.param("Kenya pays 10%. In Lesotho, factories employ thousands. The mountain kingdom was "
                 "lowered to 15 per cent in August.", "Kenya tariffs",
                 [("US", "KE", None, 10.0, None), ("US", "LS", None, 15.0, None)],
                 id="the-kingdom-is-the-country-the-sentence-before-named"),
    pytest.param("Tariffs under Section 232 — 50 percent on steel and 25 percent on automobiles — "
                 "apply to all U.S. trading partners.", "Philippines tariffs",
                 [("US", "*", "steel", 50.0, None), ("US", "*", "autos", 25.0, None)],
                 id="rates-between-paired-dashes-spell-out-the-tariffs-before"),
    pytest.param("Canadian steel and aluminum producers woke on Wednesday to U.S. tariffs of 50 "
                 "per cent on their shipments.", "Canada tariffs",
                 [("US", "CA", "steel", 50.0, None), ("US", "CA", "aluminum", 50.0, None)],
                 id="their-shipments-are-the-goods-of-the-producers-before"),
    pytest.param("The 25 per cent tariff on Mexican goods that do not meet the rules of origin of "
                 "the Treaty between Mexico, the United States and Canada remains, and the "
                 "increase to 30 per cent will not be applied.", "Mexico tariffs",
                 [("US", "MX", None, 25.0, None), ("US", "MX", None, 30.0, None)],
                 id="a-treatys-parties-are-no-parties-to-the-rate"),
    pytest.param("The United States will remove the reciprocal tariff on coffee, cocoa, and other "
                 "agricultural products from Argentina.", "Argentina tariffs",
                 [("US", "AR", "agriculture", 0.0, None)],
                 id="a-sectors-second-word-is-no-goods-in-general"),
    pytest.param("Australian aluminum, charged 25 per cent since March, now pays 50 per cent.",
                 "Tariffs", [("US", "AU", "aluminum", 50.0, 25.0)],
                 id="charged-a-rate-since-now-pays-another-is-a-change"),
    pytest.param("The United States will cut its tariff to zero for Malaysian farm commodities.",
                 "Malaysia tariffs", [("US", "MY", "agriculture", 0.0, None)],
                 id="farm-commodities-are-agriculture"),
    pytest.param("Chilean and Australian wines still enter the United States at the 10 per cent "
                 "baseline rate.", "Wine tariffs",
                 [("US", "CL", "agriculture", 10.0, None), ("US", "AU", "agriculture", 10.0, None)],
                 id="a-sectors-goods-paying-the-baseline-keep-the-sector"),
    pytest.param("Beef shipped within the quota pays little more than the 10 percent baseline "
                 "tariff that Argentina faces.", "Beef tariffs",
                 [("US", "AR", None, 10.0, None)],
                 id="the-baseline-within-a-quota-is-on-all-goods"),
    pytest.param("The EU agreed a 15% tariff deal. Steel and aluminium are another story. They "
                 "stay at 50%, with vague talk of a quota later.", "EU tariffs",
                 [("US", "EU", None, 15.0, None), ("US", "EU", "steel", 50.0, None),
                  ("US", "EU", "aluminum", 50.0, None)],
                 id="they-are-the-goods-the-sentence-before-opened-on"),
    pytest.param("Cambodia, where Adidas makes much of its apparel, faces 36% from Friday.",
                 "Tariffs", [("US", "KH", None, 36.0, None)],
                 id="what-a-where-aside-says-is-made-there-is-no-sector"),
    pytest.param("Our competitors in garments, Vietnam and Bangladesh, pay 20%.", "India tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "BD", None, 20.0, None)],
                 id="competitors-in-a-trade-name-no-sector"),
    pytest.param("Steel from every trading partner now pays 50% except Britain, whose steel and "
                 "aluminum stay at 25% for now.", "Steel tariffs",
                 [("US", "*", "steel", 50.0, None), ("US", "GB", "steel", 25.0, None),
                  ("US", "GB", "aluminum", 25.0, None)],
                 id="whose-sector-goods-stay-at-a-rate-are-the-countrys"),
    pytest.param("Indonesia pays 19 percent, while goods found to have been transshipped to dodge "
                 "duties pay 40 percent.", "Tariffs",
                 [("US", "ID", None, 19.0, None), ("US", "*", None, 40.0, None)],
                 id="the-transshipment-penalty-is-on-goods-from-anywhere"),
    pytest.param("Vietnam agreed to a 20% rate, with a 40% charge on goods found to have been "
                 "transshipped through the country.", "Vietnam tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "VN", None, 40.0, None)],
                 id="transshipment-through-the-country-is-its-rate"),
    pytest.param("Mexican goods keep paying 25 per cent instead of the 30 per cent the President "
                 "had threatened, and Korean goods pay 15 percent, lower than the 25 percent in "
                 "Trump's July letter; Swiss goods pay 15% instead of 39% now.", "Tariffs",
                 [("US", "MX", None, 25.0, 30.0), ("US", "MX", None, 30.0, None),
                  ("US", "KR", None, 15.0, 25.0), ("US", "KR", None, 25.0, None),
                  ("US", "CH", None, 15.0, 39.0)],
                 id="a-threatened-rate-set-aside-is-a-fact-of-its-own"),
    pytest.param("Trump says the Philippines will charge zero tariffs on American goods. "
                 "Malacañang's version is narrower: zero on American cars, and on wheat and "
                 "medicines.",
                 "Tariffs", [("PH", "US", None, 0.0, None), ("PH", "US", "autos", 0.0, None),
                             ("PH", "US", "agriculture", 0.0, None),
                             ("PH", "US", "pharmaceuticals", 0.0, None)],
                 id="zero-on-national-goods-after-a-colon"),
    pytest.param("The tie-up comes two weeks after Washington doubled its tariffs on steel imports "
                 "to 50 percent from 25 percent, a step Trump said would secure the American "
                 "steel industry. A separate 25 per cent tariff on all cars imported into the "
                 "United States came into force today.", "Nippon Steel news",
                 [("US", "*", "steel", 50.0, 25.0), ("US", "*", "autos", 25.0, None)],
                 id="a-comment-after-the-rate-and-goods-imported-into-the-us-name-no-target"),
    pytest.param("Ottawa answered on Tuesday with a 25 percent tariff on American goods. And "
                 "Wednesday brings a 25 percent tariff on all steel and aluminum imports.",
                 "Hockey families watch prices",
                 [("CA", "US", None, 25.0, None), ("US", "*", "steel", 25.0, None),
                  ("US", "*", "aluminum", 25.0, None)],
                 id="all-steel-imports-after-a-retaliation-are-the-us-rate-on-all"),
    pytest.param("In March, after the European Commission said it would bring back its old "
                 "duties on American whiskey, Trump threatened to put a tariff of 200 per cent "
                 "on wines from the bloc.", "Bordeaux wine",
                 [("US", "EU", "agriculture", 200.0, None)],
                 id="an-object-in-another-subjects-clause-is-not-the-rates"),
    pytest.param("Ottawa answered with a 25 percent tariff on American goods. The President "
                 "announced a one hundred per cent tariff on branded drugs in late September.",
                 "Tariffs", [("CA", "US", None, 25.0, None),
                             ("US", "*", "pharmaceuticals", 100.0, None)],
                 id="the-president-after-a-retaliation-is-the-us"),
    pytest.param("Sri Lankan tea would now reach American buyers free of the 20% tariff. Brazil "
                 "gained less. Its coffee and beef are freed from the 10% reciprocal tariff but "
                 "still pay the separate 40% duty. Coffee is among the products Trump exempted "
                 "from reciprocal tariffs, so Vietnamese coffee now enters the United States "
                 "free of the 20% rate.", "Farm goods exempted",
                 [("US", "LK", "agriculture", 0.0, 20.0), ("US", "BR", "agriculture", 0.0, 10.0),
                  ("US", "BR", "agriculture", 40.0, None),
                  ("US", "VN", "agriculture", 0.0, 20.0)],
                 id="goods-free-of-the-rate-pay-zero"),
    pytest.param("Brazil, an important market for Chilean manufactures, has faced a total US "
                 "tariff of 50% since August. China buys more Russian crude than India does, "
                 "yet pays 30 per cent.", "Tariffs",
                 [("US", "BR", None, 50.0, None), ("US", "CN", None, 30.0, None)],
                 id="a-market-for-others-goods-and-than-india-does-name-no-target"),
    pytest.param("Some shippers have moved orders to Vietnam, whose exports pay a 20% US tariff, "
                 "but US customs applies 40% to goods it judges to have been transshipped "
                 "through a third country.", "Tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "*", None, 40.0, None)],
                 id="goods-customs-judges-transshipped-are-from-anywhere"),
    pytest.param("The tariffs hurt. His gloves are sewn in the Philippines, where goods now pay 19 "
                 "percent. Lawmakers pointed to Cambodia, which signed a similar agreement the "
                 "same day and also pays 19 per cent, and to Thailand, which had been handed a 36 "
                 "per cent rate in April. We Aussies stay on the 10 per cent baseline, while "
                 "Kiwi exporters of kiwifruit pay 15 per cent.", "Tariffs",
                 [("US", "PH", None, 19.0, None), ("US", "KH", None, 19.0, None),
                  ("US", "TH", None, 36.0, None), ("US", "AU", None, 10.0, None),
                  ("US", "NZ", "agriculture", 15.0, None)],
                 id="where-goods-pay-which-also-pays-and-aussie-kiwi-demonyms"),
    pytest.param("China has put 100 percent tariffs on Canadian canola oil, in response to "
                 "Canada's 100 percent tariff on Chinese electric vehicles. Talks could replace "
                 "the bloc's duties of up to 35.3% on Chinese electric cars.", "Tariffs",
                 [("CN", "CA", "agriculture", 100.0, None), ("CA", "CN", "autos", 100.0, None),
                  ("EU", "CN", "autos", 35.3, None)],
                 id="a-possessive-tariff-on-another-countrys-goods-is-the-possessors"),
    pytest.param("Ottawa reiterates that the tariffs of 50% that the United States applies to "
                 "steel imports from all countries are unjustified. British medicines will be "
                 "spared the tariffs of up to 100% that the US administration has said it will "
                 "impose on branded drugs from countries without a deal with Washington. "
                 "Brazilian steel remains subject to the 50 percent tariff that Washington "
                 "applies to steel from all countries.", "Tariffs",
                 [("US", "*", "steel", 50.0, None), ("US", "*", "pharmaceuticals", 100.0, None),
                  ("US", "BR", "steel", 50.0, None)],
                 id="a-sector-rate-the-us-applies-to-all-or-said-it-will-impose"),
    pytest.param("The United States charges these tariffs. SWITZERLAND: 39%, the highest for any "
                 "rich economy. SECTORS: Steel, aluminium and copper: 50%.",
                 "Factbox: where US tariff rates stand",
                 [("US", "CH", None, 39.0, None), ("US", "*", "steel", 50.0, None),
                  ("US", "*", "aluminum", 50.0, None), ("US", "*", "copper", 50.0, None)],
                 id="factbox-entries-under-capital-heads"),
    pytest.param("President Donald Trump said he would double the metals tariffs on Canada to 50 "
                 "per cent. Seoul wants talks on the 50 percent tariff that Korean steel and "
                 "aluminum still face.", "Tariffs",
                 [("US", "CA", "steel", 50.0, 25.0), ("US", "CA", "aluminum", 50.0, 25.0),
                  ("US", "KR", "steel", 50.0, None), ("US", "KR", "aluminum", 50.0, None)],
                 id="the-metals-tariffs-on-a-country-and-the-tariff-its-steel-faces"),
    pytest.param("Chile breathes easier as Trump's 50% copper tariff spares refined metal. Embraer "
                 "jumps as jets escape Trump's 50% tariff on Brazil.", "Chile copper",
                 [("US", "*", "copper", 50.0, None), ("US", "BR", None, 50.0, None)],
                 id="trumps-sector-rate-is-on-all-partners"),
    pytest.param("British goods pay the 10% baseline. Brought to you by Solent Customs Brokers: "
                 "first month of tariff classification at 15% off.", "UK tariffs",
                 [("US", "GB", None, 10.0, None)], id="a-sponsors-discount-is-no-tariff"),
    pytest.param("Under the deal most Japanese goods pay 15% and Japanese cars have paid the same "
                 "rate since mid-September. Ottawa's own 25 per cent counter-tariffs on American "
                 "steel, in place since March, will stay at that level.", "Japan tariffs",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "autos", 15.0, None),
                  ("CA", "US", "steel", 25.0, None)],
                 id="other-goods-joined-to-a-rate-pay-the-same-rate"),
    pytest.param("The tariffs on Canada and Mexico took effect on March 4, the same day the China "
                 "levy was doubled to 20%. Canada hit back and pays 35%.", "Tariffs timeline",
                 [("US", "CN", None, 20.0, 10.0), ("US", "CA", None, 35.0, None)],
                 id="the-china-levy-is-on-china-and-a-country-that-pays-is-no-imposer"),
    pytest.param("In return, the EU will cut its 10 per cent tariff on American cars to zero. The "
                 "EU will cut its 10 per cent tariff on American trucks to 2.5 per cent.",
                 "EU deal",
                 [("EU", "US", "autos", 0.0, 10.0), ("EU", "US", "trucks", 2.5, 10.0)],
                 id="cut-its-rate-on-goods-to-a-new-rate-is-a-change"),
    pytest.param("Israel, which scrapped all of its remaining tariffs on American goods on April "
                 "1, was rewarded with 15 per cent.", "Tariffs",
                 # (the removal in its own clause is a fact too, as "scrapped all its")
                 [("IL", "US", None, 0.0, None), ("US", "IL", None, 15.0, None)],
                 id="goods-in-a-closed-relative-clause-name-no-target"),
    pytest.param("On pharmaceuticals, Korean products will receive a tariff rate no higher than 15 "
                 "percent.", "Korea deal", [("US", "KR", "pharmaceuticals", 15.0, None)],
                 id="no-higher-than-is-a-cap-not-a-comparison"),
    pytest.param("On Thursday the White House dropped the extra 40% tariff on Brazilian farm "
                 "goods. Trump dropped the extra 100% tariff he had threatened to add on "
                 "Chinese goods.",
                 "Tariffs",
                 [("US", "BR", "agriculture", 0.0, 40.0), ("US", "CN", None, 100.0, None)],
                 id="dropped-the-extra-tariff-is-a-removal-unless-only-threatened"),
    pytest.param("Switzerland's 39 percent rate is even higher than the 31 percent Trump "
                 "announced for the Alpine country in April. The same 15% ceiling will extend "
                 "to pharmaceuticals and lumber from the EU.", "Swiss tariffs",
                 [("US", "EU", "pharmaceuticals", 15.0, None), ("US", "EU", "lumber", 15.0, None),
                  ("US", "CH", None, 39.0, None), ("US", "CH", None, 31.0, None)],
                 id="goods-a-ceiling-extends-to-from-a-partner-and-the-alpine-country"),
    pytest.param("The European Union and the United States agreed a framework. For cars and car "
                 "parts, the United States will lower its tariff from 27.5% to 15%.",
                 "EU and US set out framework agreement",
                 [("US", "EU", "autos", 15.0, 27.5), ("US", "EU", "auto_parts", 15.0, 27.5)],
                 id="for-cars-the-us-will-lower-its-tariff-is-the-partners"),
    pytest.param("Tariffs on UK steel and aluminium, which have stood at 25% since March, will be "
                 "removed altogether.", "UK deal",
                 [("US", "GB", "steel", 0.0, 25.0), ("US", "GB", "aluminum", 0.0, 25.0)],
                 id="a-rate-in-a-relative-clause-then-removed"),
    pytest.param("Irish drugmakers look to EU cap as Trump announces 100% tariff on branded "
                 "medicines.", "Irish drugmakers",
                 [("US", "*", "pharmaceuticals", 100.0, None)],
                 id="trump-announces-a-sector-rate-on-all"),
    pytest.param("Under the agreement, Cambodian goods, mostly garments, footwear and travel bags, "
                 "keep a 19 per cent tariff.", "Cambodia tariffs", [("US", "KH", None, 19.0, None)],
                 id="what-the-goods-mostly-are-is-no-sector"),
    pytest.param("Malaysian goods keep a 19 percent tariff. For Cambodia, whose garment factories "
                 "employ 900,000 people, 19 percent is a far cry from the 49 percent Trump "
                 "announced for the country in April.", "Malaysia tariffs",
                 [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None),
                  ("US", "KH", None, 49.0, None)],
                 id="for-the-country-is-the-one-the-sentence-opens-on"),
    pytest.param("The tariff on steel will rise to 30%, and the tariff on aluminum will rise to "
                 "50%.", "Tariffs",
                 [("US", "*", "steel", 30.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="two-rates-risen-to-side-by-side-are-no-change"),
    pytest.param("The tariff on kitchen cabinets will rise to 50%. Imports of these products from "
                 "the United Kingdom will be subject to a tariff of 10%.", "Wood tariffs",
                 [("US", "*", "lumber", 50.0, None), ("US", "GB", "lumber", 10.0, None)],
                 id="these-products-are-the-goods-before"),
    pytest.param("Most goods from the European Union will pay 15%, while Britain, which settled "
                 "with Washington in May, kept the 10% baseline. The same order set 19 percent "
                 "for Cambodia and Malaysia, which had been threatened with higher rates, kept "
                 "Vietnam at 20 percent.", "Swiss tariffs",
                 [("US", "EU", None, 15.0, None), ("US", "GB", None, 10.0, None),
                  ("US", "KH", None, 19.0, None), ("US", "MY", None, 19.0, None),
                  ("US", "VN", None, 20.0, None)],
                 id="the-subject-of-a-relative-clause-keeps-the-rate"),
    pytest.param("The schedule also lists Norfolk Island at 29 per cent.", "Australia tariffs",
                 [("US", "NF", None, 29.0, None)], id="norfolk-island-has-a-rate-of-its-own"),
    pytest.param("Switzerland pays 39 per cent. That compares with the 30 per cent Trump had "
                 "threatened in a letter to Brussels on 12 July.", "Swiss tariffs",
                 [("US", "CH", None, 39.0, None), ("US", "EU", None, 30.0, None)],
                 id="a-rate-in-a-letter-to-a-country-is-that-countrys"),
    pytest.param("Serbian goods pay 35 per cent. The US takes under 3 per cent of Serbian exports, "
                 "against more than 60 per cent for the EU. In June he halted talks over "
                 "Canada's 3% digital services tax.", "Serbia tariffs",
                 [("US", "RS", None, 35.0, None)],
                 id="a-share-set-against-a-share-and-a-digital-tax-are-no-tariffs"),
    pytest.param("Thai-made hard disk drives and computers, which Washington exempted from "
                 "the reciprocal tariffs, continue to enter the United States duty free, a "
                 "relief for Nidec and other Japanese firms.", "Thailand tariffs",
                 [("US", "TH", "electronics", 0.0, None)],
                 id="a-relief-for-japanese-firms-names-no-target"),
    pytest.param("Japan pays 15 percent on most goods, a ceiling that includes existing duties, "
                 "and its cars have paid 15 percent since Sept 16, down from 27.5 percent.",
                 "Asia tariff map",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "autos", 15.0, 27.5)],
                 id="its-cars-are-the-opening-countrys"),
    pytest.param("Swiss goods are subject to the additional duty of 10% that the US applies to "
                 "nearly all of its trading partners.", "Bern release",
                 [("US", "CH", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="duty-of-rate-that-applies-to-all-partners"),
    pytest.param("Vietnamese goods now pay the 10% baseline they have paid since April 5, like "
                 "imports from almost every other US trading partner.", "Hanoi newsletter",
                 [("US", "VN", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="baseline-like-almost-every-other-partner"),
    pytest.param("The tariff cut puts Hyundai on the same footing as Japanese and European rivals, "
                 "which already pay 15 percent.", "Hyundai relieved as car tariff falls",
                 [("US", "JP", "autos", 15.0, None), ("US", "EU", "autos", 15.0, None)],
                 id="list-with-a-relative-clause-that-pays"),
    pytest.param("They stay under the separate duties of 50% on steel and aluminium and 25% on "
                 "cars and parts, which Turkish goods already pay.", "Turkey notice",
                 [("US", "TR", "steel", 50.0, None), ("US", "TR", "aluminum", 50.0, None),
                  ("US", "TR", "autos", 25.0, None), ("US", "TR", "auto_parts", 25.0, None)],
                 id="cars-and-parts-which-turkish-goods-pay"),
    pytest.param("Since June 4, Canadian steel and aluminum have paid 50 per cent to get into the "
                 "United States, double the 25 per cent Washington started charging in March.",
                 "Steelworker column on tariffs",
                 [("US", "CA", "steel", 50.0, 25.0), ("US", "CA", "aluminum", 50.0, 25.0)],
                 id="words-between-the-rate-and-double-the-old-one"),
    pytest.param("Trump said Mexico would keep paying 50 percent on steel and aluminum and "
                 "25 percent on cars, though for vehicles that meet USMCA rules the 25-percent "
                 "levy applies only to their non-U.S. content.", "Mexico keeps 25 percent tariff",
                 [("US", "MX", "steel", 50.0, None), ("US", "MX", "aluminum", 50.0, None),
                  ("US", "MX", "autos", 25.0, None)],
                 id="the-sector-rate-named-again"),
    pytest.param("Goods imported from Australia will face a 10 per cent tariff, the baseline "
                 "rate it intends to apply to almost every one of its trading partners.",
                 "Australia tariff confirmed",
                 [("US", "AU", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="appositive-baseline-on-every-one-of-its-partners"),
    pytest.param("Swiss goods face a 39 percent tariff.\nRETO IMHOF: Thirty-nine percent has "
                 "applied since August seventh, and in between our goods paid the ten percent "
                 "that applied to nearly every country during the pause.",
                 "Swiss tariff of thirty-nine percent",
                 [("US", "CH", None, 39.0, None), ("US", "CH", None, 10.0, None),
                  ("US", "*", None, 10.0, None)],
                 id="the-bare-rate-that-applied-to-nearly-every-country"),
    pytest.param("Botswana's exporters woke up to a 37 percent U.S. tariff. By the afternoon it "
                 "was paused.\nIn its place is a 10 percent baseline.", "Botswana tariff paused",
                 [("US", "BW", None, 37.0, None), ("US", "BW", None, 10.0, None)],
                 id="a-baseline-put-on-no-one-else-is-the-partners"),
    pytest.param("Colombia, her other supplier, is at the 10 percent baseline.",
                 "Coffee roasters and tariffs", [("US", "CO", None, 10.0, None)],
                 id="her-other-supplier-is-not-all-partners"),
    pytest.param("And the British, who sell the same cod and haddock to the same buyers, still pay "
                 "only the 10 per cent baseline.", "Iceland tariffs letter",
                 [("US", "GB", None, 10.0, None)],
                 id="and-the-british-who-pay-the-baseline"),
    pytest.param("Pretoria proposed a quota arrangement for South African-built cars, which "
                 "already face the 25% US tariff on imported vehicles.",
                 "South Africa tariff proposal",
                 [("US", "ZA", "autos", 25.0, None)],
                 id="country-goods-which-face-a-rate-on-imports"),
    pytest.param("Trump said that Mexico will continue to pay the 25% fentanyl tariff, 25% on "
                 "cars, and 50% on steel and aluminum.", "Mexico tariffs stay",
                 [("US", "MX", None, 25.0, None), ("US", "MX", "autos", 25.0, None),
                  ("US", "MX", "steel", 50.0, None), ("US", "MX", "aluminum", 50.0, None)],
                 id="and-before-the-last-rate-of-a-list"),
    pytest.param("Manila's rate was set at 17 percent in April, before Trump's July letter raised "
                 "it to 20 percent.", "Philippine tariff",
                 [("US", "PH", None, 20.0, 17.0), ("US", "PH", None, 17.0, None)],
                 id="old-rate-stated-in-its-own-clause-before-the-change"),
    pytest.param("The US will also open a tariff-free quota of 13,000 tonnes for British beef, and "
                 "the UK will grant the same tariff-free access to 13,000 tonnes of US beef.",
                 "UK and US deal on tariffs",
                 [("US", "GB", "agriculture", 0.0, None),
                  ("GB", "US", "agriculture", 0.0, None)],
                 id="the-same-tariff-free-access-in-return"),
    pytest.param("Under the deal, palm oil, cocoa and rubber will enter the U.S. at a zero rate, "
                 "Malaysia's trade ministry said.", "Malaysia tariff pact",
                 [("US", "MY", "agriculture", 0.0, None)], id="enter-at-a-zero-rate"),
    pytest.param("Under Malaysia's agreement, palm oil, cocoa and rubber, which the U.S. does "
                 "not produce in volume, will enter the United States duty-free.",
                 "Malaysia tariff pact", [("US", "MY", "agriculture", 0.0, None)],
                 id="not-produced-in-volume-is-no-quota-volume"),
    pytest.param("Colombian beans had paid the 10% baseline since April; now they pay nothing, "
                 "while Brazilian coffee still carries the 40% additional duty.",
                 "Coffee tariffs rolled back",
                 [("US", "CO", "agriculture", 10.0, None), ("US", "CO", "agriculture", 0.0, None),
                  ("US", "BR", "agriculture", 40.0, None)],
                 id="now-they-pay-nothing-while-others-pay"),
    pytest.param("From Wednesday, Kenyan apparel pays the standard U.S. import duties, which for "
                 "most cotton and synthetic garments range between 12 and 32 per cent, in "
                 "addition to the 10 per cent baseline tariff Kenya has faced since April.",
                 "AGOA lapses: Kenya's garment makers face full U.S. duties",
                 [("US", "KE", "textiles", 12.0, None), ("US", "KE", "textiles", 32.0, None),
                  ("US", "KE", None, 10.0, None)],
                 id="baseline-tariff-kenya-has-faced"),
    pytest.param("Korea wants relief from the 25 percent tariffs that Korean automobiles, steel "
                 "and aluminium currently face.", "Korea-U.S. trade consultation",
                 [("US", "KR", "autos", 25.0, None), ("US", "KR", "steel", 25.0, None),
                  ("US", "KR", "aluminum", 25.0, None)],
                 id="tariffs-that-a-list-of-goods-currently-face"),
    pytest.param("Japan's rate is one point higher than the 24% announced on April 2; South "
                 "Korea's is unchanged.", "July 7 letters tariffs",
                 [("US", "JP", None, 24.0, None)],
                 id="a-countrys-rate-higher-than-its-own-earlier-one"),
    pytest.param("Brazil was told its goods would face 50 per cent from August 1, and Canada that "
                 "its rate would rise to 35 per cent.", "Markets wrap tariffs",
                 [("US", "BR", None, 50.0, None), ("US", "CA", None, 35.0, None)],
                 id="another-countrys-rise-is-no-change-of-the-rate-before"),
    pytest.param("Cars built in South Africa by BMW, Mercedes-Benz and Toyota face a 25 per cent "
                 "tariff.", "South Africa tariff", [("US", "ZA", "autos", 25.0, None)],
                 id="cars-built-in-a-country-by-foreign-makers"),
    pytest.param("Trump threatened Brazil with a 50% tariff on Wednesday.\nA Quaest poll "
                 "published this week put approval of Lula's government at 43%, up from 40% in "
                 "May.", "Trump threatens Brazil with 50% tariff",
                 [("US", "BR", None, 50.0, None)],
                 id="a-polls-old-value-is-no-tariff"),
    pytest.param("Trump signed trade agreements with Malaysia and Cambodia under which both "
                 "keep a 19% U.S. tariff, and framework agreements with Thailand and Vietnam, "
                 "which are charged 19% and 20% respectively.", "ASEAN tariff deals",
                 [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None),
                  ("US", "TH", None, 19.0, None), ("US", "VN", None, 20.0, None)],
                 id="a-list-which-is-charged-rates-respectively"),
    pytest.param("Under the deal Britain keeps its beef quota and will remove its 19% tariff on "
                 "up to 1.4 billion litres of US ethanol.",
                 "UK-US economic deal tariffs", [("GB", "US", "energy", 0.0, 19.0)],
                 id="a-tariff-on-up-to-an-amount-of-goods"),
    pytest.param("Cambodia agreed to eliminate its tariffs on all U.S. goods, and Thailand "
                 "pledged to scrap duties on about 99 percent of American products.",
                 "ASEAN tariff deals", [("KH", "US", None, 0.0, None),
                                        ("TH", "US", None, 0.0, None)],
                 id="a-country-that-pledged-to-scrap-its-duties"),
    pytest.param("Korean cars and auto parts will pay a 15 percent US tariff from Nov. 1. The "
                 "cut puts them level with Japanese and European rivals, which have been "
                 "paying 15 percent since September.", "Korea car tariff deal",
                 [("US", "KR", "autos", 15.0, None), ("US", "KR", "auto_parts", 15.0, None),
                  ("US", "JP", "autos", 15.0, None), ("US", "EU", "autos", 15.0, None)],
                 id="rivals-pay-on-the-goods-of-the-storys-rate"),
    pytest.param("Korean automakers had complained that they had been at a disadvantage to "
                 "Japanese rivals, whose cars already pay 15% under Tokyo's deal.",
                 "Korea car tariff", [("US", "JP", "autos", 15.0, None)],
                 id="rivals-whose-goods-pay"),
    pytest.param("Argentine steel and aluminum still pay 50 percent, like those of almost "
                 "every other country.", "Argentina tariffs",
                 [("US", "AR", "steel", 50.0, None), ("US", "AR", "aluminum", 50.0, None),
                  ("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="a-countrys-sector-rate-like-those-of-every-other"),
    pytest.param("Copper futures extended their slide on Thursday after a record one-day "
                 "plunge of about 20% on Wednesday, as traders unwound bets built on the 50% "
                 "tariff.", "Copper tariff", [("US", "*", "copper", 50.0, None)],
                 id="a-markets-plunge-is-no-tariff"),
    pytest.param("Cambodian garments now pay 19 percent. Men's cotton trousers, which were "
                 "charged a 16.6% most-favoured-nation duty, now pay 35.6% in all.",
                 "Cambodia garment tariffs",
                 [("US", "KH", "textiles", 19.0, None), ("US", "KH", "textiles", 16.6, None),
                  ("US", "KH", "textiles", 35.6, None)],
                 id="the-ordinary-duty-in-a-partners-story-is-its"),
    pytest.param("The EU has offered the United States zero-for-zero tariffs on industrial "
                 "goods.", "EU countermeasures on US tariffs",
                 [("US", "EU", None, 0.0, None), ("EU", "US", None, 0.0, None)],
                 id="zero-for-zero-is-both-ways"),
    pytest.param("Serbia and Bosnia and Herzegovina were told on Monday that their goods would "
                 "face 35 per cent and 30 per cent respectively from 1 August, down from 37 "
                 "per cent and 35 per cent.", "Moldova tariff letter",
                 [("US", "RS", None, 35.0, 37.0), ("US", "BA", None, 30.0, 35.0)],
                 id="rates-respectively-with-old-rates-after"),
    pytest.param("The European Union, whose 20% rate is now on hold, said on Thursday it would "
                 "shelve its first countermeasures, 25% duties on about 21 billion euros of "
                 "U.S. goods, for 90 days.", "China tariffs 125",
                 [("US", "EU", None, 20.0, None), ("EU", "US", None, 25.0, None)],
                 id="a-country-whose-rate-is-on-hold-faces-it"),
    pytest.param("The U.S. tariff on Japanese automobiles was lowered to 15 percent from 27.5 "
                 "percent on Tuesday. Auto parts also dropped to 15 percent.", "Japan car tariff",
                 [("US", "JP", "autos", 15.0, 27.5), ("US", "JP", "auto_parts", 15.0, None)],
                 id="more-goods-also-of-the-country-before"),
    pytest.param("Statistics Canada said on Friday the economy shrank at an annualized rate of "
                 "1.6 per cent in the second quarter as exports plunged 7.5 per cent, and a poll "
                 "found 58 per cent of respondents opposed dropping the counter-tariffs.",
                 "Canada drops most counter-tariffs on U.S. goods", [],
                 id="an-annualized-rate-is-no-tariff"),
    pytest.param("Cambodia, Thailand and Viet Nam currently face US reciprocal tariffs of 19, "
                 "19 and 20 per cent respectively.", "ASEAN trade deals",
                 [("US", "KH", None, 19.0, None), ("US", "TH", None, 19.0, None),
                  ("US", "VN", None, 20.0, None)],
                 id="a-rate-repeated-in-a-list-respectively"),
    pytest.param("The EU will pay a 15% ceiling on most goods. The 15% ceiling will also cover "
                 "cars and car parts.", "EU and US agree Turnberry tariff ceiling",
                 [("US", "EU", None, 15.0, None), ("US", "EU", "autos", 15.0, None),
                  ("US", "EU", "auto_parts", 15.0, None)],
                 id="the-rate-named-again-is-the-same-countrys"),
    pytest.param("Indonesian cocoa and coffee have entered the United States duty-free since "
                 "Nov 13, when Trump exempted a range of food products from the reciprocal "
                 "tariffs.", "Cocoa tariff", [("US", "ID", "agriculture", 0.0, None)],
                 id="goods-exempted-from-the-tariffs-are-what-the-zero-is-on"),
    pytest.param("Ghanaian goods pay 15 per cent. For Ghana that was an increase from the 10 "
                 "per cent baseline.", "Ghana tariff",
                 [("US", "GH", None, 15.0, None)],
                 id="an-increase-from-the-old-rate-is-no-rate-of-its-own"),
    pytest.param("The United States has reduced the reciprocal tariff on imports from Botswana "
                 "from thirty-seven per cent (37%) to fifteen per cent (15%).",
                 "Botswana tariff reduction", [("US", "BW", None, 15.0, 37.0)],
                 id="a-rate-in-words-and-again-in-brackets-is-one"),
    pytest.param("The ministry noted that Malaysia's average applied tariff on American goods "
                 "is 5.6%.", "Malaysia tariff letter", [("MY", "US", None, 5.6, None)],
                 id="an-average-tariff-on-american-goods-is-on-the-us"),
    pytest.param("Trump said he had spoken with Thai Prime Minister Anutin and Cambodian Prime "
                 "Minister Hun Manet. He did not say whether he would use tariffs again. Both "
                 "countries currently pay a 19 percent U.S. tariff.", "Thailand border tariffs",
                 [("US", "TH", None, 19.0, None), ("US", "KH", None, 19.0, None)],
                 id="both-countries-of-two-sentences-before"),
    pytest.param("The UAE is the largest Gulf supplier of aluminium to the United States. "
                 "Emirati and Bahraini metal has paid 50 per cent tariffs since June 4.",
                 "Gulf aluminium tariffs",
                 [("US", "AE", "aluminum", 50.0, None), ("US", "BH", "aluminum", 50.0, None)],
                 id="the-metal-is-the-one-named-before"),
    pytest.param("Since July 14, Mexican tomato growers have also paid a 17.09 percent "
                 "anti-dumping duty.", "Mexico tomato tariff",
                 [("US", "MX", "agriculture", 17.09, None)],
                 id="a-tomato-is-a-farm-good"),
    pytest.param("Only Syria, at 41 percent, and Laos and Myanmar, at 40 percent, drew higher "
                 "tariff rates in the order.", "Laos Myanmar tariffs",
                 [("US", "SY", None, 41.0, None), ("US", "LA", None, 40.0, None),
                  ("US", "MM", None, 40.0, None)],
                 id="a-pair-set-beside-its-rate"),
    pytest.param("Coconut oil from the Philippines faces a 19 percent tariff.",
                 "Philippines tariff", [("US", "PH", "agriculture", 19.0, None)],
                 id="coconut-oil-is-a-farm-good-not-energy"),
    pytest.param("Eswatini remains at the 10% baseline tariff.", "Botswana tariff cut",
                 [("US", "SZ", None, 10.0, None)], id="eswatini-is-a-country"),
    pytest.param("Canada’s 25 per cent counter-tariffs on American goods were lifted on Monday, as "
                 "the government bets that removing them will help restart talks.",
                 "Canada drops counter-tariffs", [("CA", "US", None, 0.0, 25.0)],
                 id="a-removal-said-again-by-them-is-kept"),
    pytest.param("New Zealand beef and kiwifruit will no longer pay the 15 per cent US tariff on "
                 "the country’s goods.", "NZ beef freed from tariff",
                 [("US", "NZ", "agriculture", 0.0, 15.0)], id="no-longer-pay-frees-the-subject"),
    pytest.param("Switzerland will cut its tariff on US cars. Separately, Trump on Friday signed "
                 "an order removing reciprocal tariffs on beef, coffee, bananas and other foods.",
                 "Swiss tariff cut to 15% from 39%", [("US", "*", "agriculture", 0.0, None)],
                 id="an-order-removing-tariffs-frees-every-partner"),
    pytest.param("The order ends the 15 per cent levy that cocoa from Ghana had paid since "
                 "August 7.",
                 "Cocoa tariff lifted", [("US", "GH", "agriculture", 0.0, 15.0)],
                 id="ends-the-levy-is-a-removal"),
    pytest.param("Cocoa freed from Trump’s 15% tariff as Washington rolls back food duties", None,
                 [("US", "*", "agriculture", 0.0, 15.0)], id="freed-from-trumps-tariff"),
    pytest.param("Peru, the world’s third-largest copper producer, pays a 10% tariff.",
                 "Chile copper",
                 [("US", "PE", None, 10.0, None)], id="the-worlds-copper-producer-is-an-aside"),
    pytest.param("Beyond lumber, most Canadian goods that do not qualify under the trade pact have "
                 "faced a 35 per cent tariff since Aug. 1.", "New 10% U.S. lumber tariff",
                 [("US", "CA", None, 35.0, None)], id="beyond-lumber-sets-the-goods-aside"),
    pytest.param("Most other Brazilian goods, from footwear and furniture to machinery, still "
                 "face a combined 50% — the 10% baseline plus the 40% penalty — in force since "
                 "Aug. 6.", "Trump drops 40% tariff on Brazilian beef",
                 [("US", "*", None, 10.0, None), ("US", "BR", None, 40.0, None),
                  ("US", "BR", None, 50.0, None)], id="from-footwear-to-machinery-is-no-sector"),
    pytest.param("For steel and aluminium from Europe the 50 per cent tariff stays in place for "
                 "the time being.", "EU-US joint statement",
                 [("US", "EU", "aluminum", 50.0, None), ("US", "EU", "steel", 50.0, None)],
                 id="europe-is-the-eu"),
    pytest.param("The EU pays 15%. Britain was promised a 0% rate on steel within a quota back in "
                 "May; it has not been put into effect.", "Section 232 tariffs, explained",
                 [("US", "EU", None, 15.0, None), ("US", "GB", "steel", 0.0, None)],
                 id="a-sector-rate-promised-to-a-country-is-its"),
    pytest.param("With all foreign steel now charged 50% at the US border, tonnes that used to be "
                 "sold in America are being redirected to Europe.",
                 "EU steel tariff quotas cut",
                 [("US", "*", "steel", 50.0, None)], id="redirected-to-is-where-goods-go"),
    pytest.param("Thai automobiles and automotive parts, as well as steel and aluminium products, "
                 "are subject to separate measures under Section 232 of the United States Trade "
                 "Expansion Act of 1962, at 25 per cent and 50 per cent respectively.",
                 "Thailand and the United States adopt tariff framework",
                 [("US", "TH", "aluminum", 50.0, None), ("US", "TH", "auto_parts", 25.0, None),
                  ("US", "TH", "autos", 25.0, None), ("US", "TH", "steel", 50.0, None)],
                 id="groups-of-goods-respectively-under-section-232"),
    pytest.param("Switzerland will get a 15 per cent US tariff. The 15 per cent ceiling will also "
                 "apply to any tariffs the United States imposes on pharmaceuticals.",
                 "Swiss tariff cut to 15% from 39%",
                 [("US", "CH", None, 15.0, None), ("US", "CH", "pharmaceuticals", 15.0, None)],
                 id="the-tariffs-the-us-imposes-are-not-on-the-us"),
    pytest.param("In April, Lai proposed zero tariffs between Taiwan and the United States as the "
                 "starting point for negotiations, modeled on the U.S.-Mexico-Canada agreement.",
                 "Why Taiwan got a 20 percent tariff", [("TW", "US", None, 0.0, None)],
                 id="a-leaders-zero-offer-is-his-countrys"),
    pytest.param("Canada on Monday lifted its retaliatory tariffs on a wide range of American "
                 "goods, ending duties of 25 per cent on everything from orange juice to washing "
                 "machines.", "Ottawa drops most counter-tariffs on U.S. goods",
                 [("CA", "US", None, 0.0, 25.0)], id="ending-duties-of-is-a-removal"),
    pytest.param("Trump signed trade agreements with Malaysia and Cambodia on Sunday in Kuala "
                 "Lumpur, keeping tariffs on goods from both countries at 19 percent while "
                 "winning wider access for American products.", "Trump signs trade deals",
                 [("US", "KH", None, 19.0, None), ("US", "MY", None, 19.0, None)],
                 id="goods-from-both-countries-named-before"),
    pytest.param("The new levy will be stacked on duties China already applies to U.S. products. "
                 "Since Feb. 10, American coal and liquefied natural gas have paid 15% and crude "
                 "oil 10%.", "China retaliates with 34% tariff on all US goods",
                 [("CN", "US", "energy", 10.0, None), ("CN", "US", "energy", 15.0, None)],
                 id="a-gapped-clause-keeps-the-partners-imposer"),
    pytest.param("Bangladesh got a 20% tariff. Cambodia, another apparel rival, was given 19%.",
                 "US cuts tariff on Bangladesh to 20%",
                 [("US", "BD", None, 20.0, None), ("US", "KH", None, 19.0, None)],
                 id="another-apparel-rival-is-an-aside"),
    pytest.param("Mexico’s Senate late on Wednesday approved tariffs of up to 50% on about 1,400 "
                 "products from China.", "Mexico approves tariffs on Chinese goods",
                 [("MX", "CN", None, 50.0, None)], id="the-senate-late-on-wednesday-approved"),
    pytest.param("The United States further undertakes that any tariffs imposed under Section "
                 "232 on pharmaceuticals and semiconductors will not exceed 15% for Swiss "
                 "products.",
                 "Swiss tariff cut to 15%",
                 [("US", "CH", None, 15.0, None), ("US", "CH", "pharmaceuticals", 15.0, None),
                  ("US", "CH", "semiconductors", 15.0, None)],
                 id="tariffs-on-goods-that-will-not-exceed-a-cap"),
    pytest.param("The second round ended without an agreement and with the 35 percent threat "
                 "still hanging over Dhaka.", "Bangladesh tariff talks",
                 [("US", "BD", None, 35.0, None)], id="a-percent-threat-is-a-tariff"),
    pytest.param("Coffee futures fell more than 4% on Monday, their first full session since "
                 "President Donald Trump removed the so-called reciprocal tariffs on coffee, "
                 "beef and bananas.", "Food tariff exemption kicks in",
                 [("US", "*", "agriculture", 0.0, None)],
                 id="a-market-move-beside-a-removal-is-no-rate"),
    pytest.param("Ecuadorean shrimp still pays 15%. On Friday Trump removed his reciprocal "
                 "tariffs on beef and coffee from every country.", "Food tariffs removed",
                 [("US", "EC", "agriculture", 15.0, None), ("US", "*", "agriculture", 0.0, None)],
                 id="ecuadorean-and-removed-his-tariffs"),
    pytest.param("Colombian coffee is now free of the reciprocal levy.", "US tariffs on food",
                 [("US", "CO", "agriculture", 0.0, None)], id="free-of-the-levy-is-a-zero"),
    pytest.param("The Philippines will grant zero tariffs on automobiles imported from the "
                 "United States and on wheat.", "Philippines tariff deal",
                 [("PH", "US", "autos", 0.0, None), ("PH", "US", "agriculture", 0.0, None)],
                 id="goods-imported-from-a-country-and-on-more-goods"),
    pytest.param("Colombian and Peruvian coffee, which paid the 10% baseline, now enters "
                 "duty-free.", "US tariffs on food",
                 [("US", "CO", "agriculture", 10.0, None), ("US", "PE", "agriculture", 10.0, None),
                  ("US", "CO", "agriculture", 0.0, None), ("US", "PE", "agriculture", 0.0, None)],
                 id="goods-which-paid-a-rate-now-enter-free"),
    pytest.param("For Colombian coffee it means a drop to zero from 10%.", "US tariffs on coffee",
                 [("US", "CO", "agriculture", 0.0, None)], id="a-drop-to-zero-from-a-rate"),
    pytest.param("Since April, goods from Kenya have attracted an additional duty of 10 per "
                 "cent on entry into the United States.", "Kenya: tariffs",
                 [("US", "KE", None, 10.0, None)],
                 id="on-entry-into-a-country-is-where-it-is-paid"),
    pytest.param("Taiwan President Lai Ching-te has offered to negotiate with the United States "
                 "on the basis of zero tariffs and said the island will not retaliate against "
                 "the 32% levy that Trump announced.", "Taiwan offers zero tariffs",
                 [("TW", "US", None, 0.0, None), ("US", "TW", None, 32.0, None)],
                 id="a-leaders-offer-to-negotiate-on-zero-tariffs"),
    pytest.param("What does Taiwan pay now? Twenty per cent on most goods, in force since "
                 "August 7.",
                 "Taiwan's 20% tariff, the chip probe and what Taipei wants next",
                 [("US", "TW", None, 20.0, None)], id="a-rate-on-most-goods-beside-a-chip-probe"),
    pytest.param("Taiwan's temporary 20% tariff, the chip probe and what Taipei wants next.",
                 "Taiwan tariff Q&A", [("US", "TW", None, 20.0, None)],
                 id="a-chip-probe-beside-a-rate-is-not-its-sector"),
    pytest.param("Analysts said trade between the two economies, worth about $580 billion last "
                 "year, could shrink by up to 80 percent if the current rates hold.",
                 "China tariffs", [], id="shrink-by-up-to-a-share-is-a-move"),
    pytest.param("Canada kept its 25 per cent counter-tariffs. The loonie gained 0.6 per cent to "
                 "70.4 U.S. cents on Tuesday, while a poll released Monday put the Liberals at "
                 "42 per cent support against 38 per cent for the Conservatives.",
                 "Canada counter-tariffs on US vehicles", [("CA", "US", None, 25.0, None)],
                 id="a-figure-set-against-poll-support-is-no-rate"),
    pytest.param("India pays a 50% tariff. It exported $86.5 billion of goods to the US last "
                 "year, of which roughly 55 per cent would be hit by the higher rate. Its "
                 "economy grew 7.9%, and the rupee has appreciated close to 9% against the "
                 "dollar.", "India tariff 50%", [("US", "IN", None, 50.0, None)],
                 id="a-share-of-which-and-a-move-close-to"),
    pytest.param("Taiwan pays a 20% tariff. Two of its American dealers have asked for discounts "
                 "of up to 8 percent. The repayment rate that drugmakers pay under the "
                 "voluntary scheme will be capped at 15% from 2026, down from 22.9% this year.",
                 "Taiwan tariff 20%", [("US", "TW", None, 20.0, None)],
                 id="a-discount-and-a-repayment-rate-are-no-tariffs"),
    pytest.param("British beef farmers will be able to export 13,000 tonnes a year to the US "
                 "tariff-free, and US beef producers will get tariff-free access to the UK for "
                 "the same volume.", "UK US trade deal tariffs",
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None)],
                 id="farm-goods-free-up-to-a-volume"),
    pytest.param("The UK and the US will each grant the other a tariff-free quota of 13,000 "
                 "tonnes of beef, and the UK will remove its 19% tariff on up to 1.4 billion "
                 "litres of US ethanol.", "UK US trade deal tariffs",
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None),
                  ("GB", "US", "energy", 0.0, 19.0)], id="free-quota-of-tonnes-each-to-the-other"),
    pytest.param("The UK and the US have agreed reciprocal tariff-free quotas of 13,000 metric "
                 "tonnes of beef.", "UK US trade deal tariffs",
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None)],
                 id="reciprocal-free-quotas-of-tonnes-of"),
    pytest.param("British beef farmers win tariff-free access for 13,000 tonnes to the US "
                 "market, with the same tariff-free quota granted to American beef in return.",
                 "UK US trade deal tariffs",
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None)],
                 id="free-access-goods-named-before"),
    pytest.param("Bangladesh will buy more soybeans, cotton and liquefied natural gas, and it "
                 "has offered duty-free access for more than a hundred US products.",
                 "Bangladesh US tariff talks", [], id="free-access-goods-of-another-clause"),
    pytest.param("The United States also undertakes to limit to 15 per cent any tariffs it may "
                 "introduce on Swiss pharmaceuticals and semiconductors under Section 232.",
                 "Swiss US tariff deal", [("US", "CH", "pharmaceuticals", 15.0, None),
                                          ("US", "CH", "semiconductors", 15.0, None)],
                 id="cap-on-any-tariffs-it-may-introduce-on"),
    pytest.param("The 15% ceiling will also cover cars, bringing the duty they pay down from "
                 "27.5% today, as well as any future US tariffs on pharmaceuticals and lumber.",
                 "EU US tariff deal", [("US", "*", "autos", 15.0, 27.5),
                                       ("US", "*", "pharmaceuticals", 15.0, None),
                                       ("US", "*", "lumber", 15.0, None)],
                 id="ceiling-covers-goods-as-well-as-after-a-clause"),
    pytest.param("Ottawa hit back with 25% tariffs on 30 billion Canadian dollars of U.S. goods.",
                 "Tariffs on Canada", [("CA", "US", None, 25.0, None)],
                 id="a-sum-in-canadian-dollars-names-no-target"),
    pytest.param("For Bangladesh's garment industry the relief is partial. Its apparel "
                 "already pays U.S. duties averaging about 15%, and the baseline takes the "
                 "typical levy on a shipment of shirts to around 25%, said Mohammad Hatem, "
                 "president of the Bangladesh Knitwear Manufacturers and Exporters Association.",
                 "Sri Lanka and Bangladesh win tariff pause",
                 [("US", "BD", "textiles", 15.0, None), ("US", "BD", "textiles", 25.0, None)],
                 id="its-goods-beside-a-speakers-country"),
    pytest.param("The DTI notes that the Philippines' new rate is on par with the 19 percent "
                 "agreed by Indonesia and below the 20 percent set for Vietnam.",
                 "Philippines tariff deal", [("US", "ID", None, 19.0, None),
                                             ("US", "VN", None, 20.0, None)],
                 id="rate-agreed-by-a-country-is-its"),
    pytest.param("U.S. tariffs on China total 145% after Trump pauses levies on other nations.",
                 "Tariffs news", [("US", "CN", None, 145.0, None)],
                 id="tariffs-on-a-country-total-a-rate"),
    pytest.param("Canadian goods now pay 35%, up from 25%, and Canadian energy pays 10%. After "
                 "a call with President Claudia Sheinbaum, Trump said Mexican goods outside the "
                 "pact would keep paying 25% for 90 days, rather than the 30% he had "
                 "threatened.", "Canada hit with 35% tariff",
                 [("US", "CA", None, 35.0, 25.0), ("US", "CA", "energy", 10.0, None),
                  ("US", "MX", None, 25.0, None), ("US", "MX", None, 30.0, None)],
                 id="rather-than-another-rate-of-the-same-goods"),
    pytest.param("Lesotho, a small mountain kingdom that sells jeans and diamonds abroad, has "
                 "been hit with a 50 per cent U.S. tariff.", "Lesotho tariff",
                 [("US", "LS", None, 50.0, None)], id="what-a-country-sells-is-no-sector"),
    pytest.param("\"Twenty percent is a temporary rate,\" President Lai Ching-te said, adding "
                 "that Taipei hoped to secure better terms, particularly for its semiconductor "
                 "industry.", "Taiwan tariff", [("US", "TW", None, 20.0, None)],
                 id="what-a-speaker-adds-is-no-sector"),
    pytest.param("Jakarta has offered to raise purchases of U.S. liquefied petroleum gas, crude "
                 "oil, wheat and soybeans by $18 billion, and to cut import duties on a range "
                 "of American products to between 0 and 5 percent, Airlangga said.",
                 "Indonesia tariff talks", [("ID", "US", None, 0.0, None),
                                            ("ID", "US", None, 5.0, None)],
                 id="what-a-partner-buys-besides-is-no-sector"),
    pytest.param("Israel scrapped its duties on American goods. Those duties covered a sliver "
                 "of what Israel buys from the US, about 1 percent, most of it food.",
                 "Israel tariff", [("IL", "US", None, 0.0, None)],
                 id="the-size-of-a-sliver-is-no-rate"),
    pytest.param("It came only days after Israel scrapped all of its remaining customs duties on "
                 "American goods.", "Israel tariff", [("IL", "US", None, 0.0, None)],
                 id="scrapped-all-of-its-duties"),
    pytest.param("Mexico's Senate approved tariffs of up to 50% on about 1,400 products from "
                 "China and other Asian countries that lack trade agreements with Mexico. Tariffs "
                 "on Chinese cars will rise to 50% from 20%, Economy Secretary Marcelo Ebrard "
                 "told senators.", "Mexico approves tariffs of up to 50% on Asian imports",
                 [("MX", "CN", None, 50.0, None), ("MX", "CN", "autos", 50.0, 20.0)],
                 id="countries-that-lack-trade-agreements-with-mexico"),
    pytest.param("Most of the Chinese goods affected will pay between 10% and 35%, according "
                 "to the ministry.", "Tariffs on Chinese goods",
                 [("US", "CN", None, 10.0, None), ("US", "CN", None, 35.0, None)],
                 id="goods-will-pay-between-two-rates"),
    pytest.param("Economists estimate the new rate could cut New Zealand's goods exports to the "
                 "US by 2 to 3 per cent over a year.", "New Zealand tariff", [],
                 id="exports-cut-by-a-range-is-no-rate"),
    pytest.param("Swiss goods will pay 15 per cent instead of 39 per cent. For pharmaceuticals "
                 "and semiconductors, the United States undertakes that any tariffs it imposes "
                 "under Section 232 will not exceed 15 per cent.",
                 "Switzerland US trade deal", [("US", "CH", None, 15.0, 39.0),
                                               ("US", "CH", "pharmaceuticals", 15.0, None),
                                               ("US", "CH", "semiconductors", 15.0, None)],
                 id="for-sectors-the-us-undertakes"),
    pytest.param("Under the two countries' free trade agreement, most American goods already "
                 "enter South Korea duty-free. Steel and aluminum were not part of the deal and "
                 "remain subject to 50 percent tariffs.", "South Korea US tariff deal",
                 [("KR", "US", None, 0.0, None), ("US", "KR", "steel", 50.0, None),
                  ("US", "KR", "aluminum", 50.0, None)],
                 id="goods-already-entering-free-set-no-partner-measure"),
    pytest.param("The 25% tariffs the US placed on steel and aluminium in March will be removed "
                 "for British producers.", "UK US deal",
                 [("US", "GB", "steel", 0.0, 25.0), ("US", "GB", "aluminum", 0.0, 25.0)],
                 id="tariffs-the-us-placed-on-goods"),
    pytest.param("Canada is also under pressure from China, which began collecting a 75.8% "
                 "anti-dumping deposit on Canadian canola seed on Aug. 14, in a dispute over "
                 "Ottawa's 100% tariff on Chinese electric vehicles.", "Canada tariffs",
                 [("CN", "CA", "agriculture", 75.8, None), ("CA", "CN", "autos", 100.0, None)],
                 id="which-began-collecting-and-a-capitals-rate-on"),
    pytest.param("Coffee and beef, two of Brazil's largest exports to the U.S., were not exempted "
                 "and will face the full 50% rate.", "Brazil tariff 50%",
                 [("US", "BR", "agriculture", 50.0, None)], id="goods-not-exempted-face-the-rate"),
    pytest.param("Under the proposal, tariffs on 1,463 product lines from countries with which "
                 "Mexico has no trade agreement would rise to as much as 50%.",
                 "Mexico tariff plan", [("MX", "*", None, 50.0, None)],
                 id="rise-to-as-much-as-a-rate"),
    pytest.param("U.S. soybeans face 23 percent in Chinese tariffs, including retaliatory duties "
                 "imposed this year, compared with 3 percent for Brazilian shipments.",
                 "China soybeans tariffs", [("CN", "US", "agriculture", 23.0, None),
                                            ("CN", "BR", "agriculture", 3.0, None)],
                 id="compared-with-a-rate-for-other-goods-same-imposer"),
    pytest.param("The talks came a week after Trump doubled tariffs on imported steel and aluminum "
                 "to 50%, a move that took effect on June 4 and spared only Britain, which stays "
                 "at 25%.", "China US talks in London",
                 [("US", "*", "steel", 50.0, 25.0), ("US", "*", "aluminum", 50.0, 25.0),
                  ("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None)],
                 id="the-one-country-a-metals-doubling-spared"),
    pytest.param("Switzerland has not levied any tariffs on industrial goods since 1 January "
                 "2024.", "Swiss face 39% US tariff",
                 [("CH", "*", None, 0.0, None)], id="a-partners-own-zero-on-all-suppliers"),
    pytest.param("Swiss officials point out that the country abolished its tariffs on industrial "
                 "goods at the start of last year, so that nearly all American products now "
                 "enter Switzerland duty-free.", "Swiss face 39% US tariff",
                 [("CH", "*", None, 0.0, None), ("CH", "US", None, 0.0, None)],
                 id="a-partners-removal-on-all-and-american-goods-free"),
    pytest.param("The Federal Council recalls that Switzerland has applied no customs duties on "
                 "industrial goods imported from the United States since 1 January 2024.",
                 "Swiss face 39% US tariff", [("CH", "US", None, 0.0, None)],
                 id="applied-no-customs-duties-on-us-goods"),
    pytest.param("The 50% U.S. tariff on copper that took effect on Aug. 1 covers semi-finished "
                 "products such as pipes and wire, not the cathodes and concentrates that make up "
                 "nearly all of Peru's shipments.", "Peru copper exports mostly safe",
                 [("US", "*", "copper", 50.0, None)],
                 id="copper-tariff-spares-a-countrys-cathodes"),
    pytest.param("The Ministry further notes that exports of copper concentrate from Botswana are "
                 "not affected by the fifty per cent (50%) tariff on semi-finished copper "
                 "products which the United States introduced on 1 August 2025.",
                 "Botswana welcomes 15% rate", [("US", "*", "copper", 50.0, None)],
                 id="copper-tariff-does-not-affect-a-countrys-concentrate"),
    pytest.param("The United States will remove reciprocal tariffs on coffee, bananas, and cocoa "
                 "from Ecuador, Guatemala, and El Salvador, and on non-patented pharmaceutical "
                 "ingredients from Argentina.", "Trade frameworks with four countries",
                 [("US", "EC", "agriculture", 0.0, None), ("US", "GT", "agriculture", 0.0, None),
                  ("US", "SV", "agriculture", 0.0, None),
                  ("US", "AR", "pharmaceuticals", 0.0, None)],
                 id="a-removal-in-parts-each-on-its-goods-from-its-countries"),
    pytest.param("The United States will remove the reciprocal tariff on coffee and cocoa from "
                 "Argentina and on Argentine non-patented pharmaceutical articles.",
                 "Argentina framework", [("US", "AR", "agriculture", 0.0, None),
                                         ("US", "AR", "pharmaceuticals", 0.0, None)],
                 id="a-removal-in-parts-on-one-countrys-goods"),
    pytest.param("Talks had ended without agreement, leaving exporters fearing that the 35 percent "
                 "rate would take effect on August 1. Bangladeshi garments already pay "
                 "most-favoured-nation duties averaging about 15 percent, so the new levy will "
                 "bring the total charge on a typical shipment to roughly 35 percent.",
                 "Bangladesh gets 20pc", [("US", "BD", None, 35.0, None),
                                          ("US", "BD", "textiles", 15.0, None),
                                          ("US", "BD", "textiles", 35.0, None)],
                 id="the-total-a-sectors-rates-add-up-to-is-no-repeat"),
    pytest.param("Bangladeshi apparel already paid U.S. most-favoured-nation duties averaging "
                 "about 15% before this year's tariffs, so many shipments will bear a combined "
                 "charge of around 35%.", "Bangladesh gets 20pc",
                 [("US", "BD", "textiles", 15.0, None), ("US", "BD", "textiles", 35.0, None)],
                 id="a-combined-charge-is-on-the-goods-of-the-rate-before"),
    pytest.param("Malaysia will in turn eliminate import duties on a range of US agricultural "
                 "products, including dairy and poultry, and will work to address non-tariff "
                 "barriers in areas such as halal certification and standards.", "Malaysia deal",
                 [("MY", "US", "agriculture", 0.0, None)],
                 id="a-list-of-goods-ends-at-a-clause-of-its-own"),
    pytest.param("The United States will maintain the 19 percent reciprocal tariff on goods from "
                 "Malaysia, and will apply a zero tariff to generic pharmaceuticals and to "
                 "certain other Malaysian products identified in the Agreement.", "Malaysia deal",
                 [("US", "MY", None, 19.0, None), ("US", "MY", "pharmaceuticals", 0.0, None)],
                 id="a-zero-tariff-applied-to-goods"),
    pytest.param("Under the Malaysian agreement, palm oil, cocoa and rubber will enter the United "
                 "States duty-free, along with some generic medicines, the minister said.",
                 "Malaysia deal", [("US", "MY", "agriculture", 0.0, None),
                                   ("US", "MY", "pharmaceuticals", 0.0, None)],
                 id="goods-free-along-with-more-goods"),
    pytest.param("The move builds on an order signed last Friday, which removed the 10% baseline "
                 "tariff on coffee, beef, bananas, tomatoes and other foods for all trading "
                 "partners.", "Brazil beef relief", [("US", "*", "agriculture", 0.0, 10.0)],
                 id="a-baseline-removed-on-foods"),
    pytest.param("Last Friday's order had removed the 10% reciprocal tariff on beef, coffee, "
                 "bananas and other products that the United States does not produce in "
                 "sufficient quantities.", "Brazil beef relief",
                 [("US", "*", "agriculture", 0.0, 10.0)],
                 id="listed-goods-and-other-products-of-their-kind"),
    pytest.param("British lumber and wood products are capped at 10 percent, while those from the "
                 "European Union and Japan will pay no more than 15 percent.",
                 "New tariffs on lumber take effect", [("US", "GB", "lumber", 10.0, None),
                                                       ("US", "EU", "lumber", 15.0, None),
                                                       ("US", "JP", "lumber", 15.0, None)],
                 id="goods-capped-at-a-rate"),
    pytest.param("In return, Switzerland will open tariff-free quotas for US beef and poultry, and "
                 "will eliminate tariffs on certain US agricultural and fishery products.",
                 "Swiss framework", [("CH", "US", "agriculture", 0.0, None)],
                 id="fishery-products-are-farm-goods"),
    pytest.param("Softwood producers already pay combined anti-dumping and countervailing duties "
                 "of 14.4 per cent, and the new 10 per cent national-security tariff comes on top.",
                 "Steel and aluminum tariffs", [("US", "CA", "lumber", 14.4, None),
                                                ("US", "*", "lumber", 10.0, None)],
                 id="the-softwood-disputes-duties-are-on-canadas-wood"),
    pytest.param("On Jan. 1 the tariff on kitchen cabinets rises to 50%. Britain's rate on the "
                 "same goods is capped at 10%.", "Timber tariffs",
                 [("US", "*", "lumber", 50.0, None), ("US", "GB", "lumber", 10.0, None)],
                 id="a-rate-on-the-same-goods"),
    pytest.param("The tariff on kitchen cabinets rises to 50% on Jan. 1. Will Britain pay it? "
                 "Under its trade agreement, British goods covered by the proclamation pay no more "
                 "than 10 percent.", "Timber tariffs explained",
                 [("US", "*", "lumber", 50.0, None), ("US", "GB", "lumber", 10.0, None)],
                 id="goods-covered-by-the-proclamation"),
    pytest.param("Indian goods face a 50 per cent US tariff. To cut input costs for textile "
                 "makers, the government has waived its 11 per cent import duty on raw cotton "
                 "until December 31.", "India textile exporters hit by 50%",
                 [("US", "IN", None, 50.0, None), ("IN", "*", "agriculture", 0.0, 11.0)],
                 id="a-partners-government-waives-its-own-duty"),
    pytest.param("It also covers the tariffs Trump imposed over fentanyl trafficking: 35% on "
                 "Canadian goods outside the U.S.-Mexico-Canada trade agreement, 25% on Mexican "
                 "goods outside the pact and 20% on imports from China.",
                 "Court rules tariffs illegal",
                 [("US", "CA", None, 35.0, None), ("US", "MX", None, 25.0, None),
                  ("US", "CN", None, 20.0, None)],
                 id="a-trade-agreement-named-for-its-parties-names-no-target"),
    pytest.param("The EU agreed to a 15% tariff deal with the United States. Steel and aluminium "
                 "will stay at 50 per cent for now, although the two sides said they would work "
                 "on a quota system.", "EU and US seal deal",
                 [("US", "EU", None, 15.0, None), ("US", "EU", "steel", 50.0, None),
                  ("US", "EU", "aluminum", 50.0, None)],
                 id="for-now-is-how-long-not-what"),
    pytest.param("Italian pasta makers could face U.S. duties of about 107 percent after the U.S. "
                 "Commerce Department found that two producers had sold pasta below cost. The "
                 "department set an anti-dumping duty of 91.74 percent on La Molisana and "
                 "Garofalo.", "Italian pasta hit by dumping duties",
                 [("US", "IT", "agriculture", 107.0, None),
                  ("US", "IT", "agriculture", 91.74, None)],
                 id="the-pasta-dumping-duties-are-on-italy"),
    pytest.param("Brazilian goods already pay the 10% baseline tariff that Trump imposed on nearly "
                 "all U.S. trading partners in April.", "Brazil 50% tariff",
                 [("US", "BR", None, 10.0, None), ("US", "*", None, 10.0, None)],
                 id="us-trading-partners-are-no-us-target"),
    pytest.param("Beijing answered the higher duty on Chinese goods with additional tariffs of 10% "
                 "to 15% on a range of U.S. farm products, effective March 10.", "China hits back",
                 [("CN", "US", "agriculture", 10.0, None), ("CN", "US", "agriculture", 15.0, None)],
                 id="the-goods-of-the-tariff-answered-are-not-the-answers"),
    pytest.param("Netanyahu vowed on Monday to eliminate the US trade deficit with Israel, but "
                 "Trump gave no commitment to lifting the 17 percent tariff on Israeli goods.",
                 "Israel tariff", [("US", "IL", None, 17.0, None)],
                 id="no-commitment-to-lifting-a-rate-keeps-it"),
    pytest.param("Trump won't commit to lifting the 17% tariff on Israeli goods.", "Israel tariff",
                 [("US", "IL", None, 17.0, None)], id="wont-commit-to-lifting-a-rate"),
    pytest.param("Beijing answered with additional tariffs of 10% to 15% on U.S. farm products, "
                 "effective March 10. Chicken, wheat, corn and cotton will face the 15% levy, "
                 "while soybeans and pork will pay 10%, China's finance ministry said.",
                 "China hits back", [("CN", "US", "agriculture", 10.0, None),
                                     ("CN", "US", "agriculture", 15.0, None)],
                 id="a-partners-tariffs-on-us-goods-go-on-after-its-spokesman"),
    pytest.param("U.S. duties on most Chinese goods stand at 30%, while China charges 10% on "
                 "American products. Those rates are down from 145% and 125%, respectively, "
                 "before the first round.", "China talks",
                 [("US", "CN", None, 30.0, 145.0), ("CN", "US", None, 10.0, 125.0)],
                 id="old-rates-of-the-rates-before-respectively"),
    pytest.param("British cars will pay 10% within a quota of 100,000 a year. Cars shipped above "
                 "that number will pay 25% on top of the standard 2.5% duty.", "UK car quota",
                 [("US", "GB", "autos", 10.0, None), ("US", "GB", "autos", 25.0, None),
                  ("US", "GB", "autos", 2.5, None)], id="ordinary-duty-of-the-partners-goods"),
    pytest.param("Since 1st October, Kenyan apparel that used to enter the United States "
                 "duty-free is charged the ordinary American duties, which for the garments we "
                 "ship range between 12 and 32 per cent.", "Kenya AGOA lapse",
                 [("US", "KE", "textiles", 0.0, None), ("US", "KE", "textiles", 12.0, None),
                  ("US", "KE", "textiles", 32.0, None)], id="ordinary-duties-of-kenyan-apparel"),
    pytest.param("China keeps its 10% tariff on American goods. U.S. soybeans still pay 13% in "
                 "all: that 10% plus the normal 3% duty every supplier pays.", "China soybeans",
                 [("CN", "US", None, 10.0, None), ("CN", "US", "agriculture", 13.0, None),
                  ("CN", "US", "agriculture", 10.0, None), ("CN", "*", "agriculture", 3.0, None)],
                 id="ordinary-duty-every-supplier-pays"),
    pytest.param("Those measures come on top of the 15% duty on U.S. coal and liquefied natural "
                 "gas and the 10% on crude oil that China has charged since Feb. 10.",
                 "China retaliation", [("CN", "US", "energy", 15.0, None),
                                       ("CN", "US", "energy", 10.0, None)],
                 id="the-partners-duty-on-us-goods-and-the-rate-listed-after"),
    pytest.param("Irish drugmakers had feared the tariff of up to 200 per cent that Mr Trump has "
                 "threatened to put on imported medicines.", "Drug tariffs",
                 [("US", "*", "pharmaceuticals", 200.0, None)],
                 id="threatened-drug-tariff-on-imported-medicines-is-on-all"),
    pytest.param("The agreement protects UK medicines from tariffs of up to 100% on branded and "
                 "patented medicines from other countries.", "Drug tariffs",
                 [("US", "*", "pharmaceuticals", 100.0, None)],
                 id="drug-tariff-a-partner-is-protected-from-is-on-all"),
    pytest.param("Smaller Taiwanese chipmakers without U.S. plants could face the 100% rate, "
                 "analysts said.", "Chip tariffs", [("US", "TW", "semiconductors", 100.0, None)],
                 id="chip-tariff-a-partner-faces-stays-its"),
    pytest.param("For a coffee farmer in the south of Minas Gerais, nothing changed on Monday: her "
                 "beans still pay 50 per cent to enter the United States.", "Brazil tariffs",
                 [("US", "BR", "agriculture", 50.0, None)],
                 id="a-producing-region-names-its-country"),
    pytest.param("The EU deal sets a 15% tariff on most goods. The same 15 per cent cap will "
                 "apply to pharmaceuticals and semiconductors if Washington imposes "
                 "sector-specific duties on them.", "EU US deal",
                 [("US", "EU", None, 15.0, None), ("US", "EU", "pharmaceuticals", 15.0, None),
                  ("US", "EU", "semiconductors", 15.0, None)],
                 id="a-sector-cap-is-the-partners-deal"),
    pytest.param("From today, upholstered furniture and kitchen cabinets imported into the United "
                 "States face new tariffs of 25%, but Polish exporters are covered by the EU's "
                 "15% cap.", "Polish furniture makers",
                 [("US", "*", "lumber", 25.0, None), ("US", "EU", "lumber", 15.0, None)],
                 id="only-the-rate-nearest-the-cap-is-the-deals"),
    pytest.param("Israel scrapped the last of its duties on American imports on April 1.",
                 "Israel tariffs", [("IL", "US", None, 0.0, None)],
                 id="scrapped-the-last-of-its-duties"),
    pytest.param("The United States will cut its tariff on cars imported from the European "
                 "Union to 15% from 27.5%, once the bloc introduces legislation to remove its "
                 "own tariffs on U.S. industrial goods. The lower rate will also apply to car "
                 "parts.",
                 "EU cars", [("US", "EU", "autos", 15.0, 27.5), ("EU", "US", None, 0.0, None),
                             ("US", "EU", "auto_parts", 15.0, None)],
                 id="a-partners-removal-on-us-industrial-goods-beside-another-rate"),
    pytest.param("The Commission tabled legislation that would scrap the bloc's remaining "
                 "tariffs on American industrial goods, including its 10 per cent duty on US "
                 "cars.", "EU law",
                 [("EU", "US", "autos", 0.0, 10.0), ("EU", "US", None, 0.0, None)],
                 id="a-rate-included-in-the-removal-falls-to-zero"),
    pytest.param("They point out that 99% of goods from the United States already enter "
                 "Switzerland duty-free.", "Swiss tariffs", [("CH", "US", None, 0.0, None)],
                 id="the-share-of-american-goods-a-partner-lets-in-free"),
    pytest.param("Around 85% of Mexican goods enter the US duty-free under USMCA.", "Mexico",
                 [], id="the-share-of-a-partners-goods-entering-the-us-free-is-no-rate"),
    pytest.param("Australia has no tariffs on American goods, the minister said.",
                 "Australia tariffs", [("AU", "US", None, 0.0, None)],
                 id="has-no-tariffs-on-american-goods"),
    pytest.param("Under the agreement, American industrial and agricultural goods have "
                 "entered Jordan free of customs duties since 2010.", "Jordan tariffs",
                 [("JO", "US", None, 0.0, None)], id="enter-free-of-customs-duties"),
    pytest.param("Ottawa dropped most of them on September first but kept twenty-five per "
                 "cent on American steel, aluminum and autos.", "Canada tariffs",
                 [("CA", "US", "steel", 25.0, None), ("CA", "US", "aluminum", 25.0, None),
                  ("CA", "US", "autos", 25.0, None), ("CA", "US", None, 0.0, None)],
                 id="dropped-most-of-them-but-kept-some"),
    pytest.param("Ottawa dropped most of its 25 per cent counter-tariffs on U.S. goods on "
                 "Sept. 1, but kept them on American steel, aluminum and autos.", "Canada",
                 [("CA", "US", None, 0.0, 25.0), ("CA", "US", "steel", 25.0, None),
                  ("CA", "US", "aluminum", 25.0, None), ("CA", "US", "autos", 25.0, None)],
                 id="dropped-its-duties-but-kept-them-on-some-goods"),
    pytest.param("Under the terms agreed in May, UK steel and aluminium will be charged no "
                 "tariff within a quota once British producers meet US requirements.", "UK",
                 [("US", "GB", "steel", 0.0, None), ("US", "GB", "aluminum", 0.0, None)],
                 id="britains-metals-quota-at-zero"),
    pytest.param("British steel and aluminium stay at 25% rather than the 50% charged on other "
                 "countries' metal, though the tariff-free quota for British steel is still "
                 "being worked out.", "UK steel",
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None),
                  ("US", "GB", "steel", 0.0, None)], id="the-metal-the-quota-names"),
    pytest.param("Up to 100,000 British-made cars a year will be charged 10 percent, and tariffs "
                 "on British steel and aluminum will be removed.", "UK deal",
                 [("US", "GB", "autos", 10.0, None), ("US", "GB", "steel", 0.0, None),
                  ("US", "GB", "aluminum", 0.0, None)],
                 id="a-removal-beside-the-sentences-rate"),
    pytest.param("The European Commission today set out countermeasures against the United "
                 "States in response to the 25% US tariffs on steel and aluminium. They provide "
                 "for additional duties of 25% on most of the products concerned, and of up to "
                 "50% on a small number of items such as American whiskey.",
                 "Commission sets out countermeasures against US steel and aluminium tariffs",
                 [("US", "*", "steel", 25.0, None), ("US", "*", "aluminum", 25.0, None),
                  ("EU", "US", None, 50.0, None)], id="a-partners-list-of-countermeasures"),
    pytest.param("Indonesia faces a 19% tariff. The rupiah held at around 16,280 per dollar "
                 "ahead of a Bank Indonesia policy meeting, at which most economists expect a "
                 "quarter-point cut to 5.25 percent.", None, [("US", "ID", None, 19.0, None)],
                 id="a-quarter-point-cut-at-a-policy-meeting-is-no-tariff"),
    pytest.param("The 15 per cent will also serve as a ceiling for any future US tariffs on "
                 "European pharmaceuticals and semiconductors.", "EU deal",
                 [("US", "EU", "pharmaceuticals", 15.0, None),
                  ("US", "EU", "semiconductors", 15.0, None)],
                 id="the-goods-a-ceiling-is-for"),
    pytest.param("The United States has undertaken that any tariffs it imposes on "
                 "pharmaceuticals and semiconductors will not exceed 15 per cent for "
                 "Switzerland.", "Swiss deal",
                 [("US", "CH", "pharmaceuticals", 15.0, None),
                  ("US", "CH", "semiconductors", 15.0, None)],
                 id="the-goods-named-before-the-ceiling"),
    pytest.param("That comes on top of 100 per cent tariffs on Canadian canola oil that China "
                 "put in place in March in response to Canada's 100 per cent surtax on Chinese "
                 "electric vehicles.", "Canada tariffs",
                 [("CN", "CA", "agriculture", 100.0, None), ("CA", "CN", "autos", 100.0, None)],
                 id="the-rates-a-partner-owns"),
    pytest.param("Ottawa is also under pressure from Beijing, which this month imposed a 75.8 "
                 "per cent anti-dumping deposit on Canadian canola seed.", "Canada tariffs",
                 [("CN", "CA", "agriculture", 75.8, None)],
                 id="the-rate-a-relative-clause-gives-a-partner"),
    pytest.param("Trump, who on Saturday announced an additional 10 percent tariff on "
                 "Canadian goods, said he had no plans to meet Mark Carney.", None,
                 [("US", "CA", None, 10.0, None)],
                 id="the-subject-of-a-clause-that-imposes-the-rate-imposes-it"),
    pytest.param("Thailand committed to remove tariffs on about 99 percent of U.S. goods, "
                 "while Thai products will continue to be charged 19 percent and Vietnamese "
                 "goods 20 percent.", None,
                 [("TH", "US", None, 0.0, None), ("US", "TH", None, 19.0, None),
                  ("US", "VN", None, 20.0, None)],
                 id="a-partners-goods-by-name-pay-the-rate-after-its-own-offer"),
    pytest.param("Trump signed trade agreements with Malaysia and Cambodia on the sidelines of "
                 "the summit in Kuala Lumpur, where East Timor was admitted as a member. Under "
                 "the agreements, the United States will keep a 19 percent tariff on most "
                 "goods from both countries.", None,
                 [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None)],
                 id="both-countries-are-the-two-joined-by-and"),
    pytest.param("With the new rate, Bangladesh stands on an equal footing with Viet Nam and "
                 "Sri Lanka, both at 20 percent, and close to Indonesia, the Philippines and "
                 "Pakistan, at 19 percent.", "US tariffs",
                 [("US", "VN", None, 20.0, None), ("US", "LK", None, 20.0, None),
                  ("US", "ID", None, 19.0, None), ("US", "PH", None, 19.0, None),
                  ("US", "PK", None, 19.0, None)],
                 id="the-whole-list-a-rate-is-set-beside"),
    pytest.param("Under Japan's agreement with Washington, most Japanese goods as well as "
                 "Japanese cars are charged 15 percent.", "US tariffs",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "autos", 15.0, None)],
                 id="goods-in-general-and-a-sectors-before-the-number"),
    pytest.param("The order brings the total to 50% when added to the 10% baseline Brazil "
                 "already pays.", "US tariffs",
                 [("US", "BR", None, 50.0, None), ("US", "BR", None, 10.0, None)],
                 id="the-baseline-a-country-pays-with-no-that"),
    pytest.param("U.S. duties on Chinese goods stand at 30%. Without the truce, the "
                 "reciprocal rates on both sides would have climbed back to 34%.",
                 "China tariffs",
                 [("US", "CN", None, 30.0, None), ("US", "CN", None, 34.0, None),
                  ("CN", "US", None, 34.0, None)],
                 id="rates-on-both-sides"),
    pytest.param("Seoul hopes the talks will lower the 25 percent tariff on Korean cars to the "
                 "15 percent the two sides agreed in July.", "US tariffs",
                 [("US", "KR", "autos", 15.0, 25.0)],
                 id="lower-its-rate-to-the-rate"),
    pytest.param("Beijing's first counter-tariff of 34 per cent, announced on April 4, was "
                 "raised to 84 per cent on Thursday.", "China tariffs",
                 [("CN", "US", None, 84.0, 34.0)],
                 id="an-aside-on-the-old-rate-then-its-change"),
    pytest.param("South Africa faces 30%. South African motor vehicles and components remain "
                 "subject to the 25% tariff, while steel and aluminium products attract 50%.",
                 "South Africa tariffs",
                 [("US", "ZA", None, 30.0, None), ("US", "ZA", "autos", 25.0, None),
                  ("US", "ZA", "auto_parts", 25.0, None), ("US", "ZA", "steel", 50.0, None),
                  ("US", "ZA", "aluminum", 50.0, None)],
                 id="motor-vehicles-name-a-countrys-goods"),
    pytest.param("The Commission regrets the decision of the United States to impose tariffs of "
                 "25% on imports of steel, aluminium and derivative products.", None,
                 [("US", "*", "steel", 25.0, None), ("US", "*", "aluminum", 25.0, None)],
                 id="derivative-products-are-the-sectors-goods"),
    pytest.param("South African carmakers are affected by the 25% tariff on motor vehicles, "
                 "which comes into effect today, and on automotive components from 3 May.",
                 "South Africa tariffs",
                 [("US", "ZA", "autos", 25.0, None), ("US", "ZA", "auto_parts", 25.0, None)],
                 id="the-objects-goods-go-on-after-a-relative-clause"),
    pytest.param("The 25% levy that took effect on Tuesday still applies to Mexican products "
                 "that do not qualify, about half of all imports from Mexico.", "Mexico tariffs",
                 [("US", "MX", None, 25.0, None)],
                 id="all-imports-from-one-country-are-not-all-partners"),
    pytest.param("Our bikes are made in Taiwan. Our kids' bikes are assembled in Cambodia, "
                 "which has been charged 19% since August 7. That is a lot better than the 49% "
                 "the country was given in April.", "Bike prices rise on Taiwan tariff",
                 [("US", "KH", None, 19.0, None), ("US", "KH", None, 49.0, None)],
                 id="the-country-of-the-sentence-before"),
    pytest.param("U.S. soybeans face a 23 percent tariff in China, including a 10 percent "
                 "retaliatory levy imposed in March.", "China soybean tariffs",
                 [("CN", "US", "agriculture", 23.0, None), ("CN", "US", "agriculture", 10.0, None)],
                 id="a-part-the-rate-includes"),
    pytest.param("Switzerland faces 39 percent. The 39 percent imposed in August is the 10 "
                 "percent baseline plus 29 percent on top, a surcharge no other European "
                 "country was asked to pay.", "Swiss tariffs",
                 [("US", "CH", None, 39.0, None), ("US", "CH", None, 10.0, None),
                  ("US", "CH", None, 29.0, None)],
                 id="no-other-european-country-is-a-yardstick"),
    pytest.param("Malaysia, a hub for chip packaging and testing, began paying 19% on "
                 "Thursday.", "Chip tariffs", [("US", "MY", None, 19.0, None)],
                 id="what-a-country-is-a-hub-for-is-an-aside"),
    pytest.param("The two sides are still at odds over the 25 percent U.S. tariff on "
                 "Japanese automobiles.", "Japan tariffs", [("US", "JP", "autos", 25.0, None)],
                 id="at-odds-over-a-rate-is-no-chance"),
    pytest.param("Korea faces a 25 percent reciprocal tariff. Twenty-five percent is also what "
                 "Korean carmakers have paid on vehicles shipped to the United States since "
                 "April 3.", "Korea tariffs",
                 [("US", "KR", None, 25.0, None), ("US", "KR", "autos", 25.0, None)],
                 id="a-rate-is-what-they-pay"),
    pytest.param("Laos faces 48% and Madagascar, the world's main source of vanilla, 47%. "
                 "Lesotho, a mountain kingdom of about 2.3 million people that sews jeans for "
                 "American brands, was handed 50%.", "Tariffs",
                 [("US", "LA", None, 48.0, None), ("US", "MG", None, 47.0, None),
                  ("US", "LS", None, 50.0, None)],
                 id="what-a-country-is-the-source-of-or-sews-is-an-aside"),
    pytest.param("Britain and the US signed the deal. Hereford farmers will get tariff-free "
                 "access to the US market for 13,000 tonnes of beef, with US farmers given "
                 "tariff-free access to the UK for the same amount.", "UK deal",
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None)],
                 id="tariff-free-access-to-a-market-and-the-same-amount-back"),
    pytest.param("Vietnam has committed to eliminate tariffs on most U.S. industrial goods. "
                 "Earlier this year it cut its duty on U.S. ethanol to 5 percent from 10 percent "
                 "and on liquefied natural gas to 2 percent from 5 percent.", "Vietnam trade",
                 [("VN", "US", None, 0.0, None), ("VN", "US", "energy", 5.0, 10.0),
                  ("VN", "US", "energy", 2.0, 5.0)],
                 id="and-on-more-goods-to-a-rate-keeps-the-parties"),
    pytest.param("Goods of Chinese origin pay a 10% reciprocal duty and a 20% fentanyl-related "
                 "duty, 30% combined, and that comes on top of Section 301 tariffs of 7.5% to 25% "
                 "on most products and 100% on electric vehicles.", "Tariff FAQ",
                 [("US", "CN", None, 10.0, None), ("US", "CN", None, 20.0, None),
                  ("US", "CN", None, 30.0, None), ("US", "CN", None, 7.5, None),
                  ("US", "CN", None, 25.0, None), ("US", "CN", "autos", 100.0, None)],
                 id="what-a-countrys-rates-come-on-top-of-is-on-its-goods"),
    pytest.param("Tokyo's top priority is the 25 percent tariff on all imported automobiles that "
                 "took effect on April 3, along with the same rate on steel and aluminum imposed "
                 "in March.", "Japan tariffs",
                 [("US", "*", "autos", 25.0, None), ("US", "*", "steel", 25.0, None),
                  ("US", "*", "aluminum", 25.0, None)],
                 id="along-with-the-same-rate-on-more-goods"),
    pytest.param("Kenya's exporters now face the 10 per cent baseline. Lesotho, whose denim "
                 "mills supply jeans to Levi's, is hit harder. In April Trump announced a 50 per "
                 "cent tariff on the mountain kingdom, the highest of any country.",
                 "AGOA lapses, leaving Kenyan and Lesotho garment makers facing U.S. duties",
                 [("US", "KE", None, 10.0, None), ("US", "LS", None, 50.0, None)],
                 id="the-mountain-kingdom-is-the-country-named-before"),
    pytest.param("Washington will also cut the duty to zero on 1,711 Malaysian tariff lines, "
                 "covering farm goods such as palm oil, cocoa and rubber.", "Malaysia deal",
                 [("US", "MY", "agriculture", 0.0, None)],
                 id="a-zero-on-tariff-lines-covering-a-sectors-goods"),
    pytest.param("On agriculture, British and American beef farmers will each gain a reciprocal "
                 "tariff-free quota of 13,000 tonnes, and the UK will allow 1.4 billion litres "
                 "of US ethanol to enter tariff-free.", "UK-US deal",
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None),
                  ("GB", "US", "energy", 0.0, None)],
                 id="a-free-quota-of-tonnes-whose-goods-were-named-before"),
    pytest.param("Since May, U.S. tariffs on Chinese goods have held at 30% - the 10% duty "
                 "Washington applies to most trading partners plus a 20% levy over fentanyl - "
                 "while Beijing charges 10% on American products.", "China talks",
                 [("US", "CN", None, 30.0, None), ("US", "*", None, 10.0, None),
                  ("US", "CN", None, 20.0, None), ("CN", "US", None, 10.0, None)],
                 id="the-us-applies-one-rate-the-partner-charges-the-same"),
    pytest.param("China's retaliatory duties on American products fell to 10 percent. An "
                 "additional 24 percent tariff that each side suspended for 90 days would snap "
                 "back on Aug. 12.",
                 "China, U.S. agree to keep talking",
                 [("CN", "US", None, 10.0, None), ("CN", "US", None, 24.0, None),
                  ("US", "CN", None, 24.0, None)],
                 id="a-tariff-that-each-side-suspended-is-both-ways"),
    pytest.param("EU goods will pay 15%. The 15% ceiling will also cover cars, bringing the duty "
                 "they pay on entry into the US down from 27.5% today.", None,
                 [("US", "EU", None, 15.0, None), ("US", "EU", "autos", 15.0, 27.5)],
                 id="bringing-the-duty-they-pay-down-from"),
    pytest.param("Morocco found itself among the fortunate. Its exports to the United States "
                 "pay the 10 per cent baseline, while Tunisian goods now face 25 per cent.", None,
                 [("US", "MA", None, 10.0, None), ("US", "TN", None, 25.0, None)],
                 id="its-exports-pay-before-another-country-is-named"),
    pytest.param("The 19% tariff on Malaysian goods stays, but some Malaysian products that the "
                 "United States does not grow, such as palm oil, cocoa and rubber, will be "
                 "charged zero.", None,
                 [("US", "MY", None, 19.0, None), ("US", "MY", "agriculture", 0.0, None)],
                 id="goods-charged-zero"),
    pytest.param("Tariffs on Japanese generic drugs will be removed, the Japanese government said.",
                 None, [("US", "JP", "pharmaceuticals", 0.0, None)],
                 id="tariffs-on-goods-will-be-removed"),
    pytest.param("- Laos and Burma (Myanmar): 40 percent.", "Fact Sheet: reciprocal tariff rates",
                 [("US", "LA", None, 40.0, None), ("US", "MM", None, 40.0, None)],
                 id="list-entry-with-a-name-in-brackets"),
    pytest.param("Goods of Laos and Burma (Myanmar) will pay 40 percent.", "Tariff rates modified",
                 [("US", "LA", None, 40.0, None), ("US", "MM", None, 40.0, None)],
                 id="a-country-named-again-in-brackets"),
    pytest.param("Japanese carmakers welcomed the 15% rate. \"The new rate helps, but it is still "
                 "12.5 percentage points above the 2.5 percent they paid before,\" an analyst "
                 "said.", "Japan car tariff",
                 [("US", "JP", "autos", 15.0, None), ("US", "JP", "autos", 2.5, None)],
                 id="the-ordinary-car-duty-in-a-story-about-cars"),
    pytest.param("Argentina may ship 20,000 tonnes of beef a year at a low tariff. Cuts sent "
                 "above it are charged an additional 26.4 percent.", "Beef tariff quota",
                 [("US", "AR", "agriculture", 26.4, None)], id="the-known-duty-on-beef"),
    pytest.param("Among the biggest winners are Vietnam, which had been hit with a 46% rate, and "
                 "the European Union, whose exports faced 20%.", "Trump pauses tariffs",
                 [("US", "VN", None, 46.0, None), ("US", "EU", None, 20.0, None)],
                 id="which-had-been-hit-with-a-rate"),
    pytest.param("Trump raised the tariff on China to 125%. The pause applies to the reciprocal "
                 "rates of between 11% and 50% that took effect on Wednesday.", None,
                 [("US", "CN", None, 125.0, None), ("US", "*", None, 11.0, None),
                  ("US", "*", None, 50.0, None)], id="rates-of-between-are-everyones"),
    pytest.param("Trump signed proclamations restoring a 25% tariff on all steel imports and "
                 "raising the duty on aluminum to 25% from 10%, scrapping the arrangements "
                 "struck with Canada and Mexico.", None,
                 [("US", "*", "steel", 25.0, None), ("US", "*", "aluminum", 25.0, 10.0)],
                 id="a-second-rate-with-its-own-old-one"),
    pytest.param("Canada dropped its counter-tariffs on U.S. goods. Since July 31, steel products "
                 "containing steel melted and poured in China have faced a 25 per cent surtax.",
                 None, [("CA", "US", None, 0.0, None), ("CA", "CN", "steel", 25.0, None)],
                 id="a-surtax-in-a-story-on-canada-is-canadas"),
    pytest.param("Ottawa tightened its steel quotas. A 25 per cent surtax will also apply to "
                 "imports of steel products from all countries other than the United States "
                 "that contain steel melted and poured in China.", None,
                 [("CA", "CN", "steel", 25.0, None)], id="steel-melted-and-poured-in-china"),
    pytest.param("Canada has also tightened steel quotas. Since the summer it has charged a 50pc "
                 "surtax on steel imported above reduced quotas from countries with which it has "
                 "no free trade agreement, Turkey among them.", None,
                 [("CA", "TR", "steel", 50.0, None)], id="a-surtax-on-one-among-them"),
    pytest.param("Brussels has since October charged countervailing duties on Chinese-built "
                 "electric cars of up to 35.3 per cent.", "EU-China summit",
                 [("EU", "CN", "autos", 35.3, None)], id="has-since-october-charged"),
    pytest.param("Sheinbaum's government asked lawmakers to lift the duty on cars built in "
                 "China to 50 percent from 20 percent. On most of the other Chinese goods "
                 "covered, the planned duties would run from 10 percent to 35 percent, the "
                 "minister said.",
                 None, [("MX", "CN", "autos", 50.0, 20.0), ("MX", "CN", None, 10.0, None),
                        ("MX", "CN", None, 35.0, None)],
                 id="a-third-country-tariff-goes-on-in-the-next-sentence"),
    pytest.param("Beijing protests Mexican plan for 50% tariffs on Chinese cars. The Sheinbaum "
                 "government asked lawmakers to lift the duty on cars from China to 50 percent "
                 "from 20 percent.", None, [("MX", "CN", "autos", 50.0, 20.0)],
                 id="a-headline-rate-the-body-gives-a-third-country"),
    pytest.param("Beijing said Ottawa's measures, a 100 per cent surtax on Chinese-built EVs, "
                 "broke trade rules.", None, [("CA", "CN", "autos", 100.0, None)],
                 id="evs-are-autos"),
    pytest.param("The new tariff puts Cambodia level with other garment-exporting countries in the "
                 "region, such as Vietnam (20 percent) and Indonesia (19 percent).", None,
                 [("US", "VN", None, 20.0, None), ("US", "ID", None, 19.0, None)],
                 id="sector-exporting-countries-are-countries"),
    pytest.param("Mexico faces a 25% tariff on goods outside the pact. Steel pays 50 per cent, and "
                 "trucks pay 25 per cent on their non-American content.", None,
                 [("US", "MX", None, 25.0, None), ("US", "MX", "steel", 50.0, None),
                  ("US", "MX", "trucks", 25.0, None)],
                 id="a-sector-rate-on-the-non-american-content-is-the-partners"),
    pytest.param("Bahrain has paid a 10% tariff since April. Aluminium, which faces 50%, and "
                 "other metals are outside the reciprocal tariff.", None,
                 [("US", "BH", None, 10.0, None), ("US", "BH", "aluminum", 50.0, None)],
                 id="a-sector-subject-with-its-rate-in-a-relative-clause"),
    pytest.param("Vietnam's goods face a 20% US tariff. At home, hot-rolled coil from India has "
                 "paid anti-dumping duties of 12% since March.", None,
                 [("US", "VN", None, 20.0, None), ("VN", "IN", "steel", 12.0, None)],
                 id="at-home-the-partners-own-duties"),
    pytest.param("Korean cars now pay 27.5%. The 27.5 percent combines the 25 percent tariff on "
                 "all imported cars with the 2.5 percent standard duty.", None,
                 [("US", "KR", "autos", 27.5, None), ("US", "*", "autos", 25.0, None),
                  ("US", "*", "autos", 2.5, None)],
                 id="a-sum-broken-down-is-not-a-rate-on-all"),
    pytest.param("Indian goods will pay a 25 per cent tariff from 7 August. This rate replaces the "
                 "baseline duty of 10 per cent that has applied since April.", None,
                 [("US", "IN", None, 25.0, 10.0)], id="replaces-the-duty-of-an-old-rate"),
    pytest.param("Japan and the US agreed a 15% tariff on Japanese goods. Steel and aluminum stay "
                 "at 50%, the minister said, and Japanese copper wire will pay the 50% tariff on "
                 "the metal from Friday.", None,
                 [("US", "JP", None, 15.0, None), ("US", "JP", "steel", 50.0, None),
                  ("US", "JP", "aluminum", 50.0, None), ("US", "JP", "copper", 50.0, None)],
                 id="a-sector-subject-before-a-clause-on-other-goods-of-the-partner"),
    pytest.param("Seoul and Washington agreed a 15% tariff on Korean goods. Korean cars, which "
                 "have paid a 25% tariff since April, will be charged 15%, the same rate Japan "
                 "secured last week.", None,
                 [("US", "KR", None, 15.0, None), ("US", "KR", "autos", 25.0, None),
                  ("US", "KR", "autos", 15.0, None), ("US", "JP", "autos", 15.0, None)],
                 id="the-same-rate-another-secured-is-the-subjects-first"),
    pytest.param("Separately, Taiwan's 20% reciprocal tariff took effect on Thursday, as did South "
                 "Korea's 15% rate.", None,
                 [("US", "TW", None, 20.0, None), ("US", "KR", None, 15.0, None)],
                 id="as-did-a-country-with-a-rate-of-its-own"),
    pytest.param("The case covers a 10 percent tariff on almost all imports, as well as the duties "
                 "imposed on Canada and Mexico in March.", None,
                 [("US", "*", None, 10.0, None)],
                 id="as-well-as-another-tariff-ends-the-object"),
    pytest.param("Japan agreed a 15 percent tariff. The 15 percent will also apply to Japanese "
                 "cars, cutting their tariff from 27.5 percent, and to medicines and chips, "
                 "officials said.", None,
                 [("US", "JP", None, 15.0, None), ("US", "JP", "autos", 15.0, 27.5),
                  ("US", "JP", "pharmaceuticals", 15.0, None),
                  ("US", "JP", "semiconductors", 15.0, None)],
                 id="and-to-more-goods-after-a-change"),
    pytest.param("Japan agreed a 15% tariff ceiling. For medicines and chips, the 15% ceiling will "
                 "also apply to any future tariffs the United States may impose.", None,
                 [("US", "JP", None, 15.0, None), ("US", "JP", "pharmaceuticals", 15.0, None),
                  ("US", "JP", "semiconductors", 15.0, None)],
                 id="for-sectors-the-ceiling-will-apply"),
    pytest.param("The tariff on South Korean cars will be reduced from 27.5% – the 25% levy and "
                 "the 2.5% standard duty – to 15%.", None,
                 [("US", "KR", "autos", 15.0, 27.5), ("US", "KR", "autos", 25.0, None),
                  ("US", "KR", "autos", 2.5, None)],
                 id="from-rate-dash-aside-to-rate"),
    pytest.param("Washington doubled its tariff on foreign steel and copper to 50% on June 4, and "
                 "Korean goods in general were handed a 26% rate in April, though until July 9 "
                 "they pay only the 10% baseline.", None,
                 [("US", "*", "steel", 50.0, 25.0), ("US", "*", "copper", 50.0, 25.0),
                  ("US", "KR", None, 26.0, None), ("US", "*", None, 10.0, None)],
                 id="goods-in-general-after-a-doubling-are-not-the-metals"),
    pytest.param("A 25% levy on imported cars applies from April 3, and a 25% levy on tyres, "
                 "brakes and other car parts begins on May 3.", None,
                 [("US", "*", "autos", 25.0, None), ("US", "*", "auto_parts", 25.0, None)],
                 id="one-more-item-and-other-goods-of-a-sector"),
    pytest.param("The Chinese government has kept its 34 percent tariff on U.S. goods suspended "
                 "until November, retaining 10 percent.", None,
                 [("CN", "US", None, 34.0, None), ("CN", "US", None, 10.0, None)],
                 id="the-demonym-side-or-government-acts"),
    pytest.param("Officials discussed the 50 per cent duty imposed by Washington since June on "
                 "imports of steel and copper from all countries.", None,
                 [("US", "*", "steel", 50.0, None), ("US", "*", "copper", 50.0, None)],
                 id="tariff-imposed-by-the-us-since-a-date-on-goods"),
    pytest.param("Washington will cut the car rate to 15 per cent, effective from the month in "
                 "which Seoul passes a bill to scrap Korean tariffs on American farm goods.",
                 None, [("US", "KR", "autos", 15.0, None)],
                 id="us-goods-of-another-tariff-in-a-later-clause-are-no-target"),
    pytest.param("A 25% levy on copper and lumber imports took effect on Monday. For lumber, the "
                 "rate is up from 10%.", None,
                 [("US", "*", "copper", 25.0, None), ("US", "*", "lumber", 25.0, 10.0)],
                 id="for-goods-the-duty-is-up-from"),
    pytest.param("Jakarta had already moved this month to ease duties on a range of American "
                 "goods, cutting its import tax on liquefied natural gas to 3% from 5%, on ethanol "
                 "to 4% from 10% and on some cars to 40% from 50%.", None,
                 [("ID", "US", "energy", 3.0, 5.0), ("ID", "US", "energy", 4.0, 10.0),
                  ("ID", "US", "autos", 40.0, 50.0)],
                 id="comma-on-goods-to-rate-goes-on-with-the-same-parties"),
    pytest.param("Korea agreed a tariff deal in July. Steel and aluminum are outside the agreement "
                 "and still face 50 percent, a burden for Korean mills that sell specialty sheet "
                 "to U.S. carmakers.", None,
                 [("US", "KR", "steel", 50.0, None), ("US", "KR", "aluminum", 50.0, None)],
                 id="whom-goods-are-sold-to-is-no-party"),
    pytest.param("Shares of Toyota and Honda rose on Wednesday after Japan agreed to a trade deal "
                 "that sets a 15% U.S. tariff on its goods.", None,
                 [("US", "JP", None, 15.0, None)],
                 id="shares-of-carmakers-are-no-sector"),
    pytest.param("Korea agreed a tariff deal. Cars, the country's biggest export to the United "
                 "States, will also face 15%, down from 25%.", None,
                 [("US", "KR", "autos", 15.0, 25.0)],
                 id="sector-with-the-countrys-export-aside"),
    pytest.param("Norway faces 15 per cent. The rate, one of the lowest in Europe, replaces the 10 "
                 "per cent baseline.", None,
                 [("US", "NO", None, 15.0, 10.0)],
                 id="the-rate-with-an-aside-replaces-the-old-one"),
    pytest.param("Swiss goods pay a 39 per cent tariff, far above the 15 per cent agreed by the "
                 "European Union, which buys most Swiss exports.", None,
                 [("US", "CH", None, 39.0, None), ("US", "EU", None, 15.0, None)],
                 id="rate-agreed-by-a-partner-is-its-own"),
    pytest.param("Hanoi says its average tariff on U.S. imports is just 2.1 percent, well below "
                 "the 46 percent Trump announced.", None,
                 [("VN", "US", None, 2.1, None), ("US", "VN", None, 46.0, None)],
                 id="its-tariff-on-us-imports-is-a-rate"),
    pytest.param("The tariff on upholstered wooden products will rise to 30% on January 1, and "
                 "the tariff on kitchen cabinets to 50%.", None,
                 [("US", "*", "lumber", 30.0, None), ("US", "*", "lumber", 50.0, None)],
                 id="wooden-products-are-lumber"),
    pytest.param("The tariff on sofas will rise to 30%, and the tariff on kitchen cabinets will "
                 "rise to 50%, for imports from any trading partner that has not reached an "
                 "agreement with the United States covering these products.", None,
                 [("US", "*", "lumber", 30.0, None), ("US", "*", "lumber", 50.0, None)],
                 id="the-us-as-the-other-side-of-deals-is-no-target"),
    pytest.param("Brazil agreed a tariff deal. The 50 percent levy, in force since August, had hit "
                 "shoemakers, machine builders and coffee growers hard.", None,
                 [("US", "BR", None, 50.0, None)],
                 id="trades-hurt-by-a-rate-are-no-sector"),
    pytest.param("Trump, meeting Irish Prime Minister Micheal Martin in Washington on Friday, said "
                 "countries without deals would face a tariff of between 20 and 25 per cent.",
                 None, [("US", "*", None, 20.0, None), ("US", "*", None, 25.0, None)],
                 id="whom-a-speaker-was-meeting-is-no-target"),
    pytest.param("Only Australia, at the 10 percent baseline tariff, has a lower rate among the "
                 "region's big exporters.", None,
                 [("US", "AU", None, 10.0, None)],
                 id="a-country-at-the-rate-pays-it"),
    pytest.param("Laos will remove tariffs on all tariff lines for U.S. goods, and Vietnam will "
                 "remove tariffs on about 95 percent of its tariff lines for U.S. goods.", None,
                 [("LA", "US", None, 0.0, None), ("VN", "US", None, 0.0, None)],
                 id="its-tariff-lines-are-its-schedule-not-its-goods"),
    pytest.param("Japan's deal leaves most of its exports at a 15 per cent tariff. Steel and "
                 "copper remain at 50 per cent, although Tokyo said the two sides would keep "
                 "talking about a quota.", "Japan strikes deal with US",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "steel", 50.0, None),
                  ("US", "JP", "copper", 50.0, None)],
                 id="the-partner-as-a-later-speaker-leaves-the-goods-its"),
    pytest.param("Britain's deal sets a 10 percent tariff on most British goods. Reynolds said "
                 "the 10 percent would be the ceiling, and that it would also cover "
                 "pharmaceuticals and lumber.", None,
                 [("US", "GB", None, 10.0, None), ("US", "GB", "pharmaceuticals", 10.0, None),
                  ("US", "GB", "lumber", 10.0, None)],
                 id="and-that-it-would-also-cover-more-goods"),
    pytest.param("The levy on Korean cars is due to fall to 15 percent from 25 percent once the "
                 "order is signed.", None, [("US", "KR", "autos", 15.0, 25.0)],
                 id="fall-to-a-level-from-the-old-one"),
    pytest.param("Korea's deal cuts the duty on its cars to 15 percent. Car parts, taxed 25 "
                 "percent since May, are covered by the same cut to 15 percent.",
                 "Korea trade deal",
                 [("US", "KR", "autos", 15.0, None), ("US", "KR", "auto_parts", 15.0, 25.0)],
                 id="goods-with-their-old-rate-aside-open-the-sentence"),
    pytest.param("Ottawa announced counter-tariffs after the United States raised its tariff to 35 "
                 "per cent.", None, [("US", "CA", None, 35.0, None)],
                 id="the-us-acting-in-a-later-clause-imposes-the-rate"),
    pytest.param("Mexico answered with counter-tariffs on U.S. pork that Mexico imposed in April, "
                 "in reply to the duties Washington has charged since March on Mexican goods: 25 "
                 "percent on most such goods and 10 percent on energy.", None,
                 [("US", "MX", None, 25.0, None), ("US", "MX", "energy", 10.0, None)],
                 id="the-clause-before-a-colon-says-whose-list-it-is"),
    pytest.param("Japanese steel will not be subject to the 50 percent tariffs the United States "
                 "has imposed on other countries, and will stay at 25 percent.", None,
                 [("US", "*", "steel", 50.0, None), ("US", "JP", "steel", 25.0, None)],
                 id="the-rate-goods-escape-is-the-others"),
    pytest.param("Ranchers in both countries will each gain a reciprocal tariff-free quota for "
                 "5,000 tonnes of beef under the UK deal.", None,
                 [("US", "GB", "agriculture", 0.0, None), ("GB", "US", "agriculture", 0.0, None)],
                 id="a-reciprocal-tariff-free-quota-is-mutual-not-the-reciprocal-tariff"),
    pytest.param("Swiss goods will pay 15% under the deal. Guy Parmelin said the tariff of 15% "
                 "still restores a level playing field with the European Union and Japan.", None,
                 [("US", "CH", None, 15.0, None)],
                 id="a-level-playing-field-with-others-names-no-target"),
    pytest.param("Britain's deal sets a 10 percent tariff on most British goods. Reynolds said "
                 "the 10 percent was a firm ceiling, and that it would cover British cars, "
                 "cutting their rate from the 27.5 percent they pay now.", None,
                 [("US", "GB", None, 10.0, None), ("US", "GB", "autos", 10.0, 27.5)],
                 id="and-that-it-would-cover-goods-cutting-their-rate-from-the-old"),
    pytest.param("Korea agreed a deal. Both sides will also remove tariffs on generic drugs and "
                 "on a range of agricultural products.", None,
                 [("US", "KR", "pharmaceuticals", 0.0, None),
                  ("US", "KR", "agriculture", 0.0, None)],
                 id="and-on-a-list-of-goods-goes-on-with-the-object"),
    pytest.param("The rate of 20 per cent is significantly lower than the 44 per cent announced "
                 "by the United States on 2 April 2025, and places Nepal on an equal or better "
                 "footing than competing apparel-exporting countries in the region, including "
                 "India (25 per cent), Viet Nam (20 per cent) and Bangladesh (20 per cent).",
                 "US Reciprocal Tariff on Nepal Reduced to 20 per cent",
                 [("US", "NP", None, 20.0, None), ("US", "NP", None, 44.0, None),
                  ("US", "IN", None, 25.0, None), ("US", "VN", None, 20.0, None),
                  ("US", "BD", None, 20.0, None)],
                 id="competing-countries-do-not-make-the-partners-rate-everyones"),
    pytest.param("Tokyo's 24 percent rate is paused. For China, Trump raised the rate to 125 "
                 "percent. An official said that rate comes on top of the 20 percent levy "
                 "imposed in March.", "Trump pauses tariffs on Japan",
                 [("US", "JP", None, 24.0, None), ("US", "CN", None, 125.0, None),
                  ("US", "CN", None, 20.0, None)],
                 id="that-rate-comes-on-top-of-a-levy-on-the-same-goods"),
    pytest.param("Trump signed agreements with Chile and Peru that keep a 10 percent tariff on "
                 "most of their goods, as well as frameworks with Ecuador and Bolivia, which face "
                 "rates of 15 percent and 12 percent respectively.", None,
                 [("US", "CL", None, 10.0, None), ("US", "PE", None, 10.0, None),
                  ("US", "EC", None, 15.0, None), ("US", "BO", None, 12.0, None)],
                 id="a-later-list-pairs-with-its-own-countries-respectively"),
    pytest.param("Malaysian products will keep paying a 19 per cent tariff under the agreement. "
                 "The same rate applies to Cambodian and Thai goods, while Vietnamese shipments "
                 "pay 20 per cent.", None,
                 [("US", "MY", None, 19.0, None), ("US", "KH", None, 19.0, None),
                  ("US", "TH", None, 19.0, None), ("US", "VN", None, 20.0, None)],
                 id="the-same-rate-applies-to-more-countries-goods"),
    pytest.param("Taiwan's goods will pay a 20 percent tariff under the deal. Unlike under the "
                 "Korean and European deals, the 20 percent will be added on top of existing "
                 "duties, officials in Taipei said.", None, [("US", "TW", None, 20.0, None)],
                 id="countries-set-apart-by-unlike-are-no-targets"),
    pytest.param("Beijing announced extra duties of 12 percent on American farm produce.", None,
                 [("CN", "US", "agriculture", 12.0, None)], id="farm-produce-is-farm-goods"),
    pytest.param("Drugs, the biggest Irish export to America, are spared for now, though Trump has "
                 "said foreign medicines could face duties of as much as 250 percent.",
                 "Ireland hit with 15% US tariff",
                 [("US", "*", "pharmaceuticals", 250.0, None)],
                 id="an-exemption-in-another-clause-leaves-the-rate-its-goods"),
    pytest.param("For Kenyan growers, that means the 10 percent duty on tea shipped to America is "
                 "gone.", None, [("US", "KE", "agriculture", 0.0, 10.0)],
                 id="a-duty-that-is-gone-falls-to-zero"),
    pytest.param("Carney, whose approval rating has held near 60 percent since the spring, said "
                 "Ottawa would answer the 35 percent tariff on Canadian goods.", None,
                 [("US", "CA", None, 35.0, None)], id="an-approval-rating-is-no-tariff"),
    pytest.param("Mexico's Congress approved tariffs of up to 45% on imports from China and "
                 "other countries without a trade agreement with Mexico. The duties range from 5% "
                 "to 45%.", None, [("MX", "CN", None, 45.0, None), ("MX", "CN", None, 5.0, None)],
                 id="the-range-of-mexicos-new-duties-is-on-their-named-targets"),
    pytest.param("Thai exporters began paying a 19% tariff on Thursday. The rate is well under "
                 "the 36% set in April, a gap that matters to every exporter in the region: "
                 "neighbours such as Laos and Myanmar are now charged 40%, double what Thai "
                 "firms pay.", "Thai exporters start paying 19% US tariff",
                 [("US", "TH", None, 19.0, None), ("US", "TH", None, 36.0, None),
                  ("US", "LA", None, 40.0, None), ("US", "MM", None, 40.0, None)],
                 id="countries-after-a-colon-with-a-rate-of-their-own-are-not-the-earlier-ones"),
    pytest.param("For Canadian sawmills, the bill now comes to 45 per cent: the 10 per cent "
                 "security levy on timber plus anti-dumping and countervailing duties that total "
                 "35 per cent.", "Lumber tariff takes effect",
                 [("US", "CA", "lumber", 45.0, None), ("US", "*", "lumber", 10.0, None),
                  ("US", "CA", "lumber", 35.0, None)],
                 id="a-colon-before-the-parts-of-a-rate-keeps-the-rate-the-countrys"),
    pytest.param("The order doubles the duty on foreign steel and aluminum to 50 percent, with an "
                 "exception for the United Kingdom, whose producers keep paying 25 percent.", None,
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "*", "steel", 50.0, 25.0), ("US", "*", "aluminum", 50.0, 25.0)],
                 id="the-exception-to-a-metals-doubling-keeps-the-metals-at-its-rate"),
    pytest.param("Under the new order, rival apparel exporters Indonesia and Cambodia face the "
                 "same rate of 19 percent, and India faces 25 percent.",
                 "Vietnam's tariff cut to 20%",
                 [("US", "ID", None, 19.0, None), ("US", "KH", None, 19.0, None),
                  ("US", "IN", None, 25.0, None)],
                 id="the-trade-named-before-countries-is-not-the-rates-goods"),
    pytest.param("Partners left out of the order, such as Chile and Peru, remain at that 10 "
                 "percent floor.", "Vietnam's US tariff cut to 20 percent",
                 [("US", "CL", None, 10.0, None), ("US", "PE", None, 10.0, None)],
                 id="countries-that-stay-at-that-rate-pay-it"),
    pytest.param("Neighbouring Malaysia was kept at a 19 percent tariff after Kuala Lumpur's "
                 "negotiators failed to close a deal, a blow to its car plants.",
                 "Thailand gets 19 percent", [("US", "MY", None, 19.0, None)],
                 id="the-goods-a-rate-is-a-blow-to-are-not-its-goods"),
    pytest.param("Kenya now sits in the same 10 percent band as Ethiopia and Tanzania, while "
                 "Lesotho pays 15 percent.", "Kenya's US tariff stays at 10 percent",
                 [("US", "KE", None, 10.0, None), ("US", "ET", None, 10.0, None),
                  ("US", "TZ", None, 10.0, None), ("US", "LS", None, 15.0, None)],
                 id="the-same-rate-bracket-as-others-is-theirs-too"),
    pytest.param("Qatar, the small oil-rich emirate, was given a 10 percent tariff.",
                 "US tariff order", [("US", "QA", None, 10.0, None)],
                 id="a-country-described-in-an-aside-has-no-sector"),
    pytest.param("The order also adds an extra 40 percent on transshipped goods, a provision aimed "
                 "mainly at Chinese products sent through Vietnam.", "US tariff order",
                 [("US", "*", None, 40.0, None)], id="whom-a-provision-is-aimed-at-is-no-target"),
    pytest.param("Trump ordered tariffs of 30% on all goods coming into the United States from "
                 "Nicaragua.", None, [("US", "NI", None, 30.0, None)],
                 id="the-country-goods-come-into-is-no-target"),
    pytest.param("The bloc's common external tariff, whose top band of 25 percent applies to "
                 "finished goods imported into Uganda, was raised in talks.", "AGOA expires",
                 [("UG", "*", None, 25.0, None)],
                 id="a-rate-on-goods-imported-into-a-partner-is-the-partners"),
    pytest.param("Brazilian goods will pay 50 percent from Wednesday. Coffee growers, who sell a "
                 "third of their crop to American roasters, face the full fifty percent.",
                 "Brazil hit with 50% US tariff",
                 [("US", "BR", None, 50.0, None), ("US", "BR", "agriculture", 50.0, None)],
                 id="a-partners-growers-pay-its-rate-on-their-goods"),
    pytest.param("The president urged European Union officials to impose tariffs of as much as "
                 "100% on China and India.", "Tariff talks",
                 [("EU", "CN", None, 100.0, None), ("EU", "IN", None, 100.0, None)],
                 id="the-partner-urged-to-impose-a-rate-imposes-it"),
    pytest.param("Thailand will face a 36 percent tariff. Steel and aluminum products, which "
                 "have paid a 25 percent duty since March 12, will not be charged the new rate on "
                 "top.",
                 "Thailand hit with 36% US tariff",
                 [("US", "TH", None, 36.0, None), ("US", "TH", "steel", 25.0, None),
                  ("US", "TH", "aluminum", 25.0, None)],
                 id="a-longer-relative-clause-on-the-sector-subject"),
    pytest.param("Brazil's reciprocal rate stays at 10 percent, and steel and aluminum remain "
                 "outside the accord at 50 percent.", "Brazil faces tariffs",
                 [("US", "BR", None, 10.0, None), ("US", "BR", "steel", 50.0, None),
                  ("US", "BR", "aluminum", 50.0, None)], id="later-clause-opens-on-a-sector"),
    pytest.param("Mexican trucks have paid 25 percent since November, but copper still faces "
                 "50 percent.", "Mexico tariffs",
                 [("US", "MX", "trucks", 25.0, None), ("US", "MX", "copper", 50.0, None)],
                 id="but-a-sector-still-faces"),
    pytest.param("Brazilian coffee pays 50 percent. The new 10 percent duty on timber started on "
                 "Tuesday, so our builder's costs are rising too.", "Brazil coffee tariffs",
                 [("US", "BR", "agriculture", 50.0, None), ("US", "*", "lumber", 10.0, None)],
                 id="producers-of-a-later-clause-are-not-the-rates"),
    pytest.param("The deal gives British carmakers a quota of 100,000 vehicles. Cars beyond the "
                 "quota still pay the 25 percent tariff, on top of the old 2.5 percent duty.",
                 "UK car tariffs",
                 [("US", "GB", "autos", 25.0, None), ("US", "GB", "autos", 2.5, None)],
                 id="comma-on-top-of-shares-the-rates-partner"),
    pytest.param("For steel and aluminum, the US will cut its tariff to 25%, with effect from the "
                 "month in which the Korean government tables a bill to end Korean tariffs on US "
                 "goods.", "Korea steel tariffs",
                 [("US", "KR", "steel", 25.0, None), ("US", "KR", "aluminum", 25.0, None)],
                 id="partner-named-later-without-a-rate"),
    pytest.param("Taipei presses to cut the 20 percent levy on its goods to the 15 percent that "
                 "Japan and South Korea pay.", "Tariff talks",
                 [("US", "TW", None, 15.0, 20.0), ("US", "JP", None, 15.0, None),
                  ("US", "KR", None, 15.0, None)], id="the-rate-that-a-list-of-countries-pays"),
    pytest.param("Delhi should aim for a rate close to the 19 and 20 per cent that Indonesia and "
                 "Vietnam pay.", "Tariff talks",
                 [("US", "ID", None, 19.0, None), ("US", "VN", None, 20.0, None)],
                 id="rates-that-a-list-of-countries-pays-respectively"),
    pytest.param("Taiwan pays 20 percent. Why not the rate of Japan and South Korea? Both "
                 "concluded deals in July that set their rates at 15 percent.", "Tariff report",
                 [("US", "TW", None, 20.0, None), ("US", "JP", None, 15.0, None),
                  ("US", "KR", None, 15.0, None)], id="both-as-a-subject"),
    pytest.param("Britain pays 10 percent. The next grades go to the EU, Japan and South Korea. "
                 "All three accepted 15 per cent as a ceiling.", "Tariff report",
                 [("US", "GB", None, 10.0, None), ("US", "EU", None, 15.0, None),
                  ("US", "JP", None, 15.0, None), ("US", "KR", None, 15.0, None)],
                 id="all-three-as-a-subject"),
    pytest.param("Cambodia faces 49 percent. The country-specific rates, which range from 11% to "
                 "50%, take effect on Wednesday.", "Cambodia tariffs",
                 [("US", "KH", None, 49.0, None), ("US", "*", None, 11.0, None),
                  ("US", "*", None, 50.0, None)], id="the-country-rates-range-from"),
    pytest.param("Cambodia faces 49 percent. The country-specific rates range from 15% for the "
                 "European Union to 41% for Syria.", "Cambodia tariffs",
                 [("US", "KH", None, 49.0, None), ("US", "EU", None, 15.0, None),
                  ("US", "SY", None, 41.0, None)], id="the-country-rates-range-for-each"),
    pytest.param("Most Japanese goods pay 15 percent. But steel and aluminum, along with hundreds "
                 "of products made from them, still pay 50 percent.", "Japan tariffs",
                 [("US", "JP", None, 15.0, None), ("US", "JP", "steel", 50.0, None),
                  ("US", "JP", "aluminum", 50.0, None)], id="sector-subject-along-with-aside"),
    pytest.param("On Tuesday, Canadian crude oil will be charged a lower 10% rate.",
                 "Canada tariffs", [("US", "CA", "energy", 10.0, None)],
                 id="the-partners-own-crude-is-its-goods"),
    pytest.param("The European Union was put down for 20 per cent and Japan for 24 per cent, with "
                 "those rates to apply from 9 April.", "Britain tariffs",
                 [("US", "EU", None, 20.0, None), ("US", "JP", None, 24.0, None)],
                 id="put-down-for-a-rate"),
    pytest.param("British exporters now face an effective rate of 12 per cent on their American "
                 "sales.", "Britain tariffs", [("US", "GB", None, 12.0, None)],
                 id="american-sales-are-a-market-not-us-goods"),
    pytest.param("Most Canadian goods pay 35 percent. Negotiations on steel and aluminum, which "
                 "remain at 50 percent, will resume next week.", "Canada tariffs",
                 [("US", "CA", None, 35.0, None), ("US", "CA", "steel", 50.0, None),
                  ("US", "CA", "aluminum", 50.0, None)], id="talks-on-a-sector-which-remains"),
    pytest.param("Jakarta wants a rate close to the 15 percent agreed with Japan this month.",
                 "Indonesia tariffs", [("US", "JP", None, 15.0, None)],
                 id="the-rate-agreed-with-a-country"),
    pytest.param("Washington charges 30 percent on Chinese goods and Beijing 10 percent on "
                 "American ones. Both sides have set aside a further 24 percent until November.",
                 "China tariffs", [("US", "CN", None, 30.0, None), ("CN", "US", None, 10.0, None),
                                   ("US", "CN", None, 24.0, None), ("CN", "US", None, 24.0, None)],
                 id="both-sides-suspend-a-slice"),
    pytest.param("The order keeps the duty on Chinese products at ten percent. China continues the "
                 "suspension of its additional 24 percent tariff on United States goods while "
                 "keeping a 10 percent rate in place.", "China truce extended",
                 [("US", "CN", None, 10.0, None), ("CN", "US", None, 24.0, None),
                  ("CN", "US", None, 10.0, None)], id="what-a-partner-keeps-while-suspending"),
    pytest.param("China will remove the extra duties it placed on U.S. farm goods, and will keep "
                 "its 10% tariff on U.S. goods while suspending the further 24% for a year.",
                 "China notice", [("CN", "US", None, 10.0, None), ("CN", "US", None, 24.0, None)],
                 id="what-a-partner-suspends-while-keeping"),
    pytest.param("China will stop charging the extra duties of up to 15% on American farm goods "
                 "from Monday, while keeping a 10% levy on all US imports.", "China notice",
                 [("CN", "US", "agriculture", 0.0, 15.0), ("CN", "US", None, 10.0, None)],
                 id="what-a-partner-keeps-on-its-own-goods"),
    pytest.param("Beijing will cut its duties on American imports to 10% from 125%. The U.S. "
                 "figure keeps the 20% fentanyl tariff, on top of a reciprocal rate that falls to "
                 "10% from 125%.", "US and China agree to cut tariffs",
                 [("CN", "US", None, 10.0, 125.0), ("US", "CN", None, 20.0, None),
                  ("US", "CN", None, 10.0, 125.0)], id="the-other-sides-rate-of-that-size"),
    pytest.param("Israeli goods will face a 15% U.S. tariff from August 7. The order, which "
                 "resets rates for dozens of partners, puts Israel on the same 15% as Japan, "
                 "South Korea and the European Union.", "Israel tariffs",
                 [("US", "IL", None, 15.0, None), ("US", "JP", None, 15.0, None),
                  ("US", "KR", None, 15.0, None), ("US", "EU", None, 15.0, None)],
                 id="on-the-same-rate-as-others"),
    pytest.param("The deal cuts the tariff on British cars. British steel and aluminium were left "
                 "out. They will stay at 25% for now, rather than the 50% imposed on imports from "
                 "most other countries since June 4.", "UK car deal",
                 [("US", "GB", "steel", 25.0, None), ("US", "GB", "aluminum", 25.0, None),
                  ("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="they-are-the-goods-of-the-country-before"),
    pytest.param("Imported cars have paid 25 percent since April 3, and engines, transmissions and "
                 "other parts are due to be charged 25 percent from May 3.", "Car tariffs",
                 [("US", "*", "autos", 25.0, None), ("US", "*", "auto_parts", 25.0, None)],
                 id="engines-transmissions-and-other-parts"),
    pytest.param("A 25 per cent tariff on all foreign-made cars came into force today, and a 25 "
                 "per cent charge on engines, gearboxes and other key parts is due by 3 May.",
                 "Car tariffs", [("US", "*", "autos", 25.0, None),
                                 ("US", "*", "auto_parts", 25.0, None)], id="gearboxes-are-parts"),
    pytest.param("U.S. tariffs on Korean pharmaceuticals will not exceed 15 percent. Korean "
                 "lumber and wood products will likewise be capped at 15 percent.",
                 "Korea fact sheet", [("US", "KR", "pharmaceuticals", 15.0, None),
                                      ("US", "KR", "lumber", 15.0, None)],
                 id="goods-capped-at-a-rate"),
    pytest.param("Britain agreed to pay more for new medicines. The rebate drugmakers pay back on "
                 "sales of branded medicines will be capped at 15pc from about 20pc.",
                 "UK medicines deal", [], id="a-rebate-capped-is-no-tariff"),
    pytest.param("U.S. tariffs on Korean pharmaceuticals will not exceed 15 percent, and generic "
                 "medicines and their ingredients will face no reciprocal tariff.",
                 "Korea fact sheet", [("US", "KR", "pharmaceuticals", 15.0, None),
                                      ("US", "KR", "pharmaceuticals", 0.0, None)],
                 id="goods-and-their-ingredients"),
    pytest.param("The statement confirms a ceiling of 15% on US tariffs for most EU exports, and "
                 "extends that ceiling to future tariffs on pharmaceuticals and lumber.",
                 "EU deal", [("US", "EU", None, 15.0, None),
                             ("US", "EU", "pharmaceuticals", 15.0, None),
                             ("US", "EU", "lumber", 15.0, None)], id="extends-that-ceiling-to"),
    pytest.param("The US has extended its 50 percent steel and aluminum tariffs.", "US tariffs",
                 [("US", "*", "steel", 50.0, None), ("US", "*", "aluminum", 50.0, None)],
                 id="rate-then-two-goods-then-tariffs"),
    pytest.param("Trump sent letters setting rates for 14 countries. Laos and Myanmar were each "
                 "put at 40 percent.", "Thailand gets 36% tariff letter",
                 [("US", "LA", None, 40.0, None), ("US", "MM", None, 40.0, None)],
                 id="countries-put-at-a-rate"),
    pytest.param("On January 1, for countries that have not reached an agreement with the United "
                 "States covering these products, the tariff on kitchen cabinets and vanities "
                 "will increase to 50 percent.",
                 "Lumber proclamation", [("US", "*", "lumber", 50.0, None)],
                 id="countries-without-a-deal-with-the-us"),
]


@pytest.mark.parametrize(("text", "title", "expected"), GENERAL_CASES)
def test_general_rules(text: str, title: str | None, expected: list[Key]) -> None:
    found = rule_facts(text, date(2025, 7, 31), title).tariffs
    assert sorted(((t.imposer, t.target, t.sector, t.rate_pct, t.previous_rate_pct)
                   for t in found), key=repr) == sorted(expected, key=repr)


def test_news_around_a_rate_is_not_its_status() -> None:
    (mention,) = rule_facts("A 20-percent U.S. tariff on Taiwan takes effect as chip "
                               "threat looms.", date(2025, 8, 7)).tariffs
    assert (mention.target, mention.sector, mention.status) == ("TW", None, "announced")


def test_a_publication_time_counts_as_its_day() -> None:
    text = "The 25% tariff on Japanese goods takes effect Thursday."
    from_time = rule_facts(text, datetime(2025, 6, 2, 23, 30, tzinfo=UTC)).tariffs
    assert from_time == rule_facts(text, PUB).tariffs
    assert [t.effective_date for t in from_time] == [date(2025, 6, 5)]


def test_a_country_compared_is_not_the_imposer_on_us_goods() -> None:
    found = rule_facts("Beijing lifted its farm duties, the Chinese finance ministry said. "
                          "From Monday US beans will pay 13%, against 3% for Brazilian cargoes.",
                          date(2025, 11, 7), "China tariffs").tariffs
    (beans,) = [t for t in found if t.rate_pct == 13.0]
    assert (beans.imposer, beans.target, beans.sector) == ("CN", "US", "agriculture")


@pytest.mark.parametrize(("text", "published", "effective"), [
    ("The United States will lower its tariff on South Korean cars to 15 percent from 25 "
     "percent, retroactive to Nov 1.", date(2025, 11, 14), date(2025, 11, 1)),
    ("Washington will cut the tariff on EU cars to 15%, backdated to Aug. 1.",
     date(2025, 8, 29), date(2025, 8, 1)),
    ("The lumber tariffs started Tuesday: 10% on softwood timber and lumber.",
     date(2025, 10, 17), date(2025, 10, 14)),
    # "since" a yearless day is in the past, even more than half a year back
    ("Japanese cars have paid 25% since April 3.", date(2025, 11, 14), date(2025, 4, 3)),
    # a past tense puts a yearless day in the past too
    ("A 34% tariff on Chinese goods took effect on April 9.", date(2025, 11, 20),
     date(2025, 4, 9)),
    ("The United States lowered its tariff on South Korean automobiles to 15 percent from 25 "
     "percent, backdating the cut to Nov 1.", date(2025, 12, 3), date(2025, 11, 1)),
    ("U.S. tariffs of 25% on all steel imports are due on March 12.", date(2025, 2, 11),
     date(2025, 3, 12)),
    ("Norwegian goods have been charged a 15 per cent tariff since 06:01 Norwegian time on "
     "Thursday.", date(2025, 8, 8), date(2025, 8, 7)),
])
def test_retroactive_backdated_and_started_date_a_rate(
    text: str, published: date, effective: date,
) -> None:
    found = rule_facts(text, published, "Tariffs").tariffs
    assert found and {t.effective_date for t in found} == {effective}


@pytest.mark.parametrize(("text", "title", "rate"), [
    ("Philippine goods will face a 19% U.S. tariff under an agreement President Donald Trump "
     "announced after hosting President Ferdinand Marcos Jr. at the White House on Tuesday, a "
     "slight cut from the 20% rate he had set for the country in a letter earlier this month.",
     "Philippines gets 19%", (19.0, 20.0)),
    ("A 50% U.S. tariff on Indian goods took effect on Wednesday, doubling the levy from 25%.",
     "India hit with 50% U.S. tariff", (50.0, 25.0)),
])
def test_the_rate_a_change_came_from_is_no_fact_of_its_own(
        text: str, title: str, rate: tuple[float, float]) -> None:
    """"a slight cut from the 20% rate", "doubling the levy from 25%": the old rate of the
    rate before it (GUIDELINES: an old rate that is only the "from" of a change)."""
    assert [(t.rate_pct, t.previous_rate_pct)
            for t in rule_facts(text, date(2025, 8, 1), title).tariffs] == [rate]


def test_a_lists_head_gives_its_entries_the_country_it_names() -> None:
    """A government release's list: the head names whose exports the entries' rates are on;
    an entry's goods may carry an "including ..." before the colon, and its old rate in
    brackets after a date."""
    text = ("The reciprocal tariff of 30 per cent on South African goods came into effect today."
            "\n\nThe following Section 232 tariffs continue to apply to South African exports:"
            "\n\n- motor vehicles and automotive components: 25 per cent;"
            "\n\n- steel and aluminium products, including derivative products: 50 per cent "
            "since 4 June 2025 (previously 25 per cent).")
    found = {(t.imposer, t.target, t.sector, t.rate_pct, t.previous_rate_pct)
             for t in rule_facts(text, date(2025, 8, 7), "30 per cent US tariff in force").tariffs}
    assert found == {("US", "ZA", None, 30.0, None), ("US", "ZA", "autos", 25.0, None),
                     ("US", "ZA", "auto_parts", 25.0, None), ("US", "ZA", "steel", 50.0, 25.0),
                     ("US", "ZA", "aluminum", 50.0, 25.0)}


def test_goods_that_pay_the_full_rate() -> None:
    """"Coffee and beef ... will pay the full 50%": a sector's rate; "EU producers pay the full
    50 per cent" names no goods and is no fact; goods that pay the full rate lend it to
    another sector's sentence after them without making it a repeat."""
    def keys(text: str, title: str) -> set[tuple[str, str, str | None, float]]:
        return {(t.imposer, t.target, t.sector, t.rate_pct)
                for t in rule_facts(text, date(2025, 8, 1), title).tariffs}

    brazil = keys("The order spared nearly 700 products, which pay only the 10% baseline. "
                  "Coffee and beef, two of Brazil's main exports to the U.S., were left off the "
                  "list and will pay the full 50%. Brazilian steel and aluminum were also kept "
                  "out of the surcharge, but they pay the 50% tariff Washington applies to "
                  "those metals from every country.", "Trump's 50% tariff on Brazil takes effect")
    assert {("US", "BR", "agriculture", 50.0), ("US", "BR", "steel", 50.0),
            ("US", "BR", "aluminum", 50.0)} <= brazil
    assert keys("EU producers, by contrast, pay the full 50 per cent, because the July agreement "
                "left steel for later talks.", "EU steel tariffs") == set()
    assert ("US", "PH", "agriculture", 19.0) in keys(
        "The Philippines pays a 19 percent tariff. Coconut oil, dried mangoes and tuna face the "
        "full 19 percent, as do garments.", "Philippine exporters say 19% US tariff bites")


def test_from_the_same_date_takes_the_start_given_before() -> None:
    found = rule_facts("Trump told the European Union it would face 30% from Aug. 1, and Canada "
                       "35% from the same date. Brunei was told to expect 25 percent from the "
                       "same date.", date(2025, 7, 15), "Tariff letters").tariffs
    assert {(t.target, t.rate_pct, t.effective_date) for t in found} == {
        ("EU", 30.0, date(2025, 8, 1)), ("CA", 35.0, date(2025, 8, 1)),
        ("BN", 25.0, date(2025, 8, 1))}


def test_countries_that_pay_a_rate_are_the_countries_listed_before() -> None:
    found = rule_facts("Citrus growers depend on the American market, where their fruit now "
                       "competes with citrus from Peru and Morocco, countries that pay only the "
                       "10% baseline.", date(2025, 8, 10), "South Africa 30% tariff").tariffs
    assert {"PE", "MA"} <= {t.target for t in found if t.rate_pct == 10.0}
    assert "ZA" not in {t.target for t in found}


def test_said_it_would_also_apply_to_sectors_extends_the_rate_before() -> None:
    found = rule_facts("The 15 per cent ceiling on EU goods is all-inclusive. Von der Leyen said "
                       "it would also apply to pharmaceuticals and semiconductors, two sectors "
                       "Trump is investigating for possible tariffs of their own.",
                       date(2025, 7, 28), "EU US tariff deal").tariffs
    assert {(t.target, t.sector, t.rate_pct) for t in found} >= {
        ("EU", "pharmaceuticals", 15.0), ("EU", "semiconductors", 15.0)}


def test_an_aside_on_the_old_rate_is_not_the_new_rates_status() -> None:
    (mention,) = rule_facts("Beijing's first counter-tariff of 34 per cent, announced on April "
                            "4, was raised to 84 per cent on Thursday.", date(2025, 4, 11),
                            "China tariffs").tariffs
    assert (mention.rate_pct, mention.previous_rate_pct, mention.status) == (84.0, 34.0,
                                                                              "in_effect")


def test_a_partner_governments_own_average_tariff_on_us_goods() -> None:
    found = rule_facts("South Africa faces 30%. Contrary to assertions that South Africa "
                       "maintains high barriers, our average applied tariff on imports from the "
                       "United States is 7.6%.", date(2025, 8, 1), "South Africa tariffs").tariffs
    own = [t for t in found if t.rate_pct == 7.6]
    assert [(t.imposer, t.target, t.kind) for t in own] == [("ZA", "US", "other")]


def test_country_specific_is_no_anaphor_for_the_country_before() -> None:
    found = rule_facts("Cambodia offers to cut tariffs. Cambodia faces 49%. Lesotho was handed "
                       "50%. The country-specific rates, which range from 11% to 50%, take effect "
                       "on Wednesday.", date(2025, 4, 5), "Cambodia offers tariff cuts").tariffs
    assert "LS" not in {t.target for t in found if t.rate_pct == 11.0}


def test_a_partners_own_quota_and_the_rate_above_it() -> None:
    found = rule_facts("The European Commission on Tuesday proposed to cut the EU's tariff-free "
                       "steel quotas by nearly half. Imports above the quotas will be charged a "
                       "duty of 50%, up from 25% under the current safeguard.",
                       date(2025, 10, 8), "EU steel quotas").tariffs
    assert [(t.imposer, t.target, t.sector, t.rate_pct, t.previous_rate_pct)
            for t in found] == [("EU", "*", "steel", 50.0, 25.0)]


def test_a_quota_the_united_states_grants_is_no_partners_own() -> None:
    found = rule_facts("Trump said he would raise Argentina's annual quota to 80,000 tonnes; "
                       "beef shipped above the quota pays a 26.4 percent duty.",
                       date(2025, 11, 14), "Argentina beef").tariffs
    assert {t.imposer for t in found} == {"US"}


def test_from_the_current_rate_to_a_new_one() -> None:
    (mention,) = rule_facts("Trump raised the steel tariff from the current 25% to 50%.",
                            date(2025, 6, 4), "Steel tariffs").tariffs
    assert (mention.rate_pct, mention.previous_rate_pct) == (50.0, 25.0)


def test_chinas_tariff_commission_is_chinas_and_a_cited_source_is_no_party() -> None:
    commission = rule_facts("The State Council Tariff Commission had announced its first "
                            "counter-measure to Washington's reciprocal tariffs, a 34 per cent "
                            "levy, only a week earlier.", date(2025, 4, 11),
                            "China tariffs").tariffs
    assert [(t.imposer, t.target) for t in commission] == [("CN", "US")]
    cited = rule_facts("China will put extra tariffs on a long list of American farm products "
                       "from next Monday. Chicken and wheat will be charged an additional 15%, "
                       "according to the State Council Tariff Commission.", date(2025, 3, 4),
                       "China hits back").tariffs
    assert {(t.imposer, t.target, t.rate_pct) for t in cited} == {("CN", "US", 15.0)}


def test_the_affected_countries_of_mexicos_tariff_reform() -> None:
    found = rule_facts("Mexico's Senate on Wednesday approved tariffs of up to 50% on imports from "
                       "China and other Asian countries that do not have trade agreements with "
                       "Mexico. Cars from the affected countries will pay 50%, up from 20% now.",
                       date(2025, 12, 11), "Mexico approves tariffs on Asian imports").tariffs
    assert ("MX", "CN", "autos", 50.0, 20.0) in {
        (t.imposer, t.target, t.sector, t.rate_pct, t.previous_rate_pct) for t in found}


def test_a_partner_that_has_applied_quotas_charges_the_rate_above_quota() -> None:
    found = rule_facts("Separately, since the summer Canada has applied a 50 per cent surtax on "
                       "steel imports above a quota from countries it has no free trade agreement "
                       "with, aimed mainly at Chinese metal diverted from the U.S. market.",
                       date(2025, 11, 3), "Which tariffs are Canadians paying?").tariffs
    assert [(t.imposer, t.target, t.sector, t.rate_pct) for t in found] == [
        ("CA", "*", "steel", 50.0)]


def test_the_same_rate_as_others_stops_at_a_country_given_its_own() -> None:
    found = rule_facts("The new rates left Thailand on the same 19 per cent as Malaysia, and "
                       "Vietnam at 20 per cent.", date(2025, 8, 8), "Malaysia tariffs").tariffs
    nineteen = {t.target for t in found if t.rate_pct == 19.0}
    assert nineteen == {"TH", "MY"}


def test_goods_that_also_fell_to_the_rate_before_are_that_countrys() -> None:
    found = rule_facts("Cars shipped from Japan now pay 15 percent. Engine mounts, transmissions "
                       "and seat frames also fell to 15 percent on Tuesday, from a 25 percent "
                       "tariff.",
                       date(2025, 9, 17), "Japan car tariff falls to 15%").tariffs
    assert {(t.target, t.sector) for t in found if t.rate_pct == 15.0} == {
        ("JP", "autos"), ("JP", "auto_parts")}


def test_the_speakers_goods_are_not_their_rivals_rate() -> None:
    found = rule_facts("Indian goods pay 50 percent. Garment, shrimp and jewellery exporters say "
                       "they are losing orders to rivals in Vietnam and Bangladesh, which pay "
                       "20%.", date(2025, 11, 20), "India still at 50 percent tariff").tariffs
    assert {(t.target, t.sector) for t in found if t.rate_pct == 20.0} == {
        ("VN", None), ("BD", None)}
