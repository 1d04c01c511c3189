"""Sector vocabulary: the words a tariff's ``sector`` may take, and their synonyms.

| sector | also written as |
|---|---|
| autos | cars, automobiles, vehicles, passenger cars, automotive imports, carmakers, EVs |
| auto_parts | auto parts, car parts, automobile parts, automotive parts, car components, |
| | transmissions, gearboxes, powertrain parts; |
| | "cars and parts" (with autos) |
| steel | steel, steelmakers, hot-rolled coil, rebar; "both metals", "the metals tariff(s)" |
| | (with aluminum) |
| aluminum | aluminium; "both metals", "the metals tariff(s)" (with steel) |
| copper | copper |
| lumber | timber, softwood, wood, wood(en) products, sawmills; furniture, upholstered, sofas, |
| | kitchen cabinets, vanities (the lumber and timber Section 232 action covers them) |
| semiconductors | chips, microchips, semiconductor, chipmakers |
| pharmaceuticals | drugs, drug, medicines, pharma, pharmaceutical, drugmakers |
| trucks | heavy trucks, heavy-truck, lorries, buses (the Section 232 truck action sets their 10%) |
| agriculture | farm goods (products, commodities, exports, produce), agricultural |
| | (not "agricultural machinery"), beef, pork, poultry, |
| | dairy, chicken, wheat, corn, sorghum, soybeans, coffee, tea, cocoa, fruit, bananas, |
| | pineapples, spices, orange juice, tomatoes, tomato, vegetables, olive oil, palm oil, vegetable |
| | oil, soybean oil, coconut (oil), sunflower oil, shrimp, seafood, tree nuts, cashews, |
| | pulses, pepper, kiwifruit, foods, |
| | food items, beans, cut flowers, roses, wine, cheese, chocolate, vanilla, scallops, |
| | pasta, fish (fishery, marine products), tuna, salmon, mangoes, avocados, canola (oil and |
| | seed), rapeseed, |
| | robusta, arabica (coffee's kinds), raw cotton (the |
| | gold's writers put wine and cheese there 5 times, under the |
| | country's general rate 2 times; spirits and whiskey are left out: 0 of 3) |
| rice | rice |
| energy | oil, natural gas, LNG, coal, energy, ethanol (as every gold writer annotates it) |
| electronics | smartphones, electronics, computers |
| textiles | apparel, textiles, clothing, garments, t-shirts, jeans, trousers |
| solar | solar panels, solar cells |
| shipbuilding | shipbuilding, vessels, cargo ships (not "ships", a verb as often) |

The makers of a sector's goods ("chipmakers", "carmakers") stand for those goods
when a rate hits them ("Taiwanese chipmakers could face the 100% rate"), and so do
carmakers by name when they pay a rate ("Hyundai and Kia are still paying 25
percent", read in normalize.rates).

``None`` means all goods, and so do "industrial and farm (agricultural) goods".
"""

from __future__ import annotations

import re

from normalize.folding import fold
from normalize.trie import trie_pattern

_SYNONYMS: dict[str, list[str]] = {
    "auto_parts": ["auto parts", "car parts", "automotive parts", "auto components",
                   "vehicle parts", "automobile parts", "automotive components",
                   "car components", "vehicle components", "transmissions", "gearboxes",
                   "powertrain components", "powertrain parts"],
    "autos": ["autos", "auto", "cars", "car", "automobiles", "automobile", "vehicles",
              "passenger cars", "automotive", "automakers", "carmakers", "evs", "ev"],
    "steel": ["steel", "steelmakers", "hot-rolled coil", "hot-rolled coils", "rebar"],
    "aluminum": ["aluminum", "aluminium"],
    "copper": ["copper"],
    "lumber": ["lumber", "timber", "softwood", "wood", "sawmills", "sawmill", "wooden furniture",
               "wooden products", "wood products", "furniture", "kitchen cabinets", "cabinets",
               "vanities", "upholstered", "sofa", "sofas"],
    "semiconductors": ["semiconductors", "semiconductor", "chips", "microchips", "chip",
                       "chipmakers"],
    "pharmaceuticals": ["pharmaceuticals", "pharmaceutical", "drugs", "drug", "medicines",
                        "medicine", "pharma", "drugmakers"],
    "trucks": ["heavy trucks", "trucks", "lorries", "heavy-truck", "heavy-duty trucks", "buses"],
    "agriculture": ["farm goods", "farm products", "farm commodities", "farm exports",
                    "farm produce",
                    "agricultural products", "agriculture",
                    "agricultural", "beef", "pork", "poultry", "dairy", "chicken", "wheat",
                    "corn", "sorghum", "soybeans", "soybean", "beans", "coffee", "tea", "cocoa",
                    "tropical fruit", "fruit", "bananas", "pineapples", "spices",
                    "orange juice", "tomatoes", "tomato", "vegetables", "olive oil", "palm oil",
                    "vegetable oil", "soybean oil", "coconut oil", "sunflower oil", "coconut",
                    "shrimp", "seafood", "tree nuts", "nuts",
                    "cashews", "cashew nuts", "pulses", "pepper",
                    "kiwifruit", "foods", "food items", "food products", "foodstuffs",
                    "cut flowers", "flowers", "roses", "wine", "wines", "cheese", "chocolate",
                    "vanilla", "scallops", "pasta",
                    "fish products", "fishery products", "fisheries products", "marine products",
                    "fish", "tuna", "salmon", "mangoes", "mango",
                    "avocados", "canola", "canola oil", "canola seed",
                    "rapeseed", "robusta", "arabica", "raw cotton"],
    "rice": ["rice"],
    "energy": ["energy", "crude oil", "oil", "natural gas", "liquefied natural gas", "lng",
               "coal", "ethanol"],
    "electronics": ["electronics", "smartphones", "computers"],
    "textiles": ["textiles", "apparel", "clothing", "garments", "t-shirts", "t-shirt", "jeans",
                 "trousers", "shirts", "shirt"],
    "solar": ["solar panels", "solar cells", "solar"],
    # not "ships": "the goods it ships to the United States"
    "shipbuilding": ["shipbuilding", "vessels", "cargo ships", "merchant ships"],
}

# Words for more than one sector: "both metals" and "the metals tariffs" in tariff news are
# steel and aluminum.
_GROUPS: dict[str, tuple[str, ...]] = {
    "both metals": ("steel", "aluminum"),
    "metals tariffs": ("steel", "aluminum"),
    "metals tariff": ("steel", "aluminum"),
    "metal tariffs": ("steel", "aluminum"),
    "metals duties": ("steel", "aluminum"),
    # "25% on cars and parts": the parts are the cars'
    **{f"{cars} and {parts}": ("autos", "auto_parts")
       for cars in ("cars", "autos", "vehicles", "automobiles")
       for parts in ("parts", "components")},
}

SECTORS = frozenset(_SYNONYMS)

_LOOKUP = {word: sector for sector, words in _SYNONYMS.items() for word in words}
_LOOKUP.update({word: sectors[0] for word, sectors in _GROUPS.items()})
#: The sector words as a regex (a trie, longest first), for lookaheads elsewhere.
SECTOR_WORDS = trie_pattern(list(_LOOKUP), end=lambda word: r"\b")
_PATTERN = re.compile(r"\b" + SECTOR_WORDS, re.IGNORECASE)


_MACHINERY_AFTER = re.compile(r"\s+(?:machinery|machines|equipment|tractors)\b", re.I)
_EXPORTERS_AFTER = re.compile(r"-(?:exporting|producing)\s+(?:countries|nations|economies|"
                              r"rivals|competitors|peers|neighbou?rs)\b", re.I)
_ALL_GOODS_BEFORE = re.compile(r"\bindustrial\s+(?:and|&)\s+$", re.I)
# "a 25% penalty for buying Russian oil", "the oil penalty": oil a country buys elsewhere is
# the reason for a tariff on all its goods, not the goods taxed.
_OIL_BOUGHT_BEFORE = re.compile(r"\b(?:Russian|Russia['’]s|Venezuelan|Venezuela['’]s|Iranian|"
                                r"Iran['’]s)\s+(?:crude\s+)?$", re.I)
_OIL_PENALTY_AFTER = re.compile(r"\s+(?:penalty|penalties|purchases|imports|buyers?|sanctions?\b|"
                                r"from\s+(?:the\s+)?(?:Russia|Venezuela|Iran))", re.I)


def find_sectors(text: str, every: bool = False) -> list[tuple[str, int, int]]:
    """Sectors named in ``text`` as (sector, start, end), in order, each once (``every``:
    each time it is named)."""
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for match in _PATTERN.finditer(text):
        word = fold(match.group(0))
        if _ALL_GOODS_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "industrial and farm goods": all goods, no one sector
        if _MACHINERY_AFTER.match(text, match.end()):
            continue  # "agricultural machinery": machines, not farm goods
        if _EXPORTERS_AFTER.match(text, match.end()):
            continue  # "apparel-exporting countries": the countries, not the goods
        if word in ("oil", "crude oil") and (
            _OIL_BOUGHT_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or _OIL_PENALTY_AFTER.match(text, match.end())
        ):
            continue
        for sector in _GROUPS.get(word, (_LOOKUP[word],)):
            if every or sector not in seen:
                seen.add(sector)
                found.append((sector, match.start(), match.end()))
    return found
